package annotate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// drawTokens renders tokens as |tok|tok| with ¶ before paragraph starts.
func drawTokens(d *doc) string {
	var b strings.Builder
	for i, t := range d.toks {
		if t.Flags&fParaStart != 0 && i > 0 {
			b.WriteString("¶")
		}
		b.WriteString("|")
		b.WriteString(d.tok(i))
	}
	return b.String() + "|"
}

func TestLex(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"He said “no.”", "|He|said|“|no|.|”|"},
		{"don't O’Brien troops’ mission", "|don't|O’Brien|troops|’|mission|"},
		{"14,000 troops, 3.5 km", "|14,000|troops|,|3.5|km|"},
		{"G7 and COVID-19", "|G|7|and|COVID|-|19|"},
		{"$1.2m, 25-year-old", "|$|1.2|m|,|25|-|year|-|old|"},
		{"2024.", "|2024|.|"},
		{"One.\n\nTwo.\nThree.", "|One|.¶|Two|.¶|Three|.|"},
		{"one\ntwo\nthree", "|one¶|two¶|three|"},
		{"bad \xff byte", "|bad|\xff|byte|"},
		{"", "|"},
	} {
		t.Run(c.in, func(t *testing.T) {
			d := &doc{src: c.in}
			d.lex()
			d.paragraphs()
			if got := drawTokens(d); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// drawSentences renders sentences as [..] and paragraphs with ¶.
func drawSentences(in string) string {
	d := &doc{src: in}
	d.lex()
	d.paragraphs()
	d.sentences()
	var b strings.Builder
	last := int32(-1)
	for _, s := range d.sents {
		if last >= 0 {
			if s.Para != last {
				b.WriteString("¶")
			} else {
				b.WriteString(" ")
			}
		}
		last = s.Para
		b.WriteString("[" + in[s.Start:s.End] + "]")
	}
	return b.String()
}

func TestSentences(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"He left. She stayed.", "[He left.] [She stayed.]"},
		{"Mr. Smith left. Dr. Jones stayed.", "[Mr. Smith left.] [Dr. Jones stayed.]"},
		{"He lives in the U.S. The rest do not.", "[He lives in the U.S.] [The rest do not.]"},
		{"U.S. officials said so.", "[U.S. officials said so.]"},
		{"It opened Jan. 4 and closed.", "[It opened Jan. 4 and closed.]"},
		{"“Why?” she asked. He shrugged.", "[“Why?” she asked.] [He shrugged.]"},
		{"“We won.” Then they left.", "[“We won.”] [Then they left.]"},
		{"J. K. Rowling wrote it.", "[J. K. Rowling wrote it.]"},
		{"First para.\n\nSecond para", "[First para.]¶[Second para]"},
		{"Wait... What?", "[Wait...] [What?]"},
		{"a line that is\nwrapped in the middle.\n\nNext para\nwraps too.", "[a line that is\nwrapped in the middle.]¶[Next para\nwraps too.]"},
		{"At 7 p.m. The game began.", "[At 7 p.m.] [The game began.]"},
		{"It grew 3.5 per cent. Sales fell.", "[It grew 3.5 per cent.] [Sales fell.]"},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := drawSentences(c.in); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestUTF16Offsets(t *testing.T) {
	for _, s := range []string{
		"plain ascii",
		"“curly” quotes and € signs",
		"emoji 😀 and 𝄞 outside the BMP",
		"bad \xff\xfe bytes \xe2\x80 cut",
		strings.Repeat("é😀a", 100),
	} {
		m := newOffsetMap(s)
		units := 0
		for i := 0; i < len(s); {
			if got := m.utf16(i); got != units {
				t.Fatalf("%q: utf16(%d) = %d, want %d", s, i, got, units)
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			units += len(utf16.Encode([]rune{r}))
			i += n
		}
		if got := m.utf16(len(s)); got != units {
			t.Fatalf("%q: utf16(end) = %d, want %d", s, got, units)
		}
	}
}

func TestJSONIsValid(t *testing.T) {
	src := "He said “no\" \\ \x01 \xff \u2028.”"
	r := Result{
		Sources:      []Source{{Name: "He \"x\"", Kind: Person, Mentions: []Span{{0, 2}}}},
		Quotes:       []Quote{{Span: Span{8, len(src)}, Source: 0, Cue: Span{3, 7}}},
		Figures:      []Figure{{Span: Span{0, 2}, Type: Count, Value: Value{Kind: RangeValue, Lo: 1.5, Hi: 3500000000}, Source: -1}},
		Attributions: []Attribution{{Source: 0, Mention: Span{0, 2}, Cue: Span{3, 7}, Content: none}},
		Terms:        []Term{{Span{0, 2}}},
	}
	for _, u16 := range []bool{false, true} {
		out := AppendJSON(nil, &r, src, u16)
		var v map[string]any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatalf("invalid JSON %s: %v", out, err)
		}
		if !strings.Contains(string(out), `"value":[1.5,3500000000]`) {
			t.Errorf("range value not written as [lo,hi]: %s", out)
		}
	}
}

func TestTooLarge(t *testing.T) {
	if _, err := Annotate("12345", Options{MaxBytes: 4}); err != ErrTooLarge {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if _, err := Annotate("1234", Options{MaxBytes: 4}); err != nil {
		t.Fatalf("err = %v at the cap", err)
	}
}

// BenchmarkLex measures the pass every input byte goes through: tokens,
// paragraphs and sentences, over ~1 MiB of the gold files.
func BenchmarkLex(b *testing.B) {
	paths, _ := filepath.Glob("testdata/gold/*.gold")
	var s strings.Builder
	for s.Len() < 1<<20 && len(paths) > 0 {
		for _, p := range paths {
			data, _ := os.ReadFile(p)
			s.Write(data)
		}
	}
	src := s.String()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		d := &doc{src: src}
		d.lex()
		d.paragraphs()
		d.sentences()
	}
}

// FuzzLex checks the lexer's word ids and lower-cased copy against their
// definitions: two word tokens share an id exactly when their lower-cased
// texts are equal (whatever their position, near the end of the text or
// not), d.low is src lower-cased rune by rune where lengths allow, and
// fUpper means no lower-case letter and at least two letters.
func FuzzLex(f *testing.F) {
	for _, s := range []string{"The the THE tHe", "don't Don’t DON'T", "Ünïcödé ÜNÏCÖDÉ ünïcödé", "abcdefghijklmnop ABCDEFGHIJKLMNOP abcdefghijklmnoq",
		"NATO nato I a KCNA", "x\xffy x\xffy", "rock 'n' roll", "abcdefgh", "abcdefg", "ßtraße STRASSE",
		"don’t l’été word’ abc' It’s x’é O'Brien’s “Quoted”—dash… end’", "the the the the NATO NATO Nato the",
		// same head and length; 8 and 16 bytes; U+2000-U+203F cut short at the end
		"investigation investigative Investigation investigations", "abcdefgh abcdefgh abcdefghijklmnop abcdefghijklmnop",
		"a\u2028b\u2029\u2028c\u2003d\u200be ‘x’ a\xe2\x80", "word\xe2", "x\xe2\x80\x99",
		"a dozen $5 five Million £3 €4 A$7 US$ ’90s ½ 1½ 3,000 March 4 rs. 12 ninety-nine"} {
		f.Add(s)
	}
	// enough distinct words to grow the interner's tables
	var many strings.Builder
	for i := range 3000 {
		for k := i*7919 + 1; k > 0; k /= 26 {
			many.WriteByte(byte('a' + k%26))
		}
		many.WriteString(" and ")
	}
	f.Add(many.String())
	f.Fuzz(func(t *testing.T, src string) {
		d := &doc{src: src}
		d.lex()
		if len(d.low) != len(src) {
			t.Fatalf("low is %d bytes, src %d", len(d.low), len(src))
		}
		byText := map[string]int32{}
		for i, tk := range d.toks {
			if tk.Kind != tWord {
				if tk.ID != -1 {
					t.Fatalf("token %d %q is not a word but has id %d", i, d.tok(i), tk.ID)
				}
				continue
			}
			low := d.lower(i)
			if id, ok := byText[low]; ok && id != tk.ID {
				t.Fatalf("word %q has ids %d and %d", low, id, tk.ID)
			}
			byText[low] = tk.ID
			if d.word(tk.ID) != low {
				t.Fatalf("id %d is %q, token %d is %q", tk.ID, d.word(tk.ID), i, low)
			}
			if h := lexWordHash(low); h != d.words[tk.ID].hash {
				t.Fatalf("word %q: lexWordHash %x, lexer %x", low, h, d.words[tk.ID].hash)
			}
			var want strings.Builder
			lower, letters := false, 0
			for _, r := range d.tok(i) {
				l := unicode.ToLower(r)
				if utf8.RuneLen(l) != utf8.RuneLen(r) || r == utf8.RuneError {
					l = r
				}
				want.WriteRune(l)
				if unicode.IsLower(r) {
					lower = true
				}
				if r != '\'' && r != '’' {
					letters++
				}
			}
			if w := want.String(); w != low && utf8.ValidString(d.tok(i)) {
				t.Fatalf("token %q lower-cased as %q, want %q", d.tok(i), low, w)
			}
			if up := tk.Flags&fUpper != 0; up != (!lower && letters >= 2) && utf8.ValidString(d.tok(i)) {
				t.Fatalf("token %q: fUpper %v", d.tok(i), up)
			}
		}
		if len(byText) != len(d.words) {
			t.Fatalf("%d distinct words, %d ids", len(byText), len(d.words))
		}
		// The fast path gives the same tokens, lower-cased text and
		// words as the general one alone.
		slow := &doc{src: src, slowLex: true}
		slow.lex()
		if !slices.Equal(d.toks, slow.toks) || d.low != slow.low || len(d.words) != len(slow.words) {
			t.Fatalf("lexFast and slow disagree:\n%v\n%v", d.toks, slow.toks)
		}
		// lex lists the tokens after a line break (and maybe the end,
		// after a last one) for paragraphs.
		var lines []int32
		for i, tk := range d.toks {
			if tk.Flags&fNewline != 0 {
				lines = append(lines, int32(i))
			}
		}
		trim := func(l []int32) []int32 {
			if n := len(l); n > 0 && int(l[n-1]) == len(d.toks) {
				return l[:n-1]
			}
			return l
		}
		if !slices.Equal(trim(d.lines), lines) || !slices.Equal(trim(slow.lines), lines) {
			t.Fatalf("lines %v, slow %v, want %v", d.lines, slow.lines, lines)
		}
		// and the tokens with fStop, for sentences
		var stops []int32
		for i, tk := range d.toks {
			if tk.Flags&fStop != 0 {
				stops = append(stops, int32(i))
			}
		}
		if !slices.Equal(d.stops, stops) || !slices.Equal(slow.stops, stops) {
			t.Fatalf("stops %v, slow %v, want %v", d.stops, slow.stops, stops)
		}
		// and the quotation marks, for findQuotes
		var marks []int32
		for i, tk := range d.toks {
			if tk.Kind == tQuote {
				marks = append(marks, int32(i))
			}
		}
		if !slices.Equal(d.marks, marks) || !slices.Equal(slow.marks, marks) {
			t.Fatalf("marks %v, slow %v, want %v", d.marks, slow.marks, marks)
		}
		// and the tokens that may start a figure, for findFigures
		if err := checkCands(d); err != "" {
			t.Fatal(err)
		}
		if err := checkCands(slow); err != "" {
			t.Fatal("slow: " + err)
		}
		for id := range d.words {
			if d.word(int32(id)) != slow.word(int32(id)) {
				t.Fatalf("word %d: %q, slow %q", id, d.word(int32(id)), slow.word(int32(id)))
			}
		}
	})
}

// TestUnitsIn checks the 8-bytes-at-a-time UTF-16 count against a rune
// loop for every span of short texts, where the reads near the ends of
// the text are the delicate part.
func TestUnitsIn(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefg", "abcdefgh", "héllo wörld", "“Quoted,” she said — 10 €.", "😀a😀b😀c", "x\xff\xfey", "日本語のテキストです"} {
		for a := 0; a <= len(s); a++ {
			for b := a; b <= len(s); b++ {
				want := 0
				for k := a; k < b; k++ {
					if c := s[k]; c&0xC0 != 0x80 {
						want++
						if c >= 0xF0 {
							want++
						}
					}
				}
				if got := unitsIn(s, a, b); got != want {
					t.Fatalf("unitsIn(%q, %d, %d) = %d, want %d", s, a, b, got, want)
				}
			}
		}
	}
}

// TestSortStable checks the one sort every result list goes through: by
// start, ties in their first order.
func TestSortStable(t *testing.T) {
	xs := []Quote{{Span: Span{5, 6}, Source: 0}, {Span: Span{1, 2}, Source: 1}, {Span: Span{5, 9}, Source: 2}, {Span: Span{0, 1}, Source: 3}, {Span: Span{5, 7}, Source: 4}}
	sortStable(xs, func(q Quote) Span { return q.Span })
	var got []int
	for _, q := range xs {
		got = append(got, q.Source)
	}
	if want := []int{3, 1, 0, 2, 4}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

// TestSortInt32s checks the engine's one sort against slices.SortStableFunc
// on lists of every length up to a few runs, with many ties.
func TestSortInt32s(t *testing.T) {
	for n := 0; n < 70; n++ {
		keys := make([]int, n)
		for i := range keys {
			keys[i] = (i * 7919) % 5
		}
		cmpKeys := func(a, b int32) int { return keys[a] - keys[b] }
		got := make([]int32, n)
		for i := range got {
			got[i] = int32(i)
		}
		want := slices.Clone(got)
		sortInt32s(got, cmpKeys)
		slices.SortStableFunc(want, cmpKeys)
		if !slices.Equal(got, want) {
			t.Fatalf("n=%d: %v, want %v", n, got, want)
		}
	}
}
