package annotate

// Quote detection (ANNOTATION.md §1).
//
// findQuotes works in two passes over the tokens. The first pairs quotation
// marks: each mark gets a family (double, single, guillemet, angle, corner,
// white corner) and a role decided from its glyph and its flanking (CommonMark's
// left/right-flanking rule: an opening mark is followed by a word, a closing
// one follows a word), and a stack of open marks pairs them paragraph by
// paragraph. A family never nests inside itself (an English writer alternates
// " and '), so an opener of a family that is already open restarts it: the
// stack is at most six deep and every mark costs O(1), which keeps hostile
// input (1 MB of " or ’) linear. Only the outermost pair of a nest is kept;
// an opener still unclosed at the end of its paragraph survives only when the
// next paragraph opens with a mark of its family (a multi-paragraph quote),
// otherwise it is dropped and whatever closed inside it is kept instead, so a
// cut paste never swallows the rest of the text.
//
// The single mark is also the apostrophe. Marks inside words (don't, O’Brien)
// never reach here: the lexer keeps them in the word. Of the rest, a mark
// between two words or digits (1990's), before an elided word ('tis, ’em,
// 'n'), before a two-digit year (’90s) or after a lone n (Guns N’ Roses) is
// an apostrophe. A closing-looking mark after a word ending in s and before
// another word (the players' union) is weak: it closes a quote only when no
// real closer follows before the next quote opens or the paragraph ends.
//
// The second pass classifies each pair: a name, title or scare-quoted term
// (short, title-cased or introduced by "the film", "so-called", "dubbed", or
// lower-case with no speaker in its sentence) goes to Result.Terms; the rest
// are quotes, partial unless set off as a sentence or clause (at the start of
// a sentence, after a colon, after a cue and a comma). The attribution pass
// then finds speakers and cues.

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// markFam is a family of quotation marks that pair with each other.
type markFam uint8

const (
	famNone        markFam = iota
	famDouble              // " “ ” „
	famSingle              // ' ‘ ’ ‚
	famGuillemet           // « »
	famAngle               // ‹ ›
	famCorner              // 「 」
	famWhiteCorner         // 『 』
)

// markRole is what one mark does, decided from its glyph and flanking.
type markRole uint8

const (
	roleNone      markRole = iota // not a quotation mark here (apostrophe, stray mark)
	roleOpen                      // opens a quote
	roleClose                     // closes the open quote of its family, else nothing
	roleEither                    // closes the open quote of its family, else opens one
	roleWeakClose                 // possessive-looking single mark: closes only as a last resort
)

//go:embed lexicon/quote_elisions.txt
var quoteElisionsText string

//go:embed lexicon/quote_introducers.txt
var quoteIntroducersText string

//go:embed lexicon/quote_intro_verbs.txt
var quoteIntroVerbsText string

//go:embed lexicon/quote_naming.txt
var quoteNamingText string

//go:embed lexicon/quote_minor.txt
var quoteMinorText string

//go:embed lexicon/quote_speech.txt
var quoteSpeechText string

//go:embed lexicon/quote_function.txt
var quoteFunctionText string

// Classes of quoteFunction words. Keep in sync with lexicon/quote_function.txt.
const (
	qwDet   uint8 = 1 << iota // the, their: a name may follow
	qwEmbed                   // that, as: ties a quote into the writer's sentence
	qwPred                    // as, was, it: a quoted word after it is said of something
)

var (
	quoteLexOnce     sync.Once
	quoteElisions    map[string]struct{} // 'tis, ’em: apostrophe, not a quote
	quoteIntroducers map[string]struct{} // the film "…", dubbed "…": a term
	quoteIntroVerbs  map[string]struct{} // show, play: introducers that are verbs too
	quoteIntroMods   map[string]struct{} // new, hit: the new show "…"
	quoteNaming      map[string]struct{} // called "…": a term when title-cased
	quoteMinor       map[string]struct{} // of, the: lower case inside a title
	quoteSpeech      map[string]struct{} // said, praised: a speaker is near
	quoteFunction    map[string]uint8    // the, that, was: qw classes
)

func loadQuoteLexicons() {
	quoteElisions = quoteWordSet(quoteElisionsText)
	quoteIntroducers = quoteWordSet(quoteIntroducersText)
	quoteIntroVerbs = make(map[string]struct{}, 32)
	quoteIntroMods = make(map[string]struct{}, 32)
	lexLines(quoteIntroVerbsText, func(fields []string) {
		m := quoteIntroVerbs
		if fields[0] == "mods" {
			m = quoteIntroMods
		}
		for _, w := range fields[1:] {
			m[w] = struct{}{}
		}
	})
	quoteNaming = quoteWordSet(quoteNamingText)
	quoteMinor = quoteWordSet(quoteMinorText)
	quoteSpeech = quoteWordSet(quoteSpeechText)
	quoteFunction = make(map[string]uint8, 64)
	lexLines(quoteFunctionText, func(fields []string) {
		var class uint8
		switch fields[0] {
		case "det":
			class = qwDet
		case "embed":
			class = qwEmbed
		case "pred":
			class = qwPred
		}
		for _, w := range fields[1:] {
			quoteFunction[w] |= class
		}
	})
}

