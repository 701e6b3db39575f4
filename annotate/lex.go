package annotate

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokKind is the class of a token. Keep in sync with the lexer's switch.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, with inner apostrophes: don't, O’Brien
	tNum                  // digits, with inner , or . between digits: 14,000 3.5
	tPunct                // one punctuation or symbol rune (or one invalid byte)
	tQuote                // one quotation mark or apostrophe not inside a word
	noKind tokKind = 255  // no token's (listed)
)

// Token flags.
const (
	fCap       uint8 = 1 << iota // first rune is upper-case
	fUpper                       // all letters upper-case, two letters or more (KCNA, NATO)
	fSpace                       // whitespace before it
	fNewline                     // a line break before it
	fBlank                       // a blank line before it (two line breaks or more)
	fParaStart                   // first token of a paragraph
	fStop                        // a mark that may end a sentence: . ! ? or a non-ASCII one (…, 。), for sentences to settle
)

// stopMarks has bit b set for the ASCII marks b that end a sentence, all
// below 64: stopFlag(b) is fStop for them and for every byte ≥ 0x80 (the
// first byte of a non-ASCII mark) without a branch.
const stopMarks uint64 = 1<<'.' | 1<<'!' | 1<<'?'

// token is one lexeme: a sub-slice of the source by offsets, never a copy.
// 16 bytes; a news article has about one token per 4 bytes.
type token struct {
	Start, End int32 // bytes
	Kind       tokKind
	Flags      uint8
	// First is the token's first byte when it is ASCII, 0x80 | the low
	// 6 bits of a rune of U+2000-U+203F (dashes, quotation marks, …:
	// see firstOf), else 0xFF (read the text). The passes test it
	// rather than load a byte of the text: far from the token in
	// memory, that load is a cache miss where tokens are read sparsely.
	First uint8
	// ID is the id of a word's lower-cased text among the document's
	// distinct words (d.words), -1 for other tokens. Kept in the token
	// rather than a parallel slice: the same 4 bytes a token, one append.
	ID int32
}

// asciiLower maps an ASCII byte to its lower case.
var asciiLower = func() (t [128]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return
}()

// byteClass tables for the ASCII range: one lookup per byte in the hot loop.
// A token's class is its kind (tokKind(c)), and the two whitespace classes
// are adjacent: the lexers rely on both.
const (
	cLetter  = uint8(tWord)
	cDigit   = uint8(tNum)
	cPunct   = uint8(tPunct)
	cQuote   = uint8(tQuote)
	cSpace   = uint8(iota) // whitespace, no line break
	cNewline               // cSpace+1
	cHigh                  // ≥ 0x80: decode the rune
)

var asciiClass = func() (t [256]uint8) {
	for i := range t {
		switch {
		case i >= 0x80:
			t[i] = cHigh
		case i == '\n':
			t[i] = cNewline
		case i == ' ' || i == '\t' || i == '\r' || i == '\f' || i == '\v':
			t[i] = cSpace
		case i >= 'a' && i <= 'z' || i >= 'A' && i <= 'Z':
			t[i] = cLetter
		case i >= '0' && i <= '9':
			t[i] = cDigit
		case i == '"' || i == '\'' || i == '`':
			t[i] = cQuote
		default:
			t[i] = cPunct
		}
	}
	return
}()

// genPunctClass is the class of U+2000-U+203F (E2 80 80-BF in UTF-8:
// spaces, dashes, quotation marks, ellipsis), which lexFast reads itself:
// news text is full of them. cHigh marks a rune left to lexState.slow.
var genPunctClass = func() (t [64]uint8) {
	for k := range t {
		c, _, r := classAt(string([]byte{0xE2, 0x80, 0x80 | byte(k)}), 0)
		if c == cLetter || unicode.ToLower(r) != r {
			c = cHigh // none today: slow would lower-case or scan it
		}
		t[k] = c
	}
	return
}()

// asciiStop is fStop for the ASCII marks that end a sentence (stopMarks):
// lexFast reads it rather than shift stopMarks by a byte, a shift that
// may pass 63 and so takes a fix-up.
var asciiStop = [256]uint8{'.': fStop, '!': fStop, '?': fStop}

// wordGoesOn is 1 for the bytes after ASCII letters that may continue
// the word: an apostrophe, a non-ASCII letter. lexFast leaves those words
// to its general path.
var wordGoesOn = func() (t [256]uint8) {
	t['\''] = 1
	for b := 0x80; b < len(t); b++ {
		t[b] = 1
	}
	return
}()

// wsFlags adds the whitespace of class c (cSpace or cNewline) to the
// flags ws of the next token: a second line break makes a blank line.
func wsFlags(ws, c uint8) uint8 {
	nl := (c - cSpace) * fNewline
	return ws | fSpace | nl | (ws&nl)<<1
}

// firstOf is token.First for a token that starts with rune r.
func firstOf(r rune) uint8 {
	switch {
	case r < 0x80:
		return uint8(r)
	case r >= 0x2000 && r <= 0x203F:
		return 0x80 | uint8(r&0x3F)
	}
	return 0xFF
}

// First of some marks of U+2000-U+203F.
const (
	firstEnDash   = 0x80 | '–'&0x3F
	firstEmDash   = 0x80 | '—'&0x3F
	firstLeftSQ   = 0x80 | '‘'&0x3F
	firstRightSQ  = 0x80 | '’'&0x3F
	firstEllipsis = 0x80 | '…'&0x3F
)

// isQuoteRune reports the non-ASCII quotation marks of ANNOTATION.md §1.
func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '«', '»', '„', '‚', '「', '」', '『', '』', '‹', '›', '‟', '‛', '＂':
		return true
	}
	return false
}

