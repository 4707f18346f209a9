package provider

import (
	"math/big"
	"sort"

	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// obj reads and rewrites the attributes of an object value (a resource's plan or state, or one
// element of a block) without a Go model for each of the real provider's many attributes.
type obj struct {
	typ tftypes.Type
	m   map[string]tftypes.Value
}

func asObj(v tftypes.Value) obj {
	o := obj{typ: v.Type(), m: map[string]tftypes.Value{}}
	if v.IsKnown() && !v.IsNull() {
		_ = v.As(&o.m)
	}
	return o
}

func (o obj) value() tftypes.Value { return tftypes.NewValue(o.typ, o.m) }

func (o obj) known(name string) bool { v, ok := o.m[name]; return ok && v.IsKnown() }

func (o obj) isNull(name string) bool { v, ok := o.m[name]; return !ok || v.IsNull() }

func (o obj) str(name string) string { return str(o.m[name]) }

func (o obj) boolean(name string, def bool) bool { return boolOr(o.m[name], def) }

func (o obj) integer(name string, def int64) int64 {
	v := o.m[name]
	var f big.Float
	if v.IsNull() || !v.IsKnown() || v.As(&f) != nil {
		return def
	}
	i, _ := f.Int64()
	return i
}

// strings of a list or set of strings (nil when null).
func (o obj) strings(name string) []string {
	var out []string
	for _, e := range elems(o.m[name]) {
		out = append(out, str(e))
	}
	return out
}

func (o obj) stringMap(name string) map[string]string {
	v := o.m[name]
	var m map[string]tftypes.Value
	if v.IsNull() || !v.IsKnown() || v.As(&m) != nil {
		return nil
	}
	out := map[string]string{}
	for k, e := range m {
		out[k] = str(e)
	}
	return out
}

// objs: the elements of a nested block (list or set).
func (o obj) objs(name string) []obj {
	var out []obj
	for _, e := range elems(o.m[name]) {
		out = append(out, asObj(e))
	}
	return out
}

// labels: a set of {label, value} blocks as a map.
func (o obj) labels(name string) map[string]string {
	out := map[string]string{}
	for _, l := range o.objs(name) {
		out[l.str("label")] = l.str("value")
	}
	return out
}

// set replaces an attribute with a Go value converted to the attribute's own type.
func (o obj) set(name string, v any) {
	o.m[name] = toValue(o.m[name].Type(), v)
}

// fill sets an attribute only when the plan left it unknown (optional+computed, not configured):
// a value the plan knows must be kept as is.
func (o obj) fill(name string, v any) {
	if !o.known(name) {
		o.set(name, v)
	}
}

func elems(v tftypes.Value) []tftypes.Value {
	var out []tftypes.Value
	if v.IsNull() || !v.IsKnown() || v.As(&out) != nil {
		return nil
	}
	return out
}

// toValue converts string, int64, bool, []string, map[string]string, []map[string]any (objects),
// or nil into a value of type t.
func toValue(t tftypes.Type, v any) tftypes.Value {
	switch x := v.(type) {
	case nil:
		return tftypes.NewValue(t, nil)
	case tftypes.Value:
		return x
	case string:
		return tftypes.NewValue(t, x)
	case int64:
		return tftypes.NewValue(t, new(big.Float).SetInt64(x))
	case int:
		return tftypes.NewValue(t, new(big.Float).SetInt64(int64(x)))
	case bool:
		return tftypes.NewValue(t, x)
	case []string:
		if x == nil {
			return tftypes.NewValue(t, nil)
		}
		et := elemType(t)
		vals := make([]tftypes.Value, len(x))
		for i, s := range x {
			vals[i] = tftypes.NewValue(et, s)
		}
		return tftypes.NewValue(t, vals)
	case map[string]string:
		if x == nil {
			return tftypes.NewValue(t, nil)
		}
		vals := map[string]tftypes.Value{}
		for k, s := range x {
			vals[k] = tftypes.NewValue(tftypes.String, s)
		}
		return tftypes.NewValue(t, vals)
	case []map[string]any:
		et := elemType(t).(tftypes.Object)
		vals := make([]tftypes.Value, 0, len(x))
		for _, m := range x {
			fields := map[string]tftypes.Value{}
			for k, at := range et.AttributeTypes {
				fields[k] = toValue(at, m[k])
			}
			vals = append(vals, tftypes.NewValue(et, fields))
		}
		return tftypes.NewValue(t, vals)
	}
	panic("toValue: unsupported value")
}

func elemType(t tftypes.Type) tftypes.Type {
	switch c := t.(type) {
	case tftypes.List:
		return c.ElementType
	case tftypes.Set:
		return c.ElementType
	case tftypes.Map:
		return c.ElementType
	}
	return tftypes.String
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
