package annotate

import "unsafe"

// The speaker slot beside a quote. News names a speaker right after a
// quote that ends with a comma (or ? or !) in two shapes:
//
//	"It was fine," the lifeguard said.
//	"It was fine," said the bandleader.
//
// The words there are a noun phrase whatever they are: the lexicon cannot
// list every noun for a person (stallholder, paramedic-turned-author, the
// mother of two), and a quote whose slot held an unknown noun found no
// speaker there and took the previous paragraph's, a wrong source rather
// than none. findSlots reads the slot from its shape alone, and the
// chunker takes it where no mention of its own covers it (takeSlot).

// maxSlotWords bounds the words of a slot's noun phrase after its article.
const maxSlotWords = 5

// findSlots returns the mention of each quote's speaker slot, in order;
// the chunker takes one where no mention of its own covers it, in place
// of the pieces it would have read there ("the mother" of "the mother of
// two"): see takeSlot.
func (p *attrPass) findSlots() []mention {
	d := p.d
	toks := d.toks
	// at most one a quote, in the call's arena (pointer-free)
	h := d.scr.alloc(len(d.res.Quotes), unsafe.Sizeof(mention{}), false)
	slots := (*(*[]mention)(unsafe.Pointer(&h)))[:0]
	for qi := range d.res.Quotes {
		c := int(p.qLast[qi]) // the closing mark
		if c <= 0 || c+2 >= len(toks) || toks[c].Kind != tQuote || toks[c-1].Kind != tPunct {
			continue
		}
		// (the mark's first byte from the token: a load of the text
		// there missed the cache at each quote, most of this loop's time
		// under V8)
		switch toks[c-1].First {
		case ',', '?', '!':
		default:
			continue
		}
		k := c + 1
		inverted := p.tf[k]&wCue != 0 && toks[k].Flags&fNewline == 0
		if inverted {
			k++
		}
		first, head, end, ok := p.slotPhrase(k)
		if !ok {
			continue
		}
		if inverted {
			// the phrase ends the clause: "said the bandleader." or ", who",
			// or a preposition follows: "said his lady to him"
			if end < len(toks) && toks[end].Kind != tPunct && toks[end].Flags&fNewline == 0 && d.sf[end]&sBlock == 0 {
				continue
			}
		} else {
			// the verb follows, after adverbs at most: "the lifeguard later said"
			v := end
			for v < len(toks) && v < end+2 && p.tf[v]&wAux != 0 && p.tf[v]&wCue == 0 {
				v++
			}
			if v >= len(toks) || p.tf[v]&wCue == 0 || toks[v].Flags&fNewline != 0 {
				continue
			}
		}
		m := mention{first: int32(first), last: int32(end), nameF: -1, nameL: -1, head: int32(head), ent: -1, kind: mkRole, ev: evPerson, definite: true}
		if l := d.lower(first); l == "a" || l == "an" {
			m.kind, m.definite = mkAnon, false // "a bystander said": unnamed
		}
		if f := p.tf[head]; f&wMale != 0 {
			m.ev |= evMale
		} else if f&wFemale != 0 {
			m.ev |= evFemale
		}
		m.Span = Span{int(toks[first].Start), int(toks[end-1].End)} // (its sentence: the chunker's)
		if n := len(slots); n > 0 && slots[n-1].last > m.first {
			continue // two quotes closing at one mark
		}
		slots = append(slots, m)
	}
	return slots
}

// slotStart returns the first token of slots[n], or a token past any.
func slotStart(slots []mention, n int) int {
	if n < len(slots) {
		return int(slots[n].first)
	}
	return int(^uint(0) >> 1)
}

// takeSlot fills m, the chunker's next mention, at slot sl: the chunker's
// own mention there when it is the slot's or runs past it (but not into
// the verb: "the mother of two said" read "two said" as a noun phrase),
// else the slot's. end bounds the chunker's mention.
func (p *attrPass) takeSlot(m *mention, sl *mention, end int) {
	if p.parseNP(m, int(sl.first), end) && (m.last == sl.last || m.last > sl.last && p.tf[sl.last]&wCue == 0) {
		return
	}
	*m = *sl
}

