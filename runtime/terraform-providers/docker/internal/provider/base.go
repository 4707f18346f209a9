package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/smart-cdc/terraform-provider-docker/internal/engine"
	"github.com/smart-cdc/terraform-provider-docker/internal/spec"
)

// base is what every resource shares: its schema, what it updates in place, what it refuses,
// and the engine client.
type base struct {
	typeName string
	spec     spec.Block
	inPlace  map[string]bool
	refused  []string
	c        *engine.Client
}

func (b *base) Metadata(_ context.Context, _ resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = b.typeName
}

func (b *base) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = resourceSchema(b.spec)
}

func (b *base) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	b.c = client(req.ProviderData, &resp.Diagnostics)
}

func (b *base) ValidateConfig(_ context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	resp.Diagnostics.Append(refuse(b.typeName, req.Config.Raw, b.refused)...)
}

func (b *base) ModifyPlan(_ context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	requireReplace(b.spec, b.inPlace, req, resp)
}

// ready checks, at apply, that the provider was configured and nothing refused came from a value
// unknown at validation.
func (b *base) ready(config tfsdk.Config, diags *diag.Diagnostics) bool {
	if b.c == nil {
		diags.AddError("Provider not configured", fmt.Sprintf("%s: the docker provider has no client", b.typeName))
		return false
	}
	diags.Append(refuse(b.typeName, config.Raw, b.refused)...)
	return !diags.HasError()
}

// save writes an object value as the new state, with anything still unknown made null.
func save(state *tfsdk.State, o obj) {
	state.Raw = unknownsToNull(o.value())
}

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}
