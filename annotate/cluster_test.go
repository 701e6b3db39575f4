package annotate

import (
	"path/filepath"
	"testing"

	"sourcelight/internal/gold"
)

// TestLowHash checks that lowHash, the name tables' hash of a key that is
// not one whole word, is the lexer's hash of a word: the tables take a
// whole word's hash from d.words, and equal keys must hash the same.
func TestLowHash(t *testing.T) {
	srcs := []string{"Ça CAFÉ café Zoë O’Brien’s O'Brien's ÀÉÎ straße İstanbul abcdefghijklmnopq ABCDEFGHIJKLMNOPQRSTUVWXYZ x"}
	paths, _ := filepath.Glob("testdata/gold/*.gold")
	for _, p := range paths {
		a, err := gold.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, a.Text)
	}
	for _, src := range srcs {
		d := &doc{src: src}
		d.lex()
		for i, tk := range d.toks {
			if tk.ID >= 0 && d.lowHash(tk.Start, tk.End) != d.words[tk.ID].hash {
				t.Fatalf("lowHash(%q) differs from the lexer's hash", d.tok(i))
			}
		}
	}
}
