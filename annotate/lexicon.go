package annotate

import (
	"math/bits"
	"strings"
	"sync"
	"unsafe"
)

// Word lists live in lexicon/*.txt: one entry a line, fields separated by
// spaces, # starts a comment line. They are embedded by the detector that
// reads them and parsed once, on first use. What each holds is documented
// in lexicon/README.md, not in comments, which would ship in the wasm.

// lexLines calls f with the fields of each non-empty, non-comment line of a
// word list. Shared by every detector's lexicon loader.
func lexLines(txt string, f func(fields []string)) {
	for len(txt) > 0 {
		line := txt
		if i := strings.IndexByte(txt, '\n'); i >= 0 {
			line, txt = txt[:i], txt[i+1:]
		} else {
			txt = ""
		}
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if fs := strings.Fields(line); len(fs) > 0 {
			f(fs)
		}
	}
}

// setFlag marks a lower-cased word's membership in the small closed word
// sets the rules test around every cue and mention (auxiliaries, be-forms,
// time words, …). d.sf holds it per token, computed once per distinct word
// (setFlags), so a rule's test is a load and a mask, not a string map
// lookup: under js/wasm those cost a call and a software hash each, and
// were ~16% of BenchmarkAnnotate (node --cpu-prof).
type setFlag uint32

const (
	sNeg          setFlag = 1 << iota // negators
	sAux                              // auxiliaries
	sBe                               // beForms
	sDet                              // determiners
	sTime                             // timeWords
	sWeekday                          // weekdays
	sObjPron                          // objPronouns
	sClause                           // clauseWords
	sBlock                            // subjectBlockers
	sPluralSubj                       // pluralSubjects
	sBare                             // bareSubjects
	sTail                             // tailWords
	sFinite                           // finiteVerbs
	sAdvStart                         // adverbialStart
	sPrepPP                           // prepsPP
	sConnector                        // nameConnectors
	sAdjHyphen                        // adjHyphen
	sDemonym                          // demonyms
	sItExpl                           // itExpletive
	sAbbrevPeriod                     // abbrevPeriod
	sByline                           // bylineWords
	sTell                             // tellVerbs
	sCue                              // a key of cueVerbs
	sQElision                         // quoteElisions
	sQIntro                           // quoteIntroducers
	sQNaming                          // quoteNaming
	sQMinor                           // quoteMinor
	sQSpeech                          // quoteSpeech
	sQDet                             // quoteFunction qwDet; keep these three in qw order
	sQEmbed                           // quoteFunction qwEmbed
	sQPred                            // quoteFunction qwPred
	sPoss                             // ends in a possessive ’s or 's (possLen > 0)
)

var (
	setOnce sync.Once
	// setTab holds every word of the sets by the lexer's word hash
	// (wordSpan.hash), so that setFlags looks a word up without hashing
	// its text again: a string-keyed map lookup costs ~100 ns under
	// js/wasm. Open addressing, linear probing, at most half full.
	setTab []setEntry
	// setKeys[s] is setTab[s].hash with its top bit set, 0 for a free
	// place: probes read these 4 bytes, not a 48-byte entry each (the
	// table is 0.8 MB, a cache miss a probe).
	setKeys []uint32
)

type setEntry struct {
	_   noEq   // no generated equality function (wasm code)
	w   string // "" when free
	f   setFlag
	cue cueVerb  // cueVerbs[w] when f has sCue
	src wordFlag // srcWords[w]: the attribution pass's flags, read here once per distinct word
	ab  uint8    // its abbreviation kind and abOpener (sentences)
	ws  uint16   // its wordSets bits (doc.wordSets)
}

// setAdd adds the flags f to word w in setTab.
func setAdd(w string, f setFlag) *setEntry {
	h := lexWordHash(w)
	mask := uint32(len(setTab) - 1)
	s := h & mask
	for setTab[s].w != "" && setTab[s].w != w {
		s = (s + 1) & mask
	}
	e := &setTab[s]
	e.w, e.f = w, e.f|f
	setKeys[s] = h | 1<<31
	return e
}

