package provider

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/smart-cdc/terraform-provider-docker/internal/engine"
	"github.com/smart-cdc/terraform-provider-docker/internal/spec"
)

type network struct{ base }

// every argument of docker_network forces a new network, as with the real provider
func newNetwork() resource.Resource {
	return &network{base{typeName: "docker_network", spec: spec.Network}}
}

type networkInspect struct {
	ID         string `json:"Id"`
	Name       string
	Driver     string
	Scope      string
	Options    map[string]string
	Containers map[string]any
}

func (r *network) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	if !r.ready(req.Config, &resp.Diagnostics) {
		return
	}
	p := asObj(req.Plan.Raw)
	var ipam []map[string]any
	for _, c := range p.objs("ipam_config") {
		ipam = append(ipam, map[string]any{"Subnet": c.str("subnet"), "IPRange": c.str("ip_range"), "Gateway": c.str("gateway"), "AuxiliaryAddresses": c.stringMap("aux_address")})
	}
	driver := p.str("driver")
	if driver == "" {
		driver = "bridge"
	}
	ipamDriver := p.str("ipam_driver")
	if ipamDriver == "" {
		ipamDriver = "default"
	}
	body := map[string]any{
		"Name": p.str("name"), "Driver": driver, "Internal": p.boolean("internal", false),
		"Attachable": p.boolean("attachable", false), "Ingress": p.boolean("ingress", false),
		"EnableIPv6": p.boolean("ipv6", false), "Options": p.stringMap("options"), "Labels": p.labels("labels"),
		"CheckDuplicate": p.boolean("check_duplicate", false),
		"IPAM":           map[string]any{"Driver": ipamDriver, "Options": p.stringMap("ipam_options"), "Config": ipam},
	}
	var created struct {
		ID string `json:"Id"`
	}
	if err := r.c.Do(ctx, "POST", "/networks/create", nil, body, &created); err != nil {
		resp.Diagnostics.AddError("Unable to create network", fmt.Sprintf("network %q: %s", p.str("name"), err))
		return
	}
	var n networkInspect
	if err := r.c.Do(ctx, "GET", "/networks/"+created.ID, nil, nil, &n); err != nil {
		resp.Diagnostics.AddError("Unable to inspect network", err.Error())
		return
	}
	p.set("id", n.ID)
	p.fill("driver", n.Driver)
	p.fill("options", nonNil(n.Options))
	p.set("scope", n.Scope)
	save(&resp.State, p)
}

func (r *network) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	s := asObj(req.State.Raw)
	var n networkInspect
	err := r.c.Do(ctx, "GET", "/networks/"+url.PathEscape(s.str("id")), nil, nil, &n)
	if engine.IsNotFound(err) {
		// removed outside Terraform: plan it anew
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Unable to inspect network", err.Error())
		return
	}
	s.set("name", n.Name)
	s.set("driver", n.Driver)
	s.set("scope", n.Scope)
	save(&resp.State, s)
}

func (r *network) Update(_ context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	save(&resp.State, asObj(req.Plan.Raw))
}

func (r *network) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	id := asObj(req.State.Raw).str("id")
	// containers being removed in the same run may still hold endpoints for a moment
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := r.c.Do(ctx, "DELETE", "/networks/"+url.PathEscape(id), nil, nil, nil)
		if err == nil || engine.IsNotFound(err) {
			return
		}
		if time.Now().After(deadline) {
			resp.Diagnostics.AddError("Unable to remove network", err.Error())
			return
		}
		time.Sleep(time.Second)
	}
}

func nonNil(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}
