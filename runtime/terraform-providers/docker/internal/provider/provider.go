// Package provider is the substitute of kreuzwerker/docker 3.6.2 on terraform-plugin-framework.
package provider

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	fwprovider "github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/smart-cdc/terraform-provider-docker/internal/engine"
	"github.com/smart-cdc/terraform-provider-docker/internal/spec"
)

// Server is the provider's protocol-5 server.
func Server() tfprotov5.ProviderServer {
	return server{providerserver.NewProtocol5(&dockerProvider{})()}
}

type dockerProvider struct{}

func (p *dockerProvider) Metadata(_ context.Context, _ fwprovider.MetadataRequest, resp *fwprovider.MetadataResponse) {
	resp.TypeName = "docker"
	resp.Version = "3.6.2"
}

func (p *dockerProvider) Schema(_ context.Context, _ fwprovider.SchemaRequest, resp *fwprovider.SchemaResponse) {
	resp.Schema = providerSchema(spec.Provider)
}

// providerRefused: provider arguments for TLS, SSH, contexts and registries, which the substitute lacks.
var providerRefused = []string{"ca_material", "cert_material", "key_material", "cert_path", "ssh_opts", "context", "registry_auth"}

func (p *dockerProvider) Configure(ctx context.Context, req fwprovider.ConfigureRequest, resp *fwprovider.ConfigureResponse) {
	resp.Diagnostics.Append(refuse("provider \"docker\"", req.Config.Raw, providerRefused)...)
	var host, check tftypes.Value
	resp.Diagnostics.Append(rawAttr(req.Config.Raw, "host", &host)...)
	resp.Diagnostics.Append(rawAttr(req.Config.Raw, "disable_docker_daemon_check", &check)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// as the real provider: the argument, else DOCKER_HOST, else the default socket
	addr := str(host)
	if addr == "" {
		addr = os.Getenv("DOCKER_HOST")
	}
	if addr == "" {
		addr = "unix:///var/run/docker.sock"
	}
	if !strings.HasPrefix(addr, "unix://") {
		resp.Diagnostics.AddAttributeError(path.Root("host"), "Unsupported Docker host",
			fmt.Sprintf("host %q: %s supports only unix:// sockets (tcp://, ssh:// and npipe:// are not implemented)", addr, substitute))
		return
	}
	c, err := engine.New(addr)
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("host"), "Invalid Docker host", err.Error())
		return
	}
	if !boolOr(check, false) {
		if err := c.Do(ctx, "GET", "/_ping", nil, nil, nil); err != nil {
			resp.Diagnostics.AddError("Error pinging Docker server", err.Error())
			return
		}
	}
	resp.ResourceData = c
}

func (p *dockerProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{newContainer, newImage, newNetwork, newVolume}
}

func (p *dockerProvider) DataSources(context.Context) []func() datasource.DataSource { return nil }

// substitute names this provider in messages, so nobody mistakes it for the real one.
const substitute = "the test substitute of kreuzwerker/docker"

// refuse reports each dotted attribute path that is set (non-null, non-empty) in v: the
// substitute does not implement it, and ignoring it silently would deploy something else.
func refuse(what string, v tftypes.Value, paths []string) diag.Diagnostics {
	var diags diag.Diagnostics
	for _, p := range paths {
		if isSet(v, strings.Split(p, ".")) {
			diags.AddAttributeError(path.Root(strings.Split(p, ".")[0]), "Not implemented",
				fmt.Sprintf("%s: `%s` is not implemented by %s; remove it or use the real provider", what, p, substitute))
		}
	}
	return diags
}

