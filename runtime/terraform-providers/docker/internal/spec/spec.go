// Package spec holds the schemas of kreuzwerker/docker 3.6.2 as plain data (schema_gen.go, generated)
// and turns them into terraform-plugin-framework schemas.
package spec

import "github.com/hashicorp/terraform-plugin-framework/attr"

// Nesting of a block, as in the provider protocol.
type Nesting int

const (
	NestingList Nesting = iota
	NestingSet
	NestingSingle
)

// Attribute of a block.
type Attribute struct {
	Name                         string
	Type                         attr.Type
	Required, Optional, Computed bool
	Description                  string
}

// NestedBlock is a block type inside a block. MinItems/MaxItems are what SDKv2 reports (the
// framework cannot express them: see the protocol wrapper in package provider).
type NestedBlock struct {
	Name               string
	Nesting            Nesting
	MinItems, MaxItems int64
	Description        string
	Block              Block
}

// Block is a schema body: the resource itself or a nested block's content.
type Block struct {
	Attributes []Attribute
	Blocks     []NestedBlock
}
