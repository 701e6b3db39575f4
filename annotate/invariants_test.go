package annotate_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"sourcelight/annotate"
	"sourcelight/internal/gold"
)

// articles returns the text of every gold article, for seeds and benchmarks.
func articles(tb testing.TB) []string {
	tb.Helper()
	paths, _ := filepath.Glob("testdata/gold/*.gold")
	var out []string
	for _, p := range paths {
		a, err := gold.ParseFile(p)
		if err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		out = append(out, a.Text)
	}
	return out
}

// runeStart reports whether byte offset i of s starts a rune as a decoder
// reads s from its start (an invalid byte is a rune of its own).
func runeStarts(s string) []bool {
	starts := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		starts[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	starts[len(s)] = true
	return starts
}

// checkInvariants asserts what FuzzAnnotate promises for any input.
func checkInvariants(t *testing.T, src string) {
	t.Helper()
	r, err := annotate.Annotate(src, annotate.Options{})
	if err != nil {
		t.Fatalf("Annotate: %v", err)
	}
	starts := runeStarts(src)
	span := func(what string, s annotate.Span, optional bool) {
		if optional && s.Start == -1 && s.End == -1 {
			return
		}
		if s.Start < 0 || s.Start > s.End || s.End > len(src) {
			t.Fatalf("%s span %v out of bounds (len %d)", what, s, len(src))
		}
		if !starts[s.Start] || !starts[s.End] {
			t.Fatalf("%s span %v not on rune boundaries: %q", what, s, src[s.Start:s.End])
		}
	}
	idx := func(what string, i int, nullable bool) {
		if i < 0 && nullable && i == -1 {
			return
		}
		if i < 0 || i >= len(r.Sources) {
			t.Fatalf("%s source index %d invalid (%d sources)", what, i, len(r.Sources))
		}
	}
	for _, s := range r.Sources {
		if s.Name == "" {
			t.Fatalf("source with no name")
		}
		for k, m := range s.Mentions {
			span("mention", m, false)
			if k > 0 && m.Start < s.Mentions[k-1].Start {
				t.Fatalf("mentions not sorted")
			}
		}
	}
	end := -1
	for k, q := range r.Quotes {
		span("quote", q.Span, false)
		span("quote cue", q.Cue, true)
		idx("quote", q.Source, true)
		if q.Start < end || k > 0 && q.Start < r.Quotes[k-1].Start {
			t.Fatalf("quotes overlap or unsorted at %v", q.Span)
		}
		end = q.End
	}
	end = -1
	for k, f := range r.Figures {
		span("figure", f.Span, false)
		idx("figure", f.Source, true)
		if f.Start < end || k > 0 && f.Start < r.Figures[k-1].Start {
			t.Fatalf("figures overlap or unsorted at %v", f.Span)
		}
		end = f.End
	}
	for k, a := range r.Attributions {
		span("attribution mention", a.Mention, false)
		span("attribution cue", a.Cue, true)
		span("attribution content", a.Content, true)
		idx("attribution", a.Source, false)
		if k > 0 && a.Mention.Start < r.Attributions[k-1].Mention.Start {
			t.Fatalf("attributions not sorted")
		}
	}
	for k, tm := range r.Terms {
		span("term", tm.Span, false)
		if k > 0 && tm.Start < r.Terms[k-1].Start {
			t.Fatalf("terms not sorted")
		}
	}
	js8 := annotate.AppendJSON(nil, &r, src, false)
	js16 := annotate.AppendJSON(nil, &r, src, true)
	if !json.Valid(js8) || !json.Valid(js16) {
		t.Fatalf("invalid JSON: %s", js8)
	}
	// Same input, same output.
	r2, _ := annotate.Annotate(src, annotate.Options{})
	if again := annotate.AppendJSON(nil, &r2, src, false); !bytes.Equal(js8, again) {
		t.Fatalf("two runs differ:\n%s\n%s", js8, again)
	}
	// UTF-16 offsets agree with unicode/utf16 on every quote and figure.
	var u16 struct {
		Quotes, Figures []struct{ Start, End int }
	}
	if err := json.Unmarshal(js16, &u16); err != nil {
		t.Fatal(err)
	}
	units := func(off int) int { return len(utf16.Encode([]rune(src[:off]))) }
	for k, q := range r.Quotes {
		if got := u16.Quotes[k]; got.Start != units(q.Start) || got.End != units(q.End) {
			t.Fatalf("quote %v: utf16 offsets %v, want [%d,%d)", q.Span, got, units(q.Start), units(q.End))
		}
	}
	for k, f := range r.Figures {
		if got := u16.Figures[k]; got.Start != units(f.Start) || got.End != units(f.End) {
			t.Fatalf("figure %v: utf16 offsets %v, want [%d,%d)", f.Span, got, units(f.Start), units(f.End))
		}
	}
}

var hostileSeeds = []string{
	"", " ", "\n\n\n", "\"", "“", "'", "”“", "‘’’‘", "\xff\xfe\xfd", "\x00\x01",
	"“unclosed quote that runs on\n\nand on", "He said “no.” She said “yes.”",
	"'90s rock 'n' roll, the players' union said: 'We won.'",
	"«Oui», a-t-il dit. „Ja“, sagte sie. 「はい」と彼は言った。",
	"around 14,000 troops, $3.5 billion, 12 per cent, April 28, 2025, 25-year-old, 1,200-4,000",
	"Smith, 47, said 10:30 p.m. 07.45 5-6% $1.10-$1.45 between 8 and 9 per cent.",
	"<script>alert(1)</script> “<img src=x onerror=alert(1)>,” said <b>Bob</b>.",
	strings.Repeat("he said ", 50), strings.Repeat("1,", 100), strings.Repeat("((((", 50),
	"😀 “emoji 👍🏽 quote,” said José Ñúñez, 30. \u2028 \u2029",
	"\"He said 'no,'\" she said. \"We tried,\" he said, \"but failed.\"",
}

func FuzzAnnotate(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add(s)
	}
	for _, a := range articles(f) {
		if len(a) > 4000 {
			a = a[:4000]
		}
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkInvariants(t, src)
	})
}

