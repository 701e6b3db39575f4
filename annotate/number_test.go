package annotate

import (
	"strconv"
	"strings"
	"testing"
)

func TestParseDec(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // the value, or "bad"
	}{
		{"14,000", "14000"},
		{"3.5", "3.5"},
		{"1.45", "1.45"},
		{"1,200.50", "1200.5"},
		{"1,234,567", "1234567"},
		{"0.001", "0.001"},
		{"07", "7"},
		{"1,2", "bad"},
		{"12,34", "bad"},
		{"1,2345", "bad"},
		{"1234,567", "bad"},
		{"28.04.2025", "bad"},
		{"1.200,5", "bad"},
		{"1234567890123456789", "bad"},
		{"1,1,1,1", "bad"},
	} {
		t.Run(c.in, func(t *testing.T) {
			x, ok := parseDec(c.in)
			got := "bad"
			if ok {
				got = strconv.FormatFloat(x.float(), 'f', -1, 64)
			}
			if got != c.want {
				t.Errorf("parseDec(%q) = %s, want %s", c.in, got, c.want)
			}
			if ok {
				if f, _ := strconv.ParseFloat(strings.ReplaceAll(c.in, ",", ""), 64); f != x.float() {
					t.Errorf("parseDec(%q) = %v, strconv says %v", c.in, x.float(), f)
				}
			}
		})
	}
}

func TestDecScale(t *testing.T) {
	for _, c := range []struct {
		in   string
		exp  int
		want float64
	}{
		{"3.5", 9, 3500000000},
		{"1.2", 6, 1200000},
		{"1.48", 9, 1480000000},
		{"1.1", 9, 1100000000},
		{"40", 6, 40000000},
		{"2.5", 12, 2.5e12},
	} {
		t.Run(c.in, func(t *testing.T) {
			x, _ := parseDec(c.in)
			x.e += c.exp
			if got := x.float(); got != c.want {
				t.Errorf("%s × 10^%d = %v, want %v", c.in, c.exp, got, c.want)
			}
		})
	}
}

// words splits like the lexer and lower-cases, for the word parsers.
func words(s string) []string { return splitPhrase(s) }

func TestCardinal(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "value/tokens used", "value/tokens used/plural", or "none"
	}{
		{"fourteen thousand troops", "14000/2"},
		{"two nations", "2/1"},
		{"twenty-five people", "25/3"},
		{"twenty five", "25/2"},
		{"one hundred and twenty", "120/4"},
		{"a hundred", "100/2"},
		{"a dozen eggs", "12/2"},
		{"two dozen", "24/2"},
		{"a million", "1000000/2"},
		{"two million three hundred thousand", "2300000/5"},
		{"half a million", "500000/3"},
		{"one and a half", "1.5/4"},
		{"two and a half million", "2500000/5"},
		{"hundreds of people", "100/1/plural"},
		{"thousands", "1000/1/plural"},
		{"dozens of", "12/1/plural"},
		{"tens of thousands of", "10000/3/plural"},
		{"hundreds of thousands", "100000/3/plural"},
		{"tens of people", "none"},
		{"a lot", "none"},
		{"hundred", "none"},
		{"thousand", "none"},
		{"one two", "1/1"},
		{"twenty and", "20/1"},
		{"nine eleven", "9/1"},
		{"two thousand and five", "2005/4"},
		{"seven-year", "7/1"},
		{"zero", "0/1"},
	} {
		t.Run(c.in, func(t *testing.T) {
			v, n, plural := cardinal(words(c.in))
			got := "none"
			if n > 0 {
				got = strconv.FormatFloat(v, 'f', -1, 64) + "/" + strconv.Itoa(n)
				if plural {
					got += "/plural"
				}
			}
			if got != c.want {
				t.Errorf("cardinal(%q) = %s, want %s", c.in, got, c.want)
			}
		})
	}
}

