package provider

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/smart-cdc/terraform-provider-docker/internal/engine"
	"github.com/smart-cdc/terraform-provider-docker/internal/spec"
)

type container struct{ base }

func newContainer() resource.Resource {
	return &container{base{
		typeName: "docker_container", spec: spec.Container,
		// what the real provider updates in place (resources and restart policy through the
		// engine's update call; the rest only change the provider's own behaviour)
		inPlace: set("restart", "max_retry_count", "cpu_shares", "memory", "memory_swap", "cpu_set",
			"must_run", "wait", "wait_timeout", "destroy_grace_seconds", "remove_volumes", "container_read_refresh_timeout_milliseconds"),
		refused: []string{"attach", "logs", "rm", "gpus", "devices", "mounts", "runtime", "cgroupns_mode", "cgroup_parent",
			"userns_mode", "storage_opts", "pid_mode", "cpus", "cpu_period", "cpu_quota",
			"networks_advanced.ipv4_address", "networks_advanced.ipv6_address", "healthcheck.start_interval"},
	}}
}

// containerInspect: the parts of GET /containers/{id}/json the provider reads.
type containerInspect struct {
	ID    string `json:"Id"`
	Name  string
	Image string
	State struct {
		Status   string
		Running  bool
		ExitCode int64
		Health   *struct {
			Status string
			Log    []struct {
				ExitCode int64
				Output   string
			}
		}
	}
	Config struct {
		Hostname, User, WorkingDir, StopSignal string
		Cmd, Entrypoint                        []string
		StopTimeout                            *int64
	}
	HostConfig struct {
		NetworkMode, IpcMode, Runtime string
		SecurityOpt                   []string
		ShmSize                       int64
		Init                          *bool
		LogConfig                     struct{ Type string }
	}
	NetworkSettings struct {
		Bridge   string
		Ports    map[string][]struct{ HostIp, HostPort string }
		Networks map[string]struct {
			Gateway, IPAddress, GlobalIPv6Address, IPv6Gateway, MacAddress string
			IPPrefixLen, GlobalIPv6PrefixLen                               int64
		}
	}
}

const mb = 1024 * 1024