// isApostrophe reports the marks that may sit inside a word (don't, O’Brien).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// classAt returns the class of the rune at i and its size in bytes.
func classAt(s string, i int) (uint8, int, rune) {
	b := s[i]
	if b < 0x80 {
		return asciiClass[b], 1, rune(b)
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n <= 1:
		return cPunct, 1, r
	case vulgarLen(s, i) > 0:
		return cDigit, n, r // a vulgar fraction: a number (¾ cup), or the end of one (1½)
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		return cNewline, n, r
	case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
		return cSpace, n, r
	case isQuoteRune(r):
		return cQuote, n, r
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
		return cLetter, n, r
	case unicode.IsDigit(r):
		// Non-ASCII digits (Arabic-Indic, full-width) are read as letters
		// of an identifier: the figure parser knows ASCII digits only.
		return cLetter, n, r
	}
	return cPunct, n, r
}

// lex splits src into tokens and fills d.toks, d.low and the distinct
// words (d.words, token.ID). Whitespace is not a token; what it held
// survives in the next token's flags.
//
// One pass does it all: the lower-cased copy is written while each word's
// bytes are read, and the word is interned at its end. Most tokens take
// lexFast, a loop without calls; the rest (non-ASCII, a word the interner
// must grow for, a full token array) take lexState.slow, one token at a
// time.
func (d *doc) lex() {
	src := d.src
	// low is src lower-cased in place, same offsets; 8 bytes of zero
	// padding let the scans read whole 8-byte words past the end.
	if d.scr == nil { // a pass run alone, by a test
		d.scr = new(scratch)
	}
	sc := d.scr
	hPadded := sc.alloc(len(src)+8, 1, true)
	padded := *(*[]byte)(unsafe.Pointer(&hPadded))
	clear(padded[copy(padded, src):])
	// every token up to st.n is written whole: the array need not be cleared
	toks := sc.toks
	if n := len(src)/4 + 64; cap(toks) < n {
		toks = make([]token, n)
	}
	st := lexState{
		src:    src,
		padded: padded,
		// News text has 0.22-0.3 tokens per byte: start at 0.25 (append
		// would double a 4 MB array per MiB); see slow for growth.
		toks: toks[:cap(toks)],
		it:   newInterner(sc, len(src)/128),
		ws:   fSpace, // the start of the text counts as a line start
		// about one line break in 100 bytes of news, and one
		// sentence end
		lines: sc.int32s(len(src)/64 + 16)[:0],
		stops: sc.int32s(len(src)/64 + 16)[:0],
		// and about one quotation mark in 150
		marks: sc.int32s(len(src)/128 + 16)[:0],
		may:   figWords().mayFirst,
	}
	// about one figure's possible start in 60 bytes of news; written
	// whole up to nc, so not cleared
	hc := sc.alloc(len(src)/32+64, 4, true)
	st.cands = *(*[]int32)(unsafe.Pointer(&hc))
	for st.i < len(src) {
		if !d.slowLex {
			// lexFast adds words within their capacity: storing the
			// slice there would be a call (a write barrier)
			nw := lexFast(&st)
			st.it.words, st.it.heads, st.it.tails = st.it.words[:nw], st.it.heads[:nw+1], st.it.tails[:nw+1]
		}
		if st.i < len(src) {
			st.slow()
		}
	}
	d.toks = st.toks[:st.n]
	d.lines = listed(d.toks, st.lines, st.nl, fNewline, noKind)
	d.stops = listed(d.toks, st.stops, st.ns, fStop, noKind)
	d.marks = listed(d.toks, st.marks, st.nm, 0, tQuote)
	d.cands = st.cands[:st.nc]
	d.low = unsafe.String(unsafe.SliceData(padded), len(src)) // not written again
	d.words = st.it.words
	sc.toks = st.toks
}

// listed returns the tokens with flag f or of kind k: list[:n] when the
// lexer listed them all there, else (slow met a line break, or they did
// not fit) from the tokens. A full list is listed again: lexFast may
// have written its last place over.
func listed(toks []token, list []int32, n uint, f uint8, k tokKind) []int32 {
	if n < uint(cap(list)) {
		return list[:n]
	}
	list = list[:0]
	for i, t := range toks {
		if t.Flags&f != 0 || t.Kind == k {
			list = append(list, int32(i))
		}
	}
	return list
}

// lexState is the lexer's position, shared by its two paths.
type lexState struct {
	src    string
	padded []byte  // src lower-cased so far, then 8 zero bytes
	toks   []token // toks[:n] are done; len(toks) is the capacity
	n      int
	it     *interner
	i      int   // the next byte to read
	ws     uint8 // the whitespace flags of the next token (wsFlags)
	nw     uint  // lexFast: the words interned so far
	// lines[:nl] lists the tokens after a line break, for paragraphs,
	// which then need not scan every token (lexFast writes within
	// capacity).
	lines []int32
	nl    uint
	// stops[:ns] lists the tokens with fStop, for sentences, likewise,
	// and marks[:nm] the quotation marks (tQuote), for findQuotes.
	stops []int32
	ns    uint
	marks []int32
	nm    uint
	// cands[:nc] lists the tokens that may start a figure, for
	// findFigures, which then need not screen every token: digits, the
	// words the figure lexicon's bloom filter may hold (mayHead),
	// the marks of may. Never cut short: slow grows it, and lexFast
	// stops before it is full.
	cands []int32
	nc    uint
	// may is figLexicon.mayFirst, copied: read through st, which is
	// known non-nil, it takes no nil check per mark in lexFast (a test
	// and branch under wasm) where a pointer field did.
	may [256]uint8
}

