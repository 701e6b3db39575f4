package site

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// CSP is the Content-Security-Policy the page needs and the server sends:
// scripts only from the site, WebAssembly compiled from them
// ('wasm-unsafe-eval', not 'unsafe-eval'), no inline script or style.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// hashedName matches the names the build gives hashed assets.
var hashedName = regexp.MustCompile(`\.[0-9a-f]{10}\.[A-Za-z0-9]+$`)

// contentTypes covers what mime.TypeByExtension may get wrong or lack on a
// bare machine (no /etc/mime.types).
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".wasm":        "application/wasm",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".txt":         "text/plain; charset=utf-8",
}

func contentType(name string) string {
	ext := path.Ext(name)
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Handler serves a built site from dir: the precompressed sibling chosen by
// Accept-Encoding, immutable caching for hashed names, revalidation for the
// entry points, and the security headers of the README.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", CSP)
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		// The widget runs on other sites: its script and its frame's
		// assets are fetched cross-origin.
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Cross-Origin-Resource-Policy", "cross-origin")
		if strings.HasPrefix(path.Base(name), ".") || name == InfoName ||
			strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") {
			http.NotFound(w, r)
			return
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		if hashedName.MatchString(name) {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		if name == "sw.js" {
			h.Set("Service-Worker-Allowed", "/")
		}
		h.Set("Content-Type", contentType(name))
		h.Add("Vary", "Accept-Encoding")
		enc := pickEncoding(r.Header.Get("Accept-Encoding"), p)
		if enc != "" {
			h.Set("Content-Encoding", enc)
			p += map[string]string{"br": ".br", "gzip": ".gz"}[enc]
		}
		f, err := os.Open(p)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		fst, err := f.Stat()
		if err != nil {
			http.Error(w, "stat failed", http.StatusInternalServerError)
			return
		}
		// The ETag names the bytes sent: the modification time of a build
		// output says nothing, and each encoding is its own entity.
		h.Set("ETag", fmt.Sprintf(`"%x-%x-%s"`, fst.Size(), fst.ModTime().UnixNano(), enc))
		http.ServeContent(w, r, "", time.Time{}, f)
	})
}

// pickEncoding chooses br, then gzip, when the client accepts it and the
// sibling file exists.
func pickEncoding(accept, p string) string {
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accepts(accept, enc.name) {
			continue
		}
		if _, err := os.Stat(p + enc.ext); err == nil {
			return enc.name
		}
	}
	return ""
}

// accepts reports whether an Accept-Encoding header allows coding (q > 0).
func accepts(header, coding string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		return !strings.HasPrefix(params, "q=0") || strings.HasPrefix(params, "q=0.") && strings.Trim(params[4:], "0") != ""
	}
	return false
}

// Serve serves dir at addr until ctx ends, then shuts down cleanly.
func Serve(ctx context.Context, addr, dir string, out io.Writer) error {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return fmt.Errorf("no site in %s (run `go run ./build` first): %w", dir, err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: Handler(dir), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(out, "serving %s at http://%s/ (Ctrl-C stops)\n", dir, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = srv.Shutdown(sctx)
	if e := <-done; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	fmt.Fprintln(out, "stopped")
	return err
}