// createBody maps the configuration onto the engine's container-create request.
func createBody(p obj) (map[string]any, error) {
	cfg := map[string]any{
		"Image": p.str("image"), "Hostname": p.str("hostname"), "Domainname": p.str("domainname"),
		"User": p.str("user"), "WorkingDir": p.str("working_dir"), "Env": p.strings("env"),
		"Cmd": p.strings("command"), "Entrypoint": p.strings("entrypoint"), "Labels": p.labels("labels"),
		"StopSignal": p.str("stop_signal"), "Tty": p.boolean("tty", false), "OpenStdin": p.boolean("stdin_open", false),
	}
	if !p.isNull("stop_timeout") {
		cfg["StopTimeout"] = p.integer("stop_timeout", 0)
	}
	host := map[string]any{
		"RestartPolicy":   map[string]any{"Name": orDefault(p.str("restart"), "no"), "MaximumRetryCount": p.integer("max_retry_count", 0)},
		"Memory":          p.integer("memory", 0) * mb,
		"CpuShares":       p.integer("cpu_shares", 0),
		"CpusetCpus":      p.str("cpu_set"),
		"Privileged":      p.boolean("privileged", false),
		"ReadonlyRootfs":  p.boolean("read_only", false),
		"PublishAllPorts": p.boolean("publish_all_ports", false),
		"Tmpfs":           p.stringMap("tmpfs"),
		"Sysctls":         p.stringMap("sysctls"),
		"Dns":             p.strings("dns"),
		"DnsOptions":      p.strings("dns_opts"),
		"DnsSearch":       p.strings("dns_search"),
		"GroupAdd":        p.strings("group_add"),
		"SecurityOpt":     p.strings("security_opts"),
		"IpcMode":         p.str("ipc_mode"),
		"NetworkMode":     p.str("network_mode"),
		"ShmSize":         p.integer("shm_size", 0) * mb,
	}
	if !p.isNull("memory_swap") {
		host["MemorySwap"] = p.integer("memory_swap", 0) * mb
	}
	if !p.isNull("init") {
		host["Init"] = p.boolean("init", false)
	}
	if d := p.str("log_driver"); d != "" {
		host["LogConfig"] = map[string]any{"Type": d, "Config": p.stringMap("log_opts")}
	}
	for _, c := range p.objs("capabilities") {
		host["CapAdd"], host["CapDrop"] = c.strings("add"), c.strings("drop")
	}
	var hosts []string
	for _, h := range p.objs("host") {
		hosts = append(hosts, h.str("host")+":"+h.str("ip"))
	}
	host["ExtraHosts"] = hosts
	var ulimits []map[string]any
	for _, u := range p.objs("ulimit") {
		ulimits = append(ulimits, map[string]any{"Name": u.str("name"), "Soft": u.integer("soft", 0), "Hard": u.integer("hard", 0)})
	}
	host["Ulimits"] = ulimits

	exposed, bindings := map[string]any{}, map[string][]map[string]string{}
	for _, pt := range p.objs("ports") {
		key := fmt.Sprintf("%d/%s", pt.integer("internal", 0), orDefault(pt.str("protocol"), "tcp"))
		exposed[key] = map[string]any{}
		b := map[string]string{"HostIp": orDefault(pt.str("ip"), "0.0.0.0")}
		if !pt.isNull("external") && pt.known("external") {
			b["HostPort"] = strconv.FormatInt(pt.integer("external", 0), 10)
		}
		bindings[key] = append(bindings[key], b)
	}
	cfg["ExposedPorts"], host["PortBindings"] = exposed, bindings

	var binds, from []string
	anonymous := map[string]any{}
	for _, v := range p.objs("volumes") {
		target, src := v.str("container_path"), orDefault(v.str("volume_name"), v.str("host_path"))
		switch {
		case v.str("from_container") != "":
			from = append(from, v.str("from_container"))
			continue
		case src == "":
			anonymous[target] = map[string]any{}
			continue
		}
		b := src + ":" + target
		if v.boolean("read_only", false) {
			b += ":ro"
		}
		binds = append(binds, b)
	}
	cfg["Volumes"], host["Binds"], host["VolumesFrom"] = anonymous, binds, from

	if hc := p.objs("healthcheck"); len(hc) == 1 {
		h := map[string]any{"Test": hc[0].strings("test"), "Retries": hc[0].integer("retries", 0)}
		for attr, key := range map[string]string{"interval": "Interval", "timeout": "Timeout", "start_period": "StartPeriod"} {
			d, err := time.ParseDuration(orDefault(hc[0].str(attr), "0s"))
			if err != nil {
				return nil, fmt.Errorf("healthcheck.%s: %w", attr, err)
			}
			h[key] = d.Nanoseconds()
		}
		cfg["Healthcheck"] = h
	}

	// the first advanced network is the container's network mode (so it is not also on the default
	// bridge); the others are connected before it starts
	if nets := p.objs("networks_advanced"); len(nets) > 0 && p.str("network_mode") == "" {
		host["NetworkMode"] = nets[0].str("name")
		cfg["NetworkingConfig"] = map[string]any{"EndpointsConfig": map[string]any{nets[0].str("name"): map[string]any{"Aliases": nets[0].strings("aliases")}}}
	}
	cfg["HostConfig"] = host
	return cfg, nil
}