// quoteWordSet parses a word list (lexLines format): every word on it.
func quoteWordSet(text string) map[string]struct{} {
	m := make(map[string]struct{}, 64)
	lexLines(text, func(fields []string) {
		for _, w := range fields {
			m[w] = struct{}{}
		}
	})
	return m
}

// wordIn reports whether token i is a word whose lower-case form is in set.
// set is one of the sQ flags of setFlag (sQSpeech for quoteSpeech, …).
func (d *doc) wordIn(i int, set setFlag) bool {
	return i >= 0 && i < len(d.toks) && d.sf[i]&set != 0
}

// quoteWord reports whether token i is a word of the given qw class.
func (d *doc) quoteWord(class uint8, i int) bool {
	return i >= 0 && i < len(d.toks) && d.sf[i]&(setFlag(class)*sQDet) != 0
}

// markOf returns the family of quotation mark s, whose token's First is
// first, and the direction its glyph points: +1 opening (“ ‘ « 「 『), +2
// opening and never closing (the low marks „ ‚, the reversed ‟ ‛ and the
// backtick), -1 closing (” ’ » 」 』), 0 either way (" ' ＂). Keep in sync
// with the lexer's isQuoteRune.
func markOf(first uint8, s string) (markFam, int) {
	// Decoded by hand, then a switch on the rune: a switch on the string
	// is a chain of compares under wasm, and this runs for every mark.
	// The text is read only for a mark First does not tell.
	r := rune(-1)
	switch {
	case first < 0x80:
		r = rune(first)
	case first < 0xC0:
		r = 0x2000 | rune(first&0x3F)
	case len(s) == 2 && s[0] == 0xC2 && s[1] >= 0x80 && s[1] < 0xC0:
		r = rune(s[1]) // « »
	case len(s) == 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] >= 0x80 && s[2] < 0xC0:
		r = 0x3000 | rune(s[2]&0x3F) // U+3000-303F
	case s == "＂":
		r = '＂'
	}
	switch r {
	case '"', '＂':
		return famDouble, 0
	case '“':
		return famDouble, 1
	case '„', '‟':
		return famDouble, 2
	case '”':
		return famDouble, -1
	case '\'':
		return famSingle, 0
	case '‘':
		return famSingle, 1
	case '‚', '‛', '`':
		return famSingle, 2
	case '’':
		return famSingle, -1
	case '«':
		return famGuillemet, 1
	case '»':
		return famGuillemet, -1
	case '‹':
		return famAngle, 1
	case '›':
		return famAngle, -1
	case '「':
		return famCorner, 1
	case '」':
		return famCorner, -1
	case '『':
		return famWhiteCorner, 1
	case '』':
		return famWhiteCorner, -1
	}
	return famNone, 0
}

// spaceAfter reports whether token i ends its paragraph p or whitespace
// follows it.
func (d *doc) spaceAfter(i int, p *para) bool {
	return i+1 >= int(p.Last) || d.toks[i+1].Flags&(fSpace|fNewline) != 0
}

// markEnd returns the last token of the quotation mark that starts at token
// i: i+1 for two straight apostrophes, two backticks or two curly single
// marks standing for one double mark (some wire and archive copy, TeX),
// else i. (gofmt would turn the marks themselves into curly ones here.)
func (d *doc) markEnd(i int, p *para) int {
	if i+1 >= int(p.Last) || d.toks[i].End != d.toks[i+1].Start || d.toks[i+1].Kind != tQuote {
		return i // the token fields read here, not through adjacent: one call less a mark
	}
	// ' ` ‘ ’ doubled: one rune each, told by First
	if a := d.toks[i].First; (a == '\'' || a == '`' || a == firstLeftSQ || a == firstRightSQ) && d.toks[i+1].First == a {
		return i + 1
	}
	return i
}