// slotPhrase reads a noun phrase at token k the chunker may not know: an
// article, then up to maxSlotWords lower-case words, each maybe a chain
// joined by hyphens (paramedic-turned-author, father-of-three), with "of"
// and a number at its end (the mother of two). It returns its first
// token, its head word, its end and whether it is one.
func (p *attrPass) slotPhrase(k int) (first, head, end int, ok bool) {
	d := p.d
	toks := d.toks
	if k >= len(toks) || toks[k].Kind != tWord || toks[k].Flags&fNewline != 0 {
		return
	}
	if p.tf[k]&wDet == 0 {
		return // (the flag first: most words after a quote are no determiner)
	}
	switch l := d.lower(k); {
	case p.tf[k]&wKW == kwThe, l == "a", l == "an", l == "his", l == "her", l == "their", l == "my", l == "our":
	default:
		return
	}
	first, head = k, -1
	j := k + 1
	for words := 0; j < len(toks) && words < maxSlotWords && toks[j].Flags&fNewline == 0; words++ {
		t := &toks[j]
		if t.Kind != tWord {
			break // (a capital may be in it: "shouted the Government benches")
		}
		if p.tf[j]&(wStop|wAux|wBe|wPron|wDet|wCue|wBlock|wClause|wTime|wPhrase) != 0 {
			// "of" and a number end the phrase: the mother of two
			if head == j-1 && p.tf[j]&wKW == kwOf && j+1 < len(toks) && (toks[j+1].Kind == tNum || p.smallNumber(j+1)) {
				j += 2
			}
			break
		}
		head = j
		j++
		// a chain: the head is its last word, or the word before "of"
		ofSeen := false
		for j+1 < len(toks) && toks[j].Kind == tPunct && d.src[toks[j].Start] == '-' && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End &&
			(toks[j+1].Kind == tWord && toks[j+1].Flags&fCap == 0 || toks[j+1].Kind == tNum) {
			if p.tf[j+1]&wKW == kwOf {
				ofSeen = true
			} else if !ofSeen && toks[j+1].Kind == tWord {
				head = j + 1
			}
			j += 2
		}
	}
	if head < 0 {
		return
	}
	return first, head, j, true
}

// hyphenPrefix widens mention m over the words joined to its first by
// hyphens, and their determiner, back to token lo at most: the chunker
// starts a role at the word it knows, so "a co-author, Tomás Echeverría"
// was read from "author" and "First-time buyer Leah Dunmore" from "time",
// a mention cut inside a word.
func (p *attrPass) hyphenPrefix(m *mention, lo int) {
	toks, qOf := p.d.toks, p.qOf
	f := int(m.first)
	// (the hyphen from its token: a load of the text there missed the
	// cache)
	for f-2 >= lo && toks[f-1].End == toks[f].Start && toks[f-1].Start == toks[f-2].End && toks[f-1].Kind == tPunct && toks[f-1].First == '-' &&
		(toks[f-2].Kind == tWord || toks[f-2].Kind == tNum) && qOf[f-2] < 0 {
		f -= 2
	}
	if f < int(m.first) {
		if f-1 >= lo && p.tf[f-1]&wDet != 0 && qOf[f-1] < 0 {
			f-- // and its determiner: "A co-author"
		}
		m.first = int32(f)
		m.Span.Start = int(toks[f].Start)
	}
}

// label reports a name mention that names no source: words set in
// quotation marks the quote pass left unpaired ("scrap the 'Golden Goal'
// rule"), a title or a label, and a language after "in" ("she said in
// English"). The pronoun resolver passes them by: each was once the
// antecedent of a later he or she, and so a source.
func (p *attrPass) label(m *mention) bool {
	toks := p.d.toks
	f, l := int(m.first), int(m.last)
	if m.kind != mkName || f == 0 || l >= len(toks) {
		return false
	}
	if toks[f-1].Kind == tQuote && toks[l].Kind == tQuote && toks[f-1].End == toks[f].Start && toks[l].Start == toks[l-1].End {
		return true
	}
	return l-f == 1 && p.tf[f-1]&wKW == kwIn && p.inSet(f, wsLanguage)
}

var languages = setOf("english french spanish german italian portuguese arabic mandarin chinese cantonese japanese korean russian hindi urdu bengali punjabi hebrew turkish dutch polish swedish norwegian danish finnish greek welsh gaelic irish swahili tagalog vietnamese thai persian farsi ukrainian")

// thinkTanks reads "think tank" as a body's head: "think" is a cue verb,
// and "a Sydney think tank, found" lost its subject to it (the chunker
// stopped at the verb and the cue rules took "think" for one). Only the
// cue candidates are read: "think" is one.
func (p *attrPass) thinkTanks() {
	d := p.d
	drop := false
	for _, j := range p.cueCands {
		k := int(j)
		if t := &d.toks[k]; t.End-t.Start != 5 || d.src[t.Start]|0x20 != 't' {
			continue // (most candidates: no call)
		}
		if k+1 < len(d.toks) && d.toks[k].Kind == tWord && d.toks[k+1].Kind == tWord && d.lower(k) == "think" {
			if l := d.lower(k + 1); l == "tank" || l == "tanks" {
				p.tf[k] = p.tf[k]&^(wLex|dIng|dEd) | wMod
				p.tf[k+1] |= wOrgHead
				drop = true
			}
		}
	}
	if !drop {
		return
	}
	w := 0
	for _, j := range p.cueCands {
		if p.d.toks[j].Kind != tWord || p.tf[j]&wCue != 0 || p.tf[j]&wMod == 0 || d.lower(int(j)) != "think" {
			p.cueCands[w] = j // (the think of a think tank, cleared above, goes)
			w++
		}
	}
	p.cueCands = p.cueCands[:w]
}