func TestFraction(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "value/tokens used" or "none"
	}{
		{"half of", "0.5/1"},
		{"two-thirds", "0.6666666666666666/3"},
		{"a third", "0.3333333333333333/2"},
		{"a fifth", "0.2/2"},
		{"one-quarter", "0.25/3"},
		{"three quarters", "0.75/2"},
		{"three-quarters", "0.75/3"},
		{"a half", "0.5/2"},
		{"one tenth", "0.1/2"},
		{"two third", "none"},
		{"a thirds", "none"},
		{"a second", "none"},
		{"five thirds", "none"},
		{"a", "none"},
	} {
		t.Run(c.in, func(t *testing.T) {
			v, n := fraction(words(c.in))
			got := "none"
			if n > 0 {
				got = strconv.FormatFloat(v, 'f', -1, 64) + "/" + strconv.Itoa(n)
			}
			if got != c.want {
				t.Errorf("fraction(%q) = %s, want %s", c.in, got, c.want)
			}
		})
	}
}

func TestOrdinalWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"third", "3/1"},
		{"first", "1/1"},
		{"twenty-first", "21/3"},
		{"twenty first", "21/2"},
		{"hundredth", "100/1"},
		{"twenty", "none"},
		{"three", "none"},
	} {
		t.Run(c.in, func(t *testing.T) {
			v, n := ordinalWords(words(c.in))
			got := "none"
			if n > 0 {
				got = strconv.Itoa(v) + "/" + strconv.Itoa(n)
			}
			if got != c.want {
				t.Errorf("ordinalWords(%q) = %s, want %s", c.in, got, c.want)
			}
		})
	}
}

func TestIsoDate(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
		valid   bool
	}{
		{2025, 4, 28, "2025-04-28", true},
		{2025, 11, 0, "2025-11", true},
		{2024, 2, 29, "2024-02-29", true},
		{2025, 2, 29, "2025-02-29", false},
		{2025, 4, 31, "2025-04-31", false},
		{2025, 13, 1, "2025-13-01", false},
	} {
		t.Run(c.want, func(t *testing.T) {
			if got := isoDate(c.y, c.m, c.d); got != c.want {
				t.Errorf("isoDate = %s, want %s", got, c.want)
			}
			if got := validDate(c.y, c.m, c.d); got != c.valid {
				t.Errorf("validDate = %v, want %v", got, c.valid)
			}
		})
	}
	if got := clock(7, 5); got != "07:05" {
		t.Errorf("clock(7, 5) = %s", got)
	}
}

func TestFigLexicon(t *testing.T) {
	tab := &figWords().tab
	if tab.get("fourteen").num.v != 14 || tab.get("bn").scale.exp != 9 || tab.get("sept").month != 9 {
		t.Fatal("number lists not loaded")
	}
	if p := tab.get("us").currencies; len(p) == 0 || p[0].canon != "USD" || len(p[0].toks) != 2 {
		t.Errorf("US$ = %+v", p)
	}
	if p := tab.get("per").units; len(p) == 0 || p[0].canon != "%" {
		t.Errorf("per cent = %+v", p)
	}
	if p := tab.get("than").hedges; len(p) == 0 {
		t.Errorf("more than missing")
	}
	for _, e := range tab.info {
		for k := 1; k < len(e.units); k++ {
			if len(e.units[k].toks) > len(e.units[k-1].toks) {
				t.Errorf("units not longest first: %v", e.units)
			}
		}
	}
}

// TestFigLexiconTab checks what unsigned's pre-tests assume of the word
// table: a word in no list fixes nothing after a number, so year and years
// (25 years old) must be in it; and every index fits figScan.wi.
func TestFigLexiconTab(t *testing.T) {
	lx := figWords()
	for _, w := range []string{"year", "years"} {
		if lx.tab.get(w) == &noWord {
			t.Errorf("%q not in the figure word table", w)
		}
	}
	if len(lx.tab.info) >= wiIndex {
		t.Errorf("%d words: figScan.wi holds indexes below %d", len(lx.tab.info), wiIndex)
	}
}
