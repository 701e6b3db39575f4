package annotate

import (
	"math/bits"
	"unicode/utf8"
	"unsafe"
)

// offsetMap converts UTF-8 byte offsets into UTF-16 code unit offsets, the
// unit JavaScript's String.prototype.slice counts in. It is built in one
// pass; ASCII-only text (most English articles) maps to itself and builds
// nothing. Valid text gets a count for every 8 bytes, so converting an
// offset is two loads and one masked word; other text a checkpoint every
// 64 bytes, which bounds each lookup to a scan of at most 67 bytes. Either
// way converting every offset of a result stays linear.
//
// Invalid bytes count as one unit each: JavaScript receives them as U+FFFD.
type offsetMap struct {
	src   string
	ascii bool
	valid bool
	// units[k]: UTF-16 units before byte k*64 (valid text) or before
	// pos[k] (other text).
	units []int32
	sub   []uint8 // valid text: sub[w] is the units from byte w*8&^63 to w*8
	pos   []int32 // other text: pos[k] is the first rune start at or after byte k*64
}

const markShift = 6

func newOffsetMap(src string) offsetMap {
	m := offsetMap{src: src, ascii: true}
	for i := 0; i < len(src); i++ {
		if src[i] >= 0x80 {
			m.ascii = false
			break
		}
	}
	if m.ascii {
		return m
	}
	n := len(src)>>markShift + 1
	m.units = make([]int32, n)
	if validUTF8(src) {
		// Valid text needs no decoding: every byte but a continuation byte
		// starts a code point (one unit), and a 4-byte leader (≥ 0xF0) adds
		// a second unit for its surrogate pair.
		m.valid = true
		m.sub = make([]uint8, len(src)>>3+1)
		countUnits(src, m.units, m.sub)
		return m
	}
	m.pos = make([]int32, n)
	k, units := 0, 0
	for i := 0; ; {
		for k < n && k<<markShift <= i {
			m.pos[k], m.units[k] = int32(i), int32(units)
			k++
		}
		if i >= len(src) {
			break
		}
		size, u := runeUnits(src, i)
		units += u
		i += size
	}
	return m
}

// countUnits fills units and sub (see offsetMap) for valid UTF-8 src, 8
// bytes at a time with popcounts (unitsIn's count): a leaf loop.
func countUnits(src string, units []int32, sub []uint8) {
	base := unsafe.Pointer(unsafe.StringData(src))
	total, block := 0, 0
	for w := range sub {
		a := uint(w) << 3
		if k := uint(w) >> 3; w&7 == 0 && k < uint(len(units)) {
			units[k], block = int32(total), total
		}
		sub[w] = uint8(total - block)
		if a+8 > uint(len(src)) {
			break
		}
		x := *(*uint64)(unsafe.Add(base, a))
		total += 8 - bits.OnesCount64(x&^(x<<1)&lanes80) + bits.OnesCount64(x&(x<<1)&(x<<2)&(x<<3)&lanes80)
	}
}

// validUTF8 is utf8.ValidString without its calls (a word read is one):
// a leaf loop that skips ASCII 8 bytes at a time. News text is mostly
// ASCII with a curly quote or a dash every line or so.
func validUTF8(s string) bool {
	base := unsafe.Pointer(unsafe.StringData(s))
	for i := uint(0); i < uint(len(s)); {
		if i+8 <= uint(len(s)) {
			x := *(*uint64)(unsafe.Add(base, i)) & lanes80
			if x == 0 {
				i += 8
				continue
			}
			if bigEndian {
				x = bits.ReverseBytes64(x)
			}
			i += uint(bits.TrailingZeros64(x)) >> 3 // to the first byte not ASCII
		}
		if i >= uint(len(s)) {
			break // never
		}
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		// The second byte's range depends on the first (no overlong
		// forms, no surrogates, nothing above U+10FFFF); the others are
		// plain continuation bytes.
		if c < 0xC2 || c > 0xF4 {
			return false
		}
		n, lo, hi := uint(2), byte(0x80), byte(0xBF)
		if c >= 0xE0 {
			n = 3 + uint(c>>4&1) // F0-F4 lead four bytes
		}
		switch c {
		case 0xE0:
			lo = 0xA0
		case 0xED:
			hi = 0x9F
		case 0xF0:
			lo = 0x90
		case 0xF4:
			hi = 0x8F
		}
		if i+n > uint(len(s)) || i+n < i {
			return false
		}
		if j := i + 1; j >= uint(len(s)) || s[j] < lo || s[j] > hi {
			return false
		}
		for k := i + 2; k < i+n && k < uint(len(s)); k++ {
			if s[k]&0xC0 != 0x80 {
				return false
			}
		}
		i += n
	}
	return true
}

// unitsIn counts the UTF-16 units of src[a:b], valid UTF-8 that may start
// or end inside a code point: a code point is counted with its first byte.
// Every byte but a continuation byte (10xxxxxx) is one unit, and a 4-byte
// leader (11110xxx) one more. countUnits and the encoder's int count so 8
// bytes at a time; this is the byte loop for the rare other offsets.
func unitsIn(src string, a, b int) int {
	u := 0
	for ; a < b && uint(a) < uint(len(src)); a++ {
		if c := src[a]; c&0xC0 != 0x80 {
			u++
			if c >= 0xF0 {
				u++
			}
		}
	}
	return u
}

// runeUnits returns the byte size and UTF-16 length of the rune at i.
func runeUnits(s string, i int) (size, units int) {
	if s[i] < 0x80 {
		return 1, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r >= 0x10000 {
		return n, 2
	}
	return n, 1
}

// utf16 returns the UTF-16 offset of byte offset off. An offset inside a
// multi-byte rune maps to that rune's end. The encoder's int reads sub in
// line for most offsets of valid text: this is the general path.
func (m *offsetMap) utf16(off int) int {
	if m.ascii || off <= 0 {
		return off
	}
	if off > len(m.src) {
		off = len(m.src)
	}
	if !m.valid {
		return m.utf16Invalid(off)
	}
	k := off >> markShift
	return int(m.units[k]) + unitsIn(m.src, k<<markShift, off)
}

// utf16Invalid is utf16 for text that is not valid UTF-8: apart, so that
// utf16's usual path holds no loop of calls.
func (m *offsetMap) utf16Invalid(off int) int {
	k := off >> markShift
	if int(m.pos[k]) > off {
		k--
	}
	i, units := int(m.pos[k]), int(m.units[k])
	for i < off {
		size, u := runeUnits(m.src, i)
		units += u
		i += size
	}
	return units
}
