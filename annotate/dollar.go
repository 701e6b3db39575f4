package annotate

import (
	_ "embed"
	"strings"
	"sync"
	"unsafe"
)

// A bare "$" (and "dollars", "cents") is the dollar of the story's place
// (ANNOTATION.md §6): AUD under an Adelaide dateline, CAD in a Canadian
// paper's story, USD when nothing says otherwise; bare pesos and rupees
// likewise (PHP in a Philippine story, MXN when none). The currency
// lexicon gives the bare forms a family's unit ("$", "$peso", "$rupee"),
// which findFigures settles here once the pass is done.

//go:embed lexicon/local_currencies.txt
var localCurrenciesTxt string

var (
	placeOnce sync.Once
	// placeOf maps a place word to its currency's index in placeCodes;
	// dateline-only words (after | in local_currencies.txt) have
	// datelineOnly added. placeFamily is each code's family, whose
	// first code is its default. placeFams lists the families once
	// each, in order (at most maxFams).
	placeOf                            map[string]uint8
	placeCodes, placeFamily, placeFams []string
	// placeWords lists placeOf's keys in the file's order (the figure word
	// table gives each its code: wordInfo.place).
	placeWords []string
)

// maxFams bounds the currency families: settleDollars keeps their codes
// in an array.
const maxFams = 8

const datelineOnly = 0x80

// placeWindow bounds the tokens read for place words: an article (a long
// feature is ~4,000 tokens) names its place early, and a 10 MB paste should
// not pay for a scan of every token.
const placeWindow = 4096

func loadPlaces() {
	placeOnce.Do(func() {
		placeOf = map[string]uint8{}
		lexLines(localCurrenciesTxt, func(fs []string) {
			code := uint8(len(placeCodes))
			if len(placeFamily) == 0 || placeFamily[len(placeFamily)-1] != fs[0] {
				if len(placeFams) == maxFams {
					panic("local_currencies.txt: more than maxFams families")
				}
				placeFams = append(placeFams, fs[0])
			}
			placeFamily = append(placeFamily, fs[0])
			placeCodes = append(placeCodes, fs[1])
			for _, w := range fs[2:] {
				if w == "|" {
					code |= datelineOnly
					continue
				}
				placeOf[w] = code
				placeWords = append(placeWords, w)
			}
		})
	})
}

// settleDollars gives the figures whose unit is a family's ("$...") their
// currency, worked out once per family, before any of its figures is
// settled (a settled PHP would read as a peso written out); then cents
// written "c" and naira written "N" (settleCents, settleNaira). It returns
// the figures kept.
//
// Two walks over the figures, each one length test for a figure without
// a unit (most): a walk per family and two more for cents were 8% of the
// pass.
//
// wi and info are the figure scan's entries of the document's words
// (figScan.wi), which placeCounts reads.
func (d *doc) settleDollars(figs []Figure, wi []uint32, info []wordInfo) []Figure {
	loadPlaces()
	// The codes the story writes out: settling a family writes only its
	// own codes, so the others' stay as read here. The same walk notes
	// the placeholders of a family, of cents and of naira.
	var written uint64 // bit k: placeCodes[k] is a figure's unit
	fam, cents, naira := false, false, false
	pounds, gbp := false, false // "twelve pounds", read as a weight; the story's sterling
	conv := false               // a bare dollar converts a written-out amount: "A$45 million ($29 million)"
	var last3 string            // the last three-letter unit looked up
	for i := range figs {
		switch u := figs[i].Unit; {
		case len(u) == 0:
		case u[0] == '$':
			switch u {
			case "$c":
				cents = true
			case "$naira":
				naira = true
			default:
				fam = true
				if i > 0 && len(figs[i-1].Unit) == 3 && figs[i-1].End < figs[i].Start && figs[i].Start-figs[i-1].End <= 2 && d.src[figs[i].Start-1] == '(' {
					conv = true
				}
			}
		case u == "pounds" || u == "pound":
			pounds = pounds || figs[i].Type == Measure
		case len(u) == 3:
			// The same unit as the last one (the lexicon's own string:
			// the same bytes, compared without memequal's call) is
			// counted already: a story's figures repeat its unit.
			if unsafe.StringData(u) == unsafe.StringData(last3) {
				continue
			}
			last3 = u
			gbp = gbp || u == "GBP"
			for k, c := range placeCodes {
				// the first bytes first: a string compare of equal
				// lengths is a call (runtime.memequal)
				if len(c) == 3 && u[0] == c[0] && u == c {
					written |= 1 << (k & 63)
				}
			}
		}
	}
	dollar := "" // the currency of cents (settleRest)
	if fam || cents {
		// Each family's figures take its code, in order; cents take the
		// euro where the story counts in euros, else its first dollar
		// once settled (settleCents).
		var n [datelineOnly]int // the place words' counts, for every family at once
		var codes [maxFams]string
		counted, eur := false, false
		// a bare-dollar figure below one with no $ (cents written out),
		// and any other
		centWords, dollarSign := false, false
		for i := range figs {
			f := &figs[i]
			u := f.Unit
			if len(u) == 0 {
				continue
			}
			if u == "$" {
				if f.Value.Lo < 1 && !strings.Contains(d.src[f.Start:f.End], "$") {
					centWords = true
				} else {
					dollarSign = true
				}
			}
			if u[0] == '$' {
				for k, fm := range placeFams {
					if u != fm {
						continue
					}
					if codes[k] == "" {
						if !counted {
							d.placeCounts(&n, wi, info)
							counted = true
						}
						// (a story that writes its own dollar out, A$ in
						// Canberra, and never converts leaves the bare
						// dollar its own)
						w := written
						if !conv {
							w = 0
						}
						codes[k] = localCurrency(w, fm, &n)
					}
					f.Unit, u = codes[k], codes[k]
					break
				}
			}
			switch {
			case u == "EUR":
				eur = true
			case dollar == "" && f.Type == Money && (u == "USD" || u == "CAD" || u == "AUD" || u == "NZD"):
				dollar = u
			}
		}
		if centWords && eur && !dollarSign && codes[0] != "EUR" {
			// "fall by 2 to 3 cents a litre" in a story that counts in
			// euros: euro cents, as "46c" there is
			for i := range figs {
				if f := &figs[i]; f.Type == Money && f.Unit == codes[0] && f.Value.Lo < 1 && !strings.Contains(d.src[f.Start:f.End], "$") {
					f.Unit = "EUR"
				}
			}
		}
		if cents && eur {
			dollar = "EUR"
		}
	}
	if cents || naira || pounds {
		figs = d.settleRest(figs, dollar, gbp, naira)
	}
	return figs
}