func (r *container) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	if !r.ready(req.Config, &resp.Diagnostics) {
		return
	}
	p := asObj(req.Plan.Raw)
	body, err := createBody(p)
	if err != nil {
		resp.Diagnostics.AddError("Invalid container configuration", err.Error())
		return
	}
	var created struct {
		ID string `json:"Id"`
	}
	name := p.str("name")
	if err := r.c.Do(ctx, "POST", "/containers/create", url.Values{"name": {name}}, body, &created); err != nil {
		resp.Diagnostics.AddError("Unable to create container", fmt.Sprintf("container %q: %s", name, err))
		return
	}
	p.set("id", created.ID)
	// from here on the container exists: a failure leaves it in state (tainted), as SDKv2 does
	defer func() { r.refresh(ctx, p, &resp.Diagnostics); save(&resp.State, p) }()

	if nets := p.objs("networks_advanced"); len(nets) > 1 && p.str("network_mode") == "" {
		for _, n := range nets[1:] {
			ep := map[string]any{"Container": created.ID, "EndpointConfig": map[string]any{"Aliases": n.strings("aliases")}}
			if err := r.c.Do(ctx, "POST", "/networks/"+url.PathEscape(n.str("name"))+"/connect", nil, ep, nil); err != nil {
				resp.Diagnostics.AddError("Unable to connect container to network", fmt.Sprintf("network %q: %s", n.str("name"), err))
				return
			}
		}
	}
	if err := r.upload(ctx, created.ID, p.objs("upload")); err != nil {
		resp.Diagnostics.AddError("Unable to upload files into container", fmt.Sprintf("container %q: %s", name, err))
		return
	}
	if !p.boolean("start", true) {
		return
	}
	if err := r.c.Do(ctx, "POST", "/containers/"+created.ID+"/start", nil, nil, nil); err != nil {
		resp.Diagnostics.AddError("Unable to start container", fmt.Sprintf("container %q: %s", name, err))
		return
	}
	if p.boolean("wait", false) {
		r.waitHealthy(ctx, created.ID, name, p.integer("wait_timeout", 60), &resp.Diagnostics)
	}
}

