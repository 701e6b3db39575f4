package annotate

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
// than none. slotMentions reads the slot from its shape alone when the
// chunker left it without a mention covering it.

// maxSlotWords bounds the words of a slot's noun phrase after its article.
const maxSlotWords = 5

// slotMentions adds a mention for each quote's speaker slot that no
// mention covers, replacing the pieces of it the chunker found ("the
// mother" of "the mother of two"). p.ments must be in token order and not
// yet indexed (findMentions calls it before building mentStart).
func (p *attrPass) slotMentions() {
	d := p.d
	toks := d.toks
	slots := make([]mention, 0, 16) // (one allocation: a story has few)
	for qi := range d.res.Quotes {
		c := int(p.qLast[qi]) // the closing mark
		if c <= 0 || c+2 >= len(toks) || toks[c].Kind != tQuote || toks[c-1].Kind != tPunct {
			continue
		}
		switch d.src[toks[c-1].Start] {
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
		m.Span = Span{int(toks[first].Start), int(toks[end-1].End)}
		m.sent = int32(d.sentenceOf(first))
		if n := len(slots); n > 0 && slots[n-1].last > m.first {
			continue // two quotes closing at one mark
		}
		slots = append(slots, m)
	}
	if len(slots) == 0 {
		return
	}
	// Merge the slots into the mentions in token order, in place (the
	// list is the size of the text: a copy was a megabyte per call). A
	// mention that is the slot already keeps it; mentions inside a slot
	// give way (marked first = -1, then dropped).
	ms := p.ments
	keep, i := slots[:0], 0
	for _, s := range slots {
		for i < len(ms) && ms[i].first < s.first {
			i++
		}
		if i > 0 && ms[i-1].last > s.first {
			continue // a mention reaches into the slot from before it
		}
		covered := false
		j := i
		for ; j < len(ms) && ms[j].first < s.last; j++ {
			// (a mention running on into the verb is wrong: "the mother
			// of two said" read "two said" as a noun phrase)
			if ms[j].first == s.first && ms[j].last == s.last || ms[j].last > s.last && p.tf[s.last]&wCue == 0 {
				covered = true
			}
		}
		if covered {
			continue
		}
		for ; i < j; i++ {
			ms[i].first = -1
		}
		keep = append(keep, s)
	}
	if len(keep) == 0 {
		return
	}
	n := 0
	for k := range ms {
		if ms[k].first >= 0 {
			if n != k {
				ms[n] = ms[k]
			}
			n++
		}
	}
	// then the slots, from the back: each element moves up, never down
	r := n - 1
	ms = append(ms[:n], keep...)
	w := len(ms) - 1
	for x := len(keep) - 1; x >= 0; x-- {
		for ; r >= 0 && ms[r].first > keep[x].first; r-- {
			ms[w] = ms[r]
			w--
		}
		ms[w] = keep[x]
		w--
	}
	p.ments = ms
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
	switch l := d.lower(k); {
	case p.tf[k]&wKW == kwThe, l == "a", l == "an", l == "his", l == "her", l == "their", l == "my", l == "our":
	default:
		return
	}
	first, head = k, -1
	j := k + 1
	for words := 0; j < len(toks) && words < maxSlotWords && toks[j].Flags&fNewline == 0; words++ {
		t := &toks[j]
		if t.Kind != tWord || t.Flags&fCap != 0 {
			break
		}
		if p.tf[j]&(wStop|wAux|wBe|wPron|wDet|wCue|wBlock|wClause|wTime|wPhrase) != 0 {
			// "of" and a number end the phrase: the mother of two
			if head == j-1 && p.tf[j]&wKW == kwOf && j+1 < len(toks) && slotNumber(d, j+1) {
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

// slotNumber tells whether token k is a small count: 2, two.
func slotNumber(d *doc, k int) bool {
	if d.toks[k].Kind == tNum {
		return true
	}
	switch d.lower(k) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// hyphenPrefixes widens each mention over the words joined to its first
// by hyphens: the chunker starts a role at the word it knows, so "a
// co-author, Tomás Echeverría" was read from "author" and "First-time
// buyer Leah Dunmore" from "time", a mention cut inside a word.
func (p *attrPass) hyphenPrefixes() {
	toks, src, qOf := p.d.toks, p.d.src, p.qOf
	prevEnd := 0
	for mi := range p.ments {
		m := &p.ments[mi]
		f := int(m.first)
		for f-2 >= prevEnd && toks[f-1].Kind == tPunct && src[toks[f-1].Start] == '-' &&
			toks[f-1].Start == toks[f-2].End && toks[f-1].End == toks[f].Start &&
			(toks[f-2].Kind == tWord || toks[f-2].Kind == tNum) && qOf[f-2] < 0 {
			f -= 2
		}
		if f < int(m.first) {
			if f-1 >= prevEnd && p.tf[f-1]&wDet != 0 && qOf[f-1] < 0 {
				f-- // and its determiner: "A co-author"
			}
			m.first = int32(f)
			m.Span.Start = int(toks[f].Start)
		}
		prevEnd = int(m.last)
	}
}

// dropWrappedNames drops the names set in quotation marks the quote pass
// left unpaired ("scrap the 'Golden Goal' rule"): a title or a label, not
// a source, and never a pronoun's antecedent; and languages after "in".
func (p *attrPass) dropWrappedNames() {
	toks := p.d.toks
	w := 0
	for mi := range p.ments {
		m := &p.ments[mi]
		f, l := int(m.first), int(m.last)
		if m.kind == mkName && f > 0 && l < len(toks) && toks[f-1].Kind == tQuote && toks[l].Kind == tQuote &&
			toks[f-1].End == toks[f].Start && toks[l].Start == toks[l-1].End {
			continue
		}
		// a language: "she said in English", "wrote in French"
		if m.kind == mkName && l-f == 1 && f > 0 && p.tf[f-1]&wKW == kwIn && languages[p.d.lower(f)] {
			continue
		}
		if w != mi {
			p.ments[w] = *m
		}
		w++
	}
	p.ments = p.ments[:w]
}

// thinkTanks reads "think tank" as a body's head: "think" is a cue verb,
// and "a Sydney think tank, found" lost its subject to it (the chunker
// stopped at the verb and the cue rules took "think" for one). The
// compound is rare enough to look for by its second word's id.
func (p *attrPass) thinkTanks() {
	d := p.d
	drop := false
	for _, j := range p.cueCands {
		k := int(j)
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

var languages = setOf("english french spanish german italian portuguese arabic mandarin chinese cantonese japanese korean russian hindi urdu bengali punjabi hebrew turkish dutch polish swedish norwegian danish finnish greek welsh gaelic irish swahili tagalog vietnamese thai persian farsi ukrainian")
