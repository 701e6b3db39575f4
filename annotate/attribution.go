package annotate

// Attributions (ANNOTATION.md §3, §4): who said what.
//
// findAttributions runs after findQuotes and findFigures, in five linear
// passes over the tokens:
//
//  1. findMentions chunks every sentence into source noun phrases (source.go);
//  2. findCues finds each reporting verb or phrase outside quotes, checks it
//     is not negated, passive, infinitive or a byline, finds its subject
//     (before it, after it when inverted, across an appositive or relative
//     clause, or shared with a coordinated verb) and its content (an
//     adjacent quote, the clause it governs, or the clause before a
//     post-posed "…, the union said");
//  3. cluster gives every mention an entity (source.go);
//  4. speakers gives each quote the speaker of its cue, of a cue in the
//     same or adjacent sentence, or of the previous quote in a run of
//     quoted paragraphs; a paragraph that opens with narration breaks the
//     run, one that opens with a quote after a paragraph that reported
//     someone continues it;
//  5. output turns the entities that speak into Sources, writes the
//     attributions, and gives each figure inside a content span its source.
//
// The trade-off is precision over recall: a verb is a cue only with a
// subject that can speak and a complement its class allows (rule tables A
// and N in attribution_test.go), so an unusual phrasing is missed rather
// than a narration verb reported. On the 16 gold articles this gives
// speaker accuracy 1.000 and attribution F1 0.997 (make eval).
//
// Every look-around is bounded (a few tokens, one sentence, one
// paragraph back), so 1 MB of "he said " costs about 16 times 64 KB of it.

import (
	"math/bits"
	"strings"
	"unsafe"
)

// attr is one attribution in the making.
type attr struct {
	_       noEq  // no generated equality function (wasm code)
	subj    int32 // mention index
	cue     Span
	cueTok  int32
	content Span
	quote   int32 // quote index when the content is a quote, else -1
	quote2  int32 // the second half of a quote split by the cue, or -1
	sent    int32
	forward bool // content runs forward from the cue to the sentence end
	inline  bool // the quote is a fragment in the writer's sentence ("called it “a betrayal”")
}

// attrPass holds the state of one findAttributions run.
type attrPass struct {
	d         *doc
	qOf       []int32 // per token: index of the quote holding it, or -1
	qFirst    []int32 // per quote: its first token (d.tokenAt of its start)
	qLast     []int32 // per quote: its last token (d.tokenAt of its end - 1)
	qTokFrom  []int32 // per quote: the tokens [qTokFrom, qTokTo) it marked in qOf
	qTokTo    []int32
	qShared   bool    // some token was marked by two quotes (then qTok* do not say which)
	qCaps     []int32 // the capitalized tokens inside quotes, in order, unless qShared or capsLost (quotedNames)
	capsLost  bool    // qCaps ran out of room
	contrib   []int32 // the tokens "contributed", in order (byline)
	contribAt int     // byline's cursor in contrib
	cueCands  []int32 // cue verbs, cue phrase openers and colons, in order (tokenFlags)
	ments     []mention
	mentStart []int32 // per token: mention starting there, or -1
	mentEnd   []int32 // per token: mention whose last token it is, or -1
	attrs     []attr
	ents      []entity
	ctxSubj   []int32         // per mention: the subject of the attribution whose content it opens, or -1
	qEnt      []int32         // per quote: the speaker entity, or -1
	subjOf    []bool          // per mention: the subject of an attribution
	disjoint  []int32         // per mention: 1 + the subject an object pronoun cannot refer to, 0 for none (a slice: a map cost an allocation and a hash a store)
	tf        []wordFlag      // per token: lexicon flags of the lower-cased word, possessive cut (tokenFlags)
	wsets     []uint16        // per distinct word: its wordSets bits and wsRead, 0 until read (inSet)
	phraseOf  []uint8         // per distinct word opening cue phrases: 1 + the index of its phrases in p.phrases, 0 not asked yet (phraseAt)
	phrases   [16][]cuePhrase // the cue phrases of the first nPhrases words asked (phraseAt)
	nPhrases  int             // (phraseAt)
	qEnd      int             // findCues' sentence: no token from here on is quoted (quoteAfter need not look)
	candFrom  int             // findCues' sentence: its first cue candidate's index in cueCands
	colonAt   int             // findCues' sentence: its last colon outside quotes, -1 for none, -2 not read yet (lastColon)
	cl        *clusterer      // the name keys, kept for names inside quotes
	np        npState         // parseNP's state
	npc       []uint64        // per token, a byte each: npStart's code (npCodes), zero past the tokens; then npBits' bits
	npcB      []byte          // the codes, as bytes
}

// findAttributions fills d.res.Sources and d.res.Attributions and sets the
// Source and Cue of quotes and the Source of figures.
func (d *doc) findAttributions() {
	if len(d.toks) == 0 {
		return
	}
	p := d.mentionPass()
	p.findCues()
	p.cluster()
	p.speakers()
	p.output()
}

// mentionPass starts the attribution pass: the lexicons, the word flags,
// the quotes' index and the mentions, what the cue rules read.
func (d *doc) mentionPass() *attrPass {
	loadCues()
	loadSourceLexicons()
	d.setFlags()
	p := &attrPass{d: d}
	h := d.scr.alloc(len(d.words), 2, false)
	p.wsets = *(*[]uint16)(unsafe.Pointer(&h))
	p.indexQuotes()
	p.tokenFlags()
	p.thinkTanks()
	p.findMentions()
	return p
}

// indexQuotes sorts the quotes and marks the tokens inside each.
func (p *attrPass) indexQuotes() {
	d := p.d
	qs := d.res.Quotes
	// the closure-based sort.Slice* helpers are slow under wasm (a
	// reflection swapper, a call per comparison): test by hand, and
	// sort only when needed
	for k := 1; k < len(qs); k++ {
		if qs[k].Start < qs[k-1].Start {
			sortStable(qs, func(q Quote) Span { return q.Span })
			break
		}
	}
	// one allocation for the three per-token tables and room for the
	// cue candidates tokenFlags lists and the capitalized quoted tokens
	// (fewer large objects: under wasm each new one may grow the memory),
	// the tables filled with -1 by doubling copies (memmove) rather than a
	// store per entry
	n := len(d.toks)
	ncue := n/16 + 8 // 4% of the bench text's tokens, and 3% for qCaps
	all := unsafe.Slice((*int32)(grabBytes(&d.scr.quoteTabs, 3*n+2*ncue, unsafe.Sizeof(int32(0)), true)), 3*n+2*ncue)
	tab := all[:3*n]
	negOnes(tab)
	p.qOf, p.mentStart, p.mentEnd = tab[:n:n], tab[n:2*n:2*n], tab[2*n:3*n:3*n]
	p.cueCands = all[3*n : 3*n : 3*n+ncue]
	caps, nc := all[3*n+ncue:], 0
	// each quote's first and last token, looked up once: the rules ask
	// for them again and again (a binary search each was 4% of the pass)
	nq := len(qs)
	ql := d.scr.int32s(4 * nq)
	p.qFirst, p.qLast, p.qTokFrom, p.qTokTo = ql[:nq:nq], ql[nq:2*nq:2*nq], ql[2*nq:3*nq:3*nq], ql[3*nq:]
	t, prevTo, mc := 0, 0, 0
	toks, qOf, marks := d.toks, p.qOf[:len(d.toks)], d.marks // locals: a store through p.qOf reloaded both
	for qi, q := range qs {
		// the first token that starts at or after the quote: most quotes
		// open with a mark, found by a cursor in the lexer's list of
		// marks (a tenth as long as the tokens between quotes); else
		// walked from t, 4 at a time, from where the last quote ended
		// when the tokens before that start before this one (t only
		// moves on: every walk together passes each token once)
		for mc < len(marks) && uint(marks[mc]) < uint(len(toks)) && int(toks[marks[mc]].Start) < q.Start {
			mc++
		}
		if mc < len(marks) && uint(marks[mc]) < uint(len(toks)) && int(toks[marks[mc]].Start) == q.Start {
			t = int(marks[mc])
		} else {
			if uint(prevTo-1) < uint(len(toks)) && prevTo > t && int(toks[prevTo-1].Start) < q.Start {
				t = prevTo
			}
			for uint(t+3) < uint(len(toks)) && int(toks[t+3].Start) < q.Start {
				t += 4
			}
			for uint(t) < uint(len(toks)) && int(toks[t].Start) < q.Start {
				t++
			}
		}
		var k int
		k, nc = markQuote(toks, qOf, caps, t, q.End, qi, nc)
		if t < prevTo {
			p.qShared = true
		}
		// d.tokenAt(q.Start) and d.tokenAt(q.End-1), the first token
		// ending after each, read off t and k (tokens are in order and
		// do not overlap) without two more binary searches
		if t > 0 && int(toks[t-1].End) > q.Start {
			p.qFirst[qi] = int32(t - 1)
		} else {
			p.qFirst[qi] = int32(t)
		}
		switch {
		case k == t: // no token inside: look it up
			p.qLast[qi] = int32(d.tokenAt(q.End - 1))
		case int(toks[k-1].End) == q.End:
			p.qLast[qi] = int32(k - 1)
		default:
			p.qLast[qi] = int32(k)
		}
		p.qTokFrom[qi], p.qTokTo[qi] = int32(t), int32(k)
		prevTo = max(prevTo, k)
	}
	p.qCaps, p.capsLost = caps[:min(nc, len(caps))], nc > len(caps)
}

// markQuote marks the tokens from k that end by end as quote qi's in qOf
// and lists the capitalized ones in caps from nc on (for quotedNames,
// which then need not walk the quotes' tokens again; nc past len(caps)
// when out of room). It returns the first token past them and the new
// count. A loop without calls: see lexFast.
func markQuote(toks []token, qOf, caps []int32, k, end, qi, nc int) (int, int) {
	if len(qOf) != len(toks) {
		return k, nc // never: one entry per token
	}
	for ; uint(k) < uint(len(toks)) && int(toks[k].End) <= end; k++ {
		qOf[k] = int32(qi)
		if toks[k].Flags&fCap != 0 {
			if uint(nc) < uint(len(caps)) {
				caps[nc] = int32(k)
			}
			nc++
		}
	}
	return k, nc
}

// negOnes sets every entry of xs to -1, by doubling copies (memmove)
// rather than a store per entry.
func negOnes(xs []int32) {
	if len(xs) > 0 {
		xs[0] = -1
		for k := 1; k < len(xs); k *= 2 {
			copy(xs[k:], xs[:k])
		}
	}
}

// tokenIn returns d.tokenAt(off) for an offset in the sentence before
// token hi: a content's start, searched from the sentence's first token lo
// rather than over the whole text.
func (p *attrPass) tokenIn(off, lo, hi int) int {
	toks := p.d.toks
	if lo <= 0 || hi >= len(toks) || lo > hi || int(toks[lo-1].End) > off || int(toks[hi].End) <= off {
		return p.d.tokenAt(off) // not in [lo, hi]
	}
	return p.d.tokenBetween(off, lo, hi)
}

// quoteFirst and quoteLast return the first and last token of quote q.
func (p *attrPass) quoteFirst(q int) int { return int(p.qFirst[q]) }
func (p *attrPass) quoteLast(q int) int  { return int(p.qLast[q]) }

// findMentions chunks every sentence into mentions.
func (p *attrPass) findMentions() {
	d := p.d
	// sized from the bench text (one mention per ~12 tokens, one
	// attribution per ~2 sentences) with some room: regrowth was a
	// fifth of the bytes BenchmarkAnnotate allocated. Not cleared (2 MB
	// per MiB): parseNP clears each mention it fills, and attributions
	// are appended whole.
	nm := len(d.toks)/10 + 8
	p.ments = unsafe.Slice((*mention)(grabBytes(&d.scr.ments, nm, unsafe.Sizeof(mention{}), true)), nm)[:0]
	na := len(d.sents)*3/5 + 8
	p.attrs = unsafe.Slice((*attr)(grabBytes(&d.scr.attrs, na, unsafe.Sizeof(attr{}), true)), na)[:0]
	toks, tf, qOf, sf := d.toks, p.tf, p.qOf, d.sf // locals: kept in registers

	free := 0 // tokens before free hold no quote mark, from i on
	qc := 0   // when no token is in two quotes: the first quote that may mark tokens at or after i
	nextQ := -1
	qFrom, qTo := p.qTokFrom, p.qTokTo
	sc := npScan{toks, tf, sf, p.npcB, p.npBits()}
	slots, ns := p.findSlots(), 0   // the speakers' slots beside quotes, in order
	nextSlot := slotStart(slots, 0) // the next one's first token, in a local: the loop tests it at every start
	for si := range d.sents {
		first, last := int(d.sents[si].First), int(d.sents[si].Last)
		i := first  // where the next mention may start
		lo := first // the end of the last mention read in the sentence
		for {
			// npStart skips, in a loop without calls, the tokens where
			// parseNP surely fails (three starts in four), over npBits'
			// marks
			i0, k := npStart(&sc, i, last)
			// a speaker's slot first, when it comes before the next start
			// (one inside a mention read before is passed by)
			for nextSlot < i {
				ns++
				nextSlot = slotStart(slots, ns)
			}
			if nextSlot <= i0 && nextSlot < last {
				sl := &slots[ns]
				ns++
				nextSlot = slotStart(slots, ns)
				end := min(last, int(sl.first)+maxNP+8)
				for x := int(sl.first); x < end; x++ {
					if qOf[x] >= 0 {
						end = x // a mention never runs into a quote
					}
				}
				if len(p.ments) == cap(p.ments) {
					p.ments = append(p.ments, mention{})[:len(p.ments)]
				}
				m := &p.ments[:len(p.ments)+1][len(p.ments)]
				p.takeSlot(m, sl, end)
				p.hyphenPrefix(m, i)
				m.sent = int32(si)
				p.ments = p.ments[:len(p.ments)+1]
				i = int(m.last)
				continue
			}
			if i = i0; i >= last {
				break
			}
			end := min(last, i+maxNP+8)
			if k >= 0 && !p.headAhead(k, end) {
				i++
				continue
			}
			// a mention never runs into a quote
			if !p.qShared {
				// the next quoted token: the first of the next quote
				// that marked any (i is in none), not a walk over tokens
				// (nextQ: qFrom[qc], kept until i passes it)
				if nextQ < i {
					for qc < len(qFrom) && qc < len(qTo) && (int(qFrom[qc]) < i || qFrom[qc] == qTo[qc]) {
						qc++
					}
					nextQ = len(toks)
					if qc < len(qFrom) {
						nextQ = int(qFrom[qc])
					}
				}
				end = min(end, nextQ)
			} else {
				if free < i {
					free = i
				}
				for free < end && qOf[free] < 0 {
					free++
				}
				if free < end {
					end = free
				}
			}
			// parseNP fills the next slot of p.ments in place: a mention
			// returned by value and appended was copied twice, and the
			// copies stalled (a fifth of this loop's time, perf)
			if len(p.ments) == cap(p.ments) {
				p.ments = append(p.ments, mention{})[:len(p.ments)]
			}
			m := &p.ments[:len(p.ments)+1][len(p.ments)]
			if !p.parseNP(m, i, end) {
				i++
				continue
			}
			if m.last-m.first == 1 && (m.kind == mkRole || m.kind == mkAnon && m.ev&evPlural == 0 || m.kind == mkOrg && m.ev&evPlural == 0 || m.kind == mkDoc) &&
				d.toks[m.first].Flags&fCap == 0 && d.sf[m.first]&sBare == 0 && !p.accordingToPlural(m) && !p.pluralDocCue(m) {
				// a bare "engineer", "group", "report": no referring noun
				// phrase (the "Centre" group, report cards)
				i = int(m.last)
				continue
			}
			if l := int(m.last); l < last && tf[l]&wKW == kwOf && m.kind == mkOrg && d.lower(l-1) == "chain" {
				i = l // "a chain of 1,140 drugstores": a description, not the body
				continue
			}
			m.sent = int32(si)
			if m.kind == mkName && m.nameL-m.nameF == 1 && m.first == m.nameF && i == first {
				m.weak = true
			}
			// (qOf last: this loop reads it nowhere else, and its load
			// missed the cache, a tenth of this function's time under V8)
			if m.kind == mkName && int(m.first) == i && i-1 >= lo && i-1 >= first && toks[i-1].Kind == tWord && toks[i-1].Flags&fCap == 0 &&
				(tf[i-1]&wRole != 0 || tf[i-1]&(dAgent|dRoleSuffix) != 0 && tf[i-1]&wLex == 0) && qOf[i-1] < 0 {
				m.first-- // a lower-case title: "said diver Tomas Revell"
				m.Start = int(toks[i-1].Start)
				// and its modifier opening the sentence: "Retired ferryman
				// Elias Brandt", "Marine biologist Tala Reyes", "Mountain
				// rescuer Iona Haldane" (a capital that is no function
				// word, time or name of its own)
				if i-2 == first && toks[i-2].Kind == tWord && (tf[i-2]&wMod != 0 || toks[i-2].Flags&(fCap|fUpper) == fCap && tf[i-2]&wStop == 0 && d.sf[i-2]&(sWeekday|sTime|sAdvStart|sDet) == 0 && p.mentEnd[i-2] < 0 && !strings.HasSuffix(d.lower(i-2), "ly")) {
					m.first--
					m.Start = int(toks[i-2].Start)
				} else if i-3 >= first && toks[i-2].Kind == tWord && toks[i-2].Flags&fCap == 0 && tf[i-2]&(wStop|wCue|wAux|wBe) == 0 && d.sf[i-3]&sCue != 0 && qOf[i-2] < 0 {
					m.first-- // or a noun after the cue: "said forest ecologist Lena Holt"
					m.Start = int(toks[i-2].Start)
				}
			}
			if f := int(m.first); toks[f].Flags&fSpace == 0 && f >= 2 { // hyphenPrefix's first test: a touching token ("pole-sitter Kenji Aoyama")
				p.hyphenPrefix(m, lo)
			}
			p.ments = p.ments[:len(p.ments)+1]
			i = int(m.last)
			lo = i
		}
	}
	p.ctxSubj = d.scr.int32s(len(p.ments))
	// the per-token index of the mentions, in one loop after the chunker
	// (in it each store reloaded its table through p after the calls)
	ments, mentStart, mentEnd, ctxSubj := p.ments, p.mentStart, p.mentEnd, p.ctxSubj[:len(p.ments)]
	for k := range ments {
		mentStart[ments[k].first] = int32(k)
		mentEnd[ments[k].last-1] = int32(k)
		ctxSubj[k] = -1
	}
}

// npScan is what npStart reads (one pointer to pass, not five slices).
type npScan struct {
	toks []token
	tf   []wordFlag
	sf   []setFlag
	code []byte   // per token: npStart's code (npCodes)
	bm   []uint64 // a bit per token: it may start a mention (npBits)
}

// npBits returns a bit per token, set where npStart's test may pass (a
// superset: a fifth of the tokens, the test passing at 94% of them), so
// that npStart visits only those. Its test of every token, a branch on
// each token's flags, was 15% of the simulated branch mispredictions of a
// whole call (callgrind --branch-sim). Quoted tokens are cleared by their
// quotes' ranges, exactly the tokens marked in qOf.
func (p *attrPass) npBits() []uint64 {
	nc := len(p.d.toks)/8 + 2
	c, bm := p.npc[:nc], p.npc[nc:]
	h := arenaSlice{unsafe.Pointer(unsafe.SliceData(bm)), 8 * len(bm), 8 * len(bm)}
	npBitsRun(c, *(*[]byte)(unsafe.Pointer(&h)))
	for q, from := range p.qTokFrom {
		// [from, to): the tokens quote q marked in qOf, a word at a time
		for k, to := uint(from), uint(p.qTokTo[q]); k < to && k>>6 < uint(len(bm)); k = k | 63 + 1 {
			m := ^uint64(0) << (k & 63)
			if to < k|63+1 {
				m &^= ^uint64(0) << (to & 63)
			}
			bm[k>>6] &^= m
		}
	}
	return bm
}

