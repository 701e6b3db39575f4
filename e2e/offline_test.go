package e2e

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"sourcelight/build/site"
)

// sampleText has a quote, so an annotation proves the engine ran.
const sampleText = `“We will not back down,” said Maria Lopez, the mayor. The city spent $4.5 million on the project.`

// TestServedHeaders checks what the server says about an entry point and a
// hashed asset: the type, the encoding chosen by Accept-Encoding, caching
// and the security headers.
func TestServedHeaders(t *testing.T) {
	info := readInfo(t, DistDir)
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
	check := func(path, accept string, want map[string]string) {
		res := get(path, accept)
		if res.StatusCode != 200 {
			t.Errorf("GET %s: %d", path, res.StatusCode)
		}
		for k, v := range want {
			if got := res.Header.Get(k); !strings.HasPrefix(got, v) {
				t.Errorf("GET %s (Accept-Encoding %q): %s = %q, want %q", path, accept, k, got, v)
			}
		}
	}
	check("/", "gzip, deflate, br", map[string]string{
		"Content-Type":            "text/html; charset=utf-8",
		"Content-Encoding":        "br",
		"Cache-Control":           "no-cache",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
	})
	check("/?utm_source=newsletter", "gzip", map[string]string{"Content-Encoding": "gzip"})
	check("/", "", map[string]string{"Content-Encoding": ""})
	check("/"+info.Names[site.WasmName], "br", map[string]string{
		"Content-Type":     "application/wasm",
		"Content-Encoding": "br",
		"Cache-Control":    "public, max-age=31536000, immutable",
	})
	check("/sw.js", "", map[string]string{"Cache-Control": "no-cache", "Content-Type": "text/javascript"})
	if res := get("/"+site.InfoName, ""); res.StatusCode != 404 {
		t.Errorf("/%s: %d, want 404", site.InfoName, res.StatusCode)
	}
}