func loadSets() {
	setOnce.Do(func() {
		loadCues()
		loadSourceLexicons()
		quoteLexOnce.Do(loadQuoteLexicons)
		sets := []struct {
			set map[string]bool
			f   setFlag
		}{{negators, sNeg}, {auxiliaries, sAux}, {beForms, sBe}, {determiners, sDet}, {timeWords, sTime},
			{weekdays, sWeekday}, {objPronouns, sObjPron}, {clauseWords, sClause}, {subjectBlockers, sBlock},
			{pluralSubjects, sPluralSubj}, {bareSubjects, sBare}, {tailWords, sTail}, {finiteVerbs, sFinite},
			{adverbialStart, sAdvStart}, {prepsPP, sPrepPP}, {nameConnectors, sConnector}, {adjHyphen, sAdjHyphen},
			{demonyms, sDemonym}, {itExpletive, sItExpl}, {abbrevPeriod, sAbbrevPeriod}, {bylineWords, sByline},
			{tellVerbs, sTell}}
		quoteSets := []struct {
			set map[string]struct{}
			f   setFlag
		}{{quoteElisions, sQElision}, {quoteIntroducers, sQIntro}, {quoteNaming, sQNaming},
			{quoteMinor, sQMinor}, {quoteSpeech, sQSpeech}}
		n := len(cueVerbs) + len(quoteFunction) + len(srcWords) + len(abbrev) + len(titleAbbrev) + len(sentenceOpeners) // a bound on the distinct words
		for _, c := range sets {
			n += len(c.set)
		}
		for _, c := range quoteSets {
			n += len(c.set)
		}
		for _, set := range wordSets {
			n += len(set)
		}
		setTab = make([]setEntry, 1<<bits.Len(uint(2*n)))
		setKeys = make([]uint32, len(setTab))
		for _, c := range sets {
			for w := range c.set {
				setAdd(w, c.f)
			}
		}
		for w, v := range cueVerbs {
			setAdd(w, sCue).cue = v
		}
		for _, c := range quoteSets {
			for w := range c.set {
				setAdd(w, c.f)
			}
		}
		for w, class := range quoteFunction {
			setAdd(w, setFlag(class)*sQDet) // qwDet, qwEmbed, qwPred: 1, 2, 4
		}
		for w, f := range srcWords {
			setAdd(w, 0).src = f
		}
		for w := range abbrev {
			setAdd(w, 0).ab |= abOther
		}
		for w := range titleAbbrev { // a title, whatever else it is
			e := setAdd(w, 0)
			e.ab = e.ab&^abKind | abTitle
		}
		for w := range sentenceOpeners {
			setAdd(w, 0).ab |= abOpener
		}
		for k, set := range wordSets {
			for w := range set {
				setAdd(w, 0).ws |= 1 << k
			}
		}
	})
}

// setFlags fills d.sf (the set flags of each word token's lower-cased
// text; 0 for other tokens: no set holds a number or a lone mark) and
// d.cueOf, d.srcOf and d.abbrevs (each distinct word's cue verb, srcWords
// flags and abbreviation kind), one setTab lookup per distinct word.
// sentences does the same, a run of tokens at a time (see there).
func (d *doc) setFlags() {
	if d.sf != nil {
		return
	}
	sf, byID := d.wordFlags()
	fillSetFlags(sf, d.toks, byID, 0, len(sf))
	d.sf = sf
}