// npBitsRun sets bm from the codes c, eight tokens a turn by bitwise
// operations on their codes and the next three tokens' (see the ncR0
// codes): a loop without branches but its own. It runs from the end, so
// that a word's "goes on" lanes, computed once, serve the word before it
// as the lanes one token on. out (bm's bytes, zero) gets a bit for each
// code byte but the last word's.
func npBitsRun(c []uint64, out []byte) {
	const ones = 0x0101010101010101
	var y, gy uint64 // the next word's codes and goes-on lanes
	for j := len(c) - 2; uint(j) < uint(len(c)) && uint(j) < uint(len(out)); j-- {
		x := c[j]
		n1, n2 := x>>8|y<<56, x>>16|y<<48
		// lane by lane, whether the token goes on (npStart's second
		// switch): a quote mark or hyphen after it, itself, an agent
		// noun before a capital or a mark, a head within two tokens
		g := n1>>4&^(n1>>3) | n1>>5 | n2>>5 | x>>2 | x>>6&(n1>>7)
		g1 := g>>8 | gy<<56
		s := x&(^(x>>1)|g) | x>>1&^x&(n1>>4|n1>>3&g1)
		out[j] = byte((s & ones) * 0x0102040810204080 >> 56)
		y, gy = x, g
	}
}

// accordingToPlural reports a bare plural document after "according
// to": "according to emails obtained by the Ledger", "according to
// records" name their source, as "according to data" does.
func (p *attrPass) accordingToPlural(m *mention) bool {
	f := int(m.first)
	return m.kind == mkDoc && p.tf[f]&dPluralS != 0 && f >= 2 && p.tf[f-1]&wKW == kwTo && p.d.lower(f-2) == "according"
}

// pluralDocCue reports a bare plural document that a cue follows, right
// after it or after its participle phrase: "records show", "…, figures
// published on Thursday show" name their source as "the figures" does.
func (p *attrPass) pluralDocCue(m *mention) bool {
	d, l := p.d, int(m.last)
	if m.kind != mkDoc || p.tf[m.first]&dPluralS == 0 || l >= len(d.toks) {
		return false
	}
	if d.sf[l]&sCue != 0 {
		return true
	}
	if p.tf[l]&dEd == 0 {
		return false
	}
	for k := l + 1; k < len(d.toks) && k < l+6 && d.toks[k].Kind == tWord; k++ {
		if d.sf[k]&sCue != 0 {
			return true
		}
	}
	return false
}

// npStart returns the first token from i on, before last, where a
// mention may start (last if none), and the word whose headAhead (a call)
// decides it, or -1. A loop without calls (see lexFast): it visits only
// the tokens npBits marked, about one in five.
//
// A mention starts outside quotes at a strong token (a number, a
// capitalized word, a word of the lexicon: tokenFlags' truth table), or at
// an unknown word right before a word of the lexicon ("fire officials").
// Then a cheap test before parseNP, which failed at three starts in four
// (a number or determiner before no noun, a verb before "the"): skip
// where it surely fails, read off its rules. A number or a determiner must
// be followed by a word parseNP may go on from; a word the lexicon gives
// no part in a noun phrase must be one itself. (It reads up to the window
// regardless of quotes: a superset passes, and only those look for the
// next quote.) npCodes and npBitsRun read the same rules off the tokens'
// codes: change them together (TestNPBits).
func npStart(s *npScan, i, last int) (int, int) {
	toks, tf, sf, code, bm := s.toks, s.tf, s.sf, s.code, s.bm
	if len(tf) != len(toks) || len(sf) != len(toks) || len(code) < len(toks) || uint(last) > uint(len(toks)) {
		return last, -1 // (never: this lets the compiler drop its index checks)
	}
	toks, tf, sf, code = toks[:last], tf[:last], sf[:last], code[:last]
	for ; ; i++ {
		// the next token marked by npBits
		for {
			if uint(i) >= uint(len(toks)) || uint(i>>6) >= uint(len(bm)) {
				return last, -1
			}
			if w := bm[i>>6] >> (uint(i) & 63); w != 0 {
				i += bits.TrailingZeros64(w)
				break
			}
			i = i | 63 + 1
		}
		if uint(i) >= uint(len(toks)) {
			return last, -1
		}
		// (npBits cleared the quoted tokens; a start whatever follows,
		// a pronoun, a capitalized word or a head, needs no more tests,
		// nor a number, determiner or modifier before a word parseNP
		// goes on from: the minister)
		switch c := code[i] & (ncR0 | ncR1); {
		case c == ncR0:
			return i, -1
		case c == ncR1 && i+1 < len(toks) && code[i+1]&(ncKA|ncKB|ncOn) == ncKA|ncOn:
			return i, -1
		}
		// (a number's tf says strong: tokenFlags)
		t, f := &toks[i], tf[i]
		if f>>fcStrongShift>>(t.Flags&(fCap|fUpper))&1 == 0 &&
			(f&fcWord == 0 || !(i+1 < last && tf[i+1]&npHeads != 0 || i+2 < last && tf[i+2]&npHeads != 0)) {
			continue
		}
		// (the tests read at most three tokens on: the window of maxNP
		// tokens is no limit, the sentence is)
		k := -1 // the word parseNP must go on from, if it must be tested
		switch {
		case f&wPron != 0:
		case t.Kind == tNum:
			// parseNP takes the number, then needs a word
			if k = i + 1; k >= len(toks) || toks[k].Kind != tWord {
				continue
			}
		case f&wDet != 0 && sf[i]&sPoss == 0:
			// parseNP takes the determiner (an epithet, "the German",
			// starts with a capitalized word or a number too)
			if k = i + 1; k >= len(toks) || toks[k].Kind == tPunct {
				continue
			} else if toks[k].Kind != tWord {
				k = -1 // a number or a quote mark (drivers’)
			}
		case f&(wMod|wAdj) != 0 && f&(npHeads&^(wMod|wAdj)) == 0 && t.Flags&fCap == 0 && sf[i]&sPoss == 0:
			// parseNP takes a modifier (senior, new), then needs a
			// word, the hyphen of eighty-year-old or a number (a
			// senior 12-member panel)
			if k = i + 1; k >= len(toks) {
				continue
			} else if toks[k].Kind != tWord {
				if toks[k].Kind != tNum && toks[k].First != '-' {
					continue
				}
				k = -1
			}
		case t.Flags&fCap != 0 || f&npHeads != 0:
		default: // (a stop word is no start: no strong token, no word before a head)
			k = i
		}
		if uint(k) >= uint(len(toks)) { // k < 0: nothing to test
			return i, -1
		}
		// parseNP may go on from word k to a mention at a head, role
		// or modifier, "of", a possessive (dGoesOn), a capitalized
		// word, a hyphen (eighty-year-old, the first-ever) or quote
		// mark (drivers’) after it, or a head within two words
		// (headAhead, left to the caller when one of the two has a
		// head's flag, its own first test); else it stops at a stop
		// word that heads nothing, unless an adjective (the same) or
		// "of" (one of): dStops
		if k+1 < len(toks) && toks[k+1].Kind != tWord {
			if toks[k+1].Kind == tQuote || toks[k+1].First == '-' {
				return i, -1
			}
		}
		tk := &toks[k]
		fk := tf[k]
		switch {
		case fk&wCue != 0 && k+1 < len(toks) && tf[k+1]&(wDoc|wOrgHead) != 0 && (tf[k+1]&wCue == 0 || fk&dIng != 0):
			// a verb's form before a document's or body's head is a
			// modifier: the recall notice
			return i, -1
		case fk&dStops != 0 && tk.Flags&(fCap|fUpper) == 0:
		case fk&dGoesOn != 0 || tk.Flags&fCap != 0:
			return i, -1
		case fk&dAgent != 0 && k+1 < len(toks) && (toks[k+1].Flags&fCap != 0 || toks[k+1].Kind == tPunct):
			// an agent noun's shape is a role only before a name
			// (nameAfter's first test): the planner, Karen Olsen (not
			// the border)
			return i, -1
		case k+1 < len(toks) && tf[k+1]&headAheadFlags != 0 || k+2 < len(toks) && tf[k+2]&headAheadFlags != 0:
			return i, k
		}
	}
}

// npHeads are the flags of words that can head or start a source noun
// phrase.
const npHeads = wGroup | wAnon | wAnonPeople | wAnonSing | wOrgHead | wDoc | wRole | wHon | wOrgDesc | wMod | wPron | wDet | wAdj

// npGoesOn are the flags of a word parseNP takes after a determiner or a
// number: a head, a role, a modifier, or the shape of an unknown role or
// plural (an agent noun's shape, dAgent, only before a name: npStart).
const npGoesOn = wGroup | wAnon | wAnonPeople | wAnonSing | wOrgHead | wDoc | wRole | wHon | wOrgDesc | wMod | wAdj |
	dRoleSuffix | dPlRole | dPlDoc

// headlineEnd returns the end of a headline opening the text, or 0: a
// first paragraph of at most 24 tokens that ends without a full stop, a
// question or exclamation mark, a colon or a quote mark, when more
// paragraphs follow. Headlines hold no attribution (the gold's rule).
func (p *attrPass) headlineEnd() int {
	d := p.d
	if len(d.paras) < 2 {
		return 0
	}
	pa := d.paras[0]
	f, l := int(pa.First), int(pa.Last)
	if l-f > 24 || l <= f {
		return 0
	}
	if t := d.toks[l-1]; t.Kind != tWord && t.Kind != tNum {
		return 0 // a sentence's end, a colon, a closing quote: body text
	}
	return l
}

// findCues finds the attributions of every sentence.
func (p *attrPass) findCues() {
	d := p.d
	// phraseAt's memo per distinct word
	hMemo := d.scr.alloc(len(d.words), 1, false)
	p.phraseOf = *(*[]uint8)(unsafe.Pointer(&hMemo))
	p.disjoint = d.scr.int32s(len(p.ments))
	cands, ci := p.cueCands, 0
	sents, qFrom, qTo := d.sents, p.qTokFrom, p.qTokTo
	qc := 0 // the first quote that may mark a token of this sentence or a later one
	head := p.headlineEnd()
	for si := 0; ci < len(cands); si++ {
		// skip the sentences without a candidate (byline's cursor
		// catches up later)
		for c := int(cands[ci]); si < len(sents) && int(sents[si].Last) <= c; si++ {
		}
		if si >= len(sents) {
			break
		}
		first, last := int(sents[si].First), int(sents[si].Last)
		if last <= head {
			continue // a headline reports nothing ("Watchdog finds officer fired …")
		}
		// byline's first tests inline: a credit word or punctuation
		// opening the sentence, a "contributed" not yet passed
		if (d.toks[first].Kind == tPunct || d.sf[first]&sByline != 0 || p.contribAt < len(p.contrib) && int(p.contrib[p.contribAt]) < last) && p.byline(first, last) {
			continue // (its candidates are passed over with the next sentence's)
		}
		// p.qEnd: where the quoted tokens of the sentence end, so that
		// the rules ask quoteAfter only from before it (three cues in
		// four have no quote after them). Quotes are in order of their
		// first token; one nesting others ends after them, so skipping
		// the quotes that end before this sentence skips no later one.
		for qc < len(qTo) && int(qTo[qc]) <= first {
			qc++
		}
		qEnd := first
		for q := qc; q < len(qFrom) && q < len(qTo) && int(qFrom[q]) < last; q++ {
			if q == qc+8 {
				qEnd = last // many nested quotes: let quoteAfter look
				break
			}
			qEnd = max(qEnd, int(qTo[q]))
		}
		p.qEnd = qEnd
		p.candFrom, p.colonAt = ci, -2
		n0 := len(p.attrs)
		next := first // the token after the last cue phrase
		// The tokens that are neither a cue verb, nor open a cue phrase,
		// nor a colon would all be skipped: visit the others only.
		for ; ci < len(cands) && int(cands[ci]) < last; ci++ {
			j := int(cands[ci])
			if j < next {
				continue // (tokenFlags lists no quoted token)
			}
			t := d.toks[j]
			if t.Kind != tWord {
				if t.First == ':' {
					p.colonCue(j, first, last, si)
				}
				continue
			}
			if t.Flags&fCap != 0 && j != first {
				continue
			}
			if p.tf[j]&wPhrase != 0 {
				if c, ok := p.phraseAt(j, last); ok && p.phraseCue(c, first, last, si) {
					next = c.last
					continue
				}
			}
			if p.tf[j]&wCue == 0 || t.Flags&fCap != 0 {
				continue
			}
			v := d.cueOf[t.ID] // d.cueVerb(j): j is a word
			p.verbCue(j, v, first, last, si, n0)
		}
		if len(p.attrs) > n0+1 { // else clipContents has nothing to clip (one content has no next cue)
			p.dropRelayed(n0)
			p.clipContents(n0, first, last)
		}
	}
}

// colonCue: `Kim: “…”` — a mention opening the sentence, a colon, a quote.
func (p *attrPass) colonCue(j, first, last, si int) {
	if j == first || j+1 >= last || p.qOf[j+1] < 0 {
		return
	}
	q := int(p.qOf[j+1])
	if p.quoteFirst(q) != j+1 {
		return
	}
	mi := p.mentEnd[j-1]
	if mi < 0 {
		// a clause about its subject, then the quote: "The grandfather
		// was modest about his part: ‘…’", "Calder was blunt: “…”"
		if mi = p.clauseColon(j, first); mi < 0 {
			return
		}
	} else if int(p.ments[mi].first) != first || p.ments[mi].kind == mkPron || p.ments[mi].kind == mkDoc {
		return
	}
	t := p.d.toks[j]
	p.quoteContent(p.newAttr(mi, Span{int(t.Start), int(t.End)}, j, si), q)
}

// nounOpener reports whether tokens [first, c) are a noun phrase ending in
// a common noun, with no verb: "Holmgaard’s caddie" before ", Jens Friis,
// said".
func (p *attrPass) nounOpener(first, c int) bool {
	d := p.d
	if c-first < 1 || c-first > 8 || d.toks[c-1].Kind != tWord || d.toks[c-1].Flags&fCap != 0 || p.tf[c-1]&(wStop|wAux|wBe|wCue|wPron) != 0 {
		return false
	}
	for k := first; k < c; k++ {
		if d.toks[k].Kind == tPunct && d.toks[k].First != '-' || p.tf[k]&(wCue|wBe|wAux|wClause) != 0 || d.sf[k]&sFinite != 0 {
			return false
		}
	}
	return true
}

// townAt reports a capitalized word at k after a preposition: the town in
// "a nurse in Columbus, Ohio", whose comma sets off its state, not the
// name of a role-and-name appositive nor a speaker.
func (p *attrPass) townAt(k int) bool {
	if k < 1 || p.d.toks[k].Flags&fCap == 0 {
		return false
	}
	// a place's preposition, not "The Minister for Housing, Orla Fitzmaurice"
	kw := p.tf[k-1] & wKW
	return kw == kwIn || kw == kwAt || kw == kwFrom
}

// clauseColon returns the subject of a short clause that opens the
// sentence and ends in the colon at j before a quote, or -1: a person, a
// role, a group or he or she, and no cue verb, quote or other mention in
// the clause (those are read by their own rules).
func (p *attrPass) clauseColon(j, first int) int32 {
	mi := p.mentStart[first]
	if mi < 0 {
		return -1
	}
	from := int(p.ments[mi].last)
	// past a relative clause about the subject: "Hana Brisk, who chairs
	// the water regulator, was blunt: “…”"
	if from+1 < j && p.d.toks[from].First == ',' && (p.tf[from+1]&wKW == kwWho || p.tf[from+1]&wKW == kwWhose) {
		for k := from + 2; k < j && k < from+20; k++ {
			if p.d.toks[k].First == ',' {
				from = k + 1
				break
			}
		}
	}
	if j-from > 12 {
		return -1
	}
	switch m := &p.ments[mi]; m.kind {
	case mkName:
		if m.ev&evOrg != 0 {
			return -1
		}
	case mkRole, mkAnon, mkGroup:
	case mkPron:
		if m.ev&(evMale|evFemale) == 0 {
			return -1
		}
	default:
		return -1
	}
	for k := from; k < j; k++ {
		if p.tf[k]&wCue != 0 || p.qOf[k] >= 0 || p.mentStart[k] >= 0 || p.d.toks[k].Kind == tPunct && p.d.toks[k].First != ',' {
			return -1
		}
	}
	return mi
}

// phraseCue handles "according to X" and phrasal verbs; false when the
// phrase is no cue here.
func (p *attrPass) phraseCue(c cueAt, first, last, si int) bool {
	d := p.d
	cue := Span{int(d.toks[c.first].Start), int(d.toks[c.last-1].End)}
	if c.class == cuePhrasal {
		return p.verbCue(c.first, cueVerb{class: cueClause, form: formPast}, first, last, si, len(p.attrs)) && p.widenCue(cue)
	}
	if c.class == cuePassive {
		// "Kim was quoted as saying …": the verb is read from after the
		// phrase, the subject from before the be-form
		k := c.first - 1
		if k <= first || d.sf[k]&sBe == 0 {
			return false
		}
		return p.verbCue(c.last-1, cueVerb{class: cueSpeech, form: formPast}, first, last, si, len(p.attrs)) && p.widenCue(cue)
	}
	// according to X: X follows.
	if c.last >= last || p.mentStart[c.last] < 0 {
		return false
	}
	mi := p.mentStart[c.last]
	m := &p.ments[mi]
	if m.kind == mkPron && p.tf[m.first]&wObject == 0 && p.tf[m.first]&wKW != kwIt {
		return false // "according to him", not "according to he"
	}
	if m.last-m.first == 1 && m.kind != mkName && m.kind != mkGroup && m.kind != mkAnon && m.kind != mkPron && d.toks[m.first].Flags&fCap == 0 && d.sf[m.first]&sBare == 0 && !p.accordingToPlural(m) {
		return false // "according to plan"
	}
	// a body where it is: "according to the health ministry in Kyiv."
	if k := int(m.last); (m.kind == mkOrg || m.kind == mkGroup || m.kind == mkAnon) && k+1 < last && (p.tf[k]&wKW == kwIn || p.tf[k]&wKW == kwAt) {
		if o := p.mentStart[k+1]; o >= 0 && p.ments[o].kind == mkName && int(p.ments[o].last) < len(d.toks) && d.toks[p.ments[o].last].Kind == tPunct {
			m.End = p.ments[o].End
		}
	}
	a := p.newAttr(mi, cue, c.first, si)
	lead := c.first == first || c.first == first+1 && d.toks[first].Kind == tWord && (p.tf[first]&wKW == kwBut || p.tf[first]&wKW == kwAnd)
	if lead {
		// According to X, content.
		k := int(m.last)
		for x := k; x < last && x < k+12; x++ {
			if d.toks[x].First == ',' && p.qOf[x] < 0 {
				k = x + 1
				break
			}
		}
		// "According to figures from X, which tracks asking prices, the
		// gap …": the relative clause is about the source, and so is a
		// participle ("According to the list, published at 10pm, 19 …")
		if k < last && (p.tf[k]&wKW == kwWhich || p.tf[k]&wKW == kwWho || p.tf[k]&(dEd|dIng) != 0 && d.toks[k].Flags&fCap == 0) {
			for x := k + 1; x < last && x < k+16; x++ {
				if d.toks[x].First == ',' && p.qOf[x] < 0 {
					k = x + 1
					break
				}
			}
		}
		// "According to the Freight Council, an industry group, the
		// dispute …": an appositive about the source, a description
		// ending at a comma
		if k < last && (p.tf[k]&wKW == kwA || p.tf[k]&wKW == kwAn || p.tf[k]&wKW == kwThe) {
			if o := p.mentStart[k]; o >= 0 && (p.tf[k]&wKW != kwThe || p.ments[o].kind == mkRole || p.ments[o].kind == mkOrg) {
				// (not "the man, 34, was held", "the man, who …": the
				// subject's own)
				if e := int(p.ments[o].last); e+1 < last && d.toks[e].First == ',' && p.qOf[e] < 0 && d.toks[e+1].Kind == tWord && p.tf[e+1]&wKW != kwWho && p.tf[e+1]&wKW != kwWhich {
					k = e + 1
				}
			}
		}
		a.content = p.clauseSpan(k, last)
		a.forward = true
	} else {
		// content, according to X.
		e := c.first
		if e > first && d.toks[e-1].First == ',' {
			e--
		}
		// "“We are ready.” That’s according to Jane Doe": the words
		// before are the content
		if e-first <= 2 && first > 0 && p.qOf[first-1] >= 0 && p.thatIs(first, e) {
			return p.quoteContent(a, int(p.qOf[first-1]))
		}
		a.content = p.clauseSpan(p.afterDateline(first, e), e)
	}
	if !a.content.Valid() || a.content.Start >= a.content.End {
		return false
	}
	return p.add(a)
}

