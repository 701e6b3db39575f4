package annotate

import (
	"math"
	"math/bits"
	"strings"
	"unsafe"
)

// The figure detector (ANNOTATION.md §2, §4, §6).
//
// One pass over each paragraph's tokens. At each token that can start a
// number (digits, a currency sign or code, a month, a number word) a
// parser reads the longest quantity it can: the number, its scale word,
// and what makes it one quantity (currency, percent, unit, the parts of a
// date or a time). The scan then jumps past the figure, so figures never
// overlap. Every parser looks at a bounded window of tokens (figWindow
// for number words; the widest, the country cue of "crowns", 60 each way),
// which keeps the pass linear on any input: a megabyte of digits or of
// "1," is a handful of long tokens, each rejected in constant time. Most
// tokens are never read: the lexer lists those that may start a figure
// (d.cands), each screened by its word's entry, found by its id
// (findFigures). Nothing allocates per token: a document allocates its
// word table (figScan.wi) and its list of figures, a figure only a date
// or time string.
//
// The rules are general, not fitted to sentences: a number's role comes
// from what touches it (25th, 1.2m, G7), the words around it (aged 61,
// Smith, 47,; 14,000 troops) and small word lists in lexicon/ (units,
// currencies, hedges, months, context words in figure_words.txt). Digits
// with no other role are counts; type number is kept for scores.
//
// A hedge (about, more than) stays outside the span, in Approx. Numbers
// that belong to names and identifiers (G7, COVID-19, Boeing 737,
// Article 5) are recognised by what touches or precedes them and skipped.
// "between 8 and 9 per cent" is two figures; a pass over each paragraph's
// figures lets the bare first one take the second's type, unit and scale.

// The parts of figScan.wi.
const (
	wiIndex = 1<<12 - 1 // the table's entries (TestFigLexiconTab)
	wiTail  = 1 << 12   // tail may fix a number's type before the word (a unit, a currency, year)
	wiMonth = 1 << 13   // a month name
	wiA     = 1 << 14   // a, an: start a figure only before a number word (findFigures)
	wiNum   = 1 << 15   // a number word, or few
	wiHedge = 1 << 16   // the word ends a hedge: findFigures asks hedge only then
	wiMay   = 1 << 17
)

// isNumKind is 1 for digits, indexed by tokKind without a bounds check.
var isNumKind = [256]uint8{tNum: 1}

// figWindow bounds the lookahead of the word parsers, in tokens.
const figWindow = 16

// cand is a figure being parsed: token range [first, last), and its value
// before scaling (v × 10^exp × factor, or lo..hi for a range).
//
// The parsers return it by value, copied at every return under js/wasm:
// the small fields are kept together at the end (88 bytes, not 104).
type cand struct {
	_             noEq // no generated equality function (wasm code)
	first, last   int
	v, hi, factor float64
	exp           int
	unit          string
	when          uint32 // a date or time (dateWhen, clockWhen), 0 otherwise
	typ           FigureType
	null          bool // value cannot be normalized
	bare          bool // a number with nothing that fixes its role (21 in "between 21 and 22 percent")
	name          bool // a capitalised word stands before the digits (Boeing 737)
}

// figScan is the state of one findFigures run.
type figScan struct {
	d       *doc
	lx      *figLexicon
	lo, lim int // the paragraph's token range
	// pt is the paragraph's tokens, d.toks[lo:lim]: the helpers read
	// token i as pt[i-lo], one bounds test for both.
	pt   []token
	sent int // index of the sentence holding the current token
	// title is 2 when the paragraph is a headline in title case, where
	// capitals mark no names, 1 when not, 0 before titleCase is asked
	title int8
	// wi[id+1] is the entry of distinct word id (token.ID) in the word
	// table: index+1 into lx.tab.info (wiIndex), 0 for a word in no list,
	// and wiMay set when the word can start a figure. wi[0], read for the
	// other tokens (ID -1), is 0 (see findFigures). Filled once per distinct word,
	// it replaces a hash and a string comparison per word token with a
	// load.
	wi []uint32
	// nws holds the number words' entries for words (a local array was
	// a memory.fill a call under js/wasm).
	nws [figWindow]numWord
	// texts holds the text of every date and time figure, in order
	// (appendWhen).
	texts []byte
	grown bool // the figure list has grown once (grow)
	// crown is the crown of the story's opening (crowns), "" until asked
	crown string
	// year, month, day complete dates written without a year: the
	// publication date, or the first full date of the opening lines.
	year, month, day int
}

// datelineDate finds the first date with a year in the opening lines (a
// dateline or time stamp: "Updated 10:32 AM EST, Tue November 28, 2023"),
// the publication date when Options gave none. It reads at most the first
// 60 tokens of the first three paragraphs.
func (s *figScan) datelineDate() (y, m, day int) {
	for pi := 0; pi < len(s.d.paras) && pi < 3; pi++ {
		p := s.d.paras[pi]
		s.lo, s.lim = int(p.First), int(p.Last)
		s.pt = s.d.toks[s.lo:s.lim]
		for i := s.lo; i < s.lim && i < s.lo+60; i++ {
			mo := int(s.info(i).month)
			if !(mo > 0 && s.capital(i)) && !s.isNum(i) {
				continue // (before c: a cand is zeroed by a memory.fill under js/wasm)
			}
			var c cand
			ok := false
			if mo > 0 && s.capital(i) {
				c, ok = s.monthDate(i, mo)
			} else if s.isNum(i) {
				c, ok = s.dayMonth(i)
				if !ok {
					ok = s.isoDate(&c, i)
				}
			}
			if w := c.when; ok && w&whenDate != 0 && w&31 != 0 {
				return int(w >> 9 & 0x3FFF), int(w >> 5 & 15), int(w & 31)
			}
		}
	}
	return 0, 0, 0
}

// titleCase reports a short paragraph whose words of four letters or more
// are nearly all capitalised: a headline ("Ukraine Says 14,000 Troops
// Were Sent"), where a capital before a number marks no name. It is asked
// only with a capital before a number, once a paragraph (s.title).
func (s *figScan) titleCase() bool {
	if s.title != 0 {
		return s.title == 2
	}
	s.title = 1
	if s.lim-s.lo > 30 {
		return false
	}
	words, caps := 0, 0
	for _, t := range s.d.toks[s.lo:s.lim] {
		if t.Kind == tWord && t.End-t.Start >= 4 {
			words++
			if t.Flags&fCap != 0 {
				caps++
			}
		}
	}
	if words >= 3 && caps*10 >= words*8 {
		s.title = 2
	}
	return s.title == 2
}

// findFigures fills d.res.Figures, sorted by start and never overlapping;
// every figure has Source -1 (the attribution detector assigns sources).
func (d *doc) findFigures() {
	s := figScan{d: d, lx: figWords()}
	tab := &s.lx.tab
	hWi := d.scr.alloc(1<<bits.Len(uint(len(d.words))), 4, false) // a power of two: see the scan below
	s.wi = *(*[]uint32)(unsafe.Pointer(&hWi))
	figWordEntries(s.wi, d.words, d.low, tab)
	// Size the list for a figure in sixteen tokens (news has one in
	// twenty): denser text (tables) counts its digit runs once, when the
	// list fills (grow). Counting them first was a pass over every token.
	nums := len(d.toks)/16 + 8
	// The list's free slots must be zero: figures are written field by
	// field, and the empty strings not at all (see the loop below).
	if figs := d.res.Figures; figs == nil {
		d.res.Figures = make([]Figure, 0, nums)
	} else {
		clear(figs[len(figs):cap(figs)])
	}
	s.year, s.month, s.day = d.year, d.month, d.day
	if s.year == 0 {
		s.year, s.month, s.day = s.datelineDate()
	}
	first := len(d.res.Figures)
	// Locals: loads through s and d each token cost under js/wasm.
	toks, low, wi, info := d.toks, d.low, s.wi, tab.info
	// The tokens that may start a figure, screened below from place ck
	// on (i never decreases): the lexer lists them (d.cands), with a few
	// more words (its bloom filter's). The loads are unchecked: wi's
	// length is a power of two, ids are masked into it, the listed
	// tokens are tokens, and a token's last byte is inside the text.
	cands, ck, may := d.cands, 0, &s.lx.mayLast
	wp, src, mask := unsafe.Pointer(unsafe.SliceData(wi)), unsafe.Pointer(unsafe.StringData(d.src)), uint(len(wi)-1)
	tp := unsafe.Pointer(unsafe.SliceData(toks))
	// Each figure is parsed into *c, the paragraph's last one stays in
	// *prev (last -2 before its first) to pair it with
	// the next: no copy of it a figure.
	var c0, c1 cand
	c, prev := &c0, &c1
	// One scan of the whole text (next crosses paragraphs: a call a
	// paragraph was a quarter of its calls); the paragraph of a token
	// that may start a figure is set up when one is found in it.
	floor, lim := 0, 0 // hedges never reach back into the previous figure
	for i, pi := 0, 0; ; {
		// The first listed token from i on that may start a figure: a
		// word that can (wiMay), digits, a punctuation mark whose last
		// byte may end a currency sign, screened by two loads ORed, its
		// word's entry (wi[0], read for the other tokens, is 0) and
		// lx.mayLast by its kind and last byte. Or the token before it,
		// if not passed over already and in its paragraph: "a" before a
		// number word or touching it (a dozen, A$5), a quotation mark
		// that two digits touch (’90s). Here, not in a function of its
		// own: a call a figure cost under js/wasm.
		from := uint(i)
		for ; uint(ck) < uint(len(cands)); ck++ {
			j := uint(cands[ck])
			if j < from {
				continue
			}
			t := (*token)(unsafe.Add(tp, j*uint(unsafe.Sizeof(token{}))))
			v := *(*uint32)(unsafe.Add(wp, uint(t.ID+1)&mask*4)) | may[t.Kind&3][*(*byte)(unsafe.Add(src, t.End-1))]
			if v < wiMay {
				continue
			}
			i = int(j)
			if p := j - 1; p >= from && p < uint(len(toks)) && t.Flags&fParaStart == 0 {
				b := &toks[p]
				if b.End == t.Start && t.Kind == tNum && t.End-t.Start == 2 && b.Kind == tQuote ||
					b.Kind == tWord && *(*uint32)(unsafe.Add(wp, uint(b.ID+1)&mask*4))&wiA != 0 && (b.End == t.Start || v&wiNum != 0) {
					i = int(p)
				}
			}
			break
		}
		if uint(ck) >= uint(len(cands)) {
			break
		}
		if i >= lim {
			for int(d.paras[pi].Last) <= i {
				pi++
			}
			p := d.paras[pi]
			s.lo, s.lim = int(p.First), int(p.Last)
			s.pt = toks[s.lo:s.lim]
			s.title = 0
			prev.last = -2
			floor, lim = s.lo, s.lim
		}
		t := &toks[i]
		// The rest are screened further here rather than in at
		// (under js/wasm every call costs).
		e := &noWord
		switch t.Kind {
		case tWord:
			x := wi[t.ID+1] & wiIndex
			if x == 0 {
				i++
				continue
			}
			e = &info[x-1]
			if e.starts == 0 {
				i++
				continue
			}
			if e.starts&startA != 0 && i+1 < lim && (e.starts&startCurrency == 0 || e.preGlue && toks[i+1].Start != t.End) {
				// "a" is nearly half of the words that reach here:
				// it starts a figure only before a number word (a
				// dozen, a third) or few, or as a currency when the
				// next token touches it (A$5); at turns the rest away.
				n := &toks[i+1]
				ne := &noWord
				if n.ID >= 0 {
					if x := wi[n.ID+1] & wiIndex; x != 0 {
						ne = &info[x-1]
					}
				} else {
					ne = tab.get(low[n.Start:n.End])
				}
				if ne.num.class == nNone && ne.key != "few" {
					i++
					continue
				}
			}
		case tPunct:
			// The word table for the few marks next let through
			// (those that may end a currency sign); quotation marks
			// it let through have two digits touching them.
			if t.End-t.Start != 1 {
				e = tab.get(low[t.Start:t.End])
			} else if x := s.lx.markIdx[low[t.Start]]; x != 0 { // ($, the most)
				e = &info[x-1]
			}
			if e.starts == 0 {
				i++
				continue
			}
		}
		// c starts zero, set field by field (TestCandReset): under js/wasm
		// a cand literal is a memory.fill, a call out of the wasm code.
		c.first, c.last, c.v, c.hi, c.factor, c.exp, c.when = 0, 0, 0, 0, 0, 0, 0
		c.typ, c.null, c.bare, c.name = 0, false, false, false
		if c.unit != "" {
			c.unit = ""
		}
		var ok bool
		if t.Kind == tNum {
			// as at would (digits), without two calls and copies;
			// sign only after a token that can be one (minus, a
			// mark touching the digits)
			if ok = s.unsigned(c, i); ok && c.first == i && i > s.lo && (toks[i-1].End == t.Start || toks[i-1].End-toks[i-1].Start == 5) {
				s.sign(c, i)
			}
		} else if ok = s.at(c, i, e); ok && c.first == i && i > s.lo && toks[i-1].End-toks[i-1].Start == 5 {
			s.sign(c, i) // minus eight degrees
		}
		if !ok || c.last <= i {
			i = max(i+1, c.last) // past what a parser ruled out whole
			continue
		}
		if c.typ == Measure && s.low(c.last) == "of" && s.low(c.last+1) == "age" {
			c.typ = Age // "starting at 5 months of age"
		}
		// The figure of c is added here, with its hedge (not before
		// token floor); prev is the paragraph's figure before it (last
		// -2 for none). (A call a figure cost under js/wasm.)
		approx := ""
		switch p := c.first - 1; c.typ {
		case Ordinal:
		case Date:
			// "until at least 6 June": a date keeps a bound only
			if p-1 >= floor && p-1 >= s.lo && s.low(p) == "least" && s.low(p-1) == "at" {
				approx = "at least"
			}
		default: // a year keeps "at least" (since at least 2019), no other hedge
			// hedge's own first tests, without the call: most figures
			// follow a word that ends no hedge
			if p < floor || p < s.lo {
				break
			}
			if pt := &toks[p]; (pt.Kind != tWord || wi[pt.ID+1]&wiHedge == 0) && (pt.Kind != tPunct || pt.End != toks[c.first].Start) {
				break // (a sign touching it may be one: P<0.001)
			}
			approx = s.hedge(c.first, floor)
			if approx == "over" && (c.typ == Measure && s.lx.tab.is(lowerASCII(c.unit), fwDuration) ||
				(s.low(c.last) == "to" || s.low(c.last) == "-") && s.info(c.last+2).is&fwDuration != 0) {
				approx = "" // over five years, over two to three months: a span of time, not a hedge
			}
			if approx == "over" && c.typ == Money && blameVerbs[s.low(c.first-2)] {
				approx = "" // suspended over $412,000 in expenses
			}
			if c.typ == Year && approx != "at least" {
				approx = "" // in about 2020, up to 2019, some 2019 buyers
			}
		}
		if len(d.res.Figures) == cap(d.res.Figures) {
			s.grow(c.last)
		}
		// The figure is written into its zeroed slot field by field, the
		// strings only when not empty: appending a Figure copied it with a
		// bulk write barrier (runtime.wbMove), 8% of the pass under js/wasm
		// while the collector runs.
		d.res.Figures = d.res.Figures[:len(d.res.Figures)+1]
		f := &d.res.Figures[len(d.res.Figures)-1]
		f.Span = Span{int(toks[c.first].Start), int(toks[c.last-1].End)}
		f.Type = c.typ
		f.Source = -1
		switch {
		case c.null:
		case c.when != 0:
			// The text is set once the pass is done (findFigures), from one
			// string of them all: a string each was nine in ten of the
			// engine's allocations.
			f.Value.Kind = TextValue
			if s.texts == nil {
				s.texts = make([]byte, 0, 512)
			}
			s.texts = appendWhen(s.texts, c.when)
		case c.exp == 0 && (c.factor == 0 || c.factor == 1) && c.typ != Range:
			f.Value.Kind, f.Value.Lo = NumValue, c.v // most figures: no scale, no factor
		default:
			f.Value.Kind, f.Value.Lo = NumValue, applyFactor(scaled(c.v, c.exp), c.factor)
			if c.typ == Range {
				f.Value.Kind, f.Value.Hi = RangeValue, applyFactor(scaled(c.hi, c.exp), c.factor)
			}
		}
		if c.unit != "" {
			f.Unit = c.unit
		}
		if approx != "" {
			f.Approx = approx
		}
		if c.first-prev.last == 1 { // a pair needs one token between: no call for the rest
			s.pair(&d.res.Figures[len(d.res.Figures)-2], f, prev, c)
		}
		i, floor = c.last, c.last
		c, prev = prev, c
	}
	if s.texts != nil {
		s.setTexts(d.res.Figures[first:])
	}
	d.res.Figures = d.res.Figures[:first+len(d.settleDollars(d.res.Figures[first:], s.wi, tab.info))]
}

