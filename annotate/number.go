package annotate

// Number parsing for the figure detector: digit runs, spelled-out
// cardinals, fractions and ordinals, and the word lists they read
// (lexicon/numbers.txt, scales.txt, units.txt, currencies.txt, hedges.txt,
// months.txt, figure_words.txt).
//
// Values are kept as decimals (m × 10^e) until the end so that scaling is
// exact: "3.5 billion" is 35 × 10^8, converted to float64 once, and "1.45"
// is 145 / 100 correctly rounded, the same float64 strconv.ParseFloat
// gives. The parsers take lower-cased tokens as the lexer splits them
// ("twenty", "-", "five") and never allocate.

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
)

// dec is the decimal m × 10^e.
type dec struct {
	m uint64
	e int
}

// maxMant bounds the mantissa: 18 digits always fit in a uint64.
const maxMant = 1e18

// parseDec reads a digit run as the lexer makes it: digits with thousands
// commas and at most one decimal point ("14,000", "3.5", "1,200.50").
// ok is false for anything else: misplaced commas ("1,2" is a list), two
// points ("28.04.2025" is a date), more than 18 digits (an identifier).
func parseDec(s string) (x dec, ok bool) {
	if s == "" {
		return dec{}, false
	}
	group := 0      // digits since the last comma or the start
	commas := false // a comma seen
	point := -1     // digits after the point, -1 before it
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if x.m >= maxMant/10 {
				return dec{}, false
			}
			x.m = x.m*10 + uint64(c-'0')
			group++
			if point >= 0 {
				point++
			}
		case c == ',' || c == ' ': // (a space groups thousands too: 350 000)
			if point >= 0 || group == 0 || group > 3 || commas && group != 3 {
				return dec{}, false
			}
			commas, group = true, 0
		case c == '.':
			if point >= 0 || commas && group != 3 || group == 0 {
				return dec{}, false
			}
			point = 0
		default:
			// a vulgar fraction ends a number (1½, ¾): its digits join
			// the mantissa after the point
			if f, n := vulgarAt(s, i); n > 0 && i+n == len(s) && point < 0 && (!commas || group == 3) {
				for k := 0; k < len(f); k++ {
					if x.m >= maxMant/10 {
						return dec{}, false
					}
					x.m = x.m*10 + uint64(f[k]-'0')
				}
				x.e = -len(f)
				return x, true
			}
			return dec{}, false
		}
	}
	if point == 0 || point < 0 && commas && group != 3 {
		return dec{}, false
	}
	if point > 0 {
		x.e = -point
	}
	return x, true
}

// vulgarAt returns the decimal digits of the vulgar fraction at s[i:]
// (½ "5", ¾ "75", ⅓ "3333333333") and its length in bytes, or 0.
func vulgarAt(s string, i int) (string, int) {
	if i+1 < len(s) && s[i] == 0xC2 {
		switch s[i+1] {
		case 0xBC:
			return "25", 2 // ¼
		case 0xBD:
			return "5", 2 // ½
		case 0xBE:
			return "75", 2 // ¾
		}
	}
	if i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x85 {
		switch s[i+2] {
		case 0x93:
			return "3333333333", 3 // ⅓
		case 0x94:
			return "6666666667", 3 // ⅔
		case 0x9B:
			return "125", 3 // ⅛
		case 0x9C:
			return "375", 3 // ⅜
		case 0x9D:
			return "625", 3 // ⅝
		case 0x9E:
			return "875", 3 // ⅞
		}
	}
	return "", 0
}

// vulgarLen is the length in bytes of the vulgar fraction at s[i:], or 0.
func vulgarLen(s string, i int) int {
	_, n := vulgarAt(s, i)
	return n
}

// pow10 holds the powers of ten a float64 represents exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// float converts x, correctly rounded for the mantissas and exponents news
// prints (m < 2^53, |e| ≤ 22).
func (x dec) float() float64 {
	f := float64(x.m)
	switch {
	case x.e >= 0 && x.e < len(pow10):
		return f * pow10[x.e]
	case x.e < 0 && -x.e < len(pow10):
		return f / pow10[-x.e]
	}
	return f * math.Pow10(x.e)
}

