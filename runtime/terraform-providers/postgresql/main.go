// Test-only substitute of the cyrilgdn/postgresql 1.26.0 Terraform provider (postgresql_role,
// postgresql_grant, postgresql_replication_slot). See ../README.md for what differs from the real one.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5/tf5server"
)

const address = "registry.terraform.io/cyrilgdn/postgresql"

func main() {
	debug := flag.Bool("debug", false, "run with support for debuggers like delve")
	flag.Parse()

	newServer := providerserver.NewProtocol5WithError(New())
	var opts []tf5server.ServeOpt
	if *debug {
		opts = append(opts, tf5server.WithManagedDebug())
	}
	err := tf5server.Serve(address, func() tfprotov5.ProviderServer {
		s, err := newServer()
		if err != nil {
			log.Fatal(err)
		}
		return maxOneBlocks{s}
	}, opts...)
	if err != nil {
		log.Fatal(err)
	}
}

// maxOneBlocks restores the `max_items = 1` the real (SDKv2) provider declares on its
// `clientcert` block: the framework only enforces it with a validator and never advertises it.
type maxOneBlocks struct{ tfprotov5.ProviderServer }

func (m maxOneBlocks) GetProviderSchema(ctx context.Context, req *tfprotov5.GetProviderSchemaRequest) (*tfprotov5.GetProviderSchemaResponse, error) {
	resp, err := m.ProviderServer.GetProviderSchema(ctx, req)
	if err == nil && resp != nil && resp.Provider != nil && resp.Provider.Block != nil {
		for _, b := range resp.Provider.Block.BlockTypes {
			if b.TypeName == "clientcert" {
				b.MaxItems = 1
			}
		}
	}
	return resp, err
}