// growCands makes room for lexFast to run on: it stops when cands may
// fill, as when the token array may.
func (st *lexState) growCands() {
	if uint(len(st.cands))-st.nc < 64 {
		grown := make([]int32, 2*len(st.cands)+64)
		copy(grown, st.cands[:st.nc])
		st.cands = grown
	}
}

// slow lexes the whitespace at st.i and the one token after it, if any:
// any rune, any word, growing the token array when it is full.
func (st *lexState) slow() {
	src, low, it := st.src, st.padded[:len(st.src)], st.it
	for st.i < len(src) {
		i := st.i
		var c uint8
		var n int
		var r rune
		if b := src[i]; b < 0x80 {
			c, n, r = asciiClass[b], 1, rune(b)
		} else {
			c, n, r = classAt(src, i)
			lowerRune(low, i, r, n)
		}
		if c == cSpace || c == cNewline {
			if c == cNewline && st.ws&fNewline == 0 {
				st.nl = 1 << 31 // a break not listed: lex lists them again
			}
			st.ws = wsFlags(st.ws, c)
			st.i += n
			continue
		}
		start := i
		flags := st.ws
		id := int32(-1)
		switch c {
		case cLetter:
			if r < 0x80 && r >= 'A' && r <= 'Z' || r >= 0x80 && unicode.IsUpper(r) {
				flags |= fCap
			}
			j, h, head, lowerSeen := scanWord(src, st.padded, i)
			// All capitals (KCNA): no lower-case letter, two letters or
			// more. A word that starts with an ASCII lower-case letter,
			// the common case, is settled by its first byte.
			if b := src[i]; (b < 'a' || b > 'z') && !lowerSeen && !hasASCIILower(src[i:j]) && letterCount(src[i:j]) >= 2 {
				flags |= fUpper
			}
			id = it.intern(low, int32(i), int32(j), h, head)
			i = j
		case cDigit:
			i = digitsEnd(src, i)
		case cPunct:
			b := src[i]
			flags |= uint8(stopMarks>>b&1|uint64(b>>7)) * fStop
			i += n
		default:
			i += n
		}
		if st.n == len(st.toks) {
			// Denser text than news (tables, markup, figures): size the
			// array for the whole text at the density seen so far, so it
			// grows about once rather than by a quarter again and again.
			need := st.n*len(src)/max(st.i, 1) + st.n/8 + 64
			grown := make([]token, max(need, len(st.toks)+len(st.toks)/4+64))
			copy(grown, st.toks)
			st.toks = grown
		}
		// Stored field by field: a token built on the stack and copied
		// as a whole stalled store forwarding, a 16-byte load of narrower
		// stores (a third of lexing time natively, perf).
		p := &st.toks[st.n]
		p.Start, p.End, p.Kind, p.Flags, p.First, p.ID = int32(start), int32(i), tokKind(c), flags, firstOf(r), id
		// listed as lexFast lists it
		st.growCands()
		if c == cDigit || it.heads[id+1]&mayHead != 0 || c != cLetter && st.may[src[i-1]] != 0 {
			st.cands[st.nc] = int32(st.n)
			st.nc++
		}
		if flags&fStop != 0 { // listed as lexFast lists them
			if st.ns < uint(cap(st.stops)) {
				*(*int32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.stops)), st.ns*4)) = int32(st.n)
			}
			st.ns++
		}
		if c == cQuote {
			if st.nm < uint(cap(st.marks)) {
				*(*int32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.marks)), st.nm*4)) = int32(st.n)
			}
			st.nm++
		}
		st.n++
		st.i, st.ws = i, 0
		return
	}
}

// digitsEnd returns the end of the number that starts with a digit at i:
// digits, with single commas or periods between digits (14,000 3.5).
func digitsEnd(src string, i int) int {
	if n := vulgarLen(src, i); n > 0 {
		return i + n // ¾
	}
	j := i + 1
	for j < len(src) {
		b := src[j]
		if b >= '0' && b <= '9' {
			j++
			continue
		}
		if (b == ',' || b == '.') && j+1 < len(src) && src[j+1] >= '0' && src[j+1] <= '9' {
			j += 2
			continue
		}
		break
	}
	if j < len(src) && src[j] == ' ' && j-i <= 3 {
		j = spaceGroups(src, i, j)
	}
	j += vulgarLen(src, j) // 1½
	return j
}

// spaceGroups returns the end of a number whose digits [i, end) are
// followed by groups of three set off by single spaces, the thousands
// separator of South African, French and SI style (350 000, 1 204 563),
// or end. The first run is one to three digits, not 0 first, and no
// number just before it ("1800 555 019", "020 7946 0958" are telephone
// numbers: their runs are four digits or start with 0, or follow one).
// The caller has seen src[end] == ' '.
func spaceGroups(src string, i, end int) int {
	if src[i] == '0' || i >= 2 && src[i-1] == ' ' && src[i-2] >= '0' && src[i-2] <= '9' {
		return end
	}
	for k := i; k < end; k++ {
		if src[k] < '0' || src[k] > '9' {
			return end // 1.5 000: not a group
		}
	}
	digit := func(k int) bool { return k < len(src) && src[k] >= '0' && src[k] <= '9' }
	for end+4 <= len(src) && src[end] == ' ' && digit(end+1) && digit(end+2) && digit(end+3) && !digit(end+4) &&
		!(end+5 < len(src) && (src[end+4] == ',' || src[end+4] == '.') && digit(end+5)) {
		end += 4
	}
	return end
}

