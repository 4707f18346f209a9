package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

const roleType = "postgresql_role"

type roleResource struct{ c *client }

func newRole() resource.Resource { return &roleResource{} }

type roleModel struct {
	ID                types.String `tfsdk:"id"`
	Name              types.String `tfsdk:"name"`
	Password          types.String `tfsdk:"password"`
	PasswordWO        types.String `tfsdk:"password_wo"`
	PasswordWOVersion types.String `tfsdk:"password_wo_version"`
	Encrypted         types.String `tfsdk:"encrypted"`
	EncryptedPassword types.Bool   `tfsdk:"encrypted_password"`
	Roles             types.Set    `tfsdk:"roles"`
	SearchPath        types.List   `tfsdk:"search_path"`
	ValidUntil        types.String `tfsdk:"valid_until"`
	ConnectionLimit   types.Int64  `tfsdk:"connection_limit"`
	Superuser         types.Bool   `tfsdk:"superuser"`
	CreateDatabase    types.Bool   `tfsdk:"create_database"`
	CreateRole        types.Bool   `tfsdk:"create_role"`
	Inherit           types.Bool   `tfsdk:"inherit"`
	Login             types.Bool   `tfsdk:"login"`
	Replication       types.Bool   `tfsdk:"replication"`
	BypassRLS         types.Bool   `tfsdk:"bypass_row_level_security"`
	SkipDropRole      types.Bool   `tfsdk:"skip_drop_role"`
	SkipReassignOwned types.Bool   `tfsdk:"skip_reassign_owned"`
	StatementTimeout  types.Int64  `tfsdk:"statement_timeout"`
	IdleInTxTimeout   types.Int64  `tfsdk:"idle_in_transaction_session_timeout"`
	AssumeRole        types.String `tfsdk:"assume_role"`
}

func (r *roleResource) Metadata(_ context.Context, _ resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = roleType
}

func (r *roleResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	boolean := func(desc string) schema.BoolAttribute { return schema.BoolAttribute{Optional: true, Description: desc} }
	resp.Schema = schema.Schema{Attributes: map[string]schema.Attribute{
		"id": schema.StringAttribute{Optional: true, Computed: true,
			PlanModifiers: []planmodifier.String{idFromName{}}},
		"name":     schema.StringAttribute{Required: true, Description: "The name of the role"},
		"password": schema.StringAttribute{Optional: true, Sensitive: true, Description: "Sets the role's password"},
		"password_wo": schema.StringAttribute{Optional: true, Sensitive: true, WriteOnly: true,
			Description: "Sets the role's password without storing it in the state file."},
		"password_wo_version": schema.StringAttribute{Optional: true,
			Description: "Prevents applies from updating the role password on every apply unless the value changes."},
		"encrypted": schema.StringAttribute{Optional: true,
			DeprecationMessage: `Rename PostgreSQL role resource attribute "encrypted" to "encrypted_password"`},
		"encrypted_password": boolean("Control whether the password is stored encrypted in the system catalogs"),
		"roles":              schema.SetAttribute{Optional: true, ElementType: types.StringType, Description: "Role(s) to grant to this new role"},
		"search_path":        schema.ListAttribute{Optional: true, ElementType: types.StringType, Description: "Sets the role's search path"},
		"valid_until":        schema.StringAttribute{Optional: true, Description: "Sets a date and time after which the role's password is no longer valid"},
		"connection_limit": schema.Int64Attribute{Optional: true, Description: "How many concurrent connections can be made with this role",
			Validators: []validator.Int64{int64validator.AtLeast(-1)}},
		"superuser":                 boolean(`Determine whether the new role is a "superuser"`),
		"create_database":           boolean("Define a role's ability to create databases"),
		"create_role":               boolean("Determine whether this role will be permitted to create new roles"),
		"inherit":                   boolean(`Determine whether a role "inherits" the privileges of roles it is a member of`),
		"login":                     boolean("Determine whether a role is allowed to log in"),
		"replication":               boolean("Determine whether a role is allowed to initiate streaming replication or put the system in and out of backup mode"),
		"bypass_row_level_security": boolean("Determine whether a role bypasses every row-level security (RLS) policy"),
		"skip_drop_role":            boolean("Skip actually running the DROP ROLE command when removing a ROLE from PostgreSQL"),
		"skip_reassign_owned":       boolean("Skip actually running the REASSIGN OWNED command when removing a role from PostgreSQL"),
		"statement_timeout": schema.Int64Attribute{Optional: true, Validators: []validator.Int64{int64validator.AtLeast(0)},
			Description: "Abort any statement that takes more than the specified number of milliseconds"},
		"idle_in_transaction_session_timeout": schema.Int64Attribute{Optional: true, Validators: []validator.Int64{int64validator.AtLeast(0)},
			Description: "Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds"},
		"assume_role": schema.StringAttribute{Optional: true, Description: "Role to switch to at login"},
	}}
}

