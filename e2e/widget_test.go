package e2e

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"sourcelight/demo"
)

// The widget tests run the demo host (demo/) on its own 127.0.0.1 port, so
// widget.js and its frame (Site, the built dist/) come from another origin,
// under the host CSP of the README (demo.CSP) and with hostile global CSS.

// hostileCSS is what a careless host might ship; the widget must neither
// suffer from it nor change what it does to the host's own elements.
const hostileCSS = "* { font-size: 23px !important }\nbutton { display: none }\n"

// widgetScript matches the demo's widget tag (its src is rewritten to Site).
var widgetScript = regexp.MustCompile(`(?s)<script src="` + regexp.QuoteMeta(demo.DefaultWidget) + `/widget\.js"[^>]*></script>\n?`)

// hostPages writes the pages the tests load into a temporary copy of demo/:
//
//	index.html     the demo with the hostile stylesheet
//	nowidget.html  the same page without the widget's script tag
//	long.html      the demo article repeated to at least 2,000 words
func hostPages(t *testing.T) string {
	t.Helper()
	src := filepath.Join(Root, "demo")
	dir := t.TempDir()
	for _, name := range []string{"demo.css", "host.js", "favicon.svg"} {
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		write(t, dir, name, string(b))
	}
	b, err := os.ReadFile(filepath.Join(src, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	if !widgetScript.MatchString(page) {
		t.Fatalf("demo/index.html has no <script src=%q> tag", demo.DefaultWidget+"/widget.js")
	}
	const link = `<link rel="stylesheet" href="/demo.css">`
	if !strings.Contains(page, link) {
		t.Fatalf("demo/index.html does not link /demo.css")
	}
	page = strings.Replace(page, link, link+"\n"+`<link rel="stylesheet" href="/hostile.css">`, 1)
	write(t, dir, "hostile.css", hostileCSS)
	write(t, dir, "index.html", page)
	write(t, dir, "nowidget.html", widgetScript.ReplaceAllString(page, ""))

	// long.html: the article's paragraphs again and again.
	paras := regexp.MustCompile(`(?s)<p>.*?</p>`).FindAllString(page, -1)
	var body strings.Builder
	words := 0
	for words < 2000 {
		for _, p := range paras {
			body.WriteString(p + "\n")
			words += len(strings.Fields(p))
		}
	}
	long := regexp.MustCompile(`(?s)<article.*</article>`).ReplaceAllLiteralString(page,
		"<article class=\"story\" data-sourcelight>\n"+body.String()+"</article>")
	write(t, dir, "long.html", long)

	// options.html: every option of the script tag, and a data-target
	// selector instead of the data-sourcelight attribute.
	opts := widgetScript.ReplaceAllLiteralString(page, `<script src="`+demo.DefaultWidget+`/widget.js" defer data-target="main .story"`+
		` data-kinds="quote, figure" data-theme="dark" data-position="top-left" data-open="true"></script>`)
	write(t, dir, "options.html", strings.Replace(opts, `<article class="story" data-sourcelight>`, `<article class="story">`, 1))
	return dir
}

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// startHost serves dir as the demo host on a fresh port and returns its URL.
func startHost(t *testing.T, dir string) string {
	t.Helper()
	return startHostWith(t, demo.Handler(dir, Site.URL))
}

// startHostWith serves h as the host on a fresh port.
func startHostWith(t *testing.T, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	host := "http://" + ln.Addr().String()
	if host == Site.URL {
		t.Fatal("the host and the widget share an origin")
	}
	return host
}

// JavaScript run in the host page.
const (
	// highlighted is the text of every range of a highlight, in order.
	jsHighlighted = `((name) => { const h = CSS.highlights.get(name); return h ? [...h].map((r) => r.toString()) : []; })`
	// styles digests the computed style of every element of the page but
	// the widget's own.
	jsStyles = `(() => {
		const out = [];
		for (const el of [document.documentElement, ...document.querySelectorAll("body, body *")]) {
			const cs = getComputedStyle(el);
			const props = [];
			for (let i = 0; i < cs.length; i++) props.push(cs[i] + ":" + cs.getPropertyValue(cs[i]));
			out.push(el.localName + (el.id ? "#" + el.id : "") + "{" + props.join(";") + "}");
		}
		return out;
	})()`
	// sameMarkup compares the live body with the body parsed from the bytes
	// the server sent.
	jsSameMarkup = `(async () => {
		const src = await (await fetch(location.href)).text();
		const parsed = new DOMParser().parseFromString(src, "text/html");
		const live = document.querySelector("[data-sourcelight]").outerHTML;
		const orig = parsed.querySelector("[data-sourcelight]").outerHTML;
		return {article: live === orig, body: document.body.outerHTML === parsed.body.outerHTML, len: live.length,
			htmlChildren: [...document.documentElement.children].map((e) => e.localName).join(",")};
	})()`
	jsGlobals = `Object.getOwnPropertyNames(window).sort()`
	jsShadow  = `document.querySelector("sourcelight-widget").shadowRoot`
)

// TestWidget embeds the widget in the demo host, from another origin, under
// the host CSP and hostile CSS, and checks what issue 5 promises.
func TestWidget(t *testing.T) {
	host := startHost(t, hostPages(t))
	ctx := NewBrowser(t)
	con := WatchConsole(ctx)

	// The same page without the widget: its globals and computed styles.
	Navigate(t, ctx, host+"/nowidget.html")
	baseGlobals := Eval[[]string](t, ctx, jsGlobals)
	baseStyles := Eval[[]string](t, ctx, jsStyles)

	Navigate(t, ctx, host+"/")
	if got := Eval[string](t, ctx, `document.querySelector('script[src$="/widget.js"]').src`); !strings.HasPrefix(got, Site.URL+"/") {
		t.Fatalf("widget.js comes from %s, want the widget's origin %s", got, Site.URL)
	}
	version := Eval[string](t, ctx, `Sourcelight.ready`)
	t.Logf("engine version %s", version)
	// Every target found at start is highlighted when the widget sets this
	// mark; the first highlights alone may come from the article before the
	// letter in the sidebar is done.
	WaitFor(t, ctx, `performance.getEntriesByName("sourcelight:highlights").length > 0`, 30*time.Second)

	t.Run("highlights", func(t *testing.T) {
		hl := map[string][]string{}
		for _, k := range []string{"quote", "figure", "source", "cue"} {
			hl[k] = Eval[[]string](t, ctx, jsHighlighted+`("sl-`+k+`")`)
			if len(hl[k]) == 0 {
				t.Errorf("no sl-%s highlights", k)
			}
		}
		t.Logf("%d quotes, %d figures, %d source mentions, %d cues", len(hl["quote"]), len(hl["figure"]), len(hl["source"]), len(hl["cue"]))
		// A quote across elements (the <em> inside it) is one range.
		if !slices.ContainsFunc(hl["quote"], func(s string) bool { return strings.Contains(s, "We are not in a crisis yet, and I would like") }) {
			t.Errorf("the quote around <em>yet</em> is not highlighted as one range; quotes: %q", hl["quote"])
		}
		if !slices.ContainsFunc(hl["source"], func(s string) bool { return strings.Contains(s, "Osei") }) {
			t.Errorf("Osei is not highlighted as a source; sources: %q", hl["source"])
		}
		if !slices.ContainsFunc(hl["figure"], func(s string) bool { return strings.Contains(s, "31%") }) {
			t.Errorf("31%% is not highlighted as a figure; figures: %q", hl["figure"])
		}
		// Nothing comes from the hidden, aria-hidden or script text.
		for k, list := range hl {
			for _, s := range list {
				for _, bad := range []string{"Subscribe", "Like", "NewsArticle", "headline"} {
					if strings.Contains(s, bad) {
						t.Errorf("sl-%s highlights %q, from text the widget must skip", k, s)
					}
				}
			}
		}
		// Every element marked data-sourcelight is annotated: the letter in
		// the sidebar too, as its own text.
		if !slices.ContainsFunc(hl["quote"], func(s string) bool { return strings.HasPrefix(s, "“Fix the leaks first") }) {
			t.Errorf("the letter's quote is not highlighted; quotes: %q", hl["quote"])
		}
		// Each range lies inside one target.
		if n := Eval[int](t, ctx, `(() => { const a = [...document.querySelectorAll("[data-sourcelight]")]; let bad = 0;
			for (const [, h] of CSS.highlights) for (const r of h) if (!a.some((t) => t.contains(r.commonAncestorContainer))) bad++; return bad; })()`); n != 0 {
			t.Errorf("%d ranges outside the marked elements", n)
		}
	})

	t.Run("engine after load", func(t *testing.T) {
		// The frame (and so the engine) is requested after the host's load
		// event, and widget.js is all that loads before it.
		got := Eval[string](t, ctx, `(() => { const nav = performance.getEntriesByType("navigation")[0];
			const f = performance.getEntriesByType("resource").find((e) => e.name.startsWith("`+Site.URL+`/frame.html"));
			return f ? (f.startTime >= nav.loadEventStart ? "after" : "before " + f.startTime + " < " + nav.loadEventStart) : "no frame"; })()`)
		if got != "after" {
			t.Errorf("the engine's frame loaded %s the host's load event", got)
		}
	})

	t.Run("host untouched", func(t *testing.T) {
		var m struct {
			Article, Body bool
			Len           int
			HTMLChildren  string
		}
		raw := Eval[json.RawMessage](t, ctx, jsSameMarkup)
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		if !m.Article || m.Len < 1000 {
			t.Errorf("the article's markup changed (or is missing): %+v", m)
		}
		if !m.Body {
			t.Errorf("the body's markup changed")
		}
		if m.HTMLChildren != "head,body,sourcelight-widget" {
			t.Errorf("children of <html>: %s, want head,body,sourcelight-widget", m.HTMLChildren)
		}
		styles := Eval[[]string](t, ctx, jsStyles)
		if len(styles) != len(baseStyles) {
			t.Fatalf("%d elements with the widget, %d without", len(styles), len(baseStyles))
		}
		diffs := 0
		for i := range styles {
			if styles[i] != baseStyles[i] {
				if diffs++; diffs <= 3 {
					t.Errorf("computed style changed by the widget:\nwithout: %.300s\nwith:    %.300s", firstDiff(baseStyles[i], styles[i]), firstDiff(styles[i], baseStyles[i]))
				}
			}
		}
		if diffs > 0 {
			t.Errorf("%d elements have other computed styles with the widget", diffs)
		}
	})

	t.Run("one global", func(t *testing.T) {
		globals := Eval[[]string](t, ctx, jsGlobals)
		var added []string
		for _, g := range globals {
			if !slices.Contains(baseGlobals, g) {
				added = append(added, g)
			}
		}
		if !slices.Equal(added, []string{"Sourcelight"}) {
			t.Errorf("globals added by the widget: %q, want only Sourcelight", added)
		}
		for _, g := range []string{"Go", "fs", "process", "sourcelightAnnotate", "sourcelightVersion"} {
			if Eval[bool](t, ctx, `"`+g+`" in window`) {
				t.Errorf("window.%s reached the host", g)
			}
		}
		keys := Eval[[]string](t, ctx, `Object.keys(Sourcelight).sort()`)
		if !slices.Equal(keys, []string{"annotate", "ready", "refresh", "version"}) {
			t.Errorf("Sourcelight has %q", keys)
		}
		if v := Eval[string](t, ctx, `Sourcelight.version`); v != version {
			t.Errorf("Sourcelight.version %q, ready gave %q", v, version)
		}
	})

	t.Run("api", func(t *testing.T) {
		raw := Eval[json.RawMessage](t, ctx, `Sourcelight.annotate("“We will rebuild,” said Mayor Ana Ruiz, who expects 1,200 volunteers.")`)
		var res struct {
			Sources []struct{ Name string }
			Quotes  []struct{ Start, End int }
			Figures []struct{ Text string }
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatalf("annotate: %v (%s)", err, raw)
		}
		if len(res.Quotes) != 1 || res.Quotes[0].Start != 0 || len(res.Figures) == 0 {
			t.Errorf("annotate gave %s", raw)
		}
		if msg := Eval[string](t, ctx, `Sourcelight.annotate(42).then(() => "resolved", (e) => e.name)`); msg != "TypeError" {
			t.Errorf("annotate(42): %s, want a TypeError", msg)
		}
	})

	t.Run("ui in shadow root", func(t *testing.T) {
		// The hostile `button { display: none }` and `* { font-size: 23px
		// !important }` do not reach the widget's own buttons.
		got := Eval[string](t, ctx, `(() => { const b = `+jsShadow+`.querySelector(".toggle"); const cs = getComputedStyle(b);
			return (cs.display !== "none") + " " + cs.fontSize + " " + (b.getBoundingClientRect().width > 40); })()`)
		if got != "true 14px true" {
			t.Errorf("the toggle is shown, its font size, it has a width: %q, want true 14px true", got)
		}
		if n := Eval[int](t, ctx, `document.querySelectorAll("[style]").length`); n != 0 {
			t.Errorf("%d elements with a style attribute", n)
		}
		// Click the toggle where a reader would.
		var box struct{ X, Y float64 }
		raw := Eval[json.RawMessage](t, ctx, `(() => { const r = `+jsShadow+`.querySelector(".toggle").getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()`)
		if err := json.Unmarshal(raw, &box); err != nil {
			t.Fatal(err)
		}
		Run(t, ctx, 10*time.Second, chromedp.MouseClickXY(box.X, box.Y))
		WaitFor(t, ctx, `!`+jsShadow+`.querySelector(".panel").hidden && `+jsShadow+`.querySelector(".sources").textContent.includes("Osei")`, 10*time.Second)
		status := Eval[string](t, ctx, jsShadow+`.querySelector(".status").textContent`)
		t.Logf("panel: %s", status)
		if !strings.Contains(status, "quote") {
			t.Errorf("panel status %q", status)
		}
		if fs := Eval[string](t, ctx, `getComputedStyle(`+jsShadow+`.querySelector(".panel h2")).fontSize`); fs != "16px" {
			t.Errorf("panel heading font size %s, want 16px", fs)
		}
		// An item of the panel goes to its text and flashes it.
		Eval[bool](t, ctx, jsShadow+`.querySelector(".sources .item").click() || true`)
		if got := Eval[[]string](t, ctx, jsHighlighted+`("sl-flash")`); len(got) != 1 || got[0] == "" {
			t.Errorf("sl-flash after clicking a panel item: %q", got)
		}
		// Escape closes it again.
		Run(t, ctx, 10*time.Second, chromedp.KeyEvent("\x1b"))
		WaitFor(t, ctx, jsShadow+`.querySelector(".panel").hidden`, 10*time.Second)
	})

	t.Run("auto theme", func(t *testing.T) {
		panelBg := jsShadow + `.querySelector(".panel")`
		if got := Eval[string](t, ctx, `getComputedStyle(`+panelBg+`).backgroundColor`); got != "rgb(255, 255, 255)" {
			t.Errorf("light system: panel background %s", got)
		}
		dark := func(v string) {
			t.Helper()
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v}}}); err != nil {
				t.Fatal(err)
			}
		}
		dark("dark")
		defer dark("")
		if got := Eval[string](t, ctx, `getComputedStyle(`+panelBg+`).backgroundColor`); got != "rgb(29, 30, 36)" {
			t.Errorf("dark system: panel background %s", got)
		}
	})

	t.Run("content added later", func(t *testing.T) {
		Eval[bool](t, ctx, `(() => { const p = document.createElement("p");
			p.textContent = "“The pumps are running day and night,” said Ravi Mendes, who manages the Dunmere station.";
			document.querySelector("[data-sourcelight]").append(p); return true; })()`)
		WaitFor(t, ctx, jsHighlighted+`("sl-quote").some((s) => s.includes("pumps are running day and night"))`, 30*time.Second)
		// A framework re-rendering a text node in place.
		Eval[bool](t, ctx, `(() => { const n = [...document.querySelectorAll("[data-sourcelight] p")].find((p) => p.textContent.includes("I remember the queues")).lastChild;
			n.data = n.data.replace("I remember the queues.", "I remember the long queues."); return true; })()`)
		WaitFor(t, ctx, jsHighlighted+`("sl-quote").some((s) => s.includes("I remember the long queues."))`, 30*time.Second)
		// A framework replacing a node by an equal one: the live ranges in
		// the old node collapse at once; the widget maps its result onto
		// the new node.
		Eval[bool](t, ctx, `(() => { const p = [...document.querySelectorAll("[data-sourcelight] p")].find((p) => p.textContent.includes("Not if people help us now"));
			p.replaceChildren(document.createTextNode(p.textContent)); return true; })()`)
		WaitFor(t, ctx, jsHighlighted+`("sl-quote").some((s) => s === "“Not if people help us now.”")`, 30*time.Second)
	})

	if errs := con.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// firstDiff returns a from a little before the first byte where it differs