// integer returns x as an int when it is a whole number below 10^9.
func (x dec) integer() (int, bool) {
	m, e := x.m, x.e
	for e < 0 && m%10 == 0 {
		m /= 10
		e++
	}
	if e != 0 || m >= 1e9 {
		return 0, false
	}
	return int(m), true
}

// atoi reads a run of ASCII digits (no separators) of at most 9 digits.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// numClass is the grammatical role of a number word (lexicon/numbers.txt).
type numClass uint8

const (
	nNone    numClass = iota
	nUnit             // zero … nine
	nTeen             // ten … nineteen
	nTen              // twenty … ninety
	nHundred          // hundred
	nScale            // thousand, million, …
	nDozen            // dozen
	nPlural           // tens, dozens, hundreds, … (hundreds of)
	nOrdinal          // first, second, …
	nDenom            // half, quarter (third and up are ordinals)
)

// numWord is an entry of lexicon/numbers.txt.
type numWord struct {
	_     noEq // no generated equality function (wasm code)
	v     float64
	class numClass
}

// phrase is a multi-token entry of a word list: units, currencies, hedges.
type phrase struct {
	toks   []string // lower-cased, split as the lexer splits text
	kind   uint8    // per list: unitPercent/unitMeasure, curPre/curPost/curBoth
	canon  string   // canonical form ("%", "USD"), or "" for "as written"
	factor float64  // currencies: value of one unit in the ISO currency
	// hedges: 1 + the word table index of each token but the last, which
	// figScan.hedge compares with the entries of a document's words
	// (figScan.wi) rather than their strings
	index []uint16
}

// Kinds of phrase.
const (
	unitPercent uint8 = iota
	unitMeasure
	curPre
	curPost
	curBoth
)

// What a token may start (figLexicon.starts).
const (
	startMonth    uint8 = 1 << iota // April 28
	startCurrency                   // $5, USD 5
	startNumber                     // fourteen, half, third
	startA                          // a, an: only before a number word (a dozen)
	startOther                      // magnitude 5.8
)

// scaleWord is an entry of lexicon/scales.txt.
type scaleWord struct {
	_        noEq // no generated equality function (wasm code)
	exp      int
	adjacent bool // only against the digits (40m)
}

// figLexicon is every word list the figure detector reads, parsed once.
type figLexicon struct {
	// mayLast[kind][b] is wiMay for the tokens of a kind and last byte b
	// that may start a figure whatever their word: digits, and the marks
	// that may end a currency sign ($, and 0xA3 of £). findFigures ORs
	// it with the word's entry.
	mayLast [4][256]uint32
	// mayFirst is 1 for the bytes that make a token a figure's possible
	// start for the lexer (lexState.cands): digits, and the last bytes of
	// mayLast's marks. mayWord is a bloom filter of the lexer's hashes
	// (lexWordHash) of the words that may start one, by the top 16 bits.
	mayFirst [256]uint8
	mayWord  [1024]uint64
	// tailLast marks the last bytes of the words with a unit or a
	// currency, and of the dashes: figScan.tail reads nothing else.
	tailLast [256]uint8
	// markSet holds the word sets of each one-byte entry (a mark): what
	// figScan.in reads for a mark without the table's hash.
	markSet [256]uint64
	// markIdx holds the table index+1 of each one-byte entry (0: none):
	// findFigures reads a mark's entry by its byte, without the hash.
	markIdx [256]uint16
	// tab holds every word of the lists, each with all that the lists
	// say of it; the detector reads it (see wordTab).
	tab wordTab
}

// Word classes of wordInfo.is (lexicon/figure_words.txt and the unions).
const (
	fwStop uint16 = 1 << iota
	fwPronoun
	fwScore
	fwOrdinal
	fwZone
	fwStreet
	fwPeriod
	fwDuration
	fwPerson
	fwNamehead
	fwNotContent
	fwNotName
)