// figWordEntries sets wi[id+1] to the word table's wi entry of each
// distinct word (d.words, lower-cased in low), leaving 0 for a word in no
// list; wi is zero and longer than words. tab.get written out as a leaf
// loop (TestWasmLeafLoops): a call a word, a bounds check's panic or
// runtime.memequal's, made it a state machine's resume point under js/wasm.
// Most words miss on an empty slot after one load; a hit of the same
// length is compared a byte at a time (the table's words are short).
// Words are never empty, and the table's slots hold indexes into
// tab.info: the loads are unchecked.
func figWordEntries(wi []uint32, words []wordSpan, low string, tab *wordTab) {
	lp, ip := unsafe.Pointer(unsafe.StringData(low)), unsafe.Pointer(unsafe.SliceData(tab.info))
	wp := unsafe.Pointer(unsafe.SliceData(wi))
	for id := range words {
		w := &words[id]
		p, n := unsafe.Add(lp, w.Start), uint(w.End-w.Start)
		b0, bm, bn := *(*byte)(p), *(*byte)(unsafe.Add(p, n>>1)), *(*byte)(unsafe.Add(p, n-1))
		for h := (uint32(b0) | uint32(bm)<<8 | uint32(bn)<<16 | uint32(n)<<24) * 0x9E3779B1 >> (32 - 13); ; h++ {
			k := uint(tab.slot[h&(wordTabSize-1)])
			if k == 0 {
				break // wi is zeroed
			}
			e := (*wordInfo)(unsafe.Add(ip, (k-1)*uint(unsafe.Sizeof(wordInfo{}))))
			if uint(len(e.key)) != n {
				continue
			}
			kp, j := unsafe.Pointer(unsafe.StringData(e.key)), uint(0)
			for j < n && *(*byte)(unsafe.Add(kp, j)) == *(*byte)(unsafe.Add(p, j)) {
				j++
			}
			if j == n {
				*(*uint32)(unsafe.Add(wp, uint(id+1)*4)) = e.wi
				break
			}
		}
	}
}

// setTexts gives the text figures of figs, in order, their texts from
// s.texts, all in one string: "HH:MM", "YYYY-MM" or "YYYY-MM-DD", told
// apart by their third and eighth bytes (the next text starts with a
// digit).
func (s *figScan) setTexts(figs []Figure) {
	all := string(s.texts)
	for k := range figs {
		if figs[k].Value.Kind != TextValue {
			continue
		}
		n := 7
		if all[2] == ':' {
			n = 5
		} else if len(all) > 7 && all[7] == '-' {
			n = 10
		}
		figs[k].Value.Text, all = all[:n], all[n:]
	}
}

// shotNouns after "3-point" name basketball's shot, not a count of points.
var shotNouns = setOf("range line shot shots attempt attempts play plays arc shooting shooter territory")

// blameVerbs take "over" before money as "because of": "suspended over
// $412,000 in expenses", "sued over $2m in fees" (not "suspended over
// 100 flights").
var blameVerbs = setOf("suspended suspends sacked sacks sued sues quizzed criticised criticized probed investigated")

// seriesAfter may follow an ordinal standing for one of a series ("the
// ninth for the Helix-2", "the third of his career").
var seriesAfter = setOf("for of on at in since that this")

// fromTail may follow the bare number of "to $5 from 4" (a time, a
// clause).
var fromTail = setOf("in a last on at and earlier previously the before a year since when")

// comparatives after "a third" make it a share of a difference.
var comparatives = setOf("longer shorter higher lower bigger smaller larger faster slower cheaper dearer more less fewer greater heavier lighter")

// cutInTwo are the verbs of "cut in two": the idiom counts nothing.
var cutInTwo = setOf("cut cuts split splits broke broken break breaks snapped snap snaps torn tore tear sawn sawed sliced chopped ripped")

// serviceNouns after an emergency line's number make it its name.
var serviceNouns = setOf("dispatcher dispatchers call calls caller callers operator operators center centre line system control handler handlers")

// scoreMargins follow a margin in a judged score ("4.11 points ahead").
var scoreMargins = setOf("ahead behind better clear short")

// clockAfter reports a word after a colon time that makes it a game
// clock's or a race's (no time of day). (A switch: a string map's lookup
// is ~100 ns under js/wasm.)
func clockAfter(w string) bool {
	switch w {
	case "into", "left", "remaining":
		return true
	}
	return false
}

// durationBefore reports a word before a colon time that makes it a
// duration (a race's time), not a time of day.
func durationBefore(w string) bool {
	switch w {
	case "in", "under", "of", "a", "run":
		return true
	}
	return false
}

// opensQuote reports a quote or term that opens at byte off ('12 things'
// is a quotation, not the year 2012). Both lists are sorted by start.
func (d *doc) opensQuote(off int) bool {
	qs, ts := d.res.Quotes, d.res.Terms
	lo, hi := 0, len(qs)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); qs[h].Start < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(qs) && qs[lo].Start == off {
		return true
	}
	lo, hi = 0, len(ts)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); ts[h].Start < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo < len(ts) && ts[lo].Start == off
}

// oneDayNames follow "one-day" when it names cricket's format, not a day.
var oneDayNames = setOf("international internationals series cricket format score side squad cup")

// rankBefore are the words before a rank written "No. 12".
var rankBefore = setOf("world the at to reached hit ranked seeded peaked climbed rose fell dropped slipped")

// routeNouns after "No. 9" make it a route or a place's number, no rank:
// the No. 9 bus, the No. 2 platform.
var routeNouns = setOf("bus buses route routes line train trains tram trams platform gate road highway exit terminal bay pier berth")

// perUnit reports the word at k, after a measure's unit and "per", that
// makes it a rate: a listed unit, or any lower-case noun ("142 nanograms
// per tablet", "250 calories per serving"), not "cent" nor a function word.
func (s *figScan) perUnit(k int) bool {
	if !s.isWord(k) {
		return false
	}
	w := s.low(k)
	b := s.d.toks[k].First
	return perUnits[w] || w != "cent" && b >= 'a' && b <= 'z' && s.info(k).is&fwStop == 0
}

// perUnits are the words a measure's unit takes after "per" (a rate).
var perUnits = setOf("acre hectare minute hour second day week month year litre liter gallon mile kilometre kilometer km metre meter tonne ton kilogram kg barrel person capita head")

// grow makes room for the figures of the tokens from i on: the first time
// for the digit runs left, which nearly every figure has, then for twice
// the list (append's 1.25× for large slices copied twice as much on a
// megabyte of number words). Growing by append cost a quarter of
// findFigures' time in BenchmarkAnnotate (copies of pointerful structs
// under write barriers).
func (s *figScan) grow(i int) {
	figs := s.d.res.Figures
	n := 2*cap(figs) + 8
	if !s.grown {
		s.grown = true
		left := 0
		for _, t := range s.d.toks[min(i, len(s.d.toks)):] {
			left += int(isNumKind[t.Kind])
		}
		n = len(figs) + left + left/4 + 8
	}
	s.d.res.Figures = append(make([]Figure, 0, n), figs...)
}

// applyFactor converts into the currency's unit: 47p is 47 / 100 GBP
// (dividing keeps 0.47 exact where 47 × 0.01 gives 0.47000000000000003).
func applyFactor(v, f float64) float64 {
	switch {
	case f == 0 || f == 1:
		return v
	case f < 1:
		return v / math.Round(1/f)
	}
	return v * f
}

// scaled returns v × 10^exp.
func scaled(v float64, exp int) float64 {
	if exp > 0 && exp < len(pow10) {
		return v * pow10[exp]
	}
	return v
}

// pair lets x, the bare first of two figures joined by and/to/or, take
// y's type, unit and scale: "between 8 and 9 per cent", "5 to 6 million
// people" (ANNOTATION.md §4). mx and my are the cands of x and y.
func (s *figScan) pair(x, y *Figure, mx, my *cand) {
	switch s.d.lower(mx.last) {
	case "and", "to", "or", "-", "–":
	case "from":
		// "cut her target to 410 crowns from 480": the bare number after
		// "from" is the same kind of figure as the one it moved from
		if my.bare && (y.Type == Count || y.Type == Number) && y.Unit == "" && x.Unit != "" && (x.Type == Money || x.Type == Percent || x.Type == Measure) &&
			s.low(mx.first-1) == "to" && (my.last >= s.lim || s.d.toks[my.last].Kind == tPunct || fromTail[s.low(my.last)]) {
			y.Type, y.Unit = x.Type, x.Unit
			if y.Value.Kind == NumValue {
				y.Value.Lo = applyFactor(scaled(my.v, mx.exp), mx.factor)
			}
		}
		return
	default:
		return
	}
	if x.Type == Age && my.bare && y.Type == Count {
		y.Type = Age // aged 40 to 69
		return
	}
	if x.Type == Age && x.Unit == "" && y.Type == Measure && (y.Unit == "months" || y.Unit == "weeks") {
		x.Unit, y.Type = y.Unit, Age // aged 6 to 11 months
		return
	}
	if x.Type == Money && y.Type == Money && x.Unit == y.Unit && mx.exp == 0 && my.exp > 0 && mx.v <= my.v &&
		x.Value.Kind == NumValue {
		x.Value.Lo = applyFactor(scaled(mx.v, my.exp), mx.factor) // from $5 to $6bn
		return
	}
	if x.Type == Count && mx.exp > 0 && x.Unit == "" && (y.Type == Money || y.Type == Measure) && my.exp == mx.exp && (s.d.lower(mx.last) == "and" || s.d.lower(mx.last) == "to") {
		// "between 25 million and 30 million euros", "8.9 billion to 9.2
		// billion francs": the unit after the second is the first's too
		x.Type, x.Unit = y.Type, y.Unit
		if x.Value.Kind == NumValue {
			x.Value.Lo = applyFactor(scaled(mx.v, mx.exp), my.factor)
		}
		return
	}
	if !mx.bare {
		return
	}
	switch {
	case y.Type == Money || y.Type == Percent || y.Type == Measure || y.Type == Age:
	case y.Type == Count && my.exp > 0:
	default:
		return
	}
	x.Type, x.Unit = y.Type, y.Unit
	if x.Value.Kind == NumValue {
		x.Value.Lo = applyFactor(scaled(mx.v, my.exp), my.factor)
	}
}

// --- token helpers, all bounded by the paragraph ---

// low returns the lower-cased text of token i, or "" outside the paragraph.
// These helpers are called a few million times a second: each is written
// without calling another, as under js/wasm (make bench builds with -l)
// every call costs; flattening them took ~10% off BenchmarkFigures there.
func (s *figScan) low(i int) string {
	if k := uint(i - s.lo); k < uint(len(s.pt)) {
		t := &s.pt[k]
		return s.d.low[t.Start:t.End]
	}
	return ""
}

// info returns the word table's entry of token i (&noWord outside the
// paragraph): a load by the word's id, the table's hash only for other
// tokens.
func (s *figScan) info(i int) *wordInfo {
	k := uint(i - s.lo)
	if k >= uint(len(s.pt)) {
		return &noWord
	}
	t := &s.pt[k]
	if t.ID >= 0 {
		if x := s.wi[t.ID+1] & wiIndex; x != 0 {
			return &s.lx.tab.info[x-1]
		}
		return &noWord
	}
	return s.lx.tab.get(s.d.low[t.Start:t.End])
}

// in reports whether token i is in the word sets ws (wsAged, …); outside
// the paragraph, where low returns "", whether ws has wsEnd.
func (s *figScan) in(i int, ws uint64) bool {
	k := uint(i - s.lo)
	if k >= uint(len(s.pt)) {
		return ws&wsEnd != 0
	}
	t := &s.pt[k]
	if t.ID >= 0 {
		x := s.wi[t.ID+1] & wiIndex
		return x != 0 && s.lx.tab.info[x-1].set&ws != 0
	}
	if t.End-t.Start == 1 {
		return s.lx.markSet[s.d.low[t.Start]]&ws != 0
	}
	return s.lx.tab.get(s.d.low[t.Start:t.End]).set&ws != 0
}

// glued reports whether tokens i and i+1 touch (both in the paragraph).
func (s *figScan) glued(i int) bool {
	k := uint(i - s.lo)
	return k+1 < uint(len(s.pt)) && k < uint(len(s.pt)) && s.pt[k].End == s.pt[k+1].Start
}

func (s *figScan) isWord(i int) bool {
	k := uint(i - s.lo)
	return k < uint(len(s.pt)) && s.pt[k].Kind == tWord
}

func (s *figScan) isNum(i int) bool {
	k := uint(i - s.lo)
	return k < uint(len(s.pt)) && s.pt[k].Kind == tNum
}

func (s *figScan) capital(i int) bool {
	k := uint(i - s.lo)
	return k < uint(len(s.pt)) && s.pt[k].Flags&fCap != 0
}

// window fills w with the lower-cased tokens from i on (at most figWindow,
// stopping at the paragraph's end) and returns the filled part.
func (s *figScan) window(i int, w *[figWindow]string) []string {
	n := 0
	toks, low := s.d.toks, s.d.low
	for ; n < figWindow && i+n >= s.lo && i+n < s.lim; n++ {
		t := toks[i+n]
		w[n] = low[t.Start:t.End]
	}
	return w[:n]
}

// sentenceStart reports whether token i begins a sentence, possibly after
// opening quotes, brackets or a dash.
func (s *figScan) sentenceStart(i int) bool {
	d := s.d
	for s.sent < len(d.sents)-1 && int(d.sents[s.sent].Last) <= i {
		s.sent++
	}
	for s.sent > 0 && s.sent < len(d.sents) && int(d.sents[s.sent].First) > i {
		s.sent--
	}
	first := s.lo
	if s.sent < len(d.sents) && int(d.sents[s.sent].First) <= i {
		first = int(d.sents[s.sent].First)
	}
	for j := i - 1; j >= first && j >= i-3; j-- {
		switch {
		case d.toks[j].Kind == tQuote:
		case s.in(j, wsLead): // marks: low is the text
		default:
			return false
		}
	}
	return i-first <= 3
}

// content reports whether token i is a word that can name what a number
// counts (not a function word).
func (s *figScan) content(i int) bool {
	if !s.isWord(i) {
		return false
	}
	return s.info(i).is&fwNotContent == 0
}

// plural reports whether token i is a content word that looks plural
// (troops, people), as after a count rather than a year.
func (s *figScan) plural(i int) bool {
	if !s.content(i) {
		return false
	}
	l := s.low(i)
	if len(l) > 2 && l[len(l)-1] == 's' && l[len(l)-2] != 's' {
		return true
	}
	return s.in(i, wsPluralNoun)
}

// --- dispatch ---

// at parses the figure that starts at token i, if any, into *c (zero on
// entry; when it fails, c.last is what to skip), as unsigned does; e
// is the word table's entry of a word or punctuation token. (findFigures
// parses digits itself: unsigned, then sign.)
func (s *figScan) at(c *cand, i int, e *wordInfo) bool {
	d := s.d
	// The parsers below return their cand into *c: a cand held in a
	// variable here was one more memory.fill and memory.copy a call
	// under js/wasm, calls out of the wasm code.
	ok := false
	switch d.toks[i].Kind {
	case tQuote:
		// Both forms need two digits touching the mark: test that first,
		// as most quotation marks are not followed by digits.
		if !s.glued(i) || !s.isNum(i+1) || d.toks[i+1].End-d.toks[i+1].Start != 2 {
			return false
		}
		// ’90s: a decade, the apostrophe inside the span
		if isApostropheTok(d.tok(i)) && s.glued(i) && s.isNum(i+1) && len(d.tok(i+1)) == 2 && s.glued(i+1) && s.low(i+2) == "s" {
			n, _ := atoi(d.tok(i + 1))
			if n%10 == 0 {
				y := 1900 + n
				if n <= 10 {
					y = 2000 + n
				}
				c.first, c.last, c.typ, c.v = i, i+3, Year, float64(y)
				return true
			}
		}
		// the Class of ’24: a year; not ‘24 hours’, a quotation
		if t := d.tok(i); (t == "’" || t == "'") && s.glued(i) && s.isNum(i+1) && len(d.tok(i+1)) == 2 && !s.glued(i-1) &&
			!s.glued(i+1) && !s.isNum(i+2) && !s.tail(&cand{}, i+2) {
			n, _ := atoi(d.tok(i + 1))
			y := 1900 + n
			if s.year > 0 && 2000+n <= s.year+10 || s.year == 0 && n <= 30 {
				y = 2000 + n
			}
			c.first, c.last, c.typ, c.v = i, i+2, Year, float64(y)
			return true
		}
	case tPunct, tWord:
		// One table entry says whether the token can start a figure:
		// most words and punctuation cannot (BenchmarkAnnotate: the
		// three lookups this replaced were a third of the engine's time).
		l := e.key
		st := e.starts
		if st == 0 {
			return false
		}
		if st&startCurrency != 0 {
			if n, p := s.currencyPre(i, e); p != nil {
				ok = s.money(c, i, i+n, p) // A$500
				break
			}
		}
		if st&startA != 0 {
			// "a" is nearly half of the words that reach here: one read of
			// the next word turns most away.
			if nx := s.low(i + 1); s.lx.tab.get(nx).num.class == nNone && nx != "few" {
				return false // "a" that is not "a dozen", "a third"
			}
		}
		// monthDate reads digits right after the month or its period
		// (April 28, Nov. 4): most capitalised months (May, March) have none.
		if k, m := uint(i-s.lo), int(e.month); m > 0 && s.d.toks[i].Flags&fCap != 0 &&
			(k+1 < uint(len(s.pt)) && s.pt[k+1].Kind == tNum || k+2 < uint(len(s.pt)) && s.pt[k+2].Kind == tNum) { // isNum(i+1) || isNum(i+2)
			if *c, ok = s.monthDate(i, m); ok {
				break
			} // (c is zero when monthDate fails)
		}
		if (l == "magnitude" || l == "category" && d.toks[i].Flags&fCap != 0) && s.isNum(i+1) {
			// magnitude 5.8, a Category 3 storm: the unit stands before the number
			if x, ok := parseDec(d.tok(i + 1)); ok {
				c.first, c.last, c.typ, c.v, c.unit = i, i+2, Measure, x.float(), d.tok(i)
				if l == "magnitude" {
					c.unit = l // (the spec's unit, a headline's capital aside)
				}
				return true
			}
		}
		if st&(startA|startNumber) != 0 {
			if ok = s.words(c, i); ok || l != "a" || s.low(i+1) != "few" {
				break
			}
		}
		if l == "several" || l == "few" || l == "a" {
			*c, ok = s.fewScale(i)
		}
	}
	return ok
}

