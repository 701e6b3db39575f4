// Package e2e holds the browser tests: headless Chromium (chromedp) against
// the built site (dist/) served on a random 127.0.0.1 port, so what a person
// sees is what is tested.
//
// This file is the shared setup. TestMain makes sure a site is built (dist/
// when it is newer than every source, else a fresh build in a temporary
// directory, so a stale dist/ is never tested and dist/ is never written
// under someone else's feet; SOURCELIGHT_DIST names a site to use as it is)
// and serves it; Site is that server. Each test
// opens its own browser with NewBrowser (a fresh profile, so no service
// worker or cache leaks between tests) and can watch the console and the
// network with WatchConsole and WatchNetwork, or read the server's log.
package e2e

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"iter"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"sourcelight/build/site"
)

// Chromium is the browser the tests drive; CHROMIUM overrides the path.
var Chromium = "/usr/bin/chromium"

var (
	// Root is the repository, DistDir the built site under test.
	Root, DistDir string
	// Site serves DistDir for the whole test binary.
	Site *Server
	// tmpDirs are removed when the test binary ends (things shared
	// between tests, which t.TempDir would remove after the first).
	tmpDirs []string
)

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		fmt.Println("e2e: browser tests skipped in -short mode")
		os.Exit(0)
	}
	if p := os.Getenv("CHROMIUM"); p != "" {
		Chromium = p
	}
	if _, err := os.Stat(Chromium); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: Chromium is missing at %s; the browser tests need it: apt-get install chromium\n", Chromium)
		os.Exit(1)
	}
	code, err := setup(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func setup(m *testing.M) (int, error) {
	root, err := filepath.Abs("..")
	if err != nil {
		return 0, err
	}
	Root = root
	DistDir = filepath.Join(root, "dist")
	if d := os.Getenv("SOURCELIGHT_DIST"); d != "" {
		DistDir = d // a site built elsewhere, used as it is
	} else if stale, why := Stale(DistDir); stale {
		tmp, err := os.MkdirTemp("", "sourcelight-dist-")
		if err != nil {
			return 0, err
		}
		defer os.RemoveAll(tmp)
		fmt.Printf("e2e: dist/ is %s; building into %s\n", why, tmp)
		start := time.Now()
		if _, err := site.Build(site.Config{Root: root, Out: tmp}); err != nil {
			return 0, fmt.Errorf("build: %w", err)
		}
		fmt.Printf("e2e: built in %v\n", time.Since(start).Round(time.Millisecond))
		DistDir = tmp
	}
	Site, err = StartServer(DistDir)
	if err != nil {
		return 0, err
	}
	defer Site.Stop()
	defer func() {
		for _, d := range tmpDirs {
			os.RemoveAll(d)
		}
	}()
	return m.Run(), nil
}

// Stale reports whether dir lacks a build newer than every input of the site
// (index.html, web/, wasm/, annotate/, build/, third_party/, go.mod, go.sum), and why.
func Stale(dir string) (bool, string) {
	info, err := os.Stat(filepath.Join(dir, site.InfoName))
	if err != nil {
		return true, "missing"
	}
	built := info.ModTime()
	newer := ""
	for _, in := range []string{"index.html", "web", "wasm", "annotate", "build", "third_party", "go.mod", "go.sum"} {
		filepath.WalkDir(filepath.Join(Root, in), func(p string, d fs.DirEntry, err error) error {
			if err != nil || newer != "" {
				return filepath.SkipAll
			}
			if fi, err := d.Info(); err == nil && !d.IsDir() && fi.ModTime().After(built) {
				newer = p
				return filepath.SkipAll
			}
			return nil
		})
	}
	if newer != "" {
		rel, _ := filepath.Rel(Root, newer)
		return true, "older than " + rel
	}
	return false, ""
}

// Server serves a built site on a random 127.0.0.1 port with the same
// handler as `go run ./build serve`, and logs every request it answers.
type Server struct {
	URL string // http://127.0.0.1:PORT (no trailing slash)
	srv *http.Server
	h   atomic.Pointer[http.Handler]

	mu   sync.Mutex
	reqs []string
}

// StartServer serves dir on a fresh port.
func StartServer(dir string) (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	return serveOn(ln, dir), nil
}

func serveOn(ln net.Listener, dir string) *Server {
	s := &Server{URL: "http://" + ln.Addr().String()}
	s.Deploy(dir)
	s.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.reqs = append(s.reqs, r.URL.Path)
		s.mu.Unlock()
		(*s.h.Load()).ServeHTTP(w, r)
	})}
	go s.srv.Serve(ln)
	return s
}

