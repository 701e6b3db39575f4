package annotate

import (
	"sync/atomic"
	"unsafe"
)

// scratch holds the large working arrays of an Annotate call (per token,
// per distinct word, per mention) for the next call to reuse. Natively a
// fresh 20 MB per MiB of text cost page faults, zeroing and the collector's
// cycles: reusing the largest arrays cut a call's mean CPU time by ~15%
// (getrusage, 30 calls on the bench text, GOMAXPROCS=1). The page annotates
// again on every edit, so the worker gains the same way. No result points
// into these arrays: results are built in fresh slices and from src, and
// d.low is not kept here (a hedge's text is a substring of it).
//
// The arrays are kept as bytes and typed where they are taken (grabBytes):
// a generic grab[T] cost 0.5 KB of wasm code for each type. Only types
// without pointers may live in them, as the collector does not scan bytes;
// TestScratchTypes checks every type taken.
type scratch struct {
	toks                                   []token // written whole by lex: not cleared
	slots, sf, tf, quoteTabs, ments, attrs []byte
}

// spare is the *scratch the last call left. Concurrent calls each take it
// or start their own; one is kept.
var spare unsafe.Pointer

// keepScratchMax is the largest input whose arrays are kept for the next
// call: an article or a long feature, not a 10 MB paste whose ~200 MB of
// arrays would then stay with the page.
const keepScratchMax = 2 << 20

// takeScratch returns the arrays the last call left, or none yet.
func takeScratch() *scratch {
	if s := (*scratch)(atomic.SwapPointer(&spare, nil)); s != nil {
		return s
	}
	return new(scratch)
}

// keepScratch leaves s for the next call, after one on n bytes of text.
func keepScratch(s *scratch, n int) {
	if n <= keepScratchMax {
		atomic.StorePointer(&spare, unsafe.Pointer(s))
	}
}

// grabBytes returns n zeroed elements of size bytes in *b's array, or in a
// new one that it keeps in *b; the caller types them with unsafe.Slice.
func grabBytes(b *[]byte, n int, size uintptr) unsafe.Pointer {
	bytes := n * int(size)
	if cap(*b) < bytes {
		*b = make([]byte, (bytes+7)&^7) // 8-aligned for any element type
	} else {
		clear((*b)[:bytes])
	}
	return unsafe.Pointer(unsafe.SliceData(*b))
}