// --- currencies, units, scales ---

// matchPhrase returns the longest phrase of list that matches the tokens
// from i on, and how many tokens it covers. touching: every token must
// touch the one before (US$). A one-letter first token must touch the
// token before i (50p, 30C).
//
// list is always the list filed under token i's own text, so its first
// token matches and the comparison starts at the second (fewer calls per
// number under js/wasm).
// kinds is a mask of the phrase kinds wanted (1<<curPre | …), 0 for any.
func (s *figScan) matchPhrase(list []phrase, i int, touching bool, kinds uint8) (int, *phrase) {
outer:
	for k := range list {
		p := &list[k]
		if kinds != 0 && kinds&(1<<p.kind) == 0 {
			continue
		}
		if b := p.toks[0][0]; !touching && len(p.toks[0]) == 1 && (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') && !s.glued(i-1) {
			continue
		}
		for j := 1; j < len(p.toks); j++ {
			// low(i+j) and glued(i+j-1), read here: a phrase's tokens
			// are never empty
			k := uint(i + j - s.lo)
			if k >= uint(len(s.pt)) {
				continue outer
			}
			if t := &s.pt[k]; s.d.low[t.Start:t.End] != p.toks[j] || touching && (k == 0 || s.pt[k-1].End != t.Start) {
				continue outer
			}
		}
		return len(p.toks), p
	}
	return 0, nil
}

func isApostropheTok(t string) bool { return t == "'" || t == "’" }

// currencyPre matches a currency written before the digits ($, US$, £,
// USD) at token i, followed by a number; e is the word table's entry of
// token i.
func (s *figScan) currencyPre(i int, e *wordInfo) (int, *phrase) {
	n, p := s.matchPhrase(e.currencies, i, true, 1<<curPre|1<<curBoth)
	if p == nil {
		return 0, nil
	}
	// isNum(i+n) and isWord(i), read here
	if k := uint(i + n - s.lo); k >= uint(len(s.pt)) || s.pt[k].Kind != tNum {
		return 0, nil
	}
	if k := uint(i - s.lo); k >= uint(len(s.pt)) || s.pt[k].Kind != tWord || len(p.toks) != 1 {
		return n, p
	}
	if s.d.toks[i].End-s.d.toks[i].Start == 1 {
		// a letter for a sign (R450, R18,000 rand), but the R40 is a road
		// and R2 a code: touching three digits or more, or a scale word
		// after them (R1 billion), no article before
		if t := s.d.toks[i+1]; t.End-t.Start < 3 && !s.scaled(i+2) || s.low(i-1) == "the" || !s.glued(i) {
			return 0, nil
		}
	} else if f := s.d.toks[i].Flags; f&fUpper == 0 && p.canon != "$rupee" && (p.canon != "KES" || f&fCap == 0) {
		return 0, nil // "usd" in lower case is not a code (Rs is the rupee's sign, Sh and KSh the shilling's)
	}
	return n, p
}

// scaled reports a scale word at token k (million, bn).
func (s *figScan) scaled(k int) bool {
	exp, _ := s.scaleAt(k, true)
	return exp > 0
}

// scaleAt reads a scale word at token k after the digits at k-1 (1.2
// million, 3bn, 40m), returning its power of ten and the next token.
//
// Asked after nearly every number, it reads token k itself, not through
// isWord and info (calls under js/wasm).
func (s *figScan) scaleAt(k int, money bool) (int, int) {
	if k < s.lo || k >= s.lim || s.d.toks[k].Kind != tWord {
		return 0, k
	}
	x := s.wi[s.d.toks[k].ID+1] & wiIndex
	if x == 0 {
		return 0, k // in no list
	}
	e := &s.lx.tab.info[x-1]
	if sw := e.scale; !e.hasScale || sw.adjacent && !s.glued(k-1) {
		return 0, k
	}
	if !money && s.low(k) == "m" {
		// 100m sprint, a 40m-tall tower, the 10,000m: metres, not millions.
		if v, ok := parseDec(s.d.tok(k - 1)); ok && v.float() >= 1000 {
			return 0, k
		}
		if s.in(k+1, wsMetreNext) {
			return 0, k
		}
	}
	// "₹1.94 lakh crore", "1.2 thousand crore": Indian scales multiply
	if k+1 < s.lim && s.d.toks[k+1].Kind == tWord {
		if l := s.low(k + 1); l == "crore" || l == "crores" {
			return e.scale.exp + 7, k + 2
		}
	}
	return e.scale.exp, k + 1
}

// money parses a number after a currency written before it (tokens
// [first, j) are the currency, j the digits) into *c, zero on entry (and
// left so when it fails): $3.5 billion, £40m, $1.10-$1.45.
func (s *figScan) money(c *cand, first, j int, p *phrase) bool {
	x, ok := parseDec(s.d.tok(j))
	if !ok {
		return false
	}
	c.first, c.typ, c.v, c.unit, c.factor = first, Money, x.float(), p.canon, p.factor
	var k int
	c.exp, k = s.scaleAt(j+1, true)
	// $1.10-$1.45, $5-6 million
	if s.dash(k) && s.glued(k-1) && s.glued(k) {
		h := k + 1
		if n, q := s.currencyPre(h, s.info(h)); q != nil && q.canon == p.canon {
			h += n
		}
		if s.isNum(h) && s.glued(h-1) {
			if y, ok := parseDec(s.d.tok(h)); ok {
				exp, k2 := s.scaleAt(h+1, true)
				if c.exp == 0 || c.exp == exp {
					c.typ, c.hi, c.exp, k = Range, y.float(), exp, k2
				}
			}
		}
	}
	c.last = k
	return true
}

// dash reports a hyphen or en dash at token i. It compares bytes rather
// than call low: dash is asked after nearly every number.
func (s *figScan) dash(i int) bool {
	k := uint(i - s.lo)
	if k >= uint(len(s.pt)) {
		return false
	}
	t := &s.pt[k]
	switch t.End - t.Start {
	case 1:
		return s.d.src[t.Start] == '-'
	case 3:
		return s.d.src[t.Start] == 0xE2 && s.d.src[t.Start+1] == 0x80 && s.d.src[t.Start+2] == 0x93 // –
	}
	return false
}

// tail reads what follows a number that ends before token k: a percent
// word, a currency word, a unit, a hyphenated unit (22-mile), an age
// (25-year-old, 25 years old). It returns true when it fixed the type.
//
// Token k is read here once, not through dash, low and info: tail is
// asked after nearly every number (calls under js/wasm).
func (s *figScan) tail(c *cand, k int) bool {
	if k < s.lo || k >= s.lim {
		return false // nothing follows in the paragraph
	}
	t := &s.d.toks[k]
	l := s.d.low[t.Start:t.End]
	// 25-year-old, 22-mile, four-year
	if (l == "-" || l == "–") && s.glued(k-1) && s.glued(k) && s.isWord(k+1) {
		w := s.low(k + 1)
		if (w == "year" || w == "years" || w == "month" || w == "week") && s.dash(k+2) && s.glued(k+1) && s.glued(k+2) {
			if o := s.low(k + 3); o == "old" || o == "olds" {
				c.typ, c.unit, c.last = Age, ageUnitOf(w), k+4 // a 9-month-old girl: an age in months
				return true
			}
		}
		if n, p := s.matchPhrase(s.lx.tab.get(w).units, k+1, true, 0); p != nil {
			c.typ, c.last = Measure, k+1+n
			c.unit = s.written(k+1, k+1+n)
			if p.kind == unitPercent {
				c.typ, c.unit = Percent, p.canon // 10-per-cent
			}
			return true
		}
		return false
	}
	// 25 years old
	if (l == "years" || l == "year") && s.low(k+1) == "old" {
		c.typ, c.unit, c.last = Age, "", k+2
		return true
	}
	// One lookup for both lists; most words after a number are in neither
	// (BenchmarkFigures: tail was a fifth of the digits path).
	e := &noWord
	if t.ID >= 0 {
		if x := s.wi[t.ID+1] & wiIndex; x != 0 {
			e = &s.lx.tab.info[x-1]
		}
	} else {
		e = s.lx.tab.get(l)
	}
	if e.units == nil && e.currencies == nil {
		return false
	}
	if n, p := s.matchPhrase(e.units, k, false, 0); p != nil {
		// (l is low(k), the unit's first word: these tests read it, not
		// low, a call each under js/wasm)
		if (l == "nights" || l == "days") && s.low(c.first-1) == "on" {
			if x := s.low(k + 1); x != "a" && x != "per" && x != "each" {
				return false // "lost money on 61 nights": occasions counted, not a stretch of time (but "on two days a week")
			}
		}
		if (l == "cups" || l == "cup") && c.v > 16 && s.low(k+1) != "of" {
			return false // "stocked with 900 cups": cups counted, not a recipe's measure
		}
		c.last = k + n
		if p.kind == unitPercent {
			c.typ, c.unit = Percent, p.canon
		} else {
			c.typ = Measure
			// "12 degrees below zero": a negative temperature, the words in
			// its span
			if (l == "degrees" || l == "degree") && s.low(c.last) == "below" && s.low(c.last+1) == "zero" {
				c.v, c.last = -c.v, c.last+2
				c.unit = s.written(k, k+n)
				return true
			}
			// a rate: "210 bushels per acre", "6,500 feet per minute"
			if s.low(c.last) == "per" && s.perUnit(c.last+1) {
				c.last += 2
			}
			c.unit = s.written(k, c.last)
		}
		return true
	}
	if n, p := s.matchPhrase(e.currencies, k, false, 1<<curPost|1<<curBoth); p != nil {
		if p.kind == curBoth && s.d.toks[k].Flags&fUpper == 0 {
			return false
		}
		c.typ, c.unit, c.factor, c.last = Money, p.canon, p.factor, k+n
		if p.canon == "NOK" && n == 1 {
			c.unit = s.crowns(k) // bare crowns: whose? ("Norwegian crowns" says)
		}
		return true
	}
	return false
}

// crowns tells Norwegian, Swedish, Danish and Czech crowns apart by the
// country named within 60 tokens (a dateline, an adjective): NOK by default.
func (s *figScan) crowns(k int) string {
	for j := k - 60; j < k+60; j++ {
		if c := crownOf(s.info(j).set); c != "" {
			return c
		}
	}
	// else the country of the story's opening (a dateline: "COPENHAGEN,
	// Nov 26 —" three paragraphs up), read once: a walk of its 4,096
	// tokens for each figure made a page of bare crowns 10x slower
	if s.crown == "" {
		s.crown = "NOK"
		toks := s.d.toks[:min(len(s.d.toks), placeWindow)]
		for i := range toks {
			if id := toks[i].ID; id >= 0 {
				if x := s.wi[id+1] & wiIndex; x != 0 {
					if c := crownOf(s.lx.tab.info[x-1].set); c != "" {
						s.crown = c
						break
					}
				}
			}
		}
	}
	return s.crown
}

// crownOf returns the crown of the country a word names, or "".
func crownOf(ws uint64) string {
	switch {
	case ws&wsSEK != 0:
		return "SEK"
	case ws&wsDKK != 0:
		return "DKK"
	case ws&wsCZK != 0:
		return "CZK"
	case ws&wsNOK != 0:
		return "NOK"
	}
	return ""
}

// written returns the text of tokens [a, b) as written, with any run of
// white space between them (a line break in hard-wrapped copy) as one
// space: the unit of "5,900 square\nmiles" is "square miles".
func (s *figScan) written(a, b int) string { return s.spaced(s.d.src, a, b) }

// spaced returns text[tokens a..b) (text is d.src or d.low) with runs of
// white space as one space; it allocates only when there is such a run.
func (s *figScan) spaced(text string, a, b int) string {
	t := text[s.d.toks[a].Start:s.d.toks[b-1].End]
	for j := a + 1; j < b; j++ {
		if gap := text[s.d.toks[j-1].End:s.d.toks[j].Start]; gap != "" && gap != " " {
			var buf []byte
			for k := a; k < b; k++ {
				if k > a && !s.glued(k-1) {
					buf = append(buf, ' ')
				}
				buf = append(buf, text[s.d.toks[k].Start:s.d.toks[k].End]...)
			}
			return string(buf)
		}
	}
	return t
}

// --- digits ---

// identifierBefore reports digits that continue a name or identifier:
// touching a word (G7, MH17), after a word and a hyphen (COVID-19, F-16),
// after No. or #.
//
// pl is the lower-cased token before the digits ("" outside the paragraph).
func (s *figScan) identifierBefore(i int, pl string) bool {
	d := s.d
	p := i - 1
	if p >= s.lo && p+1 < s.lim && d.toks[p].End == d.toks[i].Start { // glued(p), read directly
		switch d.toks[p].Kind {
		case tWord:
			return true
		case tQuote:
			return s.low(i+1) == "s" // ’90s
		}
		// marks: low is the text
		switch {
		case s.in(p, wsIDMark):
			return true
		case s.in(p, wsIDJoin):
			if s.in(p-1, wsIDPrefix) {
				return false // mid-2025
			}
			if s.glued(p-1) && (s.isWord(p-1) || s.isNum(p-1)) {
				return true
			}
		}
	}
	switch {
	case s.in(p, wsNumberWord): // pl
		// (but "the upper stage 58 minutes after liftoff": a unit follows)
		return !(s.isWord(i+1) && s.info(i+1).units != nil && s.low(i-2) != "log")
	case pl == ".":
		if s.in(p-1, wsNo) && s.glued(p-1) {
			return true
		}
	}
	return false
}

// seqPlace reports whether the digits at i, after a word naming a part of
// a series (wsSeqWord), name its place: "won game 7 of 14", "on Stage 14,",
// "lap 45." The number must end its phrase (a stop, a function word): "stage
// 4 outages" is a warning level and "every day 30 people" a count. A
// power cut's "stage 2" stays a level: a race's stage has its capital or
// an "of" after it.
func (s *figScan) seqPlace(i int, pl string) bool {
	k := i + 1
	if pl == "stage" && s.d.src[s.d.toks[i-1].Start] != 'S' && s.low(k) != "of" {
		return false
	}
	if k >= s.lim {
		return true
	}
	t := &s.d.toks[k]
	switch t.Kind {
	case tPunct:
		// not a score, range, time or share (match 3-1, days 3/4, 5%)
		c := s.d.src[t.Start]
		return c != '-' && c != '/' && c != ':' && c != '%'
	case tWord:
		e := s.info(k)
		return (e.is&fwNotContent != 0 || s.low(k) == "of") && e.units == nil && e.is&fwDuration == 0 && s.d.toks[k].Flags&fCap == 0
	}
	return false
}

// nameBefore reports whether the capitalised word before the digits at
// i (unsigned tests the capital) is not a function word: the digits may
// be part of a name (Boeing 737, Article 5).
func (s *figScan) nameBefore(i int) bool {
	if s.titleCase() {
		return false // capitals mark no names in a headline
	}
	// Possessives (Ukraine’s 14,000 troops) and function words, hedges,
	// ordinals and the notname words (In 2009, Some 200, First 100 days)
	// start no name.
	t := &s.d.toks[i-1]
	l := s.d.low[t.Start:t.End]
	x := s.wi[t.ID+1] & wiIndex // the word's entry, 0 for none
	return !strings.HasSuffix(l, "’s") && !strings.HasSuffix(l, "'s") && (x == 0 || s.lx.tab.info[x-1].is&fwNotName == 0)
}

