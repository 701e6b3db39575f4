package annotate_test

import (
	"testing"

	"sourcelight/annotate"
)

// benchText is about 1 MiB of varied article text: every gold article,
// repeated in turn, as a long archive would be.
func benchText(b *testing.B) string { return archive(b, 1<<20) }

// warmUp runs the engine on src a few times before a benchmark's timer
// starts. b.Loop times every iteration from the first, and under js/wasm
// V8 compiles each function on its first call and recompiles the hot ones
// in the background: a one-second run on ~1 MiB (a handful of iterations)
// measured the first, cold call more than the engine (one of 3-4 iterations
// took ~0.7 s of a ~1 s run). The page's worker warms the engine up the same
// way after loading (warmUp in web/worker.js). Natively this changes nothing.
func warmUp(src string) {
	for range 4 {
		annotate.Annotate(src, annotate.Options{})
	}
}

func BenchmarkAnnotate(b *testing.B) {
	src := benchText(b)
	warmUp(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		annotate.Annotate(src, annotate.Options{})
	}
}

// BenchmarkAnnotateJSON adds the UTF-16 JSON encoding the browser receives.
func BenchmarkAnnotateJSON(b *testing.B) {
	src := benchText(b)
	warmUp(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		r, _ := annotate.Annotate(src, annotate.Options{})
		buf = annotate.AppendJSON(buf[:0], &r, src, true)
	}
}

// BenchmarkArticle is one article, the common case in the page.
func BenchmarkArticle(b *testing.B) {
	arts := articles(b)
	if len(arts) == 0 {
		b.Skip("no gold articles")
	}
	src := arts[0]
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		annotate.Annotate(src, annotate.Options{})
	}
}
