// Sourcelight page: the article editor, its highlights, the side panel and
// the public API window.Sourcelight.
//
// Design. The text is the only state; everything else is drawn from it.
//   - The article is a contenteditable element whose children are
//     <div class="chunk"> blocks holding one Text node each (about 32K characters of
//     text, cut after a newline). The text is the concatenation of the Text
//     nodes, so an engine offset (UTF-16 units) maps to a DOM position with a
//     binary search over the chunk starts. Chunks let a 10 MB paste render in
//     slices and let `content-visibility: auto` skip the layout of what is
//     off screen.
//   - Highlights are Ranges registered with the CSS Custom Highlight API
//     (sl-quote, sl-figure, sl-source, sl-cue): the text's DOM is never
//     rewritten, so the caret and the scroll position never move. For big
//     articles only the chunks near the viewport get ranges (the browser
//     paints highlights from all registered ranges; 300k of them would stall
//     it). Without the API, a fallback draws boxes from Range rects.
//   - The engine runs in a worker (worker.js); results arrive packed in typed
//     arrays, and everything the main thread does with them is sliced into
//     tasks of a few milliseconds.
//   - Text is data: it is only ever put in the page with textContent and
//     Ranges; no innerHTML anywhere (Trusted Types enforce it).
//
// Public API (the widget offers the same):
//   Sourcelight.ready            Promise<string>: resolves to the engine version when it is loaded
//   Sourcelight.annotate(text)   Promise<object>: the JSON of ANNOTATION.md §5, UTF-16 offsets
//   Sourcelight.version          the engine version (the build's version), or null before ready

const PAGE_VERSION = "__SOURCELIGHT_VERSION__"; // stamped by the build
const MAX_CHARS = 16 * 1024 * 1024; // size cap, in UTF-16 units (the engine takes up to 64 MiB of UTF-8)
const CHUNK_CHARS = 32 * 1024; // target size of a rendered chunk: 10 MB makes 320; 16K chunks made its layout frames longer (more boxes)
const PART_CHARS = 1024 * 1024; // a longer text is posted to the worker in parts of this size
const PREVIEW_CHARS = 256 * 1024; // a text over 4× this gets a preview of its first paragraphs
const EAGER_MAX = 20000; // up to this many annotations, every chunk gets its ranges at once
const LIT_REACH = 20000; // a lit speaker shows its mentions within this many units of the item
const STORE_KEY = "sourcelight:text";
const PREFS_KEY = "sourcelight:prefs";
const STORE_MAX = 2 * 1024 * 1024; // bigger texts are not kept (localStorage is ~5 MB, written synchronously)
const SLICE_MS = 8; // budget of one main-thread slice
const LIST_PAGE = 200; // figures, and sources, listed before a "Show more" button
const ITEMS_PAGE = 20; // quotes, claims and figures listed under a source before "Show more"
const KINDS = ["quote", "figure", "source", "cue"];
// Keep in sync with the lists of the same names in the worker.
const SOURCE_KINDS = ["person", "organization", "group", "anonymous", "document"];
const FIGURE_TYPES = ["count", "money", "percent", "measure", "date", "year", "time", "age", "ordinal", "fraction", "range", "number"];

const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};
const nextTask = () => new Promise((r) => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => r();
  ch.port2.postMessage(0);
});

// ---------------------------------------------------------------------------
// Trusted Types: one policy, for the two places that need one. The page has
// `require-trusted-types-for 'script'`, so any stray innerHTML would throw.

let policy = null;
try {
  policy = globalThis.trustedTypes?.createPolicy("sourcelight", {
    // Only for DOMParser on an opened .html file: the parsed document is
    // inert (no scripts run, nothing loads) and is never put in the page;
    // only its textContent is used.
    createHTML: (s) => s,
    // Only same-origin scripts: the engine worker and the service worker.
    createScriptURL: (u) => {
      const url = new URL(u, document.baseURI);
      if (url.origin !== location.origin) throw new TypeError("refusing a cross-origin script: " + url.href);
      return url.href;
    },
  }) || null;
} catch {
  policy = null; // no Trusted Types (or the policy name is not allowed): plain strings work then
}
const scriptURL = (u) => (policy ? policy.createScriptURL(u) : u);
const inertHTML = (s) => (policy ? policy.createHTML(s) : s);

// ---------------------------------------------------------------------------
// The engine client.

class Engine {
  constructor() {
    this.pending = new Map();
    this.nextId = 1;
    this.version = null;
    this.failure = null; // {message, csp}
    this.ready = new Promise((resolve, reject) => { this._resolve = resolve; this._reject = reject; });
    this.ready.catch(() => {});
    this.violation = "";
    document.addEventListener("securitypolicyviolation", (e) => {
      if (!this.version) this.violation = e.effectiveDirective || e.violatedDirective || "";
    });
    this.start();
    this.timer = setTimeout(() => this.fail("the engine took more than 30 seconds to load", ""), 30000);
  }

  start() {
    try {
      this.worker = new Worker(scriptURL("web/worker.js"), { name: "sourcelight-engine" });
    } catch (err) {
      this.fail(String(err && err.message || err), this.violation ? `'self' (in ${this.violation})` : cspFromMessage(err));
      return;
    }
    this.worker.addEventListener("message", (e) => this.onMessage(e.data));
    this.worker.addEventListener("error", (e) => {
      e.preventDefault();
      this.fail(e.message || "the engine worker could not start", this.violation ? `'self' (in ${this.violation})` : "");
    });
  }

  // restart replaces a worker whose Go program died (a fatal error, such as
  // running out of memory on a huge text); the next request uses the new one.
  restart() {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error("the engine stopped and was restarted"));
    this.pending.clear();
    this.start();
  }

  fail(message, csp) {
    if (this.version || this.failure) return;
    clearTimeout(this.timer);
    this.failure = { message, csp: csp || "" };
    const err = new Error(this.failure.csp
      ? `The engine could not load: this site's Content-Security-Policy blocks it (missing ${this.failure.csp}).`
      : `The engine could not load: ${message}.`);
    this._reject(err);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  onMessage(msg) {
    switch (msg.type) {
      case "ready":
        clearTimeout(this.timer);
        this.version = msg.version;
        this._resolve(msg.version);
        return;
      case "failed":
        this.fail(msg.message, msg.csp || this.violation);
        return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.type === "error") {
      p.reject(new Error(msg.message));
      if (msg.fatal) this.restart();
    }
    else p.resolve(msg.type === "view" ? msg.view : msg.result);
  }

  // request sends a text to the worker. Posting a message copies it (a
  // 10 MB text: ~20 MB of UTF-16 in one task), so a long text goes in parts
  // of PART_CHARS, each from a task of its own; the worker joins them.
  request(text, view) {
    if (this.failure) return Promise.reject(new Error("The engine could not load."));
    const id = this.nextId++;
    const result = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    if (text.length <= PART_CHARS) {
      this.worker.postMessage({ type: "annotate", id, text, view });
      return result;
    }
    return (async () => {
      for (let i = 0; i < text.length; i += PART_CHARS) {
        this.worker.postMessage({ type: "part", id, text: text.slice(i, i + PART_CHARS) });
        await nextTask();
      }
      this.worker.postMessage({ type: "annotate", id, parts: true, view });
      return result;
    })();
  }
}

function cspFromMessage(err) {
  return /Content Security Policy/i.test(String(err && err.message)) ? "'self' (in worker-src)" : "";
}

const engine = new Engine();

// The public API: nothing else is added to window.
const api = Object.freeze({
  ready: engine.ready,
  annotate(text) {
    if (typeof text !== "string") return Promise.reject(new TypeError("Sourcelight.annotate expects a string"));
    if (text.length > MAX_CHARS) return Promise.reject(new RangeError(tooBigMessage(text.length)));
    return engine.ready.then(() => engine.request(text, false));
  },
  get version() { return engine.version; },
});
Object.defineProperty(window, "Sourcelight", { value: api, enumerable: true });

// ---------------------------------------------------------------------------
// Highlight layers: the CSS Custom Highlight API, or a fallback overlay.

const hasHighlights = typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";