// TestOffline: after one visit, with the server stopped, the page loads
// (also at an address with a query string) and annotates, from the service
// worker's cache of this version.
func TestOffline(t *testing.T) {
	info := readInfo(t, DistDir)
	srv, err := StartServer(DistDir)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	ctx := NewBrowser(t)
	con := WatchConsole(ctx)

	start := time.Now()
	Navigate(t, ctx, srv.URL+"/")
	version := Eval[string](t, ctx, "Sourcelight.ready")
	firstReady := time.Since(start)
	WaitFor(t, ctx, "navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'", 30*time.Second)
	installed := time.Since(start)
	if version != info.Version {
		t.Errorf("engine version %q, want the build's %q", version, info.Version)
	}
	if keys := Eval[[]string](t, ctx, "caches.keys()"); !slices.Equal(keys, []string{"sourcelight-" + info.Version}) {
		t.Errorf("caches %v, want only sourcelight-%s", keys, info.Version)
	}
	cached := Eval[[]string](t, ctx, "caches.open('sourcelight-"+info.Version+"').then(c => c.keys()).then(rs => rs.map(r => new URL(r.url).pathname.slice(1) || './').sort())")
	if !slices.Equal(cached, info.Precache) {
		t.Errorf("cached %v, want the precache list %v", cached, info.Precache)
	}

	srv.Stop()
	for _, path := range []string{"/", "/?utm_source=newsletter&utm_medium=email", "/index.html"} {
		t0 := time.Now()
		Navigate(t, ctx, srv.URL+path)
		v := Eval[string](t, ctx, "Sourcelight.ready")
		ready := time.Since(t0)
		res := Eval[map[string]any](t, ctx, "Sourcelight.annotate("+jsString(sampleText)+")")
		if v != info.Version || len(asSlice(res["quotes"])) == 0 {
			t.Errorf("offline %s: version %q, result %v", path, v, res)
		}
		t.Logf("offline %s: ready in %v", path, ready.Round(time.Millisecond))
	}
	t.Logf("online first visit: ready in %v, service worker active after %v", firstReady.Round(time.Millisecond), installed.Round(time.Millisecond))
	if errs := con.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// TestUpdate: a page of version A, a new deploy B. B installs in the
// background; until the reader accepts, every load is all A; after "Reload"
// in the update bar, everything is B and A's cache is gone.
func TestUpdate(t *testing.T) {
	a := readInfo(t, DistDir)
	dirB, b := buildVariant(t)
	if a.Version == b.Version {
		t.Fatalf("the variant has the same version %s", a.Version)
	}
	srv, err := StartServer(DistDir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := NewBrowser(t)
	con := WatchConsole(ctx)
	Navigate(t, ctx, srv.URL+"/")
	Eval[string](t, ctx, "Sourcelight.ready")
	WaitFor(t, ctx, "navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'", 30*time.Second)
	checkVersion(t, ctx, "first visit", a)

	defer srv.Stop()
	srv.Deploy(dirB)
	start := time.Now()
	Eval[any](t, ctx, "navigator.serviceWorker.getRegistration().then(r => r.update())")
	WaitFor(t, ctx, "navigator.serviceWorker.getRegistration().then(r => !!r.waiting)", 60*time.Second)
	t.Logf("update installed in %v", time.Since(start).Round(time.Millisecond))
	WaitFor(t, ctx, "!document.getElementById('update').hidden", 10*time.Second)
	t.Logf("update offered in %v", time.Since(start).Round(time.Millisecond))

	// A reload before accepting stays on A, entirely.
	Navigate(t, ctx, srv.URL+"/")
	Eval[string](t, ctx, "Sourcelight.ready")
	checkVersion(t, ctx, "reload before accepting", a)

	// Accept: the page reloads into B.
	WaitFor(t, ctx, "!document.getElementById('update').hidden", 30*time.Second)
	start = time.Now()
	Eval[any](t, ctx, "window.__beforeUpdate = 1, document.getElementById('update-reload').click()")
	WaitFor(t, ctx, "!window.__beforeUpdate && document.readyState === 'complete' && window.Sourcelight", 30*time.Second)
	Eval[string](t, ctx, "Sourcelight.ready")
	t.Logf("accepted update to ready in %v", time.Since(start).Round(time.Millisecond))
	checkVersion(t, ctx, "after accepting", b)
	if keys := Eval[[]string](t, ctx, "caches.keys()"); !slices.Equal(keys, []string{"sourcelight-" + b.Version}) {
		t.Errorf("caches %v, want only sourcelight-%s", keys, b.Version)
	}
	if errs := con.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// checkVersion asserts that the page, its engine and every resource it
// loaded belong to the build want.
func checkVersion(t *testing.T, ctx context.Context, when string, want *site.Site) {
	t.Helper()
	if v := pageVersion(t, ctx, when, want); v != want.Version {
		t.Errorf("%s: version %q, want %q", when, v, want.Version)
	}
}

// pageVersion returns the version of the loaded page, after checking that
// the page (its stamped version), its engine (the wasm's) and every
// resource it loaded are of one build, one of builds.
func pageVersion(t *testing.T, ctx context.Context, when string, builds ...*site.Site) string {
	t.Helper()
	engine := Eval[string](t, ctx, "Sourcelight.version")
	page := Eval[string](t, ctx, "document.getElementById('page-version').textContent")
	if engine != page {
		t.Errorf("%s: the page is version %q, its engine %q", when, page, engine)
	}
	var b *site.Site
	for _, s := range builds {
		if s.Version == page {
			b = s
		}
	}
	if b == nil {
		t.Errorf("%s: page version %q is none of the builds", when, page)
		return page
	}
	files := map[string]bool{}
	for _, f := range b.Files {
		files[f] = true
	}
	for _, u := range Eval[[]string](t, ctx, "performance.getEntriesByType('resource').map(e => new URL(e.name).pathname.slice(1))") {
		if u != "" && !files[u] {
			t.Errorf("%s: the page of version %s loaded %s, not one of its files", when, b.Version, u)
		}
	}
	return page
}

// TestUpdateNextLoad: with no page of the old version left open, the next
// load is the new version, and no load in between mixes the two.
func TestUpdateNextLoad(t *testing.T) {
	a := readInfo(t, DistDir)
	dirB, b := buildVariant(t)
	srv, err := StartServer(DistDir)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	ctx := NewBrowser(t)
	Navigate(t, ctx, srv.URL+"/")
	Eval[string](t, ctx, "Sourcelight.ready")
	WaitFor(t, ctx, "navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'", 30*time.Second)
	srv.Deploy(dirB)
	Eval[any](t, ctx, "navigator.serviceWorker.getRegistration().then(r => r.update())")
	WaitFor(t, ctx, "navigator.serviceWorker.getRegistration().then(r => !!r.waiting)", 60*time.Second)
	Navigate(t, ctx, "about:blank") // the last page of the old version goes away

	// The waiting worker activates once no old page is left; a load racing
	// that may still be all A, never a mix.
	start := time.Now()
	for i := 1; ; i++ {
		Navigate(t, ctx, srv.URL+"/")
		Eval[string](t, ctx, "Sourcelight.ready")
		v := pageVersion(t, ctx, fmt.Sprintf("load %d after leaving", i), a, b)
		if v == b.Version {
			t.Logf("version %s on load %d, %v after the old page went away", v, i, time.Since(start).Round(time.Millisecond))
			break
		}
		if i == 5 {
			t.Fatalf("still version %s after %d loads", v, i)
		}
		Navigate(t, ctx, "about:blank")
		time.Sleep(200 * time.Millisecond)
	}
}

var variant struct {
	once sync.Once
	dir  string
	site *site.Site
	err  error
}

// buildVariant builds the site again with one change in the stylesheet: a
// new deploy, in a temporary directory (once per test binary).
func buildVariant(t *testing.T) (string, *site.Site) {
	t.Helper()
	variant.once.Do(func() {
		variant.dir, variant.site, variant.err = makeVariant(t)
	})
	if variant.err != nil {
		t.Fatal(variant.err)
	}
	return variant.dir, variant.site
}

func makeVariant(t *testing.T) (string, *site.Site, error) {
	root, err := os.MkdirTemp("", "sourcelight-variant-")
	if err != nil {
		return "", nil, err
	}
	// Removed with the rest of the test binary's temporary files.
	tmpDirs = append(tmpDirs, root)
	for _, f := range []string{"go.mod", "go.sum", "annotate", "wasm", "third_party"} {
		if err := os.Symlink(filepath.Join(Root, f), filepath.Join(root, f)); err != nil {
			return "", nil, err
		}
	}
	if err := os.CopyFS(filepath.Join(root, "web"), os.DirFS(filepath.Join(Root, "web"))); err != nil {
		return "", nil, err
	}
	idx, err := os.ReadFile(filepath.Join(Root, "index.html"))
	if err != nil {
		return "", nil, err
	}
	os.WriteFile(filepath.Join(root, "index.html"), idx, 0o644)
	css := filepath.Join(root, "web", "style.css")
	old, _ := os.ReadFile(css)
	os.WriteFile(css, append(old, "\n.sl-update-test{outline:0}\n"...), 0o644)
	out := filepath.Join(root, "dist")
	start := time.Now()
	s, err := site.Build(site.Config{Root: root, Out: out, NoCompress: true}) // the server sends the raw files
	if err != nil {
		return "", nil, err
	}
	t.Logf("built the variant (version %s) in %v", s.Version, time.Since(start).Round(time.Millisecond))
	return out, s, nil
}

func readInfo(t *testing.T, dir string) *site.Site {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, site.InfoName))
	if err != nil {
		t.Fatal(err)
	}
	var s site.Site
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	return &s
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}

var screenshot = flag.Bool("screenshot", false, "write docs/screenshot.png (the README's picture of the page)")

// TestScreenshot loads the sample article and, with -screenshot, saves the
// picture of the page that the README shows:
//
//	go test ./e2e -run TestScreenshot -screenshot
func TestScreenshot(t *testing.T) {
	if !*screenshot {
		t.Skip("run with -screenshot to write docs/screenshot.png")
	}
	ctx := NewBrowser(t, chromedp.WindowSize(1280, 800))
	Navigate(t, ctx, Site.URL+"/")
	Eval[string](t, ctx, "Sourcelight.ready")
	Eval[any](t, ctx, "document.getElementById('sample').click()")
	WaitFor(t, ctx, "CSS.highlights.get('sl-quote') && CSS.highlights.get('sl-quote').size > 0", 10*time.Second)
	time.Sleep(300 * time.Millisecond) // let the panel and highlights paint
	png := Run(t, ctx, 10*time.Second, chromedp.CaptureScreenshot())
	if err := os.WriteFile(filepath.Join(Root, "docs", "screenshot.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote docs/screenshot.png (%d bytes)", len(png))
}

// TestInstallable: Chromium finds the manifest, its icons and the service
// worker enough to install the app.
func TestInstallable(t *testing.T) {
	ctx := NewBrowser(t)
	Navigate(t, ctx, Site.URL+"/")
	Eval[string](t, ctx, "Sourcelight.ready")
	WaitFor(t, ctx, "navigator.serviceWorker.controller", 30*time.Second)
	res := Run(t, ctx, 10*time.Second, func(ctx context.Context, tg *chromedp.Target) (page.GetInstallabilityErrorsResult, error) {
		return cdp.Call(ctx, tg, page.GetInstallabilityErrors, cdp.Empty{})
	})
	for _, e := range res.InstallabilityErrors {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("not installable: %s %v", e.ErrorID, args)
	}
	man := Run(t, ctx, 10*time.Second, func(ctx context.Context, tg *chromedp.Target) (page.GetAppManifestResult, error) {
		return cdp.Call(ctx, tg, page.GetAppManifest, page.GetAppManifestParams{})
	})
	t.Logf("manifest %s, %d bytes; %d installability errors", man.URL, len(man.Data), len(res.InstallabilityErrors))
	if len(man.Errors) > 0 || !strings.HasSuffix(man.URL, "/manifest.webmanifest") {
		t.Errorf("manifest %s: errors %v", man.URL, man.Errors)
	}
}
