package annotate

import (
	"unicode"
	"unicode/utf8"
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
// 12 bytes; a news article has about one token per 5 bytes.
type token struct {
	Start, End int32 // bytes
	Kind       tokKind
	Flags      uint8
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

// lex splits src into tokens and fills d.toks and d.low. Whitespace is not
// a token; what it held survives in the next token's flags.
func (d *doc) lex() {
	src := d.src
	toks := make([]token, 0, len(src)/3+16) // measured: 0.22-0.3 tokens per byte of news text; regrowth cost 15% of lexing
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
		t := token{Start: int32(i)}
		if space {
			t.Flags |= fSpace
		}
		if newlines > 0 {
			t.Flags |= fNewline
			if newlines > 1 {
				t.Flags |= fBlank
			}
		}
		space, newlines = false, 0
		switch c {
		case cLetter:
			t.Kind = tWord
			if r < 0x80 && r >= 'A' && r <= 'Z' || r >= 0x80 && unicode.IsUpper(r) {
				t.Flags |= fCap
			}
			lowerSeen, letters := false, 0
			j := i
			for j < len(src) {
				b := src[j]
				if b < 0x80 { // ASCII fast path: most letters of most articles
					if asciiClass[b] == cLetter {
						letters++
						if b >= 'a' {
							lowerSeen = true
						}
						j++
						continue
					}
					if b == '\'' && j+1 < len(src) && letterAt(src, j+1) {
						j++
						continue
					}
					break
				}
				c2, n2, r2 := classAt(src, j)
				if c2 == cLetter {
					letters++
					if unicode.IsLower(r2) {
						lowerSeen = true
					}
					j += n2
					continue
				}
				// An apostrophe between two letters stays in the word.
				if r2 == '’' && j+n2 < len(src) && letterAt(src, j+n2) {
					j += n2
					continue
				}
				break
			}
			if !lowerSeen && letters >= 2 {
				t.Flags |= fUpper
			}
			i = j
		case cDigit:
			t.Kind = tNum
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
			t.Kind = tQuote
			i += n
		default:
			t.Kind = tPunct
			i += n
		}
		t.End = int32(i)
		toks = append(toks, t)
	}
	d.toks = toks
	d.low = lowerASCII(src)
	d.internWords()
}

// wordSpan is the first occurrence of a distinct lower-cased word in d.low.
type wordSpan struct {
	Start, End int32 // bytes
	hash       uint32
}

// internWords gives every word token the id of its lower-cased text (d.wid)
// so that the detectors look each distinct word up in their lexicons once,
// not once per token: a news article repeats its words (about one distinct
// word in five tokens), and a string-keyed map lookup costs ~100 ns under
// js/wasm, which has no AES hash. The table is open addressing over FNV-1a
// with the loop inlined: no call per token, one allocation per growth.
func (d *doc) internWords() {
	low, toks := d.low, d.toks
	wid := make([]int32, len(toks))
	size := 1024
	for size < len(toks)/8 {
		size <<= 1
	}
	slots := make([]int32, size) // id+1; 0 = empty
	words := make([]wordSpan, 0, size/2)
	mask := uint32(size - 1)
	for i := range toks {
		t := toks[i]
		if t.Kind != tWord {
			wid[i] = -1
			continue
		}
		h := uint32(2166136261)
		for k := t.Start; k < t.End; k++ {
			h = (h ^ uint32(low[k])) * 16777619
		}
		w := low[t.Start:t.End]
		for s := h & mask; ; s = (s + 1) & mask {
			e := slots[s]
			if e == 0 {
				words = append(words, wordSpan{t.Start, t.End, h})
				slots[s] = int32(len(words))
				wid[i] = int32(len(words) - 1)
				if len(words)*2 > size { // keep the load under 1/2: rehash
					size *= 2
					mask = uint32(size - 1)
					slots = make([]int32, size)
					for id, ws := range words {
						s := ws.hash & mask
						for slots[s] != 0 {
							s = (s + 1) & mask
						}
						slots[s] = int32(id + 1)
					}
				}
				break
			}
			if ws := words[e-1]; ws.hash == h && low[ws.Start:ws.End] == w {
				wid[i] = e - 1
				break
			}
		}
	}
	d.wid, d.words = wid, words
}

// word returns the lower-cased text of distinct word id.
func (d *doc) word(id int32) string { w := d.words[id]; return d.low[w.Start:w.End] }

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
