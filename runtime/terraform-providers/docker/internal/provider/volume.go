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

type volume struct{ base }

// every argument of docker_volume forces a new volume, as with the real provider
func newVolume() resource.Resource {
	return &volume{base{typeName: "docker_volume", spec: spec.Volume}}
}

type volumeInspect struct {
	Name, Driver, Mountpoint string
}

func (r *volume) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	if !r.ready(req.Config, &resp.Diagnostics) {
		return
	}
	p := asObj(req.Plan.Raw)
	body := map[string]any{"Name": p.str("name"), "Driver": p.str("driver"), "DriverOpts": p.stringMap("driver_opts"), "Labels": p.labels("labels")}
	var v volumeInspect
	if err := r.c.Do(ctx, "POST", "/volumes/create", nil, body, &v); err != nil {
		resp.Diagnostics.AddError("Unable to create volume", fmt.Sprintf("volume %q: %s", p.str("name"), err))
		return
	}
	p.set("id", v.Name)
	p.fill("name", v.Name)
	p.fill("driver", v.Driver)
	p.set("mountpoint", v.Mountpoint)
	save(&resp.State, p)
}

func (r *volume) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	s := asObj(req.State.Raw)
	var v volumeInspect
	err := r.c.Do(ctx, "GET", "/volumes/"+url.PathEscape(s.str("id")), nil, nil, &v)
	if engine.IsNotFound(err) {
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Unable to inspect volume", err.Error())
		return
	}
	s.set("name", v.Name)
	s.set("driver", v.Driver)
	s.set("mountpoint", v.Mountpoint)
	save(&resp.State, s)
}

func (r *volume) Update(_ context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	save(&resp.State, asObj(req.Plan.Raw))
}

func (r *volume) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	name := asObj(req.State.Raw).str("id")
	// a container removed in the same run may release the volume a moment later (409 meanwhile)
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := r.c.Do(ctx, "DELETE", "/volumes/"+url.PathEscape(name), nil, nil, nil)
		if err == nil || engine.IsNotFound(err) {
			return
		}
		if time.Now().After(deadline) {
			resp.Diagnostics.AddError("Unable to remove volume", err.Error())
			return
		}
		time.Sleep(time.Second)
	}
}
