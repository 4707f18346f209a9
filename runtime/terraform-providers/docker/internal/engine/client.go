// Package engine is a small client of the Docker Engine API over its unix socket: only the calls
// the substitute provider makes, JSON in and out, no SDK (whose dependency tree is huge).
package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Client talks to one Docker daemon.
type Client struct {
	http *http.Client
	// Host is the daemon address as configured (for messages).
	Host string
}

// Error is a non-2xx answer of the Engine API.
type Error struct {
	Status  int
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("Docker Engine API: %d %s", e.Status, e.Message) }

// IsNotFound tells whether err is the engine's 404.
func IsNotFound(err error) bool {
	e, ok := err.(*Error)
	return ok && e.Status == http.StatusNotFound
}

// New returns a client for a unix:// host; other schemes are refused by the caller.
func New(host string) (*Client, error) {
	socket, ok := strings.CutPrefix(host, "unix://")
	if !ok || socket == "" {
		return nil, fmt.Errorf("host %q: only unix:// sockets are supported", host)
	}
	tr := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "unix", socket)
	}}
	return &Client{http: &http.Client{Transport: tr}, Host: host}, nil
}

// Do sends a request; body is JSON-encoded unless it is an io.Reader; out (if not nil) receives the
// decoded JSON answer. The path carries no API version: the daemon then uses its own.
func (c *Client) Do(ctx context.Context, method, path string, query url.Values, body, out any) error {
	raw, err := c.Raw(ctx, method, path, query, body)
	if err != nil {
		return err
	}
	if out == nil || len(raw) == 0 {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("Docker Engine API %s %s: %w", method, path, err)
	}
	return nil
}

// Raw is Do without decoding: the answer's bytes.
func (c *Client) Raw(ctx context.Context, method, path string, query url.Values, body any) ([]byte, error) {
	var rd io.Reader
	contentType := "application/json"
	switch b := body.(type) {
	case nil:
	case io.Reader:
		rd, contentType = b, "application/x-tar"
	default:
		j, err := json.Marshal(b)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(j)
	}
	u := "http://docker" + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, err
	}
	if rd != nil {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("Docker daemon at %s: %w", c.Host, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	// 304: already started / already stopped, which is what was asked
	if resp.StatusCode/100 != 2 && resp.StatusCode != http.StatusNotModified {
		var m struct{ Message string }
		if json.Unmarshal(raw, &m) != nil || m.Message == "" {
			m.Message = strings.TrimSpace(string(raw))
		}
		return nil, &Error{Status: resp.StatusCode, Message: m.Message}
	}
	return raw, nil
}