// markRole decides family and role of the quotation mark made of tokens
// i..j (j > i only for a doubled single mark) in paragraph p.
func (d *doc) markRole(i, j int, p *para) (markFam, markRole) {
	// Token fields are read here rather than through small helpers
	// (d.tok, spaceAfter): they would be calls under wasm, for every mark.
	t := &d.toks[i]
	fam, dir := markOf(t.First, d.src[t.Start:t.End])
	if fam == famNone {
		return famNone, roleNone
	}
	if j > i {
		fam = famDouble
	}
	prevWS := i <= int(p.First) || t.Flags&(fSpace|fNewline) != 0
	nextWS := j+1 >= int(p.Last) || d.toks[j+1].Flags&(fSpace|fNewline) != 0
	prevPunct := !prevWS && (d.toks[i-1].Kind == tPunct || d.toks[i-1].Kind == tQuote)
	nextPunct := !nextWS && (d.toks[j+1].Kind == tPunct || d.toks[j+1].Kind == tQuote)
	left := !nextWS && (!nextPunct || prevWS || prevPunct)
	right := !prevWS && (!prevPunct || nextWS || nextPunct)
	switch fam {
	case famCorner, famWhiteCorner:
		// CJK text has no spaces: the glyph alone says which way.
		if dir > 0 {
			return fam, roleOpen
		}
		return fam, roleClose
	case famGuillemet, famAngle:
		// French sets guillemets off with spaces, so flanking says little;
		// Danish and German reverse them (»Wort«), which flanking shows.
		if dir > 0 {
			if right && !left {
				return fam, roleEither
			}
			return fam, roleOpen
		}
		if left && !right {
			return fam, roleEither
		}
		return fam, roleClose
	}
	if left && right && !prevPunct && !nextPunct {
		// Between two words or digits: 1990's, 5'11", unless the glyph
		// opens (he said“No”, a space lost in a paste).
		if dir > 0 {
			return fam, roleOpen
		}
		return famNone, roleNone
	}
	if fam == famSingle {
		if right && d.toks[i-1].Kind == tWord && d.lower(i-1) == "n" {
			return famNone, roleNone // rock 'n' roll, Guns N’ Roses
		}
		if left && d.elidedAfter(i, dir) {
			return famNone, roleNone // 'tis, ’em, ’90s
		}
	}
	switch {
	case left && right:
		switch {
		case dir > 0:
			return fam, roleOpen
		case dir < 0:
			return fam, roleClose
		}
		return fam, roleEither
	case left:
		if dir < 0 || dir != 2 && prevPunct && d.isStop(i-1) {
			// ”Vi vinner.” (Swedish marks point one way), ’no’ turned the
			// wrong way, or “We won,”he said with the space missing.
			return fam, roleEither
		}
		return fam, roleOpen
	case right:
		switch {
		case dir == 2:
			return famNone, roleNone
		case dir == 1:
			return fam, roleEither // „Ja“ closes; he said“No” opens
		case fam == famSingle && d.possessiveMark(i, p):
			return fam, roleWeakClose
		}
		return fam, roleClose
	}
	// Spaced on both sides (“ We will win ”): only a glyph that points a
	// way says which.
	switch {
	case dir > 0:
		return fam, roleOpen
	case dir < 0:
		return fam, roleClose
	}
	return famNone, roleNone
}

// Punctuation classes the quote pass reads, full-width forms included.
const (
	pcNone  uint8 = iota
	pcStop        // . ! ? … 。 ！ ？
	pcComma       // , ， 、
	pcColon       // : ：
	pcSemi        // ; ；
	pcDash        // — –
	pcOpen        // ( [ -: a bracket or hyphen before a quote
)

// asciiPunct is punct's table for one-byte punctuation.
var asciiPunct = [128]uint8{'.': pcStop, '!': pcStop, '?': pcStop, ',': pcComma, ':': pcColon,
	';': pcSemi, '(': pcOpen, '[': pcOpen, '-': pcOpen}

// punct returns the class of punctuation token i (pcNone for any other
// token, or i out of range).
func (d *doc) punct(i int) uint8 {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != tPunct {
		return pcNone
	}
	switch b := d.toks[i].First; {
	case b < 0x80:
		return asciiPunct[b] // a string switch is a chain of compares under wasm
	case b == firstEllipsis:
		return pcStop
	case b == firstEmDash || b == firstEnDash:
		return pcDash
	case b < 0xC0:
		return pcNone // U+2000-U+203F: no other is listed below
	}
	switch d.tok(i) {
	case ".", "!", "?", "…", "。", "！", "？":
		return pcStop
	case ",", "，", "、":
		return pcComma
	case ":", "：":
		return pcColon
	case ";", "；":
		return pcSemi
	case "—", "–":
		return pcDash
	case "(", "[", "-":
		return pcOpen
	}
	return pcNone
}

// isStop reports whether token i is a stop, comma, colon or semicolon that
// ends a quoted clause.
func (d *doc) isStop(i int) bool {
	pc := d.punct(i)
	return pc >= pcStop && pc <= pcSemi
}

// elidedAfter reports whether the single mark i, followed directly by a
// word, is an apostrophe eliding the start of that word: 'tis, ’em, 'n', or a
// decade or year (’90s, the class of '98). A left quote ‘ before a two-digit
// number is taken as an opening mark (‘90 people died,’ he said) unless an s
// follows the number (‘90s, a common autocorrect slip).
func (d *doc) elidedAfter(i int, dir int) bool {
	n := i + 1
	if n >= len(d.toks) || !d.adjacent(i) {
		return false
	}
	switch d.toks[n].Kind {
	case tWord:
		// A capital after a straight or left mark starts a quote ('Cause we
		// can,' he said), except for the old 'Tis and 'Twas.
		if d.toks[n].Flags&fCap != 0 && dir >= 0 && d.lower(n) != "tis" && d.lower(n) != "twas" {
			return false
		}
		return d.wordIn(n, sQElision)
	case tNum:
		if len(d.tok(n)) != 2 {
			return false
		}
		if n+1 < len(d.toks) && d.adjacent(n) && d.tok(n+1) == "s" {
			return true // ’90s
		}
		return dir != 1
	}
	return false
}

// nounAfter reports whether token i is followed by a lower-case word in no
// closed word set (and not a conjunction): likely a noun a possessive
// mark at i would take.
func (d *doc) nounAfter(i int32) bool {
	k := int(i) + 1
	if k >= len(d.toks) || d.toks[k].Kind != tWord || d.toks[k].Flags&fCap != 0 || d.sf[k] != 0 {
		return false
	}
	switch d.lower(k) {
	case "and", "or", "but", "so", "then", "yet", "nor":
		return false
	}
	return true
}

