// Sourcelight widget frame: the hidden iframe that widget.js puts on a news
// site. It is served from the widget's own origin, so the engine (the worker
// and its WebAssembly) runs here: the host needs no 'wasm-unsafe-eval', and
// the host's scripts cannot reach the engine's state (the frame is
// cross-origin to them).
//
// The frame speaks to exactly one window, its parent, whose origin widget.js
// passes in the URL (frame.html#origin=https://news.example) and which the
// browser confirms where it can (location.ancestorOrigins). Every message is
// checked: its source must be the parent window, its origin the parent's
// origin, and its data must fit the schema below exactly. Every reply names
// the parent's origin as its target; nothing is ever posted to "*".
//
//   widget → frame  {sl: "sourcelight/1", type: "annotate", id, text}
//                     id: a positive safe integer chosen by the widget; text: a string
//   frame → widget  {sl: "sourcelight/1", type: "ready", version}    (loaded and warmed up)
//                   {sl: "sourcelight/1", type: "failed", message}  (no engine)
//                   {sl: "sourcelight/1", type: "result", id, result}
//                   {sl: "sourcelight/1", type: "error", id, message}
//
// The engine itself is web/worker.js, unchanged: the page's worker.
"use strict";

(() => {
  const PROTO = "sourcelight/1";
  const MAX_CHARS = 16 * 1024 * 1024; // the page's size cap, in UTF-16 units
  const WARM_ID = -1; // the widget's ids are positive
  const WARM_TEXT = "LONDON, March 3, 2025 — “We will not wait,” said Dr. Ana Ruiz, the council’s chief engineer. " +
    "She told reporters that about 1,200 homes, or 15% of the town, were at risk and that repairs would cost $4.5 million.\n\n" +
    "According to officials, the work could start in April. A spokesperson, who asked not to be named, called it “a first step.”";
  let version = "";

  const parentOrigin = hostOrigin();
  if (!parentOrigin || window.parent === window) return; // not embedded by widget.js: stay inert

  const send = (msg) => {
    msg.sl = PROTO;
    window.parent.postMessage(msg, parentOrigin);
  };

  let worker;
  try {
    worker = new Worker("worker.js", { name: "sourcelight-engine" });
  } catch (err) {
    send({ type: "failed", message: "the engine worker could not start: " + text(err) });
    return;
  }
  worker.addEventListener("error", (e) => {
    e.preventDefault();
    send({ type: "failed", message: e.message || "the engine worker could not start" });
  });
  worker.addEventListener("message", (e) => {
    const m = e.data;
    if (!m || typeof m !== "object") return;
    switch (m.type) {
      case "ready":
        // Warm the engine before saying so: WebAssembly functions compile on
        // their first call, so the first article would otherwise pay for
        // compiling the whole engine. This runs off the host's main thread,
        // while the host is idle.
        version = String(m.version);
        worker.postMessage({ type: "annotate", id: WARM_ID, text: WARM_TEXT, view: false });
        break;
      case "failed":
        send({ type: "failed", message: String(m.message) + (m.csp ? " (the frame's Content-Security-Policy lacks " + m.csp + ")" : "") });
        break;
      case "result":
      case "error":
        if (m.id === WARM_ID) send({ type: "ready", version }); // warm, or at least loaded
        else if (m.type === "result") send({ type: "result", id: m.id, result: m.result });
        else send({ type: "error", id: m.id, message: String(m.message) });
        break;
    }
  });

  window.addEventListener("message", (e) => {
    if (e.source !== window.parent || e.origin !== parentOrigin) return;
    const m = e.data;
    if (!valid(m)) return;
    if (m.text.length > MAX_CHARS) {
      send({ type: "error", id: m.id, message: "the text is over the size cap" });
      return;
    }
    worker.postMessage({ type: "annotate", id: m.id, text: m.text, view: false });
  });

  // valid accepts only {sl, type: "annotate", id, text} with nothing else.
  function valid(m) {
    if (!m || typeof m !== "object" || Object.getPrototypeOf(m) !== Object.prototype) return false;
    const keys = Object.keys(m);
    return keys.length === 4 && m.sl === PROTO && m.type === "annotate" &&
      Number.isSafeInteger(m.id) && m.id > 0 && typeof m.text === "string";
  }

  // hostOrigin reads the parent's origin from the fragment and, where the
  // browser tells the real one (ancestorOrigins), insists they agree.
  function hostOrigin() {
    const claimed = new URLSearchParams(location.hash.slice(1)).get("origin") || "";
    let origin;
    try {
      origin = new URL(claimed).origin;
    } catch {
      return "";
    }
    if (origin === "null" || origin !== claimed) return "";
    const anc = location.ancestorOrigins;
    if (anc && anc.length && anc[0] !== origin) return "";
    return origin;
  }

  function text(err) {
    return String((err && err.message) || err);
  }
})();