// idFromName: the id of a role is its name, so a rename changes it in the same plan.
type idFromName struct{}

func (idFromName) Description(context.Context) string         { return "id = name" }
func (idFromName) MarkdownDescription(context.Context) string { return "id = name" }
func (idFromName) PlanModifyString(ctx context.Context, req planmodifier.StringRequest, resp *planmodifier.StringResponse) {
	var name types.String
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("name"), &name)...)
	if !req.Plan.Raw.IsNull() {
		resp.PlanValue = name
	}
}

func (r *roleResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	r.c = configured(req.ProviderData, &resp.Diagnostics)
}

func (r *roleResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m roleModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if !m.Password.IsNull() && !m.PasswordWO.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("password_wo"), "Conflicting configuration", "`password_wo` conflicts with `password`")
	}
	for _, p := range listStrings(ctx, m.SearchPath) {
		if strings.Contains(p, ",") {
			resp.Diagnostics.AddAttributeError(path.Root("search_path"), "Invalid search_path", fmt.Sprintf("%q must not contain a comma", p))
		}
	}
}

func (r *roleResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughID(ctx, path.Root("id"), req, resp)
}

// flags resolves the options CREATE/ALTER ROLE take, with the real provider's defaults.
func flags(m roleModel) map[string]string {
	onOff := func(b types.Bool, def bool, on string) string {
		if boolOr(b, def) {
			return on
		}
		return "NO" + on
	}
	validUntil := m.ValidUntil.ValueString()
	if validUntil == "" {
		validUntil = "infinity"
	}
	return map[string]string{
		"superuser":   onOff(m.Superuser, false, "SUPERUSER"),
		"createdb":    onOff(m.CreateDatabase, false, "CREATEDB"),
		"createrole":  onOff(m.CreateRole, false, "CREATEROLE"),
		"inherit":     onOff(m.Inherit, true, "INHERIT"),
		"login":       onOff(m.Login, false, "LOGIN"),
		"replication": onOff(m.Replication, false, "REPLICATION"),
		"bypassrls":   onOff(m.BypassRLS, false, "BYPASSRLS"),
		"connlimit":   fmt.Sprintf("CONNECTION LIMIT %d", intOr(m.ConnectionLimit, -1)),
		"validuntil":  "VALID UNTIL " + quoteLiteral(validUntil),
	}
}

func passwordClause(pw string, encrypted types.Bool) string {
	if pw == "" || strings.EqualFold(pw, "NULL") {
		return "PASSWORD NULL"
	}
	if boolOr(encrypted, true) {
		return "ENCRYPTED PASSWORD " + quoteLiteral(pw)
	}
	return "UNENCRYPTED PASSWORD " + quoteLiteral(pw)
}

