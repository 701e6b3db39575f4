package annotate

import "unsafe"

// Paragraphs and sentences.
//
// A paragraph ends at a blank line. Pasted articles often separate
// paragraphs with single line breaks instead, so a single break ends a
// paragraph too, unless the text is hard-wrapped: it has blank lines and
// most of its single breaks fall mid-sentence (the line before does not end
// a sentence), as in e-mail or a 72-column text file.
//
// A sentence ends at . ! ? or … followed by closing quotes or brackets and
// then a space, when the next word may start a sentence. After an
// abbreviation (Mr., Jan., U.S.) the next word must be one that commonly
// starts a sentence (The, He, But, …); after a title (Mr., Dr., Gen.) never.

// paragraphs fills d.paras and marks each paragraph's first token.
func (d *doc) paragraphs() {
	toks := d.toks
	// The tokens after a line break, listed by lex: both loops below
	// visit only them. The first token and the end of the text (a line
	// break after the last token) aside.
	lines := d.lines
	if len(lines) > 0 && lines[0] == 0 {
		lines = lines[1:]
	}
	if len(lines) > 0 && int(lines[len(lines)-1]) >= len(toks) {
		lines = lines[:len(lines)-1]
	}
	blank, single, midSentence := false, 0, 0
	for _, i := range lines {
		if toks[i].Flags&fBlank != 0 {
			blank = true
		} else {
			single++
			if !d.endsSentence(int(i) - 1) {
				midSentence++
			}
		}
	}
	wrapped := blank && midSentence*2 > single
	breaks := fNewline // the flags that end a paragraph
	if wrapped {
		breaks = fBlank
	}
	hParas := d.scr.alloc(len(lines)+1, unsafe.Sizeof(para{}), true)
	d.paras = (*(*[]para)(unsafe.Pointer(&hParas)))[:0]
	start := 0
	for _, i := range append(lines, int32(len(toks))) {
		if int(i) < len(toks) && toks[i].Flags&breaks == 0 {
			continue
		}
		if start < int(i) {
			toks[start].Flags |= fParaStart
			d.paras = append(d.paras, para{
				Span:  Span{int(toks[start].Start), int(toks[i-1].End)},
				First: int32(start), Last: i,
			})
		}
		start = int(i)
	}
}

// nextFlagged returns the index of the first token from i on with one of
// flags (len(toks) if none). A loop without calls: see lexFast. Four
// tokens a turn: most have none of the flags sought.
func nextFlagged(toks []token, i int, flags uint8) int {
	if uint(i) >= uint(len(toks)) {
		return len(toks)
	}
	t := toks[i:]
	for len(t) >= 4 && (t[0].Flags|t[1].Flags|t[2].Flags|t[3].Flags)&flags == 0 {
		t = t[4:]
	}
	for k := range t {
		if t[k].Flags&flags != 0 {
			return len(toks) - len(t) + k
		}
	}
	return len(toks)
}

// endsSentence reports whether token i is terminal punctuation, possibly
// followed by closing marks (used to tell wrapped lines from paragraphs).
// Token fields are read in line (a call costs under wasm); a one-byte
// token is its first byte.
func (d *doc) endsSentence(i int) bool {
	toks := d.toks
	for ; i >= 0 && i < len(toks); i-- {
		t := toks[i]
		c := t.First
		if t.Kind == tQuote || c == ')' || c == ']' || c == '}' {
			continue
		}
		return t.Kind == tPunct && (c == '.' || c == '!' || c == '?' || c == ':' || c == firstEllipsis)
	}
	return false
}