class Layer {
  constructor(name, priority) {
    this.name = name;
    this.ranges = new Set();
    this.shown = true;
    if (hasHighlights) {
      this.hl = new Highlight();
      this.hl.priority = priority;
      CSS.highlights.set(name, this.hl);
    }
  }
  add(r) { this.ranges.add(r); if (this.hl) this.hl.add(r); else fallback.dirty(); }
  delete(r) { this.ranges.delete(r); if (this.hl) this.hl.delete(r); else fallback.dirty(); }
  clear() { this.ranges.clear(); if (this.hl) this.hl.clear(); else fallback.dirty(); }
  show(on) {
    this.shown = on;
    if (this.hl) {
      if (on) CSS.highlights.set(this.name, this.hl);
      else CSS.highlights.delete(this.name);
    } else fallback.dirty();
  }
}

// The fallback draws a box under each visible range of each shown layer.
const fallback = {
  scheduled: false,
  dirty() {
    if (hasHighlights || this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => { this.scheduled = false; this.draw(); });
  },
  draw() {
    const box = $("overlay");
    if (!box) return;
    box.replaceChildren();
    const host = box.getBoundingClientRect();
    const frag = document.createDocumentFragment();
    for (const layer of Object.values(layers)) {
      if (!layer.shown) continue;
      for (const r of layer.ranges) {
        for (const rect of r.getClientRects()) {
          if (rect.bottom < host.top - 200 || rect.top > host.bottom + 200 || rect.width === 0) continue;
          const b = el("span", "fb " + layer.name);
          b.style.left = rect.left - host.left + "px";
          b.style.top = rect.top - host.top + "px";
          b.style.width = rect.width + "px";
          b.style.height = rect.height + "px";
          frag.append(b);
        }
      }
    }
    box.append(frag);
  },
};

const layers = {
  quote: new Layer("sl-quote", 1),
  figure: new Layer("sl-figure", 2),
  source: new Layer("sl-source", 3),
  cue: new Layer("sl-cue", 3),
  lit: new Layer("sl-lit", 5),
  flash: new Layer("sl-flash", 6),
};

// ---------------------------------------------------------------------------
// The editor: the text model over the chunked DOM.

const article = $("article");

// Any change to the article's DOM (typing, undo, drag and drop, our own
// rendering) makes the next read() look at the DOM again.
const mutations = new MutationObserver(() => { editor.fresh = false; });
mutations.observe(article, { childList: true, characterData: true, subtree: true });

const editor = {
  chunks: [], // [{el, node, start}] in order, valid after read()
  text: "",
  rendering: 0, // >0 while setText is still appending chunks
  renderDone: Promise.resolve(),

  // read returns the text, repairing the DOM into chunks first when an edit
  // left something else behind (a <br>, a pasted element, a bare text node).
  read() {
    if (this.rendering) return this.text;
    // Unchanged DOM: the text is known (joining 10 MB of chunks takes ~20 ms).
    if (mutations.takeRecords().length === 0 && this.fresh) return this.text;
    let caret = null;
    if (!this.canonical()) {
      // Rebuilding the DOM under an input method would cancel its composition.
      if (composing) return this.text;
      caret = this.repair();
    }
    const chunks = [];
    let start = 0;
    const parts = [];
    for (const c of article.children) {
      const node = c.firstChild;
      const data = node ? node.data : "";
      chunks.push({ el: c, node, start });
      parts.push(data);
      start += data.length;
    }
    this.chunks = chunks;
    this.text = parts.join("");
    mutations.takeRecords(); // the repair's own
    this.fresh = true;
    if (caret != null) this.setCaret(caret);
    return this.text;
  },
  fresh: false, // the DOM has not changed since text and chunks were read

  // index maps the chunks of a DOM just built from this.text, without
  // reading their text back (CharacterData.length makes no string).
  index() {
    const chunks = [];
    let start = 0;
    for (const c of article.children) {
      chunks.push({ el: c, node: c.firstChild, start });
      start += c.firstChild ? c.firstChild.length : 0;
    }
    this.chunks = chunks;
    mutations.takeRecords(); // our own appends
    this.fresh = true;
  },

  canonical() {
    if (article.childNodes.length !== article.children.length) return false;
    for (const c of article.children) {
      if (c.tagName !== "DIV" || c.className !== "chunk") return false;
      const n = c.childNodes;
      if (n.length > 1 || (n.length === 1 && n[0].nodeType !== Node.TEXT_NODE)) return false;
      if (n.length === 0) return false;
    }
    return true;
  },

  // repair rebuilds the chunks from whatever the DOM holds and returns
  // where the caret was in the text (or null), for read() to put it back.
  repair() {
    const sel = getSelection();
    const focus = sel.rangeCount && article.contains(sel.focusNode) ? [sel.focusNode, sel.focusOffset] : null;
    const { text, caret } = extract(article, focus);
    this.build(text);
    return caret;
  },

  // build replaces the DOM with chunks of text, synchronously (small texts).
  build(text) {
    const frag = document.createDocumentFragment();
    for (const piece of split(text)) frag.append(chunkEl(piece));
    article.replaceChildren(frag);
  },

  // setText replaces the whole text. Big texts are appended in slices so no
  // task runs long; read() returns the new text at once.
  setText(text, caret) {
    this.text = text;
    const pieces = split(text);
    if (pieces.length <= 8) {
      this.build(text);
      this.index();
      if (caret != null) this.setCaret(caret);
      return;
    }
    const token = ++this.rendering;
    article.replaceChildren();
    article.scrollTop = 0;
    this.renderDone = (async () => {
      let i = 0;
      while (i < pieces.length) {
        const t0 = performance.now();
        const frag = document.createDocumentFragment();
        // At most 32 chunks (1M characters) a task: the style and layout work that
        // follows an append grows with what was appended.
        for (let k = 0; k < 32 && i < pieces.length && performance.now() - t0 < SLICE_MS; k++) frag.append(chunkEl(pieces[i++]));
        article.append(frag);
        if (token !== this.rendering) return; // a newer setText took over
        await nextTask();
      }
      if (token !== this.rendering) return;
      this.rendering = 0;
      this.index();
      if (caret != null) this.setCaret(caret);
    })();
  },

  // offset → DOM position (node, offset). `end` picks the earlier chunk at
  // a boundary, so a range never starts or ends in the wrong chunk.
  pos(off, end) {
    const ch = this.chunks;
    let lo = 0, hi = ch.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const s = ch[mid].start;
      if (s < off || (!end && s === off)) lo = mid; else hi = mid - 1;
    }
    const c = ch[lo];
    if (!c || !c.node) return null;
    return [c.node, Math.min(Math.max(0, off - c.start), c.node.length)];
  },

  range(start, end) {
    const a = this.pos(start, false), b = this.pos(end, true);
    if (!a || !b) return null;
    const r = new Range();
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
    return r;
  },

  // DOM position → text offset, or -1.
  offsetOf(node, offset) {
    if (node === article) {
      const c = this.chunks[offset];
      return c ? c.start : this.text.length;
    }
    const chunk = node.nodeType === Node.TEXT_NODE ? node.parentNode : node;
    const i = this.chunks.findIndex((c) => c.el === chunk);
    if (i < 0) return -1;
    return this.chunks[i].start + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  },

  chunkIndexOf(elm) { return this.chunks.findIndex((c) => c.el === elm); },

  caret() {
    const sel = getSelection();
    if (!sel.rangeCount || !article.contains(sel.focusNode)) return -1;
    return this.offsetOf(sel.focusNode, sel.focusOffset);
  },

  setCaret(off) {
    const p = this.pos(off, true);
    if (!p) return;
    getSelection().setBaseAndExtent(p[0], p[1], p[0], p[1]);
  },

  selectionOffsets() {
    const sel = getSelection();
    if (!sel.rangeCount || !article.contains(sel.anchorNode)) return null;
    const r = sel.getRangeAt(0);
    const s = this.offsetOf(r.startContainer, r.startOffset), e = this.offsetOf(r.endContainer, r.endOffset);
    return s < 0 || e < 0 ? null : [s, e];
  },
};

function chunkEl(text) {
  const d = document.createElement("div");
  d.className = "chunk";
  d.append(document.createTextNode(text));
  // A guess of the rendered height for content-visibility: ~70 characters a line.
  const lines = Math.max(1, Math.ceil(text.length / 70));
  d.style.containIntrinsicSize = `auto ${lines * 1.6}em`;
  return d;
}

