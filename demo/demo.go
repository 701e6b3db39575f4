// Package demo serves the demo host: a news page (an original, invented
// article) that embeds the Sourcelight widget from another origin, under the
// strict Content-Security-Policy the README tells hosts to use. The browser
// tests serve it the same way (e2e/widget_test.go); `go run ./demo/serve`
// serves it by hand beside `make serve`.
package demo

import (
	"bytes"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// DefaultWidget is the widget origin written in the demo's HTML: where
// `make serve` puts dist/. Handler rewrites it to the origin it is given.
const DefaultWidget = "http://127.0.0.1:8080"

// CSP is the policy a host sends when it embeds the widget from
// widgetOrigin: its own strict policy (here `default-src 'self'`) plus the
// widget's origin in script-src (widget.js) and frame-src (the engine's
// frame). Nothing else: no 'wasm-unsafe-eval', no 'unsafe-inline', no
// connect-src or style-src for the widget.
func CSP(widgetOrigin string) string {
	return "default-src 'self'; script-src 'self' " + widgetOrigin + "; frame-src " + widgetOrigin
}

// types are the only files the demo serves.
var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
}

// Handler serves the demo files in dir (HTML, CSS, JS and SVG only) with the
// host CSP, pointing the pages at the widget served from widgetOrigin.
func Handler(dir, widgetOrigin string) http.Handler {
	return HandlerWithCSP(dir, widgetOrigin, CSP(widgetOrigin))
}

// HandlerWithCSP is Handler with another Content-Security-Policy (a test of
// what a host sees when its policy lacks the widget's origin).
func HandlerWithCSP(dir, widgetOrigin, csp string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		typ, ok := types[path.Ext(name)]
		if !ok || strings.HasPrefix(path.Base(name), ".") {
			http.NotFound(w, r)
			return
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if path.Ext(name) == ".html" {
			data = bytes.ReplaceAll(data, []byte(DefaultWidget+"/"), []byte(widgetOrigin+"/"))
		}
		h := w.Header()
		h.Set("Content-Type", typ)
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		w.Write(data)
	})
}
