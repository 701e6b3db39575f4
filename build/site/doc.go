// Package site turns the repository into the static site in dist/, serves
// it, and measures it; `go run ./build` is its command line, and the browser
// tests (e2e/) build and serve through it too.
//
// The site is flat: index.html and every file of web/ land at the root of
// dist/, beside the engine (sourcelight.wasm) and wasm_exec.js from the
// toolchain that built it. A reference written "web/app.js" in index.html
// becomes "app.<hash>.js". Build, in order:
//
//  1. compiles ./wasm for js/wasm with -trimpath -gcflags=all=-l -ldflags="-s -w -buildid="
//     and -X main.version=<mark>, so two builds give the same bytes;
//  2. computes the version: a hash of every input (the wasm and the sources);
//  3. replaces __SOURCELIGHT_VERSION__ in every text file, and the mark in
//     the wasm, with that version: the page, the worker's wasm and the
//     service worker's cache name all carry the same one;
//  4. minifies HTML, CSS, JS, SVG and JSON (tdewolff/minify) and renders
//     the PNG icons from icon.svg;
//  5. renames every asset but the entry points (*.html, sw.js, widget.js,
//     *.webmanifest) to name.<hash>.ext, hashing leaves first, and rewrites
//     the references to them;
//  6. fills the service worker's precache list ("__SOURCELIGHT_PRECACHE__")
//     with every asset but widget.js, which runs in news sites' pages;
//  7. writes .br and .gz beside each compressible asset, and moves the new
//     site in place of the old one.
//
// The trade-off: references are found by name, as text (a file name with
// delimiters around it, anywhere in HTML, CSS, JS or JSON), not by parsing
// each language. That keeps the rule general (every file in web/ ships, and
// the page and the widget add files without editing the build) at the cost
// of one convention: a file is referred to by its plain name, written out
// whole, never assembled from pieces at run time.
package site