// lexFast lexes from st.i while it can without a call: ASCII tokens, the
// punctuation of U+2000-U+203F, words of ASCII letters (with ' or ’
// inside). It stops, with st.i at the token it cannot take, at another
// non-ASCII rune outside a word, a word with one inside, a new word that
// would make the interner grow, or a full token array; lexState.slow
// takes that token.
//
// Why no calls: Go's wasm code turns every call site into a resume point
// of the function's state machine, and a loop with a call in it, even one
// never taken, ran 1.65x slower under Node than the same loop without. So
// the helpers scanWord and intern are written out here, the 8-byte reads
// are unchecked (the padding makes them safe: j never passes len(src), and
// zero bytes are not letters), and the tables are addressed by hand.
//
// One loop, its common path falling through (under wasm a branch taken is
// a trip through the function's dispatch loop): a word of 1-7 ASCII
// letters found in the slot its hash points at, then a one-byte mark. Few
// values live across it, so that the compiler keeps them in registers
// rather than reloading them every turn.
func lexFast(st *lexState) (nwords int) {
	if bigEndian {
		return len(st.it.words) // the 8-byte reads below assume little-endian lanes
	}
	base := unsafe.Pointer(unsafe.SliceData(st.padded))
	toks := unsafe.Pointer(unsafe.SliceData(st.toks))
	ids, heads := unsafe.Pointer(unsafe.SliceData(st.it.ids)), unsafe.Pointer(unsafe.SliceData(st.it.heads))
	mask := uint(len(st.it.ids) - 1)
	no := uint(st.n) * uint(unsafe.Sizeof(token{})) // token n's offset in toks: the next to write
	st.nw = uint(len(st.it.words))                  // kept in memory: read and written by the rare paths only
	i, ws := uint(st.i), uint64(st.ws)              // ws wide: no masking to a byte where it is read
	// Every token takes a byte at least: below lim the token array has
	// room for the next one.
	// Likewise for cands, written at nc for every token.
	lim := min(uint(len(st.src)), i+min(uint(len(st.toks)-st.n), uint(len(st.cands))-st.nc))
	// cp is cands[nc]'s address: one value live through the loop
	cp := unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.cands)), st.nc*4)
