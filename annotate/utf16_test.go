package annotate

import (
	"math/rand"
	"strconv"
	"testing"
	"unicode/utf8"
)

// TestValidUTF8 checks validUTF8 against utf8.ValidString on edge cases
// and random mixes of ASCII, valid and invalid sequences.
func TestValidUTF8(t *testing.T) {
	cases := []string{"", "a", "abcdefgh", "abcdefghi", "“quote”", "\xff", "\xc0\x80", "\xc2\x80", "\xe0\x80\x80",
		"\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "abcdefg\xe2\x80", "abcdefg\xe2", "𝄞", "\x80abc"}
	pieces := []string{"a", "abcdefgh", " ", "é", "“", "𝄞", "\xff", "\x80", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc1\xbf", "日本"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		s := ""
		for range r.Intn(12) {
			s += pieces[r.Intn(len(pieces))]
		}
		cases = append(cases, s)
	}
	for _, s := range cases {
		if got, want := validUTF8(s), utf8.ValidString(s); got != want {
			t.Fatalf("validUTF8(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOffsetMapEveryByte checks utf16, and the encoder's int that reads
// the map in line, at every byte offset, inside runes too, against a byte
// count, on random valid and invalid mixes.
func TestOffsetMapEveryByte(t *testing.T) {
	pieces := []string{"a", "abcdefgh", " ", "é", "“", "𝄞", "日本", "\xff", "\xe2\x80"}
	r := rand.New(rand.NewSource(2))
	for n := range 3000 {
		s := ""
		for range r.Intn(40) {
			s += pieces[r.Intn(len(pieces)-2*(n&1))] // odd n: valid text only
		}
		m := newOffsetMap(s)
		for off := 0; off <= len(s); off++ {
			want := 0 // units of the runes that start before off
			for i := 0; i < min(off, len(s)); {
				r, size := utf8.DecodeRuneInString(s[i:])
				want += 1 + b2i(r >= 0x10000)
				i += size
			}
			if got := m.utf16(off); got != want {
				t.Fatalf("%q: utf16(%d) = %d, want %d", s, off, got, want)
			}
			e := jsonEncoder{b: make([]byte, 16)}
			e.int("", off, &m)
			if got := string(e.b[:e.n]); got != strconv.Itoa(want) {
				t.Fatalf("%q: int(%d) = %s, want %d", s, off, got, want)
			}
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
