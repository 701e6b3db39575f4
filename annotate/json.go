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
	e := jsonEncoder{b: dst[:cap(dst)], n: len(dst), src: src}
	if utf16 {
		m := newOffsetMap(src)
		e.valid = m.ascii || m.valid
		if !m.ascii {
			e.m = &m
		}
	} else {
		e.valid = validUTF8(src)
	}
	// Each item's first literal starts with the comma that separates it
	// from the one before, which [lead:] drops from the first item.
	e.raw(`{"sources":[`)
	lead := 1
	for i, s := range r.Sources {
		e.int(`,{"id":`[lead:], i, nil)
		e.str(`,"name":"`, s.Name, false)
		e.raw(`,"kind":"`)
		e.raw(s.Kind.String())
		e.raw(`","mentions":[`)
		for j, m := range s.Mentions {
			e.pair(`,[`[min(j, 1)^1:], m) // [1:] for the first, as lead
		}
		e.raw("]}")
		lead = 0
	}
	e.raw(`],"quotes":[`)
	lead = 1
	for _, q := range r.Quotes {
		e.spanText(`,{"start":`[lead:], q.Span)
		e.int(`,"source":`, q.Source, nil)
		e.pair(`,"cue":[`, q.Cue)
		if q.Partial {
			e.raw(`,"partial":true}`)
		} else {
			e.raw(`,"partial":false}`)
		}
		lead = 0
	}
	e.raw(`],"figures":[`)
	lead = 1
	for _, f := range r.Figures {
		e.spanText(`,{"start":`[lead:], f.Span)
		e.raw(figureTypeJSON[f.Type])
		e.value(f.Value)
		e.str(`,"unit":"`, f.Unit, false)
		e.str(`,"approx":"`, f.Approx, false)
		e.int(`,"source":`, f.Source, nil)
		e.byte('}')
		lead = 0
	}
	e.raw(`],"attributions":[`)
	lead = 1
	for _, a := range r.Attributions {
		e.int(`,{"source":`[lead:], a.Source, nil)
		e.pair(`,"mention":[`, a.Mention)
		e.pair(`,"cue":[`, a.Cue)
		e.pair(`,"content":[`, a.Content)
		e.byte('}')
		lead = 0
	}
	e.raw(`],"terms":[`)
	lead = 1
	for _, t := range r.Terms {
		e.spanText(`,{"start":`[lead:], t.Span)
		e.byte('}')
		lead = 0
	}
	e.raw("]}")
	return e.b[:e.n]
}

// jsonEncoder writes into b, whose length is its capacity, up to n: a
// store of the slice (append's) runs a write barrier while the collector
// marks, and under wasm a cycle lasts as long as the engine runs, so the
// barrier was more than half of int's time.
type jsonEncoder struct {
	b     []byte
	n     int // the JSON so far is b[:n]
	src   string
	m     *offsetMap // nil: byte offsets
	valid bool       // src is valid UTF-8
}

// grow makes room for k more bytes (rare: AppendJSON sizes the buffer).
func (e *jsonEncoder) grow(k int) {
	if len(e.b)-e.n < k {
		b := make([]byte, 2*len(e.b)+k)
		copy(b, e.b[:e.n])
		e.b = b
	}
}

// put takes the result of a strconv append to e.b[:e.n].
func (e *jsonEncoder) put(b []byte) { e.b, e.n = b[:cap(b)], len(b) }

// raw and byte append without escaping. One call each rather than an
// append written out at each of their ~50 places: the wasm build does not
// inline, and each written-out append is ~60 bytes of code.
func (e *jsonEncoder) raw(s string) {
	l := len(s)
	if len(e.b)-e.n < l {
		e.grow(l)
	}
	if l > 32 || e.n < 0 || l > len(e.b)-e.n {
		e.n += copy(e.b[e.n:], s)
		return
	}
	// up to 32 bytes by overlapping word moves rather than copy, whose
	// memmove is a memory.copy under wasm, a call out to the host that
	// cost more than the rest of a literal's writing
	d, p := unsafe.Add(unsafe.Pointer(unsafe.SliceData(e.b)), e.n), unsafe.Pointer(unsafe.StringData(s))
	switch {
	case l >= 16:
		w0, w1 := *(*uint64)(p), *(*uint64)(unsafe.Add(p, 8))
		w2, w3 := *(*uint64)(unsafe.Add(p, l-16)), *(*uint64)(unsafe.Add(p, l-8))
		*(*uint64)(d) = w0
		*(*uint64)(unsafe.Add(d, 8)) = w1
		*(*uint64)(unsafe.Add(d, l-16)) = w2
		*(*uint64)(unsafe.Add(d, l-8)) = w3
	case l >= 8:
		lo, hi := *(*uint64)(p), *(*uint64)(unsafe.Add(p, l-8))
		*(*uint64)(d) = lo
		*(*uint64)(unsafe.Add(d, l-8)) = hi
	case l >= 4:
		lo, hi := *(*uint32)(p), *(*uint32)(unsafe.Add(p, l-4))
		*(*uint32)(d) = lo
		*(*uint32)(unsafe.Add(d, l-4)) = hi
	case l > 0: // one to three bytes: the first, the middle and the last
		*(*byte)(d) = *(*byte)(p)
		*(*byte)(unsafe.Add(d, l/2)) = *(*byte)(unsafe.Add(p, l/2))
		*(*byte)(unsafe.Add(d, l-1)) = *(*byte)(unsafe.Add(p, l-1))
	}
	e.n += l
}

