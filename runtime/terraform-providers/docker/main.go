// Command terraform-provider-docker is a test-only substitute of kreuzwerker/docker 3.6.2: same
// schemas, real work on a Docker Engine through its API, for machines where the real provider
// cannot be obtained. See ../README.md for what it implements and how it differs.
package main

import (
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5/tf5server"

	"github.com/smart-cdc/terraform-provider-docker/internal/provider"
)

func main() {
	debug := flag.Bool("debug", false, "run with support for debuggers (prints TF_REATTACH_PROVIDERS)")
	flag.Parse()
	var opts []tf5server.ServeOpt
	if *debug {
		opts = append(opts, tf5server.WithManagedDebug())
	}
	// protocol 5, as the real (SDKv2) provider speaks
	server := provider.Server()
	if err := tf5server.Serve("registry.terraform.io/kreuzwerker/docker", func() tfprotov5.ProviderServer { return server }, opts...); err != nil {
		log.Fatal(err)
	}
}