// split cuts text into chunks of about CHUNK_CHARS, after a newline when
// there is one near, never inside a surrogate pair.
function split(text) {
  if (text === "") return [];
  const out = [];
  let i = 0;
  while (i < text.length) {
    // The first screens come in small chunks: what is on screen after a
    // paste is laid out (its text shaped) at once, in one frame.
    const size = i < CHUNK_CHARS ? CHUNK_CHARS / 4 : CHUNK_CHARS;
    if (text.length - i <= size * 1.5) { out.push(text.slice(i)); break; }
    let j = text.indexOf("\n", i + size);
    if (j < 0 || j - i > size * 4) {
      j = i + size;
      const c = text.charCodeAt(j);
      if (c >= 0xdc00 && c <= 0xdfff) j++;
    } else {
      while (text.charCodeAt(j + 1) === 10) j++; // keep blank lines with the paragraph before
      j++;
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

const BLOCKS = new Set(["DIV", "P", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "SECTION", "ARTICLE", "TR", "TABLE"]);

// extract reads the text of a DOM tree the way it looks: text nodes as they
// are, <br> as a newline (but not the placeholder <br> that ends a block),
// a newline between blocks. Chunk divs carry their own newlines. It also
// maps the DOM position `focus` to a text offset.
function extract(root, focus) {
  let out = "";
  let pending = false;
  let caret = null;
  const nl = () => { if (pending && out.length && !out.endsWith("\n")) out += "\n"; pending = false; };
  const walk = (n) => {
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) {
      if (focus && focus[0] === n && focus[1] === i) { nl(); caret = out.length; }
      const k = kids[i];
      if (k.nodeType === Node.TEXT_NODE) {
        if (k.data.length) nl();
        if (focus && focus[0] === k) caret = out.length + focus[1];
        out += k.data;
      } else if (k.nodeName === "BR") {
        // The last <br> of a block is a placeholder (it keeps an empty block
        // one line high, or ends a line that ends anyway): not a newline.
        const placeholder = i === kids.length - 1 && n !== root && BLOCKS.has(n.nodeName);
        if (!placeholder) { nl(); out += "\n"; }
      } else if (k.nodeType === Node.ELEMENT_NODE) {
        const chunk = k.nodeName === "DIV" && k.className === "chunk";
        const block = !chunk && BLOCKS.has(k.nodeName);
        if (block) pending = true;
        walk(k);
        if (block) pending = true;
      }
    }
    if (focus && focus[0] === n && focus[1] >= kids.length) caret = out.length;
  };
  walk(root);
  return { text: out, caret };
}

// ---------------------------------------------------------------------------
// The current result and its highlights.

let current = null; // {text, view, order, chunkOf}
let annotatedText = null;

// Ranges of each chunk, so a big article only keeps ranges near the viewport.
const active = new Map(); // chunk index → [[layer, range], …]

function clearHighlights() {
  for (const l of Object.values(layers)) l.clear();
  active.clear();
}

// Items of a kind that intersect [s, e): sorted spans, so a binary search
// finds the first; a span that starts before s is caught by stepping back.
function spansIn(arr, stride, s, e, fn) {
  const n = arr.length / stride;
  let lo = 0, hi = n;
  while (lo < hi) { const m = (lo + hi) >> 1; if (arr[m * stride] < s) lo = m + 1; else hi = m; }
  let i = lo;
  while (i > 0 && arr[(i - 1) * stride + 1] > s && lo - i < 8) i--;
  for (; i < n && arr[i * stride] < e; i++) {
    if (arr[i * stride + 1] > s) fn(i);
  }
}

function activateChunk(ci) {
  if (!current || active.has(ci) || !editor.chunks[ci]) return;
  const v = current.view;
  const s = editor.chunks[ci].start;
  const e = ci + 1 < editor.chunks.length ? editor.chunks[ci + 1].start : editor.text.length;
  const list = [];
  const addSpan = (layer, a, b) => {
    // A span that crosses into an already active chunk is registered once.
    if (a < s && active.has(ci - 1)) return;
    const r = editor.range(a, b);
    if (r) { layer.add(r); list.push([layer, r]); }
  };
  spansIn(v.q, 6, s, e, (i) => addSpan(layers.quote, v.q[i * 6], v.q[i * 6 + 1]));
  spansIn(v.f, 3, s, e, (i) => addSpan(layers.figure, v.f[i * 3], v.f[i * 3 + 1]));
  spansIn(v.m, 3, s, e, (i) => addSpan(layers.source, v.m[i * 3], v.m[i * 3 + 1]));
  spansIn(v.c, 2, s, e, (i) => addSpan(layers.cue, v.c[i * 2], v.c[i * 2 + 1]));
  active.set(ci, list);
}

function deactivateChunk(ci) {
  const list = active.get(ci);
  if (!list) return;
  for (const [layer, r] of list) layer.delete(r);
  active.delete(ci);
}

function eager() {
  if (!current) return true;
  const v = current.view;
  return v.q.length / 6 + v.f.length / 3 + v.m.length / 3 + v.c.length / 2 <= EAGER_MAX;
}

// Lazy mode: a chunk gets its ranges when the browser is about to render it.
const relevant = new WeakSet(); // chunks the browser currently renders
article.addEventListener("contentvisibilityautostatechange", (e) => {
  if (e.skipped) relevant.delete(e.target); else relevant.add(e.target);
  if (!current || eager()) return;
  const ci = editor.chunkIndexOf(e.target);
  if (ci < 0) return;
  if (e.skipped) deactivateChunk(ci); else activateChunk(ci);
});

// Browsers without that event (Chromium before 108) follow the scroll.
if (!("oncontentvisibilityautostatechange" in article)) {
  let frame = 0;
  article.addEventListener("scroll", () => {
    if (frame || !current || eager()) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const on = new Set(visibleChunks());
      for (const ci of [...active.keys()]) if (!on.has(ci)) deactivateChunk(ci);
      for (const ci of on) activateChunk(ci);
    });
  }, { passive: true });
}

// The chunks on screen, and a screen above and below.
function visibleChunks() {
  const box = article.getBoundingClientRect();
  const out = [];
  const ch = editor.chunks;
  let lo = 0, hi = ch.length - 1;
  while (lo < hi) { // first chunk whose bottom is below the top of the box
    const m = (lo + hi) >> 1;
    if (ch[m].el.getBoundingClientRect().bottom < box.top - box.height) lo = m + 1; else hi = m;
  }
  for (let i = lo; i < ch.length; i++) {
    const r = ch[i].el.getBoundingClientRect();
    if (r.top > box.bottom + box.height) break;
    out.push(i);
  }
  return out;
}

let drawToken = 0;
async function drawHighlights() {
  const token = ++drawToken;
  clearHighlights();
  if (!current) return;
  const all = eager();
  let todo;
  if (all) todo = editor.chunks.map((_, i) => i);
  else {
    const on = new Set(visibleChunks());
    editor.chunks.forEach((c, i) => { if (relevant.has(c.el)) on.add(i); });
    todo = [...on].sort((a, b) => a - b);
  }
  let t0 = performance.now();
  for (const ci of todo) {
    activateChunk(ci);
    if (performance.now() - t0 > SLICE_MS) {
      await nextTask();
      if (token !== drawToken) return;
      t0 = performance.now();
    }
  }
  fallback.dirty();
}

// refresh redraws the highlights and the panel from `current`. When both
// are done it records on the article that the page shows this result
// (data-drawn counts the results shown, data-length is the length of their
// text): tests and tools can wait on it.
let refreshToken = 0;
async function refresh() {
  const token = ++refreshToken;
  // Each step in tasks of its own, the highlights first: the task that
  // received the result (and deserialized it) stays short.
  await nextTask();
  if (token !== refreshToken) return;
  await drawHighlights();
  if (token !== refreshToken) return;
  article.dataset.highlighted = token; // the highlights are in place
  await nextTask();
  if (token !== refreshToken) return;
  await renderPanel();
  if (token !== refreshToken) return;
  if (current && current.partial) {
    article.dataset.preview = token; // the preview of a big text is shown
    return;
  }
  article.dataset.length = current ? current.text.length : 0;
  article.dataset.drawn = token;
}

// ---------------------------------------------------------------------------
// Annotating: debounced, newest text wins, unchanged text is not re-run.