// figureTypeJSON is each figure type's name between the literals around
// it, written in one piece.
var figureTypeJSON = func() (t [len(figureTypeNames)]string) {
	for i, name := range figureTypeNames {
		t[i] = `,"type":"` + name + `","value":`
	}
	return t
}()

func (e *jsonEncoder) byte(c byte) {
	if e.n >= len(e.b) {
		e.grow(1)
	}
	e.b[e.n] = c
	e.n++
}

// int appends prefix (a short literal) and v in decimal, or null for a
// negative v (an index that is none). With m set, v is a byte offset into
// the text, written in UTF-16 units. One call for what was raw,
// strconv.AppendInt and the conversion, six calls deep under wasm, for
// every offset. The digits are made without a loop (a branch taken costs
// a trip through the function's dispatch under wasm): eight digit lanes of
// one word, stored at once, less the leading zeros.
func (e *jsonEncoder) int(prefix string, v int, m *offsetMap) {
	if w := uint(v) >> 3; m != nil {
		// m.utf16 in line for the usual offset: units before its 8-byte
		// word, plus those of its word's bytes before it (the others are
		// masked to zeros, which count as no continuation byte: n lanes
		// count, not 8).
		if v > 0 && v+8 <= len(m.src) && w < uint(len(m.sub)) && w>>3 < uint(len(m.units)) {
			x := *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(m.src)), v&^7))
			if bigEndian {
				x = bits.ReverseBytes64(x)
			}
			n := v & 7
			x &= 1<<(8*uint(n)) - 1
			v = int(m.units[w>>3]) + int(m.sub[w]) + n - bits.OnesCount64(x&^(x<<1)&lanes80) + bits.OnesCount64(x&(x<<1)&(x<<2)&(x<<3)&lanes80)
		} else {
			v = m.utf16(v)
		}
	}
	if v < 0 || v >= 1e8 || len(e.b)-e.n < len(prefix)+8 {
		// None, past 1e8 (MaxBytes is 64 MiB), or the buffer full (rare:
		// AppendJSON sizes it): strconv, and append grows the buffer.
		e.raw(prefix)
		if v < 0 {
			e.raw("null")
			return
		}
		e.put(strconv.AppendInt(e.b[:e.n], int64(v), 10))
		return
	}
	// the prefix: none, a comma, or 8 to 16 bytes in line (most); others
	// through raw
	n := e.n
	if l, d, p := len(prefix), unsafe.Add(unsafe.Pointer(unsafe.SliceData(e.b)), n), unsafe.Pointer(unsafe.StringData(prefix)); l == 1 {
		*(*byte)(d) = *(*byte)(p)
		n++
	} else if l >= 8 && l <= 16 { // (room for it and 8 more: checked above)
		lo, hi := *(*uint64)(p), *(*uint64)(unsafe.Add(p, l-8))
		*(*uint64)(d) = lo
		*(*uint64)(unsafe.Add(d, l-8)) = hi
		n += l
	} else if l > 0 {
		e.raw(prefix)
		n = e.n
	}
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
	*(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(e.b)), n)) = u // len(e.b) >= n+8: checked above
	e.n = n + 8 - int(lead)
}

// pair appends prefix (a literal ending in '[') and the offsets of s as a
// pair, or null in its place when s is none.
func (e *jsonEncoder) pair(prefix string, s Span) {
	if !s.Valid() {
		e.raw(prefix[:len(prefix)-1])
		e.raw("null")
		return
	}
	e.int(prefix, s.Start, e.m)
	e.int(",", s.End, e.m)
	e.byte(']')
}