// settings: the per-role session defaults (ALTER ROLE … SET), "" meaning RESET.
func settings(ctx context.Context, m roleModel) map[string]string {
	s := map[string]string{"search_path": "", "statement_timeout": "", "idle_in_transaction_session_timeout": "", "role": ""}
	if p := listStrings(ctx, m.SearchPath); len(p) > 0 {
		s["search_path"] = quoteIdents(p)
	}
	if v := intOr(m.StatementTimeout, 0); v > 0 {
		s["statement_timeout"] = strconv.FormatInt(v, 10)
	}
	if v := intOr(m.IdleInTxTimeout, 0); v > 0 {
		s["idle_in_transaction_session_timeout"] = strconv.FormatInt(v, 10)
	}
	if v := m.AssumeRole.ValueString(); v != "" {
		s["role"] = quoteIdent(v)
	}
	return s
}

func settingSQL(role, name, value string) string {
	if value == "" {
		return fmt.Sprintf("ALTER ROLE %s RESET %s", quoteIdent(role), name)
	}
	return fmt.Sprintf("ALTER ROLE %s SET %s TO %s", quoteIdent(role), name, value)
}

func (r *roleResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var m, cfg roleModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &m)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	name := m.Name.ValueString()
	opts := []string{}
	for _, k := range []string{"superuser", "createdb", "createrole", "inherit", "login", "replication", "bypassrls", "connlimit", "validuntil"} {
		opts = append(opts, flags(m)[k])
	}
	// password_wo only exists in the configuration: Terraform never plans or stores it.
	if pw := cfg.PasswordWO.ValueString(); pw != "" {
		opts = append(opts, passwordClause(pw, m.EncryptedPassword))
	} else if pw := m.Password.ValueString(); pw != "" {
		opts = append(opts, passwordClause(pw, m.EncryptedPassword))
	}
	db, err := r.c.db("")
	if err == nil {
		err = inTx(ctx, db, func(tx *sql.Tx) error {
			stmts := []string{fmt.Sprintf("CREATE ROLE %s WITH %s", quoteIdent(name), strings.Join(opts, " "))}
			for _, g := range setStrings(ctx, m.Roles) {
				stmts = append(stmts, fmt.Sprintf("GRANT %s TO %s", quoteIdent(g), quoteIdent(name)))
			}
			for k, v := range settings(ctx, m) {
				if v != "" {
					stmts = append(stmts, settingSQL(name, k, v))
				}
			}
			return exec(ctx, tx, stmts...)
		})
	}
	if err != nil {
		fail(&resp.Diagnostics, roleType, name, "create failed", err)
		return
	}
	m.ID = types.StringValue(name)
	r.read(ctx, &m, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func (r *roleResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var m roleModel
	resp.Diagnostics.Append(req.State.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if found := r.read(ctx, &m, &resp.Diagnostics); !found && !resp.Diagnostics.HasError() {
		resp.State.RemoveResource(ctx) // dropped outside Terraform: plan recreates it
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// read refreshes m from pg_roles; the password cannot be read back, so it keeps its state value.
func (r *roleResource) read(ctx context.Context, m *roleModel, diags interface {
	AddError(string, string)
	HasError() bool
}) bool {
	id := m.ID.ValueString()
	db, err := r.c.db("")
	if err != nil {
		diags.AddError(fmt.Sprintf("%s %q: read failed", roleType, id), err.Error())
		return false
	}
	var (
		name, validUntil, config, member                                     string
		super, inherit, createRole, createDB, login, repl, bypass, sameUntil bool
		connLimit                                                            int64
	)
	err = db.QueryRowContext(ctx, `
		SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls,
		       rolconnlimit, COALESCE(NULLIF(rolvaliduntil, 'infinity')::text, 'infinity'),
		       COALESCE(to_json(rolconfig)::text, '[]'),
		       to_json(ARRAY(SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid
		                     WHERE a.member = r.oid ORDER BY 1))::text,
		       -- the configured spelling of valid_until is kept when it means the same instant
		       COALESCE(CASE WHEN lower($2) = 'infinity' OR $2 = '' THEN rolvaliduntil IS NULL OR rolvaliduntil = 'infinity'
		                     ELSE rolvaliduntil = $2::timestamptz END, false)
		FROM pg_roles r WHERE rolname = $1`, id, m.ValidUntil.ValueString()).Scan(
		&name, &super, &inherit, &createRole, &createDB, &login, &repl, &bypass, &connLimit, &validUntil, &config, &member, &sameUntil)
	if errors.Is(err, sql.ErrNoRows) {
		return false
	}
	if err != nil {
		diags.AddError(fmt.Sprintf("%s %q: read failed", roleType, id), err.Error())
		return false
	}
	m.ID, m.Name = types.StringValue(name), types.StringValue(name)
	m.Superuser = readBool(m.Superuser, super, false)
	m.Inherit = readBool(m.Inherit, inherit, true)
	m.CreateRole = readBool(m.CreateRole, createRole, false)
	m.CreateDatabase = readBool(m.CreateDatabase, createDB, false)
	m.Login = readBool(m.Login, login, false)
	m.Replication = readBool(m.Replication, repl, false)
	m.BypassRLS = readBool(m.BypassRLS, bypass, false)
	m.ConnectionLimit = readInt(m.ConnectionLimit, connLimit, -1)
	if !sameUntil {
		m.ValidUntil = readString(m.ValidUntil, validUntil, "infinity")
	}
	if roles := jsonStrings(member); len(roles) > 0 || !m.Roles.IsNull() {
		m.Roles = stringSet(roles)
	}
	cfg := map[string]string{}
	for _, kv := range jsonStrings(config) {
		if k, v, ok := strings.Cut(kv, "="); ok {
			cfg[k] = v
		}
	}
	var path []string
	if v, ok := cfg["search_path"]; ok {
		for _, p := range strings.Split(v, ", ") {
			path = append(path, strings.Trim(p, `"`))
		}
	}
	if len(path) > 0 || !m.SearchPath.IsNull() {
		m.SearchPath = stringList(path)
	}
	m.StatementTimeout = readInt(m.StatementTimeout, millis(cfg["statement_timeout"]), 0)
	m.IdleInTxTimeout = readInt(m.IdleInTxTimeout, millis(cfg["idle_in_transaction_session_timeout"]), 0)
	m.AssumeRole = readString(m.AssumeRole, cfg["role"], "")
	m.PasswordWO = types.StringNull()
	return true
}

// millis reads a time setting as PostgreSQL stores it ("5000", or "5s" when set with a unit).
func millis(v string) int64 {
	for _, u := range []struct {
		suffix string
		factor int64
	}{{"ms", 1}, {"min", 60_000}, {"s", 1000}, {"h", 3_600_000}, {"d", 86_400_000}, {"", 1}} {
		if n, err := strconv.ParseInt(strings.TrimSuffix(v, u.suffix), 10, 64); err == nil && strings.HasSuffix(v, u.suffix) {
			return n * u.factor
		}
	}
	return 0
}

func (r *roleResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state, cfg roleModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	oldName, name := state.Name.ValueString(), plan.Name.ValueString()
	var stmts []string
	if oldName != name {
		stmts = append(stmts, fmt.Sprintf("ALTER ROLE %s RENAME TO %s", quoteIdent(oldName), quoteIdent(name)))
	}
	// only what changed: e.g. NOSUPERUSER needs superuser rights even when it changes nothing
	var opts []string
	newFlags, oldFlags := flags(plan), flags(state)
	for _, k := range []string{"superuser", "createdb", "createrole", "inherit", "login", "replication", "bypassrls", "connlimit", "validuntil"} {
		if newFlags[k] != oldFlags[k] {
			opts = append(opts, newFlags[k])
		}
	}
	// renaming clears an MD5 password, so it is set again
	switch {
	case !plan.PasswordWOVersion.Equal(state.PasswordWOVersion) && cfg.PasswordWO.ValueString() != "":
		opts = append(opts, passwordClause(cfg.PasswordWO.ValueString(), plan.EncryptedPassword))
	case !plan.Password.Equal(state.Password) || (oldName != name && plan.Password.ValueString() != ""):
		opts = append(opts, passwordClause(plan.Password.ValueString(), plan.EncryptedPassword))
	}
	if len(opts) > 0 {
		stmts = append(stmts, fmt.Sprintf("ALTER ROLE %s WITH %s", quoteIdent(name), strings.Join(opts, " ")))
	}
	oldRoles, newRoles := setStrings(ctx, state.Roles), setStrings(ctx, plan.Roles)
	for _, g := range oldRoles {
		if !contains(newRoles, g) {
			stmts = append(stmts, fmt.Sprintf("REVOKE %s FROM %s", quoteIdent(g), quoteIdent(name)))
		}
	}
	for _, g := range newRoles {
		if !contains(oldRoles, g) {
			stmts = append(stmts, fmt.Sprintf("GRANT %s TO %s", quoteIdent(g), quoteIdent(name)))
		}
	}
	oldSet := settings(ctx, state)
	for k, v := range settings(ctx, plan) {
		if v != oldSet[k] {
			stmts = append(stmts, settingSQL(name, k, v))
		}
	}
	db, err := r.c.db("")
	if err == nil {
		err = inTx(ctx, db, func(tx *sql.Tx) error { return exec(ctx, tx, stmts...) })
	}
	if err != nil {
		fail(&resp.Diagnostics, roleType, oldName, "update failed", err)
		return
	}
	plan.ID = types.StringValue(name)
	r.read(ctx, &plan, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Delete follows the real provider: REASSIGN OWNED + DROP OWNED in the provider's database only
// (one provider per database, all but the last with skip_drop_role), then DROP ROLE.
func (r *roleResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var m roleModel
	resp.Diagnostics.Append(req.State.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	name := m.Name.ValueString()
	db, err := r.c.db("")
	if err == nil {
		err = inTx(ctx, db, func(tx *sql.Tx) error {
			if !boolOr(m.SkipReassignOwned, false) {
				err := r.c.withRolesGranted(ctx, tx, []string{name}, func() error {
					return exec(ctx, tx,
						fmt.Sprintf("REASSIGN OWNED BY %s TO %s", quoteIdent(name), quoteIdent(r.c.dbUser)),
						fmt.Sprintf("DROP OWNED BY %s", quoteIdent(name)))
				})
				if err != nil {
					return err
				}
			}
			if !boolOr(m.SkipDropRole, false) {
				return exec(ctx, tx, "DROP ROLE "+quoteIdent(name))
			}
			return nil
		})
	}
	if err != nil {
		fail(&resp.Diagnostics, roleType, name, "delete failed", err)
	}
}

// withRolesGranted: a provider user that is not a superuser (superuser = false) must be a member
// of a role to reassign or drop what it owns, so it becomes one for the duration of fn.
func (c *client) withRolesGranted(ctx context.Context, tx *sql.Tx, roles []string, fn func() error) error {
	if c.superuser {
		return fn()
	}
	var granted []string
	for _, role := range roles {
		var member bool
		if err := tx.QueryRowContext(ctx, "SELECT pg_has_role(current_user, $1, 'MEMBER')", role).Scan(&member); err != nil {
			return err
		}
		if !member {
			if err := exec(ctx, tx, fmt.Sprintf("GRANT %s TO CURRENT_USER", quoteIdent(role))); err != nil {
				return err
			}
			granted = append(granted, role)
		}
	}
	if err := fn(); err != nil {
		return err
	}
	for _, role := range granted {
		if err := exec(ctx, tx, fmt.Sprintf("REVOKE %s FROM CURRENT_USER", quoteIdent(role))); err != nil {
			return err
		}
	}
	return nil
}