// The word sets the figure rules test (wordInfo.set, figScan.in): a
// table entry's bit where a chain of string compares cost code under
// js/wasm (each compare a branch and loads, each switch dozens).
const (
	wsWireTime     uint64 = 1 << iota // at 0340: a leading zero after these is a time
	wsDecadeAge                       // in her 70s: an age
	wsAged                            // aged 61
	wsAgeOf                           // at the age of 61, aged between 18 and 24
	wsAgeNoun                         // the word before wsAgeOf
	wsStatedNow                       // Pike, now 62
	wsStatedVerb                      // he was 68
	wsStatedEnd                       // what may follow a stated age
	wsAgeAt                           // at 15
	wsAgeGroup                        // children under 5
	wsAgeBe                           // were under 18
	wsAgeEnd                          // were under 18.
	wsYearDet                         // the 2024 elections
	wsClauseMark                      // Smith, 47,
	wsCallVerb                        // call 311
	wsServiceLine                     // police on 101
	wsServiceNext                     // 101 or 999
	wsSentStop                        // a sentence's end
	wsPersonPron                      // I saw my first gig here at 15
	wsAgeBound                        // 65 and older
	wsPlaceVerb                       // England finished third
	wsEventDet                        // the second serious fire
	wsEventStop                       // no event count past these
	wsThisLast                        // this month
	wsOneIdiom                        // no one, the one: not a count
	wsHyphenIdiom                     // one-off, two-way
	wsCountEnd                        // killing one and wounding two
	wsHalfNext                        // half of, half the
	wsHalfBefore                      // the second half
	wsShareBefore                     // cut by a third
	wsPluralNoun                      // plurals without an s
	wsMetreNext                       // 100m sprint
	wsClockBefore                     // at 7.45
	wsClockNext                       // 7.45 on, 7.45 tonight
	wsFutureBefore                    // will, scheduled: a date to come
	wsFutureAfter                     // From 1 October, a landlord will
	wsAgeAtEnd                        // at 15.
	wsSentEnd                         // . ! ?
	wsSEK                             // crowns: the country named near
	wsDKK
	wsCZK
	wsNOK
	wsLead       // may stand before a sentence's first word
	wsIDMark     // #7: an identifier
	wsIDJoin     // COVID-19, F-16: an identifier after a word
	wsIDPrefix   // mid-2025: not one
	wsNumberWord // no. 7, number 7
	wsNo         // no. 7
	// The tokens around digits that unsigned tests, a bit each where a
	// test of their text was a branch or more.
	wsAmPm        // 7 am, 7 a.m.: the words clockTime's ampm reads
	wsInOut       // 1 in 5
	wsAndOr       // 65 and older
	wsUnderOver   // children under 5
	wsOnOr        // police on 101
	wsBlock       // the 1400 block
	wsPersonMark  // Smith, 47; Smith (47)
	wsDot         // no. 7
	wsSeqWord     // game 7, Stage 14: a place in a series
	wsSuperlative // the youngest of whom is 71: an age
	// Words the rules tested in string-keyed maps (~100 ns a lookup under
	// js/wasm, with no AES hash), read from the entry instead.
	wsAboutVerb    // talked about 320: a topic, no hedge
	wsOverParticle // turned over $1.9 million: a particle, no hedge
	wsUpMove       // edged up to 2.8%: a move, no ceiling
	wsLifeEvent    // retired in 2008 at 73: an age
	wsCountedEvent // her fifth win: an ordinal that counts
	wsEnd          // no word: past the paragraph (low returns "")
)

// lexicon/figure_sets.txt lists the words of each set, a line each in
// the order of the bits above (wsEnd aside), named after them
// (TestFigureSets).

// wordInfo is everything the figure lexicon knows of one lower-cased word.
type wordInfo struct {
	key      string
	index    uint16 // in wordTab.info
	starts   uint8  // startMonth, …
	month    uint8  // 1-12, 0: not a month
	is       uint16 // fwStop, …
	set      uint64 // the figure rules' word sets (figure_sets.txt)
	hasScale bool
	place    uint8 // its placeOf code + 1, 0 for no place word (placeCounts)
	// preGlue: every currency this word starts before the digits has two
	// tokens or more (A $), so it starts one only touching the next token.
	preGlue                   bool
	num                       numWord
	wi                        uint32 // its figScan.wi entry: index+1, wiMay, …
	scale                     scaleWord
	units, currencies, hedges []phrase
}

