package annotate

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the JSON of ANNOTATION.md §5 for r to dst. src must be
// the text r was computed from: the "text" fields are sliced out of it.
// With utf16 set, every offset is converted to UTF-16 code units (what
// JavaScript's String.prototype.slice counts); otherwise offsets are UTF-8
// bytes. Invalid UTF-8 in src is written as U+FFFD, so the JSON is always
// valid.
//
// The encoder is written by hand so the engine compiles to wasm without
// encoding/json and reflect (about 150 KiB of brotli'd wasm).
func AppendJSON(dst []byte, r *Result, src string, utf16 bool) []byte {
	// The JSON of news text runs to ~2.3 bytes per byte of text: grow the
	// buffer once rather than by doubling (growslice's copies were 5% of
	// a 10 MB article's time in the worker).
	if need := len(src)*5/2 + 64; cap(dst)-len(dst) < need {
		grown := make([]byte, len(dst), len(dst)+need)
		copy(grown, dst)
		dst = grown
	}
	e := jsonEncoder{b: dst, src: src}
	if utf16 {
		m := newOffsetMap(src)
		if !m.ascii {
			e.m = &m
		}
	}
	e.raw(`{"sources":[`)
	for i, s := range r.Sources {
		e.comma(i)
		e.int(`{"id":`, i)
		e.raw(`,"name":`)
		e.str(s.Name)
		e.raw(`,"kind":"`)
		e.raw(s.Kind.String())
		e.raw(`","mentions":[`)
		for j, m := range s.Mentions {
			e.comma(j)
			e.pair(m)
		}
		e.raw("]}")
	}
	e.raw(`],"quotes":[`)
	for i, q := range r.Quotes {
		e.comma(i)
		e.spanText(q.Span)
		e.index(`,"source":`, q.Source)
		e.raw(`,"cue":`)
		e.optPair(q.Cue)
		e.raw(`,"partial":`)
		e.b = strconv.AppendBool(e.b, q.Partial)
		e.byte('}')
	}
	e.raw(`],"figures":[`)
	for i, f := range r.Figures {
		e.comma(i)
		e.spanText(f.Span)
		e.raw(`,"type":"`)
		e.raw(f.Type.String())
		e.raw(`","value":`)
		e.value(f.Value)
		e.raw(`,"unit":`)
		e.str(f.Unit)
		e.raw(`,"approx":`)
		e.str(f.Approx)
		e.index(`,"source":`, f.Source)
		e.byte('}')
	}
	e.raw(`],"attributions":[`)
	for i, a := range r.Attributions {
		e.comma(i)
		e.index(`{"source":`, a.Source)
		e.raw(`,"mention":`)
		e.optPair(a.Mention)
		e.raw(`,"cue":`)
		e.optPair(a.Cue)
		e.raw(`,"content":`)
		e.optPair(a.Content)
		e.byte('}')
	}
	e.raw(`],"terms":[`)
	for i, t := range r.Terms {
		e.comma(i)
		e.spanText(t.Span)
		e.byte('}')
	}
	e.raw("]}")
	return e.b
}

type jsonEncoder struct {
	b   []byte
	src string
	m   *offsetMap // nil: byte offsets
}

// raw and byte append without escaping. One call each rather than an
// append written out at each of their ~50 places: the wasm build does not
// inline, and each written-out append is ~60 bytes of code.
func (e *jsonEncoder) raw(s string) { e.b = append(e.b, s...) }
func (e *jsonEncoder) byte(c byte)  { e.b = append(e.b, c) }

func (e *jsonEncoder) comma(i int) {
	if i > 0 {
		e.byte(',')
	}
}

// off appends prefix (a short literal) and offset o.
func (e *jsonEncoder) off(prefix string, o int) {
	if e.m != nil {
		o = e.m.utf16(o)
	}
	e.int(prefix, o)
}

