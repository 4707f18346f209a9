package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

const slotType = "postgresql_replication_slot"

type slotResource struct{ c *client }

func newReplicationSlot() resource.Resource { return &slotResource{} }

type slotModel struct {
	ID       types.String `tfsdk:"id"`
	Name     types.String `tfsdk:"name"`
	Plugin   types.String `tfsdk:"plugin"`
	Database types.String `tfsdk:"database"`
}

func (s *slotResource) Metadata(_ context.Context, _ resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = slotType
}

func (s *slotResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{Attributes: map[string]schema.Attribute{
		"id": schema.StringAttribute{Optional: true, Computed: true,
			PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
		"name":   schema.StringAttribute{Required: true, PlanModifiers: replace},
		"plugin": schema.StringAttribute{Required: true, PlanModifiers: replace, Description: "Sets the output plugin to use"},
		// Optional+Computed: defaults to the provider's database
		"database": schema.StringAttribute{Optional: true, Computed: true, Description: "Sets the database to add the replication slot to",
			PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()}},
	}}
}

func (s *slotResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	s.c = configured(req.ProviderData, &resp.Diagnostics)
}

// ImportState takes the real provider's id, "<database>.<slot>".
func (s *slotResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	db, name, ok := strings.Cut(req.ID, ".")
	if !ok || db == "" || name == "" || strings.Contains(name, ".") {
		resp.Diagnostics.AddError(slotType+": invalid import id", fmt.Sprintf("%q is not of the form <database>.<replication_slot>", req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("database"), db)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("name"), name)...)
}

func (s *slotResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var m slotModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if m.Database.IsNull() || m.Database.IsUnknown() {
		m.Database = types.StringValue(s.c.database)
	}
	m.ID = types.StringValue(m.Database.ValueString() + "." + m.Name.ValueString())
	db, err := s.c.db(m.Database.ValueString())
	if err == nil {
		_, err = db.ExecContext(ctx, "SELECT FROM pg_create_logical_replication_slot($1, $2)", m.Name.ValueString(), m.Plugin.ValueString())
	}
	if err != nil {
		fail(&resp.Diagnostics, slotType, m.ID.ValueString(), "create failed", err)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func (s *slotResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var m slotModel
	resp.Diagnostics.Append(req.State.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// pg_replication_slots is cluster-wide: any connection of the provider can read it
	db, err := s.c.db("")
	var plugin string
	if err == nil {
		err = db.QueryRowContext(ctx, "SELECT plugin FROM pg_replication_slots WHERE slot_name = $1 AND database = $2",
			m.Name.ValueString(), m.Database.ValueString()).Scan(&plugin)
	}
	if errors.Is(err, sql.ErrNoRows) {
		resp.State.RemoveResource(ctx) // dropped outside Terraform: plan recreates it
		return
	}
	if err != nil {
		fail(&resp.Diagnostics, slotType, m.ID.ValueString(), "read failed", err)
		return
	}
	m.Plugin = types.StringValue(plugin)
	m.ID = types.StringValue(m.Database.ValueString() + "." + m.Name.ValueString())
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func (s *slotResource) Update(_ context.Context, _ resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.Diagnostics.AddError(slotType+": unexpected update", "every argument of postgresql_replication_slot forces replacement")
}

func (s *slotResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var m slotModel
	resp.Diagnostics.Append(req.State.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	name := m.Name.ValueString()
	db, err := s.c.db(m.Database.ValueString())
	if err != nil {
		fail(&resp.Diagnostics, slotType, m.ID.ValueString(), "delete failed", err)
		return
	}
	var pid sql.NullInt64
	_ = db.QueryRowContext(ctx, "SELECT active_pid FROM pg_replication_slots WHERE slot_name = $1", name).Scan(&pid)
	if pid.Valid {
		resp.Diagnostics.AddError(fmt.Sprintf("%s %q: cannot drop replication slot %q", slotType, m.ID.ValueString(), name),
			fmt.Sprintf("replication slot %q is active for PID %d: stop its consumer (e.g. the Debezium connector) first", name, pid.Int64))
		return
	}
	if _, err := db.ExecContext(ctx, "SELECT pg_drop_replication_slot($1)", name); err != nil {
		fail(&resp.Diagnostics, slotType, m.ID.ValueString(), fmt.Sprintf("cannot drop replication slot %q", name), err)
	}
}