// possessiveMark reports whether a closing-looking single mark i may be a
// possessive or elision apostrophe: it follows a word ending in s (the
// players' union) or in "in" (goin’ home) and a word or number follows after
// a space.
func (d *doc) possessiveMark(i int, p *para) bool {
	if d.toks[i-1].Kind != tWord || i+1 >= int(p.Last) || !d.spaceAfter(i, p) {
		return false
	}
	if k := d.toks[i+1].Kind; k != tWord && k != tNum {
		return false
	}
	w := d.tok(i - 1)
	last := w[len(w)-1]
	return last == 's' || last == 'S' || strings.HasSuffix(w, "in")
}

// quoteOpen is an open quotation mark on the pairing stack.
type quoteOpen struct {
	open int32   // the opening mark's token
	weak int32   // first weak closer seen while this was innermost, or -1
	kids int32   // len(quoteScan.pending) when pushed: where its nested pairs start
	fam  markFam // its family
}

// quotePair is a matched pair of marks: token indexes of the two marks.
type quotePair struct{ open, close int32 }

// quoteScan pairs quotation marks across the whole text. The stack never
// holds two marks of one family, so it is at most six deep.
type quoteScan struct {
	stack   [8]quoteOpen
	n       int
	pending []quotePair      // closed pairs nested in the open stack entries
	qc      *quoteClassifier // classifies the outermost pairs as they close, in text order
}

// flush hands the pending pairs, outermost now that the stack is empty, to
// the classifier.
func (sc *quoteScan) flush() {
	sc.qc.add(sc.pending)
	sc.pending = sc.pending[:0]
}

func (sc *quoteScan) find(fam markFam) int {
	for k := sc.n - 1; k >= 0; k-- {
		if sc.stack[k].fam == fam {
			return k
		}
	}
	return -1
}

// close pairs stack entry k with closing mark c. Entries above k are inner
// quotes left unclosed: they and what they contain are dropped, as is
// everything nested in k (only the outermost quote counts).
func (sc *quoteScan) close(k int, c int32) {
	e := sc.stack[k]
	sc.pending = append(sc.pending[:e.kids], quotePair{e.open, c})
	sc.n = k
	if k == 0 {
		sc.flush()
	}
}

// drop removes the stack entries from k up, innermost first, as unclosed:
// an entry with a weak closer is closed there; the pairs nested in a dropped
// entry move up to its parent (or out, at the top).
func (sc *quoteScan) drop(k int) {
	for sc.n > k {
		if e := sc.stack[sc.n-1]; e.weak >= 0 {
			sc.close(sc.n-1, e.weak)
			continue
		}
		sc.n--
	}
	if sc.n == 0 {
		sc.flush()
	}
}

// mark feeds one quotation mark, tokens i..j, to the pairing stack.
func (sc *quoteScan) mark(i, j int32, fam markFam, role markRole) {
	switch role {
	case roleNone:
		return
	case roleWeakClose:
		// The first weak closer, unless a noun follows it (residents’
		// concerns) and not this one (concerns’ and): a possessive takes
		// its noun, a closing mark the sentence's next word.
		if e := &sc.stack[max(sc.n-1, 0)]; sc.n > 0 && e.fam == fam && (e.weak < 0 || sc.qc.d.nounAfter(e.weak) && !sc.qc.d.nounAfter(j)) {
			e.weak = j
		}
		return
	case roleClose, roleEither:
		if k := sc.find(fam); k >= 0 {
			sc.close(k, j)
			return
		}
		if role == roleClose {
			return // stray closer
		}
	}
	// A new quote opens: a pending weak closer was the real one after all.
	if sc.n > 0 && sc.stack[sc.n-1].weak >= 0 {
		sc.close(sc.n-1, sc.stack[sc.n-1].weak)
	}
	// Same family never nests: the earlier opener was left unclosed.
	if k := sc.find(fam); k >= 0 {
		sc.drop(k)
	}
	sc.stack[sc.n] = quoteOpen{open: i, weak: -1, kids: int32(len(sc.pending)), fam: fam}
	sc.n++
}

// continues reports whether the quote still open at the end of a paragraph
// runs on into paragraph next: that paragraph opens with a mark of its family
// (ANNOTATION.md §1, multi-paragraph quotes). Inner quotes left open are
// dropped; the outer one keeps going.
func (d *doc) continues(sc *quoteScan, next int) bool {
	np := &d.paras[next]
	if np.First >= np.Last || d.toks[np.First].Kind != tQuote {
		return false
	}
	f := int(np.First)
	fam, role := d.markRole(f, d.markEnd(f, np), np)
	outer := &sc.stack[0]
	if fam != outer.fam || (role != roleOpen && role != roleEither) {
		return false
	}
	if outer.weak >= 0 && !d.opensParagraph(int(outer.open)) {
		// A possessive-looking mark inside a quote opened mid-paragraph
		// (the ‘hostile states’ label.) more likely closed it.
		return false
	}
	sc.drop(1)
	outer.weak = -1
	return true
}

