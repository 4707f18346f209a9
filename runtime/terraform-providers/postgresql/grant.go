package main

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

const grantType = "postgresql_grant"

// allowed privileges per object type, as the real provider validates them
var grantPrivileges = map[string][]string{
	"database":             {"CREATE", "CONNECT", "TEMPORARY"},
	"schema":               {"CREATE", "USAGE"},
	"table":                {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"},
	"sequence":             {"USAGE", "SELECT", "UPDATE"},
	"function":             {"EXECUTE"},
	"procedure":            {"EXECUTE"},
	"routine":              {"EXECUTE"},
	"foreign_data_wrapper": {"USAGE"},
	"foreign_server":       {"USAGE"},
	"column":               {"SELECT", "INSERT", "UPDATE", "REFERENCES"},
}

type grantResource struct{ c *client }

func newGrant() resource.Resource { return &grantResource{} }

type grantModel struct {
	ID              types.String `tfsdk:"id"`
	Role            types.String `tfsdk:"role"`
	Database        types.String `tfsdk:"database"`
	Schema          types.String `tfsdk:"schema"`
	ObjectType      types.String `tfsdk:"object_type"`
	Objects         types.Set    `tfsdk:"objects"`
	Columns         types.Set    `tfsdk:"columns"`
	Privileges      types.Set    `tfsdk:"privileges"`
	WithGrantOption types.Bool   `tfsdk:"with_grant_option"`
}

func (g *grantResource) Metadata(_ context.Context, _ resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = grantType
}

// Every argument is ForceNew in the real provider: any change revokes and grants again.
func (g *grantResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	str := func(required bool, desc string) schema.StringAttribute {
		return schema.StringAttribute{Required: required, Optional: !required, Description: desc,
			PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}}
	}
	set := func(required bool, desc string) schema.SetAttribute {
		return schema.SetAttribute{Required: required, Optional: !required, ElementType: types.StringType, Description: desc,
			PlanModifiers: []planmodifier.Set{setplanmodifier.RequiresReplace()}}
	}
	resp.Schema = schema.Schema{Attributes: map[string]schema.Attribute{
		"id": schema.StringAttribute{Optional: true, Computed: true,
			PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
		"role":        str(true, "The name of the role to grant privileges on"),
		"database":    str(true, "The database to grant privileges on for this role"),
		"schema":      str(false, "The database schema to grant privileges on for this role"),
		"object_type": str(true, "The PostgreSQL object type to grant the privileges on (one of: database, function, procedure, routine, schema, sequence, table, foreign_data_wrapper, foreign_server, column)"),
		"objects":     set(false, "The specific objects to grant privileges on for this role (empty means all objects of the requested type)"),
		"columns":     set(false, "The specific columns to grant privileges on for this role"),
		"privileges":  set(true, "The list of privileges to grant"),
		"with_grant_option": schema.BoolAttribute{Optional: true, Description: "Permit the grant recipient to grant it to others",
			PlanModifiers: []planmodifier.Bool{boolplanmodifier.RequiresReplace()}},
	}}
}

func (g *grantResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	g.c = configured(req.ProviderData, &resp.Diagnostics)
}

func (g *grantResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m grantModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() || m.ObjectType.IsUnknown() {
		return
	}
	t := m.ObjectType.ValueString()
	allowed, ok := grantPrivileges[t]
	if !ok {
		resp.Diagnostics.AddAttributeError(path.Root("object_type"), "Invalid object_type",
			fmt.Sprintf("%q is not one of database, function, procedure, routine, schema, sequence, table, foreign_data_wrapper, foreign_server, column", t))
		return
	}
	if !m.Privileges.IsUnknown() {
		for _, p := range setStrings(ctx, m.Privileges) {
			if !contains(allowed, strings.ToUpper(p)) {
				resp.Diagnostics.AddAttributeError(path.Root("privileges"), "Invalid privilege",
					fmt.Sprintf("%s is not an allowed privilege for object type %s (allowed: %s)", p, t, strings.Join(allowed, ", ")))
			}
		}
	}
	objects, columns := len(m.Objects.Elements()), len(m.Columns.Elements())
	switch {
	case m.Schema.IsNull() && t != "database" && t != "foreign_data_wrapper" && t != "foreign_server":
		resp.Diagnostics.AddAttributeError(path.Root("schema"), "Missing schema", "schema is required for object_type "+t)
	case objects > 0 && (t == "database" || t == "schema"):
		resp.Diagnostics.AddAttributeError(path.Root("objects"), "Invalid objects", "cannot specify `objects` when `object_type` is `database` or `schema`")
	case t == "column" && (objects != 1 || columns == 0) && !m.Objects.IsUnknown() && !m.Columns.IsUnknown():
		resp.Diagnostics.AddAttributeError(path.Root("columns"), "Invalid column grant", "object_type column needs exactly one table in `objects` and at least one of `columns`")
	case t != "column" && columns > 0:
		resp.Diagnostics.AddAttributeError(path.Root("columns"), "Invalid columns", "cannot specify `columns` when `object_type` is not `column`")
	case (t == "foreign_data_wrapper" || t == "foreign_server") && objects != 1 && !m.Objects.IsUnknown():
		resp.Diagnostics.AddAttributeError(path.Root("objects"), "Invalid objects", "one object must be specified for object_type "+t)
	}
}

// grantID: role, database, schema (except for database, FDW and server), type, objects, columns, joined by "_".
func grantID(ctx context.Context, m grantModel) string {
	t := m.ObjectType.ValueString()
	parts := []string{m.Role.ValueString(), m.Database.ValueString()}
	if t != "database" && t != "foreign_data_wrapper" && t != "foreign_server" {
		parts = append(parts, m.Schema.ValueString())
	}
	parts = append(parts, t)
	parts = append(parts, setStrings(ctx, m.Objects)...)
	parts = append(parts, setStrings(ctx, m.Columns)...)
	return strings.Join(parts, "_")
}

func (m grantModel) object() string { return m.ID.ValueString() }

func roleSQL(role string) string {
	if role == "public" {
		return "PUBLIC"
	}
	return quoteIdent(role)
}

// target is the "ON …" clause of GRANT/REVOKE; for columns the column list goes with each privilege.
func target(ctx context.Context, m grantModel) string {
	s, objects := m.Schema.ValueString(), setStrings(ctx, m.Objects)
	qualified := func() string {
		q := make([]string, len(objects))
		for i, o := range objects {
			q[i] = quoteIdent(s) + "." + quoteIdent(o)
		}
		return strings.Join(q, ", ")
	}
	kind := map[string]string{"table": "TABLE", "sequence": "SEQUENCE", "function": "FUNCTION", "procedure": "PROCEDURE", "routine": "ROUTINE"}
	plural := map[string]string{"table": "TABLES", "sequence": "SEQUENCES", "function": "FUNCTIONS", "procedure": "PROCEDURES", "routine": "ROUTINES"}
	switch t := m.ObjectType.ValueString(); t {
	case "database":
		return "DATABASE " + quoteIdent(m.Database.ValueString())
	case "schema":
		return "SCHEMA " + quoteIdent(s)
	case "foreign_data_wrapper":
		return "FOREIGN DATA WRAPPER " + quoteIdents(objects)
	case "foreign_server":
		return "FOREIGN SERVER " + quoteIdents(objects)
	case "column":
		return "TABLE " + qualified()
	default:
		if len(objects) == 0 {
			return fmt.Sprintf("ALL %s IN SCHEMA %s", plural[t], quoteIdent(s))
		}
		return kind[t] + " " + qualified()
	}
}

// catalogSource lists the target objects as (name, acl, owner name) for the object type.
func catalogSource(t string) string {
	rel := `SELECT c.relname, COALESCE(c.relacl, acldefault('%s', c.relowner)), pg_get_userbyid(c.relowner)
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $2 AND c.relkind IN (%s) AND (cardinality($3::text[]) = 0 OR c.relname = ANY($3))`
	proc := `SELECT p.proname, COALESCE(p.proacl, acldefault('f', p.proowner)), pg_get_userbyid(p.proowner)
		FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
		WHERE n.nspname = $2 AND p.prokind IN (%s) AND (cardinality($3::text[]) = 0 OR p.proname = ANY($3))`
	switch t {
	case "database":
		return `SELECT datname, COALESCE(datacl, acldefault('d', datdba)), pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database() AND $2::text IS NOT DISTINCT FROM $2 AND $3::text[] IS NOT DISTINCT FROM $3`
	case "schema":
		return `SELECT nspname, COALESCE(nspacl, acldefault('n', nspowner)), pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = $2 AND $3::text[] IS NOT DISTINCT FROM $3`
	case "table":
		return fmt.Sprintf(rel, "r", "'r','v','m','f','p'")
	case "sequence":
		return fmt.Sprintf(rel, "s", "'S'")
	case "function":
		return fmt.Sprintf(proc, "'f'")
	case "procedure":
		return fmt.Sprintf(proc, "'p'")
	case "routine":
		return fmt.Sprintf(proc, "'f','p'")
	case "foreign_data_wrapper":
		return `SELECT fdwname, COALESCE(fdwacl, acldefault('F', fdwowner)), pg_get_userbyid(fdwowner) FROM pg_foreign_data_wrapper WHERE fdwname = ANY($3) AND $2::text IS NOT DISTINCT FROM $2`
	case "foreign_server":
		return `SELECT srvname, COALESCE(srvacl, acldefault('S', srvowner)), pg_get_userbyid(srvowner) FROM pg_foreign_server WHERE srvname = ANY($3) AND $2::text IS NOT DISTINCT FROM $2`
	}
	return "" // column: see granted
}

type grantedObject struct {
	privileges []string
	grantable  bool
	owner      string
}

// granted reads, per target object, the privileges held directly by the role (PUBLIC for "public").
func (g *grantResource) granted(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, m grantModel) ([]grantedObject, error) {
	objects := setStrings(ctx, m.Objects)
	if objects == nil {
		objects = []string{}
	}
	source := catalogSource(m.ObjectType.ValueString())
	args := []any{m.Role.ValueString(), m.Schema.ValueString(), objects}
	if m.ObjectType.ValueString() == "column" {
		cols := setStrings(ctx, m.Columns)
		source = `SELECT a.attname, CASE WHEN cardinality(a.attacl) > 0 THEN a.attacl END, pg_get_userbyid(c.relowner)
			FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = $2 AND c.relname = ANY($3) AND a.attname = ANY($4) AND NOT a.attisdropped`
		args = append(args, cols)
	}
	rows, err := q.QueryContext(ctx, `
		WITH grantee AS (SELECT CASE WHEN $1 = 'public' THEN 0::oid ELSE (SELECT oid FROM pg_roles WHERE rolname = $1) END AS oid)
		SELECT to_json(ARRAY(SELECT e.privilege_type FROM aclexplode(s.acl) e, grantee WHERE e.grantee = grantee.oid ORDER BY 1))::text,
		       COALESCE((SELECT bool_and(e.is_grantable) FROM aclexplode(s.acl) e, grantee WHERE e.grantee = grantee.oid), false),
		       s.owner
		FROM (`+source+`) s(name, acl, owner)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []grantedObject
	for rows.Next() {
		var o grantedObject
		var privs string
		if err := rows.Scan(&privs, &o.grantable, &o.owner); err != nil {
			return nil, err
		}
		o.privileges = jsonStrings(privs)
		out = append(out, o)
	}
	return out, rows.Err()
}

// apply makes the role's privileges on the target exactly `privileges`: revoke all, then grant.
func (g *grantResource) apply(ctx context.Context, m grantModel, privileges []string) error {
	db, err := g.c.db(m.Database.ValueString())
	if err != nil {
		return err
	}
	return inTx(ctx, db, func(tx *sql.Tx) error {
		// like the real provider: GRANT/REVOKE for one role wait for each other
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(oid::bigint) FROM pg_roles WHERE rolname = $1`, m.Role.ValueString()); err != nil {
			return err
		}
		objs, err := g.granted(ctx, tx, m)
		if err != nil {
			return err
		}
		var owners []string
		for _, o := range objs {
			if !contains(owners, o.owner) {
				owners = append(owners, o.owner)
			}
		}
		return g.c.withRolesGranted(ctx, tx, owners, func() error {
			on, role := target(ctx, m), roleSQL(m.Role.ValueString())
			cols := ""
			if m.ObjectType.ValueString() == "column" {
				cols = " (" + quoteIdents(setStrings(ctx, m.Columns)) + ")"
			}
			stmts := []string{fmt.Sprintf("REVOKE ALL PRIVILEGES%s ON %s FROM %s", cols, on, role)}
			if len(privileges) > 0 {
				p := make([]string, len(privileges))
				for i, v := range privileges {
					p[i] = strings.ToUpper(v) + cols
				}
				grant := fmt.Sprintf("GRANT %s ON %s TO %s", strings.Join(p, ", "), on, role)
				if boolOr(m.WithGrantOption, false) {
					grant += " WITH GRANT OPTION"
				}
				stmts = append(stmts, grant)
			}
			return exec(ctx, tx, stmts...)
		})
	})
}

