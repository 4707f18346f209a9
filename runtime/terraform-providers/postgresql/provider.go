package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

const notImplemented = "not implemented by the test substitute of cyrilgdn/postgresql"

func New() provider.Provider { return &pgProvider{} }

type pgProvider struct{}

type providerModel struct {
	Scheme                types.String `tfsdk:"scheme"`
	Host                  types.String `tfsdk:"host"`
	Port                  types.Int64  `tfsdk:"port"`
	Database              types.String `tfsdk:"database"`
	Username              types.String `tfsdk:"username"`
	DatabaseUsername      types.String `tfsdk:"database_username"`
	Password              types.String `tfsdk:"password"`
	AwsRdsIamAuth         types.Bool   `tfsdk:"aws_rds_iam_auth"`
	AwsRdsIamProfile      types.String `tfsdk:"aws_rds_iam_profile"`
	AwsRdsIamRegion       types.String `tfsdk:"aws_rds_iam_region"`
	AwsRdsIamProviderRole types.String `tfsdk:"aws_rds_iam_provider_role_arn"`
	AzureIdentityAuth     types.Bool   `tfsdk:"azure_identity_auth"`
	AzureTenantID         types.String `tfsdk:"azure_tenant_id"`
	GcpIamImpersonateSA   types.String `tfsdk:"gcp_iam_impersonate_service_account"`
	Sslmode               types.String `tfsdk:"sslmode"`
	SslModeDeprecated     types.String `tfsdk:"ssl_mode"`
	Sslrootcert           types.String `tfsdk:"sslrootcert"`
	ConnectTimeout        types.Int64  `tfsdk:"connect_timeout"`
	MaxConnections        types.Int64  `tfsdk:"max_connections"`
	ExpectedVersion       types.String `tfsdk:"expected_version"`
	Superuser             types.Bool   `tfsdk:"superuser"`
	Clientcert            types.List   `tfsdk:"clientcert"`
}

func (p *pgProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "postgresql"
	resp.Version = "1.26.0"
}

func (p *pgProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	str := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Optional: true, Description: desc}
	}
	boolean := func(desc string) schema.BoolAttribute { return schema.BoolAttribute{Optional: true, Description: desc} }
	num := func(desc string) schema.Int64Attribute {
		return schema.Int64Attribute{Optional: true, Description: desc}
	}
	resp.Schema = schema.Schema{
		Attributes: map[string]schema.Attribute{
			"scheme":            str(""),
			"host":              str("Name of PostgreSQL server address to connect to"),
			"port":              num("The PostgreSQL port number to connect to at the server host, or socket file name extension for Unix-domain connections"),
			"database":          str("The name of the database to connect to in order to conenct to (defaults to `postgres`)."),
			"username":          str("PostgreSQL user name to connect as"),
			"database_username": str("Database username associated to the connected user (for user name maps)"),
			"password": schema.StringAttribute{Optional: true, Sensitive: true,
				Description: "Password to be used if the PostgreSQL server demands password authentication"},
			"aws_rds_iam_auth":                    boolean("Use rds_iam instead of password authentication"),
			"aws_rds_iam_profile":                 str("AWS profile to use for IAM auth"),
			"aws_rds_iam_region":                  str("AWS region to use for IAM auth"),
			"aws_rds_iam_provider_role_arn":       str("AWS IAM role to assume for IAM auth"),
			"azure_identity_auth":                 boolean("Use MS Azure identity OAuth token"),
			"azure_tenant_id":                     str("MS Azure tenant ID"),
			"gcp_iam_impersonate_service_account": str("Service account to impersonate when using GCP IAM authentication."),
			"sslmode":                             str("This option determines whether or with what priority a secure SSL TCP/IP connection will be negotiated with the PostgreSQL server"),
			"ssl_mode": schema.StringAttribute{Optional: true,
				DeprecationMessage: "Rename PostgreSQL provider `ssl_mode` attribute to `sslmode`"},
			"sslrootcert":      str("The SSL server root certificate file path. The file must contain PEM encoded data."),
			"connect_timeout":  num("Maximum wait for connection, in seconds. Zero or not specified means wait indefinitely."),
			"max_connections":  num("Maximum number of connections to establish to the database. Zero means unlimited."),
			"expected_version": str("Specify the expected version of PostgreSQL."),
			"superuser": boolean("Specify if the user to connect as is a Postgres superuser or not." +
				"If not, some feature might be disabled (e.g.: Refreshing state password from Postgres)"),
		},
		Blocks: map[string]schema.Block{
			"clientcert": schema.ListNestedBlock{
				Description: "SSL client certificate if required by the database.",
				Validators:  []validator.List{listvalidator.SizeAtMost(1)},
				NestedObject: schema.NestedBlockObject{Attributes: map[string]schema.Attribute{
					"cert":      schema.StringAttribute{Required: true, Description: "The SSL client certificate file path. The file must contain PEM encoded data."},
					"key":       schema.StringAttribute{Required: true, Description: "The SSL client certificate private key file path. The file must contain PEM encoded data."},
					"sslinline": schema.BoolAttribute{Optional: true, Description: "Must be set to true if you are inlining the cert/key instead of using a file path."},
				}},
			},
		},
	}
}

