package main

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"

	"sourcelight/annotate"
	"sourcelight/internal/gold"
)

const synthetic = `@title synthetic
@date 2025-11-04
@source kim person Kim Jong Un
@source off group Ukrainian officials

[[x a=1|[[q s=kim|“We will win,”]]]] [[c a=1|said]] [[m s=kim a=1|Kim Jong Un]] on [[f type=date v=2025-11-04|Nov. 4]]. [[m s=off a=2|Ukrainian officials]] [[c a=2|reported]] that [[x a=2|around [[f type=count v=14000 a=around s=off|14,000]] soldiers were sent]]. The [[t|“Storm Corps”]] grew by [[f type=range v=5..6 u=% |5-6%]]. [[q|“Nobody knows,”]] a sign read.`

func mustParse(t *testing.T) *gold.Article {
	t.Helper()
	a, err := gold.Parse("synthetic.gold", []byte(synthetic))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// at returns the span of the n-th (0-based) occurrence of s in text.
func at(t *testing.T, text, s string) annotate.Span {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	return annotate.Span{Start: i, End: i + len(s)}
}

// perfect builds by hand the prediction that matches the gold exactly.
func perfect(t *testing.T, a *gold.Article) annotate.Result {
	x := a.Text
	s := func(str string) annotate.Span { return at(t, x, str) }
	return annotate.Result{
		Sources: []annotate.Source{
			{Name: "Kim Jong Un", Kind: annotate.Person, Mentions: []annotate.Span{s("Kim Jong Un")}},
			{Name: "Ukrainian officials", Kind: annotate.Group, Mentions: []annotate.Span{s("Ukrainian officials")}},
		},
		Quotes: []annotate.Quote{
			{Span: s("“We will win,”"), Source: 0, Cue: s("said")},
			{Span: s("“Nobody knows,”"), Source: -1, Cue: annotate.Span{Start: -1, End: -1}},
		},
		Figures: []annotate.Figure{
			{Span: s("Nov. 4"), Type: annotate.Date, Value: annotate.Value{Kind: annotate.TextValue, Text: "2025-11-04"}, Source: -1},
			{Span: s("14,000"), Type: annotate.Count, Value: annotate.Value{Kind: annotate.NumValue, Lo: 14000 * (1 + 1e-12)}, Approx: "around", Source: 1},
			{Span: s("5-6%"), Type: annotate.Range, Value: annotate.Value{Kind: annotate.RangeValue, Lo: 5, Hi: 6}, Unit: "%", Source: -1},
		},
		Attributions: []annotate.Attribution{
			{Source: 0, Mention: s("Kim Jong Un"), Cue: s("said"), Content: s("“We will win,”")},
			{Source: 1, Mention: s("Ukrainian officials"), Cue: s("reported"), Content: s("around 14,000 soldiers were sent")},
		},
		Terms: []annotate.Term{{Span: s("“Storm Corps”")}},
	}
}

func metrics(s *Score) map[string]float64 {
	m := map[string]float64{}
	for _, x := range s.Metrics() {
		m[x.Name] = x.V
	}
	return m
}

func TestScorePerfect(t *testing.T) {
	a := mustParse(t)
	r := perfect(t, a)
	s, notes := score(a, &r)
	for name, v := range metrics(s) {
		if v != 1 {
			t.Errorf("%s = %v, want 1", name, v)
		}
	}
	if len(notes) != 0 {
		t.Errorf("notes on a perfect prediction: %+v", notes)
	}
}

func TestScoreOneMissEach(t *testing.T) {
	a := mustParse(t)
	r := perfect(t, a)
	x := a.Text
	// Drop the second quote, make the first quote's speaker wrong, cut
	// the "Nov. 4" figure to "4" (overlap but not exact), give 14,000 the
	// wrong value, add a false positive figure, drop an attribution, and
	// a term false positive.
	r.Quotes = r.Quotes[:1]
	r.Sources = append(r.Sources, annotate.Source{Name: "A sign", Mentions: []annotate.Span{at(t, x, "a sign")}})
	r.Quotes[0].Source = 2
	r.Figures[0].Span = annotate.Span{Start: r.Figures[0].End - 1, End: r.Figures[0].End}
	r.Figures[1].Value.Lo = 1400
	r.Figures = append(r.Figures, annotate.Figure{Span: at(t, x, "Storm"), Type: annotate.Number, Source: -1})
	r.Attributions = r.Attributions[1:]
	r.Terms = append(r.Terms, annotate.Term{Span: at(t, x, "“Nobody knows,”")})
	s, notes := score(a, &r)
	want := map[string]float64{
		"quoteP": 1, "quoteR": 0.5, "quoteF1": 2.0 / 3,
		"speaker": 0, "partial": 1,
		"figureP": 2.0 / 4, "figureR": 2.0 / 3, "figureF1": 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0/3),
		"figureOverlapP": 3.0 / 4, "figureOverlapR": 1,
		"type": 1, "value": 0.5, "unit": 1, "approx": 1, "figureSource": 1,
		"attributionP": 1, "attributionR": 0.5, "attributionF1": 2.0 / 3,
		"cue": 1, "content": 1, "attributionSource": 1,
		"termP": 0.5, "termR": 1,
		"mentionP": 2.0 / 3, "mentionR": 1,
	}
	got := metrics(s)
	for name, w := range want {
		if math.Abs(got[name]-w) > 1e-12 {
			t.Errorf("%s = %v, want %v", name, got[name], w)
		}
	}
	var whats []string
	for _, n := range notes {
		whats = append(whats, n.What)
	}
	wantNotes := "quote speaker, attribution miss, figure span, figure value, figure false positive, quote miss, term false positive, mention false positive"
	if g := strings.Join(whats, ", "); g != wantNotes {
		t.Errorf("notes:\n got  %s\n want %s", g, wantNotes)
	}
}