// suffixOK reports whether the word touching digits at token k is one a
// number may carry (1.2m, 25th, 1990s, 7am, 30C, 50p); anything else (5G,
// 3D, 4x4) makes the run an identifier.
func (s *figScan) suffixOK(k int) bool {
	l := s.low(k)
	if t := &s.d.toks[k]; s.d.src[t.Start] == 'K' && t.End-t.Start == 1 && s.d.toks[k-1].End-s.d.toks[k-1].Start == 1 {
		return false // 4K video, an 8K screen: a resolution, not 4,000 ($5K reads its scale after the sign)
	}
	if t := &s.d.toks[k]; s.d.src[t.Start] == 'G' && t.End-t.Start == 1 {
		return false // 4G, 5G: a network's generation, not grams
	}
	if ordinalSuffix(l) || l == "s" || l == "am" || l == "pm" || l == "a" || l == "p" {
		return true
	}
	e := s.lx.tab.get(l)
	return e.hasScale || e.units != nil || e.currencies != nil
}

// sign widens c, parsed from the digits at token i, over a minus sign or
// word or a point before them (-5C, minus 80 degrees); findFigures calls
// it after unsigned.
func (s *figScan) sign(c *cand, i int) {
	switch c.typ {
	case Count, Measure, Percent, Money, Number:
	default:
		return
	}
	p := "" // low(i - 1), read without the call
	if i-1 >= s.lo && i-1 < s.lim {
		t := &s.d.toks[i-1]
		p = s.d.low[t.Start:t.End]
	}
	switch {
	case p == "minus" && !(s.low(i-2) == "or" && s.low(i-3) == "plus") && !(s.low(i-2) == "-" && s.glued(i-3)): // (p is not empty: i-1 is in the paragraph)
		// minus 80 degrees (not "plus or minus 3.1 points", a margin, nor
		// a countdown's "T-minus 41 seconds")
	case (p == "-" || p == "−") && s.glued(i-1) && !s.glued(i-2):
	case p == "." && s.glued(i-1) && !s.glued(i-2):
		// a .304 average: a decimal written without its zero
		if t := s.d.tok(i); len(t) < len(pow10) && indexByteStr(t, ',') < 0 && indexByteStr(t, '.') < 0 {
			c.first, c.v = i-1, c.v/pow10[len(t)]
			if c.typ == Count && c.bare {
				c.typ = Number // hitting .412 this month (see unsigned)
			}
		}
		return
	default:
		return
	}
	c.first, c.v = i-1, -c.v
}

// phoneEnd returns the end of a telephone number whose first three digits
// are token i, or i: (413) 555-0199, 413-555-0199, 555-0199 (a part that
// starts with 0 is no quantity). A number is no figure.
func (s *figScan) phoneEnd(i int) int {
	toks, src := s.d.toks, s.d.src
	if i+2 >= s.lim {
		return i
	}
	k := i + 1
	if i-1 >= s.lo && src[toks[i-1].Start] == '(' && src[toks[k].Start] == ')' {
		k++ // (413) 555-0199
		if k+2 >= s.lim || toks[k].Kind != tNum || toks[k].End-toks[k].Start != 3 {
			return i
		}
		k++
	}
	// k: the dash after three digits; then four digits, or three, a dash
	// and four
	if src[toks[k].Start] != '-' || toks[k].Start != toks[k-1].End || toks[k+1].Start != toks[k].End || toks[k+1].Kind != tNum {
		return i
	}
	switch toks[k+1].End - toks[k+1].Start {
	case 4:
		if k > i+1 || src[toks[k+1].Start] == '0' {
			return k + 2
		}
	case 3:
		if k == i+1 && k+3 < s.lim && src[toks[k+2].Start] == '-' && toks[k+2].Start == toks[k+1].End &&
			toks[k+3].Start == toks[k+2].End && toks[k+3].Kind == tNum && toks[k+3].End-toks[k+3].Start == 4 {
			return k + 4
		}
	}
	return i
}

// unsigned parses a figure that starts with the digit run at token i
// into *c, zero on entry; when it fails, c.last alone counts: what to
// skip (0 for nothing; findFigures resets c for the next token).
// A pointer, not a cand returned: that was copied at every return, and
// again by the caller (88 bytes).
func (s *figScan) unsigned(c *cand, i int) bool {
	d := s.d
	// The digits and their neighbours are read once, here, rather than
	// through tok and low: each call costs under js/wasm.
	t := &d.toks[i]
	txt := d.src[t.Start:t.End]
	// Up to eight plain digits, most runs, are read as one word (d.low is
	// padded, and digits are their own lower case): their value without
	// parseDec's loop, and no points to count.
	plain, val := false, uint64(0)
	if len(txt) <= 8 {
		sh := uint(8-len(txt)) * 8
		w := *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(d.low)), t.Start))<<sh | 0x3030303030303030&^(^uint64(0)<<sh) // leading zeros
		if w&0xF0F0F0F0F0F0F0F0 == 0x3030303030303030 && (w+0x0606060606060606)&0xF0F0F0F0F0F0F0F0 == 0x3030303030303030 {
			w -= 0x3030303030303030
			w = w*10 + w>>8 // pairs of digits
			plain, val = true, ((w&0x000000FF000000FF)*(100+1000000<<32)+(w>>16&0x000000FF000000FF)*(1+10000<<32))>>32
		}
	}
	// pl: the token before the digits ("" at the paragraph's start);
	// glp: it touches them; pk: its kind; pset: its word sets (a word's
	// or a one-byte mark's), which the rules below test where they
	// compared pl with words, a branch each under js/wasm
	pl, glp, pk, pset := "", false, tokKind(255), uint64(0)
	if i-1 >= s.lo && i-1 < s.lim {
		p := &d.toks[i-1]
		pl, glp, pk = d.low[p.Start:p.End], p.End == t.Start, p.Kind
		if p.ID >= 0 {
			if x := s.wi[p.ID+1] & wiIndex; x != 0 {
				pset = s.lx.tab.info[x-1].set
			}
		} else if len(pl) == 1 {
			pset = s.lx.markSet[pl[0]]
		}
	}
	if len(txt) > 24 {
		return false
	}
	// identifierBefore holds only after a touching token or no, nos,
	// number, "."
	// The forms written against the token before (Q3, ’98, EF-3,
	// under-12s), under one test: most numbers stand apart (under js/wasm
	// each branch taken costs). The rules are exclusive of the ones after
	// them up to the era's (No. 12, Group of 20, 44 BC, AD 14): their
	// order does not matter.
	if glp {
		// a quarter written Q3: the ordinal of third-quarter (not G7, a name)
		if pl == "q" && len(txt) == 1 && txt[0] >= '1' && txt[0] <= '4' && d.src[d.toks[i-1].Start] == 'Q' && !(i+1 < s.lim && d.toks[i+1].Start == t.End && d.toks[i+1].Kind == tWord) {
			c.first, c.typ, c.last, c.v = i-1, Ordinal, i+1, float64(txt[0]-'0')
			return true
		}
		// a year written '98 or ’05 (as ’90s is a decade): the apostrophe in
		// the span
		if pk == tQuote && plain && len(txt) == 2 && !(i+1 < s.lim && d.toks[i+1].Start == t.End && d.toks[i+1].Kind == tWord) &&
			(i-2 < s.lo || d.toks[i-2].End != d.toks[i-1].Start) && !d.opensQuote(int(d.toks[i-1].Start)) {
			pivot := 30
			if s.year > 0 {
				pivot = s.year%100 + 1
			}
			y := 1900 + int(val)
			if int(val) <= pivot {
				y += 100
			}
			c.first, c.typ, c.last, c.v = i-1, Year, i+1, float64(y)
			return true
		}
		// a tornado's rating, "EF-3": a measure on its scale, as Category 3 is
		if pl == "-" && plain && val <= 5 && i-2 >= s.lo && s.glued(i-2) && s.low(i-2) == "ef" && d.toks[i-2].Flags&fUpper != 0 {
			c.first, c.typ, c.last, c.v, c.unit = i-2, Measure, i+1, float64(val), "EF"
			return true
		}
		// free for under-12s, the over-65s: ages
		if pl == "-" && plain && val < 120 && i+1 < s.lim && d.toks[i+1].Start == t.End && d.low[d.toks[i+1].Start:d.toks[i+1].End] == "s" &&
			(s.low(i-2) == "under" || s.low(i-2) == "over") && s.glued(i-2) {
			c.first, c.typ, c.last, c.v = i, Age, i+2, float64(val)
			return true
		}
	}
	// a rank written No.: "world No. 12", "reached No. 3", "the No. 1
	// single" (not "Signal No. 5", "a No. 9", "Case No. 4", "the No. 9
	// bus")
	// (and before a ranked team's name: "beat No. 8 Tidewater", not "No.
	// 10 Downing Street")
	if pl == "." && plain && i-3 >= s.lo && s.low(i-2) == "no" && s.glued(i-2) && !(i+1 < s.lim && routeNouns[s.low(i+1)]) &&
		s.info(i+2).is&fwStreet == 0 && (rankBefore[s.low(i-3)] || i+1 < s.lim && s.isWord(i+1) && s.capital(i+1) && s.info(i+1).is&fwStop == 0) {
		c.first, c.typ, c.last, c.v = i-2, Ordinal, i+1, float64(val)
		return true
	}
	// "the Group of 20": a name
	if pl == "of" && i-2 >= s.lo && s.low(i-2) == "group" && s.capital(i-2) {
		return false
	}
	// an era: "44 BC" (a negative year, as written), "AD 14"
	if plain && val > 0 && val < 10000 {
		if i+1 < s.lim && d.toks[i+1].Kind == tWord && d.toks[i+1].Flags&fUpper != 0 && (s.low(i+1) == "bc" || s.low(i+1) == "bce") {
			c.first, c.typ, c.last, c.v = i, Year, i+2, -float64(val)
			return true
		}
		if pk == tWord && !glp && d.toks[i-1].Flags&fUpper != 0 && (pl == "ad" || pl == "ce") && !(i+1 < s.lim && d.toks[i+1].Start == t.End && d.toks[i+1].Kind == tWord) {
			c.first, c.typ, c.last, c.v = i-1, Year, i+1, float64(val)
			return true
		}
	}
	if pset&wsSeqWord != 0 && plain && !glp && val >= 1 && val <= 400 && s.seqPlace(i, pl) {
		c.first, c.typ, c.last, c.v = i, Ordinal, i+1, float64(val) // game 7 of 14, Stage 14
		return true
	}
	if (glp || pset&(wsNumberWord|wsDot) != 0) && s.identifierBefore(i, pl) {
		return false
	}
	// nl: the token after the digits ("" at the paragraph's end); gl: it
	// touches them; nset: its word sets, as pset.
	nl, gl, nk, nf, nset := "", false, tokKind(255), uint8(0), uint64(0) // nk, nf: its kind and flags
	if i+1 < s.lim {
		n := &d.toks[i+1]
		nl, gl, nk, nf = d.low[n.Start:n.End], n.Start == t.End, n.Kind, n.Flags
		if n.ID >= 0 {
			if x := s.wi[n.ID+1] & wiIndex; x != 0 {
				nset = s.lx.tab.info[x-1].set
			}
		} else if len(nl) == 1 {
			nset = s.lx.markSet[nl[0]]
		}
	}
	// "asteroid 2024 YR4", "catalogued as 2031 KV7": a designation
	if nf&fUpper != 0 && !gl && nk == tWord && s.isNum(i+2) && s.glued(i+1) {
		c.last = i + 3
		return false
	}
	// The forms read from a token touching the digits, under one test:
	// most numbers stand apart (under js/wasm each branch taken costs).
	if gl {
		// A telephone number has a ")" or a dash touching its first part.
		if len(txt) == 3 && (nl == ")" && pl == "(" || nl == "-" || nl == "–") {
			if e := s.phoneEnd(i); e > i {
				c.last = e
				return false // skipped whole, not read as 555 and 199
			}
		}
		if nk == tWord && nl == "in" && plain && (i+2 >= s.lim || d.toks[i+2].Start != d.toks[i+1].End) {
			// inches written "10in" (5ft 10in, a 12in screen): glued, so no
			// preposition
			c.first, c.typ, c.last, c.v, c.unit = i, Measure, i+2, float64(val), "in"
			return true
		}
		if nk == tWord && !s.suffixOK(i+1) {
			return false
		}
		// List numbering at the start of a paragraph: "1. The first …"
		if i == s.lo && (nl == "." || nl == ")") && !s.isNum(i+2) {
			return false
		}
		switch nl {
		case ":":
			return s.colonTime(c, i)
		case "/":
			var ok bool
			*c, ok = s.slashForm(i)
			return ok
		case "-":
			if s.isoDate(c, i) {
				return true
			}
		}
	} else if nk == tNum && plain && val < 1000 && s.glued(i+1) && s.low(i+2) == "/" {
		// a mixed number: "1 1/2 teaspoons", "3 1/2 hours" (as 1½ hours)
		if r, ok := s.slashForm(i + 1); ok && (r.typ == Fraction || r.typ == Measure) {
			*c = r
			c.first, c.v = i, float64(val)+r.v
			if c.typ == Fraction {
				c.typ = Count
			}
			return true
		}
	} else if nk == tNum && i+2 < s.lim && d.toks[i+2].Kind == tNum {
		// A telephone number in groups of digits: "1800 555 019", "020
		// 7946 0958": three runs of bare digits a space apart (after the
		// first group, a clause never puts two numbers side by side)
		e := i
		for e < s.lim && d.toks[e].Kind == tNum && (e == i || d.toks[e].Start > d.toks[e-1].End) {
			if _, ok := atoi(d.src[d.toks[e].Start:d.toks[e].End]); !ok {
				break
			}
			e++
		}
		if e >= i+3 {
			c.last = e
			return false
		}
	}
	dots := 0 // points in the digits
	if !plain {
		for k := 0; k < len(txt); k++ {
			if txt[k] == '.' {
				dots++
			}
		}
	}
	if dots >= 2 {
		var ok bool
		*c, ok = s.dottedDate(i)
		return ok
	}
	// clockTime and dayMonth read at most five and two characters (7.45,
	// 28): longer runs, most of them, skip the calls. The tokens after
	// the digits screen the rest, read here without a call: a time has
	// a point (7.45) or a.m./pm next (7 am, 7pm); a day a capitalised
	// month within three tokens (28 April, 28th of April).
	// clockTime's own test of a point: two digits after it (7.45, not 3.5)
	if len(txt) <= 5 && (nset&wsAmPm != 0 || dots == 1 && txt[len(txt)-3] == '.') {
		if s.clockTime(c, i) {
			return true
		}
	}
	// 0932 GMT, at 0340: a wire time (a leading zero after at, by and
	// the like is no count and no year)
	if len(txt) == 4 && (nk == tWord && nf&fUpper != 0 && s.info(i+1).is&fwZone != 0 ||
		txt[0] == '0' && nk != tWord && pset&wsWireTime != 0) {
		if h, ok := atoi(txt[:2]); ok && h < 24 {
			if m, ok := atoi(txt[2:]); ok && m < 60 {
				*c = cand{first: i, last: i + 1, typ: Time, when: clockWhen(h, m)}
				return true
			}
		}
	}
	// a run of five digits or more with a leading zero is a telephone
	// or account number ("Crime Stop on 08600 10111"), no count
	if len(txt) >= 5 && txt[0] == '0' && dots == 0 {
		return false
	}
	if i > s.lo && s.isNum(i-1) {
		if pt := s.d.tok(i - 1); len(pt) >= 4 && pt[0] == '0' {
			return false // its second part ("08600 10111", "020 7946 0958")
		}
	}
	// dayMonth needs a mark (a dash), a suffix, of, and or to, or a
	// capitalised month next (28th, 28 of April, 3 and 14 November, 28
	// April): the next token turns most numbers away (28 people). It
	// reads its month at most six tokens on (28th-30th of April), and is
	// asked only with a capital within three.
	if len(txt) <= 2 && (nk == tPunct || nk == tWord && (len(nl) <= 3 || nf&fCap != 0)) {
		// the capital first: most small numbers have none near
		toks, caps := d.toks, uint8(0)
		for j := i + 1; j <= i+3 && j < s.lim; j++ {
			caps |= toks[j].Flags
		}
		month := false
		for j := i + 1; caps&fCap != 0 && j <= i+6 && j < s.lim; j++ {
			month = month || toks[j].Flags&fCap != 0 && toks[j].Kind == tWord && s.wi[toks[j].ID+1]&wiMonth != 0
		}
		if month {
			if r, ok := s.dayMonth(i); ok {
				*c = r
				return true
			}
		}
	}
	x, ok := dec{m: val}, true
	if !plain {
		x, ok = parseDec(txt)
	}
	// address holds only after a verb (call, dial, text) or before a
	// capital or "block"
	if !ok || (nk == tWord && nf&fCap != 0 || (pset&wsCallVerb|nset&wsBlock) != 0) && s.address(i, pl) {
		return false
	}
	if pset&wsOnOr != 0 && len(txt) == 3 && s.serviceNumber(i, txt) {
		return false
	}
	if len(txt) == 3 && s.in(i, wsServiceLine) && serviceNouns[s.low(i+1)] {
		return false // "a 911 dispatcher", "the 999 call": the line's name
	}
	// x.float and x.integer, without the calls for whole numbers
	c.first, c.last, c.v = i, i+1, float64(x.m) // the rest is zero
	n, isInt := 0, false
	if x.e != 0 {
		c.v = x.float()
		n, isInt = x.integer()
	} else if x.m < 1e9 {
		n, isInt = int(x.m), true
	}
	return s.unsignedRest(c, i, txt, pl, nl, &numView{pset: pset, nset: nset, n: n, isInt: isInt, glp: glp, gl: gl, pk: pk, nk: nk})
}