func TestInvariantsOnArticles(t *testing.T) {
	for i, a := range articles(t) {
		checkInvariants(t, a)
		// Cut mid-text (a paste cut anywhere) and glued to another.
		checkInvariants(t, a[:len(a)/3])
		checkInvariants(t, a[len(a)/2:]+hostileSeeds[i%len(hostileSeeds)])
	}
}

// archive returns at least n bytes of article text: every gold article in
// turn, repeated, paragraphs apart.
func archive(tb testing.TB, n int) string {
	tb.Helper()
	arts := articles(tb)
	if len(arts) == 0 {
		tb.Skip("no gold articles")
	}
	var b strings.Builder
	for b.Len() < n {
		for _, a := range arts {
			b.WriteString(a)
			b.WriteString("\n\n")
		}
	}
	// n bytes and the paragraph they end in, whatever the gold set's size:
	// benchmark figures stay comparable as articles are added
	t := b.String()
	if i := strings.Index(t[n:], "\n\n"); i >= 0 {
		t = t[:n+i+2]
	}
	return t
}

// hostile builds n bytes by repeating unit.
func hostile(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// cost returns the least CPU time, over three tries, to annotate src reps
// times, and the bytes allocated by one try.
func cost(src string, reps int) (time.Duration, uint64) {
	best := time.Duration(1 << 62)
	var alloc uint64
	for k := 0; k < 3; k++ {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		t0 := cpuTime()
		for i := 0; i < reps; i++ {
			annotate.Annotate(src, annotate.Options{})
		}
		if d := cpuTime() - t0; d < best {
			best = d
		}
		runtime.ReadMemStats(&m1)
		alloc = m1.TotalAlloc - m0.TotalAlloc
	}
	return best, alloc
}

// TestLinearTime checks that hostile input costs linear work: annotating
// 512 KiB of each pattern once costs about what annotating 32 KiB of it 16
// times does. A quadratic rescan would cost 16× more; the bound is 3×, so
// timer and GC noise never fail the test. It compares the CPU time of runs
// in one process, not a wall-clock budget, so a busy machine does not skew
// it. Allocated bytes are compared the same way.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	units := []string{`"`, "“", "'", "‘", "1234567890", "1,", "he said ", "said “",
		"word word word ", "(((", "[[[", "Mr. ", "A. ", "$1-", "\n", "“a”", "'s ", "Smith, 47, ",
		"“Why?” Smith asked. ", "Smith said so. He said no. ", "\n\nThe company said so.", "Kim contributed. "}
	for _, u := range units {
		t.Run(strings.TrimSpace(u), func(t *testing.T) {
			small, big := hostile(u, 32<<10), hostile(u, 512<<10)
			if runtime.GOOS == "js" { // same ratio, a quarter of the wait under Node
				small, big = hostile(u, 8<<10), hostile(u, 128<<10)
			}
			ts, as := cost(small, 16)
			tb, ab := cost(big, 1)
			if ts < time.Millisecond {
				ts = time.Millisecond // below the CPU clock's resolution, ratios mean nothing
			}
			// Under js/wasm the only clock is the wall clock, which other
			// load stretches: there the allocation ratio below stands in.
			if r := float64(tb) / float64(ts); r > 3 && runtime.GOOS != "js" {
				t.Errorf("%d KiB once took %v, %d KiB 16 times %v: %.1f× (linear: 1×)", len(big)>>10, tb, len(small)>>10, ts, r)
			}
			if r := float64(ab) / float64(as/16+1); r > 48 {
				t.Errorf("%d KiB allocated %d B, %d KiB %d B: %.0f× for 16× the input", len(big)>>10, ab, len(small)>>10, as/16, r)
			}
		})
	}
}