let timer = 0;
let inflight = false;
let again = false;

function scheduleAnnotate() {
  clearTimeout(timer);
  const n = editor.text.length;
  // Short texts: a frame's wait (an annotation in flight makes the next
  // one wait for it anyway). Long ones: longer pauses in typing.
  timer = setTimeout(annotateNow, n < 100000 ? 16 : Math.min(600, 40 + n / 20000));
}

async function annotateNow() {
  if (inflight) { again = true; return; }
  const text = editor.read(); // while a big paste renders, the text it renders
  if (text === annotatedText) return;
  if (text.length > MAX_CHARS) {
    annotatedText = text;
    current = null;
    refresh();
    showError(tooBigMessage(text.length));
    return;
  }
  hideError("size");
  if (text === "") { // nothing to ask the engine
    annotatedText = text;
    apply(text, null, false);
    return;
  }
  inflight = true;
  setBusy(true);
  // The result applies only to the text it was computed for: once the
  // chunks are in place and the text has not changed meanwhile.
  const still = async () => { await editor.renderDone; return editor.read() === text; };
  try {
    await engine.ready;
    // A big text first gets a preview: its first paragraphs (up to
    // PREVIEW_CHARS) are annotated ahead of the whole, so the reader sees
    // highlights where they are looking in a fraction of the time.
    let preview = null;
    if (text.length > PREVIEW_CHARS * 4) {
      const cut = text.lastIndexOf("\n\n", PREVIEW_CHARS);
      preview = engine.request(text.slice(0, cut > 0 ? cut : PREVIEW_CHARS), true);
    }
    const full = engine.request(text, true);
    if (preview) {
      const view = await preview;
      if (await still()) apply(text, view, true);
    }
    const view = await full;
    if (!(await still())) { again = true; return; } // typed meanwhile: offsets are stale
    annotatedText = text;
    article.dataset.engineMs = Math.round(view.ms); // the worker's time: engine, JSON, packing
    apply(text, view, false);
  } catch (err) {
    if (!engine.failure) showError("The engine failed on this text: " + err.message + ". You can keep editing; the next change will try again.", "engine");
  } finally {
    inflight = false;
    setBusy(false);
    if (again) { again = false; annotateNow(); } // the engine's pace throttles typing
  }
}

function apply(text, view, partial) {
  current = view ? { text, view, order: null, partial } : null;
  nav.index = -1;
  clearLit();
  refresh();
  announceTotals();
  $("exports").disabled = !current;
}

function setBusy(on) {
  document.body.classList.toggle("busy", on);
  $("state").textContent = on ? "Annotating…" : engine.version ? "" : $("state").textContent;
}

// ---------------------------------------------------------------------------
// The panel.

const counts = () => current.counts || (current.counts = countAll(current.view));
function countAll(v) {
  const nq = v.q.length / 6;
  let un = 0;
  for (let i = 0; i < nq; i++) if (v.q[i * 6 + 2] < 0) un++;
  let anon = 0;
  for (const k of v.sk) if (SOURCE_KINDS[k] === "anonymous") anon++;
  return { sources: v.sn.length, quotes: nq, unattributed: un, figures: v.f.length / 3, anonymous: anon };
}

// One formatter: Number.prototype.toLocaleString builds one per call (~50 µs).
const numberFormat = new Intl.NumberFormat("en-US");
const num = (n) => numberFormat.format(n);
const plural = (n, one, many) => `${num(n)} ${n === 1 ? one : many || one + "s"}`;

function totalsText() {
  if (!current) return "No annotations yet.";
  if (current.partial) return "The beginning is annotated; the rest of this long text is on its way…";
  const c = counts();
  let s = `${plural(c.sources, "source")}, ${plural(c.quotes, "quote")}, ${plural(c.figures, "figure")}.`;
  if (c.unattributed) s += ` ${plural(c.unattributed, "quote")} without a named speaker.`;
  if (c.anonymous) s += ` ${plural(c.anonymous, "anonymous source")}.`;
  return s;
}

function announceTotals() { $("totals").textContent = totalsText(); }

const snippet = (s, e, max = 140) => {
  const t = current.text.slice(s, e).replace(/\s+/g, " ");
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
};

let panelToken = 0;
// panelKey sums up what the panel shows, for a result small enough: when
// an edit leaves it unchanged (typing outside quotes, in a word that is no
// figure), the panel is kept as it is, with its scroll and focus.
function panelKey() {
  if (!current) return "";
  const v = current.view;
  if (v.q.length / 6 + v.f.length / 3 + v.a.length / 7 > 3000) return null;
  const spans = [];
  for (let i = 0; i < v.q.length; i += 6) spans.push(current.text.slice(v.q[i], v.q[i + 1]), v.q[i + 2], v.q[i + 5]);
  for (let i = 0; i < v.f.length; i += 3) spans.push(current.text.slice(v.f[i], v.f[i + 1]), v.f[i + 2]);
  for (let i = 0; i < v.a.length; i += 7) spans.push(v.a[i], current.text.slice(v.a[i + 5], v.a[i + 6]));
  return JSON.stringify([v.sn, [...v.sk], [...v.ft], v.fs, [...mentionCounts()], spans]);
}
let shownKey = "";

function renderPanel() {
  const key = panelKey();
  if (key !== null && key === shownKey && panel.dataset.complete) return Promise.resolve();
  shownKey = key;
  delete panel.dataset.complete;
  const token = ++panelToken;
  const sources = $("sources"), figures = $("figures");
  sources.replaceChildren();
  figures.replaceChildren();
  $("sources-empty").hidden = !!(current && current.view.sn.length + counts().unattributed);
  $("figures-empty").hidden = !!(current && current.view.f.length);
  if (!current) { announceTotals(); return Promise.resolve(); }
  const v = current.view;
  const ns = v.sn.length;
  const weight = (i) => (v.sqo[i + 1] - v.sqo[i]) + (v.sao[i + 1] - v.sao[i]);
  const order = Array.from({ length: ns }, (_, i) => i).sort((a, b) => weight(b) - weight(a) || a - b);
  const unattributed = [];
  for (let i = 0; i < v.q.length / 6; i++) if (v.q[i * 6 + 2] < 0) unattributed.push(i);

  const jobs = [];
  const ss = Math.min(ns, LIST_PAGE);
  for (let k = 0; k < ss; k++) jobs.push(() => sources.append(sourceItem(order[k])));
  if (ns > ss) jobs.push(() => sources.append(moreButton(sources, ns - ss, (k) => sourceItem(order[ss + k]))));
  if (unattributed.length) jobs.push(() => sources.append(unattributedItem(unattributed)));
  const nf = v.f.length / 3;
  const shown = Math.min(nf, LIST_PAGE);
  for (let i = 0; i < shown; i++) jobs.push(() => figures.append(figureItem(i, true)));
  if (nf > shown) jobs.push(() => figures.append(moreButton(figures, nf - shown, (k) => figureItem(shown + k, true))));
  return runJobs(jobs, () => token === panelToken).then(() => {
    if (token === panelToken) panel.dataset.complete = "";
  });
}

async function runJobs(jobs, alive) {
  let t0 = performance.now();
  for (const job of jobs) {
    if (!alive()) return;
    job();
    if (performance.now() - t0 > SLICE_MS) { await nextTask(); t0 = performance.now(); }
  }
}

// moreButton renders `n` further items in pages when pressed.
function moreButton(list, n, make) {
  const li = el("li", "more");
  const b = el("button", "link", `Show ${num(Math.min(n, LIST_PAGE))} more of ${num(n)}`);
  b.type = "button";
  let done = 0;
  b.addEventListener("click", () => {
    const end = Math.min(n, done + LIST_PAGE);
    const frag = document.createDocumentFragment();
    for (; done < end; done++) frag.append(make(done));
    li.before(frag);
    if (done >= n) li.remove();
    else b.textContent = `Show ${num(Math.min(n - done, LIST_PAGE))} more of ${num(n - done)}`;
  });
  li.append(b);
  return li;
}