func TestSpeakerNoneIsRightOnlyForNone(t *testing.T) {
	a := mustParse(t)
	r := perfect(t, a)
	r.Quotes[1].Source = 0 // gold has no speaker for “Nobody knows,”
	s, _ := score(a, &r)
	if s.Speaker.Right != 1 || s.Speaker.Total != 2 {
		t.Errorf("speaker = %d/%d, want 1/2", s.Speaker.Right, s.Speaker.Total)
	}
}

func TestSourceMappingByName(t *testing.T) {
	a := mustParse(t)
	r := perfect(t, a)
	// A cluster with no overlapping mention still maps by its name.
	r.Sources[0].Mentions = nil
	r.Sources[0].Name = "KIM JONG UN"
	if got := mapSources(a, &r); got[0] != "kim" || got[1] != "off" {
		t.Errorf("mapSources = %q", got)
	}
}

func TestValueEqual(t *testing.T) {
	num := func(x float64) annotate.Value { return annotate.Value{Kind: annotate.NumValue, Lo: x} }
	for _, c := range []struct {
		gold string
		v    annotate.Value
		want bool
	}{
		{"14000", num(14000), true},
		{"3500000000", num(3.5e9 * (1 + 1e-10)), true},
		{"3500000000", num(3.5e9 * (1 + 1e-8)), false},
		{"0", num(0), true},
		{"2/3", num(2.0 / 3), true},
		{"2/3", num(0.6667), false},
		{"null", annotate.Value{}, true},
		{"null", num(0), false},
		{"0", annotate.Value{}, false},
		{"2025-04-28", annotate.Value{Kind: annotate.TextValue, Text: "2025-04-28"}, true},
		{"13:30", annotate.Value{Kind: annotate.TextValue, Text: "1:30"}, false},
		{"5..6", annotate.Value{Kind: annotate.RangeValue, Lo: 5, Hi: 6}, true},
		{"5..6", annotate.Value{Kind: annotate.RangeValue, Lo: 5, Hi: 7}, false},
		{"5..6", num(5), false},
	} {
		if got := valueEqual(gold.Figure{Value: c.gold}, c.v); got != c.want {
			t.Errorf("valueEqual(%s, %+v) = %v, want %v", c.gold, c.v, got, c.want)
		}
	}
}

func TestContext(t *testing.T) {
	for _, c := range []struct{ text, span, want string }{
		{"First sentence. He said “no” today. Last one.\nNext paragraph.", "“no”", "He said [“no”] today."},
		{"Before. The mission said on Oct. 30 that it had 212. After.", "212", "The mission said on Oct. 30 that it had [212]."},
		{"Before. Police Lt. Marcus Bell said U.S. officials knew. After.", "Bell", "Police Lt. Marcus [Bell] said U.S. officials knew."},
		{"It ended at 9 p.m. Then “quiet,” he said.", "“quiet,”", "Then [“quiet,”] he said."},
		{"A “quote that\n\n“runs on.” Done.", "“quote that\n\n“runs on.”", "A [“quote that ¶ “runs on.”] Done."},
	} {
		i := strings.Index(c.text, c.span)
		if got := context(c.text, gold.Span{Start: i, End: i + len(c.span)}); got != c.want {
			t.Errorf("context(%q) = %q, want %q", c.span, got, c.want)
		}
	}
}

func TestMinTargets(t *testing.T) {
	var out, errb bytes.Buffer
	dir := t.TempDir()
	path := dir + "/a.gold"
	if err := writeFile(path, synthetic); err != nil {
		t.Fatal(err)
	}
	if rc := run([]string{"-min", "quoteFoo=1", path}, &out, &errb); rc != 2 || !strings.Contains(errb.String(), "unknown metric") {
		t.Errorf("unknown metric: rc %d, stderr %q", rc, errb.String())
	}
	errb.Reset()
	if rc := run([]string{"-check", path}, &out, &errb); rc != 0 {
		t.Errorf("-check: rc %d, stderr %q", rc, errb.String())
	}
	// termR cannot be above 1: a target of 1.01 is always missed.
	errb.Reset()
	if rc := run([]string{"-json", "-min", "termR=1.01", path}, &out, &errb); rc != 1 || !strings.Contains(errb.String(), "target missed: termR") {
		t.Errorf("-min: rc %d, stderr %q", rc, errb.String())
	}
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }
