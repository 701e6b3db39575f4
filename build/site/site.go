package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	mjson "github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

const (
	// VersionMark is replaced, in every text file, by the version.
	VersionMark = "__SOURCELIGHT_VERSION__"
	// PrecacheMark, a JS string literal in sw.js, is replaced by the list
	// of the URLs the service worker precaches (JS string literals, comma
	// separated), so `["__SOURCELIGHT_PRECACHE__"]` becomes a JS array.
	PrecacheMark = "__SOURCELIGHT_PRECACHE__"
	// wasmMark is what -X main.version holds in the compiled wasm until the
	// build patches the version in; it has the version's length.
	wasmMark = "SLVERSIONMARK000"
	// versionLen is the number of hex digits of the version; hashLen that of
	// an asset's name hash.
	versionLen = len(wasmMark)
	hashLen    = 10
	// WasmName is the engine's name in dist/ before hashing.
	WasmName = "sourcelight.wasm"
	// InfoName is the build's own record in dist/ (version, names, precache
	// list); the size command and the tests read it. It is not precached.
	InfoName = "build-info.json"
)

// Config says where to read and write.
type Config struct {
	Root string // the repository (go.mod, index.html, web/, wasm/)
	Out  string // the site directory, replaced entirely
	// NoCompress skips the .br/.gz files (tests that only need the names).
	NoCompress bool
	// FreshCompile compiles everything again (go build -a): the
	// reproducibility test's second build.
	FreshCompile bool
}

// Site is what a build wrote.
type Site struct {
	Version  string            `json:"version"`
	Names    map[string]string `json:"names"`    // source name (flat) -> name in dist
	Precache []string          `json:"precache"` // URLs relative to the site root, sorted
	Files    []string          `json:"files"`    // every asset in dist, sorted (no .br/.gz, no build-info)
}

// asset is one file on its way to dist/.
type asset struct {
	name string // flat name in dist before hashing ("app.js")
	data []byte
	text bool // can reference other assets and carry the version mark
}

// Build writes the site into c.Out and returns what it wrote.
func Build(c Config) (*Site, error) {
	assets, err := collect(c.Root)
	if err != nil {
		return nil, err
	}
	wasm, err := compileWasm(c.Root, c.FreshCompile)
	if err != nil {
		return nil, err
	}
	assets = append(assets, asset{name: WasmName, data: wasm})
	wx, err := wasmExec()
	if err != nil {
		return nil, err
	}
	assets = append(assets, asset{name: "wasm_exec.js", data: wx, text: true})
	icons, err := renderIcons(assets)
	if err != nil {
		return nil, err
	}
	assets = append(assets, icons...)
	slices.SortFunc(assets, func(a, b asset) int { return strings.Compare(a.name, b.name) })
	for i := 1; i < len(assets); i++ {
		if assets[i].name == assets[i-1].name {
			return nil, fmt.Errorf("two files would be %s in dist/", assets[i].name)
		}
	}

	version := versionOf(assets)
	m := newMinifier()
	for i := range assets {
		a := &assets[i]
		if a.name == WasmName {
			if n := bytes.Count(a.data, []byte(wasmMark)); n != 1 {
				return nil, fmt.Errorf("wasm/ must declare `var version string` in package main (the build sets it with -X main.version and finds its mark %d times, want 1)", n)
			}
			a.data = bytes.Replace(a.data, []byte(wasmMark), []byte(version), 1)
			continue
		}
		if !a.text {
			continue
		}
		a.data = bytes.ReplaceAll(a.data, []byte(VersionMark), []byte(version))
		if mt := mediaType(a.name); mt != "" {
			out, err := m.Bytes(mt, a.data)
			if err != nil {
				return nil, fmt.Errorf("minify %s: %w", a.name, err)
			}
			a.data = out
		}
	}

	names, err := hashNames(assets)
	if err != nil {
		return nil, err
	}
	s := &Site{Version: version, Names: names}
	for _, a := range assets {
		s.Files = append(s.Files, names[a.name])
		if a.name == "sw.js" || a.name == "widget.js" {
			// widget.js runs in a news site's page, whose requests this
			// service worker never sees: caching it would only cost the
			// app's visitors 7 KiB. The frame it opens is ours and cached.
			continue
		}
		u := names[a.name]
		if u == "index.html" {
			u = "./"
		}
		s.Precache = append(s.Precache, u)
	}
	slices.Sort(s.Files)
	slices.Sort(s.Precache)
	for i := range assets {
		if assets[i].name == "sw.js" {
			assets[i].data = fillPrecache(assets[i].data, s.Precache)
		}
	}

	if err := write(c, assets, names, s); err != nil {
		return nil, err
	}
	return s, nil
}

