package annotate_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"sourcelight/annotate"
	"sourcelight/internal/gold"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the engine's current output")

// TestGolden renders the engine's output over every gold article and
// compares it with testdata/golden/NAME.golden, so any change in what the
// engine marks shows up as a readable diff of the article. make
// update-golden rewrites the files after an intended change; the gold
// files (hand-annotated, scored by make eval) never change with it.
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob("testdata/gold/*.gold")
	if len(paths) == 0 {
		t.Fatal("no gold articles")
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".gold")
		t.Run(name, func(t *testing.T) {
			a, err := gold.ParseFile(p)
			if err != nil {
				t.Fatal(err)
			}
			r, err := annotate.Annotate(a.Text, annotate.Options{Published: a.Date})
			if err != nil {
				t.Fatal(err)
			}
			got := render(a.Text, &r)
			file := filepath.Join("testdata", "golden", name+".golden")
			if *update {
				os.MkdirAll(filepath.Dir(file), 0o755)
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run make update-golden)", err)
			}
			if !bytes.Equal(got, want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("%s differs from line %d (make update-golden if intended):\ngot:  %s\nwant: %s", file, i+1, g, w)
					}
				}
			}
		})
	}
}

// render draws the result over the text: ⟦Q2 …⟧ a quote by source 2 (Q? no
// source; P for partial), ⟨count=14000 ~around @3 …⟩ a figure, {3 …} a
// mention of source 3, ‹…› a cue, then the sources.
func render(src string, r *annotate.Result) []byte {
	type mark struct {
		at    int
		open  bool
		width int
		s     string
	}
	var ms []mark
	add := func(s annotate.Span, open, close string) {
		if s.Start < 0 || s.End <= s.Start {
			return
		}
		ms = append(ms, mark{s.Start, true, s.End - s.Start, open}, mark{s.End, false, s.End - s.Start, close})
	}
	who := func(i int) string {
		if i < 0 {
			return "?"
		}
		return strconv.Itoa(i)
	}
	for _, q := range r.Quotes {
		k := "Q"
		if q.Partial {
			k = "P"
		}
		add(q.Span, "⟦"+k+who(q.Source)+" ", "⟧")
	}
	for _, f := range r.Figures {
		h := f.Type.String() + "=" + value(f.Value)
		if f.Unit != "" {
			h += " " + f.Unit
		}
		if f.Approx != "" {
			h += " ~" + f.Approx
		}
		if f.Source >= 0 {
			h += " @" + who(f.Source)
		}
		add(f.Span, "⟨"+h+" ", "⟩")
	}
	for i, s := range r.Sources {
		for _, m := range s.Mentions {
			add(m, "{"+who(i)+" ", "}")
		}
	}
	seen := map[annotate.Span]bool{}
	for _, a := range r.Attributions {
		if !seen[a.Cue] {
			seen[a.Cue] = true
			add(a.Cue, "‹", "›")
		}
	}
	for _, q := range r.Quotes {
		if !seen[q.Cue] {
			seen[q.Cue] = true
			add(q.Cue, "‹", "›")
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.at != b.at {
			return a.at < b.at
		}
		if a.open != b.open {
			return !a.open // close before open
		}
		if a.open {
			return a.width > b.width // outer opens first
		}
		return a.width < b.width // inner closes first
	})
	var b bytes.Buffer
	at := 0
	for _, m := range ms {
		b.WriteString(src[at:m.at])
		b.WriteString(m.s)
		at = m.at
	}
	b.WriteString(src[at:])
	b.WriteString("\n\n--- sources\n")
	for i, s := range r.Sources {
		b.WriteString(who(i) + " " + s.Kind.String() + " " + s.Name + "\n")
	}
	b.WriteString("--- attributions\n")
	for _, a := range r.Attributions {
		b.WriteString(who(a.Source) + " " + src[a.Mention.Start:a.Mention.End])
		if a.Cue.Start >= 0 {
			b.WriteString(" ‹" + src[a.Cue.Start:a.Cue.End] + "›")
		}
		if a.Content.Start >= 0 {
			c := src[a.Content.Start:a.Content.End]
			if len(c) > 70 {
				c = c[:40] + " … " + c[len(c)-25:]
			}
			b.WriteString(" " + strings.ReplaceAll(c, "\n", "¶"))
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}

func value(v annotate.Value) string {
	num := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
	switch v.Kind {
	case annotate.NumValue:
		return num(v.Lo)
	case annotate.RangeValue:
		return num(v.Lo) + ".." + num(v.Hi)
	case annotate.TextValue:
		return v.Text
	}
	return "null"
}
