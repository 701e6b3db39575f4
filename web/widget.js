// Sourcelight widget: one script tag annotates a news site's own article in
// place.
//
//   <script src="https://ASSETS/widget.js" defer
//           data-target="article .story-body"   (optional; default [data-sourcelight])
//           data-kinds="quote figure source cue" (optional; which highlights to show)
//           data-theme="auto"                    (light, dark or auto)
//           data-position="bottom-right"         (bottom-right, bottom-left, top-right, top-left)
//           data-open="false"></script>          (the panel open at start)
//
// Every element marked data-sourcelight (or matched by data-target) is
// annotated where it stands. The host's DOM is never modified:
//   - The text of each target is read from its Text nodes (skipping script,
//     style, hidden and aria-hidden elements; a block boundary counts as a
//     paragraph break, a <br> as a line break) and the engine's offsets are
//     mapped back to (node, offset) pairs. Highlights are Ranges registered
//     with the CSS Custom Highlight API under the names sl-quote, sl-figure,
//     sl-source and sl-cue (plus sl-lit and sl-flash while the reader points
//     at a panel item). Their styles live in one constructed stylesheet
//     adopted by the document, which holds only ::highlight() rules; hosts
//     restyle them with the custom properties --sl-quote-bg, --sl-quote-line,
//     --sl-figure-bg, --sl-figure-line, --sl-source-bg, --sl-source-line,
//     --sl-cue-line, --sl-lit-bg and --sl-flash-bg (or with their own
//     ::highlight(sl-…) rules).
//   - A MutationObserver re-reads a target when its text changes (debounced);
//     unchanged text is not re-annotated, and text re-rendered by a
//     framework into new nodes only gets new ranges.
//   - The widget's UI (a toggle and a panel of sources and figures) lives in
//     a shadow root on one <sourcelight-widget> element appended to <html>,
//     styled by constructed stylesheets (no inline styles: it works under a
//     host's style-src 'self'). The panel's colours follow --sl-panel-bg,
//     --sl-panel-fg and --sl-accent when the host sets them.
//   - The engine runs in a hidden iframe from this script's own origin
//     (frame.html), in the page's Web Worker: the host needs no
//     'wasm-unsafe-eval' and its scripts cannot reach the engine's state.
//     The two talk over postMessage: the origin and the source window are
//     checked on every message, the target origin is always explicit, and
//     the schema is fixed (see frame.js). The frame is created when the page
//     is idle (or at the first call of the API).
//
// A host with a Content-Security-Policy adds the widget's origin to
// script-src and frame-src, nothing else:
//   script-src 'self' https://ASSETS; frame-src https://ASSETS
//
// API: window.Sourcelight is the only global this script adds.
//   Sourcelight.ready            Promise<string>: the engine version, once loaded
//   Sourcelight.annotate(text)   Promise<object>: the JSON of ANNOTATION.md §5, UTF-16 offsets
//   Sourcelight.version          the engine version, or null before ready
//   Sourcelight.refresh()        Promise: re-reads and re-annotates every target
// Timing: performance marks "sourcelight:ready" (the engine is loaded) and
// "sourcelight:highlights" (every target found at start is highlighted).
(() => {
  "use strict";
  if (window.Sourcelight) return; // the page itself, or this script twice
  if (!("adoptedStyleSheets" in Document.prototype) || !("replaceSync" in CSSStyleSheet.prototype)) {
    console.warn("Sourcelight: this browser lacks constructable stylesheets; the widget needs a browser from 2023 or later.");
    return;
  }

  const WIDGET_VERSION = "__SOURCELIGHT_VERSION__"; // stamped by the build
  const PROTO = "sourcelight/1";
  const MAX_CHARS = 16 * 1024 * 1024;
  const DEBOUNCE_MS = 300;
  const LOAD_TIMEOUT_MS = 30000;
  const KINDS = ["quote", "figure", "source", "cue"];
  const KIND_LABEL = { quote: "Quotes", figure: "Figures", source: "Sources", cue: "Cue words" };
  const HL_NAMES = ["quote", "figure", "source", "cue", "lit", "flash"];
  const HL_PRIORITY = { quote: 1, figure: 2, source: 3, cue: 3, lit: 5, flash: 6 };
  // Elements whose text is not article text.
  const SKIP = new Set(["script", "style", "noscript", "template", "textarea", "select", "option", "input",
    "button", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio", "sourcelight-widget"]);

  const script = document.currentScript || document.querySelector('script[src$="/widget.js"]');
  const SCRIPT_URL = new URL(script ? script.src : "widget.js", location.href);
  const ORIGIN = SCRIPT_URL.origin;
  const data = (script && script.dataset) || {};
  const opts = {
    target: (data.target || "").trim() || "[data-sourcelight]",
    kinds: new Set((data.kinds || KINDS.join(" ")).toLowerCase().split(/[\s,]+/).filter((k) => KINDS.includes(k))),
    theme: ["light", "dark"].includes(data.theme) ? data.theme : "auto",
    position: /^(top|bottom)-(left|right)$/.test(data.position || "") ? data.position : "bottom-right",
    open: data.open === "" || data.open === "true" || data.open === "open",
  };

  // -------------------------------------------------------------------------
  // The engine, in the frame.

  const pending = new Map();
  let nextId = 1;
  let frame = null;
  let engineVersion = null;
  let failure = null;
  let loadTimer = 0;
  let settle;
  const ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
  ready.catch(() => {});

  function startEngine() {
    if (frame || failure) return;
    if (location.origin === "null") return fail("the page has no origin (file: or sandboxed), so the widget's frame cannot answer it");
    frame = document.createElement("iframe");
    frame.className = "engine";
    frame.title = "Sourcelight engine";
    frame.tabIndex = -1;
    frame.setAttribute("aria-hidden", "true");
    frame.referrerPolicy = "no-referrer";
    // The frame keeps its origin (its worker and its engine are same-origin
    // to it) but may not navigate the host, open windows or submit forms.
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin");
    frame.src = new URL("frame.html", SCRIPT_URL).href + "#origin=" + encodeURIComponent(location.origin);
    window.addEventListener("message", onMessage);
    loadTimer = setTimeout(() => fail("the engine took more than 30 seconds to load"), LOAD_TIMEOUT_MS);
    ui.root.append(frame);
  }

  function onMessage(e) {
    if (!frame || e.source !== frame.contentWindow || e.origin !== ORIGIN) return;
    const m = e.data;
    if (!m || typeof m !== "object" || m.sl !== PROTO) return;
    switch (m.type) {
      case "ready":
        if (engineVersion || failure) return;
        clearTimeout(loadTimer);
        engineVersion = String(m.version);
        if (engineVersion !== WIDGET_VERSION && !WIDGET_VERSION.startsWith("__")) {
          console.warn(`Sourcelight: widget.js is version ${WIDGET_VERSION} but its engine is ${engineVersion} (a deploy in progress?)`);
        }
        performance.mark("sourcelight:ready");
        settle.resolve(engineVersion);
        return;
      case "failed":
        fail(String(m.message));
        return;
      case "result":
      case "error": {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.type === "error") p.reject(new Error("Sourcelight: " + String(m.message)));
        else if (m.result && typeof m.result === "object") p.resolve(m.result);
        else p.reject(new Error("Sourcelight: the engine sent no result"));
      }
    }
  }

  function fail(message) {
    if (engineVersion || failure) return;
    clearTimeout(loadTimer);
    failure = new Error("Sourcelight could not load: " + message + ".");
    settle.reject(failure);
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
    ui.status(failure.message);
    console.warn(failure.message);
  }

  // A host CSP without the widget's origin in frame-src blocks the frame;
  // say which directive to add instead of waiting for the timeout.
  document.addEventListener("securitypolicyviolation", (e) => {
    if (e.blockedURI && e.blockedURI.startsWith(ORIGIN) && /^(frame|child)-src/.test(e.effectiveDirective)) {
      fail(`this site's Content-Security-Policy blocks the widget's frame (add ${ORIGIN} to frame-src)`);
    }
  });

  function request(text) {
    startEngine();
    return ready.then(() => new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      frame.contentWindow.postMessage({ sl: PROTO, type: "annotate", id, text }, ORIGIN);
    }));
  }

  // -------------------------------------------------------------------------
  // Reading a target's text: Text nodes in order, block boundaries as
  // paragraph breaks. nodes[i] starts at starts[i] in the text and keeps its
  // length (whitespace is replaced one for one), so an offset maps back with
  // a binary search.

  function collect(root) {
    const parts = [], nodes = [], starts = [], lens = [];
    let pos = 0, brk = 0; // brk: 0 none, 1 line break, 2 paragraph break pending
    const walk = (el, pre) => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) {
          let s = n.data;
          if (!s || (brk || !pos) && !/\S/.test(s)) continue;
          if (!pre) s = s.replace(/[\t\n\r\f]/g, " ");
          if (brk && pos) {
            const sep = brk === 2 ? "\n\n" : "\n";
            parts.push(sep);
            pos += sep.length;
          }
          brk = 0;
          nodes.push(n); starts.push(pos); lens.push(s.length); parts.push(s);
          pos += s.length;
        } else if (n.nodeType === 1) {
          const tag = n.localName;
          if (tag === "br") { brk = Math.max(brk, 1); continue; }
          if (SKIP.has(tag) || n.hidden || n.getAttribute("aria-hidden") === "true") continue;
          const cs = getComputedStyle(n);
          const d = cs.display;
          if (d === "none" || cs.visibility !== "visible" || cs.contentVisibility === "hidden") continue;
          const block = !(d.startsWith("inline") || d === "contents" || d.startsWith("ruby"));
          if (block) brk = 2;
          walk(n, /^(pre|pre-wrap|pre-line|break-spaces)$/.test(cs.whiteSpace) || cs.whiteSpaceCollapse === "preserve" || cs.whiteSpaceCollapse === "preserve-breaks");
          if (block) brk = 2;
        }
      }
    };
    const cs = getComputedStyle(root);
    if (!root.hidden && cs.display !== "none") walk(root, cs.whiteSpaceCollapse === "preserve");
    return { text: parts.join(""), nodes, starts, lens };
  }

  // rangeOf maps [start, end) (UTF-16 offsets of the collected text) to a
  // Range over the Text nodes; offsets inside a separator move to the
  // nearest text inside the span.
  function rangeOf(doc, start, end) {
    const { nodes, starts, lens } = doc;
    const n = nodes.length;
    if (!n || end <= start) return null;
    // first node ending after start
    let lo = 0, hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] + lens[mid] > start) hi = mid; else lo = mid + 1; }
    const a = lo;
    // last node beginning before end
    lo = -1; hi = n - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] < end) lo = mid; else hi = mid - 1; }
    const b = lo;
    if (a >= n || b < 0 || a > b) return null;
    const r = document.createRange();
    try {
      r.setStart(nodes[a], Math.min(Math.max(0, start - starts[a]), nodes[a].length));
      r.setEnd(nodes[b], Math.min(end - starts[b], lens[b], nodes[b].length));
    } catch {
      return null; // the node changed under us; the observer re-reads it
    }
    return r;
  }

  // -------------------------------------------------------------------------
  // Highlights.

  const hasHighlights = typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";
  const hl = {};
  if (hasHighlights) {
    for (const k of HL_NAMES) {
      hl[k] = new Highlight();
      hl[k].priority = HL_PRIORITY[k];
    }
  }
  let showing = true;
  function showHighlights() {
    if (!hasHighlights) return;
    for (const k of HL_NAMES) {
      const on = showing && (k === "lit" || k === "flash" || opts.kinds.has(k));
      if (on) CSS.highlights.set("sl-" + k, hl[k]);
      else if (CSS.highlights.get("sl-" + k) === hl[k]) CSS.highlights.delete("sl-" + k);
    }
  }
  const hlAdd = (k, r) => { if (r && hasHighlights) hl[k].add(r); };
  const hlDel = (k, r) => { if (r && hasHighlights) hl[k].delete(r); };

  // The ::highlight rules, adopted by the document: nothing else in it, so
  // the host's own elements are styled exactly as before.
  const LIGHT = {
    "quote-bg": "rgba(255,196,0,.3)", "quote-line": "#a86b00", "figure-bg": "rgba(0,150,136,.18)",
    "figure-line": "#00796b", "source-bg": "rgba(63,81,181,.14)", "source-line": "#3f51b5",
    "cue-line": "#c2185b", "lit-bg": "rgba(233,30,99,.25)", "flash-bg": "rgba(255,110,0,.55)",
  };
  const DARK = {
    "quote-bg": "rgba(255,202,40,.22)", "quote-line": "#ffca28", "figure-bg": "rgba(77,208,225,.18)",
    "figure-line": "#4dd0e1", "source-bg": "rgba(159,168,218,.2)", "source-line": "#9fa8da",
    "cue-line": "#f48fb1", "lit-bg": "rgba(244,143,177,.3)", "flash-bg": "rgba(255,145,0,.5)",
  };
  function highlightCSS(p) {
    const v = (name) => `var(--sl-${name},${p[name]})`;
    return `::highlight(sl-quote){background-color:${v("quote-bg")};text-decoration:underline solid ${v("quote-line")} 2px}` +
      `::highlight(sl-figure){background-color:${v("figure-bg")};text-decoration:underline double ${v("figure-line")} 1px}` +
      `::highlight(sl-source){background-color:${v("source-bg")};text-decoration:underline dotted ${v("source-line")} 2px}` +
      `::highlight(sl-cue){text-decoration:underline wavy ${v("cue-line")} 1px}` +
      `::highlight(sl-lit){background-color:${v("lit-bg")}}` +
      `::highlight(sl-flash){background-color:${v("flash-bg")}}`;
  }
  function adoptHighlightStyles() {
    if (!hasHighlights) return;
    let css = highlightCSS(opts.theme === "dark" ? DARK : LIGHT);
    if (opts.theme === "auto") css += `@media (prefers-color-scheme:dark){${highlightCSS(DARK)}}`;
    hlSheet = new CSSStyleSheet();
    hlSheet.replaceSync(css);
    keepHighlightStyles();
  }
  // keepHighlightStyles re-adopts the sheet when the host has replaced
  // document.adoptedStyleSheets since (some frameworks assign the list).
  let hlSheet = null;
  function keepHighlightStyles() {
    if (hlSheet && !document.adoptedStyleSheets.includes(hlSheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, hlSheet];
    }
  }

  // -------------------------------------------------------------------------
  // Targets: each annotated element, its text, its result and its ranges.

  const targets = new Map(); // element → target
  let observer = null;
  let dirty = new Set(); // targets to re-read
  let rescan = false; // new elements may match the selector
  let debounceTimer = 0;

  class Target {
    constructor(el) {
      this.el = el;
      this.doc = null; // {text, nodes, starts, lens}
      this.result = null;
      this.ranges = null; // per kind: arrays of Ranges, plus per-item lists for the panel
      this.busy = null; // the promise of the call in flight
      this.again = false; // re-read when the call in flight ends
    }

    // update re-reads the text and annotates it when it changed.
    update(force) {
      if (this.busy) { this.again = true; return this.busy; }
      const doc = collect(this.el);
      const old = this.doc;
      if (!force && old && old.text === doc.text) {
        if (sameNodes(old, doc)) return Promise.resolve();
        this.doc = doc;
        this.draw();
        return Promise.resolve();
      }
      if (!doc.text.trim()) {
        this.doc = doc;
        this.result = null;
        this.draw();
        return Promise.resolve();
      }
      this.busy = request(doc.text).then((result) => {
        this.doc = doc;
        this.result = result;
        this.draw();
      }, (err) => {
        if (err !== failure) console.warn(err.message);
      }).finally(() => {
        this.busy = null;
        if (this.again) { this.again = false; return this.update(false); }
      });
      return this.busy;
    }

    clear() {
      const r = this.ranges;
      if (!r) return;
      for (const k of KINDS) for (const x of r[k]) hlDel(k, x);
      this.ranges = null;
    }

    draw() {
      keepHighlightStyles();
      this.clear();
      const res = this.result, doc = this.doc;
      if (res && doc && targets.get(this.el) === this) { // not for a target gone while the engine worked
        const mk = (s) => (s ? rangeOf(doc, s[0], s[1]) : null);
        const quotes = (res.quotes || []).map((q) => ({ q, r: mk([q.start, q.end]), cue: mk(q.cue) }));
        const figures = (res.figures || []).map((f) => ({ f, r: mk([f.start, f.end]) }));
        const sources = (res.sources || []).map((s) => ({ s, mentions: (s.mentions || []).map(mk) }));
        const claims = (res.attributions || []).map((a) => ({ a, r: mk(a.content || a.cue), cue: mk(a.cue) }));
        const cues = [];
        const seen = new Set();
        for (const x of [...quotes, ...claims]) {
          const s = x.cue && (x.q ? x.q.cue : x.a.cue);
          if (!s || seen.has(s[0] + ":" + s[1])) continue;
          seen.add(s[0] + ":" + s[1]);
          cues.push(x.cue);
        }
        this.ranges = {
          quote: quotes.map((x) => x.r).filter(Boolean),
          figure: figures.map((x) => x.r).filter(Boolean),
          source: sources.flatMap((x) => x.mentions).filter(Boolean),
          cue: cues.filter(Boolean),
          quotes, figures, sources, claims,
        };
        for (const k of KINDS) for (const x of this.ranges[k]) hlAdd(k, x);
      }
      schedulePanel();
    }
  }

  function sameNodes(a, b) {
    if (a.nodes.length !== b.nodes.length) return false;
    for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i] || a.starts[i] !== b.starts[i]) return false;
    return true;
  }

  // scan finds the targets: matches of the selector, outermost only.
  function scan() {
    let found;
    try {
      found = [...document.querySelectorAll(opts.target)];
    } catch {
      console.warn(`Sourcelight: data-target is not a valid CSS selector: ${opts.target}`);
      found = [];
    }
    found = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
    const keep = new Set(found);
    for (const [el, t] of targets) {
      if (!keep.has(el) || !el.isConnected) { t.clear(); targets.delete(el); }
    }
    for (const el of found) if (!targets.has(el)) targets.set(el, new Target(el));
    schedulePanel();
  }

  function updateAll(force) {
    return Promise.all([...targets.values()].map((t) => t.update(force)));
  }

  function onMutations(records) {
    for (const rec of records) {
      let n = rec.target;
      if (rec.type === "childList" && rec.addedNodes.length) {
        for (const a of rec.addedNodes) if (a.nodeType === 1) rescan = true;
      }
      if (n.nodeType !== 1) n = n.parentNode;
      for (const t of targets.values()) if (t.el.contains(n) || rec.type === "attributes" && n.contains(t.el)) dirty.add(t);
    }
    if (rescan || dirty.size) {
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(flush, DEBOUNCE_MS);
    }
  }

  function flush() {
    if (rescan) {
      rescan = false;
      const before = new Set(targets.values());
      scan();
      for (const t of targets.values()) if (!before.has(t)) dirty.add(t);
    }
    const list = [...dirty].filter((t) => targets.get(t.el) === t);
    dirty = new Set();
    // Before the engine is ready there is nothing to do: boot's
    // ready.then(updateAll) reads every target as it is then. (Early
    // mutations, such as a framework hydrating, must not pull the engine
    // in before the page is idle.)
    if (!engineVersion) return;
    for (const t of list) t.update(false);
  }

  // -------------------------------------------------------------------------
  // The UI: a toggle and a panel in a shadow root.

  const CSS_TEXT = `
:host{all:initial!important;display:contents!important}
.sl{--bg:var(--sl-panel-bg,#fff);--fg:var(--sl-panel-fg,#1d1d1f);--muted:#5d5d66;--line:#d9d6cf;--soft:#f2f0ea;--accent:var(--sl-accent,#1f5fbf);
position:fixed;z-index:2147483000;display:flex;flex-direction:column;gap:8px;max-width:min(380px,calc(100vw - 24px));
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);text-align:left;letter-spacing:normal;text-transform:none;direction:ltr}
.dark{--bg:var(--sl-panel-bg,#1d1e24);--fg:var(--sl-panel-fg,#e9e7e2);--muted:#a5a3ad;--line:#373842;--soft:#25262e;--accent:var(--sl-accent,#8ab4f8)}
@media (prefers-color-scheme:dark){.auto{--bg:var(--sl-panel-bg,#1d1e24);--fg:var(--sl-panel-fg,#e9e7e2);--muted:#a5a3ad;--line:#373842;--soft:#25262e;--accent:var(--sl-accent,#8ab4f8)}}
.bottom-right{right:12px;bottom:12px;align-items:flex-end;flex-direction:column-reverse}.bottom-left{left:12px;bottom:12px;align-items:flex-start;flex-direction:column-reverse}
.top-right{right:12px;top:12px;align-items:flex-end}.top-left{left:12px;top:12px;align-items:flex-start}
*{box-sizing:border-box;font:inherit;color:inherit;margin:0;padding:0}
button{display:inline-flex;align-items:center;gap:6px;cursor:pointer;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:4px 8px;text-align:left}
button:hover{background:var(--soft)}button:focus-visible,input:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.toggle{border-radius:999px;padding:6px 12px;box-shadow:0 2px 8px rgba(0,0,0,.18);font-weight:600}
.count{font-weight:400;color:var(--muted)}
.logo{width:12px;height:12px;border-radius:50%;background:conic-gradient(#ffc400 0 33%,#009688 0 66%,#3f51b5 0)}
.panel{width:380px;max-width:100%;max-height:min(70vh,560px);overflow:auto;background:var(--bg);border:1px solid var(--line);border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.2);padding:12px 14px;display:flex;flex-direction:column;gap:10px}
.panel[hidden],[hidden]{display:none!important}
.head{display:flex;align-items:center;justify-content:space-between;gap:8px}
h2{font-size:16px;font-weight:700}h3{font-size:13px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.close{border:0;background:none;font-size:18px;line-height:1;padding:2px 6px}
.status{color:var(--muted)}
.kinds{display:flex;flex-wrap:wrap;gap:4px 12px;border:0}
.kinds legend{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
label{display:inline-flex;align-items:center;gap:5px;cursor:pointer}
input[type=checkbox]{appearance:auto;width:14px;height:14px;accent-color:var(--accent)}
.sw{display:inline-block;width:18px;height:10px;border-bottom:2px solid}
.sw-quote{background:${LIGHT["quote-bg"]};border-color:${LIGHT["quote-line"]}}.sw-figure{background:${LIGHT["figure-bg"]};border-bottom:3px double ${LIGHT["figure-line"]}}
.sw-source{background:${LIGHT["source-bg"]};border-bottom:2px dotted ${LIGHT["source-line"]}}.sw-cue{border-bottom:2px dashed ${LIGHT["cue-line"]}}
ul{list-style:none;display:flex;flex-direction:column;gap:6px}
.src{border-top:1px solid var(--line);padding-top:6px}
.src-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 8px}
.name{font-weight:600;border:0;background:none;padding:0;text-decoration:underline dotted}
.badge{font-size:11px;border:1px solid var(--line);border-radius:999px;padding:0 6px;color:var(--muted)}
.meta{font-size:12px;color:var(--muted)}
.items{margin:4px 0 0 6px;gap:4px}
.item{display:flex;flex-direction:column;align-items:flex-start;gap:1px;width:100%;border-color:transparent;background:var(--soft)}
.label{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.callout{font-size:12px;color:var(--muted);font-style:italic}
.engine{position:fixed;width:0;height:0;border:0;opacity:0;pointer-events:none}
.foot{font-size:11px;color:var(--muted)}`;

  const ui = (() => {
    const host = document.createElement("sourcelight-widget");
    const shadow = host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    shadow.adoptedStyleSheets = [sheet];
    const el = (tag, cls, text) => {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      return e;
    };
    const button = (cls, text) => {
      const b = el("button", cls, text);
      b.type = "button";
      return b;
    };
    const root = el("div", `sl ${opts.theme} ${opts.position}`);
    root.lang = "en";
    const toggle = button("toggle");
    const count = el("span", "count", "…");
    toggle.append(el("span", "logo"), el("span", null, "Sourcelight"), count);
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", "sl-panel");
    const panel = el("section", "panel");
    panel.id = "sl-panel";
    panel.setAttribute("aria-label", "Sourcelight: sources and figures in this article");
    panel.hidden = true;
    const close = button("close", "×");
    close.setAttribute("aria-label", "Close the Sourcelight panel");
    const head = el("div", "head");
    head.append(el("h2", null, "Sources and figures"), close);
    const status = el("p", "status", "Loading the annotator…");
    status.setAttribute("role", "status");
    const kinds = el("fieldset", "kinds");
    kinds.append(el("legend", null, "Highlights to show"));
    const all = el("label");
    const allBox = el("input");
    allBox.type = "checkbox";
    allBox.checked = true;
    all.append(allBox, "Highlights");
    kinds.append(all);
    allBox.addEventListener("change", () => { showing = allBox.checked; showHighlights(); });
    for (const k of KINDS) {
      const l = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.checked = opts.kinds.has(k);
      box.addEventListener("change", () => {
        if (box.checked) opts.kinds.add(k); else opts.kinds.delete(k);
        showHighlights();
      });
      l.append(box, el("span", "sw sw-" + k), KIND_LABEL[k]);
      kinds.append(l);
    }
    const sources = el("ul", "sources");
    const figures = el("ul", "figures");
    const foot = el("p", "foot", "Annotated on this device by Sourcelight.");
    panel.append(head, status, kinds, el("h3", null, "Sources"), sources, el("h3", null, "Figures"), figures, foot);
    root.append(toggle, panel);
    shadow.append(root);

    const setOpen = (on) => {
      panel.hidden = !on;
      toggle.setAttribute("aria-expanded", String(on));
    };
    toggle.addEventListener("click", () => {
      setOpen(panel.hidden);
      if (!panel.hidden) startEngine(); // the reader asked: no need to wait for idle
    });
    close.addEventListener("click", () => { setOpen(false); toggle.focus(); });
    root.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !panel.hidden) { setOpen(false); toggle.focus(); unlight(); }
    });
    setOpen(opts.open);
    return { host, root, el, button, toggle, sources, figures, count, foot, status: (s) => { status.textContent = s; } };
  })();

  // -------------------------------------------------------------------------
  // The panel's lists.

  const plural = (n, one) => `${n} ${n === 1 ? one : one + "s"}`;
  const clip = (s, max = 140) => {
    s = String(s || "").replace(/\s+/g, " ").trim();
    return s.length > max ? s.slice(0, max - 1) + "…" : s;
  };
  const valueText = (v) => v == null ? "" : Array.isArray(v) ? v.map(valueText).join("–")
    : typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(v);

  let panelTimer = 0;
  function schedulePanel() {
    if (!panelTimer) panelTimer = setTimeout(renderPanel, 0);
  }

  let flashTimer = 0;
  function goTo(r, lit) {
    if (!r || !r.startContainer.isConnected) return;
    const el = r.startContainer.parentElement;
    if (el) el.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    if (!hasHighlights) return;
    hl.flash.clear();
    hl.flash.add(r);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => hl.flash.clear(), 1600);
    light(lit);
  }
  function light(list) {
    if (!hasHighlights) return;
    hl.lit.clear();
    for (const r of list || []) if (r) hl.lit.add(r);
  }
  function unlight() { if (hasHighlights) hl.lit.clear(); }

  function item(label, text, meta, r, lit) {
    const li = ui.el("li");
    const b = ui.button("item");
    b.append(ui.el("span", "label", label), ui.el("span", null, text));
    if (meta) b.append(ui.el("span", "meta", meta));
    pointTo(b, r, lit);
    li.append(b);
    return li;
  }

  // pointTo makes b go to r when pressed, and light up lit while the reader
  // points at it or focuses it.
  function pointTo(b, r, lit) {
    b.addEventListener("click", () => goTo(r, lit));
    const on = () => light(lit);
    b.addEventListener("mouseenter", on);
    b.addEventListener("focus", on);
    b.addEventListener("mouseleave", unlight);
    b.addEventListener("blur", unlight);
  }

  function figureMeta(f, names, withSource) {
    const meta = [f.type || "number"];
    const v = valueText(f.value);
    if (v) meta.push("= " + v + (f.unit ? " " + f.unit : ""));
    else if (f.unit) meta.push(f.unit);
    if (f.approx) meta.push("hedged: " + f.approx);
    if (withSource) meta.push(f.source != null && names[f.source] ? "claimed by " + names[f.source] : "no source");
    return meta.join(" · ");
  }

  function renderPanel() {
    panelTimer = 0;
    const S = ui.sources, F = ui.figures;
    S.replaceChildren();
    F.replaceChildren();
    let ns = 0, nq = 0, nf = 0, un = 0;
    for (const t of targets.values()) {
      const R = t.ranges;
      if (!R) continue;
      const names = R.sources.map((x) => x.s.name || "(unnamed)");
      ns += R.sources.length; nq += R.quotes.length; nf += R.figures.length;
      const order = R.sources.map((_, i) => i);
      const weight = (i) => R.quotes.filter((x) => x.q.source === i).length + R.claims.filter((x) => x.a.source === i).length;
      const w = order.map(weight);
      order.sort((a, b) => w[b] - w[a] || a - b);
      for (const i of order) {
        const src = R.sources[i], s = src.s;
        const li = ui.el("li", "src");
        const head = ui.el("div", "src-head");
        const name = ui.button("name", s.name || "(unnamed)");
        const mentions = src.mentions.filter(Boolean);
        pointTo(name, mentions[0], mentions);
        const qs = R.quotes.filter((x) => x.q.source === i);
        const cs = R.claims.filter((x) => x.a.source === i);
        const fs = R.figures.filter((x) => x.f.source === i);
        head.append(name, ui.el("span", "badge", s.kind || "person"),
          ui.el("span", "meta", [plural(qs.length, "quote"), plural(cs.length, "claim"), plural(fs.length, "figure")].join(" · ")));
        li.append(head);
        if (s.kind === "anonymous") li.append(ui.el("p", "callout", "Anonymous: the text does not name this source."));
        const items = ui.el("ul", "items");
        for (const x of qs) items.append(item(x.q.partial ? "Partial quote" : "Quote", clip(x.q.text), "", x.r, [x.r, x.cue, ...mentions]));
        for (const x of cs) items.append(item("Claim", clip(x.r ? x.r.toString() : ""), "", x.r, [x.r, x.cue]));
        for (const x of fs) items.append(item("Figure", clip(x.f.text, 60), figureMeta(x.f, names, false), x.r, [x.r]));
        if (items.childElementCount) li.append(items);
        S.append(li);
      }
      const orphans = R.quotes.filter((x) => x.q.source == null);
      un += orphans.length;
      if (orphans.length) {
        const li = ui.el("li", "src");
        const head = ui.el("div", "src-head");
        head.append(ui.el("span", "name", "No named speaker"), ui.el("span", "badge", "unattributed"));
        const items = ui.el("ul", "items");
        for (const x of orphans) items.append(item("Quote", clip(x.q.text), "", x.r, [x.r]));
        li.append(head, items);
        S.append(li);
      }
      for (const x of R.figures) F.append(item("Figure", clip(x.f.text, 60), figureMeta(x.f, names, true), x.r, [x.r]));
    }
    if (!S.childElementCount) S.append(ui.el("li", "callout", "No sources or quotes found."));
    if (!F.childElementCount) F.append(ui.el("li", "callout", "No figures found."));
    const any = [...targets.values()].some((t) => t.result);
    if (!targets.size) ui.status(`Nothing to annotate: no element matches ${opts.target}.`);
    else if (failure) ui.status(failure.message);
    else if (any && !hasHighlights) ui.status("This browser cannot highlight the text in place (no CSS Custom Highlight API); the lists below still show what was found.");
    else if (any) {
      let s = `${plural(ns, "source")}, ${plural(nq, "quote")}, ${plural(nf, "figure")}.`;
      if (un) s += ` ${plural(un, "quote")} without a named speaker.`;
      ui.status(s);
    }
    ui.count.textContent = any ? String(ns + nq + nf) : "…";
    ui.toggle.setAttribute("aria-label", any ? `Sourcelight: ${plural(ns, "source")}, ${plural(nq, "quote")}, ${plural(nf, "figure")}` : "Sourcelight");
    if (engineVersion) ui.foot.textContent = `Annotated on this device by Sourcelight ${engineVersion}.`;
  }

  // -------------------------------------------------------------------------
  // Start: the UI and the observer at once, the engine when the page is idle.

  function boot() {
    document.documentElement.append(ui.host);
    adoptHighlightStyles();
    showHighlights();
    scan();
    observer = new MutationObserver(onMutations);
    observer.observe(document.body || document.documentElement, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: ["hidden", "aria-hidden", "class", "style", "data-sourcelight"],
    });
    // The engine waits for the host's own page: its load event, then an idle
    // moment (or 2 s of busy main thread). A load that never ends (a
    // stalled image) holds it back 10 s at most.
    const idle = () => (window.requestIdleCallback || ((f) => setTimeout(f, 200)))(startEngine, { timeout: 2000 });
    if (document.readyState === "complete") idle();
    else {
      window.addEventListener("load", idle, { once: true });
      setTimeout(startEngine, 10000);
    }
    ready.then(() => updateAll(false).then(() => performance.mark("sourcelight:highlights")), () => renderPanel());
  }

  const api = Object.freeze({
    ready,
    annotate(text) {
      if (typeof text !== "string") return Promise.reject(new TypeError("Sourcelight.annotate expects a string"));
      if (text.length > MAX_CHARS) return Promise.reject(new RangeError("Sourcelight.annotate: the text is over the size cap of 16 Mi characters"));
      return request(text);
    },
    get version() { return engineVersion; },
    refresh() {
      scan();
      startEngine();
      return ready.then(() => updateAll(true)).then(() => {});
    },
  });
  Object.defineProperty(window, "Sourcelight", { value: api, enumerable: true });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
})();