function sourceItem(si) {
  const v = current.view;
  const kind = SOURCE_KINDS[v.sk[si]] || "person";
  const li = el("li", "source");
  li.dataset.source = si;
  const head = el("div", "src-head");
  const name = el("button", "src-name", v.sn[si] || "(unnamed)");
  name.type = "button";
  name.dataset.k = "s";
  name.dataset.i = si;
  head.append(name, el("span", "badge kind-" + kind, kind));
  const nq = v.sqo[si + 1] - v.sqo[si], na = v.sao[si + 1] - v.sao[si], nf = v.sfo[si + 1] - v.sfo[si];
  const nm = mentionCount(si);
  head.append(el("span", "src-counts", [plural(nq, "quote"), plural(na, "claim"), plural(nf, "figure"), plural(nm, "mention")].join(" · ")));
  li.append(head);
  if (kind === "anonymous") li.append(el("p", "callout", "Anonymous: the text does not name this source."));
  const items = el("ul", "items");
  const quotes = v.sq.subarray(v.sqo[si], v.sqo[si + 1]);
  const claims = v.sa.subarray(v.sao[si], v.sao[si + 1]);
  const figs = v.sf.subarray(v.sfo[si], v.sfo[si + 1]);
  appendPaged(items, quotes, (qi) => quoteItem(qi));
  appendPaged(items, claims, (ai) => claimItem(ai));
  appendPaged(items, figs, (fi) => figureItem(fi, false));
  if (items.childElementCount) li.append(items);
  return li;
}

function appendPaged(list, idx, make) {
  const shown = Math.min(idx.length, ITEMS_PAGE);
  for (let k = 0; k < shown; k++) list.append(make(idx[k]));
  if (idx.length > shown) list.append(moreButton(list, idx.length - shown, (k) => make(idx[shown + k])));
}

function mentionCounts() {
  if (!current.mentions) {
    const n = new Int32Array(current.view.sn.length);
    const m = current.view.m;
    for (let i = 2; i < m.length; i += 3) n[m[i]]++;
    current.mentions = n;
  }
  return current.mentions;
}
const mentionCount = (si) => mentionCounts()[si];

function unattributedItem(list) {
  const li = el("li", "source unattributed");
  const head = el("div", "src-head");
  head.append(el("span", "src-name", "No named speaker"), el("span", "badge kind-none", "unattributed"));
  li.append(head, el("p", "callout", `${plural(list.length, "quote")} with no speaker in the text.`));
  const items = el("ul", "items");
  appendPaged(items, list, (qi) => quoteItem(qi));
  li.append(items);
  return li;
}

function itemButton(kind, i, cls) {
  const li = el("li");
  const b = el("button", "item " + cls);
  b.type = "button";
  b.dataset.k = kind;
  b.dataset.i = i;
  li.append(b);
  return [li, b];
}

function quoteItem(qi) {
  const q = current.view.q;
  const [li, b] = itemButton("q", qi, "q");
  b.append(el("span", "kind-label", q[qi * 6 + 5] ? "Partial quote" : "Quote"), el("span", "item-text", snippet(q[qi * 6], q[qi * 6 + 1])));
  return li;
}

function claimItem(ai) {
  const a = current.view.a;
  const [li, b] = itemButton("a", ai, "c");
  const s = a[ai * 7 + 5], e = a[ai * 7 + 6];
  b.append(el("span", "kind-label", "Claim"), el("span", "item-text", s >= 0 ? snippet(s, e) : snippet(a[ai * 7 + 3], a[ai * 7 + 4])));
  return li;
}

function figureItem(fi, withSource) {
  const v = current.view;
  const [li, b] = itemButton("f", fi, "f");
  b.append(el("span", "item-text fig", snippet(v.f[fi * 3], v.f[fi * 3 + 1], 60)));
  const [value, unit, approx] = [0, 1, 2].map((j) => v.fs.slice(v.fo[fi * 3 + j], v.fo[fi * 3 + j + 1]));
  const meta = [FIGURE_TYPES[v.ft[fi]]];
  if (value) meta.push("= " + value + (unit ? " " + unit : ""));
  else if (unit) meta.push(unit);
  if (approx) meta.push("hedged: " + approx);
  const src = v.f[fi * 3 + 2];
  if (withSource) meta.push(src >= 0 ? "claimed by " + v.sn[src] : "no source");
  b.append(el("span", "meta", meta.join(" · ")));
  return li;
}

// ---------------------------------------------------------------------------
// Going to an annotation: scroll, flash, light up.

function spanOf(k, i) {
  const v = current.view;
  switch (k) {
    case "q": return [v.q[i * 6], v.q[i * 6 + 1]];
    case "f": return [v.f[i * 3], v.f[i * 3 + 1]];
    case "a": return v.a[i * 7 + 5] >= 0 ? [v.a[i * 7 + 5], v.a[i * 7 + 6]] : [v.a[i * 7 + 3], v.a[i * 7 + 4]];
    case "s": {
      const m = v.m;
      for (let j = 0; j < m.length; j += 3) if (m[j + 2] === i) return [m[j], m[j + 1]];
      return null;
    }
  }
  return null;
}

let flashTimer = 0;
function goTo(k, i, { select = false } = {}) {
  if (!current || editor.text !== current.text) return;
  const sp = spanOf(k, i);
  if (!sp) return;
  const r = editor.range(sp[0], sp[1]);
  if (!r) return;
  const ci = editor.chunkIndexOf(r.startContainer.parentNode);
  if (ci >= 0 && !eager()) activateChunk(ci);
  scrollToRange(r);
  layers.flash.clear();
  layers.flash.add(r);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => layers.flash.clear(), 1600);
  if (select) getSelection().setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
  light(k, i);
  markCurrent(k, i);
}

function scrollToRange(r) {
  const box = article.getBoundingClientRect();
  let rect = r.getBoundingClientRect();
  if (rect.height === 0 && rect.width === 0) {
    r.startContainer.parentNode.scrollIntoView({ block: "center" });
    rect = r.getBoundingClientRect();
  }
  if (rect.top < box.top + 8 || rect.bottom > box.bottom - 8) {
    article.scrollTop += rect.top - box.top - box.height / 3;
  }
  // The page itself scrolls on narrow screens, where the article is not a scroller.
  const vr = r.getBoundingClientRect();
  if (vr.top < 0 || vr.bottom > innerHeight) window.scrollBy(0, vr.top - innerHeight / 3);
}

function markCurrent(k, i) {
  for (const b of document.querySelectorAll(".panel [aria-current]")) b.removeAttribute("aria-current");
  const b = document.querySelector(`.panel button[data-k="${k}"][data-i="${i}"]`);
  if (b) {
    b.setAttribute("aria-current", "true");
    if (document.activeElement !== b) b.scrollIntoView({ block: "nearest" });
  }
}

// light shows the speaker's mentions and the cue of a quote (or a figure's
// or claim's source), in the sl-lit layer.
function light(k, i) {
  clearLit();
  if (!current || editor.text !== current.text) return;
  const v = current.view;
  let src = -1;
  const spans = [];
  if (k === "q") {
    src = v.q[i * 6 + 2];
    if (v.q[i * 6 + 3] >= 0) spans.push([v.q[i * 6 + 3], v.q[i * 6 + 4]]);
  } else if (k === "f") src = v.f[i * 3 + 2];
  else if (k === "a") { src = v.a[i * 7]; spans.push([v.a[i * 7 + 3], v.a[i * 7 + 4]], [v.a[i * 7 + 1], v.a[i * 7 + 2]]); }
  else if (k === "s") src = i;
  if (src >= 0) {
    // The speaker's mentions near the item (a source of a long text can be
    // named thousands of times; ranges far off screen would only cost time).
    const at = k === "s" ? -1 : (spanOf(k, i) || [0])[0];
    const m = v.m;
    let j = 0;
    if (at >= 0) {
      let lo = 0, hi = m.length / 3;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (m[mid * 3] < at - LIT_REACH) lo = mid + 1; else hi = mid; }
      j = lo * 3;
    }
    for (let n = 0; j < m.length && n < 400 && (at < 0 || m[j] < at + LIT_REACH); j += 3) {
      if (m[j + 2] === src) { spans.push([m[j], m[j + 1]]); n++; }
    }
  }
  for (const [s, e] of spans) {
    const r = editor.range(s, e);
    if (r) layers.lit.add(r);
  }
  if (src >= 0) {
    const li = document.querySelector(`.panel li.source[data-source="${src}"]`);
    if (li) li.classList.add("lit");
  }
}