func (g *grantResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var m grantModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	m.ID = types.StringValue(grantID(ctx, m))
	if err := g.apply(ctx, m, setStrings(ctx, m.Privileges)); err != nil {
		fail(&resp.Diagnostics, grantType, m.object(), "grant failed", err)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// Read reports the privileges found on the first object that differs from the state, so that a
// privilege revoked (or granted) outside Terraform on any target object shows as drift.
func (g *grantResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var m grantModel
	resp.Diagnostics.Append(req.State.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	exists, err := g.targetExists(ctx, m)
	if err == nil && !exists {
		resp.State.RemoveResource(ctx) // role or database dropped outside: nothing is granted any more
		return
	}
	var objs []grantedObject
	if err == nil {
		var db *sql.DB
		if db, err = g.c.db(m.Database.ValueString()); err == nil {
			objs, err = g.granted(ctx, db, m)
		}
	}
	if err != nil {
		fail(&resp.Diagnostics, grantType, m.object(), "read failed", err)
		return
	}
	want := setStrings(ctx, m.Privileges)
	for i := range want {
		want[i] = strings.ToUpper(want[i])
	}
	for _, o := range objs {
		if !sameStrings(o.privileges, want) {
			m.Privileges = stringSet(o.privileges)
			break
		}
		if len(want) > 0 {
			m.WithGrantOption = readBool(m.WithGrantOption, o.grantable, false)
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func (g *grantResource) Update(_ context.Context, _ resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.Diagnostics.AddError(grantType+": unexpected update", "every argument of postgresql_grant forces replacement")
}

func (g *grantResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var m grantModel
	resp.Diagnostics.Append(req.State.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	exists, err := g.targetExists(ctx, m)
	if err == nil && exists {
		err = g.apply(ctx, m, nil)
	}
	if err != nil {
		fail(&resp.Diagnostics, grantType, m.object(), "revoke failed", err)
	}
}

// targetExists: the grantee role (PUBLIC always exists) and the database are still there.
func (g *grantResource) targetExists(ctx context.Context, m grantModel) (bool, error) {
	db, err := g.c.db("")
	if err != nil {
		return false, err
	}
	var ok bool
	err = db.QueryRowContext(ctx, `SELECT ($1 = 'public' OR EXISTS (SELECT FROM pg_roles WHERE rolname = $1))
		AND EXISTS (SELECT FROM pg_database WHERE datname = $2)`, m.Role.ValueString(), m.Database.ValueString()).Scan(&ok)
	return ok, err
}
