package provider

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/smart-cdc/terraform-provider-docker/internal/engine"
	"github.com/smart-cdc/terraform-provider-docker/internal/spec"
)

type image struct{ base }

func newImage() resource.Resource {
	return &image{base{
		typeName: "docker_image", spec: spec.Image,
		inPlace: set("keep_locally", "force_remove"),
		// building and platform-specific pulls are not implemented; timeouts would be ignored
		refused: []string{"build", "platform", "timeouts"},
	}}
}

type imageInspect struct {
	ID          string `json:"Id"`
	RepoDigests []string
}

func (r *image) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	if !r.ready(req.Config, &resp.Diagnostics) {
		return
	}
	p := asObj(req.Plan.Raw)
	name := p.str("name")
	img, err := r.inspect(ctx, name)
	if engine.IsNotFound(err) {
		// not here: pull it, as the real provider does (fails where no registry is reachable)
		if err = r.pull(ctx, name); err == nil {
			img, err = r.inspect(ctx, name)
		}
	}
	if err != nil {
		resp.Diagnostics.AddError("Unable to obtain image", fmt.Sprintf("image %q is not on the Docker host and could not be pulled: %s", name, err))
		return
	}
	r.fill(p, name, img)
	save(&resp.State, p)
}

func (r *image) fill(o obj, name string, img imageInspect) {
	// the real provider's id: the image id followed by the name
	o.set("id", img.ID+name)
	o.set("image_id", img.ID)
	digest := ""
	if len(img.RepoDigests) > 0 {
		digest = img.RepoDigests[0]
	}
	o.set("repo_digest", digest)
}

func (r *image) inspect(ctx context.Context, name string) (imageInspect, error) {
	var img imageInspect
	err := r.c.Do(ctx, "GET", "/images/"+name+"/json", nil, nil, &img)
	return img, err
}

// pull asks the engine to pull name; the engine answers 200 with a progress stream whose
// messages carry any error.
func (r *image) pull(ctx context.Context, name string) error {
	ref, tag := name, "latest"
	if i := strings.LastIndex(name, ":"); i > strings.LastIndex(name, "/") {
		ref, tag = name[:i], name[i+1:]
	}
	if i := strings.Index(name, "@"); i >= 0 {
		ref, tag = name[:i], name[i+1:]
	}
	raw, err := r.c.Raw(ctx, "POST", "/images/create", url.Values{"fromImage": {ref}, "tag": {tag}}, nil)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		var m struct{ Error string }
		if json.Unmarshal(sc.Bytes(), &m) == nil && m.Error != "" {
			return fmt.Errorf("pull: %s", m.Error)
		}
	}
	return nil
}

func (r *image) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	s := asObj(req.State.Raw)
	img, err := r.inspect(ctx, s.str("name"))
	if engine.IsNotFound(err) {
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Unable to inspect image", err.Error())
		return
	}
	r.fill(s, s.str("name"), img)
	save(&resp.State, s)
}

func (r *image) Update(_ context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	save(&resp.State, asObj(req.Plan.Raw))
}

func (r *image) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	s := asObj(req.State.Raw)
	if s.boolean("keep_locally", false) {
		return
	}
	q := url.Values{"force": {fmt.Sprint(s.boolean("force_remove", false))}}
	err := r.c.Do(ctx, "DELETE", "/images/"+s.str("name"), q, nil, nil)
	if err != nil && !engine.IsNotFound(err) {
		resp.Diagnostics.AddError("Unable to remove image", fmt.Sprintf("image %q: %s", s.str("name"), err))
	}
}