// thatIs reports tokens [f, e) reading "That's", "That is" or "This is".
func (p *attrPass) thatIs(f, e int) bool {
	switch l := p.d.lower(f); {
	case e-f == 1:
		return l == "that's" || l == "that’s"
	case e-f == 2:
		return (l == "that" || l == "this") && p.d.lower(f+1) == "is"
	}
	return false
}

// widenCue sets the cue span of the attribution just added (a phrasal
// verb: "pointed out").
func (p *attrPass) widenCue(s Span) bool {
	p.attrs[len(p.attrs)-1].cue = s
	return true
}

// afterDateline skips a dateline opening a paragraph ("TALMERE, Varnia
// (Sourcewire) —"): capitalized words, commas, a parenthesis and a dash.
func (p *attrPass) afterDateline(first, e int) int {
	d := p.d
	if d.toks[first].Flags&fParaStart == 0 {
		// a dateline with an abbreviation's period ("MARLOW FERRY, Ky.
		// (Sourcewire) —") ends a sentence there: read it from the
		// paragraph's start
		k := first - 1
		for k > 0 && k > first-8 && d.toks[k].Flags&fParaStart == 0 {
			k--
		}
		if k >= 0 && d.toks[k].Flags&fParaStart != 0 {
			if r := p.afterDateline(k, e); r > first {
				return r
			}
		}
		return first
	}
	// a brief's label in capitals: "BURGLARY: Darren Kowalczyk (34) …"
	if t := &d.toks[first]; t.Kind == tWord && t.Flags&fUpper != 0 && first+2 < e && d.toks[first+1].First == ':' {
		return first + 2
	}
	for k := first; k < e && k < first+14; k++ {
		t := d.toks[k]
		switch {
		case t.Kind == tPunct && ((t.First == firstEmDash || t.First == firstEnDash) && t.End-t.Start == 3 || t.First == '-' && t.Flags&fSpace != 0):
			if k > first {
				return k + 1
			}
			return first
		case t.Kind == tWord && t.Flags&fCap != 0, t.Kind == tNum:
		case t.Kind == tWord && t.End-t.Start <= 3 && p.inSet(k, wsTimeStamp): // (none is longer)
			// a live blog's stamp: "9:40 p.m. —"
		case t.Kind == tPunct && (d.toks[k].First == ',' || d.toks[k].First == '(' || d.toks[k].First == ')' || d.toks[k].First == '.' || d.toks[k].First == ':'):
		default:
			return first
		}
	}
	return first
}

// rejectVerbs take another's claim as their object ("rejecting his
// claim that").
var rejectVerbs = setOf("reject rejects rejected rejecting deny denies denied denying dismiss dismisses dismissed dismissing dispute disputes disputed disputing contest contests contested contesting challenge challenges challenged challenging")

// shareWords after "about a" make it a hedged share or count ("said about
// a third of buyers were …"), not a topic.
var shareWords = setOf("third quarter fifth sixth tenth half dozen hundred thousand million fraction")

// pluralNounCues are cue verb forms that are also plural nouns
// ("Research reports from the agency").
var pluralNounCues = setOf("projects reports estimates forecasts claims notes accounts charges records")

// thatConjunctions make "that" after them a conjunction ("now that the
// minister says …").
var thatConjunctions = setOf("so now such given except provided assuming considering seeing and but or yet")

// replyVerbs answer with a deed as often as with words ("replied with a
// century", "responded with two goals").
var replyVerbs = setOf("replied responded answered countered")

// timeStampWords may follow the digits of a time in a stamp.
var timeStampWords = setOf("a p m am pm gmt utc bst et pt")

// tellVerbs take the hearer as object: never inverted ("told reporters").
var tellVerbs = setOf("told tell tells telling informed assured reminded briefed")

// objPronouns may be the indirect object of "told".
var objPronouns = setOf("him her them me us you it")

// weekdays may follow a cue bare ("said Thursday").
var weekdays = setOf("monday tuesday wednesday thursday friday saturday sunday")

// timeWords end a temporal phrase after a cue ("on Monday", "last week").
var timeWords = setOf("monday tuesday wednesday thursday friday saturday sunday week weekend month year night morning afternoon evening today yesterday tonight january february march april may june july august september october november december")

// clauseWords show a clause: an auxiliary, modal or subject pronoun.
var clauseWords = setOf("would will could can may might should must had has have was were is are did does do 's 're 'd 've he she it they we i there")

// verbCue decides whether the cue verb at j is an attribution and adds it.
func (p *attrPass) verbCue(j int, v cueVerb, first, last, si, n0 int) bool {
	d := p.d
	// the flags of the word before the verb, read once (0 for none: set
	// flags are 0 for a token that is no word)
	var pf wordFlag
	var ps setFlag
	if j > first {
		pf, ps = p.tf[j-1], d.sf[j-1]
	}
	// a participle or adjective after a determiner: "an estimated 14,000",
	// "the reported cases" (not a number ending a mention: "the mother
	// of two said").
	if ps&sDet != 0 && p.mentEnd[j-1] < 0 {
		return false
	}
	// a speech verb right before: "said objects this well known were …"
	// opens its content with a noun
	if ps&sCue != 0 && d.toks[j-1].Flags&fCap == 0 && d.toks[j-1].ID >= 0 && d.cueOf[d.toks[j-1].ID].class == cueSpeech {
		return false
	}
	// "quoted as saying": start the subject search before "was quoted as"
	jv := j
	if pf&wKW == kwAs && j-3 > first && (p.tf[j-2]&wKW == kwQuoted || p.tf[j-2]&wKW == kwCited) && (d.sf[j-3]&sBe != 0) {
		jv = j - 3
		pf, ps = p.tf[jv-1], d.sf[jv-1]
	}
	// negated and passive look back through the words before the verb:
	// only a negator, auxiliary, be-form or "to" right before it can make
	// either true, so most cues skip both calls
	if ps&(sNeg|sAux|sBe) != 0 || pf&dNeg != 0 || pf&wKW == kwTo {
		if p.negated(jv, first) {
			return false
		}
		if v.form == formPast && d.passive(jv, first) {
			return false
		}
	}
	if j+1 < last {
		// (the rare class or word first: these ran for every cue)
		kw := p.tf[j+1] & wKW
		// "Written comments can be sent", "Early reports were wrong", "…,
		// and demand was ‘roughly five times’": a present form followed
		// by a modal or a form of be is a noun, whatever the subject
		if (v.form == formBase || v.form == formS) && (p.tf[j+1]&wBe != 0 || d.sf[j+1]&sAux != 0 && p.inSet(j+1, wsModal)) { // (modals are auxiliaries)
			return false
		}
		// "the consensus forecast compiled by the company": a noun
		// before a participle and its agent
		if (v.form == formBase || v.form == formS) && j+2 < last && p.tf[j+1]&dEd != 0 && p.tf[j+2]&wKW == kwBy {
			return false
		}
		// "declined to comment on reports that": a noun after a
		// preposition
		if v.form == formS && j > first && d.sf[j-1]&sBlock != 0 && pluralNounCues[d.lower(j)] {
			return false
		}
		// "has agreed a contract": a deal, not words
		if (kw == kwA || kw == kwAn) && v.class == cueClause && strings.HasPrefix(d.lower(j), "agree") {
			return false
		}
		// byline: "X reported from Brussels"
		if w := p.tf[j] & wKW; kw == kwFrom && v.class != cueSpeech && j+2 < last && p.d.toks[j+2].Flags&fCap != 0 && (w == kwReported || w == kwReporting || w == kwReports) {
			return false
		}
		// "Restoration projects in Virginia", "Research reports from the
		// agency": a plural noun after a bare capitalized word opening
		// the sentence, before a preposition, not a verb
		if v.form == formS && j == first+1 && ps&sDet == 0 && d.toks[first].Flags&fCap != 0 && pluralNounCues[d.lower(j)] &&
			(kw == kwIn || kw == kwFrom || kw == kwOf || kw == kwAt || kw == kwFor || d.lower(j+1) == "alone") {
			return false // (and "Car claims alone could top 40,000")
		}
		// "Insurance records shown to the jury showed": a participle
		// with no have or be before it modifies the noun
		if v.form == formPast && ps&(sAux|sBe) == 0 && j > first && d.toks[j-1].Kind == tWord && (d.lower(j) == "shown" || d.lower(j) == "written") {
			return false
		}
		// "rejecting his claim that …": the claim is the owner's, and
		// the verb's object a noun
		if (kw == kwHis || kw == kwHer || kw == kwTheir || kw == kwIts) && j+3 < last && (p.tf[j+3]&wKW == kwThat || p.tf[j+2]&wKW == kwThat) && rejectVerbs[d.lower(j)] {
			return false
		}
		// "called for", "called on": demands, not words quoted; "when
		// his alarm company called,": a telephone call
		if v.class == cueCall && (kw == kwFor || kw == kwOn || kw == kwOff || d.toks[j+1].Kind == tPunct && (d.toks[j+1].First == ',' || d.toks[j+1].First == ';') && (j == 0 || p.qOf[j-1] < 0) && (j < 2 || p.qOf[j-2] < 0)) {
			return false
		}
		// "in a video posted by Valbruna", "figures released by the
		// agency": a participle after a noun, whose agent follows
		if kw == kwBy && v.form == formPast && ps&(sAux|sBe) == 0 && j > first && p.mentEnd[j-1] < 0 && d.toks[j-1].Kind == tWord {
			return false
		}
	}
	// a cue inside the clause the sentence's last cue reports has its
	// subject in that clause: "Lopez said third place felt “like a win”"
	if len(p.attrs) > n0 {
		if a := &p.attrs[len(p.attrs)-1]; a.quote < 0 && a.content.Start < int(d.toks[j].Start) && int(d.toks[j].Start) < a.content.End {
			if c := p.tokenIn(a.content.Start, first, j); c > first && c < jv {
				first = c
			}
		}
	}
	subj, inverted, coord := p.cueSubject(j, jv, v, first, last, n0)
	if subj < 0 || p.ments[subj].kind == mkPron && p.tf[p.ments[subj].first]&wObject != 0 {
		return false // "him", "her", "them" speak in no attribution
	}
	// ("than" is one of subjectBlockers: the flag spares most a call)
	if f := int(p.ments[subj].first); !inverted && f > 0 && d.sf[f-1]&sBlock != 0 && d.lower(f-1) == "than" {
		return false // "more than economists had forecast": a comparison
	}
	if !inverted && !coord && !p.canBeSubject(subj, v, j, first, n0) {
		return false
	}
	// "the song, which he wrote with the band's singer", "a rise, which it
	// called “fair”": what the relative pronoun stands for is the verb's
	// object, not words reported
	if f := int(p.ments[subj].first); !inverted && f > first && p.tf[f-1]&wKW == kwWhich && p.ments[subj].kind == mkPron {
		return false
	}
	// "the $2.4 trillion a year that its analysts estimate developing
	// economies need": an object relative after a noun, not a report
	// (not "a deal that a person familiar with the matter said could
	// value …": the cue is a parenthesis inside the relative clause)
	if f := int(p.ments[subj].first); !inverted && f-2 >= first && p.tf[f-1]&wKW == kwThat && p.qOf[f-1] < 0 && j+1 < last && p.tf[j+1]&(wAux|wBe) == 0 && d.sf[j+1]&sFinite == 0 {
		if t := &d.toks[f-2]; t.Kind == tWord && t.Flags&fCap == 0 && p.tf[f-2]&(wCue|wAux|wBe|dEd|dIng|wDet|wPron) == 0 && d.sf[f-2]&(sCue|sAdvStart) == 0 &&
			!strings.HasSuffix(d.lower(f-2), "ly") && !p.inSet(f-2, wsThatConjunction) {
			return false
		}
	}
	// an object pronoun right after the verb is not its subject: "Feeney
	// called him “the quietest genius”"
	if !inverted && j+1 < last {
		if o := p.mentStart[j+1]; o >= 0 && o != subj && p.ments[o].kind == mkPron && p.tf[j+1]&wObject != 0 {
			p.disjoint[o] = subj + 1
		}
	}
	if v.class == cueQuoteOnly {
		return p.quoteOnlyCue(j, v, subj, inverted, first, last, si)
	}
	return p.cueContent(j, jv, v, subj, inverted, coord, first, last, si, n0)
}

// cueSubject finds the subject of the cue verb at j (jv: where the words
// before the verb end): before it, through auxiliaries, a time phrase, a
// bracket or an appositive; after it when inverted; or that of a verb it
// is coordinated with. It returns -1 when there is none.
func (p *attrPass) cueSubject(j, jv int, v cueVerb, first, last, n0 int) (subj int32, inverted, coord bool) {
	d := p.d
	subj = -1
	k := jv - 1
	for k >= first && d.toks[k].Kind == tWord && (d.sf[k]&sAux != 0) && p.mentEnd[k] < 0 {
		k--
	}
	// a temporal phrase between subject and verb: "Kim on Monday said"
	// (not a participle's: "The man arrested on Monday said")
	if k-1 >= first && d.toks[k].Kind == tWord && (d.sf[k]&sTime != 0) && (p.tf[k-1]&wKW == kwOn || p.tf[k-1]&wKW == kwLast || p.tf[k-1]&wKW == kwThis) &&
		!(k-2 >= first && d.toks[k-2].Kind == tWord && d.toks[k-2].Flags&fCap == 0 && p.tf[k-2]&(dEd|dIng) != 0 && p.mentEnd[k-2] < 0) {
		k -= 2
		for k >= first && d.toks[k].Kind == tWord && (d.sf[k]&sAux != 0) && p.mentEnd[k] < 0 {
			k--
		}
	}
	if k < first {
		// nothing before the verb: only an inverted subject after it
		if v.form != formIng && p.invertedSubject(j, v, first, last) {
			return p.mentStart[j+1], true, false
		}
		return -1, false, false
	}
	// a bracket after the subject: "The Northern Transit Workers’ Union
	// (NTWU) said", "Sen. Amy Cole (D-Calif.) said", "Martin Oduya (Lab,
	// Kingsway) said"
	b := d.toks[k].First
	if k > first && b == ')' { // parenBefore's first test, inline
		if o := p.parenBefore(k, first); o > first && p.mentEnd[o-1] >= 0 {
			k = o - 1
			b = d.toks[k].First
		}
	}
	kw := p.tf[k] & wKW
	switch {
	case v.form == formIng:
		// "…, adding that …": the subject of the previous attribution, or
		// of the sentence ("Zelenskyy thanked Biden, writing that …").
		if (b == ',' || kw == kwAnd) && len(p.attrs) > n0 {
			subj = p.attrs[len(p.attrs)-1].subj
			coord = true
		} else if b == ',' {
			if subj = p.clauseSubject(first, j); subj < 0 || p.ments[subj].kind == mkDoc {
				return -1, false, false
			}
			coord = true
		} else {
			return -1, false, false
		}
	case p.mentEnd[k] >= 0 && p.qOf[k] < 0:
		subj = p.mentEnd[k]
		if m := &p.ments[subj]; int(m.first) > first && d.sf[int(m.first)-1]&sBlock != 0 {
			// the object of a preposition ("A complaint filed on behalf
			// of a nurse alleges"): the subject is further left
			if a := p.affiliated(subj, first); a != subj {
				subj = a // "Tomas Vreeland of the Green Alliance called"
			} else if s := p.skipAppositive(k, first); s >= 0 {
				// only through a participle or "who" right after it, and
				// not past a clause's opener ("after a judge told")
				if l := int(p.ments[s].last); l < k && d.toks[l].Kind == tWord && (p.tf[l]&(dEd|dIng) != 0 && d.toks[l].Flags&fCap == 0 || p.tf[l]&wKW == kwWho && !p.inSet(int(m.first)-1, wsSubordinator)) {
					subj = s
				}
			}
		}
	case b == ',' && k > first && p.mentEnd[k-1] >= 0 && p.ments[p.mentEnd[k-1]].kind == mkName && p.ments[p.mentEnd[k-1]].hasComma(d):
		// (not "a nurse in Columbus, Ohio": a place's comma)
		// "the council leader, Janet Okoro, told": the appositive is the mention
		subj = p.mentEnd[k-1]
	case j+1 < last && p.mentStart[j+1] >= 0 && p.invertedSubject(j, v, first, last) && // its first tests inline
		!(k > first && b == ',' && int(p.ments[p.mentStart[j+1]].last) < last && d.toks[p.ments[p.mentStart[j+1]].last].Kind == tWord && p.openingAppositive(k, first)):
		subj, inverted = p.mentStart[j+1], true
	case kw == kwAnd || kw == kwBut:
		// coordinated: "reported … and said", "thanked her staff and said"
		coord = true
		if len(p.attrs) > n0 {
			subj = p.attrs[len(p.attrs)-1].subj
		} else if m := p.sentenceSubject(first, j); m >= 0 {
			subj = m
		}
		if subj >= 0 && v.class == cueThat && p.ments[subj].kind != mkDoc && strings.HasPrefix(d.lower(j), "show") {
			// "Mr Aske said third place was the best result and showed
			// ‘…’": what a document or data shows, not a person
			return -1, false, false
		}
	default:
		if b == ',' && k > first && v.class != cueAs {
			// (not "the Copper Kettle, known to regulars as": a participle)
			if subj = p.nameBeforeComma(k, first); subj >= 0 {
				break
			}
		}
		subj = p.skipAppositive(k, first)
		if subj < 0 {
			subj = p.participleBefore(k, first)
		}
		if subj >= 0 {
			// an appositive of the sentence's first mention, before a
			// participle phrase: "A report by the Harbourside Institute,
			// a Sydney think tank, released last week, found"
			if m := &p.ments[subj]; !m.definite && m.kind != mkName && m.kind != mkPron {
				if f := int(m.first); f-2 >= first && d.toks[f-1].Kind == tPunct && d.toks[f-1].First == ',' {
					// (or opens the clause after a quote: "“…,” Whitfield, a
					// nurse in Columbus, Ohio, said")
					if o := p.mentEnd[f-2]; o >= 0 && (int(p.ments[o].first) == first || p.ments[o].first > 0 && d.toks[p.ments[o].first-1].Kind == tQuote) {
						subj = o
					}
				}
			}
		}
	}
	return subj, inverted, coord
}

// indefinite reports a mention opened by "a" or "an": a description,
// unless a name follows its comma ("A city spokeswoman, Dana Fuller").
func (p *attrPass) indefinite(mi int32) bool {
	switch p.d.lower(int(p.ments[mi].first)) {
	case "a", "an":
		return true
	}
	return false
}