// collect reads index.html and every file of web/ (flattened to the root of
// the site). Tests (*_test.js), docs (*.md) and dotfiles stay home.
func collect(root string) ([]asset, error) {
	idx, err := os.ReadFile(filepath.Join(root, "index.html"))
	if err != nil {
		return nil, fmt.Errorf("the page's index.html: %w", err)
	}
	out := []asset{{name: "index.html", data: idx, text: true}}
	web := filepath.Join(root, "web")
	err = filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := d.Name()
		if strings.HasPrefix(base, ".") && p != web {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || strings.HasSuffix(base, "_test.js") || strings.HasSuffix(base, ".md") {
			return nil
		}
		rel, err := filepath.Rel(web, p)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out = append(out, asset{name: filepath.ToSlash(rel), data: data, text: mediaType(base) != ""})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web/: %w", err)
	}
	return out, nil
}

// WasmGCFlags turns inlining off in the wasm build. Measured on the engine
// at 18:30 on 2026-11-29: 777 KiB brotli with inlining, 692 KiB without
// (-85 KiB, the difference between over and under the 750 KiB budget), and
// the wasm benchmark under Node no slower (0.95 s/MiB with, 0.89 without):
// Go's wasm calls cost the same inlined or not, so inlining only copies
// code. Native builds keep inlining. make bench uses the same flags.
const WasmGCFlags = "all=-l"

// WasmEnv is the environment of every wasm build (the site, wasmsize; make
// bench and make test pass the same GOEXPERIMENT). Go 1.26's default
// collector, Green Tea, is built for many cores and small objects; under
// js/wasm the engine has one thread, and the older collector is 51 KB
// smaller (-11 KiB brotli: 752 -> 741 KiB on 2026-11-30) and no slower on
// BenchmarkAnnotate under Node (943 vs 917 ms per op, a loaded machine).
var WasmEnv = []string{"GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0", "GOEXPERIMENT=nogreenteagc"}

// compileWasm builds ./wasm for js/wasm, reproducibly, with the version mark.
func compileWasm(root string, all bool) ([]byte, error) {
	if _, err := os.Stat(filepath.Join(root, "wasm")); err != nil {
		return nil, fmt.Errorf("no wasm/ package yet (the page's js/wasm entry point): %w", err)
	}
	tmp, err := os.MkdirTemp("", "sourcelight-wasm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, WasmName)
	args := []string{"build", "-trimpath", "-gcflags=" + WasmGCFlags, "-ldflags=-s -w -buildid= -X main.version=" + wasmMark, "-o", out}
	if all {
		args = append(args, "-a")
	}
	cmd := exec.Command("go", append(args, "./wasm")...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), WasmEnv...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("GOOS=js GOARCH=wasm go build ./wasm: %v\n%s", err, stderr.Bytes())
	}
	return os.ReadFile(out)
}

// wasmExec reads wasm_exec.js from the toolchain that built the wasm.
func wasmExec() ([]byte, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %w", err)
	}
	return os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js"))
}

// versionOf hashes every input, names included, before any stamping.
func versionOf(assets []asset) string {
	h := sha256.New()
	for _, a := range assets {
		fmt.Fprintf(h, "%s\x00%d\x00", a.name, len(a.data))
		h.Write(a.data)
	}
	return hex.EncodeToString(h.Sum(nil))[:versionLen]
}

