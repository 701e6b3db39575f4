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
	e := jsonEncoder{b: dst, src: src}
	if utf16 {
		m := newOffsetMap(src)
		if !m.ascii {
			e.m = &m
		}
	}
	e.b = append(e.b, `{"sources":[`...)
	for i, s := range r.Sources {
		e.comma(i)
		e.b = append(e.b, `{"id":`...)
		e.b = strconv.AppendInt(e.b, int64(i), 10)
		e.b = append(e.b, `,"name":`...)
		e.str(s.Name)
		e.b = append(e.b, `,"kind":"`...)
		e.b = append(e.b, s.Kind.String()...)
		e.b = append(e.b, `","mentions":[`...)
		for j, m := range s.Mentions {
			e.comma(j)
			e.pair(m)
		}
		e.b = append(e.b, "]}"...)
	}
	e.b = append(e.b, `],"quotes":[`...)
	for i, q := range r.Quotes {
		e.comma(i)
		e.spanText(q.Span)
		e.b = append(e.b, `,"source":`...)
		e.index(q.Source)
		e.b = append(e.b, `,"cue":`...)
		e.optPair(q.Cue)
		e.b = append(e.b, `,"partial":`...)
		e.b = strconv.AppendBool(e.b, q.Partial)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, `],"figures":[`...)
	for i, f := range r.Figures {
		e.comma(i)
		e.spanText(f.Span)
		e.b = append(e.b, `,"type":"`...)
		e.b = append(e.b, f.Type.String()...)
		e.b = append(e.b, `","value":`...)
		e.value(f.Value)
		e.b = append(e.b, `,"unit":`...)
		e.str(f.Unit)
		e.b = append(e.b, `,"approx":`...)
		e.str(f.Approx)
		e.b = append(e.b, `,"source":`...)
		e.index(f.Source)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, `],"attributions":[`...)
	for i, a := range r.Attributions {
		e.comma(i)
		e.b = append(e.b, `{"source":`...)
		e.index(a.Source)
		e.b = append(e.b, `,"mention":`...)
		e.optPair(a.Mention)
		e.b = append(e.b, `,"cue":`...)
		e.optPair(a.Cue)
		e.b = append(e.b, `,"content":`...)
		e.optPair(a.Content)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, `],"terms":[`...)
	for i, t := range r.Terms {
		e.comma(i)
		e.spanText(t.Span)
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, "]}"...)
	return e.b
}

type jsonEncoder struct {
	b   []byte
	src string
	m   *offsetMap // nil: byte offsets
}

func (e *jsonEncoder) comma(i int) {
	if i > 0 {
		e.b = append(e.b, ',')
	}
}

func (e *jsonEncoder) off(o int) {
	if e.m != nil {
		o = e.m.utf16(o)
	}
	e.b = strconv.AppendInt(e.b, int64(o), 10)
}

func (e *jsonEncoder) pair(s Span) {
	e.b = append(e.b, '[')
	e.off(s.Start)
	e.b = append(e.b, ',')
	e.off(s.End)
	e.b = append(e.b, ']')
}

func (e *jsonEncoder) optPair(s Span) {
	if !s.Valid() {
		e.b = append(e.b, "null"...)
		return
	}
	e.pair(s)
}

// spanText opens an object with start, end and text.
func (e *jsonEncoder) spanText(s Span) {
	e.b = append(e.b, `{"start":`...)
	e.off(s.Start)
	e.b = append(e.b, `,"end":`...)
	e.off(s.End)
	e.b = append(e.b, `,"text":`...)
	e.str(e.src[s.Start:s.End])
}

func (e *jsonEncoder) index(i int) {
	if i < 0 {
		e.b = append(e.b, "null"...)
		return
	}
	e.b = strconv.AppendInt(e.b, int64(i), 10)
}

func (e *jsonEncoder) num(v float64) {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		e.b = append(e.b, "null"...)
	case v == math.Trunc(v) && math.Abs(v) < 1e15:
		e.b = strconv.AppendInt(e.b, int64(v), 10)
	default:
		e.b = strconv.AppendFloat(e.b, v, 'f', -1, 64)
	}
}

func (e *jsonEncoder) value(v Value) {
	switch v.Kind {
	case NumValue:
		e.num(v.Lo)
	case RangeValue:
		e.b = append(e.b, '[')
		e.num(v.Lo)
		e.b = append(e.b, ',')
		e.num(v.Hi)
		e.b = append(e.b, ']')
	case TextValue:
		e.str(v.Text)
	default:
		e.b = append(e.b, "null"...)
	}
}

const hexDigits = "0123456789abcdef"

// str writes s as a JSON string: control characters escaped, invalid UTF-8
// as U+FFFD, and U+2028/U+2029 escaped so the output is also valid
// JavaScript.
func (e *jsonEncoder) str(s string) {
	e.b = append(e.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			e.b = append(e.b, s[start:i]...)
			switch c {
			case '"', '\\':
				e.b = append(e.b, '\\', c)
			case '\n':
				e.b = append(e.b, '\\', 'n')
			case '\r':
				e.b = append(e.b, '\\', 'r')
			case '\t':
				e.b = append(e.b, '\\', 't')
			default:
				e.b = append(e.b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			e.b = append(e.b, s[start:i]...)
			e.b = append(e.b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			e.b = append(e.b, s[start:i]...)
			e.b = append(e.b, `\u202`...)
			e.b = append(e.b, hexDigits[r&0xf])
			i += n
			start = i
			continue
		}
		i += n
	}
	e.b = append(e.b, s[start:]...)
	e.b = append(e.b, '"')
}
