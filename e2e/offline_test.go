package e2e

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServedHeaders checks what the server says about an entry point and a
// hashed asset: the type, the encoding chosen by Accept-Encoding, caching
// and the security headers.
func TestServedHeaders(t *testing.T) {
	get := func(path, accept string) *http.Response {
		req, _ := http.NewRequest("GET", Site.URL+path, nil)
		req.Header.Set("Accept-Encoding", accept)
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	res := get("/", "gzip, br")
	for k, want := range map[string]string{
		"Content-Type":            "text/html; charset=utf-8",
		"Content-Encoding":        "br",
		"Cache-Control":           "no-cache",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
	} {
		if got := res.Header.Get(k); !strings.HasPrefix(got, want) {
			t.Errorf("/: %s = %q, want %q", k, got, want)
		}
	}
	if res := get("/", "gzip"); res.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("/ with gzip only: Content-Encoding %q", res.Header.Get("Content-Encoding"))
	}
	if res := get("/", ""); res.Header.Get("Content-Encoding") != "" {
		t.Errorf("/ with no Accept-Encoding: Content-Encoding %q", res.Header.Get("Content-Encoding"))
	}
	if res := get("/build-info.json", ""); res.StatusCode != 404 {
		t.Errorf("/build-info.json: %d, want 404", res.StatusCode)
	}
}

// TestPageLoads opens the site and checks it loads without console errors.
func TestPageLoads(t *testing.T) {
	ctx := NewBrowser(t)
	con := WatchConsole(ctx)
	start := time.Now()
	Navigate(t, ctx, Site.URL+"/")
	t.Logf("load in %v", time.Since(start))
	if title := Eval[string](t, ctx, "document.title"); title == "" {
		t.Error("no title")
	}
	time.Sleep(300 * time.Millisecond)
	if errs := con.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}
