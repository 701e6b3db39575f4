package annotate

import (
	"math/rand"
	"strings"
	"testing"
)

// nairaRef is what nairaNamed must answer.
func nairaRef(src string) bool {
	return strings.Contains(src, "naira") || strings.Contains(src, "Naira") || strings.Contains(src, "₦") || strings.Contains(src, "Nigeria")
}

// TestNairaNamed checks settleRest's one-pass search against the four
// strings.Contains it replaces, on strings made of the needles' pieces and
// on windows of the bench text.
func TestNairaNamed(t *testing.T) {
	words := []string{"naira", "Naira", "₦", "Nigeria", "nair", "Niger", "ir", "ig", "\u20ac", "…", "x", " ", "aira", "igeria", "\xe2\x82", "\xa6"}
	r := rand.New(rand.NewSource(1))
	for k := 0; k < 100000; k++ {
		var b strings.Builder
		for n := r.Intn(12); n > 0; n-- {
			if r.Intn(3) == 0 {
				b.WriteString(words[r.Intn(len(words))])
			} else {
				b.WriteByte("abcdeginrxNzI \x82\xa6\xe2"[r.Intn(17)])
			}
		}
		s := b.String()
		if nairaNamed(s) != nairaRef(s) {
			t.Fatalf("%q: %v", s, nairaNamed(s))
		}
	}
	src := passBenchText(t)
	for off := 0; off+placeWindow*8 <= len(src); off += 7777 {
		if w := src[off : off+placeWindow*8]; nairaNamed(w) != nairaRef(w) {
			t.Fatal(off)
		}
	}
}