// mediaType is the minifier's type for a file name, "" when not minified.
func mediaType(name string) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html"
	case ".css":
		return "text/css"
	case ".js", ".mjs":
		return "application/javascript"
	case ".svg":
		return "image/svg+xml"
	case ".json", ".webmanifest":
		return "application/json"
	}
	return ""
}

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("text/css", css.Minify)
	m.Add("application/javascript", &js.Minifier{})
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFunc("application/json", mjson.Minify)
	return m
}

// isEntry tells the files whose names stay stable: what a browser or a host
// page asks for by name.
func isEntry(name string) bool {
	switch {
	case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, ".webmanifest"):
		return true
	}
	return name == "sw.js" || name == "widget.js"
}

// hashNames gives each asset its name in dist and rewrites the references
// in text assets. A hashed file's name covers its content after its own
// references are rewritten, so the files are hashed leaves first; a cycle
// between hashed files is an error (nothing could name it).
func hashNames(assets []asset) (map[string]string, error) {
	byName := map[string]*asset{}
	for i := range assets {
		byName[assets[i].name] = &assets[i]
	}
	names := map[string]string{}
	for _, a := range assets {
		if isEntry(a.name) {
			names[a.name] = a.name
		}
	}
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(a *asset, stack []string) error
	visit = func(a *asset, stack []string) error {
		switch state[a.name] {
		case 2:
			return nil
		case 1:
			return fmt.Errorf("reference cycle between hashed assets: %s -> %s", strings.Join(stack, " -> "), a.name)
		}
		state[a.name] = 1
		if a.text {
			for _, dep := range references(a.data, assets, a.name) {
				if isEntry(dep) {
					continue
				}
				if err := visit(byName[dep], append(stack, a.name)); err != nil {
					return err
				}
			}
			a.data = rewrite(a.data, assets, names, a.name)
		}
		if isEntry(a.name) {
			names[a.name] = a.name
		} else {
			sum := sha256.Sum256(a.data)
			ext := path.Ext(a.name)
			names[a.name] = strings.TrimSuffix(a.name, ext) + "." + hex.EncodeToString(sum[:])[:hashLen] + ext
		}
		state[a.name] = 2
		return nil
	}
	// Hashed files first, entry points last so they see every name.
	for pass := 0; pass < 2; pass++ {
		for i := range assets {
			if isEntry(assets[i].name) == (pass == 1) {
				if err := visit(&assets[i], nil); err != nil {
					return nil, err
				}
			}
		}
	}
	return names, nil
}

// refAt reports whether data[i:] starts a reference to name: the name
// itself, optionally after "web/" (the page's sources live in web/ but the
// site is flat), delimited so "app.js" does not match "webapp.js" or
// "app.json". It returns the length of the reference.
func refAt(data []byte, i int, name string) int {
	n := 0
	if bytes.HasPrefix(data[i:], []byte("web/")) {
		n = 4
	}
	if !bytes.HasPrefix(data[i+n:], []byte(name)) {
		return 0
	}
	if i > 0 && isNameByte(data[i-1]) {
		return 0
	}
	end := i + n + len(name)
	if end < len(data) && (isNameByte(data[end]) && data[end] != '.' ||
		data[end] == '.' && end+1 < len(data) && isNameByte(data[end+1])) {
		return 0
	}
	return n + len(name)
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.'
}

// references lists the assets that data names (other than self), in the
// order of assets.
func references(data []byte, assets []asset, self string) []string {
	var out []string
	for _, a := range assets {
		if a.name == self {
			continue
		}
		for i := bytes.Index(data, []byte(a.name)); i >= 0; {
			start := i
			if i >= 4 && string(data[i-4:i]) == "web/" {
				start = i - 4
			}
			if refAt(data, start, a.name) > 0 {
				out = append(out, a.name)
				break
			}
			j := bytes.Index(data[i+1:], []byte(a.name))
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return out
}

// rewrite replaces every reference to an asset with its name in dist.
func rewrite(data []byte, assets []asset, names map[string]string, self string) []byte {
	var out []byte
	last := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if !isNameByte(c) || i > 0 && isNameByte(data[i-1]) {
			continue
		}
		for _, a := range assets {
			if a.name == self {
				continue
			}
			if n := refAt(data, i, a.name); n > 0 {
				out = append(out, data[last:i]...)
				out = append(out, names[a.name]...)
				last = i + n
				i = last - 1
				break
			}
		}
	}
	if last == 0 {
		return data
	}
	return append(out, data[last:]...)
}

// fillPrecache replaces the precache mark (a JS string literal, either
// quote) in the service worker by the list of URLs.
func fillPrecache(sw []byte, urls []string) []byte {
	var list []string
	for _, u := range urls {
		b, _ := json.Marshal(u)
		list = append(list, string(b))
	}
	joined := []byte(strings.Join(list, ","))
	for _, q := range []string{`"`, `'`} {
		sw = bytes.ReplaceAll(sw, []byte(q+PrecacheMark+q), joined)
	}
	return sw
}

// compressible tells the assets that get .br and .gz siblings.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".png", ".jpg", ".jpeg", ".webp", ".avif", ".woff2", ".gz", ".br":
		return false
	}
	return true
}