// noWord is the wordInfo of a word in no list.
var noWord wordInfo

// wordTab is an open-addressing table of wordInfo keyed by a hash of a
// word's length and its first, middle and last bytes. Go's string maps
// hash every byte, and under js/wasm through a slow fallback
// (runtime.memhashFallback): their lookups were about a tenth of
// BenchmarkFigures' time there. With ~750 words in 8,192 slots most
// words miss on an empty slot after one load. findFigures looks each
// distinct word of a document up once (figScan.wi).
type wordTab struct {
	slot [wordTabSize]uint16 // 1 + index into info, 0: empty
	info []wordInfo
}

const wordTabSize = 1 << 13

// wordHash is the slot a word of length n ≥ 1 starts probing at.
func wordHash(l string) uint32 {
	n := len(l)
	return (uint32(l[0]) | uint32(l[n>>1])<<8 | uint32(l[n-1])<<16 | uint32(n)<<24) * 0x9E3779B1 >> (32 - 13)
}

// get returns the entry of l, or &noWord.
func (t *wordTab) get(l string) *wordInfo {
	n := len(l)
	if n == 0 {
		return &noWord
	}
	// wordHash, written out: a call per lookup costs under js/wasm.
	for h := (uint32(l[0]) | uint32(l[n>>1])<<8 | uint32(l[n-1])<<16 | uint32(n)<<24) * 0x9E3779B1 >> (32 - 13); ; h++ {
		k := t.slot[h&(wordTabSize-1)]
		if k == 0 {
			return &noWord
		}
		if e := &t.info[k-1]; e.key == l {
			return e
		}
	}
}

// is reports whether l is in any of the classes c (fwStop, …).
func (t *wordTab) is(l string, c uint16) bool { return t.get(l).is&c != 0 }

// add returns the entry of l, creating it.
func (t *wordTab) add(l string) *wordInfo {
	for h := wordHash(l); ; h++ {
		k := t.slot[h&(wordTabSize-1)]
		if k == 0 {
			t.info = append(t.info, wordInfo{key: l, index: uint16(len(t.info))})
			t.slot[h&(wordTabSize-1)] = uint16(len(t.info))
			return &t.info[len(t.info)-1]
		}
		if e := &t.info[k-1]; e.key == l {
			return e
		}
	}
}

var (
	//go:embed lexicon/numbers.txt
	numbersTxt string
	//go:embed lexicon/scales.txt
	scalesTxt string
	//go:embed lexicon/months.txt
	monthsTxt string
	//go:embed lexicon/units.txt
	unitsTxt string
	//go:embed lexicon/currencies.txt
	currenciesTxt string
	//go:embed lexicon/hedges.txt
	hedgesTxt string
	//go:embed lexicon/figure_words.txt
	figureWordsTxt string
	//go:embed lexicon/figure_sets.txt
	figureSetsTxt string

	figLexOnce sync.Once
	figLex     *figLexicon
)

// figWords returns the figure word lists, parsing them on first use.
func figWords() *figLexicon {
	figLexOnce.Do(func() { figLex = parseFigLexicon() })
	return figLex
}