// numView is what unsigned read of the digits and their neighbours, for
// unsignedRest, but their texts, passed apart: 32 bytes at most, which
// js/wasm sets with stores, where a larger struct is zeroed first by a
// memory.fill, a call out of the wasm code a number.
type numView struct {
	pset, nset uint64
	n          int
	isInt      bool
	glp, gl    bool
	pk, nk     tokKind
}

// unsignedRest is unsigned's second half: the rules read once the number
// is parsed (a name before it, a suffix, an age, a scale, a unit, a
// year). A function of its own: under js/wasm one function of all the
// rules held ~30 values live through them, most spilled and reloaded.
func (s *figScan) unsignedRest(c *cand, i int, txt, pl, nl string, v *numView) bool {
	d := s.d
	t := &d.toks[i]
	pset, nset, n, isInt, glp, gl, pk, nk := v.pset, v.nset, v.n, v.isInt, v.glp, v.gl, v.pk, v.nk
	// A name may stand before the digits: a word apart from them (not in
	// a title-case headline) with a capital, or one inside (iPhone 15,
	// eBay), tested here as most numbers follow a lower-case word.
	if pk == tWord && !glp {
		p := &d.toks[i-1]
		up := p.Flags&(fCap|fUpper) != 0
		if n, a := uint(p.End-p.Start), uint(p.Start); !up && n <= 8 && a+8 <= uint(len(d.src)) {
			// an ASCII capital past the first byte, eight bytes at once
			// (a loop took a trip through the dispatch a letter)
			x := *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(d.src)), a))
			if bigEndian {
				x = bits.ReverseBytes64(x)
			}
			y := x & 0x7F7F7F7F7F7F7F7F
			up = (y+0x3F3F3F3F3F3F3F3F)&^(y+0x2525252525252525)&^x&0x8080808080808080&(^uint64(0)>>(64-8*n))&^0xFF != 0
		} else if !up {
			w := d.src[p.Start:p.End]
			for k := 1; k < len(w) && !up; k++ {
				up = w[k] >= 'A' && w[k] <= 'Z'
			}
		}
		if up {
			c.name = s.nameBefore(i) // not in a title-case headline
		}
	}
	k := i + 1
	// The forms read from a token touching the digits (25th, 8s, 1990s),
	// under one test: most numbers stand apart (under js/wasm each
	// branch taken costs).
	if gl {
		// 25th, 19th-century (the call only for a two-letter word: most
		// marks touching digits are commas and periods)
		if len(nl) == 2 && ordinalSuffix(nl) && isInt {
			for j := k + 1; j <= k+5 && s.isWord(j) && s.capital(j) && (!s.glued(j-1) || s.low(j-1) == "."); j++ {
				if s.info(j).is&fwNamehead != 0 {
					c.last = 0
					return false // the 101st Airborne Division, the 5th U.S. Circuit: a name
				}
				if s.low(j+1) == "." && s.glued(j) {
					j++ // U.S.
				}
			}
			c.typ, c.last = Ordinal, k+1
			if s.dash(k+1) && s.glued(k) && s.glued(k+1) && s.ordinalNext(k+2, true) {
				c.last = k + 3
			}
			return true
		}
		// "two 8s", "three 747s": numbers named in the plural after a count
		// are grades, scores or models, no quantity (the count is the figure)
		if nl == "s" && isInt && len(txt) <= 3 && i-1 >= s.lo && s.isWord(i-1) && s.info(i-1).num.class != nNone && s.info(i-1).num.class != nOrdinal {
			return false
		}
		// 1990s; in her 70s (an age); the 70s (a decade)
		if nl == "s" && isInt && n%10 == 0 {
			switch {
			case len(txt) == 4:
				c.typ, c.last = Year, k+1
				return true
			case len(txt) == 2:
				c.last = k + 1
				if pset&wsDecadeAge != 0 {
					c.typ = Age
				} else {
					c.typ, c.v = Year, float64(1900+n)
					// in their 50s and 60s: the age before goes on
					if fs := s.d.res.Figures; len(fs) > 0 && (pl == "and" || pl == "or" || pl == "to") {
						if f := &fs[len(fs)-1]; f.Type == Age && f.End+len(pl)+2 == int(t.Start) {
							c.typ, c.v = Age, float64(n)
						}
					}
				}
				return true
			}
		}
	}
	// aged 61, at the age of 61, aged between 18 and 24
	// "raise the retirement age from 62 to 64", "a pension age of 67"
	if isInt && n >= 10 && n < 120 && (pl == "from" || pl == "to" || pl == "of" || pl == "at") && s.low(i-2) == "age" && ageKinds[s.low(i-3)] {
		c.typ = Age
		if r, ok := s.rangeAfter(c, k); ok {
			*c = r
		}
		return true
	}
	// (past a hedge: "aged over 60", "aged under 18")
	if (pset&(wsAged|wsAgeOf) != 0 || (pl == "over" || pl == "under" || pl == "about") && s.in(i-2, wsAged)) && isInt && (pset&wsAged != 0 || pset&wsAgeOf == 0 || s.in(i-2, wsAgeNoun)) {
		c.typ = Age
		if r, ok := s.rangeAfter(c, k); ok {
			*c = r
			return true
		}
		s.ageUnit(c)
		return true
	}
	// Smith, 47,; he was 68; Pike, now 62; residents 65 and older
	if (pset&(wsPersonMark|wsStatedNow|wsStatedVerb|wsAgeAt)|nset&wsAndOr) != 0 && isInt && n > 0 && n < 120 && !(gl && nk == tWord) {
		// Each test needs its own word before the digits: ask only the
		// one that can hold (fewer calls per number under js/wasm).
		age := false
		switch {
		case pset&wsPersonMark != 0: // ( or ,
			age = s.personAge(i, pl, nl)
		case pset&(wsStatedNow|wsStatedVerb) != 0:
			age = s.statedAge(i, i)
		case pset&wsAgeAt != 0:
			age = s.ageAt(i) // at 15; visitors under 18; most were over 70
		}
		if age || nset&wsAndOr != 0 && s.ageBound(i+1) {
			c.typ = Age
			return true
		}
	}
	// one in five, 1 in 5 (ratio reads in or out next)
	if nset&wsInOut != 0 {
		if f, ok := s.ratio(i, k, c.v); ok {
			*c = f
			return true
		}
	}
	// The token after the number, and after its scale word if it has
	// one, read here, not through the first tests of scaleAt, dash, tail
	// and content (calls): kx is its word table entry, 0 for a word in no
	// list.
	var kl string
	var kk tokKind
	var kx, kw uint32 // kw: its whole wi entry
	for scale := true; ; scale = false {
		kl, kk, kx, kw = "", 255, 0, 0
		if k < s.lim {
			t := &d.toks[k]
			kl, kk = d.low[t.Start:t.End], t.Kind
			if kk == tWord {
				kw = s.wi[t.ID+1]
				kx = kw & wiIndex
			}
		}
		if !scale || kx == 0 || !s.lx.tab.info[kx-1].hasScale {
			break
		}
		k0 := k
		if c.exp, k = s.scaleAt(k, false); k == k0 {
			break
		}
	}
	c.last = k
	dk := kl == "-" || kl == "–" // asked three times below: k does not change
	if dk && s.glued(k-1) && s.glued(k) && s.isNum(k+1) && s.dash(k+2) && s.glued(k+1) {
		c.last = 0
		return false // 555-123-4567: an identifier
	}
	// children under 5: an age
	if pset&wsUnderOver != 0 && isInt && n < 100 && c.exp == 0 {
		switch {
		case s.in(i-2, wsAgeGroup):
			c.typ = Age
			return true
		case s.in(i-2, wsAgeBe):
			if n < 20 && s.in(k, wsAgeEnd|wsEnd) {
				c.typ = Age
				return true
			}
		}
	}
	if c.exp == 0 && dk { // rangeAfter's first test, without its call
		if r, ok := s.rangeAfter(c, k); ok {
			*c = r
			return true
		}
	}
	// tail fixes nothing after a word without a unit, a currency or
	// year(s) (wiTail: most words in the table, as "the", have none) or a
	// mark that ends no unit, currency or dash (a comma)
	if (kw&wiTail != 0 || kk != tWord && k < s.lim && s.lx.tailLast[d.src[d.toks[k].End-1]] != 0) && s.tail(c, k) {
		if c.typ == Money && c.name && c.exp == 0 {
			c.name = false
		}
		// unitRange's first test, without its call: a dash after the unit
		if k := c.last; (c.typ == Percent || c.typ == Measure) && k < s.lim && (d.src[d.toks[k].Start] == '-' || d.src[d.toks[k].Start] == 0xE2) {
			s.unitRange(c)
		}
		return true
	}
	if c.name {
		c.last = 0
		return false
	}
	// "the youngest of whom is 71", "the oldest of them 88": an age
	if isInt && n < 120 && (i+1 >= s.lim || d.toks[i+1].Kind == tPunct) && s.superlativeBefore(i, 5, true) {
		c.typ = Age
		return true
	}
	// A number with nothing after it still counts something named
	// earlier (up from 148, some 90,000): the gold articles never leave a
	// bare number without a role, so Number is kept for scores.
	c.typ = Count
	// the total after a golf score ("a 4-under-par 68") is a score too
	if fs := s.d.res.Figures; pl != "" && len(fs) > 0 && isInt {
		if f := &fs[len(fs)-1]; f.Type == Number && f.End+1 == int(t.Start) && f.End-f.Start > 4 {
			if e := s.d.low[f.End-3 : f.End]; e == "par" || e == "der" || e == "ver" {
				c.typ = Number
				return true
			}
		}
	}
	// "renters aged 25 to 34", "aged 18 and 24": the age before goes on;
	// so does a year ("the 2023 and 2025 finals")
	if isInt && (n < 120 || len(txt) == 4 && n >= 1800 && n <= 2100) && (pl == "to" || pl == "and" || pl == "or") {
		if fs := s.d.res.Figures; len(fs) > 0 {
			if f := &fs[len(fs)-1]; (f.Type == Age && n < 120 || f.Type == Year && n >= 1800 && f.End-f.Start == 4) && f.End+len(pl)+2 == int(t.Start) {
				c.typ = f.Type
				return true
			}
		}
	}
	if !isInt && (nl == "points" || nl == "point") && s.low(k+1) != "a" && s.low(k+1) != "per" && pl != "averaging" && pl != "averaged" && pl != "average" && !(pl == "of" && s.low(i-2) == "average") &&
		pl != "with" && !scoreMargins[s.low(k+1)] {
		// an index's move: "closed down 482.16 points" (not a judged
		// score: "won with 228.91 points", "4.11 points ahead")
		c.typ, c.last, c.unit = Measure, k+1, "points"
		return true
	}
	if c.exp == 0 && isInt && len(txt) == 4 && n >= 1000 && n <= 2999 && s.yearLike(i, n, pl) {
		c.typ = Year
	}
	// a 12-member panel, a 10-point lead: the hyphenated word is the thing counted.
	if dk && s.glued(k-1) && s.glued(k) && s.isWord(k+1) && s.info(k+1).is&fwStop == 0 {
		if s.capital(k+1) || s.in(k+1, wsHyphenIdiom) || s.low(k+1) == "point" && shotNouns[s.low(k+2)] {
			c.last = 0
			return false // 7-Eleven: a name; a 6-iron, a 2-way, 3-point range: idioms
		}
		if t := *c; s.info(k+1).currencies != nil && s.tail(&t, k+1) && t.typ == Money {
			*c = t // a 30,000-euro bonus
			return true
		}
		c.typ, c.last = Count, k+2
		if s.low(k+1) == "yarder" {
			c.typ, c.unit = Measure, "yard" // a 52-yarder: a field goal's length
		}
		return true
	}
	// content(k), read from the entry
	if txt[0] >= 0x80 {
		c.typ = Fraction // ⅓ of voters
	}
	c.bare = c.exp == 0 && c.typ == Count && (kk != tWord || kx != 0 && s.lx.tab.info[kx-1].is&fwNotContent != 0)
	if c.typ == Count && c.exp == 0 && !isInt && (kl == "rating" || kl == "passer") {
		c.typ = Number // "a 118.6 passer rating": a rating, no count
		return true
	}
	if c.bare && !isInt && pl == "of" && s.low(i-2) == "rate" {
		c.typ = Number // "a strike rate of 180.76", "an economy rate of 7.00": a rate, no count
		return true
	}
	if c.bare && !isInt && c.v < 1000 && pl == "in" && len(txt) > 3 && txt[len(txt)-3] == '.' {
		// a race time in seconds: "touching in 46.71", "won bronze in 47.12"
		for j := i - 2; j >= i-5 && j >= s.lo; j-- {
			if raceWords[s.low(j)] {
				c.typ, c.null = Time, true
				return true
			}
		}
	}
	if c.bare && !isInt && c.v < 100 && c.v != float64(int64(c.v)) {
		// nothing small is counted in fractions: a batting average of
		// .412, a relative risk of 0.78 (an index at 7,912.46 counts
		// points, 64.31 points counts them)
		c.typ = Number
	}
	return true
}

// yearLike reports whether four digits at token i, y, read as a year: not
// followed by a plural noun (1500 troops) unless a determiner stands
// before them (the 2024 elections). pl is the token before (low(i-1)).
func (s *figScan) yearLike(i, y int, pl string) bool {
	if (y < 1900 || y > 2100) && s.plural(i+1) {
		return false // the 1500 troops
	}
	if s.in(i-1, wsYearDet) { // pl
		return true
	}
	if !s.plural(i + 1) {
		return true
	}
	// a year's measures, not a count of them: "2019 levels", "2024 prices"
	switch s.low(i + 1) {
	case "levels", "prices", "figures", "rates", "values", "standards", "terms", "numbers", "sales", "results":
		return true
	}
	return false
}

// personAge reports the "Smith, 47," form: a capitalised name (or a person
// noun: her mother, 31,), a comma, the digits, then a comma, period or the
// paragraph's end; and the tabloid "Smith (47)". pl and nl are the tokens
// before and after the digits (low(i-1), low(i+1)).
func (s *figScan) personAge(i int, pl, nl string) bool {
	if pl == "(" && nl == ")" && s.isWord(i-2) && s.capital(i-2) && s.info(i-2).is&fwStop == 0 {
		return true // Smith (47)
	}
	if pl == "," && s.isWord(i-2) && !s.capital(i-2) && s.info(i-2).is&fwPerson == 0 && (s.low(i-3) == "the" || s.low(i-3) == "a") {
		// "the climber, 19, died": an agent noun set off like a name
		l := s.low(i - 2)
		return len(l) > 4 && (strings.HasSuffix(l, "er") || strings.HasSuffix(l, "or") || strings.HasSuffix(l, "ist")) && s.in(i+1, wsClauseMark)
	}
	if pl != "," || !s.isWord(i-2) || !s.capital(i-2) && s.info(i-2).is&fwPerson == 0 {
		return false
	}
	if e := s.info(i - 2); e.is&fwStop != 0 || e.month > 0 { // a word's entry: what tab.get(low) finds
		return false
	}
	return s.in(i+1, wsClauseMark|wsEnd) // nl
}

// address reports digits that are a street number, a block or a phone
// number: 412 Linden Ave., the 1400 block of, calling 311.
// pl is the lower-cased token before the digits.
func (s *figScan) address(i int, pl string) bool {
	if s.in(i-1, wsCallVerb) { // pl: call 311
		return true
	}
	// The next token read here, not by low and capital: address is asked
	// of nearly every number.
	if i+1 < s.lo || i+1 >= s.lim {
		return false
	}
	if t := &s.d.toks[i+1]; s.d.low[t.Start:t.End] == "block" {
		return true
	} else if t.Flags&fCap == 0 {
		return false
	}
	for k := i + 1; k <= i+4 && s.isWord(k); k++ {
		if !s.capital(k) {
			return false
		}
		if k > i+1 && s.info(k).is&fwStreet != 0 {
			return true
		}
	}
	return false
}

// serviceNumber reports a police or emergency line after "on" or "or"
// that a call verb shortly before governs: "call police on 101 or 999".
func (s *figScan) serviceNumber(i int, txt string) bool {
	if !s.in(i, wsServiceLine) { // txt
		return false
	}
	if s.isWord(i+1) && !s.in(i+1, wsServiceNext) {
		return false // called on 101 homes
	}
	for k := i - 2; k >= i-6 && k >= s.lo; k-- {
		if s.in(k, wsCallVerb) {
			return true
		}
	}
	return false
}

// statedFirst marks the first letters of statedAge's verbs (by their low
// five bits).
var statedFirst = [32]bool{'n' & 31: true, 'w' & 31: true, 'i' & 31: true, 't' & 31: true}