// nameBeforeComma returns the subject of "…, NAME, said" with the comma at
// k, or -1: a name set off by commas right before the verb is the speaker
// whatever opens the sentence, an appositive of it ("The top Republican
// on the committee, Sen. Dale Hutchins, said"; "A co-author, Tomás
// Echeverría of the Andes Climate Centre, said") or an adverbial ("In a
// statement read by his mother, Mr Okonedo, now 20, said"). An age may
// follow the name (", 20,", ", now 20,"), and "of" and a body (affiliated).
// Not a name after a preposition or another word ("signed by Smith,
// said"), nor one with no sign of a person unless a role comes before it.
func (p *attrPass) nameBeforeComma(k, first int) int32 {
	d := p.d
	toks := d.toks
	x := k - 1
	if x > first && toks[x].First == ')' {
		// a bracket after the name: "Dutch MEP Joost van Leeuwen (Renew
		// Europe), said"
		if o := p.parenBefore(x, first); o > first {
			x = o - 1
		}
	}
	if toks[x].Kind == tNum && x-1 > first {
		// an age: ", 20," or ", now 20,"
		c := x - 1
		if toks[c].Kind == tWord && (d.lower(c) == "now" || d.lower(c) == "aged") {
			c--
		}
		if c <= first || toks[c].Kind != tPunct || toks[c].First != ',' {
			return -1
		}
		x = c - 1
	}
	mi := p.mentEnd[x]
	if mi < 0 || p.qOf[x] >= 0 {
		return -1
	}
	mi = p.affiliated(mi, first)
	m := &p.ments[mi]
	if m.kind != mkName || m.ev&(evOrg) != 0 && !(m.ev&evPerson != 0 && m.hasComma(d)) || p.indefinite(mi) && !m.hasComma(d) {
		return -1 // (but a role and a person's name: "the county’s disaster coordinator, Samuel Otieno"; not "a 68-year-old former Olympian": a description)
	}
	f := int(m.first)
	if f > first && (toks[f-1].Kind != tPunct || toks[f-1].First != ',') {
		return -1
	}
	for x := f; x < int(m.nameF); x++ {
		if p.tf[x]&wKW == kwOf {
			// "Clara Whitcombe, co-founder of Bristol roaster Hillside
			// Beans, said": the name is the role's firm, an appositive
			return -1
		}
	}
	// a person's name, or one set off after a role or a common noun: not
	// a place in a list ("Kearney, 41, from Ballinvar, Co Leacht, said")
	if m.ev&evPerson == 0 && !m.hasComma(d) { // (a role, a comma and the name: a person)
		if f-2 < first {
			return -1
		}
		if r := p.mentEnd[f-2]; r >= 0 && p.ments[r].kind != mkRole && p.ments[r].kind != mkAnon ||
			r < 0 && !p.nounOpener(first, f-1) {
			return -1
		}
		if f-3 > first && p.townAt(f-2) {
			return -1 // a state after its town: "a nurse in Columbus, Ohio, said"
		}
	}
	return mi
}

// invertedSubject reports whether the mention right after the cue verb
// at j is its subject: "…,” said Kim", "said Arkwright, 52."
func (p *attrPass) invertedSubject(j int, v cueVerb, first, last int) bool {
	return j+1 < last && p.mentStart[j+1] >= 0 && p.tf[j+1]&wKW != kwIt && (v.class == cueSpeech || v.class == cueClause || v.class == cueQuoteOnly) && p.d.sf[j]&sTell == 0 && p.invertedSlot(j, first) && p.clauseEndsAfter(int(p.ments[p.mentStart[j+1]].last), last)
}

// quoteOnlyCue adds the attribution of a verb that reports words only
// next to a quote (asked, laughed), when there is one.
func (p *attrPass) quoteOnlyCue(j int, v cueVerb, subj int32, inverted bool, first, last, si int) bool {
	d := p.d
	sm := &p.ments[subj]
	if v.form == formIng {
		return false // "she said, laughing"
	}
	before := int(sm.first)
	if inverted {
		before = j
	}
	q := p.quoteBefore(before, first)
	if q < 0 {
		c := j + 1
		if inverted {
			c = int(sm.last)
		}
		if q = p.quoteAfter(c, last, 2); q >= 0 && p.quoteFirst(q) > c && d.toks[p.quoteFirst(q)-1].First != ':' && d.toks[p.quoteFirst(q)-1].First != ',' {
			q = -1
		}
	}
	if q < 0 {
		return false
	}
	return p.quoteContent(p.newAttr(subj, Span{int(d.toks[j].Start), int(d.toks[j].End)}, j, si), q)
}

// cueContent finds the content of the cue verb at j with subject subj —
// an adjacent quote, the clause before a post-posed cue, or the clause
// the verb governs — and adds the attribution; false when there is none.
func (p *attrPass) cueContent(j, jv int, v cueVerb, subj int32, inverted, coord bool, first, last, si, n0 int) bool {
	d := p.d
	// locals: p.tf and the rest were reloaded through p after every call
	toks, tf, sf, qOf, mentStart := d.toks, p.tf, d.sf, p.qOf, p.mentStart
	sm := &p.ments[subj]
	w := tf[j] & wKW // the cue verb's keyword code
	// the complement: after the subject when inverted, after the object
	// of "told", after "that".
	c := j + 1
	if inverted {
		c = int(sm.last)
	}
	tellLike := w != 0 && (w == kwTold || w == kwTell || w == kwTells || w == kwTelling || w == kwInformed || w == kwAssured || w == kwReminded || w == kwWarned && c < last && (sf[c]&sObjPron != 0))
	obj := int32(-1) // the hearer: "told him"
	if tellLike && c < last && qOf[c] < 0 && toks[c].First != ',' && toks[c].First != ':' && tf[c]&wKW != kwThat {
		switch {
		case toks[c].Kind == tWord && (sf[c]&sObjPron != 0):
			obj = mentStart[c]
			c++
		case mentStart[c] >= 0:
			obj = mentStart[c]
			c = int(p.ments[mentStart[c]].last)
		case toks[c].Kind == tWord && toks[c].Flags&fCap == 0 && sf[c]&sClause == 0:
			c++ // told reporters
			if c < last && toks[c].Kind == tWord && (tf[c-1]&wKW == kwA || tf[c-1]&wKW == kwAn || tf[c-1]&wKW == kwThe) {
				// told a meeting, told an audience (of …: stop at a preposition)
				// (and at the next determiner or pronoun: "told the hearing
				// the family had waited")
				for n := 0; n < 3 && c < last && toks[c].Kind == tWord && tf[c]&wKW != kwThat && sf[c]&(sClause|sAdvStart) == 0; n++ {
					if kw := tf[c] & wKW; n > 0 && (kw == kwThe || kw == kwA || kw == kwAn || tf[c]&wPron != 0) {
						break
					}
					c++
				}
			}
		}
	}
	a := p.newAttr(subj, Span{int(toks[j].Start), int(toks[j].End)}, j, si)
	// an adjacent quote before: “…,” she said / “…,” said Kim
	before := int(sm.first)
	if inverted {
		before = j
	}
	// quoteBefore's first tests, inline: a quoted token right before, or
	// one before that
	if k := before - 1; k >= first && (qOf[k] >= 0 || k > first && qOf[k-1] >= 0) {
		if q := p.quoteBefore(before, first); q >= 0 {
			if c < p.qEnd {
				if q2 := p.quoteAfter(c, last, 4); q2 >= 0 {
					a.quote2 = int32(q2)
				}
			}
			return p.quoteContent(a, q)
		}
	}
	// describe … as, call … “…”
	if v.class == cueAs || v.class == cueCall {
		q := -1
		if c < p.qEnd {
			q = p.quoteAfter(c, last, 10)
		}
		if q < 0 {
			if v.class == cueCall {
				return false
			}
			as := -1
			for k := c; k < last && k < c+10; k++ {
				if tf[k]&wKW == kwAs {
					as = k
					break
				}
			}
			if as < 0 {
				return false
			}
			a.content = p.clauseSpan(as+1, last)
			a.forward = true
		} else {
			a.inline = true
			return p.quoteContent(a, q)
		}
		return p.add(a)
	}
	// a quote after: she said: “…” / he told reporters, “…”
	q := -1
	if c < p.qEnd {
		q = p.quoteAfter(c, last, 12)
	}
	if q >= 0 && (int(p.qFirst[q]) == c || int(p.qFirst[q]) > c && (toks[p.qFirst[q]-1].First == ':' || toks[p.qFirst[q]-1].First == ',')) {
		return p.quoteContent(a, q)
	}
	// "she recalled the first day she measured the air from a borrowed
	// van: “I thought the instrument was broken.”": an object, a colon and
	// the quote, however long the object
	if q < 0 && v.class != cueThat && (p.colonAt > c || p.colonAt == -2 && p.lastColon(last) > c) { // (read once a sentence)
		for k := c + 1; k+1 < last && k < c+40; k++ {
			if qOf[k] >= 0 || sf[k]&sCue != 0 {
				break
			}
			if toks[k].First == ':' {
				if x := qOf[k+1]; x >= 0 && int(p.qFirst[x]) == k+1 {
					return p.quoteContent(a, int(x))
				}
				break
			}
		}
	}
	// "He recalled his first day:" and the quote opens the next paragraph
	// (its distance first: the sentence's last token is far from the cue
	// in memory, a cache miss)
	if last-c < 12 && last < len(d.toks) && toks[last-1].First == ':' && qOf[last] >= 0 && int(p.qFirst[qOf[last]]) == last {
		return p.quoteContent(a, int(qOf[last]))
	}
	// "The company will report results on Feb. 10", "would declare a
	// state of emergency": after a modal the words are not said yet
	if v.form == formBase && !inverted && p.modalBefore(jv, int(sm.last)) {
		return false
	}
	// post-posed: "…, the union said." — the clause before the comma or
	// a quote ending in one
	end := int(sm.first)
	if inverted {
		end = j
	}
	if end > first && (toks[end-1].First == ',' || qOf[end-1] >= 0) && p.postposedContent(a, c, end, first, last) {
		return true
	}
	if end == first && !inverted && first > 1 && qOf[first-1] >= 0 { // (askedBefore's first test, inline)
		if q := p.askedBefore(first); q >= 0 && (p.restIsAdverbial(c, last) || !p.looksLikeClause(c, last)) {
			return p.quoteContent(a, q)
		}
	}
	// indirect speech: the clause after the cue.
	that := false
	// "added six minutes of stoppage time that …": a quantity object; the
	// "that" after it is a relative pronoun
	quantity := false
	if c < last {
		// inSet's memo, inline
		if t := toks[c]; t.Kind == tNum {
			quantity = true
		} else if t.Kind == tWord {
			if m := p.wsets[t.ID]; m != 0 {
				quantity = m&wsSmallNumber != 0
			} else {
				quantity = p.smallNumber(c)
			}
		}
	}
	if !quantity {
		// (not a demonstrative: "disputed that figure.", "denied that
		// claim on Monday")
		if k := p.thatAt(c, last); k >= 0 && !(k+2 < last && toks[k+1].Kind == tWord && toks[k+1].Flags&fCap == 0 && qOf[k+1] < 0 && sf[k+1]&sDet == 0 &&
			(toks[k+2].First == '.' || toks[k+2].First == ';' || sf[k+2]&sPrepPP != 0 || tf[k+2]&wKW == kwOn) && !p.looksLikeClause(k+1, last)) {
			that = true
			if kw := tf[k-1] & wKW; k-1 <= c || kw != kwAnd && kw != kwBut {
				c = k + 1 // (but "said the line paid for tutoring and that …": both clauses)
			}
		}
	}
	// skipLeadingTime skips only from a time or adverbial word (its
	// keywords but "since" are adverbialStart)
	if !that && c < last && toks[c].Kind == tWord && sf[c]&(sAdvStart|sWeekday|sTime|sPrepPP) != 0 && p.shortAdverbial(c, last) {
		return false // "replied within minutes.": no words reported
	}
	if !that && c < last && tf[c]&wKW == kwWith && p.inSet(c-1, wsReplyVerb) {
		return false // "Okonjo replied with centuries of 118 and 139": a deed
	}
	if !that && c < last && (sf[c]&(sTime|sAdvStart) != 0 || tf[c]&wKW == kwSince) {
		c = p.skipLeadingTime(c, last)
	}
	if c >= last {
		return false
	}
	inner := coord && len(p.attrs) > n0 && p.attrs[len(p.attrs)-1].forward && p.attrs[len(p.attrs)-1].content.End > int(toks[j].Start) &&
		p.looksLikeClause(p.tokenIn(p.attrs[len(p.attrs)-1].content.Start, first, j), j)
	if v.form == formIng || inner {
		// "…, laughing", "he would raise it … and ask for help": the verb
		// needs a clause of its own
		if !that && !p.looksLikeClause(c, last) {
			return false
		}
	}
	switch v.class {
	case cueClause, cueThat, cuePhrasal:
		if !that && (!p.looksLikeClause(c, last) || quantity && v.class == cueClause) &&
			!(v.class == cueThat && sm.kind == mkDoc && qOf[c] < 0 && (sf[c]&sDet != 0 || p.ingAfter(c, last))) {
			// "He added 500 jobs" (but what a document shows is a report:
			// "figures showed a rise in …")
			return false
		}
		if v.class == cueThat && !that && qOf[c] < 0 && toks[c].Flags&fCap != 0 {
			x := c + 1 // past the name: "found DeShawn Riley for a score"
			for x < last && x < c+4 && toks[x].Kind == tWord && toks[x].Flags&fCap != 0 {
				x++
			}
			if x < last && (toks[x].Kind == tPunct && !(toks[x].First == ',' && p.looksLikeClause(c, last)) || (sf[x]&sPrepPP != 0) || tf[x]&wKW == kwOn) {
				return false // "found Pruitt in a back bedroom" (not "show Kuczynski, 47, was convicted")
			}
		}
	case cueSpeech:
		if toks[c].Kind == tPunct && toks[c].First != '$' && d.tok(c) != "£" && d.tok(c) != "€" {
			// "As Kim said, the war is over": the clause after the comma
			if f := int(sm.first); toks[c].First == ',' && f > first && tf[f-1]&wKW == kwAs && c+1 < last {
				a.content = p.clauseSpan(c+1, p.cutTail(c+1, last, v.form == formPast))
				if a.content.Start >= 0 {
					return p.add(a)
				}
			}
			return false
		}
		if w := tf[c] & wKW; (w == kwNothing || w == kwLittle) && !(c+1 < last && (p.relativeVerb(c+1) || tf[c+1]&(wAux|wBe) != 0)) {
			return false // "said nothing", not "said nothing had been decided"
		}
		if !that && tf[c]&wKW == kwTo {
			return false // "had written to Hearthwell twice": a letter sent, no words reported
		}
		if !that && c+1 < last && toks[c].End-toks[c].Start == 5 && d.lower(c) == "about" && toks[c+1].Kind == tWord && (possessiveDets[d.lower(c+1)] || topicDets[d.lower(c+1)]) &&
			!(c+2 < last && shareWords[d.lower(c+2)]) {
			return false // "wrote about the work": a topic, no words reported (not "said about 40", "said about a third of buyers")
		}
		if !that && qOf[c] < 0 && toks[c].Kind == tWord && v.write && !p.looksLikeClause(c, last) {
			return false // "had written a letter of apology", "writes fine scenes": a thing written, no words reported
		}
	}
	if tellLike && !that && (tf[c]&wKW == kwTo || !p.looksLikeClause(c, last)) {
		// "told his players to stay calm", "told the story of her
		// grandmother": an order or a plain object, not a report
		return false
	}
	if !that && v.order && p.toBefore(c, last) {
		return false // "urged the committee to wait": a request, not a report
	}
	if !that && c+1 < last && toks[c].First == ',' && (tf[c+1]&wKW == kwBut || tf[c+1]&wKW == kwAnd || tf[c+1]&wKW == kwWhich) {
		return false // "beating Wall Street forecasts, but its shares fell": no complement
	}
	e := p.cutTail(c, last, v.form == formPast)
	if f := int(sm.first); f > first && toks[f-1].Kind == tWord && p.inSet(f-1, wsSubordinator) {
		// "When Pryce told MPs that it was on track, he was telling only
		// part of the story": the main clause after the comma is the
		// writer's
		for k := c + 1; k < e; k++ {
			if qOf[k] < 0 && toks[k].First == ',' {
				e = k
				break
			}
		}
	}
	if !that && !p.looksLikeClause(c, e) {
		// a plain object: "reported a 22% fall … on Monday" — the time is
		// the report's, not the content's, and so is what follows it
		// ("… on Tuesday, as shoppers pulled back")
		for x := c + 2; x+1 < e; x++ {
			if kw := tf[x] & wKW; (kw == kwOn || kw == kwLast) && sf[x+1]&sTime != 0 && qOf[x] < 0 && x+2 < e && toks[x+2].First == ',' {
				e = x + 2
				break
			}
		}
		e = p.trimTime(c, e)
	}
	a.content = p.clauseSpan(c, e)
	a.forward = true
	if a.content.Start < 0 {
		return false
	}
	// a pronoun opening the content refers to the subject ("the company
	// said it …").
	if obj >= 0 && p.ments[obj].kind == mkPron {
		// "His cardiologist told him": him is not the cardiologist
		p.disjoint[obj] = subj + 1
	}
	if c < last && mentStart[c] >= 0 && p.ments[mentStart[c]].kind == mkPron {
		// "told him he had lost": he is the hearer; "told Reuters they
		// heard gunfire": they are the tellers
		if obj >= 0 && p.ments[obj].kind == mkPron {
			p.ctxSubj[mentStart[c]] = obj
		} else {
			p.ctxSubj[mentStart[c]] = subj
		}
	}
	return p.add(a)
}

// lastColon returns the last colon outside quotes in findCues' sentence,
// which ends before token last, or -1, read once off the sentence's cue
// candidates (tokenFlags lists every such colon): most sentences have
// none, and cueContent's walk to a colon then need not run.
func (p *attrPass) lastColon(last int) int {
	if p.colonAt == -2 {
		p.colonAt = -1
		for x := p.candFrom; x < len(p.cueCands) && int(p.cueCands[x]) < last; x++ {
			if t := &p.d.toks[p.cueCands[x]]; t.Kind != tWord && t.First == ':' {
				p.colonAt = int(p.cueCands[x])
			}
		}
	}
	return p.colonAt
}

// thatAt returns the "that" opening the clause a cue governs, within 16
// tokens from c ("said that", "added, however, that"), or -1: a quote,
// punctuation but a period or colon, or a clause word ends the search; a
// relative "that" ("a call that began": relativeVerb, inline) and a
// determiner ("of that size") are passed over. A loop without calls: see
// lexFast.
func (p *attrPass) thatAt(c, last int) int {
	qOf, tf, sf, toks, mentEnd, ments := p.qOf, p.tf, p.d.sf, p.d.toks, p.mentEnd, p.ments
	n := len(toks)
	if len(qOf) != n || len(tf) != n || len(sf) != n || len(mentEnd) < n || last > n {
		return -1 // never: one entry per token (this lets one test check every index)
	}
	for k, i := c, 0; k < last && i < 16 && uint(k) < uint(n); k, i = k+1, i+1 {
		t := toks[k]
		if t.Kind != tWord {
			// punctuation or a number: a comma may open ", however,"
			b := t.First
			if x := uint(k + 2); b == ',' && k+2 < last && x < uint(n) && toks[x].First == ',' &&
				toks[x-1].Kind == tWord && toks[x-1].Flags&fCap == 0 && qOf[k] < 0 {
				k += 2 // "added, however, that …"
				continue
			}
			if b == ',' && qOf[k] < 0 {
				// an aside set off by commas before "that": "told reporters at
				// the mine, about 45 kilometres south of Copiapó, that …"
				e := -1
				for y := k + 1; y < last && y < k+14 && uint(y+1) < uint(n); y++ {
					if qOf[y] >= 0 || toks[y].Kind == tPunct && toks[y].First != ',' && toks[y].First != '.' && toks[y].First != '-' {
						break
					}
					if toks[y].First == ',' && toks[y].Kind == tPunct {
						if tf[y+1]&wKW == kwThat {
							e = y
						}
						break
					}
				}
				if e > k {
					k = e
					continue
				}
			}
			if qOf[k] >= 0 || t.Kind == tPunct && b != '.' && b != ':' && b != '-' { // ("in a 212-page decision that")
				return -1
			}
			continue
		}
		if qOf[k] >= 0 {
			return -1
		}
		if tf[k]&wKW == kwThat {
			if x := k + 1; x < last && uint(x) < uint(n) && toks[x].Kind == tWord && toks[x].Flags&fCap == 0 && (sf[x]&sFinite != 0 || toks[x].End-toks[x].Start > 4 && tf[x]&dEd != 0) ||
				k > c && uint(k-1) < uint(n) && sf[k-1]&sPrepPP != 0 {
				continue // "that the recall": a complement; "a call that began": a relative clause, look on; "of that size"
			}
			return k
		}
		if sf[k]&sClause != 0 {
			return -1
		}
		if sf[k]&sCue != 0 && k > c && uint(k-1) < uint(n) && uint(k+1) < uint(n) {
			// another reporting verb's "that": "found support fell and
			// showed that …", "said investigators found that …" (not "a
			// paper posted online … that": a participle after a document)
			if tf[k-1]&wKW == kwAnd {
				return -1
			}
			if j := uint(k - 1); j < uint(len(mentEnd)) {
				if me := uint(mentEnd[j]); me < uint(len(ments)) && (ments[me].kind != mkDoc || k+1 < last && tf[k+1]&wKW == kwThat) {
					return -1
				}
			}
		}
	}
	return -1
}