// opensParagraph reports whether the quote opened by mark o starts its
// paragraph or follows a colon, as quotes that run on over paragraphs do.
func (d *doc) opensParagraph(o int) bool {
	if d.toks[o].Flags&fParaStart != 0 || o == 0 {
		return true
	}
	return d.punct(o-1) == pcColon
}

// findQuotes fills d.res.Quotes (Source -1, Cue none, Partial from the form)
// and d.res.Terms.
func (d *doc) findQuotes() {
	quoteLexOnce.Do(loadQuoteLexicons)
	d.setFlags()
	sc := quoteScan{qc: &quoteClassifier{d: d}}
	// about one quote per 84 tokens in news: append's doublings from
	// none allocated three times their size
	d.res.Quotes = make([]Quote, 0, len(d.toks)/64+8)
	skip := int32(-1) // the mark that continues a multi-paragraph quote
	// One scan for marks over the whole text, not one a paragraph (most
	// have none): the paragraphs it passes end there.
	toks, paras, pi, marks, m := d.toks, d.paras, 0, d.marks, 0
	for i := int32(0); ; i++ {
		// the next mark from i on: lex listed them
		for m < len(marks) && marks[m] < i {
			m++
		}
		i = int32(len(toks))
		if m < len(marks) {
			i = marks[m]
		}
		for ; pi < len(paras) && paras[pi].Last <= i; pi++ {
			if sc.n == 0 {
				continue
			}
			if pi+1 < len(paras) && d.continues(&sc, pi+1) {
				skip = int32(d.markEnd(int(paras[pi+1].First), &paras[pi+1]))
				continue
			}
			sc.drop(0)
		}
		if pi >= len(paras) {
			break
		}
		p := &paras[pi]
		if i < p.First {
			continue // (paragraphs cover the tokens: no mark between two)
		}
		j := i // markEnd's first test inline: a doubled mark is rare
		if i+1 < p.Last && toks[i].End == toks[i+1].Start && toks[i+1].Kind == tQuote {
			j = int32(d.markEnd(int(i), p))
		}
		if i <= skip && skip <= j {
			i = j
			continue
		}
		fam, role := d.markRole(int(i), int(j), p)
		sc.mark(i, j, fam, role)
		i = j
	}
	sc.drop(0)
}

// add classifies outermost pairs of marks and records each as a quote or
// a term (all in one call: most come one at a time).
func (qc *quoteClassifier) add(prs []quotePair) {
	d := qc.d
	for _, pr := range prs {
		q := Quote{Span: Span{int(d.toks[pr.open].Start), int(d.toks[pr.close].End)}, Source: -1, Cue: none}
		switch k := qc.classify(int(pr.open), int(pr.close)); k {
		case quoteFull, quotePartial:
			q.Partial = k == quotePartial
			d.res.Quotes = append(d.res.Quotes, q)
		case quoteTerm:
			d.res.Terms = append(d.res.Terms, Term{q.Span})
		}
	}
}

// quoteKind is what a pair of marks encloses.
type quoteKind uint8

const (
	quoteSkip    quoteKind = iota // no words: not reported
	quoteFull                     // a sentence or clause set off by a cue or colon
	quotePartial                  // a fragment embedded in the writer's sentence
	quoteTerm                     // a name, title or scare-quoted term
)

// quoteClassifier classifies pairs; it memoizes per sentence whether a
// speaker is near, so many quotes in one long sentence cost linear time.
type quoteClassifier struct {
	d      *doc
	speech []int8 // per sentence: 0 unknown, 1 no speech word, 2 a speech word
	sent   int    // the sentence sentenceOf found last
}

// sentenceOf is d.sentenceOf for the classifier, which asks in text order
// (a pair's marks, then the next pair's): it walks on from its last answer
// rather than searching again, a dozen steps each dear under wasm.
func (qc *quoteClassifier) sentenceOf(i int) int {
	sents, s := qc.d.sents, qc.sent
	if s > len(sents) || s > 0 && int(sents[s-1].Last) > i {
		s = qc.d.sentenceOf(i) // back: rare
	}
	for s < len(sents) && int(sents[s].Last) <= i {
		s++
	}
	qc.sent = s
	return s
}

// sentenceSpeaks reports whether sentence s holds a speech word (said,
// told, praised).
func (qc *quoteClassifier) sentenceSpeaks(s int) bool {
	d := qc.d
	if s < 0 || s >= len(d.sents) {
		return false
	}
	if qc.speech == nil {
		hSpeech := d.scr.alloc(len(d.sents), 1, false)
		qc.speech = *(*[]int8)(unsafe.Pointer(&hSpeech))
	}
	if qc.speech[s] == 0 {
		qc.speech[s] = 1
		sf := d.sf // read in line, not by wordIn: a call a token under wasm
		for i := uint(d.sents[s].First); i < uint(d.sents[s].Last) && i < uint(len(sf)); i++ {
			if sf[i]&sQSpeech != 0 && !(i >= 2 && d.toks[i-1].First == '-' && d.toks[i-1].Start == d.toks[i-2].End && d.toks[i].Start == d.toks[i-1].End) {
				// (not "so-called", "much-quoted": a hyphenated
				// modifier reports no speech)
				qc.speech[s] = 2
				break
			}
		}
	}
	return qc.speech[s] == 2
}