function clearLit() {
  layers.lit.clear();
  for (const li of document.querySelectorAll(".panel li.lit")) li.classList.remove("lit");
}

const panel = $("panel");
panel.addEventListener("click", (e) => {
  const b = e.target.closest("button[data-k]");
  if (b) goTo(b.dataset.k, +b.dataset.i);
});
const lightFrom = (e) => {
  const b = e.target.closest && e.target.closest("button[data-k]");
  if (b) light(b.dataset.k, +b.dataset.i);
};
panel.addEventListener("pointerover", lightFrom);
panel.addEventListener("focusin", lightFrom);
panel.addEventListener("pointerleave", () => { if (!panel.contains(document.activeElement)) clearLit(); });

// A quote under the pointer or the caret lights its speaker too.
function quoteAt(off) {
  if (!current || off < 0) return -1;
  const q = current.view.q;
  let lo = 0, hi = q.length / 6 - 1, found = -1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (q[m * 6] <= off) { found = m; lo = m + 1; } else hi = m - 1;
  }
  return found >= 0 && off < q[found * 6 + 1] ? found : -1;
}
let litQuote = -1;
function lightQuoteAt(off) {
  if (!current || editor.text !== current.text) return;
  const qi = quoteAt(off);
  if (qi === litQuote) return;
  litQuote = qi;
  if (qi >= 0) light("q", qi); else clearLit();
}
let moveFrame = 0;
article.addEventListener("pointermove", (e) => {
  if (moveFrame) return;
  const x = e.clientX, y = e.clientY;
  moveFrame = requestAnimationFrame(() => {
    moveFrame = 0;
    const p = document.caretPositionFromPoint ? document.caretPositionFromPoint(x, y) : null;
    if (p && article.contains(p.offsetNode)) lightQuoteAt(editor.offsetOf(p.offsetNode, p.offset));
  });
});
article.addEventListener("pointerleave", () => { litQuote = -1; clearLit(); });
document.addEventListener("selectionchange", () => {
  // A caret, not a selection (stepping to an annotation selects it and lights it itself).
  if (document.activeElement === article && !editor.rendering && getSelection().isCollapsed) lightQuoteAt(editor.caret());
});

// ---------------------------------------------------------------------------
// Keyboard: Alt+↓ / Alt+↑ (or ] and [ outside the text) next and previous
// annotation; Escape clears.

const nav = { index: -1 };

// navOrder merges the quotes and the figures (each sorted) into document
// order: [kind, index, start] triples.
function navOrder() {
  if (current.order) return current.order;
  const { q, f } = current.view;
  const out = [];
  let i = 0, j = 0;
  const nq = q.length / 6, nf = f.length / 3;
  while (i < nq || j < nf) {
    if (j >= nf || (i < nq && q[i * 6] <= f[j * 3])) { out.push(["q", i, q[i * 6]]); i++; } else { out.push(["f", j, f[j * 3]]); j++; }
  }
  current.order = out;
  return out;
}

function step(dir) {
  if (!current || editor.text !== current.text || !navOrder().length) {
    say("No annotations to move to.");
    return;
  }
  const order = navOrder();
  let i = nav.index;
  if (i < 0) {
    // Start from the caret when the text has focus, else from an end.
    const c = document.activeElement === article ? editor.caret() : -1;
    if (c >= 0) {
      let k = order.findIndex((o) => o[2] >= c);
      if (k < 0) k = order.length;
      i = dir > 0 ? k : k - 1;
    } else i = dir > 0 ? 0 : order.length - 1;
  } else i += dir;
  i = (i + order.length) % order.length;
  nav.index = i;
  const [k, idx] = order[i];
  goTo(k, idx, { select: document.activeElement === article });
  const v = current.view;
  const sp = spanOf(k, idx);
  const who = k === "q" ? v.q[idx * 6 + 2] : v.f[idx * 3 + 2];
  say(`${k === "q" ? "Quote" : "Figure"} ${i + 1} of ${order.length}${who >= 0 ? ", " + v.sn[who] : ""}: ${snippet(sp[0], sp[1], 200)}`);
}

function say(msg) { $("announce").textContent = msg; }

document.addEventListener("keydown", (e) => {
  const inText = e.target === article || (e.target instanceof HTMLInputElement);
  if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
    e.preventDefault();
    step(e.key === "ArrowDown" ? 1 : -1);
  } else if (!inText && !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === "]" || e.key === "[")) {
    e.preventDefault();
    step(e.key === "]" ? 1 : -1);
  } else if (e.key === "Escape") {
    layers.flash.clear();
    clearLit();
    litQuote = -1;
    nav.index = -1;
    for (const b of document.querySelectorAll(".panel [aria-current]")) b.removeAttribute("aria-current");
    for (const d of document.querySelectorAll("details[open].menu")) d.open = false;
    say("Cleared.");
  }
});

// ---------------------------------------------------------------------------
// Editing: paste, typing, files, sample, clear, storage.

// Plain text in, always: a paste never brings markup into the page.
article.addEventListener("paste", (e) => {
  e.preventDefault();
  const dt = e.clipboardData;
  const text = dt ? dt.getData("text/plain") : "";
  if (!text) {
    if (dt && (dt.files.length || [...dt.types].some((t) => t !== "text/plain"))) {
      showError("Only text can be pasted here: the clipboard holds something else (an image or a file).", "input");
    }
    return;
  }
  insertText(lf(text));
});

// Where contenteditable="plaintext-only" is not supported, the article is
// contenteditable="true" and a drop from outside is turned into plain text
// here (a drag within the article keeps its native move).
const plainOnly = article.contentEditable === "plaintext-only";
if (!plainOnly) article.contentEditable = "true";
let dragInside = false;
article.addEventListener("dragstart", () => { dragInside = true; });
article.addEventListener("dragend", () => { dragInside = false; });
article.addEventListener("drop", (e) => {
  if (plainOnly || dragInside) return;
  if (e.dataTransfer && e.dataTransfer.files.length) return; // handled by the page
  const text = e.dataTransfer ? e.dataTransfer.getData("text/plain") : "";
  if (!text) return;
  e.preventDefault();
  const p = document.caretPositionFromPoint ? document.caretPositionFromPoint(e.clientX, e.clientY) : null;
  if (p && article.contains(p.offsetNode)) {
    const off = editor.offsetOf(p.offsetNode, p.offset);
    if (off >= 0) editor.setCaret(off);
  }
  insertText(lf(text));
});

// lf turns CRLF and CR line ends into LF (the scan for "\r" is cheaper
// than the replacement on 10 MB that has none).
const lf = (text) => (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text);

// insertText puts text at the selection: through the editing commands for
// small insertions (so undo works), by re-rendering for big ones.
function insertText(text) {
  editor.read();
  const sel = editor.selectionOffsets() || [editor.text.length, editor.text.length];
  const total = editor.text.length - (sel[1] - sel[0]) + text.length;
  if (total > MAX_CHARS) {
    showError(tooBigMessage(total));
    return;
  }
  const r = getSelection().rangeCount ? getSelection().getRangeAt(0) : null;
  const inOneNode = r && r.startContainer === r.endContainer && r.startContainer.nodeType === Node.TEXT_NODE && article.contains(r.startContainer);
  if (text.length < 65536 && inOneNode && !text.includes("\n") && document.execCommand("insertText", false, text)) {
    // The editing command keeps undo working (it drops newlines, hence one line only).
    editor.read();
  } else if (text.length < 65536 && inOneNode) {
    // In place, so the rest of the text keeps its nodes and its highlights.
    const node = r.startContainer, at = r.startOffset + text.length;
    node.replaceData(r.startOffset, r.endOffset - r.startOffset, text);
    getSelection().setBaseAndExtent(node, at, node, at);
    editor.read();
  } else {
    // A big text pasted into an empty article is read from the top: the
    // caret stays there (at the end it would make the last chunk render).
    const caret = editor.text.length === 0 && text.length > PREVIEW_CHARS ? 0 : sel[0] + text.length;
    editor.setText(editor.text.slice(0, sel[0]) + text + editor.text.slice(sel[1]), caret);
  }
  changed(true);
}

function insertManually(text, [s, e]) {
  const next = editor.text.slice(0, s) + text + editor.text.slice(e);
  editor.build(next);
  editor.read();
  editor.setCaret(s + text.length);
}