// settleRest settles cents ("$c": settleCent), pounds (settlePound) and
// naira ("$naira") in one walk, where a walk each read the whole list three
// more times (13K figures, a megabyte, on the bench text). code is the
// currency of cents, gbp whether the story counts in sterling. Where naira
// is set, the naira figures are kept as NGN where the story is about
// Nigeria's money (it names the naira, writes ₦ or names Nigeria) and
// dropped elsewhere: a bare N before digits is also N95 masks, the N1 road
// and nitrogen. It returns the figures kept.
func (d *doc) settleRest(figs []Figure, code string, gbp, naira bool) []Figure {
	if naira {
		src := d.src[:min(len(d.src), placeWindow*8)]
		naira = strings.Contains(src, "naira") || strings.Contains(src, "Naira") || strings.Contains(src, "₦") || strings.Contains(src, "Nigeria")
	}
	// Dropped naira figures: the kept ones move down a run at a time (one
	// copy each, not a figure's fields under write barriers each).
	w, from := 0, 0 // figs[from:i] are kept and not yet moved to w
	for i := range figs {
		f := &figs[i]
		u := f.Unit
		if len(u) < 2 { // none, "%"
			continue
		}
		switch {
		case u == "$c":
			d.settleCent(f, code)
		case u == "pounds" || u == "pound":
			if f.Type == Measure {
				d.settlePound(f, gbp)
			}
		case u == "$naira":
			if naira {
				f.Unit = "NGN"
				continue
			}
			w += copy(figs[w:], figs[from:i])
			from = i + 1
		}
	}
	if from == 0 {
		return figs // none dropped
	}
	w += copy(figs[w:], figs[from:])
	clear(figs[w:])
	return figs[:w]
}

// poundMoney and poundWeight are the words just before "N pounds" (or
// "pound" after it) that make it money or a weight.
var (
	poundMoney  = setOf("cost costs costing price prices priced prize fine fined fines pay pays paid paying worth charge charges charged fee fees spend spends spent raise raises raised donate donated earn earns earned salary wage wages bill owe owes owed note notes coin coins ticket tickets")
	poundWeight = setOf("weigh weighs weighed weighing weight weights lost lose loses losing gained gain gains heavier lighter heavy tipped")
)