// quoteShape is what the words between a pair of marks look like.
type quoteShape struct {
	words    int  // words and numbers inside (counted up to 13: isTerm's tests stop at 12)
	letters  bool // at least one word
	firstCap bool // the first word is capitalized
	titled   bool // a capitalized word, and every word but minor ones (of, the) is
	terminal bool // a sentence ends inside (. ! ? not in an abbreviation)
	midStop  bool // ... before the last token: more than a stop at the end
	uncased  bool // the first word is in a script without case (Chinese, Arabic)
	clause   bool // a comma, semicolon or colon inside, before the last token
	endPunct bool // the last token inside is , . ! ? … ; or :
	capSeen  bool // a capitalized word (titled is set from it at the end)
}

func (d *doc) quoteShape(o, c int) quoteShape {
	sh := quoteShape{titled: true}
	sf := d.sf[:len(d.toks)] // setFlags has run
	for i := o + 1; ; i++ {
		if i = shapeRun(d.toks, sf, &sh, i, o, c); i >= c {
			break
		}
		// Non-ASCII punctuation (… — 。), which shapeRun leaves here.
		switch d.punct(i) {
		case pcStop:
			sh.terminal = true
			sh.midStop = sh.midStop || i < c-1
		case pcComma, pcColon, pcSemi:
			if i < c-1 {
				sh.clause = true
			}
		}
	}
	if sh.letters && !sh.firstCap {
		i := o + 1
		for d.toks[i].Kind != tWord {
			i++
		}
		if t := d.toks[i]; t.First >= 0x80 {
			r, _ := utf8.DecodeRuneInString(d.src[t.Start:t.End])
			sh.uncased = !unicode.IsLower(r)
		}
	}
	sh.titled = sh.titled && sh.capSeen
	sh.endPunct = c-1 > o && d.isStop(c-1)
	return sh
}

// shapeRun reads tokens i.. of the quote with marks o and c into sh, up to
// c or to a non-ASCII punctuation token, and returns where it stopped. A
// loop without calls (see lexFast): quoted text is a third of an article.
func shapeRun(toks []token, sf []setFlag, sh *quoteShape, i, o, c int) int {
	if len(sf) != len(toks) {
		return c // (quoteShape makes them so: this lets the compiler drop its index checks)
	}
	for ; i < c && uint(i) < uint(len(toks)); i++ {
		t := &toks[i]
		switch t.Kind {
		case tWord:
			capital := t.Flags&fCap != 0
			if !sh.letters {
				sh.letters, sh.firstCap = true, capital
			}
			if capital {
				sh.capSeen = true
			} else if sh.titled && sf[i]&sQMinor == 0 {
				// the Iron Lady, Pro-democracy Party
				hyphen := false
				if p := i - 1; uint(p) < uint(len(toks)) && toks[p].End == t.Start {
					hyphen = toks[p].First == '-'
				}
				if !hyphen {
					sh.titled = false
				}
			}
			// past 12 words classify reads nothing but terminal (and the
			// first word's case): once a stop was seen the rest of a
			// long quote need not be read
			if sh.words > 12 {
				if sh.terminal {
					return c
				}
			} else {
				sh.words++
			}
		case tNum:
			sh.words = min(sh.words+1, 13)
		case tPunct:
			b := t.First
			if b >= 0x80 {
				return i // punct's string switch: a call
			}
			switch asciiPunct[b&0x7F] {
			case pcStop:
				// U.S., J. Smith: a period after a lone letter is an abbreviation.
				if p := i - 1; b == '.' && i > o+1 && uint(p) < uint(len(toks)) && toks[p].Kind == tWord && toks[p].End-toks[p].Start == 1 {
					break
				}
				sh.terminal = true
				sh.midStop = sh.midStop || i < c-1
				if sh.letters && sh.midStop {
					return c // isTerm says no at once; classify reads the rest from the first word
				}
			case pcComma, pcColon, pcSemi:
				if i < c-1 {
					sh.clause = true
				}
			}
		}
	}
	return i
}

// classify decides what the pair of marks o, c encloses.
func (qc *quoteClassifier) classify(o, c int) quoteKind {
	d := qc.d
	sh := d.quoteShape(o, c)
	if !sh.letters {
		if sh.words > 0 && o > 0 && d.termAfter(o-1) && d.toks[o].Flags&fParaStart == 0 {
			return quoteTerm // the film “1917”
		}
		return quoteSkip
	}
	if fam, _ := markOf(d.toks[o].First, d.tok(o)); fam == famCorner || fam == famWhiteCorner {
		// Japanese and Chinese set off speech and names alike with corner
		// brackets, and their words carry no case to tell them apart.
		return quoteFull
	}
	uncased := sh.uncased
	s := qc.sentenceOf(o)
	first := int(d.paras[d.sents[s].Para].First)
	prev := o - 1
	if prev < first {
		prev = -1
	}
	initial := d.sentenceInitial(o, prev, s)
	if !uncased && qc.isTerm(o, c, prev, s, initial, sh) {
		return quoteTerm
	}
	full := false
	switch {
	case initial:
		// A quote that opens the sentence is set off unless the writer's
		// sentence carries on after a bare fragment ("Heroism" was the word).
		full = sh.endPunct || sh.terminal || qc.quoteEndsSentence(c) || qc.speechAfter(c) || d.setOffAfter(c)
	case sh.firstCap && sh.terminal && !d.quoteWord(qwEmbed, prev):
		full = true // a whole sentence: Il a dit « Nous allons gagner. »
	case prev < 0:
	case d.punct(prev) == pcColon:
		full = true
	case d.punct(prev) == pcComma:
		// he said, “we will win.” but not: he said the plan, “if it works,”
		// would save money.
		full = sh.firstCap || sh.endPunct && qc.speechAfter(c) ||
			d.speechBefore(prev, first) && (sh.terminal || qc.quoteEndsSentence(c))
	case d.wordIn(prev, sQSpeech), d.punct(prev) == pcDash, d.punct(prev) == pcOpen:
		full = sh.firstCap
	}
	if full {
		return quoteFull
	}
	return quotePartial
}