// from b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[max(0, i-80):]
}

// TestWidgetLongArticle logs the time from the engine being ready to the
// highlights of a 2,000-word article, and widget.js's brotli size.
func TestWidgetLongArticle(t *testing.T) {
	if st, err := os.Stat(filepath.Join(DistDir, "widget.js.br")); err == nil {
		t.Logf("widget.js: %.1f KiB brotli (budget 15 KiB)", float64(st.Size())/1024)
	}
	host := startHost(t, hostPages(t))
	ctx := NewBrowser(t)
	con := WatchConsole(ctx)
	Navigate(t, ctx, host+"/long.html")
	Eval[string](t, ctx, `Sourcelight.ready`)
	WaitFor(t, ctx, `performance.getEntriesByName("sourcelight:highlights").length > 0`, 30*time.Second)
	ms := Eval[float64](t, ctx, `performance.getEntriesByName("sourcelight:highlights")[0].startTime - performance.getEntriesByName("sourcelight:ready")[0].startTime`)
	n := Eval[int](t, ctx, `CSS.highlights.get("sl-quote").size + CSS.highlights.get("sl-figure").size + CSS.highlights.get("sl-source").size`)
	words := Eval[int](t, ctx, `document.querySelector("[data-sourcelight]").innerText.split(/\s+/).length`)
	total := Eval[float64](t, ctx, `performance.getEntriesByName("sourcelight:highlights")[0].startTime -
		performance.getEntriesByType("resource").find((e) => e.name.startsWith("`+Site.URL+`/frame.html")).startTime`)
	t.Logf("%d-word article: highlights %.0f ms after ready (%d ranges; target 1,000 ms); %.0f ms after the frame was requested", words, ms, n, total)
	if errs := con.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// TestWidgetFrameChecksOrigin loads the engine's frame on its own and under
// a parent that lies about its origin: it must stay inert (no worker, no
// engine), since it only answers the window and origin that embed it. Then
// the honest demo host loads, as a control: the first request for the
// engine must come after that host's own frame.
func TestWidgetFrameChecksOrigin(t *testing.T) {
	dir := hostPages(t)
	write(t, dir, "liar.html", fmt.Sprintf(`<!doctype html><title>liar</title><iframe src="%s/frame.html#origin=http://news.example"></iframe>`, Site.URL))
	host := startHost(t, dir)
	ctx := NewBrowser(t)
	Site.ResetRequests()
	Navigate(t, ctx, host+"/liar.html")
	Navigate(t, ctx, Site.URL+"/frame.html")
	Navigate(t, ctx, host+"/nowidget.html") // a page of the host without the widget: nothing
	Navigate(t, ctx, host+"/")
	Eval[string](t, ctx, `Sourcelight.ready`)
	reqs := Site.Requests()
	frames, engine := 0, -1
	for i, p := range reqs {
		if p == "/frame.html" {
			frames++
		}
		if engine < 0 && (strings.Contains(p, "/worker.") || strings.HasSuffix(p, ".wasm")) {
			engine = i
			if frames < 3 {
				t.Errorf("the engine started before the honest host's frame loaded (request %d of %q)", i, reqs)
			}
		}
	}
	if frames != 3 || engine < 0 {
		t.Errorf("requests %q: want three loads of /frame.html and the engine once", reqs)
	}
}

// TestWidgetOptions loads the demo with every option of the script tag set,
// under the host CSP with Trusted Types enforced as well.
func TestWidgetOptions(t *testing.T) {
	host := startHostWith(t, demo.HandlerWithCSP(hostPages(t), Site.URL, demo.CSP(Site.URL)+"; require-trusted-types-for 'script'"))
	ctx := NewBrowser(t)
	con := WatchConsole(ctx)
	Navigate(t, ctx, host+"/options.html")
	Eval[string](t, ctx, `Sourcelight.ready`)
	WaitFor(t, ctx, `performance.getEntriesByName("sourcelight:highlights").length > 0`, 30*time.Second)
	// Only the kinds asked for are registered.
	if got := Eval[string](t, ctx, `["quote", "figure", "source", "cue"].filter((k) => CSS.highlights.has("sl-" + k)).join(" ")`); got != "quote figure" {
		t.Errorf("highlights shown: %q, want quote figure", got)
	}
	// Open at start, dark, top left.
	got := Eval[string](t, ctx, `(() => { const s = `+jsShadow+`, r = s.querySelector(".toggle").getBoundingClientRect();
		return [s.querySelector(".panel").hidden, s.querySelector(".sl").className, r.left < 40 && r.top < 40,
			getComputedStyle(s.querySelector(".panel")).backgroundColor].join(" "); })()`)
	if got != "false sl dark top-left true rgb(29, 30, 36)" {
		t.Errorf("panel hidden, classes, toggle at top left, panel background: %q", got)
	}
	// The panel's kind switches turn highlights on and off.
	Eval[bool](t, ctx, jsShadow+`.querySelectorAll(".kinds input")[3].click() || true`) // sources
	if !Eval[bool](t, ctx, `CSS.highlights.has("sl-source")`) {
		t.Error("ticking Sources did not show sl-source")
	}
	Eval[bool](t, ctx, jsShadow+`.querySelectorAll(".kinds input")[0].click() || true`) // all highlights
	if n := Eval[int](t, ctx, `["quote", "figure", "source", "cue"].filter((k) => CSS.highlights.has("sl-" + k)).length`); n != 0 {
		t.Errorf("%d highlights still shown with Highlights off", n)
	}
	if errs := con.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// TestWidgetHostCSPWithoutFrameSrc: a host whose CSP lacks the widget's
// origin in frame-src gets a rejected ready that names the fix.
func TestWidgetHostCSPWithoutFrameSrc(t *testing.T) {
	dir := hostPages(t)
	host := startHostWith(t, demo.HandlerWithCSP(dir, Site.URL, "default-src 'self'; script-src 'self' "+Site.URL))
	ctx := NewBrowser(t)
	Navigate(t, ctx, host+"/")
	msg := Eval[string](t, ctx, `Sourcelight.ready.then(() => "ready", (e) => e.message)`)
	if !strings.Contains(msg, "frame-src") || !strings.Contains(msg, Site.URL) {
		t.Errorf("ready with the frame blocked: %q, want a message naming frame-src %s", msg, Site.URL)
	}
	status := Eval[string](t, ctx, jsShadow+`.querySelector(".status").textContent`)
	if !strings.Contains(status, "frame-src") {
		t.Errorf("panel status %q does not say what to add", status)
	}
}
