package annotate

import (
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
)

// Token flags.
const (
	fCap       uint8 = 1 << iota // first rune is upper-case
	fUpper                       // all letters upper-case, two letters or more (KCNA, NATO)
	fSpace                       // whitespace before it
	fNewline                     // a line break before it
	fBlank                       // a blank line before it (two line breaks or more)
	fParaStart                   // first token of a paragraph
)

// token is one lexeme: a sub-slice of the source by offsets, never a copy.
// 16 bytes; a news article has about one token per 4 bytes.
type token struct {
	Start, End int32 // bytes
	Kind       tokKind
	Flags      uint8
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
const (
	cPunct uint8 = iota
	cSpace
	cNewline
	cLetter
	cDigit
	cQuote
	cHigh // ≥ 0x80: decode the rune
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
// words (d.words, token.ID). Whitespace is not a token; what it held survives in the
// next token's flags.
//
// One pass does it all: the lower-cased copy is written and each word's
// hash computed while its bytes are read, and the word is interned at its
// end. Three passes (lex, lowerASCII, internWords) cost 41M + 17M + 32M
// instructions per MiB (valgrind, BenchmarkAnnotate built with -l as the
// wasm build is).
func (d *doc) lex() {
	src := d.src
	toks := make([]token, 0, len(src)/3+16) // measured: 0.22-0.3 tokens per byte of news text; regrowth cost 15% of lexing
	low := []byte(src)                      // lower-cased in place below, same offsets
	it := newInterner(len(src) / 40)
	newlines := 0
	space := true // the start of the text counts as a line start
	for i := 0; i < len(src); {
		var c uint8
		var n int
		var r rune
		if b := src[i]; b < 0x80 { // inline the ASCII case: classAt is too big to inline
			c, n, r = asciiClass[b], 1, rune(b)
		} else {
			c, n, r = classAt(src, i)
			lowerRune(low, i, r, n)
		}
		switch c {
		case cSpace:
			space = true
			i += n
			continue
		case cNewline:
			space = true
			newlines++
			i += n
			continue
		}
		// The token's fields live in locals and are stored one by one
		// into toks at the end: a token built on the stack and copied
		// into toks as a whole stalled store forwarding, a 16-byte load
		// of five narrower stores (a third of lexing time, perf).
		start := i
		var kind tokKind
		var flags uint8
		id := int32(-1)
		if space {
			flags |= fSpace
		}
		if newlines > 0 {
			flags |= fNewline
			if newlines > 1 {
				flags |= fBlank
			}
		}
		space, newlines = false, 0
		switch c {
		case cLetter:
			kind = tWord
			if r < 0x80 && r >= 'A' && r <= 'Z' || r >= 0x80 && unicode.IsUpper(r) {
				flags |= fCap
			}
			// The ASCII letter test is a range check on b|0x20, which is
			// also the lower case; or collects the letters' 0x20 bits,
			// set in lower-case letters only (BenchmarkLex: 26 -> 15
			// instructions per letter).
			var or byte
			lowerSeen := false     // a non-ASCII lower-case letter
			h := uint32(fnvOffset) // FNV-1a of the lower-cased bytes
			j := i
			for j < len(src) {
				b := src[j]
				if lb := b | 0x20; lb-'a' < 26 {
					or |= b
					low[j] = lb
					h = (h ^ uint32(lb)) * fnvPrime
					j++
					continue
				}
				if b < 0x80 {
					if b == '\'' && j+1 < len(src) && letterAt(src, j+1) {
						h = (h ^ uint32(b)) * fnvPrime
						j++
						continue
					}
					break
				}
				c2, n2, r2 := classAt(src, j)
				if c2 == cLetter {
					if unicode.IsLower(r2) {
						lowerSeen = true
					}
					lowerRune(low, j, r2, n2)
				} else if !(r2 == '’' && j+n2 < len(src) && letterAt(src, j+n2)) {
					break
				} // else an apostrophe between two letters stays in the word
				for k := j; k < j+n2; k++ {
					h = (h ^ uint32(low[k])) * fnvPrime
				}
				j += n2
			}
			if !lowerSeen && or&0x20 == 0 && letterCount(src[i:j]) >= 2 {
				flags |= fUpper
			}
			// the probe of it.intern inline, the insert not: a word is
			// most often found at the first slot
			if e := it.slots[h&uint32(len(it.slots)-1)]; e != 0 {
				if w := it.words[e-1]; w.hash == h && int(w.End-w.Start) == j-i {
					k := 0
					for a := low[w.Start:w.End]; k < len(a) && a[k] == low[i+k]; k++ {
					}
					if k == j-i {
						id = e - 1
					}
				}
			}
			if id < 0 {
				id = it.intern(low, int32(i), int32(j), h)
			}
			i = j
		case cDigit:
			kind = tNum
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
			i = j
		case cQuote:
			kind = tQuote
			i += n
		default:
			kind = tPunct
			i += n
		}
		if len(toks) == cap(toks) {
			toks = append(toks, token{})[:len(toks)]
		}
		toks = toks[:len(toks)+1]
		p := &toks[len(toks)-1]
		p.Start, p.End, p.Kind, p.Flags, p.ID = int32(start), int32(i), kind, flags, id
	}
	d.toks = toks
	d.low = unsafe.String(unsafe.SliceData(low), len(low)) // low is not written again
	d.words = it.words
}

// lowerRune writes the lower case of the non-ASCII rune r (n bytes at i)
// over low[i:] when it has the same length in UTF-8, so that offsets into
// d.low are offsets into d.src.
func lowerRune(low []byte, i int, r rune, n int) {
	if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
		utf8.EncodeRune(low[i:], l)
	}
}

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// wordSpan is the first occurrence of a distinct lower-cased word in d.low.
type wordSpan struct {
	Start, End int32 // bytes
	hash       uint32
}

// interner gives every distinct lower-cased word a small id, so that the
// detectors look each one up in their lexicons once, not once per token: a
// news article repeats its words (about one distinct word in five tokens),
// and a string-keyed map lookup costs ~100 ns under js/wasm, which has no
// AES hash. Open addressing, load kept under 1/2.
type interner struct {
	slots []int32 // id+1; 0 = empty
	words []wordSpan
}

func newInterner(est int) *interner {
	size := 1024
	for size < 2*est {
		size <<= 1
	}
	return &interner{slots: make([]int32, size), words: make([]wordSpan, 0, size/2)}
}

// intern returns the id of low[start:end], whose FNV-1a hash is h.
func (it *interner) intern(low []byte, start, end int32, h uint32) int32 {
	mask := uint32(len(it.slots) - 1)
	for s := h & mask; ; s = (s + 1) & mask {
		e := it.slots[s]
		if e == 0 {
			it.words = append(it.words, wordSpan{start, end, h})
			it.slots[s] = int32(len(it.words))
			if len(it.words)*2 > len(it.slots) {
				it.grow()
			}
			return int32(len(it.words) - 1)
		}
		if w := it.words[e-1]; w.hash == h && string(low[w.Start:w.End]) == string(low[start:end]) {
			return e - 1
		}
	}
}

func (it *interner) grow() {
	slots := make([]int32, 2*len(it.slots))
	mask := uint32(len(slots) - 1)
	for id, w := range it.words {
		s := w.hash & mask
		for slots[s] != 0 {
			s = (s + 1) & mask
		}
		slots[s] = int32(id + 1)
	}
	it.slots = slots
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