// postposedContent adds the attribution a of a cue whose subject starts
// at end, after a comma or a quote, when its content comes before:
// "…, the union said", "The conservative majority, he said, has been …".
func (p *attrPass) postposedContent(a *attr, c, end, first, last int) bool {
	d := p.d
	// "…, the agency said in a statement, and crews …": the cue's own
	// phrase before the comma is passed over
	if c+1 < last && d.toks[c].Kind == tWord && d.sf[c]&(sAdvStart|sPrepPP) != 0 {
		for k := c + 1; k < last && k <= c+6 && p.qOf[k] < 0; k++ {
			if d.toks[k].First == ',' {
				if k+1 < last && d.toks[k+1].Kind == tWord && (p.tf[k+1]&wKW == kwAnd || p.tf[k+1]&wKW == kwBut) {
					c = k // (", and crews pulled back": the claim goes on)
				}
				break
			}
			if d.toks[k].Kind != tWord || d.sf[k]&sCue != 0 || p.tf[k]&(wAux|wBe) != 0 {
				break
			}
		}
	}
	// parenthetical: "The conservative majority, he said, has been …" —
	// the whole sentence is the claim
	if end > first && d.toks[end-1].First == ',' && p.qOf[end-1] < 0 && c+1 < last && d.toks[c].First == ',' && p.qOf[c] < 0 &&
		d.toks[c+1].Kind == tWord && d.sf[c+1]&sCue == 0 && p.qOf[c+1] < 0 && !p.secondPostposed(c+1, last) &&
		p.tf[c+1]&wKW != kwAs { // (", as tariffs weighed": the writer's; ", while …", ", because …" go on with the claim)
		and := p.tf[c+1]&wKW == kwAnd && c+2 < last && p.looksLikeClause(c+2, last) // ", and more than one in four renters now spend …"
		if and || p.looksLikeClause(c+1, last) || p.tf[c+1]&(wAux|wBe|wClause) != 0 || p.claimGoesOn(c+1, last) {
			a.content = p.clauseSpan(p.afterDateline(first, end-1), last)
			if a.content.Start >= 0 {
				return p.add(a)
			}
		}
	}
	if end > first && p.restIsAdverbial(c, last) {
		ce := -1
		switch {
		case d.toks[end-1].First == ',' && p.qOf[end-1] < 0:
			ce = end - 1
		case p.qOf[end-1] >= 0 && p.quoteLast(int(p.qOf[end-1])) == end-1 && p.quoteEndsWithComma(int(p.qOf[end-1])):
			// "… to prepare for “actual war,” state media KCNA reported"
			ce = end
		}
		if ce > first {
			a.content = p.clauseSpan(p.afterDateline(p.afterPostposed(first, end), ce), ce)
			if a.content.Start >= 0 { // (a span of tokens is never empty)
				return p.add(a)
			}
		}
	}
	return false
}

// afterPostposed is where a post-posed cue's content may start in a
// sentence from first: after an earlier post-posed cue of the sentence
// and the ", and" that follows it ("Refinance applications jumped 18%, it
// said, and the average loan … reached $447,900, it added").
func (p *attrPass) afterPostposed(first, end int) int {
	if len(p.attrs) == 0 {
		return first
	}
	b := &p.attrs[len(p.attrs)-1]
	k := int(b.cueTok) + 1
	if k <= first || k >= end || b.content.End > b.cue.Start || p.d.toks[k].First != ',' {
		return first
	}
	if kw := p.tf[k+1] & wKW; kw == kwAnd || kw == kwBut {
		k++
	}
	if k+1 < end {
		return k + 1
	}
	return first
}

// secondPostposed reports whether the words from k, after "…, it said,",
// are "and" or "but" and a clause with a post-posed cue of its own at the
// sentence's end ("…, it said, and the average loan … reached $447,900, it
// added"): each cue then has its clause. Without one, the sentence is
// one claim ("… to 9,340 students, she said, and the two schools are …").
func (p *attrPass) secondPostposed(k, last int) bool {
	d := p.d
	if kw := p.tf[k] & wKW; kw != kwAnd && kw != kwBut {
		return false
	}
	e := last
	for e > k && d.toks[e-1].Kind == tPunct {
		e--
	}
	// "…, the air force said, and regional officials said at least …": a
	// subject and its cue right after "and"
	if k+1 < e {
		if m := p.mentStart[k+1]; m >= 0 && p.qOf[k+1] < 0 && p.tf[k+1]&wKW != kwIt { // (not "…, she says, and it shows")
			if l := int(p.ments[m].last); l < e && d.sf[l]&sCue != 0 {
				return true
			}
		}
	}
	// ", it added" / ", the company added": a cue among the last four words,
	// a comma before it
	for j := e - 1; j > k+2 && j >= e-4; j-- {
		if d.sf[j]&sCue != 0 {
			for c := j - 1; c > k+1 && c >= j-4; c-- {
				if d.toks[c].First == ',' && p.qOf[c] < 0 {
					return true
				}
			}
		}
	}
	return false
}

// participleBefore returns the document or body whose participle phrase
// ends at token k, right before the cue: "customs data published last
// week showed", "a survey conducted in May found"; or -1.
func (p *attrPass) participleBefore(k, first int) int32 {
	d := p.d
	// (over an agent and its appositive too: "A report published on
	// Tuesday by the Northfield Foundation, a think tank, found")
	for x := k; x > first && x >= k-16; x-- {
		if p.qOf[x] >= 0 || d.toks[x].Kind == tPunct && d.toks[x].First != ',' {
			return -1
		}
		if d.toks[x].Kind != tWord {
			continue
		}
		if p.tf[x]&dEd != 0 && d.toks[x].Flags&fCap == 0 && p.tf[x]&(wAux|wBe) == 0 {
			if m := p.mentEnd[x-1]; m >= 0 && (p.ments[m].kind == mkDoc || p.ments[m].kind == mkOrg) {
				return m
			}
			return -1
		}
	}
	return -1
}

// askedBefore returns the quote that ends right before the sentence
// from first with a question or exclamation mark, when no attribution has
// taken it, or -1: “Would we even be here?” Justice Whitcomb asked. The
// mark ends a sentence of its own before a capital, and its speaker
// follows in the next.
func (p *attrPass) askedBefore(first int) int {
	d := p.d
	k := first - 1
	if k < 1 || d.toks[first].Flags&fParaStart != 0 || p.qOf[k] < 0 {
		return -1
	}
	q := int(p.qOf[k])
	if int(p.qLast[q]) != k || d.toks[k-1].First != '?' && d.toks[k-1].First != '!' {
		return -1
	}
	// an attribution that took q has its cue near it: look no further
	// back (attributions run in text order; a scan of them all made a
	// page of “…?” Smith asked. quadratic)
	for i := len(p.attrs) - 1; i >= 0 && int(p.attrs[i].cueTok) >= int(p.qFirst[q])-64; i-- {
		if int(p.attrs[i].quote) == q || int(p.attrs[i].quote2) == q {
			return -1
		}
	}
	return q
}

// quoteContent adds the attribution a with quote q as its content.
func (p *attrPass) quoteContent(a *attr, q int) bool {
	a.content, a.quote = p.d.res.Quotes[q].Span, int32(q)
	return p.add(a)
}

// newAttr returns the next attribution's place in p.attrs, set for the cue
// at token j (its span cue) in sentence si with subject subj, no content
// and no quote; add keeps it. Set in place, field by field: an attr made
// and passed by value was a memory.fill and a memory.copy or two a cue
// under wasm (TestMentionReset keeps the fields set here complete).
func (p *attrPass) newAttr(subj int32, cue Span, j, si int) *attr {
	if len(p.attrs) == cap(p.attrs) {
		p.attrs = append(p.attrs, attr{})[:len(p.attrs)]
	}
	a := &p.attrs[:len(p.attrs)+1][len(p.attrs)]
	a.subj, a.cue, a.cueTok, a.content = subj, cue, int32(j), Span{}
	a.quote, a.quote2, a.sent, a.forward, a.inline = -1, -1, int32(si), false, false
	return a
}

// add keeps the attribution a, the place newAttr gave (no other attr is
// made in between).
func (p *attrPass) add(a *attr) bool {
	p.attrs = p.attrs[:len(p.attrs)+1]
	return true
}

// prepositions before a noun phrase make it an object, not a subject
// ("nobody in Millbank has said").
var subjectBlockers = setOf("in of at for from with by to on into about over under after before between among against without outside inside near within across beyond behind beside what whom than whether")

// modalVerbs do not follow a reporting verb: "comments can be sent".
var modalVerbs = setOf("will would could can may might shall should must has have had")

// subordinators open a clause that a main clause follows after a comma.
var subordinators = setOf("when whenever if although though while because once whereas unless after before since until")

// pluralSubjects may go with a base-form verb ("they say").
var pluralSubjects = setOf("they we i you")

// canBeSubject reports whether mention mi may be the subject of the cue
// verb at j: not the object of a preposition, not a bare singular noun
// ("member states"), agreeing with a base form ("they say", not "a club
// record"), and not the subject of a clause already reported in this
// sentence ("Nwosu said Ostmark had reported …").
func (p *attrPass) canBeSubject(mi int32, v cueVerb, j, first, n0 int) bool {
	d := p.d
	m := &p.ments[mi]
	f := int(m.first)
	if f > first && d.toks[f-1].Kind == tWord && (d.sf[f-1]&sBlock != 0) {
		// "after" and "before" join a clause when the verb follows the
		// mention at once: "shares rose after the company said …"
		kw := p.tf[f-1] & wKW
		k := j - 1
		for k > int(m.last)-1 && d.sf[k]&sAux != 0 {
			k--
		}
		// "what Garside calls ‘three men and a van’": the naming verb's
		// words follow it
		naming := v.class == cueCall && d.lower(f-1) == "what"
		if (kw != kwAfter && kw != kwBefore || k != int(m.last)-1) && !naming {
			return false
		}
	}
	if m.last-m.first == 1 && m.kind != mkName && m.kind != mkPron && m.kind != mkGroup && d.toks[f].Flags&fCap == 0 {
		// (a bare plural document speaks: "…, figures released on
		// Monday showed", "records show")
		if fl := p.tf[f]; fl&(wAnon|wAnonPeople|wGroup) == 0 && d.sf[f]&sBare == 0 && (m.kind != mkDoc || fl&dPluralS == 0) {
			return false
		}
	}
	// "The government’s answer is", "the company’s claims were": after a
	// possessive a present form is a noun ('s for has takes "said")
	if (v.form == formBase || v.form == formS) && j-1 == int(m.last)-1 && d.sf[j-1]&sPoss != 0 && p.possLen(j-1) > 0 {
		return false
	}
	if v.form == formBase && j-1 >= first && d.sf[j-1]&sAux == 0 {
		// (a body takes a plural verb too: "Police say", "the council
		// say"; not "Police report that": a police report)
		// "CDC data show": a document's base form is its plural's (a
		// singular one would not take it)
		plural := m.ev&evPlural != 0 || m.kind == mkOrg && (v.class == cueSpeech || v.class == cueClause) || m.kind == mkDoc || m.kind == mkPron && (d.sf[f]&sPluralSubj != 0)
		if !plural && !(samePast(d.lower(j)) && j+1 < len(d.toks) && p.tf[j+1]&wKW == kwThat) {
			return false
		}
	}
	// only the last two can open their content here: bounded, so a
	// sentence of a million "he said" stays linear
	for a := max(n0, len(p.attrs)-2); a < len(p.attrs); a++ {
		if c := p.attrs[a].content; c.Valid() && c.Start == m.Start && p.attrs[a].forward {
			return false
		}
	}
	return true
}

// samePast reports a cue verb whose past is its base form ("Orr forecast
// that …"): with a singular subject it is the past, not a disagreeing
// present.
func samePast(w string) bool { return w == "forecast" || w == "broadcast" }

// bareSubjects are singular-looking nouns that need no determiner to be
// a subject ("police said", "data show").
var bareSubjects = setOf("police data research management staff media press intelligence")

// sentenceSubject returns the mention that opens the sentence (after a
// dateline), when it stands before the token j, or -1.
func (p *attrPass) sentenceSubject(first, j int) int32 {
	f := p.afterDateline(first, j)
	if f < j && p.mentStart[f] < 0 && p.d.sf[f]&sAdvStart != 0 {
		// an opening adverbial: "After the vote, Smith stood up and said"
		for k := f + 1; k+1 < j && k < f+8 && p.qOf[k] < 0; k++ {
			if p.d.toks[k].First == ',' {
				if p.mentStart[k+1] >= 0 {
					f = k + 1
				}
				break
			}
		}
	}
	if f+1 < j && p.d.toks[f].Kind == tWord && p.inSet(f, wsSubordinator) {
		f++ // "When the minister stood up and told MPs that …"
	}
	if f < j && p.mentStart[f] >= 0 {
		m := p.mentStart[f]
		if k := p.ments[m].kind; k != mkDoc || p.ments[m].definite {
			return m
		}
	}
	return -1
}

// clauseSubject returns the subject of the clause a participle at j
// hangs on: the last mention before j that opens the sentence or a clause
// joined by "and" or "but" ("…, and the Justice Department has sued the
// company, alleging …"), within 40 tokens; -1 when none.
func (p *attrPass) clauseSubject(first, j int) int32 {
	d := p.d
	f := p.afterDateline(first, j)
	for k := j - 1; k >= f && k > j-40; k-- {
		mi := p.mentStart[k]
		if mi < 0 || p.qOf[k] >= 0 {
			continue
		}
		if k == f || d.toks[k-1].Kind == tWord && (p.tf[k-1]&wKW == kwAnd || p.tf[k-1]&wKW == kwBut) {
			if m := &p.ments[mi]; m.kind != mkDoc || m.definite {
				return mi
			}
			return -1
		}
	}
	return -1
}

// claimGoesOn reports a phrase after a parenthetical cue that carries the
// claim on to the sentence end: "X costs £286,450, the lender said, up 2.7
// per cent on a year earlier": a figure in it, no cue, no time phrase.
func (p *attrPass) claimGoesOn(k, last int) bool {
	d := p.d
	if p.tf[k]&wKW == kwWith {
		// an absolute phrase: "…, she said, with the rest expected from
		// development banks"
		for x := k + 1; x < last && x < k+6 && d.toks[x].Kind == tWord && p.qOf[x] < 0; x++ {
			if d.toks[x].Flags&fCap == 0 && p.tf[x]&(dEd|dIng) != 0 && d.sf[x]&sCue == 0 {
				return true
			}
		}
	}
	if d.sf[k]&(sPrepPP|sTime|sWeekday) != 0 && (k+1 >= last || d.toks[k+1].Kind != tNum) {
		return false // ", the lender said, in a statement", "…, on Monday"
	}
	num := false
	for x := k; x < last; x++ {
		if p.qOf[x] >= 0 || d.sf[x]&sCue != 0 {
			return false
		}
		num = num || d.toks[x].Kind == tNum
	}
	return num
}

// affiliated returns the person a body's mention mi is the affiliation of
// ("Tomas Vreeland of the Green Alliance", "Maria Lopez at Reuters"): a
// name of two words or more right before of, at or from; else mi.
func (p *attrPass) affiliated(mi int32, first int) int32 {
	// up a chain of them: "Dr. Tomasz Wieczorek of the Baltic Heart
	// Institute in Gdansk told"
	for n := 0; n < 3; n++ {
		x := p.affiliatedOnce(mi, first)
		if x == mi {
			break
		}
		mi = x
	}
	return mi
}

func (p *attrPass) affiliatedOnce(mi int32, first int) int32 {
	f := int(p.ments[mi].first) - 1
	if f <= first || p.mentEnd[f-1] < 0 {
		return mi
	}
	w := p.tf[f] & wKW
	if w != kwOf && w != kwAt && w != kwFrom && w != kwIn && w != kwOn {
		return mi
	}
	// a document where it was published: "A post on the company's blog
	// said", "a notice on its website"; a body's head and whose it is:
	// "the office of the mayor said"
	if n := &p.ments[p.mentEnd[f-1]]; n.kind == mkDoc && (w == kwOn || w == kwIn) || (n.kind == mkOrg || n.kind == mkRole || n.kind == mkAnon) && n.last-n.first <= 2 && w == kwOf {
		n.End = p.ments[mi].End
		return p.mentEnd[f-1]
	}
	if w == kwOn {
		return mi
	}
	if n := &p.ments[p.mentEnd[f-1]]; n.kind == mkName && n.nameL-n.nameF >= 2 && w != kwIn {
		return p.mentEnd[f-1]
	}
	// a body where it is: "The U.N. humanitarian office in Ukraine said"
	if n := &p.ments[p.mentEnd[f-1]]; (n.kind == mkOrg || n.kind == mkGroup || n.kind == mkAnon || n.kind == mkName && p.tf[n.last-1]&wOrgSuffix != 0) && (w == kwIn || w == kwAt) {
		n.End = p.ments[mi].End // the place stays in its span (an identifying phrase)
		return p.mentEnd[f-1]
	}
	return mi
}

// whoAntecedent returns the person "who" refers to when the mention mi
// before it is a body after a preposition: "An engineer on the Halcyon
// team, who asked not to be named, said" is the engineer's.
func (p *attrPass) whoAntecedent(mi int32, first int) int32 {
	m := &p.ments[mi]
	if m.kind != mkOrg && m.kind != mkDoc && m.kind != mkGroup && !(m.kind == mkName && m.ev&evPerson == 0) {
		return mi // (a name with no person's evidence: "A senior academic at Kilbrannan, who")
	}
	if f := int(m.first) - 1; f > first && p.d.sf[f]&sBlock != 0 && p.mentEnd[f-1] >= 0 {
		if k := p.ments[p.mentEnd[f-1]].kind; k == mkAnon || k == mkRole {
			return p.mentEnd[f-1]
		}
	}
	return mi
}

// openingAppositive reports a sentence that opens with a mention and an
// appositive ending at the comma k: "A draft of the rules, seen by
// Continental Wire, says developers …" has its subject before the cue.
func (p *attrPass) openingAppositive(k, first int) bool {
	s := p.skipAppositive(k, first)
	if s < 0 {
		return false
	}
	m := &p.ments[s]
	return int(m.first) == p.afterDateline(first, k) && int(m.last) < k && p.d.toks[m.last].First == ','
}

// invertedSlot reports whether a cue at j may take its subject after it:
// it opens the sentence or follows a comma or a closing quote mark.
func (p *attrPass) invertedSlot(j, first int) bool {
	if j == first {
		return true
	}
	d := p.d
	return d.toks[j-1].First == ',' || p.qOf[j-1] >= 0
}

