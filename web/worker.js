// Sourcelight engine worker: loads the Go engine (WebAssembly) and answers
// the page's requests, one at a time, off the main thread.
//
// wasm_exec.js and the globals it defines (Go, fs, process, …) live only
// here; the page talks to this worker with messages:
//
//   page → worker  {type: "annotate", id, text, view}
//                  {type: "part", id, text} … then {type: "annotate", id, parts: true, view}
//                                                   (a long text, sent in parts)
//   worker → page  {type: "ready", version}
//                  {type: "failed", message, csp}   (the engine could not load)
//                  {type: "result", id, result}     (view false: the §5 object)
//                  {type: "view", id, view, ms}     (view true: packed arrays)
//                  {type: "error", id, message, fatal}
//                                                   (this call failed; the
//                                                    worker keeps serving
//                                                    unless fatal)
//
// The packed view exists for big articles: a 10 MB paste can give hundreds
// of thousands of annotations, and a structured clone of that many small
// objects is deserialized on the page's main thread in one long task. Typed
// arrays are transferred instead (zero copy), so the page only receives a
// handful of buffers and a few string arrays.
"use strict";

// The names below are rewritten by the build (hashed asset names).
const ENGINE_URL = "sourcelight.wasm";
const RUNTIME_URL = "wasm_exec.js";

// The CSP keyword WebAssembly needs; named in the error when it is missing.
const WASM_CSP = "'wasm-unsafe-eval' (in script-src)";

let violation = null; // the last CSP violation seen by this worker
self.addEventListener("securitypolicyviolation", (e) => {
  violation = e.effectiveDirective || e.violatedDirective || "";
});

const engine = load();
engine.then(
  (version) => {
    self.postMessage({ type: "ready", version });
    setTimeout(warmUp, 0);
  },
  (err) => self.postMessage({ type: "failed", message: String(err && err.message || err), csp: cspCause(err) }),
);

// load fetches, compiles and starts the engine and resolves to its version.
let runtime = null; // the Go runtime: `exited` once the program has died

async function load() {
  // The engine's download starts before the (synchronous) load of the runtime.
  const download = fetch(ENGINE_URL);
  download.catch(() => {});
  importScripts(RUNTIME_URL);
  const go = new self.Go();
  // The engine allocates ~20 bytes per byte of text, most of it dead by the
  // end of a call, and under wasm the collector runs on the engine's thread:
  // a 400% heap goal halved the time of a 10 MB article (3.3 s -> 1.7 s) for
  // 20% more peak memory; the soft limit keeps a tab under 512 MiB.
  go.env = { GOGC: "400", GOMEMLIMIT: "512MiB" };
  let inst;
  try {
    inst = await WebAssembly.instantiateStreaming(download, go.importObject);
  } catch (err) {
    if (cspCause(err)) throw err;
    // A server without application/wasm: compile from bytes instead.
    const resp = await fetch(ENGINE_URL);
    if (!resp.ok) throw new Error(`the engine file answered ${resp.status} ${resp.statusText}`);
    inst = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
  }
  runtime = go;
  go.run(inst.instance); // runs main() up to its select{}: the globals exist on return
  if (typeof self.sourcelightAnnotate !== "function") {
    throw new Error("the engine started but did not register itself");
  }
  return String(self.sourcelightVersion || "dev");
}

// warmUp runs the engine once on a made-up article of about 30 KB, right
// after loading. V8 first runs WebAssembly from its baseline compiler and
// recompiles hot functions in the background: without this, the reader's
// first paste runs 3-4× slower than the next ones (a 256 KB text: 1.6 s
// cold, 0.4 s warm, measured under Node on this project's machine).
function warmUp() {
  if (requested) return; // the reader was quicker: their text warms it up
  const para = "“We will finish the bridge by June,” said Mayor Ana Ruiz, 52, on Tuesday. " +
    "The council voted 9 to 4 to spend about $4.5 million, according to a statement from the city. " +
    "Officials said that nearly 40% of the 1,200 residents had signed the petition.\n\n";
  self.sourcelightAnnotate(para.repeat(120)).catch(() => {});
}

// cspCause names the missing Content-Security-Policy keyword when err is a
// CSP refusal to compile WebAssembly, or returns "".
function cspCause(err) {
  const msg = String(err && err.message || err);
  if (/Content Security Policy|unsafe-eval|wasm-eval/i.test(msg) || (err && err.name === "EvalError")) return WASM_CSP;
  if (violation) return `'self' (in ${violation})`;
  return "";
}

