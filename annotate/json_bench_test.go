package annotate_test

import (
	"testing"

	"sourcelight/annotate"
)

// BenchmarkJSON is AppendJSON alone (BenchmarkAnnotateJSON less
// BenchmarkAnnotate), on the result of the same ~1 MiB of text.
func BenchmarkJSON(b *testing.B) {
	src := benchText(b)
	r, _ := annotate.Annotate(src, annotate.Options{})
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = annotate.AppendJSON(buf[:0], &r, src, true)
	}
}