// clauseEndsAfter reports whether token k ends an inverted cue's clause:
// the sentence ends, or a comma, dash or quote follows ("said Arkwright,
// 52."), not a verb ("said the army had moved").
// verbAfterPP reports a verb within a few words after the preposition
// at k, before any mark: "said his family of six had spent …" is a
// clause whose subject runs on, not an inverted speaker's affiliation.
func (p *attrPass) verbAfterPP(k, last int) bool {
	for j := k + 1; j < last && j <= k+5; j++ {
		if p.d.toks[j].Kind == tPunct || p.qOf[j] >= 0 {
			return false
		}
		if p.tf[j]&(wAux|wBe) != 0 && p.tf[j]&wDet == 0 && p.d.toks[j].Flags&fCap == 0 {
			return true
		}
	}
	return false
}

func (p *attrPass) clauseEndsAfter(k, last int) bool {
	if k >= last {
		return true
	}
	if w := p.d.toks[k]; w.Kind == tWord && w.Flags&fCap == 0 {
		// "said Dr Priya Nair of Imperial College": an affiliation
		switch l := p.d.lower(k); l {
		case "of", "at", "from", "with", "in", "for", "to":
			return !p.verbAfterPP(k, last)
		default:
			// a preposition or a time word: "said Jones on Monday",
			// "said Smith about the plan", "said Lee yesterday"
			if p.d.sf[k]&(sBlock|sTime) != 0 {
				return true
			}
			// an adverb of manner ends it too: "said Smith quietly."
			if len(l) > 4 && l[len(l)-2:] == "ly" && k+1 < last && p.d.toks[k+1].Kind == tPunct && p.qOf[k+1] < 0 {
				return true
			}
		}
	}
	return p.d.toks[k].Kind == tPunct && p.qOf[k] < 0
}

// hasComma reports whether a mention holds a comma (role, comma, name).
func (m *mention) hasComma(d *doc) bool {
	for k := m.first; k < m.last; k++ {
		if d.toks[int(k)].First == ',' {
			return true
		}
	}
	return false
}

// skipAppositive finds a subject left of an appositive or relative clause
// ending at token k: "Helen Szabo, an airline analyst, said", "Brennan,
// who has played 312 games, said", "Two people who spoke on condition of
// anonymity said". It returns the mention or -1.
func (p *attrPass) skipAppositive(k, first int) int32 {
	d := p.d
	toks, tf, qOf := d.toks, p.tf, p.qOf
	comma := toks[k].First == ','
	inner := int32(-1) // the mention before a relative clause: "Two analysts who …"
	// at most 30 tokens back
	lo := max(first, k-31)
	if !comma && !p.relativeBefore(lo, k) {
		return -1 // nine calls in ten without a comma
	}
	for x := k - 1; ; x-- {
		// the rules below look only at such a token: one in seven
		if x = p.appositiveStop(x, lo, comma); x <= lo {
			break
		}
		if qOf[x] >= 0 {
			return -1
		}
		// the mention ending right before x: mentBefore, called only
		// for a bracket (a call per token was most of this loop's cost)
		me := p.mentEnd[x-1]
		if toks[x-1].First == ')' {
			me = p.mentBefore(x, first)
		}
		if me < 0 && comma && x-3 > first && toks[x].First == ',' && (d.sf[x-1]&sTime != 0 || toks[x-1].Kind == tNum) &&
			(d.sf[x-2]&sBlock != 0 || tf[x-2]&wKW == kwLast || tf[x-2]&wKW == kwThis) {
			me = p.mentEnd[x-3] // a time after the mention: "Minutes of a meeting in June, seen by …, say"
		}
		if me < 0 && comma && tf[x]&wKW == kwWhose {
			// "Tamika Rowe, 34, whose two sons were tested, said"
			if nm := p.beforeWhose(x, first); nm >= 0 {
				return nm
			}
		}
		if me < 0 {
			// the one rule without a mention right before: "…, who"
			if tf[x]&wKW == kwWho && x-1 > first && toks[x-1].First == ',' {
				if me := p.mentBefore(x-1, first); me >= 0 {
					return p.whoAntecedent(p.affiliated(me, first), first)
				}
				// "An analyst at one of the three major agencies, who": the
				// nearest person before the comma
				for y := x - 2; y > first && y > x-12 && qOf[y] < 0; y-- {
					if me := p.mentEnd[y]; me >= 0 {
						if k := p.ments[me].kind; k == mkAnon || k == mkRole {
							return me
						}
						break
					}
				}
			}
			continue
		}
		if toks[x].Kind == tWord && x+1 < k && toks[x].Flags&fCap == 0 {
			if d.sf[x]&sCue != 0 && tf[x+1]&wKW != kwOn && tf[x+1]&wKW != kwBy && !(tf[x]&dEd != 0 && toks[x-1].First == ',') && tf[x+1]&wRole == 0 {
				return -1 // another attribution's verb (not "called by the defence", not ", published in March,", not "the deputy project manager")
			}
		}
		switch {
		case !comma && inner < 0 && x < k && toks[x].Kind == tWord && toks[x].Flags&fCap == 0 && tf[x]&(dEd|dIng) != 0 &&
			toks[x+1].Kind == tWord && d.sf[x+1]&(sPrepPP|sBlock|sWeekday|sTime) != 0:
			// a reduced relative clause: "A complaint filed on behalf of a
			// nurse alleges", "the man arrested on Monday said"
			inner = me
		case comma && toks[x].First == ',':
			if x+2 < k && tf[x+1]&wKW == kwAnd && (tf[x+2]&wKW == kwWho || tf[x+2]&wKW == kwWhose) {
				continue // "…, and who …": a second relative clause
			}
			m := &p.ments[me]
			if m.kind == mkPron {
				return -1
			}
			// "Marisol Quispe, 34, whose husband, Ramiro, …, said"
			if f := int(m.first); f-1 > first && tf[f-1]&wKW == kwWhose {
				if nm := p.beforeWhose(f-1, first); nm >= 0 {
					return nm
				}
			}
			if f := int(m.first); f > first && toks[f-1].Kind == tWord && (d.sf[f-1]&sBlock != 0 ||
				toks[f-1].Flags&fCap == 0 && (tf[f-1]&(dEd|dIng) != 0 || tf[f-1]&wLex == 0 && tf[f-1]&(dRoleSuffix|dAgent|dPlRole) == 0 ||
					f-2 > first && tf[f-2]&wKW == kwWho)) { // ("who heads the Launch Passengers Welfare Association, a … group,")
				// "based in Austin, Texas,": a place inside the appositive;
				// "who runs the Stolen Heritage Register, a database …,": a
				// verb's object
				continue
			}
			if f := int(m.first); m.kind != mkName && f-1 > first && toks[f-1].First == ',' {
				// "Darnell Pryor, president of the union, which …,
				// called": the appositive's name before it (past an age:
				// "Renée Oduya, 52, a school librarian in Dayton, Ohio,")
				if nm := p.mentBefore(p.pastAge(f-1, first), first); nm >= 0 && p.ments[nm].kind == mkName {
					return nm
				}
			}
			return me
		case tf[x]&wKW == kwWho || tf[x]&wKW == kwWhose:
			if comma && toks[x-1].First != ',' {
				// a relative clause inside the appositive ("Helen Szabo,
				// an analyst who covers X, said"); keep looking, and take
				// this mention if no appositive comes ("Two analysts who
				// cover X, and who …, said")
				inner = me
				continue
			}
			return me
		}
	}
	return inner
}

// pastAge steps back from the comma at y over an age set off before it
// ("Renée Oduya, 52, a …": from the comma after 52 to the one after the
// name).
func (p *attrPass) pastAge(y, first int) int {
	if toks := p.d.toks; y-2 > first && toks[y-1].Kind == tNum && toks[y-2].First == ',' {
		return y - 2
	}
	return y
}

// beforeWhose returns the mention, not a pronoun, before ", whose" at
// token w, past an age ("Marisol Quispe, 34, whose husband …"), or -1.
func (p *attrPass) beforeWhose(w, first int) int32 {
	if w-1 <= first || p.d.toks[w-1].First != ',' {
		return -1
	}
	if nm := p.mentEnd[p.pastAge(w-1, first)-1]; nm >= 0 && p.ments[nm].kind != mkPron {
		return nm
	}
	return -1
}

// relativeBefore reports whether tokens (lo, k) hold "who", "whose" or
// what may open a reduced relative clause (a lower-case -ed word before a
// preposition or a time): without a comma before the verb, skipAppositive
// finds a subject only through one. A loop without calls: see lexFast.
func (p *attrPass) relativeBefore(lo, k int) bool {
	toks, tf, sf := p.d.toks, p.tf, p.d.sf
	n := len(toks)
	if len(tf) != n || len(sf) != n {
		return true // never: one entry per token
	}
	for x := uint(lo + 1); int(x) < k && x < uint(n) && x+1 < uint(n); x++ {
		f := tf[x]
		if w := f & wKW; w == kwWho || w == kwWhose {
			return true
		}
		if f&(dEd|dIng) != 0 && toks[x].Kind == tWord && toks[x].Flags&fCap == 0 && toks[x+1].Kind == tWord && sf[x+1]&(sPrepPP|sBlock|sWeekday|sTime) != 0 {
			return true
		}
	}
	return false
}

// appositiveStop returns the first token x' in (lo, x], going left, that
// may stop skipAppositive: a quoted token, one after a mention or a
// bracket, "who", or a comma when the appositive ends in one; else lo. A
// loop without calls: see lexFast.
func (p *attrPass) appositiveStop(x, lo int, comma bool) int {
	qOf, mentEnd, toks, tf := p.qOf, p.mentEnd, p.d.toks, p.tf
	n := len(toks)
	if len(qOf) != n || len(mentEnd) != n || len(tf) != n {
		return lo // never: one entry per token (this lets one test check every index)
	}
	for ; x > lo && x > 0 && uint(x) < uint(n); x-- {
		if qOf[x] >= 0 || mentEnd[x-1] >= 0 || tf[x]&wKW == kwWho || tf[x]&wKW == kwWhose {
			return x
		}
		if toks[x-1].First == ')' {
			return x
		}
		if comma && toks[x].First == ',' {
			return x
		}
	}
	return lo
}

// smallNumbers are number words that open a quantity object.
var smallNumbers = setOf("one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands")

// smallNumber reports whether word token k is one of smallNumbers.
func (p *attrPass) smallNumber(k int) bool { return p.inSet(k, wsSmallNumber) }

// wordSets are the small word sets the rules ask of a few words each; a
// set's bit in p.wsets is 1 << its index here (the ws constants). loadSets
// puts each word's bits in setTab (setEntry.ws), where doc.wordSets finds
// them by the word's hash: a string-map lookup costs ~100 ns under wasm.
var wordSets = [...]map[string]bool{smallNumbers, subordinators, coordPast, butRefusals, timeStampWords, languages, replyVerbs, thatConjunctions,
	modalVerbs, irregularParticiples}

const (
	wsSmallNumber uint16 = 1 << iota
	wsSubordinator
	wsCoordPast
	wsButRefusal
	wsTimeStamp
	wsLanguage
	wsReplyVerb
	wsThatConjunction
	wsModal
	wsIrregularParticiple
	wsRead uint16 = 1 << 15 // p.wsets: the word's bits were read
)

// inSet reports whether token k is a word of the word set s (a ws bit),
// reading each word's sets once (p.wsets): the rules ask the same few
// words again and again.
func (p *attrPass) inSet(k int, s uint16) bool {
	id := p.d.toks[k].ID
	if id < 0 {
		return false // no word
	}
	m := p.wsets[id]
	if m == 0 {
		m = p.d.wordSets(id) | wsRead
		p.wsets[id] = m
	}
	return m&s != 0
}

// orderVerbs ask someone to act; with an object and "to" they report no
// words ("urged families to ask", "encouraged voters to register").
var orderVerbs = setOf("urge urges urged urging encourage encourages encouraged encouraging implore implores implored " +
	"advise advises advised advising instruct instructs instructed order orders ordered beg begs begged press presses pressed")

// toBefore reports whether "to" follows token c within a short object,
// before any clause word or punctuation: "the committee to wait".
func (p *attrPass) toBefore(c, last int) bool {
	d := p.d
	rel := false // "urged customers who had been affected to join"
	for k := c; k < last && k < c+14; k++ {
		if k > c && p.tf[k]&wKW == kwWho {
			rel = true
			continue
		}
		if !rel && k >= c+7 || d.toks[k].Kind != tWord && d.toks[k].Kind != tNum || d.sf[k]&sClause != 0 && !rel {
			return false // (a number may stand in the object: "urged families with children under 6 to drink")
		}
		if p.tf[k]&wKW == kwTo {
			return k > c
		}
	}
	return false
}

// modalBefore reports whether a modal (will, would, may, …) stands before
// the verb at j, after token from, with only auxiliaries and adverbs
// between.
func (p *attrPass) modalBefore(j, from int) bool {
	d := p.d
	for k := j - 1; k >= from && k >= j-3; k-- {
		if d.toks[k].Kind != tWord || d.sf[k]&sAux == 0 {
			return false
		}
		if modalWord(d.lower(k)) {
			return true
		}
	}
	return false
}

// parenBefore returns the index of the "(" opening the bracket that token
// k closes, when the bracket holds one to six tokens and no other
// bracket: a party, state or abbreviation after a name ("Sen. Amy Cole
// (D-Calif.)", "Martin Oduya (Lab, Kingsway)", "the union (NTWU)");
// otherwise -1.
func (p *attrPass) parenBefore(k, first int) int {
	d := p.d
	if k <= first || k >= len(d.toks) || d.toks[k].First != ')' {
		return -1
	}
	for o := k - 1; o >= first && o >= k-7; o-- {
		switch d.toks[o].First {
		case '(':
			if o < k-1 {
				return o
			}
			return -1
		case ')', '[', ']':
			return -1
		}
	}
	return -1
}

// mentBefore returns the mention that ends right before token x, looking
// through such a bracket after it, or -1.
func (p *attrPass) mentBefore(x, first int) int32 {
	if o := p.parenBefore(x-1, first); o > first {
		return p.mentEnd[o-1]
	}
	if x < 1 {
		return -1
	}
	return p.mentEnd[x-1]
}

// quoteBefore returns the quote that ends right before token b (allowing a
// comma between), within the sentence, or -1.
func (p *attrPass) quoteBefore(b, first int) int {
	k := b - 1
	if k >= first && p.qOf[k] < 0 {
		if t := &p.d.toks[k]; t.First == ',' || (t.First == firstEmDash || t.First == firstEnDash) && t.End-t.Start == 3 {
			k--
		}
	}
	if k < first && k == b-1 {
		return p.askedBefore(first)
	}
	if k < first || p.qOf[k] < 0 {
		return -1
	}
	q := int(p.qOf[k])
	if int(p.qLast[q]) != k { // quoteLast, inline
		return -1
	}
	// the quote must open its clause, not end the writer's own sentence
	// ("any bid … ‘will be considered on its merits’, a spokesperson said")
	if f := int(p.qFirst[q]); f > first && f > p.afterDateline(first, f) {
		switch p.d.tok(f - 1) {
		case ":", ",", "—", "–", ";", ".", "!", "?", "(":
		default:
			if p.qOf[f-1] < 0 {
				return -1
			}
		}
	}
	return q
}

// tailWords open a phrase after a comma that is the writer's, not the
// source's: ", which it did not name" (see writersWhich), ", as costs
// rose", "without referring to …"; not ", while prices fell", which
// goes on with the source's comparison.
var tailWords = setOf("which who whom without as whereas and but")

// butRefusals after "but" end what a past cue reported ("but declined to
// comment", "but stood by its target").
var butRefusals = setOf("declined refused stood")

// writeForms report words only with a clause, a quote or a colon.
var writeForms = setOf("write writes wrote written writing")

// topicDets open the topic after "wrote about", "said about" (not a
// number's hedge: "said about 40 died").
var topicDets = setOf("the a an this that these those")

// coordPast are irregular past forms that, after "and", take up the
// source's own story again ("reported a 9% drop and cut its forecast"),
// as a verb in -ed does.
var coordPast = setOf("cut set put kept made gave took left held sent spent sold won lost hit paid bought brought built")

// writersWhich reports a relative clause at k ("which") that is the
// writer's note on the source, not the source's words: a modal weighing
// the whole claim (", which would make him …"), or a pronoun subject with
// no quote after it (", which it did not name"; not ", which it called
// “the biggest gap”", nor ", which had made roughly 90,000").
func (p *attrPass) writersWhich(k, e int) bool {
	if k+1 >= e {
		return false
	}
	switch p.d.lower(k + 1) {
	case "would", "could", "will", "might", "may":
		return true // ", which would make him the best-paid player": a comment on the whole claim
	}
	if p.tf[k+1]&wPron == 0 {
		return false
	}
	for x := k + 2; x < e; x++ {
		if p.qOf[x] >= 0 {
			return false
		}
	}
	return true
}

// trimTime drops a trailing "on Monday", "last week" (and the punctuation
// after it) from [c, e).
func (p *attrPass) trimTime(c, e int) int {
	d := p.d
	x := e
	for x > c && p.qOf[x-1] < 0 && d.toks[x-1].Kind == tPunct && d.trailPunct(x-1) {
		x--
	}
	if kw := p.tf[max(x-2, 0)] & wKW; x-2 > c && (d.sf[x-1]&sTime != 0) && (kw == kwOn || kw == kwLast || kw == kwThis) {
		return x - 2
	}
	return e
}

// dropRelayed drops the attributions of the sentence (from n0) whose cue
// and speaker sit inside the clause a body or a document reports after it:
// "A caller told a dispatcher that a student had a rifle, the statement
// said", "Its engineers had found ‘no cause for concern’, the council
// said": the third party's words are the document's to report (§6).
func (p *attrPass) dropRelayed(n0 int) {
	last := &p.attrs[len(p.attrs)-1]
	if last.forward || last.quote >= 0 {
		return
	}
	if m := &p.ments[last.subj]; m.kind != mkDoc && m.kind != mkOrg || m.first < 1 || p.d.toks[m.first-1].First != ',' {
		return // (a post-posed "…, the statement said", not "citing a memo")
	}
	c := last.content
	w := n0
	for i := n0; i < len(p.attrs)-1; i++ {
		a := &p.attrs[i]
		if m := &p.ments[a.subj]; a.cue.Start >= c.Start && a.cue.End <= c.End && m.Start >= c.Start && m.End <= c.End {
			continue
		}
		p.attrs[w] = p.attrs[i]
		w++
	}
	if w < len(p.attrs)-1 {
		p.attrs[w] = p.attrs[len(p.attrs)-1]
		p.attrs = p.attrs[:w+1]
	}
}

// ingAfter reports a participle within a short object from c: "The memo
// also shows police overtime spending falling to $19.2 million".
func (p *attrPass) ingAfter(c, last int) bool {
	d := p.d
	for x := c + 1; x < last && x < c+6 && d.toks[x].Kind == tWord && p.qOf[x] < 0; x++ {
		if d.toks[x].Flags&fCap == 0 && p.tf[x]&dIng != 0 && d.toks[x].End-d.toks[x].Start > 4 {
			return true
		}
	}
	return false
}

// askedTo reports "asked" at k taking an object and a "to" verb within 24
// tokens or so: a request ("asked anyone who saw the van to come forward").
func (p *attrPass) askedTo(k, e int) bool {
	d := p.d
	for x := k + 2; x+1 < e && x < k+24; x++ {
		if p.qOf[x] >= 0 || d.toks[x].First == ';' {
			return false
		}
		if p.tf[x]&wKW == kwTo && d.toks[x+1].Kind == tWord && d.toks[x+1].Flags&fCap == 0 && p.tf[x+1]&(wDet|wStop) == 0 {
			return true
		}
	}
	return false
}