// isTerm reports whether the pair o, c is a name, title or scare-quoted
// term rather than a quotation (ANNOTATION.md §1: `the “Storm Corps,” a
// unit`, `the film "Heat"`, `so-called "reforms"`).
func (qc *quoteClassifier) isTerm(o, c, prev, s int, initial bool, sh quoteShape) bool {
	d := qc.d
	if sh.midStop || sh.words > 12 {
		return false
	}
	if prev >= 0 && d.termAfter(prev) && (sh.firstCap || sh.words <= 6 && !sh.clause) {
		// American style keeps the stop inside: the film “Heat.” (but
		// "called the film “a masterpiece of small gestures, most of
		// them …”" judges it: a name is capitalized, or short)
		return true
	}
	if sh.words > 6 || sh.clause && !sh.titled {
		return false // a slogan may have a comma: “No Deal, No Future”
	}
	if initial {
		// A name may open a sentence ("Storm Corps" units crossed; "Heat"
		// is a film) when the writer's sentence goes on with no speaker.
		// 'The Crown', Netflix's drama, returns.
		n := c + 1
		if sh.titled && !sh.endPunct && sh.words <= 6 && d.yearInBrackets(n) {
			return true // a work and its year: “Low Tide at Marrow Point” (1979)
		}
		if sh.titled && sh.words >= 2 && sh.words <= 6 && n < int(d.sents[s].Last) && d.toks[n].Kind == tWord && d.lower(n) == "which" {
			return true // a work described: “Gravel Road Lullaby,” which he wrote with …
		}
		return sh.titled && !sh.endPunct && sh.words <= 4 && n < int(d.sents[s].Last) &&
			(d.toks[n].Kind == tWord && d.toks[n].Flags&fCap == 0 || d.punct(n) == pcComma) &&
			!d.wordIn(n, sQSpeech) && !qc.speaks(s, c)
	}
	if sh.titled && !sh.endPunct && sh.words <= 6 && c+1 < int(d.sents[s].Last) && d.toks[c+1].Kind == tWord &&
		d.toks[c+1].Flags&fCap == 0 && d.sf[c+1]&sBe != 0 {
		return true // a name as the subject: Review: “Salt and Iron” is a retrospective
	}
	if sh.terminal && !(sh.titled && (d.quoteWord(qwDet, prev) || d.sf[prev]&sPrepPP != 0 ||
		sh.words >= 2 && d.toks[prev].Kind == tWord && d.toks[prev].Flags&fCap != 0 && prev > 0 && d.quoteWord(qwDet, prev-1))) {
		// “No.”: a stop inside makes a sentence, unless a name follows
		// "the" or "for" (or "the Pacific": "the Pacific “Ring of Fire.”")
		return false
	}
	switch {
	case d.punct(prev) == pcColon:
		return false
	case d.punct(prev) == pcComma:
		if d.speechBefore(prev, int(d.paras[d.sents[s].Para].First)) {
			return false
		}
	case d.wordIn(prev, sQSpeech) && !d.wordIn(prev, sQNaming):
		return false
	}
	if sh.titled {
		// A lone capitalized word is a name after "the" or "called", but a
		// speaker's word when the sentence has one (described it as
		// “Orwellian”).
		return sh.words > 1 || !d.quoteWord(qwPred, prev) || !qc.speaks(s, c)
	}
	return sh.words <= 3 && !qc.speaks(s, c) && !d.calledThe(prev)
}

// calledThe reports "called the book" ending at token prev: what follows
// in quotation marks is what the speaker calls it (“fierce and
// generous”), not its title.
func (d *doc) calledThe(prev int) bool {
	if prev < 2 || !d.quoteWord(qwDet, prev-1) {
		return false
	}
	switch d.lower(prev - 2) {
	case "called", "calls", "call", "calling":
		return true
	}
	return false
}

// yearInBrackets reports "(1979)" from token n on.
func (d *doc) yearInBrackets(n int) bool {
	toks := d.toks
	return n+2 < len(toks) && toks[n].First == '(' && toks[n+1].Kind == tNum &&
		toks[n+1].End-toks[n+1].Start == 4 && toks[n+2].First == ')'
}