// settlePound reads "twelve pounds" (f, a Measure) as sterling, not a
// weight, where the words before it speak of money ("costs twelve pounds",
// "a prize of one thousand five hundred pounds") or, with no weight word
// near and no "of" after ("five pounds of potatoes"), where the story
// counts in sterling elsewhere (£, pence; gbp): the unit lexicon has only
// the weight.
func (d *doc) settlePound(f *Figure, gbp bool) {
	low := d.low
	money, weight := false, false
	if w := wordAt(low, f.End); w == "of" {
		weight = true
	} else if poundMoney[w] {
		money = true // "a 10-pound note"
	}
	// up to four words back, within the clause
	for k, e := 0, f.Start; k < 4 && !weight; k++ {
		for e > 0 && low[e-1] == ' ' {
			e--
		}
		s := e
		for s > 0 && (low[s-1] >= 'a' && low[s-1] <= 'z' || low[s-1] == '-') {
			s--
		}
		if s == e {
			break // punctuation or the text's start
		}
		w := low[s:e]
		weight = poundWeight[w]
		money = money || poundMoney[w]
		e = s
	}
	if !weight && (money || gbp) {
		f.Type, f.Unit = Money, "GBP"
	}
}

// wordAt returns the word of ASCII letters after the spaces at i in low.
func wordAt(low string, i int) string {
	for i < len(low) && low[i] == ' ' {
		i++
	}
	e := i
	for e < len(low) && low[e] >= 'a' && low[e] <= 'z' {
		e++
	}
	return low[i:e]
}

// settleCent gives "46c" (f, unit "$c", value in cents) its currency,
// code: the euro in a story that counts in euros, else the story's dollar,
// written or local. Where the story has no money at all (code ""), or the
// c is a capital, it is Celsius (30c, 41C), a measure as the text writes
// it.
func (d *doc) settleCent(f *Figure, code string) {
	if c := d.src[f.End-1]; code == "" || c == 'C' {
		f.Type, f.Unit = Measure, d.src[f.End-1:f.End]
		return
	}
	f.Unit = code
	f.Value.Lo /= 100
	if f.Value.Kind == RangeValue {
		f.Value.Hi /= 100
	}
}

// placeCounts counts the place words of d by their currency's placeCodes
// index (a dateline counts three); the default's words for the dollar are
// the United States' own (U.S. is read from the text). A word's code is
// its figure table entry's (wi, info: figScan's), read by its id; only a
// possessive (Canada's) is looked up in placeOf, a string map's lookup
// being ~100 ns under js/wasm (~500 capitalised words an article).
func (d *doc) placeCounts(n *[datelineOnly]int, wi []uint32, info []wordInfo) {
	toks := d.toks[:min(len(d.toks), placeWindow)]
	// the capitalized words (the lexer sets fCap on words only), found by
	// nextFlagged's loop without calls: a loop over every token with the
	// calls below in it cost ~7 ns a token under js/wasm
	for i := nextFlagged(toks, 0, fCap); i < len(toks); i = nextFlagged(toks, i+1, fCap) {
		t := &toks[i]
		code, ok := uint8(0), false
		if l := d.low[t.Start:t.End]; t.ID < 0 || l[len(l)-1] == 's' && len(stripPoss(l)) < len(l) {
			code, ok = placeOf[stripPoss(l)] // Canada's
		} else if x := wi[t.ID+1] & wiIndex; x != 0 && info[x-1].place != 0 {
			code, ok = info[x-1].place-1, true
		}
		if d.src[t.Start] == 'U' && strings.HasPrefix(d.src[t.Start:], "U.S.") { // the byte first: HasPrefix is a call
			code, ok = 0, true
		}
		if !ok {
			continue
		}
		// a dateline: a paragraph opening with a place in capitals and a
		// mark (OTTAWA —, HALIFAX, N.S. —), or with a town in capitals, a
		// comma and the place (LEGAZPI CITY, Philippines —)
		if i+1 < len(toks) && toks[i+1].Kind == tPunct && (t.Flags&(fParaStart|fUpper) == fParaStart|fUpper ||
			i > 1 && d.src[toks[i-1].Start] == ',' && d.src[toks[i+1].Start] != ',' && toks[i-2].Flags&fUpper != 0) {
			n[code&^datelineOnly] += 3
		} else if code&datelineOnly == 0 {
			n[code]++
		}
	}
}

// localCurrency returns the currency of family fam given the place words'
// counts n (placeCounts): the place whose words outnumber the default's
// twice over, two at least; the default when none does, and when the
// story writes another of the family out (C$, A$): wire copy marks the
// others and leaves the US dollar bare. Bit k of written is set when a
// figure's unit is placeCodes[k].
func localCurrency(written uint64, fam string, n *[datelineOnly]int) string {
	first, best, firstN, bestN := "", "", 0, 0
	for k, f := range placeFamily {
		if f != fam {
			continue
		}
		if first == "" {
			first, firstN = placeCodes[k], n[k]
			continue
		}
		if written&(1<<(k&63)) != 0 {
			return first
		}
		if n[k] > bestN {
			best, bestN = placeCodes[k], n[k]
		}
	}
	if bestN >= 2 && bestN > 2*firstN {
		return best
	}
	return first // TestLocalCurrencyFamilies: every family has one
}
