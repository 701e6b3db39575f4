package site

import (
	"bytes"
	"image"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// names used by the reference tests: a small flat site.
var refAssets = []asset{
	{name: "app.js"}, {name: "style.css"}, {name: "worker.js"}, {name: "sw.js"},
	{name: "sourcelight.wasm"}, {name: "manifest.webmanifest"}, {name: "index.html"},
}

var refNames = map[string]string{
	"app.js": "app.1111111111.js", "style.css": "style.2222222222.css", "worker.js": "worker.3333333333.js",
	"sourcelight.wasm": "sourcelight.4444444444.wasm",
	"sw.js":            "sw.js", "manifest.webmanifest": "manifest.webmanifest", "index.html": "index.html",
}

func TestRewrite(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<script src="web/app.js">`, `<script src="app.1111111111.js">`},
		{`<link href="./web/style.css">`, `<link href="./style.2222222222.css">`},
		{`new Worker("worker.js")`, `new Worker("worker.3333333333.js")`},
		{`fetch('sourcelight.wasm')`, `fetch('sourcelight.4444444444.wasm')`},
		{`register("sw.js")`, `register("sw.js")`},
		{`"web/manifest.webmanifest"`, `"manifest.webmanifest"`},
		{`"webapp.js"`, `"webapp.js"`},            // a longer name
		{`"myapp.js"`, `"myapp.js"`},              // a longer name
		{`"app.json"`, `"app.json"`},              // another extension
		{`"app.js.map"`, `"app.js.map"`},          // a longer name
		{`"my-style.css"`, `"my-style.css"`},      // a longer name
		{`x="app.js".`, `x="app.1111111111.js".`}, // punctuation after
		{`app.js`, `app.1111111111.js`},           // at both ends
		{`id="app"`, `id="app"`},                  // not a file
		{`[app.js,worker.js]`, `[app.1111111111.js,worker.3333333333.js]`},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := string(rewrite([]byte(c.in), refAssets, refNames, "index.html")); got != c.want {
				t.Errorf("rewrite(%s) = %s, want %s", c.in, got, c.want)
			}
		})
	}
}

func TestReferences(t *testing.T) {
	got := references([]byte(`new Worker("web/worker.js"); "webapp.js"; register("sw.js"); "app.js"`), refAssets, "app.js")
	if want := "worker.js sw.js"; strings.Join(got, " ") != want {
		t.Errorf("references = %v, want %s (self and longer names excluded)", got, want)
	}
}

func TestHashNamesLeavesFirst(t *testing.T) {
	chain := func(wasm string) []asset {
		return []asset{
			{name: "index.html", data: []byte(`<script src="web/app.js"></script>`), text: true},
			{name: "app.js", data: []byte(`new Worker("worker.js")`), text: true},
			{name: "worker.js", data: []byte(`fetch("sourcelight.wasm")`), text: true},
			{name: "sourcelight.wasm", data: []byte(wasm)},
		}
	}
	assets := chain("\x00asm")
	names, err := hashNames(assets)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(assets[1].data), names["worker.js"]) || !strings.Contains(string(assets[2].data), names["sourcelight.wasm"]) ||
		string(assets[0].data) != `<script src="`+names["app.js"]+`"></script>` || names["index.html"] != "index.html" {
		t.Errorf("names %v; contents %q %q %q", names, assets[0].data, assets[1].data, assets[2].data)
	}
	// A change in the wasm renames everything that leads to it.
	names2, _ := hashNames(chain("\x00asm2"))
	for _, n := range []string{"app.js", "worker.js", "sourcelight.wasm"} {
		if names[n] == names2[n] {
			t.Errorf("%s kept its name %s after the wasm changed", n, names[n])
		}
	}
}

func TestHashNamesCycle(t *testing.T) {
	_, err := hashNames([]asset{
		{name: "a.js", data: []byte(`"b.js"`), text: true},
		{name: "b.js", data: []byte(`"a.js"`), text: true},
	})
	if err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Errorf("err = %v, want a cycle", err)
	}
}

func TestFillPrecache(t *testing.T) {
	for _, in := range []string{`const P=["__SOURCELIGHT_PRECACHE__"];`, `const P=['__SOURCELIGHT_PRECACHE__'];`} {
		got := string(fillPrecache([]byte(in), []string{"./", "app.1.js"}))
		if want := `const P=["./","app.1.js"];`; got != want {
			t.Errorf("fillPrecache(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestAccepts(t *testing.T) {
	for _, c := range []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br, zstd", "br", true},
		{"gzip, deflate, br, zstd", "gzip", true},
		{"gzip", "br", false},
		{"br;q=0", "br", false},
		{"br;q=0.0", "br", false},
		{"br;q=0.5", "br", true},
		{"BR", "br", true},
		{"", "gzip", false},
	} {
		if got := accepts(c.header, c.coding); got != c.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", c.header, c.coding, got, c.want)
		}
	}
}

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html": "<p>hi", "index.html.br": "BR", "index.html.gz": "GZ",
		"app.0123456789.js": "x()", "engine.0123456789.wasm": "\x00asm", ".secret": "no",
		InfoName: "{}", "manifest.webmanifest": "{}",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	get := func(path, accept string) (*http.Response, string) {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		req.Header.Set("Accept-Encoding", accept)
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(res.Body)
		return res, b.String()
	}
	for _, c := range []struct {
		path, accept, body, header, value string
	}{
		{"/", "gzip, br", "BR", "Content-Encoding", "br"},
		{"/?utm_source=x", "gzip", "GZ", "Content-Encoding", "gzip"},
		{"/index.html", "", "<p>hi", "Cache-Control", "no-cache"},
		{"/", "", "<p>hi", "Content-Security-Policy", CSP},
		{"/", "", "<p>hi", "X-Content-Type-Options", "nosniff"},
		{"/", "", "<p>hi", "Referrer-Policy", "no-referrer"},
		{"/app.0123456789.js", "br", "x()", "Cache-Control", "public, max-age=31536000, immutable"},
		{"/app.0123456789.js", "", "x()", "Content-Type", "text/javascript; charset=utf-8"},
		{"/engine.0123456789.wasm", "", "\x00asm", "Content-Type", "application/wasm"},
		{"/manifest.webmanifest", "", "{}", "Content-Type", "application/manifest+json"},
	} {
		res, body := get(c.path, c.accept)
		if res.StatusCode != 200 || body != c.body || res.Header.Get(c.header) != c.value {
			t.Errorf("GET %s (Accept-Encoding %q): %d %q, %s = %q; want 200 %q, %q", c.path, c.accept,
				res.StatusCode, body, c.header, res.Header.Get(c.header), c.body, c.value)
		}
	}
	for _, p := range []string{"/.secret", "/" + InfoName, "/index.html.br", "/missing.js", "/../etc/passwd"} {
		if res, _ := get(p, ""); res.StatusCode != 404 {
			t.Errorf("GET %s: %d, want 404", p, res.StatusCode)
		}
	}
}

func TestIcon(t *testing.T) {
	data, err := os.ReadFile("../../web/icon.svg")
	if err != nil {
		t.Fatal(err)
	}
	ic, err := parseIcon(data)
	if err != nil {
		t.Fatal(err)
	}
	img := ic.render(64)
	if a := img.NRGBAAt(0, 0).A; a != 0 {
		t.Errorf("corner alpha %d, want 0 (rounded background)", a)
	}
	if c := img.NRGBAAt(32, 8); c.A != 255 {
		t.Errorf("top middle %v, want the opaque background", c)
	}
	pimg, ok := paletted(img).(*image.Paletted)
	if !ok {
		t.Fatal("the icon did not fit a palette")
	}
	for y := 0; y < 64; y++ {
		for x := 0; x < 64; x++ {
			if r1, g1, b1, a1 := img.At(x, y).RGBA(); [4]uint32{r1, g1, b1, a1} != rgba(pimg.At(x, y)) {
				t.Fatalf("pixel %d,%d changed in the palette", x, y)
			}
		}
	}
	if _, err := parseIcon([]byte(`<svg viewBox="0 0 1 1"><ellipse/></svg>`)); err == nil {
		t.Error("an unsupported element parsed")
	}
}

// TestReproducible builds the real site twice, the second time compiling
// everything again (go build -a), and compares every byte. (The compressed
// files come from the cache when their input is identical;
// TestCompressDeterministic covers the compressors.)
func TestReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the site twice")
	}
	root, _ := filepath.Abs("../..")
	a, b := t.TempDir(), t.TempDir()
	start := time.Now()
	sa, err := Build(Config{Root: root, Out: a})
	if err != nil {
		t.Fatal(err)
	}
	mid := time.Now()
	sb, err := Build(Config{Root: root, Out: b, FreshCompile: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("build %v, fresh build %v, version %s", mid.Sub(start).Round(time.Millisecond), time.Since(mid).Round(time.Millisecond), sa.Version)
	if sa.Version != sb.Version {
		t.Errorf("versions differ: %s, %s", sa.Version, sb.Version)
	}
	ta, tb := tree(t, a), tree(t, b)
	for name, da := range ta {
		if db, ok := tb[name]; !ok {
			t.Errorf("%s only in the first build", name)
		} else if !bytes.Equal(da, db) {
			t.Errorf("%s differs between the builds", name)
		}
	}
	for name := range tb {
		if _, ok := ta[name]; !ok {
			t.Errorf("%s only in the second build", name)
		}
	}
	t.Logf("%d files identical", len(ta))
}

func tree(t *testing.T, dir string) map[string][]byte {
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCompressDeterministic(t *testing.T) {
	data := bytes.Repeat([]byte("“We will not back down,” said the mayor. 4.5 million. "), 2000)
	for _, enc := range []string{"gz", "br"} {
		a, err := compress(data, enc)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := compress(data, enc)
		if !bytes.Equal(a, b) || len(a) >= len(data)/10 {
			t.Errorf("%s: %d and %d bytes from %d, want equal and smaller", enc, len(a), len(b), len(data))
		}
	}
}

func TestGoPackage(t *testing.T) {
	for sym, want := range map[string]string{
		"sourcelight_annotate.__doc_.lex":           "sourcelight_annotate",
		"github.com_hack_pad_safejs.toJSFunc.func2": "github.com_hack_pad_safejs",
		"runtime.mallocgc":                          "runtime",
		"fmt.__pp_.doPrintf":                        "fmt",
		"type:.eq.[2]interface {}":                  "type:",
		"":                                          "?",
	} {
		if got := goPackage(sym); got != want {
			t.Errorf("goPackage(%q) = %q, want %q", sym, got, want)
		}
	}
}

func TestParseWasmSizes(t *testing.T) {
	// A module with one imported function, two bodies (2 and 4 bytes), a
	// 4-byte data section and names for the two local functions.
	mod := []byte("\x00asm\x01\x00\x00\x00")
	section := func(id byte, body ...byte) { mod = append(append(mod, id, byte(len(body))), body...) }
	section(2, 1, 1, 'm', 1, 'f', 0, 0)                                // import m.f, func type 0
	section(10, 2, 2, 0, 0x0b, 4, 0, 1, 1, 0x0b)                       // two bodies of 2 and 4 bytes
	section(11, 1, 2, 3, 4)                                            // 4 bytes of data
	names := []byte{1, 0, 2, 1, 3, 'a', '.', 'x', 2, 3, 'b', '.', 'y'} // subsection 1, size set below
	names[1] = byte(len(names) - 2)
	section(0, append([]byte{4, 'n', 'a', 'm', 'e'}, names...)...)
	r, err := parseWasmSizes(mod)
	if err != nil {
		t.Fatal(err)
	}
	if r.code["a"] != 2 || r.code["b"] != 4 || r.data != 4 {
		t.Errorf("code %v, data %d; want a:2 b:4, data 4", r.code, r.data)
	}
}

func TestWriteReplaces(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	assets := []asset{{name: "index.html", data: []byte("<p>")}}
	names := map[string]string{"index.html": "index.html"}
	for range 2 { // into nothing, then over the previous site
		if err := write(Config{Out: out, NoCompress: true}, assets, names, &Site{}); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(out, "stale.js"), nil, 0o644)
	}
	if _, err := os.Stat(filepath.Join(out, "stale.js")); err != nil {
		t.Fatal("the second write should have left only its own files, then the test added stale.js")
	}
	if err := write(Config{Out: out, NoCompress: true}, assets, names, &Site{}); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(filepath.Dir(out))
	files, _ := os.ReadDir(out)
	if len(ents) != 1 || len(files) != 2 { // dist/ alone; index.html and build-info.json
		t.Errorf("%d entries beside, %d inside, want 1 and 2", len(ents), len(files))
	}
	foreign := t.TempDir()
	os.WriteFile(filepath.Join(foreign, "precious.txt"), nil, 0o644)
	if err := write(Config{Out: foreign}, assets, names, &Site{}); err == nil {
		t.Error("write replaced a directory that is not a site")
	}
}

func rgba(c interface{ RGBA() (r, g, b, a uint32) }) [4]uint32 {
	r, g, b, a := c.RGBA()
	return [4]uint32{r, g, b, a}
}