// cutTail returns where a forward content starting at c should end, at
// most e: before a trailing relative or participial phrase of the
// writer's (", which …", ", pointing to …") that follows a comma, or a
// quote closed with a comma, or a second verb phrase after a past cue
// (coordinatedPast). It looks at most 80 tokens ahead.
func (p *attrPass) cutTail(c, e int, past bool) int {
	d := p.d
	end := min(e, c+80)
	for k := c + 3; ; k++ {
		// only a tail word or a cue verb can cut
		if k = nextSet(d.sf, k, end, sTail|sCue); k >= end {
			break
		}
		if p.qOf[k] >= 0 || d.toks[k].Kind != tWord || d.toks[k].Flags&fCap != 0 {
			continue
		}
		tail := d.sf[k]&sTail != 0
		if !tail && d.sf[k]&sCue != 0 && k-3 > c && d.sf[k-1]&sNeg != 0 && d.sf[k-2]&sAux != 0 && p.tf[k-3]&wKW == kwBut && p.qOf[k-3] < 0 {
			// "said he would not close any, but did not say what would
			// happen": the negated cue's clause is the writer's
			if d.toks[k-4].First == ',' {
				return k - 4
			}
			return k - 3
		}
		if !tail && d.sf[k]&sCue != 0 {
			if d.toks[k].End-d.toks[k].Start > 5 && p.tf[k]&dIng != 0 && d.cueVerb(k).form == formIng {
				tail = true // ", pointing to", ", adding that"
			}
			// "said waves could reach the shore, and urged people to stay
			// away", "… and called on the government to …", "… and asked
			// for privacy", "…, but called on wealthier nations to share
			// the cost": the speaker's own request, coordinated with the
			// cue, ends the content
			if (p.tf[k-1]&wKW == kwAnd || p.tf[k-1]&wKW == kwBut) && p.qOf[k-1] < 0 {
				if v := d.cueVerb(k); v.form == formPast && (v.order || (d.lower(k) == "called" || d.lower(k) == "asked") && k+1 < e && (p.tf[k+1]&wKW == kwOn || p.tf[k+1]&wKW == kwFor)) {
					return p.beforeComma(k - 1)
				}
				if d.lower(k) == "asked" && p.askedTo(k, e) {
					return p.beforeComma(k - 1) // "… and asked anyone who saw the van to come forward"
				}
			}
		}
		if !tail {
			continue
		}
		if p.tf[k]&wKW == kwBut {
			// "said she found the travel troubling but declined to deny
			// bail": the subject's refusal is the writer's report
			if past && k+1 < e && p.inSet(k+1, wsButRefusal) && p.qOf[k] < 0 {
				return p.beforeComma(k)
			}
			continue
		}
		if p.tf[k]&wKW == kwAnd {
			if past && p.coordinatedPast(c, k, e) {
				return p.beforeComma(k)
			}
			continue
		}
		if p.tf[k]&wKW == kwWhich && !p.writersWhich(k, e) {
			continue // ", which had made roughly 90,000": the source's clause
		}
		if k+2 < e && p.tf[k]&wKW == kwAs && d.lower(k+1) == "well" && d.lower(k+2) == "as" {
			continue // ", as well as a voucher": the list goes on
		}
		prev := k - 1
		switch {
		case p.qOf[prev] < 0 && d.toks[prev].First == ',':
			// a comma of the writer's; but "the strike, which began …,
			// would go on" is the source's: only a phrase that runs to
			// the sentence end is cut
			if p.commaBefore(k+1, e) {
				continue
			}
			return prev
		case p.qOf[prev] >= 0 && p.quoteLast(int(p.qOf[prev])) == prev && p.quoteEndsWithComma(int(p.qOf[prev])):
			return k
		}
	}
	return e
}

// beforeComma returns where a content cut at token k ends: before the
// writer's comma right before k, if there is one.
func (p *attrPass) beforeComma(k int) int {
	if p.d.toks[k-1].First == ',' && p.qOf[k-1] < 0 {
		return k - 1
	}
	return k
}

// coordinatedPast reports "and" at k starting a second verb phrase of
// the cue's subject, the writer's, after a cue in the past: "reported a
// 9% drop in sales and cut its forecast", "wrote that the cut was “deep”
// and lowered his target", "…, and lifted its forecast" (not "alleges that
// the company kept data … and ignored a warning": the tense is the
// content's).
// The verb is past with an object after it (a determiner or a number:
// not "and hit by"), and the content before holds no auxiliary it could
// share ("said it had cut jobs and closed three plants" stays whole).
func (p *attrPass) coordinatedPast(c, k, e int) bool {
	d := p.d
	v := k + 1
	if v+1 >= e || p.qOf[k] >= 0 || d.toks[v].Kind != tWord || d.toks[v].Flags&fCap != 0 || p.tf[v]&(wAux|wBe) != 0 ||
		!(d.sf[v+1]&sDet != 0 || d.toks[v+1].Kind == tNum || p.tf[v+1]&wKW == kwTo && v+2 < e && d.sf[v+2]&sDet != 0 || d.toks[v+1].Kind == tWord && d.toks[v+1].Flags&fCap != 0 && p.qOf[k-1] >= 0) || !(p.tf[v]&dEd != 0 || p.inSet(v, wsCoordPast)) {
		return false
	}
	if d.toks[k-1].First == ',' {
		return true // ", and lifted its forecast": a comma ends the clause
	}
	// (a modal takes no form in -ed, and a quoted fragment closes the
	// claim: "said ministers would “consider the findings” and pointed to
	// a ban"; but "said the family would hold a funeral and planned a
	// lecture" stays whole)
	quoted := p.qOf[k-1] >= 0 && p.tf[v]&dEd != 0
	for x := c; x < k; x++ {
		if d.sf[x]&sAux != 0 && p.qOf[x] < 0 && !(quoted && modalAux(d.lower(x))) {
			return false
		}
	}
	return true
}

// modalAux reports a modal or do-form: the auxiliaries a verb in -ed
// cannot share.
func modalAux(w string) bool {
	return modalWord(w) || w == "do" || w == "does" || w == "did"
}

// modalWord reports a modal verb.
func modalWord(w string) bool {
	switch w {
	case "will", "would", "could", "can", "may", "might", "shall", "should", "must":
		return true
	}
	return false
}

// nextSet returns the first token in [i, end) with one of the set flags
// m, or end. A loop without calls: see lexFast.
func nextSet(sf []setFlag, i, end int, m setFlag) int {
	if i >= 0 && i <= end && end <= len(sf) {
		// four flags a turn (cutTail's walk to the sentence end is long)
		for s := sf[i:end]; len(s) >= 4 && (s[0]|s[1]|s[2]|s[3])&m == 0; s = s[4:] {
			i += 4
		}
	}
	for ; i < end && uint(i) < uint(len(sf)); i++ {
		if sf[i]&m != 0 {
			return i
		}
	}
	return max(i, end)
}

// commaBefore reports whether a comma outside quotes lies in [k, e),
// looking at most 40 tokens.
func (p *attrPass) commaBefore(k, e int) bool {
	for end := k + 40; k < e && k < end; k++ {
		if p.qOf[k] < 0 && p.d.toks[k].First == ',' {
			return true
		}
	}
	return false
}

// quoteEndsWithComma reports a quote closed by a comma inside its marks
// ("… afloat, literally,"").
func (p *attrPass) quoteEndsWithComma(q int) bool {
	l := p.quoteLast(q)
	return l > 0 && p.d.toks[l-1].First == ','
}

// quoteAfter returns the first quote starting within n tokens after c,
// or -1; another reporting verb on the way takes the quote for itself
// ("whether he understood the charges, Finch replied: “I do.”").
func (p *attrPass) quoteAfter(c, last, n int) int {
	// without calls, the index checks by hand (see lexFast)
	qOf, tf, toks, mentEnd := p.qOf, p.tf, p.d.toks, p.mentEnd
	for k := c; k < last && k < c+n && uint(k) < uint(len(qOf)) && uint(k) < uint(len(tf)) && uint(k) < uint(len(toks)); k++ {
		if q := qOf[k]; q >= 0 {
			return int(q)
		}
		if k > c && tf[k]&wCue != 0 && toks[k].Flags&fCap == 0 && uint(k-1) < uint(len(mentEnd)) && mentEnd[k-1] >= 0 {
			return -1
		}
	}
	return -1
}

// shortAdverbial reports whether tokens [c, last) are at most four words
// and the final mark, none of them a quote, a verb or a clause word:
// "within minutes.", "on Friday night.".
func (p *attrPass) shortAdverbial(c, last int) bool {
	d, n := p.d, 0
	for k := c; k < last; k++ {
		if p.qOf[k] >= 0 {
			return false
		}
		switch d.toks[k].Kind {
		case tWord, tNum:
			if n++; n > 4 || d.sf[k]&(sClause|sFinite|sCue) != 0 || p.tf[k]&dEd != 0 {
				return false
			}
		default:
			if k+1 < last {
				return false // a comma: more follows
			}
		}
	}
	return true
}

// restIsAdverbial reports whether tokens [c, last) are only a short
// adverbial and the final punctuation ("said on Monday.", "said in a
// statement.").
func (p *attrPass) restIsAdverbial(c, last int) bool {
	d := p.d
	if c+1 < last && d.toks[c].Kind == tWord && d.toks[c].Flags&fCap == 0 && (p.tf[c]&wKW == kwAs || p.inSet(c, wsSubordinator)) {
		// "…, Kiprono said as he declared the result at …": a clause of
		// time or reason, however long
		for k := c; k < last; k++ {
			if p.qOf[k] >= 0 {
				return false
			}
		}
		return true
	}
	if c < last && (d.toks[c].Kind == tNum || d.toks[c].Kind == tWord && d.sf[c]&(sAdvStart|sWeekday|sTime) == 0) {
		return false // "the Palace will show its last film"; but "…, investigators said Thursday"
	}
	n := 0
	for k := c; k < last; k++ {
		if p.qOf[k] >= 0 {
			return false
		}
		if d.toks[k].Kind == tWord || d.toks[k].Kind == tNum {
			n++
			if p.tf[k]&wKW == kwThat || n > 12 {
				return false
			}
			continue
		}
		// ", adding …" or a trailing clause: stop here (other marks are
		// passed over)
		if t := d.toks[k]; t.First == ',' && t.End-t.Start == 1 && k+1 < last {
			return n <= 12
		}
	}
	return n <= 12
}

// finiteVerbs are common past forms that follow a relative "that" ("a
// call that began at 8:30").
var finiteVerbs = setOf("would will could can may might should must had has have was were is are did does began ran took came went made gave saw left led held met sat stood won lost fell rose grew broke brought bought built kept began begins runs happened struck hit found sent spent paid sold caught became drew drove threw shot fought meant felt hid swept tore wore")

// relativeVerb reports whether token k, right after "that", is a verb:
// the "that" is a relative pronoun, not a complementizer.
func (p *attrPass) relativeVerb(k int) bool {
	d := p.d
	if d.toks[k].Kind != tWord || d.toks[k].Flags&fCap != 0 {
		return false
	}
	// a word of five letters or more ending in -ed
	return d.sf[k]&sFinite != 0 || d.toks[k].End-d.toks[k].Start > 4 && p.tf[k]&dEd != 0
}

// adverbialStart may open what follows a post-posed cue ("…, the union
// said on Monday", "…, he said in an interview").
var adverbialStart = setOf("on in at during after before late early earlier later last this yesterday today tonight when while as without with amid of over outside following ahead in told to from by via through shortly just again also then recently previously separately publicly privately repeatedly afterwards afterward")

// skipLeadingTime skips "on Monday", "last week", "in a statement" after a
// cue.
func (p *attrPass) skipLeadingTime(c, last int) int {
	d := p.d
	for c < last && d.toks[c].Kind == tWord {
		// keyword codes, not string compares; a code is of the word
		// without its possessive ’s, so a possessive has none here
		w := p.tf[c] & wKW
		if d.sf[c]&sPoss != 0 {
			w = 0
		}
		switch {
		case d.sf[c]&sTime != 0 && (w == kwToday || w == kwYesterday || w == kwTonight || d.sf[c]&sWeekday != 0):
			c++ // "said Thursday it would appeal"
		case (w == kwOn || w == kwLast || w == kwThis || w == kwLate || w == kwEarly || w == kwIn || w == kwSince || w == kwDuring) && c+1 < last && (d.sf[c+1]&sTime != 0):
			c += 2
		case w == kwIn && c+2 < last && (p.tf[c+1]&wKW == kwA || p.tf[c+1]&wKW == kwAn) && d.sf[c+1]&sPoss == 0 && p.tf[c+2]&wDoc != 0:
			c += 3 // in a statement
		default:
			return c
		}
	}
	return c
}

// looksLikeClause reports whether [c, last) starts like a clause: a subject
// pronoun, or an auxiliary or modal within its first words.
func (p *attrPass) looksLikeClause(c, last int) bool {
	d := p.d
	if c < last && d.toks[c].Kind == tWord {
		if p.tf[c]&wKW == kwTo || d.sf[c]&sBlock != 0 {
			return false // "ask for help", "warned of a crisis"
		} else if d.toks[c].End-d.toks[c].Start > 4 && p.tf[c]&dIng != 0 && !(c+1 < last && p.relativeVerb(c+1)) {
			return false // "feared being shut out", not "showed hiring slowed"
		}
	}
	if c+1 < last && p.tf[c]&wKW == kwIt && (d.sf[c+1]&sPrepPP != 0 || d.toks[c+1].Kind == tPunct) {
		return false // "questioned it in emails": an object
	}
	toks, low, qOf, tf, sf := d.toks, d.low, p.qOf, p.tf, d.sf // locals: the call in the loop reloaded them each turn
	for k, n := c, 0; k < last && n < 12; k, n = k+1, n+1 {
		if qOf[k] >= 0 {
			return n > 0
		}
		t := toks[k]
		if t.Kind != tWord {
			if b := t.First; b == ',' || b == ';' {
				// an appositive after the subject goes on to its verb: "the
				// suspect, a 34-year-old man, had been arrested"
				if b == ',' && n > 0 && k+1 < last && (sf[k+1]&sDet != 0 || toks[k+1].Kind == tNum) {
					if e := p.appositiveEnd(k+1, last); e > 0 {
						k = e
						continue
					}
				}
				return false
			}
			continue
		}
		if sf[k]&sClause != 0 {
			return true
		}
		if n > 0 && sf[k]&sFinite != 0 && t.Flags&fCap == 0 && tf[k-1]&wDet == 0 && toks[k-1].Kind == tWord {
			return true // "figures show unemployment rose to 5%": an irregular past after its subject
		}
		if n == 0 || tf[k]&(wKW|dEd) == 0 && (t.End-t.Start <= 3 || low[t.End-1] != 's') {
			continue // (no keyword, -ed or -s: none of the tests below holds)
		}
		kw := tf[k] & wKW
		if kw == kwAnd && k+1 < last && sf[k+1]&sCue != 0 {
			return false // "declared a state of emergency and said …": an object, then another cue
		}
		switch kw {
		case kwAs, kwWhen, kwWhile, kwIf, kwBecause, kwAfter, kwBefore:
			// "showed no reaction as he was led": an object, then a
			// clause of its own
			return false
		}
		if t.Flags&fCap != 0 || tf[k-1]&wKW == kwAnd {
			continue
		}
		if t.End-t.Start > 3 && tf[k]&dEd != 0 && tf[k-1]&wDet == 0 && !(toks[k-1].First == '-' && toks[k-1].End == t.Start) { // -ed, four letters or more
			return true // (not after a determiner: "its approved rates"; nor "so-called")
		}
		if t.End-t.Start > 3 && low[t.End-1] == 's' && p.presentVerb(k, last) { // presentVerb's first test, inline
			return true // "told reporters the company hopes to fly again"
		}
	}
	return false
}

// appositiveEnd returns the comma closing an appositive that starts at k
// (within ten tokens, outside quotes, with no verb-like word), or -1.
func (p *attrPass) appositiveEnd(k, last int) int {
	d := p.d
	for x := k; x < last && x < k+10; x++ {
		if p.qOf[x] >= 0 {
			return -1
		}
		if t := d.toks[x]; t.Kind != tWord {
			if t.First == ',' {
				return x
			}
			if t.First != '-' && t.Kind != tNum {
				return -1
			}
		} else if d.sf[x]&(sClause|sFinite|sCue) != 0 {
			return -1
		}
	}
	return -1
}

// presentVerb reports whether word k looks like a verb in the present
// tense after its subject: an -s word after a plain lower-case word (not a
// determiner, possessive, number or preposition), followed by what a verb
// takes ("to", "that", a determiner or a number): "the company hopes to",
// "the firm expects a loss"; not "the new rules." or "the two sides".
func (p *attrPass) presentVerb(k, last int) bool {
	d := p.d
	w := d.lower(k)
	n := len(w)
	if n <= 3 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == 'u' || w[n-2] == 'i' || w[n-2] == '\'' || k+1 >= last {
		return false
	}
	pk := k - 1
	if d.toks[pk].Kind != tWord || d.toks[pk].Flags&fCap != 0 || d.sf[pk]&(sDet|sPoss|sPrepPP|sBlock) != 0 || p.smallNumber(pk) {
		return false
	}
	nx := k + 1
	if d.toks[nx].Kind == tWord && p.tf[nx]&wKW == kwTo {
		// "hopes to fly", not "wounds to his chest"
		return nx+1 < last && d.toks[nx+1].Kind == tWord && d.toks[nx+1].Flags&fCap == 0 && d.sf[nx+1]&(sDet|sPoss) == 0
	}
	return d.toks[nx].Kind == tNum || d.toks[nx].Kind == tWord && (p.tf[nx]&wKW == kwThat || d.sf[nx]&sDet != 0)
}

// clauseSpan returns the byte span of tokens [c, e) with trailing
// punctuation outside quotes trimmed.
func (p *attrPass) clauseSpan(c, e int) Span {
	d := p.d
	toks, qOf := d.toks, p.qOf // locals: a call in the loop reloaded them each turn
	for e > c && qOf[e-1] < 0 {
		t := toks[e-1]
		if t.Kind != tPunct {
			break
		}
		// trailPunct, its one-byte marks inline (the token's First, not
		// a byte of the text: a cache miss, most of this call's time)
		b := t.First
		if t.End-t.Start != 1 && !d.trailPunct(e-1) || t.End-t.Start == 1 && b != '.' && b != ',' && b != ';' && b != ':' && b != '!' && b != '?' && b != '-' {
			break
		}
		// the period of "p.m." or "U.S." stays
		if b == '.' && e-2 > c && toks[e-2].End-toks[e-2].Start == 1 && toks[e-2].Kind == tWord && toks[e-2].End == toks[e-1].Start && toks[e-3].First == '.' {
			break
		}
		e--
	}
	for c < e && toks[c].Kind == tPunct && qOf[c] < 0 && toks[c].First != '$' && d.tok(c) != "£" && d.tok(c) != "€" {
		c++
	}
	if c >= e {
		return none
	}
	return Span{int(toks[c].Start), int(toks[e-1].End)}
}

// trailPunct reports whether punctuation token k is one trimmed off the
// end of a content: . , ; : ! ? … — – - (a switch on its first byte, not
// a map lookup).
func (d *doc) trailPunct(k int) bool {
	t := d.toks[k]
	switch t.First {
	case '.', ',', ';', ':', '!', '?', '-':
		return t.End-t.Start == 1
	case firstEllipsis, firstEmDash, firstEnDash: // … — – (3 bytes each)
		return t.End-t.Start == 3
	}
	return false
}