// spanText appends prefix (a literal ending in `{"start":`), then the
// start, end and text of s.
func (e *jsonEncoder) spanText(prefix string, s Span) {
	e.int(prefix, s.Start, e.m)
	e.int(`,"end":`, s.End, e.m)
	e.str(`,"text":"`, e.src[s.Start:s.End], e.valid)
}

func (e *jsonEncoder) num(v float64) {
	switch {
	case v == math.Trunc(v) && math.Abs(v) < 1e15: // not NaN or ±Inf
		if v < 0 { // int writes null for negatives
			e.raw("-")
			v = -v
		}
		e.int("", int(v), nil)
	case v-v != 0: // NaN or ±Inf, without math.IsNaN's and IsInf's calls
		e.raw("null")
	default:
		// One to three decimals without strconv's shortest search (a few
		// µs a value under wasm, a tenth of the encoder's time): n/10^k, a
		// float division of exact numbers, is what strconv.ParseFloat
		// reads from those digits, and below 1e6 no other decimal of k
		// places reads back as v, so the first k that gives v back is
		// the shortest form.
		if a := math.Abs(v); a < 1e6 {
			for k, p := 1, 10.0; k <= 3; k, p = k+1, p*10 {
				if n := math.Floor(a*p + 0.5); n/p == a {
					if v < 0 {
						e.raw("-")
					}
					q := int(p)
					e.int("", int(n)/q, nil)
					e.byte('.')
					for f := int(n) % q; q > 1; q /= 10 {
						e.byte(byte('0' + f*10/q%10))
					}
					return
				}
			}
		}
		e.put(strconv.AppendFloat(e.b[:e.n], v, 'f', -1, 64))
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
		e.str(`"`, v.Text, false)
	default:
		e.raw("null")
	}
}

const hexDigits = "0123456789abcdef"

// plainRun returns the end of the run of bytes from i that a JSON string
// holds as they are: all but control characters, " and \\, and of the
// others, when s is not known to be valid UTF-8, anything but ASCII, else
// U+2028 and U+2029. A loop without calls (see lexFast) that reads eight
// bytes at a time, and jumps to the first it cannot pass: most of a
// quote's text is such a run.
func plainRun(s string, from int, valid bool) int {
	base := unsafe.Pointer(unsafe.StringData(s))
	n := uint(len(s))
	for i := uint(from); i < n; i++ {
		for n >= 8 {
			// A lane is flagged when its byte is < 0x20, " or \\, or has
			// the high bit (not valid) or is 0xE2 (valid: E2 80 A8 is
			// U+2028); (b-1) &^ b flags a zero lane, and lanes above one
			// falsely, which the byte test below passes. The last word
			// overlaps bytes already passed: their lanes are masked.
			at := min(i, n-8)
			x := *(*uint64)(unsafe.Add(base, at))
			if bigEndian {
				x = bits.ReverseBytes64(x)
			}
			q, bs := x^'"'*lanes01, x^'\\'*lanes01
			t := (x-0x20*lanes01)&^x | (q-lanes01)&^q | (bs-lanes01)&^bs
			if valid {
				e2 := x ^ 0xE2*lanes01
				t |= (e2 - lanes01) &^ e2
			} else {
				t |= x
			}
			if t &= lanes80 &^ (1<<(8*(i-at)&63) - 1); t != 0 {
				i = at + uint(bits.TrailingZeros64(t))>>3
				break
			}
			if at+8 >= n {
				return len(s)
			}
			i = at + 8
		}
		if i >= n {
			break
		}
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' {
			return int(i)
		}
		if k := i + 2; c >= 0x80 && (!valid || c == 0xE2 && k < n && k-1 < n && s[k-1] == 0x80 && s[k]&0xFE == 0xA8) {
			return int(i)
		}
	}
	return len(s)
}

// str appends prefix (a literal ending in the opening ") and s as the
// rest of a JSON string: control characters escaped, invalid UTF-8 as
// U+FFFD, and U+2028/U+2029 escaped so the output is also valid
// JavaScript. valid says s is known to be valid UTF-8 (a slice of valid
// text), which saves checking it here.
func (e *jsonEncoder) str(prefix, s string, valid bool) {
	e.raw(prefix)
	if s == "" { // most units and hedges
		e.byte('"')
		return
	}
	if !valid && s != "" {
		valid = validUTF8(s)
	}
	start := 0
	for i := 0; i < len(s); {
		if i = plainRun(s, i, valid); i >= len(s) {
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
