package annotate

import (
	"cmp"
	"unicode/utf8"
	"unsafe"
)

// doc is one annotation run: the source, its tokens and structure, and the
// result the detectors fill in. It lives for one call of Annotate.
type doc struct {
	src   string
	low   string // src lower-cased byte for byte: same offsets (see lex, lowerRune)
	opt   Options
	toks  []token    // every non-space token in order
	lines []int32    // the tokens after a line break (fNewline), and maybe len(toks) (lex)
	stops []int32    // the tokens with fStop (lex), for sentences
	marks []int32    // the quotation marks (tQuote) (lex), for findQuotes
	cands []int32    // the tokens that may start a figure, and more (lex), for findFigures
	paras []para     // paragraphs in order
	sents []sentence // sentences in order
	// words[id] is the span in low of distinct word id (token.ID); see
	// interner.
	words []wordSpan
	sf    []setFlag  // per token: closed word sets (setFlags, run by sentences)
	cueOf []cueVerb  // per distinct word: its cue verb (setFlags)
	srcOf []wordFlag // per distinct word: its srcWords flags (setFlags; tokenFlags reads them)
	// abbrevs holds per distinct word its abbreviation kind (setFlags).
	abbrevs []uint8
	// year, month and day are the publication date, from Options.Published
	// or a dateline; 0 when unknown.
	year, month, day int
	res              Result
	slowLex          bool     // lex without lexFast: FuzzLex checks both paths agree
	scr              *scratch // the large arrays, kept between calls (scratch.go)
}

// para is a paragraph: a byte span and its token index range [First, Last).
type para struct {
	Span
	First, Last int32
}

// sentence is a byte span, its token index range [First, Last) and the
// index of its paragraph. A sentence never crosses a paragraph.
type sentence struct {
	_ noEq // no generated equality function (wasm code)
	Span
	First, Last int32
	Para        int32
}

// Annotate finds the quotes, figures, sources and attributions of src
// (ANNOTATION.md). Any text is valid input; the only error is ErrTooLarge.
// Offsets in the result are UTF-8 byte offsets into src; invalid UTF-8 is
// annotated as it stands.
func Annotate(src string, opt Options) (Result, error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if len(src) > max {
		return Result{}, ErrTooLarge
	}
	d := &doc{src: src, opt: opt, scr: takeScratch()}
	d.year, d.month, d.day = parseISODate(opt.Published)
	d.lex()
	d.paragraphs()
	d.sentences()
	d.findQuotes()
	d.findFigures()
	d.findAttributions()
	d.finish()
	keepScratch(d.scr, len(src))
	return d.res, nil
}

// tok returns the text of token i.
func (d *doc) tok(i int) string { t := d.toks[i]; return d.src[t.Start:t.End] }

// lower returns the lower-cased text of token i without allocating.
func (d *doc) lower(i int) string { t := d.toks[i]; return d.low[t.Start:t.End] }

// adjacent reports whether token i+1 follows token i with nothing between.
func (d *doc) adjacent(i int) bool {
	return i+1 < len(d.toks) && d.toks[i].End == d.toks[i+1].Start
}

