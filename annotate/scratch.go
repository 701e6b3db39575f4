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
// into these arrays: results are built in fresh slices and from src (a
// hedge's text, read from d.low, is copied).
//
// The arrays are kept as bytes and typed where they are taken (grabBytes):
// a generic grab[T] cost 0.5 KB of wasm code for each type. Only types
// without pointers may live in them, as the collector does not scan bytes;
// TestScratchTypes checks every type taken.
type scratch struct {
	toks                                   []token // written whole by lex: not cleared
	slots, sf, tf, quoteTabs, ments, attrs []byte

	// arena holds the call's other working arrays, carved in turn by
	// alloc; need is what this call asked of it, the next call's size.
	arena      []byte
	used, need int
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
		if s.need > len(s.arena) {
			s.arena = make([]byte, s.need+s.need/8)
		}
		s.used, s.need = 0, 0
		atomic.StorePointer(&spare, unsafe.Pointer(s))
	}
}

// grabBytes returns n elements of size bytes in *b's array, or in a new
// one that it keeps in *b; the caller types them with unsafe.Slice. They are
// zero unless dirty, for arrays their pass writes whole before it reads
// them (clearing 3 MB only to fill it with -1 cost a pass over it).
func grabBytes(b *[]byte, n int, size uintptr, dirty bool) unsafe.Pointer {
	bytes := n * int(size)
	if cap(*b) < bytes {
		*b = make([]byte, (bytes+7)&^7) // 8-aligned for any element type
	} else if !dirty {
		clear((*b)[:bytes])
	}
	return unsafe.Pointer(unsafe.SliceData(*b))
}

// int32s returns n zero int32s from the arena.
func (s *scratch) int32s(n int) []int32 {
	h := s.alloc(n, 4, false)
	return *(*[]int32)(unsafe.Pointer(&h))
}

// arenaSlice is a slice header of n elements from alloc, typed at its use
// by casting its address to a *[]T: unsafe.Slice's checks cost ~300 bytes of
// wasm code at each of ~25 call sites.
type arenaSlice struct {
	p    unsafe.Pointer
	n, c int
}

// alloc returns n elements of size bytes carved from the arena, zero unless
// dirty, or in a fresh array when the arena is full (the first call, or
// longer text than the last): the arrays of a call but the largest,
// 2.5 MB per MiB of text, that each cost fresh pages and the collector's
// cycles.
func (s *scratch) alloc(n int, size uintptr, dirty bool) arenaSlice {
	bytes := (n*int(size) + 7) &^ 7
	if bytes <= 0 {
		return arenaSlice{}
	}
	s.need += bytes
	if s.used+bytes > len(s.arena) {
		return arenaSlice{unsafe.Pointer(unsafe.SliceData(make([]byte, bytes))), n, n}
	}
	b := s.arena[s.used : s.used+bytes]
	s.used += bytes
	if !dirty {
		clear(b)
	}
	return arenaSlice{unsafe.Pointer(unsafe.SliceData(b)), n, n}
}

// noEq, a field of size zero, makes a struct incomparable, so that the
// compiler generates no equality function for it: ~0.5 KB of wasm code for
// each of the engine's larger structs, that nothing calls.
type noEq [0]func()