// TestFiftyMegabytes: a whole archive pasted at once still annotates.
func TestFiftyMegabytes(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("native only: the wasm test runner's heap is smaller")
	}
	src := archive(t, 50<<20)
	r, err := annotate.Annotate(src, annotate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d MB: %d quotes, %d figures, %d sources", len(src)>>20, len(r.Quotes), len(r.Figures), len(r.Sources))
	if _, err := annotate.Annotate(src+src, annotate.Options{MaxBytes: 60 << 20}); err != annotate.ErrTooLarge {
		t.Fatalf("above the cap: err = %v, want ErrTooLarge", err)
	}
}

// TestNoHeavyImports keeps the wasm small: the engine must not pull in
// packages that cost size there. It also keeps the engine pure: only wasm/
// knows about JavaScript, so the engine builds and tests natively.
func TestNoHeavyImports(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("needs the go command")
	}
	out, err := exec.Command("go", "list", "-deps", "sourcelight/annotate").Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := strings.Fields(string(out))
	sort.Strings(deps)
	for _, bad := range []string{"regexp", "fmt", "encoding/json", "reflect", "syscall/js"} {
		if i := sort.SearchStrings(deps, bad); i < len(deps) && deps[i] == bad {
			t.Errorf("annotate imports %s (directly or not); it adds size to the wasm", bad)
		}
	}
	// The whole wasm too: fmt and the reflection it brings were ~71 KiB
	// of the first visit's brotli, through safejs (third_party/safejs is
	// a copy without them).
	cmd := exec.Command("go", "list", "-deps", "sourcelight/wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err = cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	deps = strings.Fields(string(out))
	sort.Strings(deps)
	for _, bad := range []string{"regexp", "fmt", "encoding/json", "reflect"} {
		if i := sort.SearchStrings(deps, bad); i < len(deps) && deps[i] == bad {
			t.Errorf("the wasm imports %s (directly or not): it adds size", bad)
		}
	}
}

// TestWasmLeafLoops checks that the loops written to run without calls
// still compile for js/wasm without any: Go's wasm code makes each call
// site, a bounds-check panic included, a resume point of the function's
// state machine, and a loop holding one ran 1.65x slower under Node. An
// innocent edit (a signed index, a helper call) would bring one back.
func TestWasmLeafLoops(t *testing.T) {
	if runtime.GOOS == "js" || testing.Short() {
		t.Skip("needs the go command")
	}
	cmd := exec.Command("go", "build", "-gcflags=-l -S", "-o", os.DevNull, "sourcelight/annotate")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, fn := range []string{"lexFast", "nextFlagged", "plainRun", "flagRun", "npStart", "npBitsRun", "npCodes", "shapeRun", "nextSet", "(*attrPass).quoteAfter", "(*attrPass).appositiveStop", "(*attrPass).thatAt", "(*attrPass).relativeBefore", "figureSweep", "unitsIn", "validUTF8", "countUnits", "markQuote", "fillSetFlags", "figWordEntries"} {
		var calls []string
		in, found := false, false
		for _, line := range strings.Split(string(out), "\n") {
			if strings.Contains(line, " STEXT ") {
				in = strings.HasPrefix(line, "sourcelight/annotate."+fn+" ")
				found = found || in
				continue
			}
			// Its only calls may be the prologue's stack growth and the
			// nil checks, which do not resume.
			if in && strings.Contains(line, "\tCall\t") && !strings.Contains(line, "morestack") && !strings.Contains(line, "sigpanic") {
				calls = append(calls, strings.TrimSpace(line))
			}
		}
		if !found {
			t.Errorf("%s is not in the js/wasm assembly: renamed?", fn)
		}
		if len(calls) > 0 {
			t.Errorf("%s calls under js/wasm:\n%s", fn, strings.Join(calls, "\n"))
		}
	}
	// No function huge for V8: past a size TurboFan gives a function its
	// mid-tier register allocator (--turbo-use-mid-tier-regalloc-for-huge-functions,
	// on by default), whose code spills most values. unsigned at 23K lines
	// of this assembly (4.4 bytes of machine code a byte of wasm, where
	// the rest have 2-2.9) made the figure pass 14% slower than split in
	// two; parseNP, at 15.3K, compiles top-tier.
	name, n := "", 0
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, " STEXT ") {
			name, n = strings.Fields(line)[0], 0
		} else if n++; n == 18000 && strings.HasPrefix(name, "sourcelight/annotate.") {
			t.Errorf("%s: over %d lines of js/wasm assembly: split it (V8's mid-tier register allocator)", name, n)
		}
	}
}