func (p *pgProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var m providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Never silently ignore what we cannot honour: a test would pass for the wrong reason.
	for name, s := range map[string]types.String{
		"aws_rds_iam_profile": m.AwsRdsIamProfile, "aws_rds_iam_region": m.AwsRdsIamRegion,
		"aws_rds_iam_provider_role_arn": m.AwsRdsIamProviderRole, "azure_tenant_id": m.AzureTenantID,
		"gcp_iam_impersonate_service_account": m.GcpIamImpersonateSA,
	} {
		if s.ValueString() != "" {
			resp.Diagnostics.AddError("postgresql provider: `"+name+"` is "+notImplemented, "Remove `"+name+"` from the provider configuration.")
		}
	}
	for name, b := range map[string]types.Bool{"aws_rds_iam_auth": m.AwsRdsIamAuth, "azure_identity_auth": m.AzureIdentityAuth} {
		if b.ValueBool() {
			resp.Diagnostics.AddError("postgresql provider: `"+name+"` is "+notImplemented, "Remove `"+name+"` from the provider configuration.")
		}
	}
	if len(m.Clientcert.Elements()) > 0 {
		resp.Diagnostics.AddError("postgresql provider: the `clientcert` block is "+notImplemented, "Remove the `clientcert` block from the provider configuration.")
	}
	switch s := m.Scheme.ValueString(); s {
	case "", "postgres":
	case "awspostgres", "gcppostgres":
		resp.Diagnostics.AddError(fmt.Sprintf("postgresql provider: scheme %q is %s", s, notImplemented), "Only scheme = \"postgres\" is supported.")
	default:
		resp.Diagnostics.AddError(fmt.Sprintf("postgresql provider: invalid scheme %q", s), "Expected one of postgres, awspostgres, gcppostgres.")
	}
	if v := m.ExpectedVersion.ValueString(); v != "" && !regexp.MustCompile(`^\d+(\.\d+){0,2}$`).MatchString(v) {
		resp.Diagnostics.AddError(fmt.Sprintf("postgresql provider: invalid expected_version %q", v), "Expected a version such as 9.0.0.")
	}

	c := &client{
		host:           orEnv(m.Host, "PGHOST", "localhost"),
		user:           orEnv(m.Username, "PGUSER", "postgres"),
		password:       orEnv(m.Password, "PGPASSWORD", ""),
		database:       orEnv(m.Database, "PGDATABASE", "postgres"),
		sslmode:        orEnv(m.Sslmode, "PGSSLMODE", m.SslModeDeprecated.ValueString()),
		sslrootcert:    m.Sslrootcert.ValueString(),
		dbUser:         m.DatabaseUsername.ValueString(),
		superuser:      m.Superuser.IsNull() || m.Superuser.ValueBool(),
		maxConns:       20,
		connectTimeout: 180,
		dbs:            map[string]*sql.DB{},
	}
	var err error
	if c.port, err = orEnvInt(m.Port, "PGPORT", 5432); err != nil {
		resp.Diagnostics.AddError("postgresql provider: invalid port", err.Error())
	}
	if c.connectTimeout, err = orEnvInt(m.ConnectTimeout, "PGCONNECT_TIMEOUT", 180); err != nil {
		resp.Diagnostics.AddError("postgresql provider: invalid connect_timeout", err.Error())
	}
	if !m.MaxConnections.IsNull() {
		c.maxConns = m.MaxConnections.ValueInt64()
	}
	if c.sslmode == "" {
		c.sslmode = "require" // lib/pq's default, which the real provider inherits
	}
	if c.dbUser == "" {
		c.dbUser = c.user
	}
	resp.ResourceData = c
}

func (p *pgProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{newRole, newGrant, newReplicationSlot}
}

func (p *pgProvider) DataSources(context.Context) []func() datasource.DataSource { return nil }

func orEnv(v types.String, env, def string) string {
	if !v.IsNull() && !v.IsUnknown() {
		return v.ValueString()
	}
	if e := os.Getenv(env); e != "" {
		return e
	}
	return def
}

func orEnvInt(v types.Int64, env string, def int64) (int64, error) {
	if !v.IsNull() && !v.IsUnknown() {
		return v.ValueInt64(), nil
	}
	if e := os.Getenv(env); e != "" {
		return strconv.ParseInt(e, 10, 64)
	}
	return def, nil
}

// client opens one small pool per database, lazily: the provider is configured before plan,
// when the server may not exist yet.
type client struct {
	host, user, dbUser, password, database, sslmode, sslrootcert string
	port, connectTimeout, maxConns                               int64
	superuser                                                    bool

	mu  sync.Mutex
	dbs map[string]*sql.DB
}

func (c *client) db(name string) (*sql.DB, error) {
	if name == "" {
		name = c.database
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if db, ok := c.dbs[name]; ok {
		return db, nil
	}
	kv := map[string]string{"host": c.host, "port": strconv.FormatInt(c.port, 10), "user": c.user,
		"password": c.password, "dbname": name, "sslmode": c.sslmode, "sslrootcert": c.sslrootcert}
	if c.connectTimeout > 0 {
		kv["connect_timeout"] = strconv.FormatInt(c.connectTimeout, 10)
	}
	var parts []string
	for k, v := range kv {
		if v != "" {
			parts = append(parts, k+"='"+strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v)+"'")
		}
	}
	cfg, err := pgx.ParseConfig(strings.Join(parts, " "))
	if err != nil {
		return nil, fmt.Errorf("connection settings for database %q: %w", name, err)
	}
	db := stdlib.OpenDB(*cfg)
	if c.maxConns > 0 {
		db.SetMaxOpenConns(int(c.maxConns))
	}
	db.SetConnMaxIdleTime(time.Minute)
	c.dbs[name] = db
	return db, nil
}

// configured is shared by the resources' Configure methods.
func configured(data any, diags interface{ AddError(string, string) }) *client {
	if data == nil {
		return nil
	}
	c, ok := data.(*client)
	if !ok {
		diags.AddError("unexpected provider data", fmt.Sprintf("%T", data))
	}
	return c
}