loop:
	for i < lim {
		w := *(*uint64)(unsafe.Add(base, i)) // src[i:], not yet lowered
		c := asciiClass[w&0xFF]
		end, flags, id := i+1, uint8(ws), int32(-1)
		if c == cLetter {
			// A lane holds an ASCII letter when, lower-cased and with its
			// top bit cleared, it is >= 'a' and not > 'z', and its top bit
			// was clear; the sums never carry from lane to lane. m masks
			// the letters before the first other byte (all 8: a long
			// word, its top bit set).
			x := (w | lanes20) &^ lanes80
			other := (^(x + (0x80-'a')*lanes01) | (x + (0x80-'z'-1)*lanes01) | w) & lanes80
			m := (other&-other)>>7 - 1
			end = i + uint(bits.TrailingZeros64(other))>>3
			lw := w | lanes20&m
			head := lw & m
			// With fewer than 8 letters the zero-padded head alone tells
			// words apart: the word is e-1 if the head of e is its own.
			e := uint(*(*uint32)(unsafe.Add(ids, uint(uint32((head*wordHashMul)>>32))&mask*4)))
			nb := uint(*(*byte)(unsafe.Add(base, end))) // the byte after the letters
			hv := *(*uint64)(unsafe.Add(heads, e*8))    // maybe marked (mayHead)
			if uint(m>>63)|uint(wordGoesOn[nb])|uint((hv^head)&^mayHead) == 0 {
				// The common token, stored here and the loop turned
				// without a jump: the general store below is a trip
				// through the dispatch under wasm.
				//
				// The lowered word is stored only if it differs: the
				// next token's load overlaps the store, and a load from
				// a part of a recent store stalls (store forwarding
				// fails). Else it goes to the token's place, written
				// over below: a select, not a branch.
				p := unsafe.Add(toks, no)
				dst := p
				if lw != w {
					dst = unsafe.Add(base, i)
				}
				*(*uint64)(dst) = lw
				// fCap: the first letter has no 0x20 bit; fUpper (2):
				// no letter has it (lower-1 wraps), two letters or more
				// (bit 8 of m)
				lower := w & lanes20 & m
				fl := ws | ^w>>5&1 | (lower-1)>>62&(m>>7)&2
				*(*uint64)(p) = uint64(i) | uint64(end)<<32
				*(*uint64)(unsafe.Add(p, 8)) = uint64(cLetter) | fl<<8 | (w&0xFF)<<16 | uint64(e)<<32 - 1<<32
				// listed when its head is marked
				*(*uint32)(cp) = uint32(no / uint(unsafe.Sizeof(token{})))
				cp = unsafe.Add(cp, uint(hv>>63)*4)
				no += uint(unsafe.Sizeof(token{}))
				// A single space after it is taken without a branch.
				sp := (nb ^ ' ' - 1) >> 63 // 1 for a space
				i, ws = end+sp, uint64(sp)*uint64(fSpace)
				continue
			}
			if m>>63 != 0 {
				// 8 letters or more: 8-15 are taken the same way (one
				// word in nine in news), found by head and tail, the
				// next 8 letters zero-padded, rather than by the general
				// path's loops, each turn a trip through the dispatch.
				w2 := *(*uint64)(unsafe.Add(base, end))
				x := (w2 | lanes20) &^ lanes80
				other := (^(x + (0x80-'a')*lanes01) | (x + (0x80-'z'-1)*lanes01) | w2) & lanes80
				m2 := (other&-other)>>7 - 1
				end2 := end + uint(bits.TrailingZeros64(other))>>3
				lw2 := w2 | lanes20&m2
				tail := lw2 & m2
				// the hash as scanWord's: a second lane only when there
				// are letters for it (nz), without a branch
				h := lw * wordHashMul
				nz := (tail | -tail) >> 63
				h ^= (h ^ (h^tail)*wordHashMul) & -nz
				e := uint(*(*uint32)(unsafe.Add(ids, uint(uint32(h>>32))&mask*4)))
				nb := uint(*(*byte)(unsafe.Add(base, end2)))
				hv := *(*uint64)(unsafe.Add(heads, e*8))
				// tails read through st, here and for a new word: a base
				// address fewer live through the loop, whose common path
				// V8 otherwise spills and reloads around
				if uint(m2>>63)|uint(wordGoesOn[nb])|uint((hv^lw)&^mayHead)|uint(*(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.it.tails)), e*8))^tail) == 0 {
					p := unsafe.Add(toks, no)
					dst, dst2 := p, unsafe.Add(p, 8) // written over below
					if lw != w {
						dst = unsafe.Add(base, i)
					}
					if lw2 != w2 {
						dst2 = unsafe.Add(base, end)
					}
					*(*uint64)(dst) = lw
					*(*uint64)(dst2) = lw2
					lower := w&lanes20 | w2&lanes20&m2
					fl := ws | ^w>>5&1 | (lower-1)>>62&2
					*(*uint64)(p) = uint64(i) | uint64(end2)<<32
					*(*uint64)(unsafe.Add(p, 8)) = uint64(cLetter) | fl<<8 | (w&0xFF)<<16 | uint64(e)<<32 - 1<<32
					*(*uint32)(cp) = uint32(no / uint(unsafe.Sizeof(token{})))
					cp = unsafe.Add(cp, uint(hv>>63)*4)
					no += uint(unsafe.Sizeof(token{}))
					sp := (nb ^ ' ' - 1) >> 63
					i, ws = end2+sp, uint64(sp)*uint64(fSpace)
					continue
				}
			}
			{
				// The general word: 8 letters or more, an apostrophe
				// after the letters, or its place holds another word or
				// none. Its first k letters are read above; the rest 8
				// bytes at a time as above (k = 8 reads on).
				*(*uint64)(unsafe.Add(base, i)) = lw
				j, lower, k := end, w&lanes20&m, end-i
				c = cLetter // so that c need not be kept from above
				flags |= uint8(^w>>5&1) * fCap
				for {
					if k == 8 {
						w := *(*uint64)(unsafe.Add(base, j))
						x := (w | lanes20) &^ lanes80
						other := ^((x + (0x80-'a')*lanes01) &^ (x + (0x80-'z'-1)*lanes01) &^ w) & lanes80
						m := (other&-other)>>7 - 1
						*(*uint64)(unsafe.Add(base, j)) = w | lanes20&m
						lower |= w & lanes20 & m
						k = uint(bits.TrailingZeros64(other)) >> 3
						j += k
						continue
					}
					// What ends the letters: ' or ’ before a letter stays
					// in the word. Past the end the padding's zeros end it.
					v := *(*uint32)(unsafe.Add(base, j))
					if v&0xFF == '\'' {
						switch asciiClass[v>>8&0xFF] {
						case cLetter:
							j, k = j+1, 8
							continue
						case cHigh:
							break loop // a non-ASCII letter may follow: slow
						}
						break
					}
					if v&0x80 == 0 {
						break
					}
					if v&0xFFFF != 0x80E2 {
						break loop // a non-ASCII rune, maybe a letter (café): slow
					}
					// U+2000-U+203F: spaces, dashes, quotation marks,
					// ellipsis; no letters.
					if v&0xFFFFFF == 0x9980E2 { // ’
						switch asciiClass[*(*byte)(unsafe.Add(base, j+3))] {
						case cLetter:
							j, k = j+3, 8
							continue
						case cHigh:
							break loop
						}
					}
					break
				}
				end = j
				// two letters or more: an apostrophe stands between two
				if flags&fCap != 0 && lower == 0 && j-i >= 2 {
					flags |= fUpper
				}
				// head and hash, as scanWord
				wn := j - i
				head := *(*uint64)(unsafe.Add(base, i))
				if wn < 8 {
					head &= 1<<(8*wn) - 1
				}
				h := head * wordHashMul
				for k := i + 8; k < j; k += 8 {
					w := *(*uint64)(unsafe.Add(base, k))
					if j-k < 8 {
						w &= 1<<(8*(j-k)) - 1
					}
					h = (h ^ w) * wordHashMul
				}
				h32 := uint32(h >> 32)
				// intern, written out: a word of 8 bytes or fewer is
				// settled by its head alone. len(ids) is a power of two.
				for s := uint(h32) & mask; ; s = (s + 1) & mask {
					e := uint(*(*uint32)(unsafe.Add(ids, s*4)))
					if e == 0 { // a new word
						// new words fit within the words' capacity, the
						// table at most a quarter full: beyond, intern
						// grows them
						nw := st.nw
						if nw >= uint(cap(st.it.words)) || nw+1 >= uint(cap(st.it.heads)) || nw+1 >= uint(cap(st.it.tails)) || 4*(nw+1) > mask+1 {
							break loop
						}
						*(*wordSpan)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.it.words)), nw*uint(unsafe.Sizeof(wordSpan{})))) = wordSpan{int32(i), int32(j), h32}
						// marked when the word may start a figure
						*(*uint64)(unsafe.Add(heads, (nw+1)*8)) = head | (st.it.bloom[h32>>22]>>(h32>>16&63))<<63
						tail := uint64(0)
						if wn > 8 {
							tail = *(*uint64)(unsafe.Add(base, i+8))
							if wn < 16 {
								tail &= 1<<(8*(wn-8)) - 1
							}
						}
						*(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.it.tails)), (nw+1)*8)) = tail
						*(*uint32)(unsafe.Add(ids, s*4)) = uint32(nw + 1)
						id = int32(nw)
						st.nw = nw + 1
						break
					}
					ws := (*wordSpan)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.it.words)), (e-1)*uint(unsafe.Sizeof(wordSpan{}))))
					if (*(*uint64)(unsafe.Add(heads, e*8))^head)&^mayHead == 0 && uint(ws.End-ws.Start) == wn {
						start := uint(ws.Start)
						k := uint(8) // past the head, 8 bytes at a time
						for ; k < wn; k += 8 {
							a := *(*uint64)(unsafe.Add(base, start+k))
							b := *(*uint64)(unsafe.Add(base, i+k))
							if wn-k < 8 {
								m := uint64(1)<<(8*(wn-k)) - 1
								a, b = a&m, b&m
							}
							if a != b {
								break
							}
						}
						if k >= wn {
							id = int32(e - 1)
							break
						}
					}
				}
			}
		} else if c-cPunct < 2 { // a mark or an ASCII quote, one byte
			// Taken here in one run, as the common word: stops and
			// quotation marks listed without a branch, written at
			// the list's next place (the last when it is full: lex
			// lists them again then) and counted by their flag.
			stop := asciiStop[w&0xFF] // none for a quote
			n := uint32(no / uint(unsafe.Sizeof(token{})))
			*(*uint32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.stops)), min(st.ns, uint(cap(st.stops)-1))*4)) = n
			*(*uint32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.marks)), min(st.nm, uint(cap(st.marks)-1))*4)) = n
			st.ns += uint(stop) / uint(fStop)
			st.nm += uint(c - cPunct)
			*(*uint32)(cp) = n
			cp = unsafe.Add(cp, uint(st.may[w&0xFF])*4)
			p := unsafe.Add(toks, no)
			*(*uint64)(p) = uint64(i) | uint64(end)<<32
			*(*uint64)(unsafe.Add(p, 8)) = uint64(c) | uint64(flags|stop)<<8 | (w&0xFF)<<16 | uint64(uint32(id))<<32
			no += uint(unsafe.Sizeof(token{}))
			sp := (uint(*(*byte)(unsafe.Add(base, end))) ^ ' ' - 1) >> 63
			i, ws = end+sp, uint64(sp)*uint64(fSpace)
			continue
		} else {
			if c == cHigh {
				// E2 80 80-BF, read as one word: the padding's zeros
				// fail the test past the end
				if uint32(w)&0xC0FFFF != 0x8080E2 {
					break
				}
				if c = genPunctClass[w>>16&0x3F]; c == cHigh {
					break
				}
				end += 2
				w = 0x80 | w>>16&0x3F // the token's First
				if c == cPunct {
					flags |= fStop // a non-ASCII mark, for sentences to settle
				}
			}
			if c == cSpace || c == cNewline {
				nl := uint64(c-cSpace) * uint64(fNewline) // wsFlags, written out
				if nl&^ws != 0 {                          // the first line break before the next token
					if st.nl < uint(cap(st.lines)) { // else more than listed: lex lists them again
						*(*int32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.lines)), st.nl*4)) = int32(no / uint(unsafe.Sizeof(token{})))
					}
					st.nl++
				}
				ws |= uint64(fSpace) | nl | (ws&nl)<<1
				i = end
				// cp moved by an offset the compiler cannot see is 0 (i <
				// 2^63): then every value of cp in the loop comes from
				// unsafe.Add, so it is known non-nil and its stores take
				// no nil check, a test and branch per token under wasm.
				cp = unsafe.Add(cp, i>>63)
				continue
			}
			if c == cDigit {
				// digitsEnd, written out; the padding's zeros end it
				for {
					b := *(*byte)(unsafe.Add(base, end))
					if b >= '0' && b <= '9' {
						end++
						continue
					}
					if b2 := *(*byte)(unsafe.Add(base, end+1)); (b == ',' || b == '.') && b2 >= '0' && b2 <= '9' {
						end += 2
						continue
					}
					break
				}
				// Thousands grouped by spaces (R350 000, 17 400 megawatts):
				// slow's digitsEnd reads them (spaceGroups); the test of
				// the bytes after the run turns nearly every number away.
				if b := *(*byte)(unsafe.Add(base, end)); b == ' ' && end-i <= 3 && *(*byte)(unsafe.Add(base, end+1))-'0' <= 9 ||
					b == 0xC2 && *(*byte)(unsafe.Add(base, end+1))-0xBC <= 2 || b == 0xE2 && *(*byte)(unsafe.Add(base, end+1)) == 0x85 {
					break loop // grouped or ending in a vulgar fraction (1½): slow reads it, a call here would slow this loop
				}
			}
		}
		// Stops are listed for sentences, quotation marks for findQuotes.
		if c-cPunct < 2 {
			if flags&fStop != 0 {
				if st.ns < uint(cap(st.stops)) {
					*(*int32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.stops)), st.ns*4)) = int32(no / uint(unsafe.Sizeof(token{})))
				}
				st.ns++
			} else if c == cQuote {
				if st.nm < uint(cap(st.marks)) {
					*(*int32)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(st.marks)), st.nm*4)) = int32(no / uint(unsafe.Sizeof(token{})))
				}
				st.nm++
			}
		}
		// Two 8-byte stores, the token's layout on a little-endian
		// machine: Start, End; Kind, Flags, First, padding, ID.
		p := unsafe.Add(toks, no)
		*(*uint64)(p) = uint64(i) | uint64(end)<<32
		*(*uint64)(unsafe.Add(p, 8)) = uint64(c) | uint64(flags)<<8 | (w&0xFF)<<16 | uint64(uint32(id))<<32
		// w's low byte is the first of digits and a word, the last of a mark
		*(*uint32)(cp) = uint32(no / uint(unsafe.Sizeof(token{})))
		cp = unsafe.Add(cp, uint(*(*uint64)(unsafe.Add(heads, uint(id+1)*8))>>63|uint64(st.may[w&0xFF]))*4)
		no += uint(unsafe.Sizeof(token{}))
		// Most tokens are followed by a single space: take it here
		// rather than in a turn of the loop. padded[end] is src's byte
		// or the padding.
		sp := (uint(*(*byte)(unsafe.Add(base, end))) ^ ' ' - 1) >> 63 // without a branch, as above
		i, ws = end+sp, uint64(sp)*uint64(fSpace)
	}
	st.n, st.i, st.ws = int(no/uint(unsafe.Sizeof(token{}))), int(i), uint8(ws)
	st.nc = uint(uintptr(cp)-uintptr(unsafe.Pointer(unsafe.SliceData(st.cands)))) / 4
	return int(st.nw)
}