// Enter inserts a newline character, not a new block.
article.addEventListener("beforeinput", (e) => {
  if (e.inputType === "insertParagraph" || e.inputType === "insertLineBreak") {
    e.preventDefault();
    editor.read();
    const sel = editor.selectionOffsets();
    if (!sel) return;
    const [s, en] = sel;
    const r = getSelection().getRangeAt(0);
    if (r.startContainer.nodeType === Node.TEXT_NODE && r.startContainer === r.endContainer) {
      r.startContainer.replaceData(r.startOffset, r.endOffset - r.startOffset, "\n");
      const node = r.startContainer, at = r.startOffset + 1;
      getSelection().setBaseAndExtent(node, at, node, at);
    } else insertManually("\n", [s, en]);
    changed();
  }
});

article.addEventListener("input", (e) => { nav.index = -1; if (!e.isComposing) changed(); });
article.addEventListener("pointerdown", () => { nav.index = -1; });
let composing = false;
article.addEventListener("compositionstart", () => { composing = true; });
article.addEventListener("compositionend", () => { composing = false; changed(); });

// changed follows every edit: typing is debounced, a paste or a file
// (`now`) is annotated at once.
function changed(now) {
  if (!editor.rendering) editor.read();
  hideError("input");
  $("article-wrap").classList.toggle("empty", editor.text.length === 0);
  if (now) {
    // In a task of its own: sending 10 MB to the worker copies it (~20 ms).
    clearTimeout(timer);
    timer = setTimeout(annotateNow, 0);
  } else scheduleAnnotate();
  scheduleSave();
}

let saveTimer = 0;
function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 800);
}

function save() {
  const text = editor.text;
  const note = $("saved");
  try {
    if (text.length === 0) {
      localStorage.removeItem(STORE_KEY);
      note.textContent = "";
    } else if (text.length > STORE_MAX) {
      localStorage.removeItem(STORE_KEY);
      note.textContent = "Too long to keep on this device: it will not survive a reload.";
    } else {
      localStorage.setItem(STORE_KEY, text);
      note.textContent = "Kept on this device only.";
    }
  } catch {
    note.textContent = "This browser would not keep the text: it will not survive a reload.";
  }
}

function loadText(text, what) {
  text = lf(text);
  if (text.length > MAX_CHARS) {
    showError(tooBigMessage(text.length));
    return;
  }
  hideError("input");
  editor.setText(text, 0);
  article.scrollTop = 0;
  changed(true);
  say(what + " loaded.");
}

$("clear").addEventListener("click", () => {
  editor.setText("", 0);
  annotatedText = null;
  current = null;
  refresh();
  changed();
  try { localStorage.removeItem(STORE_KEY); } catch { /* nothing kept */ }
  $("saved").textContent = "";
  $("exports").disabled = true;
  article.focus();
  say("Text cleared.");
});

// The sample is fetched while the page loads, so pressing the button does
// not touch the network.
const sample = fetch("web/sample.txt").then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.statusText))));
sample.catch(() => {});
$("sample").addEventListener("click", async () => {
  try {
    loadText(await sample, "The sample article");
  } catch {
    showError("The sample article could not be loaded.", "input");
  }
});

// Files: .txt, .md, .html; HTML becomes text through DOMParser, never the page.
$("open").addEventListener("click", () => $("file").click());
$("file").addEventListener("change", (e) => {
  const f = e.target.files[0];
  e.target.value = "";
  if (f) openFile(f);
});

async function openFile(f) {
  if (f.size > MAX_CHARS * 3) {
    showError(`“${f.name}” is too big to annotate: ${mb(f.size)}, over the limit of ${mb(MAX_CHARS * 3)}.`);
    return;
  }
  let buf;
  try {
    buf = new Uint8Array(await f.arrayBuffer());
  } catch {
    showError(`“${f.name}” could not be read.`, "input");
    return;
  }
  const text = decode(buf);
  if (text == null) {
    showError(`“${f.name}” is not a text file. Open a .txt, .md or .html file.`, "input");
    return;
  }
  const isHTML = /\.x?html?$/i.test(f.name) || f.type === "text/html" || /^\s*<(!doctype html|html)/i.test(text.slice(0, 200));
  loadText(isHTML ? htmlToText(text) : text, `“${f.name}”`);
}

// decode returns the text of a UTF-8 (or UTF-16 with BOM, or Latin-1) file,
// or null when the bytes do not look like text.
function decode(buf) {
  const head = buf.subarray(0, 8192);
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf);
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf);
  let control = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (control > head.length / 100 + 1) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder("windows-1252").decode(buf);
  }
}

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "NAV", "FOOTER", "ASIDE", "FORM", "BUTTON", "SVG", "IFRAME", "OBJECT"]);
const PARA = new Set([...BLOCKS, "HEADER", "MAIN", "FIGURE", "FIGCAPTION", "DD", "DT", "TD", "TH", "HR"]);

// htmlToText parses HTML in an inert document and keeps its text, with a
// blank line between blocks. Nothing of it enters the page.
function htmlToText(html) {
  const doc = new DOMParser().parseFromString(inertHTML(html), "text/html");
  const root = doc.querySelector("article") || doc.querySelector("main") || doc.body;
  if (!root) return "";
  const parts = [];
  const walk = (n, pre) => {
    for (const k of n.childNodes) {
      if (k.nodeType === Node.TEXT_NODE) {
        parts.push(pre ? k.textContent : k.textContent.replace(/\s+/g, " "));
      } else if (k.nodeType === Node.ELEMENT_NODE) {
        const tag = k.nodeName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === "BR") { parts.push("\n"); continue; }
        const block = PARA.has(tag);
        if (block) parts.push("\n\n");
        walk(k, pre || tag === "PRE");
        if (block) parts.push("\n\n");
      }
    }
  };
  walk(root, false);
  return parts.join("")
    .split("\n").map((l) => l.replace(/^[ \t]+|[ \t]+$/g, "")).join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim() + "\n";
}

// Drop a file anywhere on the page.
let dragDepth = 0;
const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes("Files");
document.addEventListener("dragenter", (e) => { if (hasFiles(e)) { dragDepth++; document.body.classList.add("dragging"); } });
document.addEventListener("dragleave", (e) => { if (hasFiles(e) && --dragDepth <= 0) { dragDepth = 0; document.body.classList.remove("dragging"); } });
document.addEventListener("dragover", (e) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = "copy"; } });
document.addEventListener("drop", (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  document.body.classList.remove("dragging");
  const f = e.dataTransfer.files[0];
  if (f) openFile(f);
});

// ---------------------------------------------------------------------------
// Toggles, legend, theme.

let prefs = {};
try { prefs = JSON.parse(localStorage.getItem(PREFS_KEY) || "{}") || {}; } catch { prefs = {}; }
const savePrefs = () => { try { localStorage.setItem(PREFS_KEY, JSON.stringify(prefs)); } catch { /* not kept */ } };

for (const kind of KINDS) {
  const box = $("show-" + kind);
  box.checked = prefs["hide-" + kind] !== true;
  layers[kind].show(box.checked);
  box.addEventListener("change", () => {
    layers[kind].show(box.checked);
    prefs["hide-" + kind] = !box.checked;
    savePrefs();
  });
}