// isSet tells whether the attribute at path (through lists, sets and nested blocks) has a known
// non-null, non-empty value anywhere. Unknown values are not yet set: they are checked again at apply.
func isSet(v tftypes.Value, p []string) bool {
	if v.IsNull() || !v.IsKnown() {
		return false
	}
	if len(p) == 0 {
		if v.Type().Is(tftypes.List{}) || v.Type().Is(tftypes.Set{}) || v.Type().Is(tftypes.Map{}) {
			var elems []tftypes.Value
			if v.Type().Is(tftypes.Map{}) {
				var m map[string]tftypes.Value
				_ = v.As(&m)
				return len(m) > 0
			}
			_ = v.As(&elems)
			return len(elems) > 0
		}
		return true
	}
	if v.Type().Is(tftypes.List{}) || v.Type().Is(tftypes.Set{}) {
		var elems []tftypes.Value
		_ = v.As(&elems)
		for _, e := range elems {
			if isSet(e, p) {
				return true
			}
		}
		return false
	}
	var m map[string]tftypes.Value
	if err := v.As(&m); err != nil {
		return false
	}
	return isSet(m[p[0]], p[1:])
}

// requireReplace marks for replacement every top-level attribute or block that changed, except
// those the resource updates in place and the computed-only ones (as SDKv2's ForceNew does).
func requireReplace(b spec.Block, inPlace map[string]bool, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() {
		return
	}
	var plan, state map[string]tftypes.Value
	if req.Plan.Raw.As(&plan) != nil || req.State.Raw.As(&state) != nil {
		return
	}
	names := []string{}
	for _, a := range b.Attributes {
		if a.Optional || a.Required {
			names = append(names, a.Name)
		}
	}
	for _, nb := range b.Blocks {
		names = append(names, nb.Name)
	}
	for _, n := range names {
		if n == "id" || inPlace[n] {
			continue
		}
		if !plan[n].Equal(state[n]) && !(emptyCollection(plan[n]) && emptyCollection(state[n])) {
			resp.RequiresReplace = append(resp.RequiresReplace, path.Root(n))
		}
	}
}

// emptyCollection: null or no elements (a block given nowhere and an empty block list are the same).
func emptyCollection(v tftypes.Value) bool {
	if v.IsNull() {
		return true
	}
	if !v.IsKnown() || !(v.Type().Is(tftypes.List{}) || v.Type().Is(tftypes.Set{})) {
		return false
	}
	var elems []tftypes.Value
	_ = v.As(&elems)
	return len(elems) == 0
}

// unknownsToNull replaces what is still unknown after apply by null: computed attributes the
// substitute does not compute (Terraform refuses unknown values in a new state).
func unknownsToNull(v tftypes.Value) tftypes.Value {
	out, _ := tftypes.Transform(v, func(_ *tftypes.AttributePath, v tftypes.Value) (tftypes.Value, error) {
		if !v.IsKnown() {
			return tftypes.NewValue(v.Type(), nil), nil
		}
		return v, nil
	})
	return out
}

// rawAttr reads one top-level attribute of an object value.
func rawAttr(obj tftypes.Value, name string, out *tftypes.Value) diag.Diagnostics {
	var diags diag.Diagnostics
	if obj.IsNull() || !obj.IsKnown() {
		*out = tftypes.NewValue(tftypes.String, nil)
		return diags
	}
	var m map[string]tftypes.Value
	if err := obj.As(&m); err != nil {
		diags.AddError("Internal error", err.Error())
		return diags
	}
	v, ok := m[name]
	if !ok {
		v = tftypes.NewValue(tftypes.String, nil)
	}
	*out = v
	return diags
}

func str(v tftypes.Value) string {
	var s string
	if v.IsNull() || !v.IsKnown() || v.As(&s) != nil {
		return ""
	}
	return s
}

func boolOr(v tftypes.Value, def bool) bool {
	var b bool
	if v.IsNull() || !v.IsKnown() || v.As(&b) != nil {
		return def
	}
	return b
}

// client is the engine client handed to resources by Configure.
func client(data any, diags *diag.Diagnostics) *engine.Client {
	if data == nil {
		return nil
	}
	c, ok := data.(*engine.Client)
	if !ok {
		diags.AddError("Internal error", fmt.Sprintf("unexpected provider data %T", data))
	}
	return c
}