// sentenceOf returns the index of the sentence holding token i.
func (d *doc) sentenceOf(i int) int {
	// sort.Search by hand: its closure is a call per step under wasm
	lo, hi := 0, len(d.sents) // first sentence ending after i
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); int(d.sents[h].Last) > i {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// tokenAt returns the index of the first token that ends after byte offset
// off (the token holding off, or the next one).
func (d *doc) tokenAt(off int) int { return d.tokenBetween(off, 0, len(d.toks)) }

// tokenBetween is tokenAt among tokens [lo, hi): the first of them that
// ends after off, or hi.
func (d *doc) tokenBetween(off, lo, hi int) int {
	for lo < hi { // sort.Search by hand, as in sentenceOf
		if h := int(uint(lo+hi) >> 1); int(d.toks[h].End) > off {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// parseISODate reads "YYYY-MM-DD" (or "YYYY-MM", "YYYY"); zeros when absent
// or malformed.
func parseISODate(s string) (y, m, day int) {
	num := func(s string) int {
		n := 0
		if s == "" {
			return -1
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	if len(s) < 4 {
		return 0, 0, 0
	}
	if y = num(s[:4]); y < 0 {
		return 0, 0, 0
	}
	if len(s) >= 7 && s[4] == '-' {
		if m = num(s[5:7]); m < 1 || m > 12 {
			return y, 0, 0
		}
		if len(s) >= 10 && s[7] == '-' {
			if day = num(s[8:10]); day < 1 || day > 31 {
				day = 0
			}
		}
	}
	return y, m, day
}

// finish puts the result in the shape ANNOTATION.md §5 promises whatever the
// detectors did: lists sorted, no overlapping quotes or figures, spans in
// bounds and on rune boundaries, source indexes valid. It is the last line
// of defence for the invariants FuzzAnnotate checks.
func (d *doc) finish() {
	r := &d.res
	// Sources: drop bad mentions, then renumber the survivors.
	remap := make([]int, len(r.Sources))
	kept := r.Sources[:0]
	// Spans are tested in line, badSpans called only for one that is not
	// plainly good (in the text, both ends on ASCII or a rune's first
	// byte): a call a span is dear under wasm.
	src, sn := d.src, uint(len(d.src))
	for i := range r.Sources {
		s := &r.Sources[i] // in place: copies of a Source run write barriers
		// Most sources' mentions are all good and in order.
		ms, k, last := s.Mentions, 0, 0
		for ; k < len(ms); k++ {
			m := ms[k]
			if m.Start < last || uint(m.Start) > uint(m.End) || uint(m.End) >= sn || src[m.Start]&0xC0 == 0x80 || src[m.End]&0xC0 == 0x80 {
				break
			}
			last = m.Start
		}
		if k < len(ms) {
			ms, sorted := s.Mentions[:0], true
			var bad uint32
			for i, m := range s.Mentions {
				if i%32 == 0 { // 32 mentions a call
					bad = d.badSpans(s.Mentions[i:min(i+32, len(s.Mentions))]...)
				}
				if bad>>(i%32)&1 == 0 {
					sorted = sorted && (len(ms) == 0 || m.Start >= ms[len(ms)-1].Start)
					ms = append(ms, m)
				}
			}
			if !sorted {
				sortSpans(ms)
			}
			s.Mentions = ms
		}
		ms = s.Mentions
		if s.Name == "" && len(ms) > 0 {
			s.Name = d.src[ms[0].Start:ms[0].End]
		}
		if s.Name == "" {
			remap[i] = -1
			continue
		}
		remap[i] = len(kept)
		if len(kept) != i {
			r.Sources[len(kept)] = *s
		}
		kept = r.Sources[:len(kept)+1]
	}
	r.Sources = kept
	// Each list is mended in a plain loop, its spans tested as above, and
	// in the same walk its items kept in order: an item to drop gets a
	// key span starting below 0 and is skipped; those kept move down (most
	// are kept: no self-copy, no write barriers), their order and overlap
	// checked. A walk of a list each to mend and then to keep was a
	// megabyte of figures more on the bench text.
	qs := r.Quotes
	nk, sorted, overlap, last, end := 0, true, false, -1, -1
	for i := range qs {
		q := &qs[i]
		if uint(q.Source) < uint(len(remap)) {
			q.Source = remap[q.Source]
		} else {
			q.Source = -1
		}
		if s, c := q.Span, q.Cue; !(uint(s.Start) < uint(s.End) && uint(s.End) < sn && src[s.Start]&0xC0 != 0x80 && src[s.End]&0xC0 != 0x80 &&
			(c.Start == -1 && c.End == -1 || uint(c.Start) <= uint(c.End) && uint(c.End) < sn && src[c.Start]&0xC0 != 0x80 && src[c.End]&0xC0 != 0x80)) {
			bad := d.badSpans(q.Cue, q.Span)
			if bad&1 != 0 {
				q.Cue = none
			}
			if bad&2 != 0 || q.End <= q.Start {
				q.Start = -1
			}
		}
		s := q.Span
		if s.Start < 0 {
			continue
		}
		if nk != i {
			qs[nk] = *q
		}
		nk++
		sorted = sorted && s.Start >= last
		overlap = overlap || s.Start < end
		last, end = s.Start, max(end, s.End)
	}
	quoteSpan := func(q Quote) Span { return q.Span }
	quotes := qs[:nk]
	if !sorted {
		sortStable(quotes, quoteSpan)
	}
	if !sorted || overlap {
		quotes = dropOverlaps(quotes, quoteSpan)
	}
	r.Quotes = quotes
	fs := r.Figures
	nk, sorted, overlap, last, end = 0, true, false, -1, -1
	for i := range fs {
		f := &fs[i]
		if uint(f.Source) < uint(len(remap)) {
			f.Source = remap[f.Source]
		} else {
			f.Source = -1
		}
		if s := f.Span; !(uint(s.Start) < uint(s.End) && uint(s.End) < sn && src[s.Start]&0xC0 != 0x80 && src[s.End]&0xC0 != 0x80) &&
			(d.badSpans(s) != 0 || s.End <= s.Start) {
			f.Start = -1
		}
		s := f.Span
		if s.Start < 0 {
			continue
		}
		if nk != i { // most are nk: no self-copy, no write barriers
			fs[nk] = *f
		}
		nk++
		sorted = sorted && s.Start >= last
		overlap = overlap || s.Start < end
		last, end = s.Start, max(end, s.End)
	}
	figureSpan := func(f Figure) Span { return f.Span }
	figures := fs[:nk]
	if !sorted {
		sortStable(figures, figureSpan)
	}
	if !sorted || overlap {
		figures = dropOverlaps(figures, figureSpan)
	}
	r.Figures = figures
	as := r.Attributions
	nk, sorted, last = 0, true, -1
	for i := range as {
		a := &as[i]
		if uint(a.Source) < uint(len(remap)) {
			a.Source = remap[a.Source]
		} else {
			a.Source = -1
		}
		if m, c, t := a.Mention, a.Cue, a.Content; !(a.Source >= 0 &&
			uint(m.Start) <= uint(m.End) && uint(m.End) < sn && src[m.Start]&0xC0 != 0x80 && src[m.End]&0xC0 != 0x80 &&
			uint(c.Start) <= uint(c.End) && uint(c.End) < sn && src[c.Start]&0xC0 != 0x80 && src[c.End]&0xC0 != 0x80 &&
			uint(t.Start) <= uint(t.End) && uint(t.End) < sn && src[t.Start]&0xC0 != 0x80 && src[t.End]&0xC0 != 0x80) {
			bad := d.badSpans(a.Cue, a.Content, a.Mention)
			if bad&1 != 0 {
				a.Cue = none
			}
			if bad&2 != 0 {
				a.Content = none
			}
			if a.Source < 0 || bad&4 != 0 {
				a.Mention.Start = -1
			}
		}
		s := a.Mention
		if s.Start < 0 {
			continue
		}
		if nk != i {
			as[nk] = *a
		}
		nk++
		sorted = sorted && s.Start >= last
		last = s.Start
	}
	r.Attributions = as[:nk]
	if !sorted {
		sortStable(r.Attributions, func(a Attribution) Span { return a.Mention })
	}
	// Terms as the Spans they are (a Term is one): sortStable and permute
	// instantiated for Term were 3.4 KB of wasm.
	ts, n := unsafe.Slice((*Span)(unsafe.Pointer(unsafe.SliceData(r.Terms))), len(r.Terms)), 0
	for _, t := range ts {
		if d.badSpans(t) == 0 && t.End > t.Start {
			ts[n] = t
			n++
		}
	}
	sortSpans(ts[:n])
	r.Terms = r.Terms[:n]
	if len(r.Terms) > 0 {
		// A number inside a title or name in marks ("the series “Seven
		// Kitchens”") is part of the name, not a figure. Both lists are
		// sorted by start.
		// The kept figures move a run at a time: a copy of a Figure runs
		// write barriers, one a figure after the first dropped.
		//
		// A figure f is tested against the first term ending after its
		// start (the figures being in order, a cursor t finds it), and
		// is dropped only when that term holds it, so only when f starts
		// inside a term: only those figures are visited, found from each
		// term's start by binary search (a walk of every figure was a
		// megabyte on the bench text).
		n, t, from := 0, 0, 0 // figures [from, i) are kept, to go to n
		fs := r.Figures
		next := 0 // the figures before next have been visited
		for _, tm := range r.Terms {
			lo, hi := next, len(fs) // the first figure from next starting at tm.Start or later
			for lo < hi {
				if h := int(uint(lo+hi) >> 1); fs[h].Start < tm.Start {
					lo = h + 1
				} else {
					hi = h
				}
			}
			i := lo
			for ; i < len(fs) && fs[i].Start < tm.End; i++ {
				f := &fs[i]
				for t < len(r.Terms) && r.Terms[t].End <= f.Start {
					t++
				}
				if t < len(r.Terms) && r.Terms[t].Start <= f.Start && f.End <= r.Terms[t].End {
					if n != from { // no self-copy
						copy(fs[n:], fs[from:i])
					}
					n, from = n+i-from, i+1
				}
			}
			next = i
		}
		if n != from {
			copy(fs[n:], fs[from:])
		}
		r.Figures = fs[:n+len(fs)-from]
	}
}

// sortSpans orders spans by start, stably. A source's mentions are mostly
// in order already: an insertion sort, without sortStable's calls a
// comparison, handing over to sortStable if it would take too long.
func sortSpans(xs []Span) {
	moves := 8 * len(xs)
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Start < xs[j-1].Start; j-- {
			if moves--; moves < 0 {
				sortStable(xs, func(m Span) Span { return m })
				return
			}
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// badSpans returns a bit for each of ss (up to 32) that does not lie in
// the text with both ends on rune boundaries (so a span that is not, none
// included, is mended to none or dropped). One call tests all of an
// item's spans; the common case is tested here without a call.
func (d *doc) badSpans(ss ...Span) (bad uint32) {
	src := d.src
	n := uint(len(src))
	for k, s := range ss {
		b := uint32(1) << (uint(k) & 31)
		if s.Start < 0 || s.Start > s.End || uint(s.End) > n {
			bad |= b
		} else if (uint(s.Start) < n && src[s.Start]&0xC0 == 0x80 || uint(s.End) < n && src[s.End]&0xC0 == 0x80) &&
			!(d.boundary(s.Start) && d.boundary(s.End)) { // an end on a continuation byte
			bad |= b
		}
	}
	return bad
}

// sortStable orders xs by span start, keeping the order of equal starts.
// The detectors mostly emit their lists in order already, so the check
// comes first; sort.SliceStable's reflection-based swapper cost 55 ms per
// MiB under js/wasm here even on sorted input.
func sortStable[T any](xs []T, span func(T) Span) {
	for i := 1; i < len(xs); i++ {
		if span(xs[i]).Start < span(xs[i-1]).Start {
			permute(xs, sortIndexes(len(xs), func(a, b int32) int {
				if sa, sb := span(xs[a]).Start, span(xs[b]).Start; sa != sb {
					return cmp.Compare(sa, sb)
				}
				return int(a - b) // ties in index order: stable
			}))
			return
		}
	}
}

// sortIndexes returns 0..n-1 sorted by cmp. Every sort in the engine goes
// through it, as int32 indexes and then permute, because each type a
// generic sort is instantiated for adds 5-17 KB to the wasm; what is
// sorted is small or rarely out of order, so the extra copy costs little.
func sortIndexes(n int, cmp func(a, b int32) int) []int32 {
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	sortInt32s(order, cmp)
	return order
}

// sortInt32s sorts xs by cmp, stably: a bottom-up merge sort over runs
// insertion-sorted eight at a time. Written out because slices.SortFunc's
// pdqsort is 15 KB of wasm code, and what the engine sorts is small or
// rarely out of order.
func sortInt32s(xs []int32, cmp func(a, b int32) int) {
	const run = 8
	n := len(xs)
	for lo := 0; lo < n; lo += run {
		hi := min(lo+run, n)
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && cmp(xs[j], xs[j-1]) < 0; j-- {
				xs[j], xs[j-1] = xs[j-1], xs[j]
			}
		}
	}
	if n <= run {
		return
	}
	src, dst := xs, make([]int32, n)
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if cmp(src[j], src[i]) < 0 { // ties take the left run: stable
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	copy(xs, src) // a no-op when src is xs
}

// permute puts xs in the order sortIndexes returned.
func permute[T any](xs []T, order []int32) {
	sorted := make([]T, len(xs))
	for k, from := range order {
		sorted[k] = xs[from]
	}
	copy(xs, sorted)
}

// boundary reports whether byte offset i starts a rune (or is the end).
// Invalid bytes count as one-byte runes, as the lexer reads them.
func (d *doc) boundary(i int) bool {
	if i <= 0 || i >= len(d.src) {
		return true
	}
	if utf8.RuneStart(d.src[i]) {
		return true
	}
	// A continuation byte starts a "rune" only when it is not part of a
	// valid sequence that began earlier.
	for back := 1; back <= 3 && i-back >= 0; back++ {
		if utf8.RuneStart(d.src[i-back]) {
			_, n := utf8.DecodeRuneInString(d.src[i-back:])
			return n <= back
		}
	}
	return true
}

// dropOverlaps keeps, of spans sorted by start, the first of any that
// overlap (the earlier one, or the longer when both start together).
func dropOverlaps[T any](xs []T, span func(T) Span) []T {
	out := xs[:0]
	end := -1
	for i, x := range xs {
		s := span(x)
		if s.Start < end {
			if len(out) > 0 {
				prev := span(out[len(out)-1])
				if prev.Start == s.Start && s.End > prev.End {
					out[len(out)-1] = x
					end = s.End
				}
			}
			continue
		}
		if len(out) != i { // most survive: no self-copy
			xs[len(out)] = x
		}
		out = out[:len(out)+1]
		end = s.End
	}
	return out
}