// int appends prefix (a short literal) and v in decimal: one call for what
// was raw and strconv.AppendInt, four calls deep under wasm, for every
// offset. Only the rare cases call on.
func (e *jsonEncoder) int(prefix string, v int) {
	if v < 0 || v > math.MaxUint32 || cap(e.b)-len(e.b) < len(prefix)+10 {
		// Negative, past uint32, or the buffer full (rare: AppendJSON
		// sizes it): strconv, and append grows the buffer.
		e.raw(prefix)
		e.b = strconv.AppendInt(e.b, int64(v), 10)
		return
	}
	u, digits := uint32(v), 1 // 32-bit division is a multiply in wasm, 64-bit is not
	for x := u; x >= 100; x /= 100 {
		digits += 2
	}
	if u >= decimalPow[digits&15] { // digits is odd here: one more?
		digits++
	}
	b, n := e.b, len(e.b) // one store to e.b: each is a write barrier's code
	b = b[:n+len(prefix)+digits]
	e.b = b
	b = b[n:]
	for i := 0; i < len(prefix) && i < len(b); i++ { // copy's memmove is a call
		b[i] = prefix[i]
	}
	i := uint(len(b)) // written from the end, two digits at a time
	for ; u >= 10 && i-2 < uint(len(b)) && i-1 < uint(len(b)); i -= 2 {
		r := u % 100
		u /= 100
		b[i-2], b[i-1] = digitPairs[2*r], digitPairs[2*r+1]
	}
	if i-1 < uint(len(b)) && i > uint(len(prefix)) {
		b[i-1] = byte('0' + u)
	}
}

// digitPairs holds 00 to 99 and decimalPow the powers of ten, for int.
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

var decimalPow = [16]uint32{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

func (e *jsonEncoder) pair(s Span) {
	e.off("[", s.Start)
	e.off(",", s.End)
	e.byte(']')
}

func (e *jsonEncoder) optPair(s Span) {
	if !s.Valid() {
		e.raw("null")
		return
	}
	e.pair(s)
}

// spanText opens an object with start, end and text.
func (e *jsonEncoder) spanText(s Span) {
	e.off(`{"start":`, s.Start)
	e.off(`,"end":`, s.End)
	e.raw(`,"text":`)
	e.str(e.src[s.Start:s.End])
}

// index appends prefix and index i, null when negative.
func (e *jsonEncoder) index(prefix string, i int) {
	if i < 0 {
		e.raw(prefix)
		e.raw("null")
		return
	}
	e.int(prefix, i)
}

func (e *jsonEncoder) num(v float64) {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		e.raw("null")
	case v == math.Trunc(v) && math.Abs(v) < 1e15:
		e.int("", int(v))
	default:
		e.b = strconv.AppendFloat(e.b, v, 'f', -1, 64)
	}
}

func (e *jsonEncoder) value(v Value) {
	switch v.Kind {
	case NumValue:
		e.num(v.Lo)
	case RangeValue:
		e.byte('[')
		e.num(v.Lo)
		e.byte(',')
		e.num(v.Hi)
		e.byte(']')
	case TextValue:
		e.str(v.Text)
	default:
		e.raw("null")
	}
}

const hexDigits = "0123456789abcdef"

// str writes s as a JSON string: control characters escaped, invalid UTF-8
// as U+FFFD, and U+2028/U+2029 escaped so the output is also valid
// JavaScript.
// plainRun returns the end of the run of bytes from i that a JSON string
// holds as they are: printable ASCII but " and \. A loop without calls
// (see lexFast): most of a quote's text is such a run.
func plainRun(s string, i int) int {
	for ; uint(i) < uint(len(s)); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
			return i
		}
	}
	return len(s)
}

func (e *jsonEncoder) str(s string) {
	e.byte('"')
	start := 0
	for i := 0; i < len(s); {
		if i = plainRun(s, i); i >= len(s) {
			break
		}
		c := s[i]
		if c < 0x80 {
			e.raw(s[start:i])
			switch c {
			case '"', '\\':
				e.byte('\\')
				e.byte(c)
			case '\n':
				e.raw(`\n`)
			case '\r':
				e.raw(`\r`)
			case '\t':
				e.raw(`\t`)
			default:
				e.raw(`\u00`)
				e.byte(hexDigits[c>>4])
				e.byte(hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			e.raw(s[start:i])
			e.raw(`\ufffd`)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			e.raw(s[start:i])
			e.raw(`\u202`)
			e.byte(hexDigits[r&0xf])
			i += n
			start = i
			continue
		}
		i += n
	}
	e.raw(s[start:])
	e.byte('"')
}
