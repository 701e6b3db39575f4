package annotate

import (
	_ "embed"
	"strings"
	"sync"
)

// A bare "$" (and "dollars", "cents") is the dollar of the story's place
// (ANNOTATION.md §6): AUD under an Adelaide dateline, CAD in a Canadian
// paper's story, USD when nothing says otherwise. The currency lexicon
// gives the bare forms the unit "$", which findFigures settles here once
// the pass is done.

//go:embed lexicon/dollars.txt
var dollarsTxt string

var (
	dollarOnce sync.Once
	// dollarPlaces maps a place word to its currency's index in
	// dollarCodes; dateline-only words (dollars.txt, after |) have
	// datelineOnly added.
	dollarPlaces map[string]uint8
	dollarCodes  []string
)

const datelineOnly = 0x80

// dollarWindow bounds the tokens read for place words: an article (a long
// feature is ~4,000 tokens) names its place early, and a 10 MB paste should
// not pay for a scan of every token.
const dollarWindow = 4096

func loadDollars() {
	dollarOnce.Do(func() {
		dollarPlaces = map[string]uint8{}
		lexLines(dollarsTxt, func(fs []string) {
			code := uint8(len(dollarCodes))
			dollarCodes = append(dollarCodes, fs[0])
			for _, w := range fs[1:] {
				if w == "|" {
					code |= datelineOnly
					continue
				}
				dollarPlaces[w] = code
			}
		})
	})
}

// settleDollars gives the figures whose unit is the bare "$" their
// currency.
func (d *doc) settleDollars(figs []Figure) {
	code := ""
	for i := range figs {
		if figs[i].Unit == "$" {
			if code == "" {
				code = d.localDollar(figs)
			}
			figs[i].Unit = code
		}
	}
}

// localDollar returns the currency of a bare dollar in d: the place whose
// words outnumber the United States' twice over, two at least (a dateline
// counts three); USD when none does, and when the story writes another
// dollar out (C$, A$): wire copy marks the others and leaves the US dollar
// bare. dollars.txt lists USD first.
func (d *doc) localDollar(figs []Figure) string {
	loadDollars()
	for i := range figs {
		for _, c := range dollarCodes[1:] {
			if figs[i].Unit == c {
				return "USD"
			}
		}
	}
	var n [datelineOnly]int // by dollarCodes index
	toks := d.toks[:min(len(d.toks), dollarWindow)]
	for i := range toks {
		t := &toks[i]
		if t.Flags&fCap == 0 { // a capitalized word (the lexer sets fCap on words only)
			continue
		}
		code, ok := dollarPlaces[stripPoss(d.low[t.Start:t.End])] // Canada's
		if strings.HasPrefix(d.src[t.Start:], "U.S.") {
			code, ok = 0, true
		}
		if !ok {
			continue
		}
		// a dateline: a paragraph opening with a place in capitals and a
		// mark (OTTAWA —, HALIFAX, N.S. —)
		if t.Flags&(fParaStart|fUpper) == fParaStart|fUpper && i+1 < len(toks) && toks[i+1].Kind == tPunct {
			n[code&^datelineOnly] += 3
		} else if code&datelineOnly == 0 {
			n[code]++
		}
	}
	best := 1
	for k := 2; k < len(dollarCodes); k++ {
		if n[k] > n[best] {
			best = k
		}
	}
	if n[best] >= 2 && n[best] > 2*n[0] {
		return dollarCodes[best]
	}
	return "USD"
}
