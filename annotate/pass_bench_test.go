package annotate

import (
	"path/filepath"
	"strings"
	"testing"

	"sourcelight/internal/gold"
)

// BenchmarkPass times each pass of Annotate alone on the same ~1 MiB of
// gold article text as BenchmarkAnnotate, the passes before it run outside
// the timer, so that a change to one pass is measured where it happens.
func BenchmarkPass(b *testing.B) {
	src := passBenchText(b)
	passes := allPasses()
	for k, p := range passes {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				d := &doc{src: src}
				for _, q := range passes[:k] {
					q.run(d)
				}
				b.StartTimer()
				p.run(d)
			}
		})
	}
}

// passBenchText is ~1 MiB of the gold articles, each in turn, repeated.
func passBenchText(tb testing.TB) string {
	paths, _ := filepath.Glob("testdata/gold/*.gold")
	if len(paths) == 0 {
		tb.Skip("no gold articles")
	}
	var s strings.Builder
	for s.Len() < 1<<20 {
		for _, p := range paths {
			a, err := gold.ParseFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			s.WriteString(a.Text)
			s.WriteString("\n\n")
		}
	}
	// ~1 MiB whatever the gold set's size, cut at a paragraph break: the
	// figures stay comparable as articles are added
	t := s.String()
	if i := strings.Index(t[1<<20:], "\n\n"); i >= 0 {
		t = t[:1<<20+i+2]
	}
	return t
}

// pass is one of Annotate's passes, in order.
type pass struct {
	name string
	run  func(*doc)
}

func allPasses() []pass {
	return []pass{
		{"lex", (*doc).lex},
		{"paragraphs", (*doc).paragraphs},
		{"sentences", (*doc).sentences},
		{"quotes", (*doc).findQuotes},
		{"figures", (*doc).findFigures},
		{"attributions", (*doc).findAttributions},
		{"finish", (*doc).finish},
	}
}