// statedAge reports an age stated with a verb: "he was 68,", "its median
// age is 51", "Pike, now 62,", "Harlow, then 64,".
func (s *figScan) statedAge(i, last int) bool {
	if pl := s.low(i - 1); (pl == "turned" || pl == "turns" || pl == "turn") && (s.low(i-2) == "who" || s.low(i-2) == "will") {
		return true // "Osei, who turned 18 in October", "who turns 30 next month"
	}
	// The verb first: it turns more numbers away.
	ws := s.info(i - 1).set
	if ws&(wsStatedNow|wsStatedVerb) == 0 || !s.in(last+1, wsStatedEnd|wsEnd) {
		return false
	}
	now := ws&wsStatedNow != 0
	if now {
		return s.low(i-2) == ","
	}
	if l := s.low(i - 1); len(l) > 3 && (l[len(l)-1] == 's' || l[len(l)-1] == 'm') && l != "was" && l != "is" {
		return true // "He’s 23,", "I’m 58": the person inside the word
	}
	p := s.low(i - 2)
	if (p == "will" || p == "would") && i-3 >= s.lo {
		i-- // "when he will be 31"
		p = s.low(i - 2)
	}
	if p == "," {
		// past an appositive to the subject: "The driver of the pickup,
		// one of the witnesses, was 58."
		for j := i - 3; j >= i-14 && j >= s.lo; j-- {
			switch e := s.info(j); {
			case e.set&wsSentStop != 0:
				return false
			case e.set&wsPersonPron != 0, e.is&fwPerson != 0 && e.key != "age" && e.key != "who":
				return true
			}
		}
		return false
	}
	return s.lx.tab.is(p, fwPerson) || s.capital(i-2) && s.isWord(i-2) && !s.lx.tab.is(p, fwStop) && !s.sentenceStart(i-2)
}

// superlativeBefore reports "oldest" or "youngest" among the up to n
// words before token i, followed by "of" when of is set: the superlative
// an age answers ("the youngest of whom is 71", "the youngest rider on the
// podium at 22").
func (s *figScan) superlativeBefore(i, n int, of bool) bool {
	for j := i - 1; j >= i-n && j >= s.lo && s.d.toks[j].Kind == tWord; j-- {
		if s.in(j, wsSuperlative) && (!of || s.low(j+1) == "of") {
			return true
		}
	}
	return false
}

// ageAt reports "at 15" closing a clause about a person: "I saw my first
// gig here at 15." (not "the index stood at 15": no person in the clause).
func (s *figScan) ageAt(i int) bool {
	if !s.in(i-1, wsAgeAt) {
		return false
	}
	if l := s.low(i + 1); s.low(i-1) == "at" && (l == "he" || l == "she" || l == "i") {
		return true // "at 23 he is only going to get better"
	}
	if l := s.low(i + 2); s.low(i-1) == "at" && s.low(i+1) == "," && (l == "he" || l == "she" || l == "i" || l == "my" || l == "his" || l == "her") {
		return true // "At 64, my back will not let me"
	}
	if s.low(i-1) == "at" && s.low(i+1) == "," && s.sentenceStart(i-1) && s.isWord(i+2) && s.capital(i+2) && s.info(i+2).is&fwStop == 0 {
		// "At 41, Brannigan is the oldest finalist": a name and its be
		for j := i + 3; j <= i+5 && j < s.lim; j++ {
			if s.in(j, wsAgeBe) {
				return true
			}
		}
	}
	if s.low(i-1) == "at" && !(s.isWord(i+1) && s.info(i+1).is&fwStop == 0) && s.superlativeBefore(i-1, 6, false) {
		return true // "the youngest rider on the podium at 22"
	}
	if l := s.low(i - 2); s.low(i-1) == "at" && (l == "dies" || l == "died") {
		return true // "Dusty Whitacre … dies at 84"
	}
	// a life's event a few words before: "died on Saturday at 91 at her
	// home", "joined the faculty at 29 in 1964", "retired in 2008 at 73"
	if s.low(i-1) == "at" && !(s.isWord(i+1) && s.info(i+1).is&fwStop == 0) && s.low(i+1) != "%" {
		for j := i - 2; j >= i-7 && j >= s.lo; j-- {
			ws := s.info(j).set
			if ws&wsSentStop != 0 {
				break
			}
			if ws&wsLifeEvent != 0 {
				return true
			}
		}
	}
	if !s.in(i+1, wsAgeAtEnd|wsEnd) {
		return false
	}
	if s.in(i-2, wsAgeBe) && s.low(i-3) == "who" && (s.low(i-1) == "over" || s.low(i-1) == "under") {
		return true // "14 musicians on its payroll who are over 65."
	}
	for j := i - 2; j >= i-12 && j >= s.lo; j-- {
		switch e := s.info(j); {
		case e.set&wsSentStop != 0:
			return false
		case e.set&wsPersonPron != 0:
			return true
		case e.is&fwPerson != 0 && e.key != "age" && e.key != "who":
			return true
		}
	}
	return false
}

// ageBound reports "and older" after a number at k-1: residents 65 and
// older, aged 18 or over.
func (s *figScan) ageBound(k int) bool {
	if l := s.low(k); l != "and" && l != "or" {
		return false
	}
	return s.in(k+1, wsAgeBound)
}

// rangeAfter reads "-4,000" after a number ending before token k: one
// range (1,200-4,000, 5-6%, 2020-21), or a score (3-2) as a number with
// no value.
func (s *figScan) rangeAfter(c *cand, k int) (cand, bool) {
	// glued(k-1), glued(k) and isNum(k+1), read here: asked of most
	// numbers before a dash
	pt, j := s.pt, uint(k-s.lo)
	if j == 0 || j >= uint(len(pt)) || j+1 >= uint(len(pt)) || pt[j-1].End != pt[j].Start || pt[j].End != pt[j+1].Start || !s.dash(k) {
		return cand{}, false
	}
	if pt[j+1].Kind != tNum {
		// a golf score before the total, "at 12-under 272": as below
		if w := s.low(k + 1); (w == "under" || w == "over") && j+2 < uint(len(pt)) && pt[j+1].End != pt[j+2].Start && pt[j+2].Kind == tNum {
			r := *c
			r.typ, r.last = Number, k+2
			if w == "under" {
				r.v = -r.v
			}
			return r, true
		}
		// a batting line, "3-for-4": one number, no value, as a score
		if j+3 < uint(len(pt)) && pt[j+1].End == pt[j+2].Start && pt[j+2].End == pt[j+3].Start && s.dash(k+2) {
			r := *c
			switch w := s.low(k + 1); {
			case w == "for" && pt[j+3].Kind == tNum:
				r.typ, r.null, r.last = Number, true, k+4
				return r, true
			case (w == "under" || w == "over") && s.low(k+3) == "par":
				// a golf score, "a 4-under-par 68": one number, signed
				r.typ, r.last = Number, k+4
				if w == "under" {
					r.v = -r.v
				}
				return r, true
			}
		}
		return cand{}, false
	}
	y, ok := parseDec(s.d.tok(k + 1))
	if !ok {
		return cand{}, false
	}
	r := *c
	r.typ, r.hi, r.last = Range, y.float(), k+2
	loInt := c.v == float64(uint64(c.v))
	hiN, hiInt := y.integer()
	// 2020-21: a span of years
	if loInt && c.v >= 1000 && c.v <= 2999 && hiInt && len(s.d.tok(k+1)) == 2 {
		r.hi = float64(int(c.v)/100*100 + hiN)
	}
	var exp int
	exp, r.last = s.scaleAt(k+2, false)
	r.exp = exp
	t := r
	if s.tail(&t, r.last) && t.typ != Age {
		r.unit, r.factor, r.last = t.unit, t.factor, t.last
		if t.typ == Money || t.typ == Percent || t.typ == Measure {
			return r, true
		}
	}
	// A score: two small whole numbers with nothing counted after them,
	// or falling (led 88-71, a 14-2 run, at 5-2; a vote of 221-207 at any
	// size): a range never falls.
	if exp == 0 && loInt && hiInt && c.typ != Age && (c.v < 200 && hiN < 200 || r.hi <= c.v) {
		if nx := s.low(r.last); r.hi <= c.v || !s.content(r.last) || s.lx.tab.is(nx, fwScore) {
			r.typ, r.null = Number, true
			return r, true
		}
	}
	if c.name {
		return cand{}, false
	}
	return r, true
}

// unitRange widens a percent or measure whose unit repeats after a dash
// into one range: 5.00%-5.25%, 10km-15km.
func (s *figScan) unitRange(c *cand) {
	k := c.last
	if c.typ != Percent && c.typ != Measure || !s.dash(k) || !s.glued(k-1) || !s.glued(k) || !s.isNum(k+1) {
		return
	}
	y, ok := parseDec(s.d.tok(k + 1))
	if !ok {
		return
	}
	t := cand{first: k + 1, last: k + 2}
	if !s.tail(&t, k+2) || t.typ != c.typ || t.unit != c.unit && !(c.typ == Measure && lowerASCII(t.unit) == lowerASCII(c.unit)) {
		return
	}
	c.typ, c.hi, c.last = Range, y.float(), t.last
}

// ratio reads "one in five", "1 in 5", "nine out of 10" after a number
// ending before token k.
func (s *figScan) ratio(first, k int, v float64) (cand, bool) {
	j := k
	switch l := s.low(j); {
	case l == "in":
		j++
		if s.low(j) == "every" {
			j++
		}
	case l == "out" && s.low(j+1) == "of":
		j += 2
	default:
		return cand{}, false
	}
	var den float64
	n := 0
	if s.isNum(j) {
		x, ok := parseDec(s.d.tok(j))
		if !ok {
			return cand{}, false
		}
		den, n = x.float(), 1
	} else {
		var w [figWindow]string
		if l := s.low(j); l == "a" || l == "an" {
			return cand{}, false // one in a million: an idiom
		}
		den, n, _ = s.lx.cardinal(s.window(j, &w))
	}
	if n == 0 || den <= v || den > 1e6 || v <= 0 || den != float64(int64(den)) {
		return cand{}, false // (not "heat 2 in 11.02": a time)
	}
	// "up from 520 in 2021": a year, not a denominator
	if t := s.d.toks[j]; t.Kind == tNum && t.End-t.Start == 4 && den >= 1900 && den <= 2100 {
		return cand{}, false
	}
	// "1 in 5 people" is a share; "3 in 10 minutes" is not.
	if e := s.info(j + n); e.is&fwDuration != 0 || len(e.units) > 0 {
		return cand{}, false
	}
	return cand{first: first, last: j + n, typ: Fraction, v: v / den}, true
}

// ampm matches a.m./p.m./am/pm at token k: tokens used, and whether p.m.
func (s *figScan) ampm(k int) (int, bool, bool) {
	switch l := s.low(k); l {
	case "am", "pm":
		return 1, l == "pm", true
	case "a", "p":
		if s.low(k+1) == "." && s.low(k+2) == "m" && s.glued(k) && s.glued(k+1) {
			n := 3
			if s.low(k+3) == "." && s.glued(k+2) {
				n = 4
			}
			return n, l == "p", true
		}
	}
	return 0, false, false
}

// timeFigure finishes a time h:m whose digits end before token k, with an
// optional a.m./p.m., into *c (zero on entry, and left so when it fails;
// so colonTime and clockTime, whose cands were memory.fills and copies
// under js/wasm).
func (s *figScan) timeFigure(c *cand, first, k, h, m int, needMark bool) bool {
	n, pm, ok := s.ampm(k)
	if ok {
		if h < 1 || h > 12 {
			return false
		}
		h %= 12
		if pm {
			h += 12
		}
		k += n
	} else if needMark || h > 24 {
		return false
	}
	if h == 24 {
		h = 0
	}
	c.first, c.last, c.typ, c.when = first, k, Time, clockWhen(h, m)
	return true
}

// colonTime parses 10:30, 12:40 a.m.
func (s *figScan) colonTime(c *cand, i int) bool {
	ht, mt := s.d.tok(i), s.low(i+2)
	if len(mt) == 5 && mt[2] == '.' && s.glued(i) && s.glued(i+1) && s.isNum(i+2) && len(ht) <= 2 && mt[0] <= '5' {
		// a race time to hundredths, "clocking 1:52.37", "in 2:31.84":
		// a time of no value (no clock reads hundredths)
		if _, ok := atoi(ht); ok {
			c.first, c.last, c.typ, c.null = i, i+3, Time, true
			return true
		}
	}
	h, ok1 := atoi(ht)
	m, ok2 := atoi(mt)
	if !ok1 || !ok2 || len(ht) > 2 || len(mt) != 2 || m > 59 || !s.glued(i+1) || !s.isNum(i+2) {
		return false
	}
	k := i + 3
	seconds := false
	if sec := s.low(k + 1); s.low(k) == ":" && s.glued(i+2) && s.isNum(k+1) && (len(sec) == 2 || len(sec) >= 4 && sec[2] == '.') {
		k += 2 // seconds
		seconds = true
		if len(sec) > 2 {
			// to thousandths, "won in 1:27:46.903": a race's time
			c.first, c.last, c.typ, c.null = i, k, Time, true
			return true
		}
	}
	if l := s.low(k); l == "left" || l == "remaining" {
		// a game clock, "with 1:52 left": a time, but no time of day
		c.first, c.last, c.typ, c.null = i, k, Time, true
		return true
	}
	// a race's time, a duration: "won in 2:03:52", "10 kilometers in
	// 29:14", "the record of 2:04:20", "under 2:06", "a 2:03": a time, but
	// no time of day (unless it has one: "at 11:52:07 a.m.")
	// (and a game clock: "scored 2:41 into overtime", "with 1:48 left")
	if pl := s.low(i - 1); (seconds && !s.in(k, wsAmPm) && pl != "at") || durationBefore(pl) && !s.in(k, wsAmPm) || clockAfter(s.low(k)) {
		c.first, c.last, c.typ, c.null = i, k, Time, true
		return true
	} else if pl == "+" && s.glued(i-1) {
		c.first, c.last, c.typ, c.null = i-1, k, Time, true // a gap, "+1:23"
		return true
	}
	return s.timeFigure(c, i, k, h, m, false)
}

// clockTime parses 7 a.m., 7am, 7.45pm, and UK 07.45 or "at 7.45".
func (s *figScan) clockTime(c *cand, i int) bool {
	txt := s.d.tok(i)
	h, m := 0, 0
	dot := indexByteStr(txt, '.')
	if dot >= 0 {
		var ok1, ok2 bool
		h, ok1 = atoi(txt[:dot])
		m, ok2 = atoi(txt[dot+1:])
		if !ok1 || !ok2 || dot > 2 || len(txt)-dot-1 != 2 || m > 59 {
			return false
		}
	} else {
		var ok bool
		if h, ok = atoi(txt); !ok || len(txt) > 2 {
			return false
		}
	}
	if _, _, ok := s.ampm(i + 1); ok {
		return s.timeFigure(c, i, i+1, h, m, true)
	}
	if dot < 0 && h >= 1 && h <= 12 && oClock(s.low(i+1)) {
		c.first, c.last, c.typ, c.when = i, i+2, Time, clockWhen(h, 0) // 7 o'clock
		return true
	}
	if dot < 0 || h > 23 {
		return false
	}
	// 07.45, or at/from/until 7.45 with nothing measured after it.
	lead := txt[0] == '0' && dot == 2
	if !lead {
		if !s.in(i-1, wsClockBefore) {
			return false
		}
	}
	if t := (cand{}); s.tail(&t, i+1) {
		return false // a unit after it: "warmed by 0.27°C"
	}
	if lead {
		c.first, c.last, c.typ, c.when = i, i+1, Time, clockWhen(h, m)
		return true
	}
	switch nx := s.low(i + 1); {
	case nx == "" || s.d.toks[i+1].Kind == tPunct && nx != "%" && nx != "-": // (i+1 in the paragraph)
	case s.in(i+1, wsClockNext):
	case s.d.toks[i+1].Flags&fUpper != 0 && len(nx) <= 4: // GMT, BST
	default:
		return false
	}
	c.first, c.last, c.typ, c.when = i, i+1, Time, clockWhen(h, m)
	return true
}

// oClock reports o'clock, with either apostrophe.
func oClock(l string) bool { return l == "o'clock" || l == "o’clock" }