// lowerRune writes the lower case of the non-ASCII rune r (n bytes at i)
// over low[i:] when it has the same length in UTF-8, so that offsets into
// d.low are offsets into d.src.
func lowerRune(low []byte, i int, r rune, n int) {
	if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
		utf8.EncodeRune(low[i:], l)
	}
}

// Byte-parallel ("SWAR") constants: a byte repeated in all 8 lanes of a
// word read from memory (little-endian order: lane 0 is the first byte).
const (
	lanes01 = 0x0101010101010101
	lanes20 = 0x2020202020202020
	lanes80 = 0x8080808080808080
)

// scanWord returns the end of the word that starts at i with a letter, its
// hash, and whether it holds a non-ASCII lower-case letter; it lower-cases
// the word in low as it goes. low holds src's bytes from i on and 8 bytes
// of zero padding after them.
//
// Runs of ASCII letters are read 8 bytes at a time: news text is mostly
// ASCII words, and a byte loop cost ~15 instructions per letter, more
// under wasm. Apostrophes and non-ASCII letters take the rune path. The
// 8-byte helpers are written out here, not called: the wasm build does not
// inline.
func scanWord(src string, low []byte, i int) (end int, hash uint32, head uint64, lowerSeen bool) {
	base := unsafe.Pointer(unsafe.SliceData(low))
	j := i
	for {
		for {
			_ = low[j+7] // the padding keeps this in bounds: zeros are not letters
			w := *(*uint64)(unsafe.Add(base, j))
			if bigEndian {
				w = bits.ReverseBytes64(w)
			}
			// A lane holds an ASCII letter when, lower-cased and with its
			// top bit cleared, it is >= 'a' and not > 'z', and its top
			// bit was clear. The sums never carry from lane to lane.
			x := (w | lanes20) &^ lanes80
			letters := (x + (0x80-'a')*lanes01) &^ (x + (0x80-'z'-1)*lanes01) &^ w & lanes80
			k := 8
			if letters != lanes80 {
				k = bits.TrailingZeros64(^letters&lanes80) >> 3 // letters before the first non-letter
			}
			if k > 0 {
				lw := w | lanes20&(1<<(8*k)-1)
				if bigEndian {
					lw = bits.ReverseBytes64(lw)
				}
				*(*uint64)(unsafe.Add(base, j)) = lw
				j += k
			}
			if k < 8 {
				break
			}
		}
		if j >= len(src) {
			j = len(src)
			break
		}
		if b := src[j]; b < 0x80 {
			if b == '\'' && j+1 < len(src) && letterAt(src, j+1) {
				j++
				continue
			}
			break
		}
		c, n, r := classAt(src, j)
		if c == cLetter {
			if unicode.IsLower(r) {
				lowerSeen = true
			}
			lowerRune(low, j, r, n)
		} else if !(r == '’' && j+n < len(src) && letterAt(src, j+n)) {
			break
		} // else an apostrophe between two letters stays in the word
		j += n
	}
	// The hash reads the lower-cased word 8 bytes at a time from its
	// start, masking what follows it, so a word hashes the same wherever
	// it is.
	head = *(*uint64)(unsafe.Add(base, i)) // masked below when the word is shorter
	if bigEndian {
		head = bits.ReverseBytes64(head)
	}
	if j-i < 8 {
		head &= 1<<(8*(j-i)) - 1
	}
	h := head * wordHashMul
	for k := i + 8; k < j; k += 8 {
		w := *(*uint64)(unsafe.Add(base, k))
		if bigEndian {
			w = bits.ReverseBytes64(w)
		}
		if j-k < 8 {
			w &= 1<<(8*(j-k)) - 1
		}
		h = (h ^ w) * wordHashMul
	}
	return j, uint32(h >> 32), head, lowerSeen
}