const themes = ["auto", "light", "dark"];
function setTheme(t) {
  if (!themes.includes(t)) t = "auto";
  prefs.theme = t;
  if (t === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = t;
  $("theme").textContent = "Theme: " + t;
}
setTheme(prefs.theme);
$("theme").addEventListener("click", () => {
  setTheme(themes[(themes.indexOf(prefs.theme) + 1) % themes.length]);
  savePrefs();
});

// ---------------------------------------------------------------------------
// Exports.

function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = el("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function result() {
  const text = editor.read();
  return { text, r: await api.annotate(text) };
}

const menu = $("exports");
menu.addEventListener("click", async (e) => {
  const b = e.target.closest("button[data-export]");
  if (!b) return;
  menu.closest("details").open = false;
  try {
    const { text, r } = await result();
    hideError("export");
    switch (b.dataset.export) {
      case "json":
        download("sourcelight.json", "application/json", JSON.stringify(r, null, 2));
        say("JSON downloaded.");
        break;
      case "w3c":
        download("sourcelight.annotations.jsonld", "application/ld+json", JSON.stringify(webAnnotations(text, r), null, 2));
        say("Web Annotations downloaded.");
        break;
      case "csv":
        download("sourcelight-quotes.csv", "text/csv", quotesCSV(r));
        say("Quotes CSV downloaded.");
        break;
      case "md":
        await copy(markdown(r));
        break;
    }
  } catch (err) {
    showError("Export failed: " + err.message, "export");
  }
});

// W3C Web Annotation Data Model: positions count code points, not UTF-16
// units, so offsets are converted (identical when there is no astral char).
function webAnnotations(text, r) {
  const astral = /[\ud800-\udfff]/.test(text);
  let cp = null;
  if (astral) {
    cp = new Uint32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      cp[i] = n;
      const c = text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
    }
    cp[text.length] = n;
  }
  const pos = (o) => (cp ? cp[o] : o);
  const doc = "urn:sourcelight:text:" + hash(text);
  const target = (s, e) => ({
    source: doc,
    selector: [
      { type: "TextQuoteSelector", exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - 32), s), suffix: text.slice(e, e + 32) },
      { type: "TextPositionSelector", start: pos(s), end: pos(e) },
    ],
  });
  const items = [];
  let n = 0;
  const note = (s, e, value, tag) => items.push({
    id: `${doc}#${++n}`,
    type: "Annotation",
    motivation: "describing",
    body: [
      { type: "TextualBody", purpose: "describing", value },
      { type: "TextualBody", purpose: "tagging", value: tag },
    ],
    target: target(s, e),
  });
  const name = (i) => (i == null ? null : r.sources[i].name);
  for (const q of r.quotes) note(q.start, q.end, q.source == null ? "Quote with no named speaker" : `Quote by ${name(q.source)}`, "quote");
  for (const f of r.figures) {
    const v = Array.isArray(f.value) ? f.value.join("–") : f.value;
    note(f.start, f.end, `Figure (${f.type}${v != null ? ", " + v : ""}${f.unit ? " " + f.unit : ""}${f.approx ? ", " + f.approx : ""})${f.source == null ? "" : " claimed by " + name(f.source)}`, "figure");
  }
  r.sources.forEach((s) => { for (const [a, b] of s.mentions) note(a, b, `Source: ${s.name} (${s.kind})`, "source"); });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    label: "Sourcelight annotations",
    generator: { type: "Software", name: "Sourcelight " + (api.version || PAGE_VERSION) },
    total: items.length,
    first: { type: "AnnotationPage", items },
  };
}

function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0") + "-" + s.length;
}

// CSV cells are quoted; a cell that a spreadsheet would run as a formula
// gets a leading apostrophe.
function csvCell(v) {
  let s = v == null ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return `"${s.replace(/"/g, '""')}"`;
}

function quotesCSV(r) {
  const rows = [["start", "end", "quote", "speaker", "speaker_kind", "cue", "partial"]];
  const cue = (q) => (q.cue ? editor.text.slice(q.cue[0], q.cue[1]) : "");
  for (const q of r.quotes) {
    const s = q.source == null ? null : r.sources[q.source];
    rows.push([q.start, q.end, q.text, s ? s.name : "", s ? s.kind : "", cue(q), q.partial ? "yes" : "no"]);
  }
  return "\ufeff" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// Markdown with the text escaped, so a name cannot become a link or markup.
const mdEscape = (s) => String(s).replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, "\\$&").replace(/\s+/g, " ");

function markdown(r) {
  const out = ["# Sources and figures", ""];
  const fig = (f) => `${mdEscape(f.text)}${f.approx ? ` (${mdEscape(f.approx)})` : ""}, ${f.type}`;
  r.sources.forEach((s, i) => {
    out.push(`## ${mdEscape(s.name)} (${s.kind})`, "");
    for (const q of r.quotes) if (q.source === i) out.push(`- ${mdEscape(q.text)}`);
    for (const f of r.figures) if (f.source === i) out.push(`- Figure: ${fig(f)}`);
    out.push("");
  });
  const un = r.quotes.filter((q) => q.source == null);
  if (un.length) {
    out.push("## Quotes with no named speaker", "");
    for (const q of un) out.push(`- ${mdEscape(q.text)}`);
    out.push("");
  }
  if (r.figures.length) {
    out.push("## Figures", "");
    for (const f of r.figures) out.push(`- ${fig(f)}${f.source == null ? "" : `, claimed by ${mdEscape(r.sources[f.source].name)}`}`);
    out.push("");
  }
  return out.join("\n");
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    say("Markdown summary copied to the clipboard.");
    $("state").textContent = "Summary copied.";
  } catch {
    // No clipboard permission: offer the text to copy by hand.
    const d = $("copy-dialog");
    $("copy-text").value = text;
    d.showModal();
    $("copy-text").select();
  }
}
$("copy-close").addEventListener("click", () => $("copy-dialog").close());

// ---------------------------------------------------------------------------
// Errors in plain words.

function mb(n) { return (n / 1048576).toLocaleString("en-US", { maximumFractionDigits: 1 }) + " MB"; }
function tooBigMessage(n) {
  return `This text is too long to annotate: ${num(n)} characters, over the limit of ${num(MAX_CHARS)} (about 16 million). Annotate a part of it.`;
}

const errors = new Map(); // topic → message
function showError(msg, topic = "size") {
  errors.set(topic, msg);
  drawErrors();
}
function hideError(topic) {
  if (errors.delete(topic)) drawErrors();
}
function drawErrors() {
  const box = $("notice");
  box.replaceChildren(...[...errors.values()].map((m) => el("p", null, m)));
  box.hidden = errors.size === 0;
}

engine.ready.then(
  (v) => {
    $("state").textContent = "";
    $("version").textContent = "Engine " + v;
    document.body.classList.add("ready");
  },
  (err) => {
    $("state").textContent = "Engine unavailable.";
    showError(err.message + (engine.failure && engine.failure.csp ? "" : " Reload the page to try again."), "engine");
  },
);

// ---------------------------------------------------------------------------
// Service worker (web/sw.js, owned by the build): offline use and updates.
// Protocol: when a new version is installed and waiting, the page shows
// "Update available"; pressing Reload posts {type: "SKIP_WAITING"} to the
// waiting worker, and the page reloads on `controllerchange`.

let updateAccepted = false;
function watchUpdates(reg) {
  const offer = (w) => {
    if (!w || !navigator.serviceWorker.controller) return; // first install: nothing to update
    $("update").hidden = false;
    $("update-reload").onclick = () => {
      updateAccepted = true;
      save(); // the text survives the reload
      w.postMessage({ type: "SKIP_WAITING" });
    };
  };
  if (reg.waiting) offer(reg.waiting);
  reg.addEventListener("updatefound", () => {
    const w = reg.installing;
    if (!w) return;
    w.addEventListener("statechange", () => { if (w.state === "installed") offer(w); });
  });
}

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading || !updateAccepted) return; // the first install claims the page: no reload
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker.addEventListener("message", (e) => {
    if (e.data && e.data.type === "UPDATE_AVAILABLE") navigator.serviceWorker.getRegistration().then((r) => r && watchUpdates(r));
  });
  navigator.serviceWorker.register(scriptURL("sw.js")).then(watchUpdates, () => { /* offline use unavailable; the page works */ });
}

// ---------------------------------------------------------------------------
// Start: restore the text kept on this device.

(function start() {
  $("page-version").textContent = PAGE_VERSION.startsWith("__") ? "dev" : PAGE_VERSION;
  let kept = "";
  try { kept = localStorage.getItem(STORE_KEY) || ""; } catch { kept = ""; }
  if (kept) {
    editor.setText(kept, null);
    $("saved").textContent = "Restored from this device.";
  } else editor.setText("", null);
  changed();
  if (!hasHighlights) {
    document.body.classList.add("no-highlight-api");
    article.addEventListener("scroll", () => fallback.dirty(), { passive: true });
    addEventListener("resize", () => fallback.dirty());
    article.addEventListener("input", () => fallback.dirty());
  }
})();

$("keys-toggle").addEventListener("click", (e) => {
  const keys = $("keys");
  keys.hidden = !keys.hidden;
  e.currentTarget.setAttribute("aria-expanded", String(!keys.hidden));
});
