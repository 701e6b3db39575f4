// Package annotate finds the direct quotes, figures, sources and
// attributions of a news article, as docs/ANNOTATION.md defines them.
//
// Design: one pass of a hand-written byte scanner turns the text into
// tokens (offsets into the source, never copies), then paragraphs and
// sentences, then three detectors run over the tokens in order: quotes and
// terms (quote.go), figures (figure.go), then sources and attributions
// (attribution.go), which link speakers to quotes and claims to figures.
// finish (engine.go) enforces the result's invariants whatever the
// detectors did. Word lists live in lexicon/ as plain text, embedded and
// parsed once.
//
// The main trade-off is rules over models: hand-written rules and word lists
// run at tens of MB/s in the browser in a few hundred KiB of wasm, explain
// every mark they make, and can be fixed rule by rule; a statistical model
// would be larger, slower and opaque. The cost is coverage of unusual
// phrasings, which the gold articles in testdata/gold measure (make eval).
//
// Every input is valid: invalid UTF-8 is annotated as it stands, and the
// only error is ErrTooLarge. The package stays free of regexp, fmt,
// encoding/json and reflect, which would each add to the wasm's size.
package annotate