// Requests are answered in order; the engine is synchronous inside this worker.
let requested = false;
const parts = new Map(); // id → the parts of a long text received so far
self.addEventListener("message", async (e) => {
  const msg = e.data;
  if (!msg) return;
  requested = true;
  if (msg.type === "part") {
    if (!parts.has(msg.id)) parts.set(msg.id, []);
    parts.get(msg.id).push(msg.text);
    return;
  }
  if (msg.type !== "annotate") return;
  const { id } = msg;
  let text = msg.text;
  if (msg.parts) {
    text = (parts.get(id) || []).join("");
    parts.delete(id);
  }
  try {
    await engine;
  } catch (err) {
    self.postMessage({ type: "error", id, message: "the engine could not load: " + String(err && err.message || err) });
    return;
  }
  const t0 = performance.now();
  let json;
  try {
    json = await self.sourcelightAnnotate(text);
  } catch (err) {
    // A panic is a rejection and the engine keeps serving; a fatal error
    // (out of memory) ends the Go program: the page then starts a new worker.
    const fatal = !!(runtime && runtime.exited);
    self.postMessage({ type: "error", id, fatal, message: String(err && err.message || err) });
    return;
  }
  const result = JSON.parse(json);
  if (!msg.view) {
    self.postMessage({ type: "result", id, result });
    return;
  }
  const view = pack(result);
  view.ms = performance.now() - t0;
  self.postMessage({ type: "view", id, view }, transferList(view));
});

// transferList lists the ArrayBuffers of a packed view.
function transferList(view) {
  const out = [];
  for (const k in view) {
    if (ArrayBuffer.isView(view[k])) out.push(view[k].buffer);
  }
  return out;
}

// Keep in sync with the lists of the same names in the page script.
const SOURCE_KINDS = ["person", "organization", "group", "anonymous", "document"];
const FIGURE_TYPES = ["count", "money", "percent", "measure", "date", "year", "time", "age", "ordinal", "fraction", "range", "number"];

// pack turns the §5 object into flat typed arrays (offsets in UTF-16 units):
//   q  Int32Array 6 per quote:   start, end, source (-1 none), cueStart, cueEnd (-1 none), partial (0/1)
//   f  Int32Array 3 per figure:  start, end, source (-1 none)
//   ft Uint8Array per figure: type index into FIGURE_TYPES
//   fs, fo  per figure, three texts (value as text, unit, approx) joined in
//      one string: text j of figure i is fs.slice(fo[3i+j], fo[3i+j+1])
//      (one string crosses to the page instead of 300k small ones)
//   a  Int32Array 7 per attribution: source, mention start/end, cue start/end, content start/end
//   sn, sk  source names; sk Uint8Array kind index into SOURCE_KINDS
//   m  Int32Array 3 per mention, sorted by start: start, end, source
//   c  Int32Array 2 per cue, sorted, distinct: start, end
//   t  Int32Array 2 per term
//   sq, sa, sf  per-source index lists (CSR: offsets sqo/sao/sfo, length sources+1)
function pack(r) {
  const Q = r.quotes || [], F = r.figures || [], A = r.attributions || [], S = r.sources || [], T = r.terms || [];
  const q = new Int32Array(Q.length * 6);
  Q.forEach((x, i) => {
    const o = i * 6;
    q[o] = x.start; q[o + 1] = x.end;
    q[o + 2] = x.source == null ? -1 : x.source;
    q[o + 3] = x.cue ? x.cue[0] : -1; q[o + 4] = x.cue ? x.cue[1] : -1;
    q[o + 5] = x.partial ? 1 : 0;
  });
  const f = new Int32Array(F.length * 3);
  const ft = new Uint8Array(F.length);
  const fo = new Int32Array(F.length * 3 + 1);
  const parts = [];
  let n = 0;
  F.forEach((x, i) => {
    f[i * 3] = x.start; f[i * 3 + 1] = x.end; f[i * 3 + 2] = x.source == null ? -1 : x.source;
    ft[i] = Math.max(0, FIGURE_TYPES.indexOf(x.type));
    const v = valueText(x.value), u = x.unit || "", h = x.approx || "";
    parts.push(v, u, h);
    fo[i * 3 + 1] = n += v.length;
    fo[i * 3 + 2] = n += u.length;
    fo[i * 3 + 3] = n += h.length;
  });
  const fs = parts.join("");
  const a = new Int32Array(A.length * 7);
  A.forEach((x, i) => {
    const o = i * 7;
    a[o] = x.source == null ? -1 : x.source;
    a.set(span(x.mention), o + 1); a.set(span(x.cue), o + 3); a.set(span(x.content), o + 5);
  });
  const sn = S.map((s) => String(s.name || ""));
  const sk = new Uint8Array(S.length);
  let nm = 0;
  S.forEach((s, i) => { sk[i] = Math.max(0, SOURCE_KINDS.indexOf(s.kind)); nm += (s.mentions || []).length; });
  const m = new Int32Array(nm * 3);
  let k = 0;
  S.forEach((s, i) => {
    for (const [st, en] of s.mentions || []) { m[k++] = st; m[k++] = en; m[k++] = i; }
  });
  sortTriples(m);
  const cues = [];
  for (const x of Q) if (x.cue) cues.push(x.cue[0], x.cue[1]);
  for (const x of A) if (x.cue) cues.push(x.cue[0], x.cue[1]);
  const c = distinctPairs(cues);
  const t = new Int32Array(T.length * 2);
  T.forEach((x, i) => { t[i * 2] = x.start; t[i * 2 + 1] = x.end; });
  const [sq, sqo] = csr(S.length, Q.length, (i) => Q[i].source);
  const [sa, sao] = csr(S.length, A.length, (i) => A[i].source);
  const [sf, sfo] = csr(S.length, F.length, (i) => F[i].source);
  return { q, f, ft, fs, fo, a, sn, sk, m, c, t, sq, sqo, sa, sao, sf, sfo };
}