// hasASCIILower reports whether s holds an ASCII lower-case letter.
func hasASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// wordHashMul is the multiplier of the lexer's word hash: over the 8-byte
// lanes of a lower-cased word, h = (h ^ lane) * wordHashMul from h = 0,
// whose top 32 bits are the hash (multiplicative hashing: they depend on
// every bit below). scanWord and lexFast each compute it; they must
// agree, which FuzzLex checks (same word, same id, on either path).
const wordHashMul = 0x9e3779b97f4a7c15

// lexWordHash returns the lexer's hash of the lower-cased word w (see
// wordHashMul), for tables looked up by wordSpan.hash.
func lexWordHash(w string) uint32 {
	var h uint64
	for k := 0; k < len(w); k += 8 {
		var lane uint64
		for b := min(len(w), k+8) - 1; b >= k; b-- {
			lane = lane<<8 | uint64(w[b])
		}
		h = (h ^ lane) * wordHashMul
	}
	return uint32(h >> 32)
}

// wordSpan is the first occurrence of a distinct lower-cased word in d.low.
type wordSpan struct {
	Start, End int32 // bytes
	hash       uint32
}

// interner gives every distinct lower-cased word a small id, so that the
// detectors look each one up in their lexicons once, not once per token: a
// news article repeats its words (about one distinct word in five tokens),
// and a string-keyed map lookup costs ~100 ns under js/wasm, which has no
// AES hash. Open addressing with linear probing, load kept under 1/4,
// about 1/8 for news: a word away from the slot its hash points at takes
// lexFast's general path (at load 1/2, one word token in fourteen; 1/40
// at 1/8), and the table is 4 bytes a slot.
//
// The table holds 4-byte ids, and the first 8 bytes of each word sit in
// heads, in order of first appearance: a lookup is in cache far more
// often than with the head in the table (16-byte slots, 0.5 MB a MiB of
// text, were a cache miss on most lookups).
type interner struct {
	ids   []uint32      // a word's id+1 at its hash's place; 0 when free
	heads []uint64      // heads[id+1]: word id's first 8 bytes, zero-padded (little-endian); heads[0] = 0 is no word's
	tails []uint64      // tails[id+1]: its next 8 bytes, likewise (lexFast's words of 8-15 letters)
	words []wordSpan    // words[id]: its first occurrence
	bloom *[1024]uint64 // figLexicon.mayWord
}

