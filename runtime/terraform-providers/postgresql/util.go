package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func quoteLiteral(s string) string {
	lit := "'" + strings.ReplaceAll(s, "'", "''") + "'"
	if strings.Contains(s, `\`) {
		return "E" + strings.ReplaceAll(lit, `\`, `\\`)
	}
	return lit
}

func quoteIdents(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = quoteIdent(n)
	}
	return strings.Join(q, ", ")
}

// fail turns a PostgreSQL error into a diagnostic naming the resource type and the object.
func fail(diags *diag.Diagnostics, typ, object, action string, err error) {
	diags.AddError(fmt.Sprintf("%s %q: %s", typ, object, action), err.Error())
}

// inTx runs fn in one transaction: a statement that fails leaves nothing half done.
func inTx(ctx context.Context, db *sql.DB, fn func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func exec(ctx context.Context, tx *sql.Tx, stmts ...string) error {
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	return nil
}

// jsonStrings decodes a `to_json(text[])::text` column.
func jsonStrings(s string) []string {
	var out []string
	_ = json.Unmarshal([]byte(s), &out)
	return out
}

func setStrings(ctx context.Context, s types.Set) []string {
	var out []string
	s.ElementsAs(ctx, &out, false)
	sort.Strings(out)
	return out
}

func listStrings(ctx context.Context, l types.List) []string {
	var out []string
	l.ElementsAs(ctx, &out, false)
	return out
}

func stringSet(items []string) types.Set {
	vals := make([]attr.Value, len(items))
	for i, s := range items {
		vals[i] = types.StringValue(s)
	}
	return types.SetValueMust(types.StringType, vals)
}

func stringList(items []string) types.List {
	vals := make([]attr.Value, len(items))
	for i, s := range items {
		vals[i] = types.StringValue(s)
	}
	return types.ListValueMust(types.StringType, vals)
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(a)
	sort.Strings(b)
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Optional attributes with an SDKv2 `Default` stay null in state while the catalog holds that
// default: the framework only lets Computed attributes take defaults, and the real provider's
// schema has them Optional, not Computed. A value that differs from the default is drift.
func readBool(prior types.Bool, actual, def bool) types.Bool {
	if prior.IsNull() && actual == def {
		return types.BoolNull()
	}
	return types.BoolValue(actual)
}

func readInt(prior types.Int64, actual, def int64) types.Int64 {
	if prior.IsNull() && actual == def {
		return types.Int64Null()
	}
	return types.Int64Value(actual)
}

func readString(prior types.String, actual, def string) types.String {
	if prior.IsNull() && actual == def {
		return types.StringNull()
	}
	return types.StringValue(actual)
}

func boolOr(b types.Bool, def bool) bool {
	if b.IsNull() || b.IsUnknown() {
		return def
	}
	return b.ValueBool()
}

func intOr(i types.Int64, def int64) int64 {
	if i.IsNull() || i.IsUnknown() {
		return def
	}
	return i.ValueInt64()
}