// wordFlags fills d.cueOf, d.srcOf and d.abbrevs and returns the array for
// d.sf, not yet filled, and the set flags by word (byID[id+1]; byID[0] = 0
// for the tokens that are no word).
func (d *doc) wordFlags() (sf, byID []setFlag) {
	loadSets()
	// byID[id+1]: a token's ID+1 indexes it, 0 (no flags) for a non-word
	nw := len(d.words)
	hByID := d.scr.alloc(nw+1, unsafe.Sizeof(setFlag(0)), false)
	byID = *(*[]setFlag)(unsafe.Pointer(&hByID))
	hCueof := d.scr.alloc(nw, unsafe.Sizeof(cueVerb{}), false)
	d.cueOf = *(*[]cueVerb)(unsafe.Pointer(&hCueof))
	hSrcOf := d.scr.alloc(nw, unsafe.Sizeof(wordFlag(0)), false)
	d.srcOf = *(*[]wordFlag)(unsafe.Pointer(&hSrcOf))
	hAbbrevs := d.scr.alloc(nw, 1, false)
	d.abbrevs = *(*[]uint8)(unsafe.Pointer(&hAbbrevs))
	mask := uint32(len(setTab) - 1)
	keys := setKeys[:mask+1]
	for id, ws := range d.words {
		w := d.low[ws.Start:ws.End]
		var f setFlag
		var ab uint8
		key := ws.hash | 1<<31
		for s := ws.hash & mask; keys[s] != 0; s = (s + 1) & mask {
			if e := &setTab[s]; keys[s] == key && e.w == w {
				f, ab = e.f, e.ab
				d.cueOf[id] = e.cue
				d.srcOf[id] = e.src
				break
			}
		}
		if n := len(w); n > 2 && w[n-1] == 's' && stripPoss(w) != w { // a call only for a word in s
			f |= sPoss
		}
		if len(w) == 1 && ab&abKind == abNone { // an initial
			ab |= abOther
		}
		byID[id+1] = f
		d.abbrevs[id] = ab
	}
	return unsafe.Slice((*setFlag)(grabBytes(&d.scr.sf, len(d.toks), unsafe.Sizeof(setFlag(0)), true)), len(d.toks)), byID
}

// fillSetFlags sets sf[from:to] from the tokens' words (byID from
// wordFlags).
//
// Four tokens a turn, read without index checks (from <= to, within both
// arrays): a token's ID is -1 or a word's id, below len(byID)-1 (lex), so
// ID+1 is within byID. The compiler's checks would be panic calls, which
// make this a slow loop under wasm (see lexFast), and a turn of a loop
// costs a trip through the function's dispatch.
func fillSetFlags(sf []setFlag, toks []token, byID []setFlag, from, to int) {
	if uint(from) > uint(to) || to > len(sf) || to > len(toks) || len(byID) == 0 {
		return // never
	}
	by := unsafe.Add(unsafe.Pointer(unsafe.SliceData(byID)), 4) // byID[1:], id -1 at byID[0]
	tp, sp, j := unsafe.Pointer(unsafe.SliceData(toks)), unsafe.Pointer(unsafe.SliceData(sf)), uint(from)
	for ; j+4 <= uint(to); j += 4 {
		t, s := (*[4]token)(unsafe.Add(tp, j*uint(unsafe.Sizeof(token{})))), (*[4]setFlag)(unsafe.Add(sp, j*4))
		s[0] = *(*setFlag)(unsafe.Add(by, int(t[0].ID)*4))
		s[1] = *(*setFlag)(unsafe.Add(by, int(t[1].ID)*4))
		s[2] = *(*setFlag)(unsafe.Add(by, int(t[2].ID)*4))
		s[3] = *(*setFlag)(unsafe.Add(by, int(t[3].ID)*4))
	}
	for ; j < uint(to); j++ {
		*(*setFlag)(unsafe.Add(sp, j*4)) = *(*setFlag)(unsafe.Add(by, int((*token)(unsafe.Add(tp, j*uint(unsafe.Sizeof(token{})))).ID)*4))
	}
}

// wordSets returns the wordSets bits of word id (inSet's sets), found in
// setTab by the word's hash as wordFlags finds its entry: the rules ask
// only a few words, so the bits are not kept for every word there.
func (d *doc) wordSets(id int32) uint16 {
	ws := d.words[id]
	mask := uint32(len(setTab) - 1)
	tab, keys := setTab[:mask+1], setKeys[:mask+1]
	key := ws.hash | 1<<31
	for s := ws.hash & mask; keys[s] != 0; s = (s + 1) & mask {
		if keys[s] == key && tab[s].w == d.low[ws.Start:ws.End] {
			return tab[s].ws
		}
	}
	return 0
}

// cueVerb returns the cue verb of token i (the zero cueVerb when it is
// none), as cueVerbs[d.lower(i)] does; setFlags must have run.
func (d *doc) cueVerb(i int) cueVerb {
	if id := d.toks[i].ID; id >= 0 {
		return d.cueOf[id]
	}
	return cueVerb{}
}