// mayHead marks the head of a word that may start a figure (its hash is
// in the figure lexicon's bloom filter), for lexState.cands: its top bit,
// clear in the head of every ASCII word. The compares that find a word by
// its head ignore it: the head of a non-ASCII word may have the bit of its
// own, and then its length or its next bytes (continuation bytes, never
// ASCII or zero) tell it apart. lexFast lists a word by the bit of the
// head it has just read: a mark kept in an array of its own took one more
// base address through its loop (spilled), and a mark that sent the word
// off its straight paths took their branches (dear under js/wasm).
const mayHead = 1 << 63

func newInterner(sc *scratch, est int) *interner {
	size := 4096
	for size < 8*est {
		size <<= 1
	}
	// Room for as many words as the table takes before it grows (a
	// quarter of its slots), from the arena, not written before use: the
	// bench text's ~20K distinct words outgrew an eighth of that and their
	// appends cost 1 MB of fresh heap per call. Past it they grow as needed.
	hHeads := sc.alloc(size/4+1, 8, true)
	heads := (*(*[]uint64)(unsafe.Pointer(&hHeads)))[:1]
	heads[0] = 0
	hTails := sc.alloc(size/4+1, 8, true)
	tails := (*(*[]uint64)(unsafe.Pointer(&hTails)))[:1]
	tails[0] = 0
	hWords := sc.alloc(size/4, unsafe.Sizeof(wordSpan{}), true)
	return &interner{ids: unsafe.Slice((*uint32)(grabBytes(&sc.slots, size, unsafe.Sizeof(uint32(0)), false)), size), heads: heads, tails: tails,
		words: (*(*[]wordSpan)(unsafe.Pointer(&hWords)))[:0], bloom: &figWords().mayWord}
}

// intern returns the id of low[start:end], whose word hash is h and first
// 8 bytes head (see scanWord).
func (it *interner) intern(low []byte, start, end int32, h uint32, head uint64) int32 {
	mask := uint32(len(it.ids) - 1)
	for s := h & mask; ; s = (s + 1) & mask {
		e := it.ids[s]
		if e == 0 {
			id := int32(len(it.words))
			it.words = append(it.words, wordSpan{start, end, h})
			it.heads = append(it.heads, head|it.bloom[h>>22]>>(h>>16&63)<<63)
			var tail uint64
			if n := end - start; n > 8 {
				// low is padded: 8 bytes past its end are readable
				tail = *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(low)), start+8))
				if n < 16 {
					tail &= 1<<(8*(n-8)) - 1
				}
			}
			it.tails = append(it.tails, tail)
			it.ids[s] = uint32(id + 1)
			if len(it.words)*4 > len(it.ids) {
				it.grow()
			}
			return id
		}
		if (it.heads[e]^head)&^mayHead == 0 {
			if w := it.words[e-1]; string(low[w.Start:w.End]) == string(low[start:end]) {
				return int32(e - 1)
			}
		}
	}
}

func (it *interner) grow() {
	ids := make([]uint32, 2*len(it.ids))
	mask := uint32(len(ids) - 1)
	for id, w := range it.words {
		s := w.hash & mask
		for ids[s] != 0 {
			s = (s + 1) & mask
		}
		ids[s] = uint32(id + 1)
	}
	it.ids = ids
}

// word returns the lower-cased text of distinct word id.
func (d *doc) word(id int32) string { w := d.words[id]; return d.low[w.Start:w.End] }

// letterCount returns the number of letters in s (apostrophes are not).
// Only all-capital words get here (KCNA, I).
func letterCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c, k, _ := classAt(s, i)
		if c == cLetter {
			n++
		}
		i += k
	}
	return n
}

// letterAt reports whether a letter starts at byte i.
func letterAt(s string, i int) bool {
	c, _, _ := classAt(s, i)
	return c == cLetter
}

// lowerASCII returns src with ASCII letters and same-length Latin capitals
// lower-cased, byte offsets unchanged, so d.lower(i) is a sub-slice and never
// allocates.
func lowerASCII(src string) string {
	i := 0
	for i < len(src) && (src[i] < 'A' || src[i] > 'Z') && src[i] < 0x80 {
		i++
	}
	if i == len(src) {
		return src
	}
	b := make([]byte, len(src))
	copy(b, src[:i])
	for i < len(src) {
		c := src[i]
		if c < 0x80 {
			b[i] = asciiLower[c]
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		} else {
			copy(b[i:i+n], src[i:i+n])
		}
		i += n
	}
	return string(b)
}
