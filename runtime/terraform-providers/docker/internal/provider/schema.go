package provider

import (
	"context"

	pschema "github.com/hashicorp/terraform-plugin-framework/provider/schema"
	rschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5"

	"github.com/smart-cdc/terraform-provider-docker/internal/spec"
)

// resourceSchema turns a spec block into a framework resource schema. Optional+computed attributes
// keep their state value when not configured (as SDKv2 does); replacement is decided in each
// resource's ModifyPlan (see requireReplace), not per attribute.
func resourceSchema(b spec.Block) rschema.Schema {
	attrs, blocks := resourceBody(b)
	return rschema.Schema{Attributes: attrs, Blocks: blocks}
}

func resourceBody(b spec.Block) (map[string]rschema.Attribute, map[string]rschema.Block) {
	attrs := map[string]rschema.Attribute{}
	for _, a := range b.Attributes {
		keep := a.Optional && a.Computed || a.Name == "id"
		attrs[a.Name] = resourceAttribute(a, keep)
	}
	blocks := map[string]rschema.Block{}
	for _, nb := range b.Blocks {
		na, nbl := resourceBody(nb.Block)
		obj := rschema.NestedBlockObject{Attributes: na, Blocks: nbl}
		switch nb.Nesting {
		case spec.NestingList:
			blocks[nb.Name] = rschema.ListNestedBlock{NestedObject: obj, Description: nb.Description}
		case spec.NestingSet:
			blocks[nb.Name] = rschema.SetNestedBlock{NestedObject: obj, Description: nb.Description}
		default:
			blocks[nb.Name] = rschema.SingleNestedBlock{Attributes: na, Blocks: nbl, Description: nb.Description}
		}
	}
	return attrs, blocks
}

func resourceAttribute(a spec.Attribute, keep bool) rschema.Attribute {
	r, o, c, d := a.Required, a.Optional, a.Computed, a.Description
	switch t := a.Type.(type) {
	case types.ListType:
		var pm []planmodifier.List
		if keep {
			pm = append(pm, listplanmodifier.UseStateForUnknown())
		}
		return rschema.ListAttribute{ElementType: t.ElemType, Required: r, Optional: o, Computed: c, Description: d, PlanModifiers: pm}
	case types.SetType:
		var pm []planmodifier.Set
		if keep {
			pm = append(pm, setplanmodifier.UseStateForUnknown())
		}
		return rschema.SetAttribute{ElementType: t.ElemType, Required: r, Optional: o, Computed: c, Description: d, PlanModifiers: pm}
	case types.MapType:
		var pm []planmodifier.Map
		if keep {
			pm = append(pm, mapplanmodifier.UseStateForUnknown())
		}
		return rschema.MapAttribute{ElementType: t.ElemType, Required: r, Optional: o, Computed: c, Description: d, PlanModifiers: pm}
	}
	switch a.Type {
	case types.Int64Type:
		var pm []planmodifier.Int64
		if keep {
			pm = append(pm, int64planmodifier.UseStateForUnknown())
		}
		return rschema.Int64Attribute{Required: r, Optional: o, Computed: c, Description: d, PlanModifiers: pm}
	case types.BoolType:
		var pm []planmodifier.Bool
		if keep {
			pm = append(pm, boolplanmodifier.UseStateForUnknown())
		}
		return rschema.BoolAttribute{Required: r, Optional: o, Computed: c, Description: d, PlanModifiers: pm}
	default:
		var pm []planmodifier.String
		if keep {
			pm = append(pm, stringplanmodifier.UseStateForUnknown())
		}
		return rschema.StringAttribute{Required: r, Optional: o, Computed: c, Description: d, PlanModifiers: pm}
	}
}

// providerSchema turns the spec of the provider block into a framework provider schema.
func providerSchema(b spec.Block) pschema.Schema {
	attrs, blocks := providerBody(b)
	return pschema.Schema{Attributes: attrs, Blocks: blocks}
}

func providerBody(b spec.Block) (map[string]pschema.Attribute, map[string]pschema.Block) {
	attrs := map[string]pschema.Attribute{}
	for _, a := range b.Attributes {
		r, o, d := a.Required, a.Optional, a.Description
		var pa pschema.Attribute
		switch t := a.Type.(type) {
		case types.ListType:
			pa = pschema.ListAttribute{ElementType: t.ElemType, Required: r, Optional: o, Description: d}
		case types.SetType:
			pa = pschema.SetAttribute{ElementType: t.ElemType, Required: r, Optional: o, Description: d}
		case types.MapType:
			pa = pschema.MapAttribute{ElementType: t.ElemType, Required: r, Optional: o, Description: d}
		default:
			switch a.Type {
			case types.Int64Type:
				pa = pschema.Int64Attribute{Required: r, Optional: o, Description: d}
			case types.BoolType:
				pa = pschema.BoolAttribute{Required: r, Optional: o, Description: d}
			default:
				pa = pschema.StringAttribute{Required: r, Optional: o, Description: d}
			}
		}
		attrs[a.Name] = pa
	}
	blocks := map[string]pschema.Block{}
	for _, nb := range b.Blocks {
		na, nbl := providerBody(nb.Block)
		obj := pschema.NestedBlockObject{Attributes: na, Blocks: nbl}
		switch nb.Nesting {
		case spec.NestingList:
			blocks[nb.Name] = pschema.ListNestedBlock{NestedObject: obj, Description: nb.Description}
		case spec.NestingSet:
			blocks[nb.Name] = pschema.SetNestedBlock{NestedObject: obj, Description: nb.Description}
		default:
			blocks[nb.Name] = pschema.SingleNestedBlock{Attributes: na, Blocks: nbl, Description: nb.Description}
		}
	}
	return attrs, blocks
}

// Specs by resource type name, for the protocol wrapper below.
var specs = map[string]spec.Block{
	"docker_container": spec.Container,
	"docker_image":     spec.Image,
	"docker_network":   spec.Network,
	"docker_volume":    spec.Volume,
}

// server wraps the framework's protocol-5 server to report the min/max item counts of blocks,
// which the framework cannot express but Terraform enforces and SDKv2 providers report (a
// `healthcheck` block given twice must be refused by Terraform, as with the real provider).
type server struct{ tfprotov5.ProviderServer }

func (s server) GetProviderSchema(ctx context.Context, req *tfprotov5.GetProviderSchemaRequest) (*tfprotov5.GetProviderSchemaResponse, error) {
	resp, err := s.ProviderServer.GetProviderSchema(ctx, req)
	if err != nil || resp == nil {
		return resp, err
	}
	if resp.Provider != nil {
		itemCounts(resp.Provider.Block, spec.Provider)
	}
	for name, sch := range resp.ResourceSchemas {
		if b, ok := specs[name]; ok {
			itemCounts(sch.Block, b)
		}
	}
	return resp, nil
}

func itemCounts(pb *tfprotov5.SchemaBlock, b spec.Block) {
	for _, nb := range b.Blocks {
		for _, p := range pb.BlockTypes {
			if p.TypeName == nb.Name {
				p.MinItems, p.MaxItems = nb.MinItems, nb.MaxItems
				itemCounts(p.Block, nb.Block)
			}
		}
	}
}