// upload writes the upload blocks' files into the (created, not yet started) container.
func (r *container) upload(ctx context.Context, id string, uploads []obj) error {
	if len(uploads) == 0 {
		return nil
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, u := range uploads {
		var data []byte
		var err error
		switch {
		case !u.isNull("content"):
			data = []byte(u.str("content"))
		case !u.isNull("content_base64"):
			data, err = base64.StdEncoding.DecodeString(u.str("content_base64"))
		case !u.isNull("source"):
			data, err = os.ReadFile(u.str("source"))
		default:
			err = fmt.Errorf("upload %q: one of content, content_base64 or source is required", u.str("file"))
		}
		if err != nil {
			return err
		}
		mode := int64(0o644)
		if u.boolean("executable", false) {
			mode = 0o744
		}
		if perm := u.str("permissions"); perm != "" {
			if mode, err = strconv.ParseInt(perm, 8, 64); err != nil {
				return fmt.Errorf("upload %q: permissions %q: %w", u.str("file"), perm, err)
			}
		}
		// the engine creates missing parent directories when it unpacks
		hdr := &tar.Header{Name: strings.TrimPrefix(u.str("file"), "/"), Mode: mode, Size: int64(len(data)), ModTime: time.Now(), Typeflag: tar.TypeReg}
		if err := tw.WriteHeader(hdr); err != nil {
			return err
		}
		if _, err := tw.Write(data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return r.c.Do(ctx, "PUT", "/containers/"+id+"/archive", url.Values{"path": {"/"}}, &buf, nil)
}

// waitHealthy waits until the container reports healthy (or, without a health check, runs);
// it fails with the last health-check output when it turns unhealthy or the time is up.
func (r *container) waitHealthy(ctx context.Context, id, name string, timeoutSec int64, diags *diag.Diagnostics) {
	deadline := time.Now().Add(time.Duration(timeoutSec) * time.Second)
	for {
		var c containerInspect
		if err := r.c.Do(ctx, "GET", "/containers/"+id+"/json", nil, nil, &c); err != nil {
			diags.AddError("Unable to inspect container", err.Error())
			return
		}
		status := "running"
		if c.State.Health != nil {
			status = c.State.Health.Status
		}
		switch {
		case !c.State.Running:
			diags.AddError("Container exited", fmt.Sprintf("container %q is %s (exit code %d) instead of healthy; its last log lines:\n%s", name, c.State.Status, c.State.ExitCode, r.logs(ctx, id)))
			return
		case status == "healthy" || status == "running":
			return
		case status == "unhealthy":
			diags.AddError("Container is unhealthy", fmt.Sprintf("container %q became unhealthy; last health check output:\n%s", name, healthLog(c)))
			return
		case time.Now().After(deadline):
			diags.AddError("Timeout waiting for container to be healthy", fmt.Sprintf("container %q is still %q after %ds (wait_timeout); last health check output:\n%s", name, status, timeoutSec, healthLog(c)))
			return
		}
		select {
		case <-ctx.Done():
			diags.AddError("Cancelled", ctx.Err().Error())
			return
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func healthLog(c containerInspect) string {
	if c.State.Health == nil || len(c.State.Health.Log) == 0 {
		return "(no health check has run yet)"
	}
	var b strings.Builder
	for _, l := range c.State.Health.Log {
		fmt.Fprintf(&b, "[exit %d] %s\n", l.ExitCode, strings.TrimSpace(l.Output))
	}
	return b.String()
}

// logs returns the last lines of the container's output (the engine multiplexes stdout and
// stderr in frames with an 8-byte header when there is no TTY).
func (r *container) logs(ctx context.Context, id string) string {
	raw, err := r.c.Raw(ctx, "GET", "/containers/"+id+"/logs", url.Values{"stdout": {"1"}, "stderr": {"1"}, "tail": {"20"}}, nil)
	if err != nil {
		return "(logs unavailable: " + err.Error() + ")"
	}
	var out bytes.Buffer
	rd := bytes.NewReader(raw)
	for {
		var hdr [8]byte
		if _, err := io.ReadFull(rd, hdr[:]); err != nil {
			break
		}
		if hdr[0] > 2 { // not multiplexed (TTY): plain text
			return string(raw)
		}
		if _, err := io.CopyN(&out, rd, int64(binary.BigEndian.Uint32(hdr[4:]))); err != nil {
			break
		}
	}
	return out.String()
}

// refresh fills what the plan left unknown (optional+computed attributes, the ports' external
// side) and the computed attributes from the engine.
func (r *container) refresh(ctx context.Context, o obj, diags *diag.Diagnostics) *containerInspect {
	var c containerInspect
	if err := r.c.Do(ctx, "GET", "/containers/"+url.PathEscape(o.str("id"))+"/json", nil, nil, &c); err != nil {
		if !engine.IsNotFound(err) {
			diags.AddError("Unable to inspect container", err.Error())
		}
		return nil
	}
	o.fill("hostname", c.Config.Hostname)
	o.fill("user", c.Config.User)
	o.fill("working_dir", c.Config.WorkingDir)
	o.fill("command", c.Config.Cmd)
	o.fill("entrypoint", c.Config.Entrypoint)
	o.fill("stop_signal", c.Config.StopSignal)
	stop := int64(0)
	if c.Config.StopTimeout != nil {
		stop = *c.Config.StopTimeout
	}
	o.fill("stop_timeout", stop)
	o.fill("ipc_mode", c.HostConfig.IpcMode)
	o.fill("runtime", c.HostConfig.Runtime)
	o.fill("network_mode", c.HostConfig.NetworkMode)
	o.fill("log_driver", c.HostConfig.LogConfig.Type)
	o.fill("shm_size", c.HostConfig.ShmSize/mb)
	o.fill("init", c.HostConfig.Init != nil && *c.HostConfig.Init)
	o.fill("security_opts", append([]string{}, c.HostConfig.SecurityOpt...))

	// ports: the engine's host port where none was configured
	if ports := o.objs("ports"); len(ports) > 0 {
		changed := false
		for _, pt := range ports {
			if pt.known("external") {
				continue
			}
			key := fmt.Sprintf("%d/%s", pt.integer("internal", 0), orDefault(pt.str("protocol"), "tcp"))
			var ext any
			if b := c.NetworkSettings.Ports[key]; len(b) > 0 {
				n, _ := strconv.ParseInt(b[0].HostPort, 10, 64)
				ext = n
			}
			pt.set("external", ext)
			changed = true
		}
		if changed {
			vals := make([]tftypes.Value, len(ports))
			for i, pt := range ports {
				vals[i] = pt.value()
			}
			o.m["ports"] = tftypes.NewValue(o.m["ports"].Type(), vals)
		}
	}

	var nd []map[string]any
	for _, n := range sortedKeys(c.NetworkSettings.Networks) {
		v := c.NetworkSettings.Networks[n]
		nd = append(nd, map[string]any{"network_name": n, "ip_address": v.IPAddress, "ip_prefix_length": v.IPPrefixLen, "gateway": v.Gateway,
			"global_ipv6_address": v.GlobalIPv6Address, "global_ipv6_prefix_length": v.GlobalIPv6PrefixLen, "ipv6_gateway": v.IPv6Gateway, "mac_address": v.MacAddress})
	}
	o.set("network_data", nd)
	o.set("bridge", c.NetworkSettings.Bridge)
	if c.State.Running {
		o.set("exit_code", nil)
	} else {
		o.set("exit_code", c.State.ExitCode)
	}
	// only kept with `logs`, which the substitute does not implement
	o.set("container_logs", nil)
	return &c
}

func (r *container) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	s := asObj(req.State.Raw)
	c := r.refresh(ctx, s, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	if c == nil {
		// removed outside Terraform: plan it anew
		resp.State.RemoveResource(ctx)
		return
	}
	// stopped outside Terraform although it must run: record must_run = false so that the plan
	// shows the difference and the update starts it again
	if !c.State.Running && s.boolean("must_run", true) && s.boolean("start", true) {
		s.set("must_run", false)
	}
	save(&resp.State, s)
}

func (r *container) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	if !r.ready(req.Config, &resp.Diagnostics) {
		return
	}
	p, s := asObj(req.Plan.Raw), asObj(req.State.Raw)
	id := s.str("id")
	defer func() { r.refresh(ctx, p, &resp.Diagnostics); save(&resp.State, p) }()

	for _, a := range []string{"restart", "max_retry_count", "cpu_shares", "memory", "memory_swap", "cpu_set"} {
		if !p.m[a].Equal(s.m[a]) {
			body := map[string]any{
				"RestartPolicy": map[string]any{"Name": orDefault(p.str("restart"), "no"), "MaximumRetryCount": p.integer("max_retry_count", 0)},
				"CpuShares":     p.integer("cpu_shares", 0), "Memory": p.integer("memory", 0) * mb, "CpusetCpus": p.str("cpu_set"),
			}
			if !p.isNull("memory_swap") {
				body["MemorySwap"] = p.integer("memory_swap", 0) * mb
			}
			if err := r.c.Do(ctx, "POST", "/containers/"+id+"/update", nil, body, nil); err != nil {
				resp.Diagnostics.AddError("Unable to update container", err.Error())
				return
			}
			break
		}
	}
	if p.boolean("must_run", true) && p.boolean("start", true) {
		var c containerInspect
		if err := r.c.Do(ctx, "GET", "/containers/"+id+"/json", nil, nil, &c); err != nil {
			resp.Diagnostics.AddError("Unable to inspect container", err.Error())
			return
		}
		if !c.State.Running {
			if err := r.c.Do(ctx, "POST", "/containers/"+id+"/start", nil, nil, nil); err != nil {
				resp.Diagnostics.AddError("Unable to start container", err.Error())
				return
			}
			if p.boolean("wait", false) {
				r.waitHealthy(ctx, id, p.str("name"), p.integer("wait_timeout", 60), &resp.Diagnostics)
			}
		}
	}
}

func (r *container) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	s := asObj(req.State.Raw)
	id := s.str("id")
	if !s.isNull("destroy_grace_seconds") {
		q := url.Values{"t": {strconv.FormatInt(s.integer("destroy_grace_seconds", 0), 10)}}
		if err := r.c.Do(ctx, "POST", "/containers/"+id+"/stop", q, nil, nil); err != nil && !engine.IsNotFound(err) {
			resp.Diagnostics.AddError("Unable to stop container", err.Error())
			return
		}
	}
	// named volumes are never removed; remove_volumes only concerns anonymous ones
	q := url.Values{"force": {"true"}, "v": {strconv.FormatBool(s.boolean("remove_volumes", true))}}
	if err := r.c.Do(ctx, "DELETE", "/containers/"+id, q, nil, nil); err != nil && !engine.IsNotFound(err) {
		resp.Diagnostics.AddError("Unable to remove container", err.Error())
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