// write replaces c.Out with the site. The site is written beside it first
// and moved in place at the end, so an interrupted build leaves the old
// site (or none) and never half of one.
func write(c Config, assets []asset, names map[string]string, s *Site) error {
	if err := safeToReplace(c.Out); err != nil {
		return err
	}
	out := strings.TrimRight(c.Out, string(filepath.Separator))
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(out), filepath.Base(out)+".tmp-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := writeTree(tmp, c.NoCompress, assets, names, s); err != nil {
		return err
	}
	old := tmp + ".old"
	if err := os.Rename(out, old); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	return os.RemoveAll(old)
}

// writeTree writes the site's files into the empty directory dir.
func writeTree(dir string, noCompress bool, assets []asset, names map[string]string, s *Site) error {
	// Brotli at its best level takes about 14 s for the 2.8 MB wasm, so the
	// files compress in parallel and the results are cached by content.
	errs := make([]error, len(assets))
	var wg sync.WaitGroup
	for i, a := range assets {
		p := filepath.Join(dir, filepath.FromSlash(names[a.name]))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, a.data, 0o644); err != nil {
			return err
		}
		if noCompress || !compressible(a.name) {
			continue
		}
		wg.Go(func() {
			for _, enc := range []string{"gz", "br"} {
				z, err := compressCached(a.data, enc)
				if err == nil {
					err = os.WriteFile(p+"."+enc, z, 0o644)
				}
				if err != nil {
					errs[i] = fmt.Errorf("compress %s: %w", a.name, err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	info, err := json.MarshalIndent(s, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, InfoName), append(info, '\n'), 0o644)
}

// safeToReplace refuses to delete a directory that is not a site: it must
// be missing, empty, or hold a build-info.json from an earlier build.
func safeToReplace(dir string) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) || err == nil && len(ents) == 0 {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, InfoName)); err != nil {
		return fmt.Errorf("%s is not empty and holds no %s: refusing to replace it", dir, InfoName)
	}
	return nil
}

// compressCached gives the gzip (best level, no timestamp) or brotli (best
// level) encoding of data; both are deterministic, so a cache keyed by the
// content's hash (in the user's cache directory) changes nothing but time.
func compressCached(data []byte, enc string) ([]byte, error) {
	sum := sha256.Sum256(data)
	var cache string
	if d, err := os.UserCacheDir(); err == nil {
		cache = filepath.Join(d, "sourcelight-build", hex.EncodeToString(sum[:])+"."+enc)
		if z, err := os.ReadFile(cache); err == nil {
			return z, nil
		}
	}
	z, err := compress(data, enc)
	if err != nil || cache == "" {
		return z, err
	}
	if os.MkdirAll(filepath.Dir(cache), 0o755) == nil {
		tmp := fmt.Sprintf("%s.%d.tmp", cache, os.Getpid())
		if os.WriteFile(tmp, z, 0o644) == nil {
			os.Rename(tmp, cache)
		}
	}
	return z, nil
}

func compress(data []byte, enc string) ([]byte, error) {
	var b bytes.Buffer
	var w io.WriteCloser
	if enc == "gz" {
		zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
		if err != nil {
			return nil, err
		}
		w = zw
	} else {
		w = brotli.NewWriterLevel(&b, brotli.BestCompression)
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