// splitPhrase splits a lexicon phrase into lower-cased tokens the way the
// lexer splits text: letter runs, digit runs, and single other runes.
func splitPhrase(s string) []string {
	s = lowerASCII(s)
	var out []string
	for i := 0; i < len(s); {
		c, n, _ := classAt(s, i)
		switch c {
		case cSpace, cNewline:
			i += n
			continue
		case cLetter, cDigit:
			j := i + n
			for j < len(s) {
				c2, n2, _ := classAt(s, j)
				if c2 != c && !(c == cDigit && (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
					break // digits hold inner , and . as the lexer's do (100,000)
				}
				j += n2
			}
			out = append(out, s[i:j])
			i = j
		default:
			out = append(out, s[i:i+n])
			i += n
		}
	}
	return out
}

// addPhrase adds p to list l, keeping it longest first.
func addPhrase(l []phrase, p phrase) []phrase {
	l = append(l, p)
	for k := len(l) - 1; k > 0 && len(l[k].toks) > len(l[k-1].toks); k-- {
		l[k], l[k-1] = l[k-1], l[k]
	}
	return l
}

// figClasses names the classes of lexicon/figure_words.txt, in the order
// of their bits (fwStop, …); notname has none of its own (fwNotName).
var figClasses = [...]string{"stop", "pronoun", "score", "ordinal", "zone", "street", "period", "duration", "person", "namehead"}

// numClasses names the number classes of lexicon/numbers.txt (numClass).
var numClasses = [...]string{nUnit: "unit", nTeen: "teen", nTen: "ten", nHundred: "hundred", nScale: "scale",
	nDozen: "dozen", nPlural: "plural", nOrdinal: "ordinal", nDenom: "denom"}

// parseFigLexicon files each list's words straight into the table (string
// maps first, then the table, were ~10M instructions and 20 KB of code).
func parseFigLexicon() *figLexicon {
	lx := &figLexicon{}
	tab := &lx.tab
	tab.info = make([]wordInfo, 0, 1024)
	lexLines(numbersTxt, func(f []string) {
		e := tab.add(f[0])
		e.num.v, _ = strconv.ParseFloat(f[1], 64)
		if k := indexOf(numClasses[:], f[2]); k > 0 {
			e.num.class = numClass(k)
		}
		e.starts |= startNumber
	})
	lexLines(scalesTxt, func(f []string) {
		e := tab.add(f[0])
		e.scale.exp, _ = strconv.Atoi(f[1])
		e.scale.adjacent, e.hasScale = len(f) > 2 && f[2] == "adjacent", true
	})
	lexLines(monthsTxt, func(f []string) {
		e := tab.add(f[0])
		m, _ := strconv.Atoi(f[1])
		e.month = uint8(m)
		e.starts |= startMonth
		e.is |= fwNotContent | fwNotName
	})
	// "kind tokens… [= canon [factor]]"
	entry := func(f []string) (kind string, p phrase) {
		kind, f = f[0], f[1:]
		p.factor = 1
		if k := indexOf(f, "="); k >= 0 {
			canon := f[k+1:]
			if x, err := strconv.ParseFloat(canon[len(canon)-1], 64); err == nil && len(canon) > 1 {
				p.factor, canon = x, canon[:len(canon)-1]
			}
			p.canon = strings.Join(canon, " ")
			f = f[:k]
		}
		p.toks = splitPhrase(strings.Join(f, " "))
		return kind, p
	}
	lexLines(unitsTxt, func(f []string) {
		kind, p := entry(f)
		p.kind = unitMeasure
		if kind == "percent" {
			p.kind = unitPercent
		}
		e := tab.add(p.toks[0])
		e.units = addPhrase(e.units, p)
	})
	lexLines(currenciesTxt, func(f []string) {
		kind, p := entry(f)
		switch kind {
		case "pre":
			p.kind = curPre
		case "post":
			p.kind = curPost
		default:
			p.kind = curBoth
		}
		e := tab.add(p.toks[0])
		e.currencies = addPhrase(e.currencies, p)
		if p.kind != curPost {
			e.starts |= startCurrency
		}
	})
	lexLines(hedgesTxt, func(f []string) {
		line := strings.Join(f, " ")
		p := phrase{toks: splitPhrase(line), canon: line} // canon: the text a figure's Approx shares
		// Every word of a hedge gets an entry (most have one already):
		// a word in no list has 0 in figScan.wi, which the index would
		// not tell apart. An entry in no list changes nothing else.
		for _, t := range p.toks[:len(p.toks)-1] {
			p.index = append(p.index, tab.add(t).index+1)
		}
		e := tab.add(p.toks[len(p.toks)-1]) // matched backwards
		e.hedges = addPhrase(e.hedges, p)
		e.is |= fwNotName
	})
	lexLines(figureWordsTxt, func(f []string) {
		if f[0] == "notname" {
			tab.add(f[1]).is |= fwNotName
		} else if k := indexOf(figClasses[:], f[0]); k >= 0 {
			e := tab.add(f[1])
			e.is |= 1 << k
			if k == 0 { // stop words are neither content nor names
				e.is |= fwNotContent | fwNotName
			}
		}
	})
	k := 0
	lexLines(figureSetsTxt, func(f []string) {
		for _, w := range f[1:] {
			tab.add(w).set |= 1 << (k & 63)
		}
		k++
	})
	loadPlaces()
	for _, w := range placeWords {
		tab.add(w).place = placeOf[w] + 1
	}
	for _, w := range []string{"a", "an"} {
		tab.add(w).starts |= startA
	}
	for _, w := range []string{"magnitude", "category", "several", "few"} {
		tab.add(w).starts |= startOther
	}
	lx.tailLast['-'], lx.tailLast["–"[2]] = 1, 1
	for k := range tab.info {
		e := &tab.info[k]
		if e.num.class == nOrdinal || e.num.class == nPlural {
			e.is |= fwNotName
		}
		if c, _, _ := classAt(e.key, 0); e.starts != 0 && c != cLetter && c != cDigit {
			lx.mayLast[tPunct][e.key[len(e.key)-1]] = wiMay
		}
		if e.units != nil || e.currencies != nil {
			lx.tailLast[e.key[len(e.key)-1]] = 1
		}
		if len(e.key) == 1 {
			lx.markSet[e.key[0]] = e.set
			lx.markIdx[e.key[0]] = uint16(k + 1)
		}
		e.preGlue = true
		for _, p := range e.currencies {
			if p.kind != curPost && len(p.toks) < 2 {
				e.preGlue = false
			}
		}
		e.wi = uint32(e.index) + 1
		if e.starts&startA != 0 && (e.starts&startCurrency == 0 || e.preGlue) {
			// a, an: only before a number word or touching the next
			// token, which findFigures asks of the token after it
			e.wi |= wiA
		} else if e.starts != 0 {
			e.wi |= wiMay
		}
		if e.hedges != nil || e.key == "every" { // (at least every six years: hedge)
			e.wi |= wiHedge
		}
		if e.month != 0 {
			e.wi |= wiMonth
		}
		if e.units != nil || e.currencies != nil || e.key == "year" || e.key == "years" {
			e.wi |= wiTail // what tail reads of a word
		}
		if e.num.class != nNone || e.key == "few" {
			e.wi |= wiNum
		}
	}
	for b := range lx.mayLast[tNum] {
		lx.mayLast[tNum][b] = wiMay
	}
	for k := range tab.info {
		if e := &tab.info[k]; e.wi&wiMay != 0 {
			h := lexWordHash(e.key)
			lx.mayWord[h>>22] |= 1 << (h >> 16 & 63)
		}
	}
	for b := range 256 {
		if b >= '0' && b <= '9' || asciiClass[b] != cLetter && lx.mayLast[tPunct][b]|lx.mayLast[tQuote][b] != 0 {
			lx.mayFirst[b] = 1
		}
	}
	return lx
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

// cardinal is lx.cardinal over the shared lexicon (tests).
func cardinal(w []string) (float64, int, bool) { return figWords().cardinal(w) }

// fraction is lx.fraction over the shared lexicon (tests).
func fraction(w []string) (float64, int) { return figWords().fraction(w) }

// ordinalWords is lx.ordinalWords over the shared lexicon (tests).
func ordinalWords(w []string) (int, int) { return figWords().ordinalWords(w) }

// cardinal reads a spelled-out cardinal at the start of w (lower-cased
// tokens as the lexer splits them): "fourteen thousand", "twenty-five",
// "one hundred and twenty", "a dozen", "two and a half million", "half a
// million", and the plurals "hundreds", "tens of thousands". It returns the
// value and the number of tokens used (0: none); plural reports the vague
// plurals (hundreds of), whose value is their unit (hundreds = 100).
func (lx *figLexicon) cardinal(w []string) (v float64, n int, plural bool) {
	var buf [figWindow]numWord
	return lx.cardinalOf(w, lx.numsOf(w, &buf))
}

// numsOf returns the numbers.txt entries of the words of w (in buf when
// they fit).
func (lx *figLexicon) numsOf(w []string, buf *[figWindow]numWord) []numWord {
	nw := buf[:0]
	for _, x := range w {
		nw = append(nw, lx.tab.get(x).num)
	}
	return nw
}

// cardinalOf is cardinal given nw[k], the numbers.txt entry of each w[k]:
// findFigures reads them by word id, not by a hash of each string.
func (lx *figLexicon) cardinalOf(w []string, nw []numWord) (v float64, n int, plural bool) {
	if len(w) == 0 {
		return 0, 0, false
	}
	first := nw[0]
	if first.class == nPlural {
		// "tens of thousands", "hundreds of millions"
		if len(w) >= 3 && w[1] == "of" {
			if second := nw[2]; second.class == nPlural && second.v >= 1000 && second.v > first.v {
				return first.v * second.v, 3, true
			}
		}
		if first.v == 10 { // "tens" alone counts nothing
			return 0, 0, false
		}
		return first.v, 1, true
	}
	// "half a million", "half a dozen"
	if w[0] == "half" && len(w) >= 3 && w[1] == "a" {
		if s := nw[2]; s.class == nScale || s.class == nDozen || s.class == nHundred {
			return s.v / 2, 3, false
		}
	}
	var total, group, lastScale float64
	last := nNone
	i := 0
	if w[0] == "a" && len(w) > 1 {
		// "a dozen", "a hundred", "a million": the a is one.
		switch nw[1].class {
		case nHundred, nScale, nDozen:
			group, last, i = 1, nUnit, 1
		default:
			return 0, 0, false
		}
	}
loop:
	for ; i < len(w); i++ {
		t := w[i]
		switch t {
		case "-": // twenty-five
			if last == nTen && i+1 < len(w) && nw[i+1].class == nUnit && w[i+1] != "zero" {
				continue
			}
			break loop
		case "and":
			// "one hundred and twenty", "two thousand and five"
			if (last == nHundred || last == nScale) && i+1 < len(w) {
				if c := nw[i+1].class; c == nUnit || c == nTeen || c == nTen {
					continue
				}
			}
			// "one and a half", "two and a half million"
			if (last == nUnit || last == nTeen || last == nTen) && i+2 < len(w) && w[i+1] == "a" && w[i+2] == "half" {
				group += 0.5
				i += 2
				n = i + 1
				last = nDenom
				continue
			}
			break loop
		}
		nw := nw[i]
		switch nw.class {
		case nUnit:
			if last == nUnit || last == nTeen || last == nDenom {
				break loop
			}
			if last == nTen && w[i-1] != "-" && nw.v == 0 {
				break loop
			}
			group += nw.v
		case nTeen, nTen:
			if last == nUnit || last == nTeen || last == nTen || last == nDenom {
				break loop
			}
			group += nw.v
		case nHundred:
			if last == nNone || last == nHundred || group == 0 || group >= 100 {
				break loop
			}
			group *= 100
		case nScale:
			if last == nNone || last == nScale && nw.v <= lastScale || group == 0 && total == 0 {
				break loop
			}
			if lastScale == 0 || nw.v > lastScale {
				total = (total + group) * nw.v
			} else {
				total += group * nw.v
			}
			group, lastScale = 0, nw.v
		case nDozen:
			if last == nNone || last == nScale || last == nDozen {
				break loop
			}
			group *= 12
		default:
			break loop
		}
		last = nw.class
		n = i + 1
	}
	if n == 0 {
		return 0, 0, false
	}
	return total + group, n, false
}

// denominator returns the denominator a word names (third, thirds, half,
// quarters), or 0.
//
// nw is the numbers.txt entry of s.
func (lx *figLexicon) denominator(s string, nw numWord) (den float64, plural bool) {
	if nw.class == nDenom {
		return nw.v, s == "halves" || s == "quarters"
	}
	if nw.class == nOrdinal && nw.v >= 3 {
		return nw.v, false
	}
	if len(s) > 3 && s[len(s)-1] == 's' {
		if nw := lx.tab.get(s[:len(s)-1]).num; nw.class == nOrdinal && nw.v >= 3 {
			return nw.v, true
		}
	}
	return 0, false
}

// fraction reads a spelled-out fraction at the start of w: "half",
// "a third", "one-fifth", "two-thirds", "three quarters". The value is the
// exact quotient (two-thirds is 0.666…); n is the number of tokens used
// (0: none).
func (lx *figLexicon) fraction(w []string) (v float64, n int) {
	var buf [figWindow]numWord
	return lx.fractionOf(w, lx.numsOf(w, &buf))
}

// fractionOf is fraction given the numbers.txt entries of w (cardinalOf).
func (lx *figLexicon) fractionOf(w []string, nw []numWord) (v float64, n int) {
	if len(w) == 0 {
		return 0, 0
	}
	if w[0] == "half" {
		return 0.5, 1
	}
	var num float64
	switch nw := nw[0]; {
	case w[0] == "a" || w[0] == "an":
		num = 1
	case nw.class == nUnit && nw.v > 0 || nw.class == nTeen:
		num = nw.v
	default:
		return 0, 0
	}
	i := 1
	if i < len(w) && w[i] == "-" {
		i++
	}
	if i >= len(w) {
		return 0, 0
	}
	den, plural := lx.denominator(w[i], nw[i])
	if den == 0 || plural != (num > 1) || num >= den && den != 2 {
		return 0, 0
	}
	return num / den, i + 1
}

// ordinalWords reads a spelled-out ordinal at the start of w: "third",
// "twenty-first", "twenty first". It returns the value and the tokens used.
func (lx *figLexicon) ordinalWords(w []string) (v int, n int) {
	var buf [figWindow]numWord
	return lx.ordinalWordsOf(w, lx.numsOf(w, &buf))
}

// ordinalWordsOf is ordinalWords given the numbers.txt entries of w
// (cardinalOf).
func (lx *figLexicon) ordinalWordsOf(w []string, nw []numWord) (v int, n int) {
	if len(w) == 0 {
		return 0, 0
	}
	first := nw[0]
	if first.class == nOrdinal {
		return int(first.v), 1
	}
	if first.class != nTen {
		return 0, 0
	}
	i := 1
	if i < len(w) && w[i] == "-" {
		i++
	}
	if i < len(w) {
		if o := nw[i]; o.class == nOrdinal && o.v < 10 {
			return int(first.v + o.v), i + 1
		}
	}
	return 0, 0
}

// ordinalSuffix reports the endings of 1st, 2nd, 3rd, 4th.
func ordinalSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// A date or time figure's value, packed until its text is written
// (appendWhen): whenDate | y<<9 | m<<5 | day, or whenClock | h<<6 | m.
const (
	whenDate  = 1 << 30
	whenClock = 1 << 31
)

func dateWhen(y, m, day int) uint32 { return whenDate | uint32(y)<<9 | uint32(m)<<5 | uint32(day) }
func clockWhen(h, m int) uint32     { return whenClock | uint32(h)<<6 | uint32(m) }

// appendWhen appends the text of w: "HH:MM", or "YYYY-MM-DD" ("YYYY-MM"
// when the day is 0).
func appendWhen(b []byte, w uint32) []byte {
	if w&whenClock != 0 {
		h, m := w>>6&31, w&63
		return append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10))
	}
	y, m, day := w>>9&0x3FFF, w>>5&15, w&31
	b = append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-', byte('0'+m/10), byte('0'+m%10))
	if day == 0 {
		return b
	}
	return append(b, '-', byte('0'+day/10), byte('0'+day%10))
}

// isoDate writes "YYYY-MM-DD", or "YYYY-MM" when day is 0.
func isoDate(y, m, day int) string {
	var b [10]byte
	return string(appendWhen(b[:0], dateWhen(y, m, day)))
}

// clock writes "HH:MM".
func clock(h, m int) string {
	var b [5]byte
	return string(appendWhen(b[:0], clockWhen(h, m)))
}

// validDate reports whether y-m-d is a calendar date (day 0: month only).
func validDate(y, m, day int) bool {
	if m < 1 || m > 12 || day < 0 || y < 0 || y > 9999 {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if day > days[m-1] {
		return false
	}
	return day != 29 || m != 2 || y%4 == 0 && (y%100 != 0 || y%400 == 0) || y == 0
}