func indexByteStr(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// slashForm parses 04/28/2025 (US order unless the first part is over
// 12), 2/3 (a fraction), 2024/25 (a span of years); other slashed digits
// (9/11, 24/7) are names.
func (s *figScan) slashForm(i int) (cand, bool) {
	a, okA := atoi(s.d.tok(i))
	if !s.isNum(i+2) || !s.glued(i+1) {
		return cand{}, false
	}
	bt := s.d.tok(i + 2)
	b, okB := atoi(bt)
	if !okA || !okB {
		return cand{}, false
	}
	if s.low(i+3) == "/" && s.glued(i+2) && s.glued(i+3) && s.isNum(i+4) {
		yt := s.d.tok(i + 4)
		y, ok := atoi(yt)
		if !ok || len(yt) != 2 && len(yt) != 4 {
			return cand{}, false
		}
		if len(yt) == 2 {
			y += 2000
		}
		mo, day := a, b
		if a > 12 {
			mo, day = b, a
		}
		if !validDate(y, mo, day) {
			return cand{}, false
		}
		return cand{first: i, last: i + 5, typ: Date, when: dateWhen(y, mo, day)}, true
	}
	if s.glued(i+2) && (s.isNum(i+3) || s.isWord(i+3)) {
		return cand{}, false
	}
	switch {
	case a >= 1 && a < b && b <= 10:
		c := cand{first: i, last: i + 3, typ: Fraction, v: float64(a) / float64(b)}
		if t := c; s.tail(&t, i+3) && t.typ == Measure {
			c.typ, c.unit, c.last = Measure, t.unit, t.last // 1/2 teaspoon: a measure of 0.5
		}
		return c, true
	case a >= 1 && a <= 12 && b > 12 && b <= 31 && len(bt) == 2:
		return s.dateFigure(i, i+3, 0, a, b) // 4/28: a US date without its year
	case len(s.d.tok(i)) == 4 && a >= 1000 && a <= 2999 && (len(bt) == 2 && (a+1)%100 == b || len(bt) == 4 && b == a+1):
		hi := b
		if len(bt) == 2 {
			hi = a/100*100 + b
		}
		return cand{first: i, last: i + 3, typ: Range, v: float64(a), hi: float64(hi)}, true
	}
	return cand{}, false
}

// isoDate parses 2025-04-28 into *c, zero on entry (and left so when it
// fails).
func (s *figScan) isoDate(c *cand, i int) bool {
	d := s.d
	if len(d.tok(i)) != 4 || !s.isNum(i+2) || !s.isNum(i+4) || s.low(i+3) != "-" ||
		!s.glued(i+1) || !s.glued(i+2) || !s.glued(i+3) || len(d.tok(i+2)) != 2 || len(d.tok(i+4)) != 2 {
		return false
	}
	y, _ := atoi(d.tok(i))
	m, _ := atoi(d.tok(i + 2))
	day, _ := atoi(d.tok(i + 4))
	if !validDate(y, m, day) {
		return false
	}
	c.first, c.last, c.typ, c.when = i, i+5, Date, dateWhen(y, m, day)
	return true
}

// dottedDate parses 28.04.2025 (day first); other dotted runs (1.2.3) are
// identifiers.
func (s *figScan) dottedDate(i int) (cand, bool) {
	txt := s.d.tok(i)
	a := indexByteStr(txt, '.')
	b := a + 1 + indexByteStr(txt[a+1:], '.')
	day, ok1 := atoi(txt[:a])
	m, ok2 := atoi(txt[a+1 : b])
	y, ok3 := atoi(txt[b+1:])
	if !ok1 || !ok2 || !ok3 || len(txt)-b-1 != 4 || !validDate(y, m, day) {
		return cand{}, false
	}
	return cand{first: i, last: i + 1, typ: Date, when: dateWhen(y, m, day)}, true
}

// monthAt matches a capitalised month name at token k, with the period of
// an abbreviation (Nov.): the month and the tokens used.
func (s *figScan) monthAt(k int) (int, int) {
	// The tokens are read here, not through isWord, info, low and glued.
	pt, j := s.pt, uint(k-s.lo)
	if j >= uint(len(pt)) || pt[j].Kind != tWord || pt[j].Flags&fCap == 0 {
		return 0, 0
	}
	t := &pt[j]
	x := s.wi[t.ID+1] & wiIndex
	if x == 0 || s.lx.tab.info[x-1].month == 0 {
		return 0, 0
	}
	m := int(s.lx.tab.info[x-1].month)
	if j+1 < uint(len(pt)) {
		if n, l := &pt[j+1], s.d.low[t.Start:t.End]; n.Start == t.End && n.End-n.Start == 1 && s.d.low[n.Start] == '.' && len(l) <= 4 && l != "june" && l != "july" && l != "may" {
			return m, 2
		}
	}
	return m, 1
}

// dayAt reads a day of the month at token k (28, 28th): day and tokens used.
func (s *figScan) dayAt(k int) (int, int) {
	// The tokens are read here, not through isNum, tok, glued and low.
	pt, j := s.pt, uint(k-s.lo)
	if j >= uint(len(pt)) || pt[j].Kind != tNum || pt[j].End-pt[j].Start > 2 {
		return 0, 0
	}
	t := &pt[j]
	day, ok := atoi(s.d.src[t.Start:t.End])
	if !ok || day < 1 || day > 31 {
		return 0, 0
	}
	if j+1 < uint(len(pt)) && pt[j+1].Start == t.End {
		if n := &pt[j+1]; ordinalSuffix(s.d.low[n.Start:n.End]) {
			return day, 2
		} else if n.Kind == tWord {
			return 0, 0
		}
	}
	return day, 1
}

// yearAt reads a four-digit year at token k.
func (s *figScan) yearAt(k int) int {
	pt, j := s.pt, uint(k-s.lo)
	if j >= uint(len(pt)) || pt[j].Kind != tNum || pt[j].End-pt[j].Start != 4 ||
		j+1 < uint(len(pt)) && pt[j+1].Start == pt[j].End && pt[j+1].Kind == tWord {
		return 0
	}
	y, ok := atoi(s.d.src[pt[j].Start:pt[j].End])
	if !ok || y < 1000 || y > 2999 {
		return 0
	}
	return y
}

// dateFigure finishes a date whose parts end before token k.
func (s *figScan) dateFigure(first, k, y, m, day int) (cand, bool) {
	c := cand{first: first, last: k, typ: Date}
	if y == 0 {
		y = s.year
		switch nx := s.low(k); {
		case nx == "next" && s.low(k+1) == "year":
			y++
		case nx == "last" && s.low(k+1) == "year":
			y--
		case y > 0 && day > 0 && (m < s.month || m == s.month && day < s.day) && s.future(first, k):
			y++
		case y > 0 && s.month > 0 && m > s.month+6 && !s.future(first, k):
			y-- // "Dec. 27" in a story of early January: last December
		}
	}
	if y == 0 || !validDate(y, m, day) {
		c.null = true
		return c, true
	}
	c.when = dateWhen(y, m, day)
	return c, true
}

// future reports a sentence that places what it dates ahead: a will or a
// schedule word within a few tokens before the date (tokens first to k),
// or a will after it.
func (s *figScan) future(first, k int) bool {
back:
	for j := first - 1; j >= s.lo && j >= first-32; j-- {
		switch ws := s.info(j).set; {
		case ws&wsFutureBefore != 0 && !(s.isNum(j-1) && strings.HasSuffix(s.low(j), "s")): // (not "by 22 runs": a noun)
			return true
		case ws&wsSentEnd != 0:
			break back // the sentence's start: look after the date
		}
	}
	// "From 1 October, a landlord … will have to say why"
	for j := k; j < s.lim && j <= k+12; j++ { // (from its end: the point of "Jan." ends no sentence)
		switch ws := s.info(j).set; {
		case ws&wsFutureAfter != 0:
			return true
		case ws&wsSentEnd != 0:
			return false
		}
	}
	return false
}

// monthDate parses April 28, 2025; Nov. 4; March 2015; April 28th.
func (s *figScan) monthDate(i, m int) (cand, bool) {
	_, n := s.monthAt(i)
	k := i + n
	if day, dn := s.dayAt(k); dn > 0 {
		k += dn
		// April 28-30: one date, the first day
		if s.dash(k) && s.glued(k-1) && s.glued(k) {
			if d2, n2 := s.dayAt(k + 1); n2 > 0 && d2 > day {
				k += 1 + n2
			}
		}
		y := 0
		if s.low(k) == "," {
			if y = s.yearAt(k + 1); y > 0 {
				k += 2
			}
		} else if y = s.yearAt(k); y > 0 {
			k++
		}
		return s.dateFigure(i, k, y, m, day)
	}
	if y := s.yearAt(k); y > 0 {
		return cand{first: i, last: k + 1, typ: Date, when: dateWhen(y, m, 0)}, true
	}
	return cand{}, false
}

// dayMonth parses 28 April 2025, 28th April, the 28th of April.
func (s *figScan) dayMonth(i int) (cand, bool) {
	day, n := s.dayAt(i)
	if n == 0 {
		return cand{}, false
	}
	k := i + n
	if s.dash(k) && s.glued(k-1) && s.glued(k) {
		// "14-16 November": one date, the first day's
		if _, n2 := s.dayAt(k + 1); n2 > 0 {
			k += 1 + n2
		}
	}
	if s.low(k) == "of" {
		k++
	}
	m, mn := s.monthAt(k)
	if m == 0 {
		// "between 3 and 14 November", "from 3 to 14 November": the
		// first day takes the second's month (and year)
		if w := s.low(k); k == i+n && (w == "and" && s.low(i-1) == "between" || w == "to" && s.low(i-1) == "from") {
			if _, n2 := s.dayAt(k + 1); n2 > 0 {
				if m2, mn2 := s.monthAt(k + 1 + n2); m2 > 0 {
					return s.dateFigure(i, k, s.yearAt(k+1+n2+mn2), m2, day)
				}
			}
		}
		return cand{}, false
	}
	k += mn
	y := s.yearAt(k)
	if y > 0 {
		k++
	}
	return s.dateFigure(i, k, y, m, day)
}

// --- words ---

// ordinalNext reports a word that makes an ordinal a ranking (place,
// consecutive, quarter), or a hyphenated superlative (third-largest).
func (s *figScan) ordinalNext(k int, hyphen bool) bool {
	l := s.low(k)
	if s.lx.tab.is(l, fwOrdinal) {
		switch l {
		case "set":
			return s.low(k+1) != "of" // the third set, not the second set of figures
		case "day", "night", "match", "game":
			// the second day of a match or a trial, "closed for a second
			// day", "into a third day", the fourth match of a series, the
			// ninth game of a set; not his first day
			// (a theatre's "the first night" is its opening: a night
			// counts only after "a")
			return s.low(k-2) == "the" && l != "night" || (l == "day" || l == "night") && s.low(k-2) == "a" && (s.low(k-3) == "for" || s.low(k-3) == "into" || s.low(k-3) == "through")
		}
		return true
	}
	return hyphen && (len(l) > 4 && l[len(l)-3:] == "est" || l == "half")
}

// words parses a figure that starts with a word into *c (zero on entry;
// when it fails, c.last is 0): spelled-out cardinals, fractions and
// ordinals. A cand returned by value was a memory.fill and copies a call
// under js/wasm.
func (s *figScan) words(c *cand, i int) bool {
	// the token before, read here (isWord, glued and kind were calls)
	if k := i - s.lo; k > 0 && k < len(s.pt) {
		t, p := &s.pt[k], &s.pt[k-1]
		glp := p.End == t.Start // glued(i-1)
		if t.Flags&(fCap|fUpper) == fCap && (p.Kind == tWord && !s.titleCase() || glp && p.Kind != tQuote && s.low(i-1) != "(") {
			return false // the Group of Seven, the Second World War
		}
		if glp && s.dash(i-1) && s.glued(i-2) && s.isWord(i-2) {
			return false // a first-five, a high-five: a word of its own
		}
		// "$11 a dozen": the quantity a price is for, no count
		if fs := s.d.res.Figures; len(fs) > 0 && fs[len(fs)-1].Type == Money && fs[len(fs)-1].End+1 == int(t.Start) && s.low(i) == "a" && s.low(i+1) == "dozen" {
			return false
		}
	}
	// window, written out: storing strings through window's pointer took
	// a write barrier each while the collector ran (a tenth of the pass
	// under js/wasm); stores into this frame's own array need none.
	//
	// The window stops after the first token (past w[0]) that is neither
	// a number word nor "-", "and", "a", "an" or "of": cardinal, fraction
	// and ordinalWords read no further (each stops at such a token, and
	// reads past a token only when it is one of those), so they see what
	// a full window gives them, and "a dozen people" fills three strings,
	// not sixteen.
	//
	// nws holds each word's numbers.txt entry, read by its id, for
	// cardinalOf and the like (they hashed each string again).
	//
	// nws is the scan's (s.nws): pointer-free, it needs no write barrier
	// there, and a local array was zeroed by a memory.fill a call under
	// js/wasm (a call out of the wasm code). Only its first wn are read,
	// each written below.
	var win [figWindow]string
	nws := &s.nws
	wn, stop := 0, figWindow
	pt := s.pt[i-s.lo:] // the paragraph from i on
	for low, wi, info := s.d.low, s.wi, s.lx.tab.info; wn < stop && wn < len(pt); wn++ {
		t := &pt[wn]
		l := low[t.Start:t.End]
		win[wn] = l
		// Number words are all letters: other tokens (wi[0]) have no
		// entry to read.
		if x := wi[t.ID+1] & wiIndex; x != 0 {
			nws[wn] = info[x-1].num
		} else {
			nws[wn].v, nws[wn].class = 0, nNone
		}
		if wn == 0 || stop < figWindow {
			continue
		}
		if nws[wn].class == nNone && l != "-" && l != "and" && l != "a" && l != "an" && l != "of" {
			stop = wn + 1
		}
	}
	w, nw := win[:wn], nws[:wn]
	c.first = i
	// "half an inch", "half a mile": one measure of 0.5 (the spec's case)
	if w[0] == "half" && len(w) > 1 && (w[1] == "a" || w[1] == "an") {
		c.typ, c.v = Count, 0.5
		if s.tail(c, i+2) && c.typ == Measure {
			return true
		}
		c.typ, c.v, c.unit, c.last = 0, 0, "", 0
	}
	// half a million, a dozen: cardinals that start like fractions
	v, n, plural := s.lx.cardinalOf(w, nw)
	// fractionOf finds nothing unless a denominator may follow the first
	// word (third, quarters, thirds) or its hyphen: most number words
	// ask it nothing
	if len(w) > 1 && (w[1] == "-" || nw[1].class == nDenom || nw[1].class == nOrdinal || w[1][len(w[1])-1] == 's') || w[0] == "half" {
		if fv, fn := s.lx.fractionOf(w, nw); fn > 0 && !(w[0] == "half" && n > 1) {
			// "three-quarters of a length", "four hundredths of a second":
			// one measure, as "half a mile" is
			if s.low(i+fn) == "of" && (s.low(i+fn+1) == "a" || s.low(i+fn+1) == "an") {
				m := cand{first: i, typ: Count, v: fv}
				if s.tail(&m, i+fn+2) && m.typ == Measure {
					*c = m
					return true
				}
			}
			if !s.fractionContext(i, fn, w) {
				return false
			}
			c.typ, c.v, c.last = Fraction, fv, i+fn
			return true
		}
	}
	if w[0] == "a" && s.low(i-1) == "in" && s.low(i-2) == "one" {
		return false // one in a million
	}
	if n == 1 && w[0] == "two" && s.low(i-1) == "in" && cutInTwo[s.low(i-2)] {
		return false // cut in two, snapped in two: in halves, no count
	}
	// twenty-first: an ordinal longer than the cardinal it starts with
	if n == 0 || nw[0].class == nTen && n < len(w) {
		if ov, on := s.lx.ordinalWordsOf(w, nw); on > n {
			return s.ordinalWord(c, i, ov, on)
		}
		if n == 0 {
			return false
		}
	}
	// The token after the number, read once: ratio needs in or out
	// there, tail a word in the table or a mark (unsigned does the same),
	// content and the pronoun test its classes (kIs).
	k := i + n
	nx, tailMay, kWord, kIs := "", false, false, uint16(0)
	if k < s.lim {
		t := &s.d.toks[k]
		nx = s.d.low[t.Start:t.End]
		if t.Kind == tWord {
			x := s.wi[t.ID+1]
			tailMay, kWord = x&wiTail != 0, true
			x &= wiIndex
			if x != 0 {
				kIs = s.lx.tab.info[x-1].is
			}
		} else {
			tailMay = s.lx.tailLast[s.d.src[t.End-1]] != 0 // as in unsigned
		}
	}
	if oClock(nx) && v >= 1 && v <= 12 && n <= 2 {
		c.last, c.typ, c.when = k+1, Time, clockWhen(int(v), 0) // four o'clock
		return true
	}
	if n == 1 && v >= 1 && v < 20 && s.in(i-1, wsUnderOver) && s.in(i-2, wsAgeGroup) {
		c.last, c.typ, c.v = k, Age, v // "children under five"
		return true
	}
	ratio := nx == "in" || nx == "out"
	if n == 1 && (w[0] == "one" || w[0] == "zero") {
		// one of the, one day, no one: a pronoun or an idiom, not a count.
		if ratio {
			if f, ok := s.ratio(i, k, v); ok {
				*c = f
				return true
			}
		}
		// (but "a one-year degree", "a one-bedroom flat": a quantity
		// before its noun; "a one-off" stays an idiom)
		if (s.in(i-1, wsOneIdiom) || s.low(i-1) == "only" && s.low(i-2) == "the") && !(nx == "-" && s.glued(i) && s.glued(i+1) && s.isWord(i+2) && !s.in(i+2, wsHyphenIdiom)) {
			return false // (and "the only one awake": a pronoun)
		}
		// one customer at a time, one merger too many
		for j := i + 2; j <= i+3; j++ {
			if s.low(j) == "at" && s.low(j+1) == "a" || s.low(j) == "too" || s.low(j) == "after" && s.low(j+1) == "another" {
				return false
			}
		}
		switch {
		case nx == "-" && s.glued(i) && s.low(i+2) == "day" && oneDayNames[s.low(i+3)]:
			return false // cricket's one-day format: "a one-day international", "the one-day series"
		case nx == "-" && s.glued(i):
			// one-year, one-off
		case s.countedAfterVerb(i):
			// killing one and wounding two
		case s.low(i-1) == "but" && s.low(i-2) == "all":
			// all but one are working: the one left out of a count
		case !kWord || kIs&(fwNotContent|fwPronoun) != 0 || nx == "of": // not content(k), a pronoun
			return false
		}
	}
	c.v, c.last = v, k
	// statedAge's verb (now, was, is, turned …), screened by its first
	// letter without the call
	if p := i - 1; v < 120 && n <= 3 && p >= s.lo && s.d.toks[p].Kind == tWord && statedFirst[s.d.low[s.d.toks[p].Start]&31] && s.statedAge(i, k-1) {
		c.typ = Age // when I was eight
		return true
	}
	if v < 120 && i-1 >= s.lo && s.in(i-1, wsAged) && !plural {
		c.typ = Age // their sons, aged six and nine
		s.ageUnit(c)
		return true
	}
	if plural {
		c.typ = Count
		return true
	}
	if ratio {
		if f, ok := s.ratio(i, k, v); ok {
			*c = f
			return true
		}
	}
	if tailMay && s.tail(c, k) {
		return true
	}
	if (nx == "-" || nx == "–") && s.glued(k-1) {
		// a seven-member board, a two-bedroom flat: the hyphenated word
		// is the thing counted, as in a 12-member panel (unsigned); one-
		// off, two-way, a two-wheeler: not a quantity
		if s.glued(k) && s.isWord(k+1) && s.info(k+1).is&fwStop == 0 && !s.capital(k+1) {
			// (a three-time champion counts; a one-time champion is a
			// former one)
			if (!s.in(k+1, wsHyphenIdiom) || v >= 2 && s.low(k+1) == "time") && v != 0 { // (zero-emission, zero-sum: no count)
				c.typ, c.last = Count, k+2
				return true
			}
		}
		c.last = 0 // (what findFigures skips)
		return false
	}
	c.typ = Count
	c.bare = !kWord || kIs&fwNotContent != 0 // !content(k)
	return true
}

// ageUnit takes "months" or "weeks" after an age into it: infants aged 11
// months (an age in years has no unit).
func (s *figScan) ageUnit(c *cand) {
	if u := ageUnitOf(s.low(c.last)); u != "" {
		c.unit, c.last = u, c.last+1
	}
}

// ageUnitOf returns the unit of an age counted in w (month, weeks), or ""
// for years and any other word: a constant, not w, which is d.low's text
// and rewritten by the next call while the result lives on.
func ageUnitOf(w string) string {
	switch w {
	case "month":
		return "month"
	case "months":
		return "months"
	case "week":
		return "week"
	case "weeks":
		return "weeks"
	}
	return ""
}

// countedAfterVerb reports "one" as the object of a participle, closing its
// clause: "killing one and wounding two", "arrested one.".
func (s *figScan) countedAfterVerb(i int) bool {
	if !s.in(i+1, wsCountEnd|wsEnd) {
		return false
	}
	p := s.low(i - 1)
	return len(p) > 4 && !s.capital(i-1) && (strings.HasSuffix(p, "ing") || strings.HasSuffix(p, "ed") && p != "missed")
}

// fewScale reads "several hundred", "a few thousand": a count whose value
// is the scale word's, as "hundreds" is 100.
func (s *figScan) fewScale(i int) (cand, bool) {
	k := i + 1
	if s.low(i) == "a" {
		if s.low(k) != "few" {
			return cand{}, false
		}
		k++
	}
	nw := s.info(k).num
	if nw.class != nHundred && nw.class != nScale && nw.class != nDozen {
		return cand{}, false
	}
	return cand{first: i, last: k + 1, typ: Count, v: nw.v}, true
}

// fractionContext accepts a spelled fraction of fn tokens at i where it
// reads as a share: "half" before of/the/its or after a hedge; "a third"
// not before a noun (a third term); two-thirds always.
func (s *figScan) fractionContext(i, fn int, w []string) bool {
	nx := s.low(i + fn)
	if s.dash(i+fn) && s.glued(i+fn-1) {
		return false // half-hour, a third-party
	}
	if w[0] == "half" {
		if s.hedge(i, s.lo) != "" {
			return true // about half as much
		}
		if fn == 1 && s.low(i-1) == "by" {
			return true // "cut by half on Thursday"
		}
		return s.in(i+fn, wsHalfNext|wsEnd) && !s.in(i-1, wsHalfBefore) // nx
	}
	if fn >= 3 || w[0] != "a" && w[0] != "an" && w[0] != "one" {
		return true
	}
	if nx == "of" {
		return true
	}
	// before a verb: "A third were injured", "a quarter have not
	// replied", "just under a third finished"
	if s.in(i+fn, wsAgeBe) && nx != "aged" || nx == "have" || nx == "had" || s.in(i-1, wsShareBefore) && len(nx) > 4 && strings.HasSuffix(nx, "ed") {
		return true
	}
	if comparatives[nx] {
		return true // "took about a third longer", "a quarter more"
	}
	if s.content(i + fn) {
		return false // a third term
	}
	// "a third" alone is a share after by/than or a hedge (cut by a
	// third, more than a quarter, up from a fifth), and otherwise another
	// one (add a third).
	return s.in(i-1, wsShareBefore)
}

// ordinalWord keeps a spelled ordinal that ranks, written into *c (c.last
// 0 when it fails): third-largest, first-quarter, third place; not prose
// (for the first time, first, …).
func (s *figScan) ordinalWord(c *cand, i, v, n int) bool {
	k := i + n
	if s.dash(k) && s.low(k+1) == "and" && s.dash(k+2) && s.isNum(k+3) && s.glued(k-1) && s.glued(k) && s.glued(k+1) && s.glued(k+2) {
		// a down and the yards to go: "third-and-8", one number of no value
		c.first, c.last, c.typ, c.null = i, k+4, Number, true
		return true
	}
	if v == 2 && s.low(i-1) == "split" {
		return false // a split second
	}
	c.first, c.last, c.typ, c.v = i, k, Ordinal, float64(v)
	if s.dash(k) && s.glued(k-1) && s.glued(k) && s.ordinalNext(k+1, true) {
		c.last = k + 2
		return true
	}
	if s.ordinalNext(k, false) && !(s.info(k).is&fwOrdinal != 0 && s.low(k+1) == "-") {
		return true
	}
	if (s.low(k) == "half" || s.low(k) == "period" && s.low(i-1) == "the") && !s.dash(k+1) {
		return true // the first half of 2027, a sloppy first half, left in the first period: a period
	}
	if v >= 2 && s.info(k).is&fwPeriod != 0 && s.low(i-1) == "a" && (s.low(i-2) == "for" || s.low(i-2) == "into") {
		return true // "topped the list for a fourth week": a period of a run
	}
	if s.low(k) == "overall" {
		return true // third overall, the fourth overall pick: a standing
	}
	// "households in the bottom fifth": a share of a ranked population
	if v >= 3 && v <= 10 && n == 1 && (s.low(i-1) == "bottom" || s.low(i-1) == "top") && s.low(i-2) == "the" {
		c.typ, c.v = Fraction, 1/float64(v)
		return true
	}
	if v >= 2 && s.low(k) != "time" && s.low(k) != "times" && (s.eventCount(i, k) || s.info(k).is&fwPeriod != 0 && s.low(k+1) == "of") {
		return true // the third year of treatment: a period ordinal
	}
	if s.in(i-1, wsPlaceVerb) {
		return true // England finished third
	}
	// one of a counted series: "the first of three satellites"
	if s.low(k) == "of" && s.low(i-1) == "the" && (s.isNum(k+1) || s.isWord(k+1) && s.info(k+1).num.class != nNone && s.info(k+1).num.class != nOrdinal) {
		return true
	}
	if v >= 2 && i-1 >= s.lo {
		// a place in a result: "Brede was third, two seconds behind",
		// "been second in this race", "climb to third in the table" (not
		// "was first to arrive", "to second the motion"); a counted win:
		// "her fifth win of the season"
		d := s.d
		// (also "tied for third on 278", "finished alone in second",
		// "never higher than fourth in 63 starts")
		// (and "31-22 and fourth in the Eastern Conference")
		if pl := s.low(i - 1); (d.sf[i-1]&sBe != 0 || pl == "to" || pl == "for" || pl == "in" || pl == "than" || pl == "," || pl == "and" && (s.low(k) == "in" && s.low(k+1) == "the" || s.isNum(i-2))) && (k >= s.lim || d.toks[k].Kind == tPunct && d.src[d.toks[k].Start] != '-' || d.sf[k]&(sPrepPP|sBlock) != 0) {
			return true
		}
		// one of a series as a noun after a be: "Tuesday's flight was
		// the ninth for the Helix-2", "the fine is the fourth that the
		// commission has imposed" (not "was the first to arrive")
		if s.low(i-1) == "the" && i-2 >= s.lo && d.sf[i-2]&sBe != 0 && k < s.lim && (seriesAfter[s.low(k)] || d.toks[k].Kind == tPunct && d.src[d.toks[k].Start] != '-') {
			return true
		}
		// one of a series as a noun: "the second in which a weapon was used"
		if s.low(i-1) == "the" && s.low(k) == "in" && s.low(k+1) == "which" {
			return true
		}
		if s.in(k, wsCountedEvent) || s.isWord(k) && s.info(k).is&fwStop == 0 && (s.in(k+1, wsCountedEvent) ||
			s.isWord(k+1) && s.info(k+1).is&fwStop == 0 && s.in(k+2, wsCountedEvent)) {
			return true // her fifth win, his fourth senior appearance, the fourth overall pick, the seventh Kestrel resupply mission
		}
		if s.isNum(k) && s.dash(k+1) && s.glued(k) && s.glued(k+1) && s.in(k+3, wsCountedEvent) {
			return true // his third 40-point game
		}
		// a place after a runner's name: "with Corsair Moon fifth.", "with
		// Spain's Lucía Ferrer third in 2:19:48"
		if s.isWord(i-1) && s.capital(i-1) && s.info(i-1).is&fwStop == 0 && !s.sentenceStart(i-1) && (k >= s.lim || d.toks[k].Kind == tPunct && d.src[d.toks[k].Start] != '-' || s.low(k) == "in" && s.isNum(k+1)) {
			return true
		}
		// "His century, his fourth in ODIs": one of the owner's series
		if possessiveDets[s.low(i-1)] && k+1 < s.lim && (s.low(k) == "in" || s.low(k) == "of") && s.isWord(k+1) && s.capital(k+1) {
			return true
		}
		// one of the owner's own series: "her second novel", "their
		// third album" (not "his second wife")
		if (possessiveDets[s.low(i-1)] || d.sf[i-1]&sPoss != 0 || d.toks[i-1].Kind == tQuote && s.glued(i-2) && strings.HasSuffix(s.low(i-2), "s")) && s.isWord(k) && s.info(k).is&fwStop == 0 && !kinNouns[s.low(k)] {
			return true
		}
		// an inning or period by its ordinal alone after an adjective:
		// "pitched a scoreless eighth,"
		if i-2 >= s.lo && s.low(i-2) == "a" && s.isWord(i-1) && s.info(i-1).is&fwStop == 0 &&
			(k >= s.lim || d.toks[k].Kind == tPunct && d.src[d.toks[k].Start] != '-' || d.sf[k]&sBlock != 0) {
			return true
		}
		// a period after an adjective: "after a third poor year"
		if s.low(i-1) == "a" && s.isWord(k) && s.info(k).is&fwStop == 0 && s.isWord(k+1) && s.info(k+1).is&fwPeriod != 0 {
			return true
		}
		// "for a third year running", "a fourth day in a row"
		if s.low(i-1) == "a" && s.isWord(k) && s.info(k).is&fwPeriod != 0 && (s.low(k+1) == "running" || s.low(k+1) == "in" && s.low(k+2) == "a" && s.low(k+3) == "row") {
			return true
		}
		// a period of a game named by its ordinal alone: "scored twice in
		// the seventh", "after the sixth", "in the second off a reliever"
		if i-2 >= s.lo && s.low(i-1) == "the" && (d.sf[i-2]&sBlock != 0 || s.low(i-2) == "for") && d.toks[i-2].Flags&fCap == 0 &&
			(k >= s.lim || d.toks[k].Kind == tPunct && d.src[d.toks[k].Start] != '-' || d.sf[k]&sBlock != 0 || s.low(k) == "off" || s.low(k) == "but" || s.low(k) == "and") {
			return true
		}
	}
	c.last = 0 // (what findFigures skips)
	return false
}

var possessiveDets = setOf("his her their its my our your")

// ageKinds before "age from 62", "age of 67" make the number an age.
var ageKinds = setOf("retirement pension voting drinking legal minimum marriageable")

// raceWords a few words before "in 46.71" make the decimal a race time.
var raceWords = setOf("touching touched finished finishing clocked swam ran won silver bronze gold winning")

// kinNouns after a possessive ordinal name a relation, no series: "his
// second wife".
var kinNouns = setOf("wife husband partner son daughter child language home nature cousin")

// eventCount reports an ordinal that counts events in a period: "the
// second serious fire in Springdale this month", "the company’s third in
// two years", "for the third year in a row". First is left out: "for the
// first time in 20 years" is prose.
func (s *figScan) eventCount(i, k int) bool {
	if p := s.low(i - 1); !s.in(i-1, wsEventDet) && !strings.HasSuffix(p, "’s") && !strings.HasSuffix(p, "'s") {
		return false
	}
	for j := k; j < k+8; j++ {
		if j >= s.lim {
			return false // low(j) == ""
		}
		switch e := s.info(j); {
		case e.set&wsEventStop != 0:
			return false
		case e.set&wsThisLast != 0:
			if s.info(j+1).is&fwPeriod != 0 {
				return true
			}
		case e.key == "in":
			nx := s.low(j + 1)
			if nx == "a" && s.low(j+2) == "row" {
				return true
			}
			if (s.isNum(j+1) || s.info(j+1).num.class != nNone || nx == "a" || nx == "the") && s.info(j+2).is&fwPeriod != 0 {
				return true
			}
		case e.key == "since":
			return true
		}
	}
	return false
}

// hedge returns the hedge that ends right before token first (not before
// floor), lower-cased, or "".
func (s *figScan) hedge(first, floor int) string {
	// The word before the figure is read here, not through in, isWord
	// and info: hedge is asked of nearly every figure, and most words
	// before one are in no list (calls under js/wasm).
	p := first - 1
	if p < floor || p < s.lo || p >= s.lim {
		return ""
	}
	if t := &s.d.toks[p]; t.Kind != tWord {
		// a comparison sign touching the number: P<0.001, >90%
		if t.Kind == tPunct && t.End == s.d.toks[first].Start {
			switch s.d.src[t.Start:t.End] {
			case "<":
				return "less than"
			case ">":
				return "more than"
			case "≤":
				return "at most"
			case "≥":
				return "at least"
			}
		}
		return ""
	}
	x := s.wi[s.d.toks[p].ID+1] & wiIndex
	if x == 0 {
		return ""
	}
	if s.lx.tab.info[x-1].key == "every" && p > floor {
		// "at least every six years": a bound on the interval
		if h := s.hedge(p, floor); h == "at least" || h == "at most" || h == "up to" || h == "about" || h == "roughly" || h == "around" {
			return h
		}
		return ""
	}
	// The words before it are matched by their table entries: a load
	// each, where low and a string compare were two calls.
	toks, wi, hs := s.d.toks, s.wi, s.lx.tab.info[x-1].hedges
outer:
	for k := range hs {
		h := &hs[k]
		start := first - len(h.toks)
		if start < floor || start < s.lo {
			continue
		}
		for j, x := range h.index {
			if t := &toks[start+j]; t.ID < 0 || wi[t.ID+1]&wiIndex != uint32(x) {
				continue outer
			}
		}
		if h.canon == "about" && start > s.lo && s.in(start-1, wsAboutVerb) {
			return "" // "started talking about 320": a topic, not an estimate
		}
		if h.canon == "over" && start > s.lo && s.in(start-1, wsOverParticle) { // (it, them: "turned it over")
			return "" // "we turned it over three times", "turned over $1.9 million": a particle, not "more than"
		}
		if h.canon == "up to" && start > s.lo && s.in(start-1, wsUpMove) {
			return "" // "edged up to 2.8%": a move up, not a ceiling
		}
		// d.low is in the scratch, which the next call rewrites: the
		// hedge as listed, or a copy
		if t := s.spaced(s.d.low, start, first); t != h.canon {
			return strings.Clone(t)
		}
		return h.canon
	}
	return ""
}