// clipContents ends each forward content of sentence attributions
// [n0, len) before the next attribution's subject or cue in the sentence,
// trimming the joining ", and".
func (p *attrPass) clipContents(n0, first, last int) {
	d := p.d
	for i := n0; i < len(p.attrs); i++ {
		a := &p.attrs[i]
		if !a.forward {
			continue
		}
		for k := i + 1; k < len(p.attrs) && k <= i+4; k++ {
			b := &p.attrs[k]
			stop := int(b.cueTok)
			if sf := int(p.ments[b.subj].first); sf < stop && sf > int(a.cueTok) {
				stop = sf
			}
			if d.toks[stop].Start <= int32(a.content.Start) || int(d.toks[stop].Start) >= a.content.End {
				continue
			}
			// trim ", and", "and", ", a deal that", trailing time words
			e := stop
			for e > int(a.cueTok)+1 {
				w := d.lower(e - 1)
				if d.toks[e-1].First == ',' || w == "and" || w == "but" || w == "while" || w == "as" || w == "also" {
					e--
					continue
				}
				break
			}
			// back to a comma opening the next clause ("…, a deal that")
			for x := e - 1; x > int(a.cueTok)+1 && x > e-6; x-- {
				if d.toks[x].First == ',' && p.qOf[x] < 0 {
					e = x
					break
				}
			}
			// a trailing time is the report's after a plain object
			// ("reported a 14% rise on Monday and said"), the clause's
			// in a clause ("said it had approved a plant last year but")
			c := p.tokenIn(a.content.Start, first, stop)
			for e-2 > int(a.cueTok) && (d.sf[e-1]&sTime != 0) && (p.tf[e-2]&wKW == kwOn || p.tf[e-2]&wKW == kwLast) && !p.looksLikeClause(c, e) {
				e -= 2
			}
			if s := p.clauseSpan(c, e); s.Valid() {
				a.content = s
			}
			break
		}
	}
}

// speakers gives every quote its speaker's entity (p.qEnt).
func (p *attrPass) speakers() []int32 {
	d := p.d
	qs := d.res.Quotes
	// with qEnt, speakers by sentence: the first and last attribution of
	// each sentence whose subject has an entity, -1 when none (all the
	// rules below ask; a map of lists cost an allocation per sentence)
	ns := len(d.sents)
	h := d.scr.alloc(len(qs)+2*ns, 4, true)
	sa := *(*[]int32)(unsafe.Pointer(&h))
	negOnes(sa)
	qEnt, firstAttr, lastAttr := sa[:len(qs):len(qs)], sa[len(qs):len(qs)+ns:len(qs)+ns], sa[len(qs)+ns:]
	// the subjects' entities first, in a loop of their own: each is a
	// cache miss (the mentions are 56 bytes, a subject every few of them),
	// and in a short loop the processor waits for several at once (the
	// load was half of speakers under wasm)
	h = d.scr.alloc(len(p.attrs), 4, true)
	aEnt := *(*[]int32)(unsafe.Pointer(&h))
	for ai := range p.attrs {
		aEnt[ai] = p.ments[p.attrs[ai].subj].ent
	}
	qh := 0 // the last quote search's answer
	for ai := range p.attrs {
		a := &p.attrs[ai]
		e := aEnt[ai]
		if e < 0 {
			continue
		}
		p.ents[e].speaks = true // (for output: one loop over the attributions, not two)
		if firstAttr[a.sent] < 0 {
			firstAttr[a.sent] = int32(ai)
		}
		lastAttr[a.sent] = int32(ai)
		if a.quote >= 0 {
			qEnt[a.quote] = e
			qs[a.quote].Cue = a.cue
			qs[a.quote].Partial = a.inline
			if a.quote2 >= 0 && qEnt[a.quote2] < 0 {
				qEnt[a.quote2] = e
				qs[a.quote2].Cue = a.cue
				qs[a.quote2].Partial = false
			}
			continue
		}
		// quotes inside a reported clause
		// the first quote starting at or after c: contents come nearly in
		// order, so search by doubling steps from the last answer when it
		// is not past c
		c := a.content
		lo, hi := 0, len(qs)
		if qh > 0 && qs[qh-1].Start < c.Start {
			lo, hi = qh, qh
			for step := 1; hi < len(qs) && qs[hi].Start < c.Start; step *= 2 {
				lo, hi = hi+1, hi+step
			}
			hi = min(hi, len(qs))
		}
		for lo < hi {
			if h := int(uint(lo+hi) >> 1); qs[h].Start >= c.Start {
				hi = h
			} else {
				lo = h + 1
			}
		}
		qh = lo
		for q := lo; q < len(qs) && qs[q].Start < c.End; q++ {
			if qs[q].End <= c.End && qEnt[q] < 0 {
				qEnt[q] = e
				qs[q].Cue = a.cue
			}
		}
	}
	qFirst, qLast := p.qFirst, p.qLast // quoteFirst and quoteLast, inline
	// the rest: same sentence, adjacent sentence, the run of quotes
	var last int32 = -1     // entity of the last speaker in the chain
	var lastSent int32 = -2 // sentence where the chain was last fed
	// hs: the sentence of a quote's first token, then of its last, each
	// walked on from the one before (the quotes come in order) rather than
	// searched
	hs, sents := 0, d.sents
	for qi := range qs {
		k := int(qFirst[qi])
		if k >= len(d.toks) {
			continue
		}
		if hs > 0 && int(sents[hs-1].Last) > k {
			hs = d.sentenceOf(k) // a quote inside the last one
		}
		for hs < len(sents) && int(sents[hs].Last) <= k {
			hs++
		}
		s := int32(hs)
		if qEnt[qi] >= 0 {
			if qEnd := int(qLast[qi]); qEnd < len(d.toks) {
				for hs < len(sents) && int(sents[hs].Last) <= qEnd {
					hs++
				}
			}
			last, lastSent = qEnt[qi], int32(hs)
			continue
		}
		para := d.sents[s].Para
		// the chain breaks at a paragraph without quotes or cues
		if lastSent >= 0 && lastSent < s-1 {
			if !p.chainHolds(lastSent, s, last) {
				last = -1
			}
		}
		e := int32(-1)
		prev := int32(-1) // the last attribution of the sentence before
		if s > 0 {
			prev = lastAttr[s-1]
		}
		if a := lastAttr[s]; a >= 0 {
			e = aEnt[a]
		} else if prev >= 0 && d.sents[s-1].Para == para && (lastSent < s-1 || last < 0) {
			// the previous sentence reported someone: "Marquez said …. “…”"
			e = aEnt[prev]
		} else if last >= 0 && (lastSent == s-1 && d.sents[lastSent].Para == para || p.chainHolds(lastSent, s, last)) {
			e = last
		} else if int(s)+1 < len(d.sents) && d.sents[s+1].Para == para && k == int(d.sents[s].First) && firstAttr[s+1] >= 0 {
			// “…” “…,” she said: the next sentence's speaker
			e = aEnt[firstAttr[s+1]]
		} else if prev >= 0 && d.sents[s-1].Para == para-1 && k == int(d.paras[para].First) {
			// a paragraph that opens with a quote after one that ended by
			// reporting someone: "Smith said the plan would fail. ¶ “It is
			// a disaster.”"
			e = aEnt[prev]
		}
		// feed the chain with the sentence's own attributions
		if a := lastAttr[s]; a >= 0 {
			last = aEnt[a]
		}
		if e >= 0 {
			qEnt[qi] = e
			last = e
			for qEnd := int(qLast[qi]); hs < len(sents) && int(sents[hs].Last) <= qEnd; hs++ {
			}
			lastSent = int32(hs)
		}
	}
	p.qEnt = qEnt
	return qEnt
}

// chainHolds reports whether speaker e, seen in sentence from, still
// speaks in sentence to: every sentence between carries a quote or an
// attribution of the same run, or is a short beat of the speaker's own
// ("He paused."), and no paragraph between is without quotes.
func (p *attrPass) chainHolds(from, to, e int32) bool {
	d := p.d
	if from < 0 || to-from > 6 {
		return false
	}
	for s := from + 1; s < to; s++ {
		if !p.sentQuoted(int(s)) && !p.speakersBeat(int(s), e) {
			return false
		}
	}
	// across a paragraph break, the new paragraph must open with a quote
	if d.sents[from].Para != d.sents[to].Para {
		f := int(d.paras[d.sents[to].Para].First)
		if p.qOf[f] < 0 {
			return false
		}
		if d.sents[to].Para-d.sents[from].Para > 1 {
			return p.chainHolds(from, int32(d.sentenceOf(int(d.paras[d.sents[to].Para-1].First))), e)
		}
	}
	return true
}

// speakersBeat reports a short sentence of narration that opens with a
// mention of e and reports nothing: "He paused.", "Okafor shrugged."
func (p *attrPass) speakersBeat(s int, e int32) bool {
	sp := &p.d.sents[s]
	f := int(sp.First)
	if e < 0 || int(sp.Last)-f > 10 || p.mentStart[f] < 0 || p.ments[p.mentStart[f]].ent != e {
		return false
	}
	for k := f; k < int(sp.Last); k++ {
		if p.d.sf[k]&sCue != 0 {
			return false
		}
	}
	return true
}

// sentQuoted reports whether sentence s holds a quote: a quote ends at or
// after its start and starts before its end (a binary search, so a long
// sentence costs nothing more).
func (p *attrPass) sentQuoted(s int) bool {
	qs := p.d.res.Quotes
	sp := p.d.sents[s].Span
	lo, hi := 0, len(qs) // sort.Search by hand: no closure call per step
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); qs[h].End > sp.Start {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo < len(qs) && qs[lo].Start < sp.End
}

// output writes Sources, Attributions, and the sources of quotes and
// figures.
func (p *attrPass) output() {
	d := p.d
	r := &d.res
	// (speakers marked the subjects of attributions)
	for _, e := range p.qEnt {
		if e >= 0 {
			p.ents[e].speaks = true
		}
	}
	// sources in order of first mention, in one loop with srcOf's -1s
	// and the count of their mentions; order and srcOf from the arena
	// (appends to a small slice regrew it ~8 times a call)
	ne := len(p.ents)
	h := d.scr.alloc(2*ne, 4, true)
	tabs := *(*[]int32)(unsafe.Pointer(&h))
	order, srcOf := tabs[:0:ne], tabs[ne:2*ne:2*ne]
	nm := 0
	for ei := range p.ents {
		srcOf[ei] = -1
		if en := &p.ents[ei]; en.speaks && en.mentions > 0 {
			order = append(order, int32(ei))
			nm += int(en.mentions)
		}
	}
	// An entity is made by its first mention, in document order, so order
	// is sorted already (the starts are distinct: sort.Slice would leave it
	// as it is); sort only if that ever fails.
	for k := 1; k < len(order); k++ {
		if p.ments[p.ents[order[k]].firstMent].Start < p.ments[p.ents[order[k-1]].firstMent].Start {
			sortInt32s(order, func(a, b int32) int {
				return p.ments[p.ents[a].firstMent].Start - p.ments[p.ents[b].firstMent].Start
			})
			break
		}
	}
	// one array for the mentions of all the sources, each source's slice
	// capped at its own part (an allocation per source was a fifth of
	// output under wasm)
	spans := make([]Span, nm)
	if len(order) > 0 && cap(r.Sources)-len(r.Sources) < len(order) {
		rs := make([]Source, len(r.Sources), len(r.Sources)+len(order))
		copy(rs, r.Sources)
		r.Sources = rs
	}
	for _, ei := range order {
		en := &p.ents[ei]
		srcOf[ei] = int32(len(r.Sources))
		n := int(en.mentions)
		// set in place: a Source appended whole was a copy with the
		// collector's barrier under wasm (wbMove)
		r.Sources = r.Sources[:len(r.Sources)+1]
		s := &r.Sources[len(r.Sources)-1]
		s.Kind = p.sourceKind(en)
		ms := spans[:0:n]
		spans = spans[n:]
		best := -1
		for mi := en.firstMent; mi >= 0; mi = p.ments[mi].next {
			m := &p.ments[mi]
			if m.hidden {
				continue
			}
			ms = append(ms, m.Span)
			if m.kind == mkPron {
				continue
			}
			// the fullest mention: a name before a common noun, then the
			// longest ("Apple Inc.", not "the company")
			if b := best; b < 0 || (m.kind == mkName) != (p.ments[b].kind == mkName) && m.kind == mkName ||
				(m.kind == mkName) == (p.ments[b].kind == mkName) && m.End-m.Start > p.ments[b].End-p.ments[b].Start {
				best = int(mi)
			}
		}
		if best < 0 {
			best = int(en.firstMent)
		}
		s.Name, s.Mentions = d.src[p.ments[best].Start:p.ments[best].End], ms
	}
	if len(p.attrs) > 0 {
		// appended to a local, stored once: a store of r.Attributions
		// a turn was a write barrier's test each
		as := make([]Attribution, 0, len(p.attrs))
		for ai := range p.attrs {
			a := &p.attrs[ai]
			e := p.ments[a.subj].ent
			if e < 0 || srcOf[e] < 0 {
				continue
			}
			// set in place: an Attribution made whole was a memory.fill
			// and a memory.copy under wasm
			as = as[:len(as)+1]
			x := &as[len(as)-1]
			x.Source, x.Mention, x.Cue, x.Content = int(srcOf[e]), p.ments[a.subj].Span, a.cue, a.content
		}
		r.Attributions = as
	}
	for qi := range r.Quotes {
		if e := p.qEnt[qi]; e >= 0 {
			r.Quotes[qi].Source = int(srcOf[e])
		} else {
			r.Quotes[qi].Source = -1
		}
	}
	p.quotedNames(srcOf)
	p.figureSources()
}

// quotedNames adds to each source the places a quote names it by its
// full name or surname ("“Mr. Finch has lived in this county …”"): the
// quotes were left out of mention finding so that no speech verb inside
// them is a cue; names inside them still point at a source.
func (p *attrPass) quotedNames(srcOf []int32) {
	if p.qShared || p.capsLost {
		for k := 0; k < len(p.d.toks); k++ {
			if p.qOf[k] >= 0 {
				k = p.quotedName(k, len(p.d.toks), srcOf)
			}
		}
		return
	}
	// the capitalized tokens inside quotes only (indexQuotes lists them),
	// quotedName's first test inline (a call per token is dear under
	// wasm); a quote's tokens end at its qTokTo
	toks, tf, next := p.d.toks, p.tf, 0
	for _, k := range p.qCaps {
		if int(k) < next || tf[k]&wStop != 0 && toks[k].Flags&fUpper == 0 {
			continue
		}
		next = p.quotedName(int(k), int(p.qTokTo[p.qOf[k]]), srcOf) + 1
	}
}

// quotedName adds the source a name at token k (inside a quote) names, and
// returns the last token it read. The quote's tokens end at lim, or
// anywhere before the last token when lim is the last (quotes share
// tokens).
func (p *attrPass) quotedName(k, lim int, srcOf []int32) int {
	d := p.d
	r := &d.res
	{
		if p.d.toks[k].Flags&fCap == 0 || p.tf[k]&wStop != 0 && d.toks[k].Flags&fUpper == 0 {
			return k
		}
		end := min(k+maxNP, lim)
		for x := k; x < end && lim == len(d.toks); x++ {
			if p.qOf[x] != p.qOf[k] {
				end = x
				break
			}
		}
		run := p.capRun(k, end)
		f := k
		for f < run && (p.tf[f]&wHon != 0 || d.toks[f].Kind == tPunct) {
			f++ // Mr. Finch: the title belongs to the mention, not the key
		}
		if f < run {
			l := run
			for l-1 > f && d.toks[l-1].Kind == tPunct {
				l--
			}
			ks, ke := p.nameSpan(int32(f), int32(l))
			// a full name, or a one-word name as a surname
			e := int32(-1)
			if _, s := p.cl.names.find(ks, ke); p.cl.names.slots[s] != 0 {
				en := &p.cl.names.ents[p.cl.names.slots[s]-1]
				if e = en.vals[rFull]; e < 0 && l-f == 1 {
					e = en.vals[rSur]
				}
			}
			if e >= 0 && srcOf[e] >= 0 {
				s := Span{int(d.toks[k].Start), int(d.toks[l-1].End) - p.possLen(l-1)}
				r.Sources[srcOf[e]].Mentions = append(r.Sources[srcOf[e]].Mentions, s)
			}
		}
		return run - 1
	}
}

// sourceKind decides an entity's kind from its mentions' evidence.
func (p *attrPass) sourceKind(en *entity) SourceKind {
	switch en.kind {
	case mkGroup:
		return Group
	case mkAnon:
		return Anonymous
	case mkDoc:
		return Document
	case mkOrg:
		return Organization
	case mkRole:
		return Person
	case mkPron:
		switch {
		case en.ev&evPlural != 0:
			return Group
		case en.ev&evPerson != 0:
			return Person
		}
		return Organization
	}
	switch {
	case en.ev&evPerson != 0:
		return Person
	case en.ev&evOrg != 0:
		return Organization
	}
	// an unexplained name: two words or more read as a person, one word
	// (Reuters, Halvorsen) as a body
	for mi := en.firstMent; mi >= 0; mi = p.ments[mi].next {
		if m := &p.ments[mi]; m.kind == mkName && m.nameL-m.nameF > 1 {
			return Person
		}
	}
	if m := &p.ments[max(en.firstMent, 0)]; en.firstMent >= 0 && m.kind == mkName && m.nameL-m.nameF == 1 && m.first == m.nameF && peoplePlural(p.d.tok(int(m.nameF))) {
		return Group // Republicans, Democrats, Conservatives, Israelis: a people, not a body
	}
	return Organization
}

// peoplePlural reports a capitalized word shaped like the plural of a
// member of a party, a creed or a nation: Republicans, Democrats, Tories,
// Socialists, Israelis (not Siemens or Airbus: the endings are the
// plurals' own; not the Rangers, whose article makes a team).
func peoplePlural(w string) bool {
	n := len(w)
	if n < 5 || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	for _, suf := range [...]string{"ans", "ats", "ives", "ists", "ites", "ories", "alis", "aqis", "anis", "eers"} {
		if n > len(suf) && w[n-len(suf):] == suf {
			return true
		}
	}
	return false
}

// figureSources gives each figure inside a content span (an attributed
// quote or reported clause) the source of the innermost span that holds
// it: the one that starts last, the shorter on a tie, the later on a full
// tie (quotes after attributions). Each list is walked once with a cursor
// over the figures sorted by start (the attributions' contents come
// nearly in order, the quotes in order), so no span list is built or
// sorted: that sort and a sweep with a stack were a third of output.
func (p *attrPass) figureSources() {
	d := p.d
	r := &d.res
	fs := r.Figures
	for k := 1; k < len(fs); k++ {
		if fs[k].Start < fs[k-1].Start {
			sortStable(fs, func(f Figure) Span { return f.Span })
			break
		}
	}
	h := d.scr.alloc(2*len(fs), 4, true) // (figureSweep writes each before reading it)
	figureSweep(fs, *(*[]int32)(unsafe.Pointer(&h)), r.Attributions, r.Quotes)
}

// figureSweep gives the figures of fs (sorted by start) their source from
// the contents of as and the quotes qs: that of the innermost span holding
// each, or -1 (in: the span of each figure's source, start and end). Per
// list a cursor finds the first figure at or after each span's start. A
// loop without calls: see lexFast.
func figureSweep(fs []Figure, in []int32, as []Attribution, qs []Quote) {
	if len(in) != 2*len(fs) {
		return // never: two entries per figure
	}
	for i := range fs {
		fs[i].Source = -1
	}
	k := uint(0) // the cursor
	for i := uint(0); i < uint(len(as)+len(qs)); i++ {
		var s Span
		var src int
		if i < uint(len(as)) {
			if s, src = as[i].Content, as[i].Source; s.Start < 0 { // Valid, inline
				continue
			}
		} else if i-uint(len(as)) < uint(len(qs)) {
			if s, src = qs[i-uint(len(as))].Span, qs[i-uint(len(as))].Source; src < 0 {
				continue
			}
			if i == uint(len(as)) {
				k = 0 // the quotes: from the start again
			}
		}
		k = min(k, uint(len(fs)))
		for k-1 < uint(len(fs)) && fs[k-1].Start >= s.Start {
			k--
		}
		for k < uint(len(fs)) && fs[k].Start < s.Start {
			k++
		}
		for x := k; x < uint(len(fs)) && fs[x].Start < s.End; x++ {
			if f := &fs[x]; f.End <= s.End && 2*x+1 < uint(len(in)) &&
				(f.Source < 0 || s.Start > int(in[2*x]) || s.Start == int(in[2*x]) && s.End <= int(in[2*x+1])) {
				f.Source = src
				in[2*x], in[2*x+1] = int32(s.Start), int32(s.End)
			}
		}
	}
}