// speaks reports whether a speech word is in sentence s or any sentence up
// to the one holding token c.
func (qc *quoteClassifier) speaks(s, c int) bool {
	for t, last := s, qc.sentenceOf(c); t <= last; t++ {
		if qc.sentenceSpeaks(t) {
			return true
		}
	}
	return false
}

// termAfter reports whether the words ending at token prev announce a name
// or term: the film "…", dubbed a "…", the motto of "…".
func (d *doc) termAfter(prev int) bool {
	if d.introducesTerm(prev) {
		return true
	}
	if prev < 1 {
		return false
	}
	return (d.quoteWord(qwDet, prev) || d.lower(prev) == "of") && d.introducesTerm(prev-1)
}

// introducesTerm reports whether the words ending at token prev announce a
// name or term: the film, the word, dubbed, so-called, known as.
func (d *doc) introducesTerm(prev int) bool {
	if d.wordIn(prev, sQIntro) {
		if d.calledThe(prev) {
			return false
		}
		if _, verb := quoteIntroVerbs[d.lower(prev)]; verb {
			return d.nounAfterDet(prev)
		}
		return true
	}
	if prev < 1 || d.toks[prev].Kind != tWord {
		return false
	}
	// EqualFold's calls only for a word that may be one of the two (no
	// other letter folds to a c or an a)
	w := d.tok(prev)
	if b := w[0] | 0x20; b != 'c' && b != 'a' {
		return false
	}
	switch {
	case strings.EqualFold(w, "called"):
		// so-called, so called
		p := prev - 1
		if d.toks[p].First == '-' && p > 0 {
			p--
		}
		return strings.EqualFold(d.tok(p), "so")
	case strings.EqualFold(w, "as"):
		// known as, also called as, known locally as
		if d.wordIn(prev-1, sQNaming) || prev >= 2 && strings.HasSuffix(d.lower(prev-1), "ly") && d.wordIn(prev-2, sQNaming) {
			return true
		}
		// known in the kitchen as, known to regulars as: a naming word,
		// a preposition and up to four more words
		for p := prev - 2; p >= 1 && p >= prev-6 && d.toks[p].Kind == tWord; p-- {
			if d.wordIn(p, sQNaming) {
				return d.sf[p+1]&sBlock != 0
			}
		}
	}
	return false
}

// nounAfterDet reports whether word i is a noun after a determiner or a
// possessive (the show, Netflix's show), with at most one modifier between
// (the new show, the BBC show), rather than a verb (the columns show).
func (d *doc) nounAfterDet(i int) bool {
	det := func(j int) bool {
		return j >= 0 && d.toks[j].Kind == tWord && (d.quoteWord(qwDet, j) || d.sf[j]&sPoss != 0)
	}
	if det(i - 1) {
		return true
	}
	j := i - 1
	if j < 1 || d.toks[j].Kind != tWord {
		return false
	}
	_, mod := quoteIntroMods[d.lower(j)]
	return (mod || d.toks[j].Flags&fCap != 0) && det(j-1)
}

// sentenceInitial reports whether the quote opened by mark o starts its
// sentence s (prev is the token before it in the paragraph, or -1).
func (d *doc) sentenceInitial(o, prev, s int) bool {
	if prev < 0 || int(d.sents[s].First) == o {
		return true
	}
	p := prev
	if d.toks[p].Kind == tQuote && p > int(d.paras[d.sents[s].Para].First) {
		p-- // "No." "Yes."
	}
	return d.punct(p) == pcStop
}

// quoteEndsSentence reports whether the closing mark c ends its sentence or
// paragraph.
func (qc *quoteClassifier) quoteEndsSentence(c int) bool {
	d := qc.d
	s := qc.sentenceOf(c)
	return c+1 >= int(d.sents[s].Last) || d.punct(c+1) == pcStop
}

// setOffAfter reports whether a comma or dash follows the closing mark c:
// „…“, sagte sie; "Yes"—he paused—"we will."
func (d *doc) setOffAfter(c int) bool {
	if c+1 >= len(d.toks) || d.toks[c+1].Flags&fParaStart != 0 {
		return false
	}
	pc := d.punct(c + 1)
	return pc == pcComma || pc == pcDash
}

// speechAfter reports whether a speech word follows the closing mark c
// within three tokens of its sentence ("…," he said; "…" said Smith; "…,"
// the union said).
func (qc *quoteClassifier) speechAfter(c int) bool {
	d := qc.d
	end := min(c+4, int(d.sents[qc.sentenceOf(c)].Last))
	for i := c + 1; i < end; i++ {
		if d.toks[i].Kind == tQuote {
			return false
		}
		if d.sf[i]&sQSpeech != 0 { // wordIn's test, without its call
			return true
		}
	}
	return false
}

// speechBefore reports whether a speech word precedes the comma at token
// comma within five tokens, not before token first (he said, "…"; said
// Smith on Tuesday, "…").
func (d *doc) speechBefore(comma, first int) bool {
	for i := comma - 1; i >= first && i >= comma-5; i-- {
		if d.toks[i].Kind == tQuote {
			return false
		}
		if d.sf[i]&sQSpeech != 0 {
			return true
		}
	}
	return false
}