// sentences fills d.sents, paragraph by paragraph.
func (d *doc) sentences() {
	// The set flags (setFlags) are filled here a run of tokens at a
	// time, each run's stops read just after: a stop's token is then in
	// cache, where after a pass over all the tokens it was a cache miss
	// (a third of the time of this loop under wasm, perf).
	// d.sf is filled up to filled meanwhile, past the paragraph's end.
	filled, sf, byID := len(d.toks), d.sf, []setFlag(nil)
	if sf == nil {
		filled = 0
		sf, byID = d.wordFlags() // d.abbrevs too, the words' abbreviation kinds
		d.sf = sf
	}
	ns := len(d.toks)/20 + 1
	hSents := d.scr.alloc(ns, unsafe.Sizeof(sentence{}), true)
	sents := (*(*[]sentence)(unsafe.Pointer(&hSents)))[:0]
	// The stops lex listed, in order: each paragraph visits its own.
	// Token fields are read in line, not through helpers: a call a
	// stop costs under wasm. A token's first byte is its First, not a
	// load from the text (a cache miss a stop).
	toks, stops, ab, k := d.toks, d.stops, d.abbrevs, 0
	for pi, p := range d.paras {
		start, last := int(p.First), int(p.Last)
		if filled < last { // runs of 2048 tokens or more: 32 KB, in the first-level cache
			to := min(len(toks), max(last, filled+2048))
			fillSetFlags(sf, toks, byID, filled, to)
			filled = to
		}
		from := start // the stops before from are swallowed by one before
		for ; k < len(stops) && int(stops[k]) < last; k++ {
			i := int(stops[k])
			b := toks[i].First
			if i < from || b >= 0x80 && b != firstEllipsis { // of the non-ASCII marks … alone ends one
				continue
			}
			// Swallow a run of terminal marks and closing quotes/brackets
			// (adjacent).
			j := i + 1
			for ; j < last && toks[j-1].End == toks[j].Start; j++ {
				t := toks[j]
				if c := t.First; t.Kind != tQuote && c != ')' && c != ']' && c != '}' &&
					!(t.Kind == tPunct && (asciiStop[c] != 0 || c == firstEllipsis)) {
					break
				}
			}
			from = j
			if j >= last || toks[j].Flags&fSpace == 0 {
				continue
			}
			// Does the mark end the sentence? The next token (after a
			// space) must look like a sentence's start.
			next := toks[j]
			if c := next.First; next.Flags&fCap == 0 && next.Kind != tNum && next.Kind != tQuote &&
				(next.Kind != tPunct || c == ',' || c == ';') {
				continue
			}
			// After an abbreviation's period: never before a name after
			// a title (Mr.), only before a usual opener after another
			// (Jan., U.S.).
			if w := toks[max(i-1, 0)]; b == '.' && i > 0 && w.End == toks[i].Start && w.Kind == tWord && uint(w.ID) < uint(len(ab)) {
				switch ab[w.ID] & abKind {
				case abTitle:
					continue
				case abOther:
					// (a unit's letter is no initial: "at 260 km/h. Smit was")
					perH := i >= 2 && toks[i-2].First == '/' && toks[i-2].End == w.Start
					if (next.Kind != tWord || uint(next.ID) >= uint(len(ab)) || ab[next.ID]&abOpener == 0) && !perH && !d.afterClock(i, j) {
						continue
					}
				}
			}
			sents = append(sents, sentence{Span: Span{int(toks[start].Start), int(toks[j-1].End)},
				First: int32(start), Last: int32(j), Para: int32(pi)})
			start = j
		}
		if start < last {
			sents = append(sents, sentence{Span: Span{int(toks[start].Start), int(toks[last-1].End)},
				First: int32(start), Last: int32(last), Para: int32(pi)})
		}
	}
	fillSetFlags(sf, toks, byID, filled, len(toks))
	d.sents = sents
}

// afterClock reports a capitalized word at j after "a.m." or "p.m."
// ending at the period i that starts a sentence: "between 8 a.m. and 10
// p.m. Fines will …", but not "at 10 p.m. Friday" nor "7 p.m. ET".
func (d *doc) afterClock(i, j int) bool {
	if i < 3 || d.low[d.toks[i-1].Start] != 'm' || d.toks[i-1].End-d.toks[i-1].Start != 1 || d.low[d.toks[i-2].Start] != '.' {
		return false
	}
	if c := d.low[d.toks[i-3].Start]; c != 'a' && c != 'p' || d.toks[i-3].End-d.toks[i-3].Start != 1 {
		return false
	}
	next := d.toks[j]
	return next.Kind == tWord && next.Flags&fCap != 0 && next.Flags&fUpper == 0 && d.sf[j]&sWeekday == 0 && !clockZones[d.low[next.Start:next.End]]
}

// clockZones may follow a time without ending its sentence.
var clockZones = setOf("eastern pacific central mountain atlantic local greenwich universal moscow tokyo")

// Abbreviation kinds of a word before a period, per distinct word in
// d.abbrevs (setFlags, from setTab: a string-keyed map lookup costs
// ~100 ns under wasm).
const (
	abNone   uint8 = iota
	abTitle        // Mr, Dr: a name follows
	abOther        // Jan, Inc, a single letter: may end a sentence
	abKind   = 3   // the mask of the kinds above
	abOpener = 4   // a word that usually begins a sentence (sentenceOpeners)
)

// titleAbbrev are abbreviations that always precede a name.
var titleAbbrev = setOf("mr mrs ms mx dr prof coun cllr gen lt col maj sgt capt cmdr adm gov sen rep rev hon fr st mt sr jr pres supt insp det const cst")

// abbrev are abbreviations that may also end a sentence.
var abbrev = setOf("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
	"inc co corp ltd llc plc bros no nos vs etc al approx est dept govt univ ave blvd rd ft cf ed eds vol pp ch fig ft lb lbs oz")

// sentenceOpeners are words that usually begin a sentence, used after an
// abbreviation or initial ("in the U.S. The …").
var sentenceOpeners = setOf("the a an he she it they we i you his her its their our this that these those there " +
	"but and or so yet in on at for from by with after before when while if as since although though however " +
	"meanwhile still then now some many most all no not one two three both each officials police authorities")

// setOf builds a set from space-separated words.
func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	start := -1
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' || words[i] == '\n' {
			if start >= 0 {
				m[words[start:i]] = true
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return m
}
