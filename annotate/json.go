package annotate

import (
	"math"
	"math/bits"
	"strconv"
	"unicode/utf8"
	"unsafe"
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
// offset. The digits are made without a loop (a branch taken costs a trip
// through the function's dispatch under wasm): eight digit lanes of one
// word, stored at once, less the leading zeros.
func (e *jsonEncoder) int(prefix string, v int) {
	if v < 0 || v >= 1e8 || cap(e.b)-len(e.b) < len(prefix)+8 {
		// Negative, past 1e8 (MaxBytes is 64 MiB), or the buffer full
		// (rare: AppendJSON sizes it): strconv, and append grows the buffer.
		e.raw(prefix)
		e.b = strconv.AppendInt(e.b, int64(v), 10)
		return
	}
	b := append(e.b, prefix...)
	// 32-bit lanes of the high and low four digits, then 16-bit lanes of
	// two digits, then byte lanes: x/100 is x*5243>>19 and x/10 x*103>>10
	// in the ranges here, and no lane overflows into the next.
	u := uint64(uint32(v)/10000) | uint64(uint32(v)%10000)<<32
	q := u * 5243 >> 19 & 0x0000007F0000007F
	u = q | (u-q*100)<<16
	q = u * 103 >> 10 & 0x000F000F000F000F
	u = q | (u-q*10)<<8
	lead := uint(min(bits.TrailingZeros64(u)>>3, 7)) // zero digits before the first (0 keeps one)
	u = (u + 0x3030303030303030) >> (8 * lead)
	if bigEndian {
		u = bits.ReverseBytes64(u)
	}
	n := len(b)
	*(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), n)) = u // cap(b) >= n+8: checked above
	e.b = b[:n+8-int(lead)]
}

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