// Deploy makes the server serve dir from now on, as a deploy to a static
// host would: same origin, no interruption.
func (s *Server) Deploy(dir string) {
	h := site.Handler(dir)
	s.h.Store(&h)
}

// Addr is the host:port the server listens on.
func (s *Server) Addr() string { return strings.TrimPrefix(s.URL, "http://") }

// Stop closes the listener and every connection at once: for the browser
// the site is gone.
func (s *Server) Stop() { s.srv.Close() }

// Requests returns the paths requested so far, in order.
func (s *Server) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.reqs...)
}

// ResetRequests forgets the log.
func (s *Server) ResetRequests() {
	s.mu.Lock()
	s.reqs = nil
	s.mu.Unlock()
}

// NewBrowser starts headless Chromium with a fresh profile and returns the
// context of its first tab, ready to use. The browser closes and its profile
// is removed when the test ends. The tab is 1280x900 unless opts change it.
func NewBrowser(t testing.TB, opts ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	profile, err := os.MkdirTemp("", "sourcelight-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	all := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	all = append(all, opts...)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), all...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		acancel()
		os.RemoveAll(profile)
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// Run runs one action with a timeout and fails the test on error.
func Run[T any](t testing.TB, ctx context.Context, timeout time.Duration, a chromedp.Action[T]) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	v, err := chromedp.Run(tctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Eval evaluates a JavaScript expression in the page, awaiting it when it
// is a promise, and decodes the result into T.
func Eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	return Run(t, ctx, 30*time.Second, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// Navigate loads url and waits for its load event.
func Navigate(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	Run(t, ctx, 30*time.Second, chromedp.Navigate(url))
}

// WaitFor evaluates a JavaScript expression (awaited when it is a promise)
// every 25 ms until it is truthy. It keeps trying across navigations, when
// the page being inspected goes away between two tries.
func WaitFor(t testing.TB, ctx context.Context, expr string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var last error
	for time.Now().Before(deadline) {
		tctx, cancel := context.WithTimeout(ctx, time.Until(deadline))
		ok, err := chromedp.Run(tctx, chromedp.Evaluate[bool]("(async () => !!("+expr+"))()", chromedp.EvalAwaitPromise))
		cancel()
		if err == nil && ok {
			return
		}
		if ctx.Err() != nil {
			break
		}
		last = err
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("waited %v for %s (last error: %v)", timeout, expr, last)
}

// Console records what the page writes to its console.
type Console struct {
	mu   sync.Mutex
	msgs []chromedp.ConsoleMessage
}

// WatchConsole starts recording the console of ctx's tab: console API
// calls, uncaught exceptions and browser log entries (failed loads, CSP
// violations).
func WatchConsole(ctx context.Context) *Console {
	c := &Console{}
	record(&c.mu, &c.msgs, chromedp.Console(ctx))
	return c
}

// Messages returns everything recorded so far, as DevTools shows it.
func (c *Console) Messages() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		out = append(out, string(m.Type)+": "+m.String())
	}
	return out
}

// Errors returns the errors and exceptions recorded so far.
func (c *Console) Errors() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		if m.Type == chromedp.ConsoleError || m.IsException() {
			out = append(out, fmt.Sprintf("%s (%s:%d)", m.String(), m.URL, m.Line+1))
		}
	}
	return out
}

// Network records the requests of ctx's tab (the page's own; a worker's
// requests reach the server log, Server.Requests).
type Network struct {
	mu   sync.Mutex
	reqs []network.EventRequestWillBeSent
}

// WatchNetwork starts recording the requests of ctx's tab.
func WatchNetwork(ctx context.Context) *Network {
	n := &Network{}
	record(&n.mu, &n.reqs, chromedp.Events(ctx, network.RequestWillBeSent))
	return n
}

// URLs returns the URLs requested so far, in order.
func (n *Network) URLs() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []string
	for _, r := range n.reqs {
		out = append(out, r.Request.URL)
	}
	return out
}

// Reset forgets the requests recorded so far.
func (n *Network) Reset() {
	n.mu.Lock()
	n.reqs = nil
	n.mu.Unlock()
}

// record appends what seq yields to *dst, under mu, until seq ends (its
// subscription starts now, so nothing after this call is missed).
func record[E any](mu *sync.Mutex, dst *[]E, seq iter.Seq2[E, error]) {
	go func() {
		for v, err := range seq {
			if err != nil {
				return
			}
			mu.Lock()
			*dst = append(*dst, v)
			mu.Unlock()
		}
	}()
}
