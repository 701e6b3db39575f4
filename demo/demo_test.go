package demo

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestHandler checks what the demo host sends: the host CSP, the page
// pointed at the widget's origin, and nothing but the page's own files.
func TestHandler(t *testing.T) {
	const widget = "http://127.0.0.1:9999"
	h := Handler(".", widget)
	get := func(path string) (int, string, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		body, _ := io.ReadAll(rec.Body)
		return rec.Code, rec.Header().Get("Content-Security-Policy"), string(body)
	}
	code, csp, body := get("/")
	if code != 200 {
		t.Fatalf("/: %d", code)
	}
	if want := "default-src 'self'; script-src 'self' " + widget + "; frame-src " + widget; csp != want {
		t.Errorf("CSP %q, want %q", csp, want)
	}
	if !strings.Contains(body, `<script src="`+widget+`/widget.js"`) || strings.Contains(body, DefaultWidget) {
		t.Errorf("the page does not load the widget from %s", widget)
	}
	if !strings.Contains(body, "data-sourcelight") {
		t.Error("the page marks no element to annotate")
	}
	for _, p := range []string{"/demo.go", "/README.md", "/serve/main.go", "/../go.mod", "/missing.html"} {
		if code, _, _ := get(p); code != 404 {
			t.Errorf("%s: %d, want 404", p, code)
		}
	}
	for _, p := range []string{"/demo.css", "/host.js", "/favicon.svg"} {
		if code, _, _ := get(p); code != 200 {
			t.Errorf("%s: %d, want 200", p, code)
		}
	}
}
