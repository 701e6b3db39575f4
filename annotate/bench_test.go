package annotate_test

import (
	"testing"

	"sourcelight/annotate"
)

// benchText is about 1 MiB of varied article text: every gold article,
// repeated in turn, as a long archive would be.
func benchText(b *testing.B) string { return archive(b, 1<<20) }

func BenchmarkAnnotate(b *testing.B) {
	src := benchText(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		annotate.Annotate(src, annotate.Options{})
	}
}

// BenchmarkAnnotateJSON adds the UTF-16 JSON encoding the browser receives.
func BenchmarkAnnotateJSON(b *testing.B) {
	src := benchText(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var buf []byte
	b.ResetTimer()
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