function span(s) { return s ? [s[0], s[1]] : [-1, -1]; }

// One formatter for all: Number.prototype.toLocaleString builds one per call
// (about 50 µs each: over a second for the 20,000 figures of a 2 MB text).
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

// valueText renders a figure's normalized value for display.
function valueText(v) {
  if (v == null) return "";
  if (Array.isArray(v)) return v.map(valueText).join("–");
  if (typeof v === "number") return numberFormat.format(v);
  return String(v);
}

// order returns the indexes 0..n-1 sorted by (start, end) of item i. A
// Float64Array of keys (start and index packed exactly: both < 2^24, so the
// key < 2^48) sorts natively, with no comparator call per pair: 300,000
// mentions of a 10 MB text in ~70 ms instead of ~300; the rare runs of equal
// starts are then put in order of their ends.
function order(n, start, end) {
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = start(i) * 16777216 + i;
  keys.sort();
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = keys[i] % 16777216;
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && start(idx[j]) === start(idx[i])) j++;
    if (j - i > 1) idx.subarray(i, j).sort((x, y) => end(x) - end(y));
    i = j;
  }
  return idx;
}

// sortTriples sorts (start, end, x) triples by start, then end.
function sortTriples(m) {
  const n = m.length / 3;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    if (m[i * 3] < m[i * 3 - 3] || (m[i * 3] === m[i * 3 - 3] && m[i * 3 + 1] < m[i * 3 - 2])) sorted = false;
  }
  if (sorted) return;
  const idx = order(n, (i) => m[i * 3], (i) => m[i * 3 + 1]);
  const copy = m.slice();
  idx.forEach((j, i) => { m[i * 3] = copy[j * 3]; m[i * 3 + 1] = copy[j * 3 + 1]; m[i * 3 + 2] = copy[j * 3 + 2]; });
}

// distinctPairs sorts flat (start, end) pairs and drops repeats.
function distinctPairs(flat) {
  const idx = order(flat.length / 2, (i) => flat[i * 2], (i) => flat[i * 2 + 1]);
  const out = new Int32Array(flat.length);
  let k = 0;
  for (const i of idx) {
    const s = flat[i * 2], e = flat[i * 2 + 1];
    if (k && out[k - 2] === s && out[k - 1] === e) continue;
    out[k++] = s;
    out[k++] = e;
  }
  return out.slice(0, k);
}

// csr groups item indexes by source: list[off[s]..off[s+1]) are the items of
// source s, in document order.
function csr(nSources, nItems, sourceOf) {
  const off = new Int32Array(nSources + 1);
  for (let i = 0; i < nItems; i++) {
    const s = sourceOf(i);
    if (s != null && s >= 0 && s < nSources) off[s + 1]++;
  }
  for (let s = 0; s < nSources; s++) off[s + 1] += off[s];
  const list = new Int32Array(off[nSources]);
  const fill = off.slice(0, nSources);
  for (let i = 0; i < nItems; i++) {
    const s = sourceOf(i);
    if (s != null && s >= 0 && s < nSources) list[fill[s]++] = i;
  }
  return [list, off];
}
