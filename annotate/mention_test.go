package annotate

import (
	"reflect"
	"strings"
	"testing"
)

// parseNP resets a mention and its npState field by field, and newAttr an
// attr (a whole reset is a memory.fill under wasm): a new field must be
// reset there too.
func TestMentionReset(t *testing.T) {
	for _, c := range []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[mention](), "_ Span first last nameF nameL head kind ev definite weak hidden sent ent next"},
		{reflect.TypeFor[npState](), "nameF nameL possF possL possHead headTok adjUsed headFlag possFlag roleSeen hon orgDesc"},
		{reflect.TypeFor[attr](), "_ subj cue cueTok content quote quote2 sent forward inline"}, // newAttr
	} {
		var names []string
		for k := 0; k < c.typ.NumField(); k++ {
			names = append(names, c.typ.Field(k).Name)
		}
		if got := strings.Join(names, " "); got != c.want {
			t.Errorf("%s's fields are %q, its reset sets %q: reset the new ones too", c.typ.Name(), got, c.want)
		}
	}
}

// npBits marks a superset of the tokens where npStart's test passes, and
// npStart takes a start its code calls sure without the test: both must
// agree with the test itself, run at every token outside quotes (every
// token marked, every code asking for the test), from every token of
// every sentence of the bench text.
func TestNPBits(t *testing.T) {
	d := &doc{src: passBenchText(t)}
	for _, q := range allPasses()[:5] {
		q.run(d)
	}
	loadCues()
	loadSourceLexicons()
	d.setFlags()
	p := &attrPass{d: d}
	p.indexQuotes()
	p.tokenFlags()
	n := len(d.toks)
	all := make([]uint64, n/64+1)
	for i := range n {
		if p.qOf[i] < 0 {
			all[i>>6] |= 1 << (i & 63)
		}
	}
	test := npScan{d.toks, p.tf, d.sf, []byte(strings.Repeat(string(rune(ncR1)), n)), all}
	got := npScan{d.toks, p.tf, d.sf, p.npcB, p.npBits()}
	bad := 0
	for _, s := range d.sents {
		for i := int(s.First); i < int(s.Last); i++ {
			j, k := npStart(&test, i, int(s.Last))
			if j2, k2 := npStart(&got, i, int(s.Last)); (j2 != j || k2 != k) && bad < 10 {
				bad++
				t.Errorf("npStart from token %d (%q): %d, %d; its test says %d, %d", i, d.tok(i), j2, k2, j, k)
			}
		}
	}
}
