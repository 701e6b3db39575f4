package annotate

// Sources (ANNOTATION.md §3): who is named or referred to, and which
// mentions are one speaker.
//
// findMentions chunks each sentence, left to right, into noun phrases that
// can be a source: names with the titles and roles in front of them
// ("Harbour City coach Maria Delgado", "Its chief executive, Erik Lind"),
// groups ("Varnian border officials", "Residents of Drevna"), anonymous
// sources ("a person familiar with the matter"), bodies ("the ministry"),
// documents ("a filing with the Securities and Exchange Commission") and
// the pronouns he, she, they and it. The chunker looks at a bounded window
// (maxNP tokens) from each start, so it is linear in the text.
//
// cluster then walks the mentions in order and gives each an entity: names
// by their full form, surname or given name (a map lookup), common nouns
// ("the company", "The association") by the last fitting entity, pronouns
// by the most recent entity of the right gender and number within the
// paragraph and the one before. Only entities that turn out to speak (the
// subject of an attribution or the speaker of a quote) become Sources.

import (
	_ "embed"
	"math/bits"
	"sync"
	"unsafe"
)

//go:embed lexicon/roles.txt
var rolesText string

//go:embed lexicon/groups.txt
var groupsText string

//go:embed lexicon/orgs.txt
var orgsText string

//go:embed lexicon/stopcaps.txt
var stopcapsText string

//go:embed lexicon/given_names.txt
var givenNamesText string

//go:embed lexicon/pronouns.txt
var pronounsText string

// wordFlag marks what a lower-cased word can be in a source mention.
type wordFlag uint64

const (
	wStop          wordFlag = 1 << iota // never starts or makes a name
	wHon                                // honorific, stands before a name
	wRole                               // role noun: head of a role phrase
	wOrgDesc                            // organization descriptor before a name
	wMod                                // role modifier (chief, senior, foreign)
	wMale                               // gender of a name, honorific or role
	wFemale                             //
	wGiven                              // a given name
	wGroup                              // plural people: officials
	wAnon                               // anonymous whatever the determiner: sources
	wAnonPeople                         // people, persons: anonymous when unnamed
	wAnonSing                           // singular person head: a senior official
	wOrgHead                            // the ministry, Police
	wCompanyHead                        // the company, the firm
	wDoc                                // a statement, the report
	wAnonMark                           // familiar (with), close (to)
	wOrgSuffix                          // ends an organization's name
	wCompanySuffix                      // ends a company's name
	wOfHead                             // may be followed by "of" in a name
	wOrgName                            // a one-word organization (Reuters)
	wPron                               // he she they it
	wPlural                             // they
	wNeuter                             // it
	wPlace                              // ends a place name (County, Valley)
	// Closed classes the rules test on every token, folded in so that one
	// map lookup per token answers them all (BenchmarkAnnotate: map
	// lookups were a third of the attribution pass).
	wDet    // determiners: the, a, its, two
	wAux    // auxiliaries and adverbs between subject and verb
	wBe     // forms of be
	wBlock  // prepositions and the like that make a noun an object
	wClause // words that show a clause (modals, subject pronouns)
	wTime   // time words: Monday, week
	wAdj    // adjectives that may stand in a source noun phrase
	wCue    // a form of a reporting verb
	wPhrase // the first word of a cue phrase (according, based)
	wObject // an object pronoun (him, her): a mention, never a subject

	wLexEnd // not a flag: the lexicon's flags are the bits below it
)

// wLex masks the lexicon's flags of a p.tf entry. Above them tokenFlags
// keeps what the rules would otherwise recompute from the word's text on
// every visit (a string compare or a map lookup each, and a call each
// under wasm, where nothing small is inlined):
//
//   - the shape of a word the lexicon does not know (dRoleSuffix …), and
//   - a keyword code (bits kwShift and up): the word's index in kwWords,
//     so that p.tf[k]&wKW == kwOf becomes p.tf[k]&wKW == kwOf.
//
// Tests of "no lexicon flag" must mask: f&wLex == 0.
const (
	wLex wordFlag = wLexEnd - 1

	dRoleSuffix wordFlag = 1 << 40 // roleSuffix: cardiologist, technician
	dAgent      wordFlag = 1 << 41 // agentNoun: planner, organizer
	dPlRole     wordFlag = 1 << 42 // a plural of a role: commissioners
	dPlDoc      wordFlag = 1 << 43 // a plural of a document: polls, filings
	dNeg        wordFlag = 1 << 44 // ends in n't or n’t (any word: negated)
	dContrib    wordFlag = 1 << 45 // "contributed" (byline), to test it with the cue flags
	dIng        wordFlag = 1 << 46 // ends in -ing (any word; the rules test the length)
	dEd         wordFlag = 1 << 47 // ends in -ed
	// dNoStart: a stop word that heads nothing (in, according, first):
	// parseNP stops at it, lower-case or capitalized, unless it is all
	// capitals (IN); det and pronouns are left out (the, he start mentions)
	dNoStart wordFlag = 1 << 39
	dPluralS wordFlag = 1 << 38 // a plural by its s: not ss, not "news" (court documents)
	// findMentions' test of the word parseNP must go on from after a
	// determiner, number or modifier (see there): it stops at a dStops
	// word, lower-case, and goes on from a dGoesOn word
	dStops  wordFlag = 1 << 37 // dNoStart but an adjective (the same) or "of" (one of)
	dGoesOn wordFlag = 1 << 36 // a head, role or modifier (npGoesOn), "of" or a possessive
	// dNotAgent marks notAgents in srcWords (so setFlags reads it with the
	// word's hash, not a map lookup per word in tokenFlags), which clears
	// it from p.tf
	dNotAgent wordFlag = 1 << 35

	kwShift          = 48
	wKW     wordFlag = 0xff << kwShift

	// npStart's bits of a word, above the keyword code: a word that is no
	// stop word, then whether the word is strong for each value of its
	// token's flags&3 (fCap, fUpper), a four-bit truth table
	fcShift                = 56
	fcWord        wordFlag = 4 << fcShift
	fcStrongShift          = fcShift + 3
	fcNum         wordFlag = 0xf << fcStrongShift // a number's p.tf: strong, and nothing else
	dPoss         wordFlag = 1 << 57              // a possessive ('s, ’s): as sPoss, for npCodes
)

// kwWords are the words the rules compare tokens with; a word's keyword
// code is its index here, shifted: keep the kw constants in the same order.
var kwWords = [...]string{"", "of", "and", "the", "on", "that", "for", "who", "but", "as", "to",
	"this", "last", "an", "a", "year", "with", "their", "old", "knowledge", "its", "in", "her",
	"his", "from", "at", "yesterday", "whose", "while", "which", "when", "was", "warned",
	"tonight", "told", "today", "those", "these", "tells", "telling", "tell", "since", "reports",
	"reporting", "reported", "reminded", "quoted", "our", "one", "off", "nothing", "little",
	"late", "it", "informed", "if", "early", "during", "contributed", "cited", "by", "before",
	"because", "assured", "another", "also", "after"}

const (
	kwOf wordFlag = (iota + 1) << kwShift
	kwAnd
	kwThe
	kwOn
	kwThat
	kwFor
	kwWho
	kwBut
	kwAs
	kwTo
	kwThis
	kwLast
	kwAn
	kwA
	kwYear
	kwWith
	kwTheir
	kwOld
	kwKnowledge
	kwIts
	kwIn
	kwHer
	kwHis
	kwFrom
	kwAt
	kwYesterday
	kwWhose
	kwWhile
	kwWhich
	kwWhen
	kwWas
	kwWarned
	kwTonight
	kwTold
	kwToday
	kwThose
	kwThese
	kwTells
	kwTelling
	kwTell
	kwSince
	kwReports
	kwReporting
	kwReported
	kwReminded
	kwQuoted
	kwOur
	kwOne
	kwOff
	kwNothing
	kwLittle
	kwLate
	kwIt
	kwInformed
	kwIf
	kwEarly
	kwDuring
	kwContributed
	kwCited
	kwBy
	kwBefore
	kwBecause
	kwAssured
	kwAnother
	kwAlso
	kwAfter
	kwEnd // not a keyword
)

// objectPronoun reports whether "her" at i is the object pronoun, not
// the possessive: what follows is no noun ("reached her 19 minutes
// after", "told her the", "her." ).
func (p *attrPass) objectPronoun(i, end int) bool {
	if p.tf[i]&wKW != kwHer {
		return true
	}
	k := i + 1
	if k >= end || p.d.toks[k].Kind == tPunct || p.d.toks[k].Kind == tQuote {
		return true
	}
	if p.d.toks[k].Kind != tWord {
		return p.d.toks[k].Kind == tNum
	}
	switch p.tf[k] & wKW {
	case kwThat, kwTo, kwAnd, kwBut, kwAs, kwWhen, kwIf, kwBecause, kwAfter, kwBefore:
		return true
	}
	return p.tf[k]&(wDet|wBlock) != 0 && p.tf[k]&wAdj == 0
}

var (
	srcLexOnce sync.Once
	srcWords   map[string]wordFlag
)

func loadSourceLexicons() {
	srcLexOnce.Do(func() {
		srcWords = make(map[string]wordFlag, 4000)
		add := func(w string, f wordFlag) { srcWords[w] |= f }
		// roles.txt, groups.txt, orgs.txt: a tag, then words; the tag
		// gives the flags (see each file's header)
		for _, l := range []struct {
			text string
			tags map[string]wordFlag
		}{
			{rolesText, map[string]wordFlag{"h": wHon, "hm": wHon | wMale, "hf": wHon | wFemale,
				"r": wRole, "rm": wRole | wMale, "rf": wRole | wFemale, "o": wOrgDesc, "mod": wMod}},
			{groupsText, map[string]wordFlag{"g": wGroup, "a": wAnon, "ap": wAnonPeople, "as": wAnonSing,
				"o": wOrgHead, "oc": wOrgHead | wCompanyHead, "d": wDoc, "am": wAnonMark}},
			{orgsText, map[string]wordFlag{"s": wOrgSuffix, "sc": wOrgSuffix | wCompanySuffix,
				"of": wOfHead, "n": wOrgName, "p": wPlace}},
		} {
			lexLines(l.text, func(fs []string) {
				f := l.tags[fs[0]]
				for _, w := range fs[1:] {
					add(w, f)
				}
			})
		}
		lexLines(stopcapsText, func(fs []string) {
			for _, w := range fs {
				add(w, wStop)
			}
		})
		gender := map[string]wordFlag{}
		lexLines(givenNamesText, func(fs []string) {
			g := wMale
			if fs[0] == "f" {
				g = wFemale
			}
			for _, w := range fs[1:] {
				gender[w] |= g
			}
		})
		for w, g := range gender {
			if g == wMale|wFemale {
				g = 0 // used for both: no evidence
			}
			add(w, wGiven|g)
		}
		for w := range notAgents {
			add(w, dNotAgent)
		}
		for k, w := range kwWords[1:] {
			add(w, wordFlag(k+1)<<kwShift)
		}
		loadCues()
		defer foldSets()
		lexLines(pronounsText, func(fs []string) {
			f := wPron
			if len(fs[0]) == 2 && fs[0][1] == 'o' {
				f |= wObject
			}
			switch fs[0][0] {
			case 'm':
				f |= wMale
			case 'f':
				f |= wFemale
			case 'p':
				f |= wPlural
			case 'n':
				f |= wNeuter
			}
			for _, w := range fs[1:] {
				add(w, f)
			}
		})
	})
}

// tokenFlags fills p.tf: its flags once per distinct word, then per
// token. A word's lexicon flags come from setFlags (d.srcOf); the few other
// words looked up (a possessive's word, the stem of an unknown word in s)
// are looked up in setTab by their hash (srcWord), and the shape tests are
// inline: a string-map lookup costs ~100 ns under js/wasm, and a call in
// this loop makes it a resume point of the function's state machine.
func (p *attrPass) tokenFlags() {
	d := p.d
	hByID := d.scr.alloc(len(d.words), unsafe.Sizeof(wordFlag(0)), false)
	byID := *(*[]wordFlag)(unsafe.Pointer(&hByID))
	hCodes := d.scr.alloc(len(d.words), 4, true) // written whole
	codeByID := *(*[]uint32)(unsafe.Pointer(&hCodes))
	srcOf := d.srcOf[:len(d.words)]
	for id, ws := range d.words {
		w := d.low[ws.Start:ws.End] // d.word(id), inline
		f := srcOf[id]              // setFlags read it with the word's hash: no string-map lookup
		n := len(w)
		// a possessive (stripPoss, inline): the word without its 's, not
		// "who" for "who’s"
		pl := 0
		if n > 2 && w[n-1] == 's' {
			if w[n-2] == '\'' {
				pl = 2
			} else if n > 4 && w[n-2] == 0x99 && w[n-3] == 0x80 && w[n-4] == 0xe2 {
				pl = 4
			}
		}
		sw := w[:n-pl]
		if pl != 0 {
			f = srcWord(sw, d.lowHash(ws.Start, ws.End-int32(pl))) &^ wKW
		}
		// the endings, byte by byte (strings.HasSuffix is a call each
		// under wasm)
		if n >= 2 {
			switch w[n-1] {
			case 't': // n't, n’t
				if n >= 3 && w[n-3] == 'n' && w[n-2] == '\'' || n >= 5 && w[n-5] == 'n' && w[n-4] == 0xe2 && w[n-3] == 0x80 && w[n-2] == 0x99 {
					f |= dNeg
				}
			case 'g':
				if n >= 3 && w[n-3] == 'i' && w[n-2] == 'n' {
					f |= dIng
				}
			case 'd':
				if w[n-2] == 'e' {
					f |= dEd
				}
			}
		}
		if f&wKW == kwContributed {
			f |= dContrib
		}
		if n := len(sw); n > 3 && sw[n-1] == 's' && sw[n-2] != 's' && sw != "news" { // the bank’s: no plural
			f |= dPluralS
		}
		// what npStart tests: a word of the noun phrase lexicon is
		// strong (it may start a mention), a capitalized word too; a
		// stop word parseNP stops at never is (but in capitals), nor is
		// it taken as a word before a head
		headLike := f&(wGroup|wAnon|wAnonPeople|wOrgHead|wDoc) != 0 && f&wRole == 0 // parseNP's
		switch {
		case f&wStop != 0 && !headLike && f&(wDet|wPron) == 0:
			f |= dNoStart | 1<<(fCap|fUpper)<<fcStrongShift
		case f&npHeads != 0: // strong whatever its case
			f |= 0xf << fcStrongShift
		default: // strong when capitalized
			f |= (1<<fCap | 1<<(fCap|fUpper)) << fcStrongShift
		}
		if f&wStop == 0 {
			f |= fcWord
		}

		if f&wLex == 0 && n > 4 {
			// what parseNP asks of a word the lexicon does not know: a
			// role's ending (-ist, -cian: economist, politician), an
			// agent noun's shape (planner, organizer, tenant; only taken
			// as a role right before a name) but for the common things of
			// those shapes, which stand before a name in an object clause
			// ("a number Benali called", "the statement Smith read"), and
			// the plural of a role or a document
			if n > 6 && (w[n-1] == 't' && w[n-2] == 's' && w[n-3] == 'i' || w[n-1] == 'n' && w[n-2] == 'a' && w[n-3] == 'i' && w[n-4] == 'c') {
				f |= dRoleSuffix
			}
			if x, y := w[n-2], w[n-1]; (y == 'r' && (x == 'e' || x == 'o') || y == 'n' && x == 'a' || y == 't' && (x == 'n' || x == 's')) && f&dNotAgent == 0 {
				f |= dAgent
			}
			if w[n-1] == 's' {
				if sf := srcWord(w[:n-1], d.lowHash(ws.Start, ws.End-1)); sf&wRole != 0 {
					f |= dPlRole
				} else if sf&wDoc != 0 {
					f |= dPlDoc
				}
			}
		}
		if f&npGoesOn != 0 || f&wKW == kwOf || pl != 0 {
			f |= dGoesOn
		}
		if f&(dNoStart|wAdj) == dNoStart && f&wKW != kwOf {
			f |= dStops
		}
		if pl != 0 {
			f |= dPoss
		}
		byID[id] = f &^ dNotAgent
	}
	npCodes(byID, codeByID)
	// One pass over the tokens fills p.tf and lists, for the passes
	// that come next, the few tokens they look at: the "contributed"
	// tokens (byline) and the cue candidates (findCues: cue verbs, cue
	// phrase openers and colons outside quotes).
	p.tf = unsafe.Slice((*wordFlag)(grabBytes(&d.scr.tf, len(d.toks), unsafe.Sizeof(wordFlag(0)), true)), len(d.toks)) // flagRun writes it whole
	// p.cueCands: empty, with room (indexQuotes)
	toks, tf, qOf := d.toks, p.tf, p.qOf[:len(d.toks)] // all len(toks) long, as flagRun needs
	// npStart's codes, a byte per token, zero past the tokens (npBits
	// reads them eight at a time and a word past the last), then its bits
	nc := len(toks)/8 + 2
	h := d.scr.alloc(nc+len(toks)/64+1, 8, false)
	p.npc = *(*[]uint64)(unsafe.Pointer(&h))
	h.n, h.c = 8*nc, 8*nc
	p.npcB = *(*[]byte)(unsafe.Pointer(&h))
	st := flagState{cc: p.cueCands[:cap(p.cueCands)], stop: -1, code: p.npcB, codeByID: *(*[][4]byte)(unsafe.Pointer(&codeByID))}
	for {
		flagRun(toks, tf, byID, qOf, &st)
		if st.stop >= 0 { // a "contributed" (flagRun listed it as any word)
			p.contrib = append(p.contrib, int32(st.stop))
			st.stop = -1
		}
		if st.i >= len(toks) {
			break
		}
		if st.nq < len(st.cc) {
			continue // (stopped at a "contributed": growing the list there doubled it at each)
		}
		// the list out of room: rare
		st.cc = append(st.cc, 0)
		st.cc = st.cc[:cap(st.cc)]
	}
	p.cueCands = st.cc[:st.nq]
}

// flagState is tokenFlags' loop state, kept by flagRun between its
// stops: the next token and the cue candidate list cc[:nq].
type flagState struct {
	cc       []int32
	i, nq    int
	stop     int       // a "contributed" token just passed, or -1
	code     []byte    // per token: npStart's code (npCodes)
	codeByID [][4]byte // per word: its codes for the four cases (npCodes' uint32s)
}

// flagRun is tokenFlags' loop from token st.i: it sets tf from byID and
// lists the cue candidates, without a call (see lexFast: a loop holding
// one, a bounds check's included, is a resume point of the function's
// state machine under wasm). It stops after a "contributed" token
// (st.stop), before a token when the list is full, or at the end.
func flagRun(toks []token, tf, byID []wordFlag, qOf []int32, st *flagState) {
	i := st.i
	code, codeByID := st.code, st.codeByID
	if len(tf) != len(toks) || len(qOf) != len(toks) || len(code) < len(toks) || len(codeByID) != len(byID) {
		return // (tokenFlags makes them so: this lets the compiler drop its index checks)
	}
	code = code[:len(toks)]
	for {
		// the common tokens, in an inner loop that holds no more than
		// they need (fewer values spilled around it)
		for ; uint(i) < uint(len(toks)); i++ {
			t := &toks[i]
			if id := uint(t.ID); id < uint(len(byID)) {
				f := byID[id]
				tf[i] = f
				code[i] = codeByID[id][t.Flags&(fCap|fUpper)]
				if f&(wCue|wPhrase|dContrib) != 0 {
					break
				}
			} else {
				// (p.tf is not cleared first) a number is a strong
				// token (npStart), whatever its case; punctuation 0
				var f wordFlag
				if t.Kind == tNum {
					f = fcNum
				}
				tf[i] = f
				c := npKindCode[t.Kind&3]
				if t.First == '-' {
					c |= ncKB
				}
				code[i] = c
				if t.First == ':' { // (not the text: a cache miss)
					break
				}
			}
		}
		if uint(i) >= uint(len(toks)) {
			break
		}
		// a cue candidate (a colon's tf is 0) or a "contributed": rare
		if qOf[i] < 0 && tf[i]&(wCue|wPhrase|dContrib) != dContrib {
			if uint(st.nq) >= uint(len(st.cc)) {
				break
			}
			st.cc[st.nq] = int32(i)
			st.nq++
		}
		i++
		if tf[i-1]&dContrib != 0 {
			st.stop = i - 1
			break
		}
	}
	st.i = i
}

// npStart's code of a token (a byte: flagRun writes it, npBits reads
// eight at a time) holds what its test asks of a token as the start and of
// the three tokens after it, so that npBits can mark every token where it
// may pass without a branch. Each bit says "may": the marks are a superset
// of npStart's starts, which it tests in full.
const (
	// the role as a start: ncR0 alone a start (a pronoun, a capitalized
	// word, a head), ncR1 alone a start when the next token goes on (a
	// number, a determiner, a modifier), both a start when the token
	// itself goes on (a lower-case word the lexicon does not know: fire
	// officials), neither no start
	ncR0 = 1 << iota
	ncR1
	ncOn    // a word parseNP goes on from: capitalized, or dGoesOn but a lower-case dStops
	ncKA    // a word or a number
	ncKB    // a number, a quote mark or a hyphen (with ncKA clear, a quote or hyphen after a word: drivers’)
	ncHead  // a head headAhead looks for (headAheadFlags)
	ncAgent // an agent noun's shape (dAgent): a role before ncCapP
	ncCapP  // capitalized, or punctuation
)

// npKindCode is the code of a token that is no word, by its kind.
var npKindCode = [4]byte{tNum: ncR1 | ncKA | ncKB, tPunct: ncCapP, tQuote: ncKB}

// npCodes sets each word's code (byID: its flags) for each case of its
// token (flags&(fCap|fUpper)), a byte each: npStart's tests, read off for
// npBits. A loop without calls, once per distinct word.
func npCodes(byID []wordFlag, codes []uint32) {
	if len(codes) != len(byID) {
		return // (never: this lets the compiler drop its index checks)
	}
	for id, f := range byID {
		// the bits of every case, then those of a capital (cases 1 and 3)
		b := uint32(ncKA)
		if f&headAheadFlags != 0 {
			b |= ncHead
		}
		if f&dAgent != 0 {
			b |= ncAgent
		}
		c := b*0x01010101 | (ncOn|ncCapP)<<8 | (ncOn|ncCapP)<<24
		if f&dGoesOn != 0 {
			c |= ncOn << 16
			if f&dStops == 0 {
				c |= ncOn
			}
		}
		// the role: a weak word's (not strong in that case) is the same
		// in every case, a strong one's as npStart's first switch
		weak, lower, capital := uint32(0), uint32(ncR0), uint32(ncR0)
		if f&fcWord != 0 {
			weak = ncR0 | ncR1
		}
		if f&(wPron|dPoss) == 0 {
			if f&wDet != 0 {
				lower, capital = ncR1, ncR1
			} else if f&(wMod|wAdj) != 0 && f&(npHeads&^(wMod|wAdj)) == 0 {
				lower = ncR1
			}
		}
		// spread puts bit v of a case mask in byte v (no carries: the
		// products' bits v+7k are distinct)
		const spread = 1 | 1<<7 | 1<<14 | 1<<21
		strong := uint32(f>>fcStrongShift) & 0xf
		lowers, capitals := strong&^(1<<fCap|1<<(fCap|fUpper)), strong&(1<<fCap|1<<(fCap|fUpper))
		codes[id] = c | (^strong&0xf*spread&0x01010101)*weak | (lowers*spread&0x01010101)*lower | (capitals*spread&0x01010101)*capital
	}
}

// foldSets adds the closed word classes to srcWords.
func foldSets() {
	for _, c := range []struct {
		set map[string]bool
		f   wordFlag
	}{{determiners, wDet}, {auxiliaries, wAux}, {beForms, wBe}, {subjectBlockers, wBlock},
		{clauseWords, wClause}, {timeWords, wTime}, {adjectives, wAdj}} {
		for w := range c.set {
			srcWords[w] |= c.f
		}
	}
	for w := range cueVerbs {
		srcWords[w] |= wCue
	}
	for w := range cuePhrases {
		srcWords[w] |= wPhrase
	}
}

// fullNameAt reports a person's name of two words at k, a comma after it:
// a given name, or two capitalized words that open no place's name (not
// "New York", "South Carolina").
func (p *attrPass) fullNameAt(k, end int) bool {
	toks, tf := p.d.toks, p.tf
	if k+2 >= end || toks[k].Kind != tWord || toks[k+1].Kind != tWord || toks[k].Flags&fCap == 0 || toks[k+1].Flags&fCap == 0 || toks[k+2].First != ',' {
		return false
	}
	return tf[k]&wGiven != 0 || tf[k]&(wStop|wRole|wHon|wOrgHead) == 0 && !placeOpeners[p.d.lower(k)]
}

// placeOpeners open places' two-word names.
var placeOpeners = setOf("new north south east west upper lower great little san santa los las st fort port mount lake")

// nameAfterComma returns where a name starts at k after a role and a
// comma, or -1: a capitalized word that is no stop word and no role ("Its
// chief executive, Erik Lind"), a capitalized title before one ("The panel
// chair, Advocate Nomvula Dube", "the lead author, Professor Ama Boateng"),
// or a lower-case one, whose name starts after it ("The chair of the
// inquiry, retired judge Margaret Oduya").
func (p *attrPass) nameAfterComma(k, end int) int {
	toks, tf := p.d.toks, p.tf
	if toks[k].Flags&fCap == 0 && toks[k].Kind == tWord {
		role := false
		for x := k; x < end && x < k+3 && toks[x].Kind == tWord; x++ {
			if toks[x].Flags&fCap != 0 {
				if role && tf[x]&(wStop|wRole) == 0 && x+1 < end && toks[x+1].Kind == tWord && toks[x+1].Flags&fCap != 0 {
					return x
				}
				return -1
			}
			if tf[x]&(wRole|wMod) == 0 {
				return -1
			}
			role = role || tf[x]&wRole != 0
		}
		return -1
	}
	if toks[k].Flags&fCap == 0 || tf[k]&wStop != 0 {
		return -1
	}
	if tf[k]&wRole == 0 || k+1 < end && toks[k+1].Kind == tWord && toks[k+1].Flags&fCap != 0 && tf[k+1]&(wStop|wRole) == 0 {
		return k
	}
	return -1
}

// nounCompound reports a document's head at j that is also a verb's base
// form, after a singular head: "the laboratory report says", "according to
// the laboratory report." (not "Police report that", "the laboratories
// report the").
func (p *attrPass) nounCompound(j, end int) bool {
	d := p.d
	if p.tf[j]&wDoc == 0 || p.tf[j-1]&dPluralS != 0 || d.toks[j].ID < 0 || d.cueOf[d.toks[j].ID].form != formBase {
		return false
	}
	return j+1 >= end || d.toks[j+1].Kind == tPunct || d.sf[j+1]&(sCue|sPrepPP) != 0 || p.tf[j+1]&dEd != 0 && d.toks[j+1].Flags&fCap == 0
}

// ministryOf reports a run from i to j that names a government body by
// its remit ("Department of Relief", "Ministry of Health"): an "and" goes
// on with it ("… and Welfare"), as it does not after "the Bank of England".
func (p *attrPass) ministryOf(i, j int) bool {
	for x := i + 1; x < j && x < i+6; x++ {
		if p.tf[x]&wKW == kwOf {
			return remitHeads[p.d.lower(x-1)]
		}
	}
	return false
}

var remitHeads = setOf("department ministry secretary minister office bureau commission")

// labelInName reports a stop word inside a capitalized run that is a
// noun there, not a function word, a month or a verb: "the Kastell
// Institute for Public Opinion" (Opinion opens names of columns, so it is
// a stop word at a run's start only).
func (p *attrPass) labelInName(j int) bool {
	return p.tf[j]&(wDet|wPron|wKW|wCue|wAux|wBe|wTime) == 0 && p.d.sf[j]&(sBlock|sPrepPP|sClause|sWeekday) == 0
}

// weekdayName reports a day's name opening a name after "the": the Sunday
// Clarion, the Monday Club.
func (p *attrPass) weekdayName(j, end int) bool {
	d := p.d
	return j > 0 && j+1 < end && p.tf[j-1]&wKW == kwThe && d.sf[j]&sWeekday != 0 &&
		d.toks[j+1].Flags&fCap != 0 && d.toks[j+1].Kind == tWord && p.tf[j+1]&wStop == 0
}

// stripPoss cuts a possessive ’s or 's from a lower-cased word.
func stripPoss(w string) string {
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		return w[:n-2]
	}
	if n := len(w); n > 4 && w[n-1] == 's' && w[n-4:n-1] == "’" {
		return w[:n-4]
	}
	return w
}

// possLen returns the length of a possessive suffix of token i's text
// (’s or 's), or 0.
func (p *attrPass) possLen(i int) int {
	d := p.d
	if d.sf[i]&sPoss == 0 || d.toks[i].Kind != tWord { // sPoss: the same test, made once per word
		return 0
	}
	w := d.lower(i)
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		return 2
	}
	if n := len(w); n > 4 && w[n-1] == 's' && w[n-4:n-1] == "’" {
		return 4
	}
	return 0
}

// pluralPoss reports a plural possessive: a word ending in s followed,
// with nothing between, by an apostrophe that opens no word (drivers’).
func (p *attrPass) pluralPoss(i, end int) bool {
	d := p.d
	if i+1 >= end || d.toks[i].Kind != tWord || !d.adjacent(i) || d.toks[i+1].Kind != tQuote {
		return false
	}
	// the mark first, from its token: an apostrophe alone, ' or ’ (the
	// word's text, far from the tokens, is a cache miss, and most quote
	// marks after a word close a quotation)
	if t := &d.toks[i+1]; !(t.First == '\'' && t.End-t.Start == 1 || t.First == firstRightSQ && t.End-t.Start == int32(len("’"))) {
		return false
	}
	w := d.lower(i)
	if w == "" || w[len(w)-1] != 's' {
		return false
	}
	return i+2 >= end || !d.adjacent(i+1)
}

// mentionKind is what a mention names. Keep in sync with mkSourceKind.
type mentionKind uint8

const (
	mkName  mentionKind = iota // a proper name, with any role in front
	mkRole                     // a role without a name: the coach, a spokesperson for X
	mkGroup                    // plural people
	mkAnon                     // unnamed source
	mkOrg                      // a body by a common noun: the ministry
	mkDoc                      // a document
	mkPron                     // he she they it
)

// evidence bits gathered on a mention and its entity.
const (
	evPerson  uint8 = 1 << iota // given name, honorific, role, he/she
	evOrg                       // organization suffix, acronym, "it"
	evCompany                   // a company: "the company" may refer to it
	evMale
	evFemale
	evPlural
	evBody // a body that is not a company: a ministry, a department, police
)

// mention is one noun phrase that can be a source.
type mention struct {
	_            noEq  // no generated equality function (wasm code)
	Span               // bytes
	first, last  int32 // tokens [first, last)
	nameF, nameL int32 // the proper-name run inside, or -1
	head         int32 // head word token (last name word, head noun)
	kind         mentionKind
	ev           uint8 // evidence bits
	definite     bool  // the/this/possessive determiner, no article a/an
	weak         bool  // a lone capitalized word opening a sentence
	hidden       bool  // an appositive role: clustered, not reported as a mention
	sent         int32
	ent          int32 // entity, -1 until clustered
	next         int32 // the entity's next mention, -1 for its last (attach)
}

// maxNP bounds how far one mention may reach, in tokens.
const maxNP = 16

var determiners = setOf("the a an its his her their our this these those another some several many both all two three four five six seven eight nine ten dozens hundreds thousands one")
var nameConnectors = setOf("de da del della di du van von der den ter ten bin ibn al el la le dos das st abu")
var abbrevPeriod = setOf("inc corp co ltd jr sr bros st mt")
var prepsPP = setOf("at of in for from with by outside inside near within among across throughout")
var adjectives = setOf("second third fourth fifth other same retired unofficial annual quarterly monthly weekly daily new latest recent final official joint written separate brief preliminary internal initial draft full economic financial other senior top western eastern northern southern independent several unnamed anonymous well-placed informed reliable government federal central regional local municipal grand special external internal")

// A capitalized word, one that can be part of a proper name run, is a
// token with fCap: the lexer sets it on words only (TestCapIsWord), so the
// rules test the flag alone, inline (a call per test is dear under wasm).

// capRun returns the end of the maximal run of capitalized words from i
// (with connectors, initials, hyphens and Inc.-style periods), stopping
// after a possessive word. i must be a capitalized word.
func (p *attrPass) capRun(i, end int) int {
	d := p.d
	toks, tf, sf := d.toks, p.tf, d.sf // locals: not reloaded through p after every call
	j := i
	for j < end && j-i < maxNP {
		if toks[j].Flags&fCap == 0 { // not a capitalized word
			break
		}
		if j > i && tf[j]&wStop != 0 && toks[j].Flags&fUpper == 0 && !p.labelInName(j) && !(toks[j].End-toks[j].Start == 1 && toks[j].First == 'A') {
			break // (but the letter of "Serie A", "Group A" is in the name)
		}
		j++
		if sf[j-1]&sPoss != 0 {
			return j
		}
		if j >= end {
			break
		}
		if toks[j].Kind != tWord { // (one test for the words, the common case)
			// Workers’ Union: a plural possessive inside a name
			if toks[j].Kind == tQuote && p.pluralPoss(j-1, end) && j+1 < end && toks[j+1].Flags&fCap != 0 && tf[j+1]&wStop == 0 && p.runEndsOrg(j+1, end) {
				j++
				continue
			}
			// Procter & Gamble, Harwell & Stone
			if toks[j].First == '&' && j+1 < end && toks[j+1].Kind == tWord && toks[j+1].Flags&fCap != 0 && tf[j+1]&wStop == 0 {
				j++
				continue
			}
			// initials and abbreviations: "J.", "Inc."
			if toks[j].First == '.' && toks[j-1].End == toks[j].Start { // (adjacent, inline)
				if toks[j-1].End-toks[j-1].Start == 1 || sf[j-1]&sAbbrevPeriod != 0 || tf[j-1]&wHon != 0 {
					j++
					continue
				}
				break
			}
			// hyphenated: Jean-Pierre, al-Assad (a lower-case part ends the run:
			// Stockholm-based is an adjective).
			if toks[j].First == '-' && toks[j-1].End == toks[j].Start && j+1 < end && toks[j].End == toks[j+1].Start {
				if toks[j+1].Flags&fCap != 0 {
					j++ // Jean-Pierre
					continue
				}
				if toks[j+1].Kind == tWord && sf[j+1]&sAdjHyphen == 0 && j-1 > i {
					j += 2 // Park Ji-won (not New York-based)
					continue
				}
				if toks[j+1].Kind == tWord && (sf[j+1]&sConnector != 0) && j+2 < end && d.adjacent(j+1) {
					j += 2
					continue
				}
			}
			break
		}
		if toks[j].Flags&fCap != 0 {
			continue
		}
		// lower-case connectors inside a name: van, de, of (Bank of
		// England), and (Securities and Exchange Commission).
		kw := tf[j] & wKW
		if (kw == kwOf || kw == kwFor) && j+2 < end && tf[j+1]&wKW == kwThe && toks[j+2].Flags&fCap != 0 && tf[j+2]&wStop == 0 &&
			tf[j-1]&(wOfHead|wOrgSuffix) != 0 {
			j += 2 // Institute for the World Economy, Bank of the West
			continue
		}
		if sf[j]&sConnector != 0 && j+2 < end && sf[j+1]&sConnector != 0 && toks[j+1].Flags&fCap == 0 && toks[j+2].Flags&fCap != 0 && tf[j+2]&wStop == 0 {
			j += 2 // Pieter van der Walt, María de la Cruz
			continue
		}
		if j+1 < end && toks[j+1].Flags&fCap != 0 && tf[j+1]&wStop == 0 {
			switch {
			case sf[j]&sConnector != 0:
				j++
				continue
			case kw == kwOf && (tf[j-1]&(wOfHead|wOrgSuffix|wRole|wHon) != 0 || j-1 > i && p.pluralRun(i, j)):
				j++ // Bank of England, Joint Chiefs of Staff (not Dr Priya Nair of Imperial College)
				continue
			case kw == kwAnd && tf[j-1]&wGiven == 0 && (p.runEndsOrg(j+1, end) || p.ministryOf(i, j)):
				j++ // Securities and Exchange Commission, Department of Relief and Welfare (not "Tom and Police Chief Ann Lee")
				continue
			case kw == kwFor && tf[j-1]&wOrgSuffix != 0: // Department for Transport
				j++
				continue
			}
		}
		break
	}
	return j
}

// adjectiveBefore reports whether token k, after a role word that is
// also an adjective (general, chief), is a lower-case noun it modifies:
// not a verb, a preposition, punctuation or another role.
func (p *attrPass) adjectiveBefore(k int) bool {
	d := p.d
	t := d.toks[k]
	if t.Kind != tWord || t.Flags&fCap != 0 {
		return false
	}
	w := d.lower(k)
	if p.tf[k]&(wCue|wAux|wBe|wStop|wRole|wHon|wOrgDesc|wMod) != 0 || d.sf[k]&sPrepPP != 0 || w == "who" || w == "and" {
		return false
	}
	return true
}

// demonyms name a person by nationality ("the German said").
var demonyms = setOf("german american briton swede dane finn pole czech slovak swiss scot frenchman dutchman englishman irishman welshman scotsman spaniard portuguese norwegian icelander kiwi aussie")

// epithet reads "the German" or "the 27-year-old" at i: a definite
// description of a person that news copy uses as a second reference. It
// returns the end token.
func (p *attrPass) epithet(i, end int) (int, bool) {
	d := p.d
	if i+1 >= end || d.toks[i].Kind != tWord || p.tf[i]&wKW != kwThe {
		return 0, false
	}
	k := i + 1
	if d.toks[k].Kind == tWord && d.toks[k].Flags&fCap != 0 && p.d.sf[k]&sPoss == 0 {
		// the word's ending last: its text, far from the tokens, is a
		// cache miss (half of this function's time under V8), and the
		// tests before it fail at most capitalized words after "the"
		// (the European Union)
		if p.tf[k]&(wOrgSuffix|wOrgName) != 0 || !p.epithetEnds(k+1, end) {
			return 0, false
		}
		if d.sf[k]&sDemonym != 0 {
			return k + 1, true
		}
		if demonymEnding(d.lower(k)) {
			return k + 1, true
		}
		return 0, false
	}
	// the 27-year-old
	if d.toks[k].Kind == tNum && k+4 < end && d.toks[k+1].First == '-' && p.tf[k+2]&wKW == kwYear && d.toks[k+3].First == '-' && p.tf[k+4]&wKW == kwOld {
		if p.epithetEnds(k+5, end) {
			return k + 5, true
		}
		// and a nationality or a role after it: "The 24-year-old
		// Brazilian", "the 31-year-old striker"
		if n := k + 5; n+1 <= end && d.toks[n].Kind == tWord && p.d.sf[n]&sPoss == 0 && p.epithetEnds(n+1, end) {
			if d.toks[n].Flags&fCap != 0 && p.tf[n]&(wOrgSuffix|wOrgName) == 0 && (d.sf[n]&sDemonym != 0 || demonymEnding(d.lower(n))) ||
				d.toks[n].Flags&fCap == 0 && (p.tf[n]&wRole != 0 || p.tf[n]&(dAgent|dRoleSuffix) != 0 && p.tf[n]&wLex == 0) {
				return n + 1, true
			}
		}
	}
	return 0, false
}

// demonymEnding reports a word ending like a nationality (Brazilian,
// Korean, Japanese).
func demonymEnding(w string) bool {
	n := len(w)
	return n > 5 && (w[n-3:] == "ian" || w[n-3:] == "ean" || w[n-3:] == "ese")
}

// epithetEnds reports whether a noun phrase may end before token k: the
// end, punctuation, a verb or a relative pronoun follows ("the German
// said", not "the Portuguese presidency").
func (p *attrPass) epithetEnds(k, end int) bool {
	d := p.d
	if k >= end || d.toks[k].Kind != tWord {
		return true
	}
	return d.sf[k]&(sCue|sAux|sBe) != 0 || p.tf[k]&wKW == kwWho || p.tf[k]&wKW == kwWas
}

// adjHyphen are the words that make "Stockholm-based" an adjective.
var adjHyphen = setOf("based born led backed owned made style era run funded linked controlled affiliated allied bound level wide friendly speaking listed registered headquartered area")

// notAgents are common nouns shaped like agent nouns (tokenFlags' dAgent)
// that name no person.
var notAgents = setOf("number water paper power order matter letter border center corner river summer winter weather other another never under after later either rather whether together however dinner chapter quarter theater meter cancer danger career computer tower cover error color floor favor mirror moment event statement agreement government department movement development amount payment settlement document comment percent forecast request interest protest contest factor sector motor")

// srcWord returns the srcWords flags of w, whose lexer hash is h
// (srcWords[w]), looked up in setTab as setFlags does, not in the string
// map (~100 ns a lookup under js/wasm). It needs loadSets (setFlags).
func srcWord(w string, h uint32) wordFlag {
	mask := uint32(len(setTab) - 1)
	for i := h & mask; setKeys[i] != 0; i = (i + 1) & mask {
		if setKeys[i] == h|1<<31 && setTab[i].w == w {
			return setTab[i].src
		}
	}
	return 0
}

// nameAfter reports whether a capitalized name starts at k, or after a
// comma at k ("chief planner, Karen Olsen").
func (p *attrPass) nameAfter(k, end int) bool {
	if k < end && p.d.toks[k].First == ',' {
		k++
	}
	return k < end && p.d.toks[k].Flags&fCap != 0 && p.tf[k]&(wStop|wRole|wHon) == 0
}

// headAhead reports whether the lower-case word j, unknown to the
// lexicon, is followed by a head noun within two words ("fire officials",
// "refugee agency", "grand jury indictment").
func (p *attrPass) headAhead(j, end int) bool {
	toks, tf := p.d.toks, p.tf // locals: not reloaded after every call
	if toks[j].Kind != tWord || toks[j].Flags&fCap != 0 || tf[j]&wStop != 0 {
		return false
	}
	if tf[j]&wCue != 0 {
		// a noun after a determiner before a role: "Its project director"
		// (not "will release figures": a verb)
		if !(j > 0 && j+1 < end && (p.d.sf[j-1]&(sDet|sPoss) != 0 || tf[j-1]&wKW == kwIts || tf[j-1]&wKW == kwTheir || tf[j-1]&wKW == kwHis || tf[j-1]&wKW == kwHer) &&
			toks[j+1].Kind == tWord && toks[j+1].Flags&fCap == 0 && tf[j+1]&wRole != 0) {
			return false
		}
	}
	if tf[j]&wAux != 0 && p.inSet(j, wsModal) || j > 0 && tf[j-1]&wAux != 0 && p.inSet(j-1, wsModal) {
		return false // (after a modal the word is a verb: "will release figures")
	}
	for k := j + 1; k < end && k <= j+2; k++ {
		if toks[k].Kind != tWord || toks[k].Flags&fCap != 0 {
			return false
		}
		if tf[k]&wAux != 0 && p.inSet(k, wsModal) {
			return false // "the province would release": a verb, not a head's modifier
		}
		if f := tf[k]; f&headAheadFlags != 0 {
			return true
		}
		if tf[k]&(wCue|wStop) != 0 {
			return false
		}
	}
	return false
}

// headAheadFlags are the heads headAhead looks for.
const headAheadFlags = wGroup | wAnonSing | wAnonPeople | wOrgHead | wDoc | wRole

// pluralRun reports whether the capitalized run [i, j) ends in a plural
// word and holds no given name or title: "Joint Chiefs" (of Staff), not
// "Priya Nair" (of Imperial College).
func (p *attrPass) pluralRun(i, j int) bool {
	tf := p.tf
	w := p.d.lower(j - 1)
	if len(w) < 3 || w[len(w)-1] != 's' || p.d.sf[j-1]&sPoss != 0 {
		return false
	}
	for k := i; k < j; k++ {
		if tf[k]&(wGiven|wHon) != 0 {
			return false
		}
	}
	return true
}

// runEndsOrg reports whether the capitalized run from i ends with an
// organization suffix ("Exchange Commission").
func (p *attrPass) runEndsOrg(i, end int) bool {
	toks, tf := p.d.toks, p.tf // locals: not reloaded after every call
	j := i
	for j < end && j-i < 6 && toks[j].Flags&fCap != 0 {
		j++
	}
	if j > i && tf[j-1]&wOrgSuffix != 0 || j-2 > i && tf[j-2]&wOrgSuffix != 0 && tf[j-1]&(wGiven|wRole|wHon) == 0 {
		return true // (and "Nursing and Midwifery Alliance Cymru": a place after the body's word)
	}
	// a portfolio's title: "Revenue and Disaster Management Minister
	// Jayanta Kalita"
	for k := i; k < j; k++ {
		if tf[k]&wRole != 0 {
			return k > i && k+1 < j
		}
		if tf[k]&(wOrgHead|wOrgDesc|wGiven|wHon) != 0 {
			return false // "… and Police Chief Ann Lee": another person
		}
	}
	return false
}

// npPart is what the chunker consumed last.
type npPart uint8

const (
	partNone npPart = iota
	partDet
	partPoss
	partName
	partRole
	partMod
	partHead
	partOf
	partNum
)

// npState is parseNP's phrase read so far (attrPass.np).
type npState struct {
	nameF, nameL     int
	possF, possL     int // the last possessive: a name run or a head noun
	possHead         int
	headTok, adjUsed int
	headFlag         wordFlag
	possFlag         wordFlag
	roleSeen, hon    bool
	orgDesc          bool
}

// parseNP tries to read a source noun phrase starting at token i, within
// [i, end), into *m. It reports whether it found one (*m is scratch
// otherwise).
func (p *attrPass) parseNP(m *mention, i, end int) bool {
	d := p.d
	toks, tf, sf := d.toks, p.tf, d.sf // locals: not reloaded through p after every call
	// set field by field: a literal was built on the stack and copied,
	// and a whole reset (*m = mention{}) is a memory.fill under wasm, a
	// call out of its code (TestMentionReset keeps this complete)
	m.Span = Span{}
	m.first, m.last, m.nameF, m.nameL, m.head = int32(i), 0, -1, -1, -1
	m.kind, m.ev, m.definite, m.weak, m.hidden = 0, 0, false, false, false
	m.sent, m.ent, m.next = 0, -1, 0
	t := &toks[i]
	// A capitalized word the lexicon gives no part here but a name's
	// opens a name, the commonest mention: read on a short path, the
	// loop's tests for it inline. When words may follow that the loop
	// would take (a role, a head, a possessive's noun, a hyphen), it
	// reads the mention again from the start.
	if f := tf[i]; t.Flags&fCap != 0 && f&(wPron|wDet|wStop|wRole|wHon|wGroup|wAnon|wAnonPeople|wOrgHead|wDoc) == 0 && (f&wLex != 0 || f&(dPlRole|dPlDoc) == 0) {
		k := p.capRun(i, end)
		x := i
		for x < k && tf[x]&(wRole|wHon) == 0 {
			x++
		}
		if x == k && sf[k-1]&sPoss == 0 && (k >= end || toks[k].Kind == tWord && (toks[k].Flags&fCap != 0 ||
			tf[k]&(wRole|wMod|wGroup|wAnon|wAnonPeople|wOrgHead|wDoc|wOrgDesc|wAdj) == 0 && (k+1 >= end || tf[k+1]&headAheadFlags == 0) && (k+2 >= end || tf[k+2]&headAheadFlags == 0)) ||
			toks[k].Kind != tWord && (k+1 >= end || toks[k].First != '-')) {
			if t.End-t.Start == 1 && (k == i+1 || k == i+2 && toks[i+1].First == '.' ||
				i > 0 && toks[i-1].First == '(' && i+1 < end && toks[i+1].First == '-') ||
				i >= 3 && toks[i-1].First == '-' && toks[i-2].End-toks[i-2].Start == 1 && toks[i-3].First == '(' {
				return false // a lone letter ("wrote on X."), a party and state ("(D-Calif.)"): no name
			}
			m.nameF, m.nameL, m.last, m.head, m.kind = int32(i), int32(k), int32(k), int32(k-1), mkName
			m.Span = Span{int(t.Start), int(toks[k-1].End)}
			return true
		}
	}
	if t.Kind != tWord && t.Kind != tNum || tf[i]&wBlock != 0 && t.Flags&fCap == 0 {
		return false // (a preposition starts no mention: "said outside court")
	}
	if f := tf[i]; f&wPron != 0 && sf[i]&sPoss == 0 && (f&wObject == 0 || p.objectPronoun(i, end)) {
		m.kind, m.last, m.head = mkPron, int32(i+1), int32(i)
		switch {
		case f&wMale != 0:
			m.ev = evPerson | evMale
		case f&wFemale != 0:
			m.ev = evPerson | evFemale
		case f&wPlural != 0:
			m.ev = evPlural
		default:
			m.ev = evOrg
		}
		m.Span = Span{int(t.Start), int(t.End)}
		return true
	}
	if tf[i]&wKW != kwThe || i+1 >= end || toks[i+1].Flags&fCap == 0 && toks[i+1].Kind != tNum {
		// epithet's first tests, inline: "the", then a capitalized word or a number
	} else if k, ok := p.epithet(i, end); ok {
		// "the German", "the 27-year-old": a person named by a
		// description, resolved like a pronoun
		m.kind, m.last, m.head, m.definite = mkRole, int32(k), int32(k-1), true
		m.ev = evPerson
		m.Span = Span{int(t.Start), int(toks[k-1].End)}
		return true
	}
	j := i
	last := partNone
	// the phrase read so far, but for j and last: in memory, where the
	// loop reads and writes it, rather than in a dozen variables spilled
	// and copied at every turn of it; kept in p and set field by field
	// (a struct declared here was zeroed by a memory.fill under wasm)
	s := &p.np
	s.headTok, s.nameF, s.nameL, s.possF, s.possL, s.possHead, s.adjUsed = -1, -1, -1, -1, -1, -1, 0
	s.headFlag, s.possFlag, s.roleSeen, s.hon, s.orgDesc = 0, 0, false, false, false
	article := false // a / an / one: indefinite
	if t.Kind == tWord && (tf[i]&wDet != 0 && sf[i]&sPoss == 0) {
		switch tf[i] & wKW {
		case kwA, kwAn, kwOne, kwAnother:
			article = true
		case kwThe, kwThis, kwThese, kwThose, kwIts, kwHis, kwHer, kwTheir, kwOur:
			m.definite = true
		}
		j++
		last = partDet
	} else if t.Kind == tNum {
		j++
		last = partNum
	}
	for j < end && j-i < maxNP {
		tk := &toks[j]
		if (last == partDet || last == partMod) && j+3 < end && toks[j+1].First == '-' && (tk.Kind == tNum || tk.Kind == tWord && tk.Flags&fCap == 0) &&
			toks[j+1].Start == tk.End && toks[j+2].Start == toks[j+1].End &&
			toks[j+2].Kind == tWord && toks[j+2].Flags&fCap == 0 && toks[j+3].Kind == tWord {
			// a hyphenated modifier before the head: the 64-page ruling,
			// a three-judge panel, the state-owned company
			j += 3
			last = partMod
			continue
		}
		if tk.Kind != tWord { // (one test for the words, the common case)
			if tk.Kind == tNum && last == partPoss && j+2 < end && (tf[j+1]&wDoc != 0 || tf[j+2]&wDoc != 0) {
				j++ // the company's 2025 sustainability report
				last = partMod
				continue
			}
			if tk.Kind == tNum && (last == partDet || last == partNone) {
				if j+4 < end && toks[j+1].First == '-' && tf[j+2]&wKW == kwYear && toks[j+3].First == '-' && tf[j+4]&wKW == kwOld {
					j += 5 // An 81-year-old woman
					last = partMod
					continue
				}
				j++
				last = partNum
				continue
			}
			if tk.Kind == tPunct && tk.First == ',' && (last == partRole || last == partHead && s.headFlag&(wRole|wOrgDesc) != 0) && j+1 < end {
				nf := p.nameAfterComma(j+1, end)
				if nf < 0 {
					break // (as the tests below would)
				}
				// "Its chief executive, Erik Lind": role, comma, name.
				k := p.capRun(nf, end)
				if k+1 < end && toks[k].Kind == tNum && toks[k].Flags&fSpace != 0 && toks[k+1].Kind == tPunct {
					k++ // "The union, Local 1180,": a number ends the name
				}
				// "at the offices of the Labour Commissioner, Mr Mwakio
				// said": after a preposition, a name the verb follows is
				// a new subject, not an appositive
				// nor after a verb whose object the role is: "win a
				// major, Holmgaard said"
				if sf[k-1]&sPoss == 0 && !(k < end && toks[k].Kind == tWord && toks[k].Flags&fCap == 0 && i > 0 && sf[i-1]&sBlock != 0) &&
					!(article && i > 0 && toks[i-1].Kind == tWord && tf[i-1]&wBlock == 0 && tf[i-1]&wKW != kwAnd && tf[i-1]&wKW != kwBut) {
					s.nameF, s.nameL = nf, k
					j = k
					last = partName
				}
				break
			}
			if tk.Kind == tQuote && last != partNone && p.pluralPoss(j-1, end) {
				// drivers’ union: the apostrophe belongs to the possessive.
				j++
				last = partPoss
				continue
			}
			break
		}
		f := tf[j]
		if last == partOf && f&wDet != 0 {
			j++ // Three of the five commissioners
			continue
		}
		// the shapes of unknown words, read once per word by tokenFlags
		// (nameAfter's first test inline: a capitalized word or a comma
		// follows; a call per test is dear under wasm)
		if f&wLex == 0 {
			if tk.Flags&fCap == 0 && (f&dRoleSuffix != 0 || f&dAgent != 0 && j+1 < end && (toks[j+1].Flags&fCap != 0 || toks[j+1].Kind == tPunct) && p.nameAfter(j+1, end)) {
				f = wRole // cardiologist, technician; planner before a name
			} else if f&dPlRole != 0 {
				f = wGroup // commissioners, negotiators: plural roles
			} else if f&dPlDoc != 0 {
				f = wDoc // polls, filings
			}
		}
		headLike := f&(wGroup|wAnon|wAnonPeople|wOrgHead|wDoc) != 0 && f&wRole == 0
		run := 0 // the capitalized run from j: read once, for the test and the name
		if tk.Flags&fCap != 0 && (f&wStop == 0 || tk.Flags&fUpper != 0 || p.weekdayName(j, end)) {
			run = p.capRun(j, end)
		}
		if run > j && !(headLike && run == j+1) {
			k := run
			// Split the run at its last role or honorific word: what comes
			// before is the title ("Varnian President"), after it the name.
			split := -1
			if tf[k-1]&wOrgSuffix == 0 || k-j >= 3 && tf[j]&(wRole|wHon) != 0 && tf[j+1]&wKW == kwOf {
				// (Chief of Staff is a title even though Staff ends bodies)
				for x := j; x < k; x++ {
					if fx := tf[x]; fx&(wRole|wHon) != 0 && fx&wGiven == 0 {
						split = x
					} else if fx&(wRole|wHon) != 0 && x+1 < k && x == j {
						split = x
					}
				}
			}
			if split >= 0 && split+1 < k && tf[split+1]&wKW == kwOf {
				split = k - 1 // Chief of Staff: all title
			}
			if split >= 0 {
				s.roleSeen = true
				if tf[split]&wHon != 0 {
					s.hon = true
				}
				if split == k-1 {
					// the run is a title: a role phrase, maybe a name after.
					j = k
					last = partRole
					s.headTok, s.headFlag = split, tf[split]
					if sf[k-1]&sPoss != 0 {
						last = partPoss
					}
					continue
				}
				s.nameF, s.nameL = split+1, k
				for s.nameF < s.nameL && toks[s.nameF].Kind == tPunct {
					s.nameF++ // Dr. Whitcombe: the period is the title's
				}
				if s.nameF >= s.nameL {
					// "Mr." alone: a title with no name
					j, last = k, partRole
					s.headTok, s.headFlag = split, tf[split]
					continue
				}
			} else {
				s.nameF, s.nameL = j, k
			}
			j = k
			if sf[k-1]&sPoss != 0 {
				last = partPoss // Russia’s …: a determiner
				s.possF, s.possL, s.possHead = s.nameF, s.nameL, -1
				s.nameF, s.nameL = -1, -1
				s.roleSeen, s.hon = false, false
				continue
			}
			last = partName
			// a name run followed by a role or head keeps going
			// ("Harbour City coach Maria Delgado", "EU officials", "A
			// Whitehall source").
			if j < end && toks[j].Kind == tWord && toks[j].Flags&fCap == 0 && !(tf[j]&wCue != 0 && j+1 < end && tf[j+1]&wKW == kwThat) &&
				(tf[j]&(wRole|wMod|wGroup|wAnon|wAnonPeople|wAnonSing|wOrgHead|wDoc|wOrgDesc) != 0 || tf[j]&wAdj != 0 || (j+1 < end && tf[j+1]&headAheadFlags != 0 || j+2 < end && tf[j+2]&headAheadFlags != 0) && p.headAhead(j, end)) {
				continue // (not a verb before "that": "Belanger estimates that")
			}
			// Stockholm-based: a hyphenated adjective, then more.
			if j+1 < end && toks[j].Kind != tWord && toks[j].First == '-' && toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start && toks[j+1].Kind == tWord && toks[j+1].Flags&fCap == 0 {
				j += 2
				last = partMod
				s.nameF, s.nameL = -1, -1
				continue
			}
			break
		}
		if f&wKW == kwOf && (last == partNum || last == partDet) && j+1 < end {
			j++ // Three of the five commissioners
			last = partOf
			continue
		}
		if f&wCue != 0 && (last == partDet || last == partMod) && tk.Flags&fCap == 0 && j+1 < end && toks[j+1].Kind == tWord && tf[j+1]&(wDoc|wOrgHead) != 0 && (tf[j+1]&wCue == 0 || f&dIng != 0) {
			j++ // the recall notice, a warning letter: a verb's form as a modifier
			last = partMod
			continue
		}
		if headLike {
			// "Analysts", "Police", "officials": a head, even when listed
			// as a word that never starts a name.
			f &^= wStop
		} else if f&wStop != 0 && (f&wAdj == 0 || last == partNone) {
			break
		}
		if sf[j]&sPoss != 0 { // possLen(j) > 0
			// the fund’s board, the agency’s annual report; the
			// possessed noun has unknown modifiers of its own (the
			// provincial agriculture ministry’s crop report)
			s.possF, s.possL, s.possHead, s.possFlag = -1, -1, j, f
			s.adjUsed = 0
			j++
			last = partPoss
			continue
		}
		if j+1 < end && toks[j+1].Kind != tWord { // (one test when a word follows)
			if j+4 < end && toks[j+1].First == '-' && tf[j+2]&wKW == kwYear && toks[j+3].First == '-' && tf[j+4]&wKW == kwOld {
				j += 5 // an eighty-year-old woman
				last = partMod
				continue
			}
			if toks[j+1].Kind == tQuote && p.pluralPoss(j, end) {
				j++
				continue // the quote token is taken on the next turn
			}
		}
		switch {
		case f&(wGroup|wAnon|wAnonPeople|wAnonSing|wOrgHead|wDoc) != 0 && !(f&wRole != 0 && j+1 < end && toks[j+1].Flags&fCap != 0):
			s.headTok, s.headFlag = j, f
			j++
			last = partHead
			// a head may modify another ("county council"): go on when
			// another noun follows.
			// (the rare test first in each)
			if j < end && tf[j]&(wGroup|wAnonSing|wOrgHead|wDoc|wRole|wOrgDesc) != 0 && tf[j]&wStop == 0 && toks[j].Kind == tWord && toks[j].Flags&fCap == 0 &&
				(tf[j]&wCue == 0 || p.nounCompound(j, end)) {
				continue
			}
			// or a noun and a document: "the commission's campaign finance register"
			if j+1 < end && tf[j+1]&wDoc != 0 && toks[j].Kind == tWord && toks[j].Flags&fCap == 0 && tf[j]&(wStop|wCue|wAux|wBe|wBlock|wTime) == 0 &&
				toks[j+1].Kind == tWord && toks[j+1].Flags&fCap == 0 && (tf[j+1]&wCue == 0 || p.nounCompound(j+1, end)) {
				j++
				continue
			}
			if j < end && toks[j].Flags&fCap != 0 && (f&(wOrgDesc|wRole) != 0 || tf[j]&(wHon|wRole) != 0) {
				continue // news agency KCNA, police Lt. Marcus Bell
			}
			if f&(wOrgDesc|wRole) != 0 && j+1 < end && toks[j].First == ',' && toks[j+1].Flags&fCap != 0 {
				continue // A department spokesperson, Irene Castillo
			}
		case f&(wRole|wHon|wOrgDesc) != 0 && f&wMod != 0 && j+1 < end && p.adjectiveBefore(j+1):
			j++ // "general fund", "chief concern": an adjective here
			last = partMod
			continue
		case f&(wRole|wHon|wOrgDesc) != 0:
			s.roleSeen = true
			if f&wOrgDesc != 0 && f&wRole == 0 {
				s.orgDesc = true
			}
			s.headTok, s.headFlag = j, f
			j++
			last = partRole
			if j+1 < end && toks[j].First == '-' && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End && toks[j+1].Kind == tWord && toks[j+1].Flags&fCap == 0 && tf[j+1]&wRole != 0 {
				s.headTok, s.headFlag = j+1, tf[j+1]
				j += 2 // its chef-owner, the owner-operator
			}
			if j < end && tf[j]&wKW == kwOf && j+1 < end && toks[j+1].Flags&fCap != 0 && tf[j+1]&wStop == 0 {
				// leader of Ashby Town Council: the role is the head, the
				// body a modifier
				j = p.capRun(j+1, end)
				if sf[j-1]&sPoss != 0 {
					last = partPoss
				} else if j+1 < end && toks[j].Kind == tWord && toks[j].Flags&fCap == 0 && tf[j]&(wStop|wCue|wAux|wBe|wBlock|wTime|wKW) == 0 && toks[j+1].First == ',' {
					j++ // "the agency's director of Earth observation, Lena Morgenstern"
				}
			}
			continue
		case f&wMod != 0 || tf[j]&wAdj != 0:
			j++
			last = partMod
			continue
		case s.adjUsed < 2 && (j+1 < end && tf[j+1]&headAheadFlags != 0 || j+2 < end && tf[j+2]&headAheadFlags != 0) && p.headAhead(j, end):
			// an unknown adjective before a head: "retired nurses"
			s.adjUsed++
			j++
			last = partMod
			continue
		}
		break
	}
	if last == partPoss {
		// "Brennan’s 94th goal", "the company’s third recall": the
		// possessor is the mention
		switch {
		case s.possF >= 0:
			s.nameF, s.nameL, last = s.possF, s.possL, partName
		case s.possHead >= 0 && s.possFlag&(wGroup|wAnon|wAnonPeople|wAnonSing|wOrgHead|wDoc|wRole) != 0:
			s.headTok, s.headFlag, last = s.possHead, s.possFlag, partHead
		}
	}
	switch last {
	case partName:
		m.nameF, m.nameL = int32(s.nameF), int32(s.nameL)
		m.last, m.head = int32(s.nameL), int32(s.nameL-1)
		m.kind = mkName
		if s.headTok >= 0 && s.headTok < s.nameF && s.headFlag&wOrgHead != 0 && s.headFlag&wRole == 0 {
			// "Its parent company, Calder Utilities": the head before the
			// comma says what the name is, whatever modified it
			m.ev |= evOrg
		} else if s.hon || (s.roleSeen && !s.orgDesc) {
			m.ev |= evPerson
		}
		if s.orgDesc {
			m.ev |= evOrg
		}
	case partHead, partRole:
		if s.headTok < 0 {
			return false
		}
		m.last, m.head = int32(s.headTok+1), int32(s.headTok)
		hf := s.headFlag
		switch {
		case hf&wAnon != 0:
			m.kind = mkAnon
		case hf&wAnonPeople != 0:
			m.kind = mkAnon
			m.ev |= evPlural
		case hf&wGroup != 0:
			m.kind = mkGroup
			m.ev |= evPlural
		case hf&wAnonSing != 0 && (article || !m.definite && last == partHead && hf&wRole == 0):
			m.kind = mkAnon
		case hf&wDoc != 0:
			if last := int(m.last) - 2; last >= i && toks[last].Kind == tNum && d.lower(s.headTok) == "minutes" {
				return false // "47 minutes": a duration, not a meeting's minutes
			}
			m.kind = mkDoc
		case hf&wOrgHead != 0 && hf&wRole == 0:
			m.kind = mkOrg
			m.ev |= evOrg
			if hf&wCompanyHead != 0 {
				m.ev |= evCompany
			} else {
				m.ev |= evBody
			}
		case hf&(wRole|wHon|wAnonSing) != 0:
			if article {
				m.kind = mkAnon
			} else {
				m.kind = mkRole
				m.ev |= evPerson
			}
		case hf&wOrgDesc != 0:
			m.kind = mkOrg // "Local media", "the broadcaster"
			m.ev |= evOrg
		default:
			return false
		}
		if hf&wMale != 0 {
			m.ev |= evMale
		}
		if hf&wFemale != 0 {
			m.ev |= evFemale
		}
		if hf&(wRole|wAnonSing) != 0 && hf&wOrgHead == 0 && m.ev&evPlural == 0 {
			m.ev |= evPerson // a driver, the coach: a person
		}
		if m.kind == mkDoc || m.kind == mkOrg || m.kind == mkAnon {
			if tf[s.headTok]&dPluralS != 0 {
				m.ev |= evPlural // court documents, the figures, sources: they
			}
		}
		if article && m.kind == mkRole {
			m.kind = mkAnon
		}
		// post-modifiers: a person familiar with the matter, a filing
		// with the SEC, Residents of Drevna.
		// (postModifier's first tests inline: a preposition or an
		// anonymity word follows)
		if k := int(m.last); m.kind == mkOrg && k+1 < end && tf[k]&wKW == kwOf && toks[k+1].Kind == tWord && toks[k+1].Flags&fCap == 0 && tf[k+1]&wGroup != 0 && sf[k-1]&sPoss == 0 {
			m.last = int32(k + 2) // the board of trustees, the council of ministers
		}
		if k := int(m.last); m.kind != mkOrg && sf[k-1]&sPoss == 0 && k < end && toks[k].Kind == tWord &&
			(tf[k]&wAnonMark != 0 || sf[k]&sPrepPP != 0 || m.kind == mkDoc && tf[k]&wKW == kwTo) {
			k := p.postModifier(k, end, m.kind)
			// a document takes up to three: a poll of 2,014 parents by
			// Harcourt Research for this newspaper
			for n, k0 := 0, int(m.last); m.kind == mkDoc && n < 2 && k > k0; n++ {
				k0, k = k, p.postModifier(k, end, m.kind)
			}
			m.last = int32(k)
		}
		// "The French minister for ecological transition, Hélène
		// Marchetti": a role, a comma and the name
		// (not "a nurse in Columbus, Ohio": a town and its state)
		if (m.kind == mkRole || m.kind == mkAnon && (!article || m.ev&evPerson != 0)) && int(m.last)+1 < end && toks[int(m.last)].First == ',' &&
			!(m.last-m.first >= 3 && p.townAt(int(m.last)-1) && !p.fullNameAt(int(m.last)+1, end)) && // (but "the union’s director in Wales, Catrin Hughes")
			p.nameAfterComma(int(m.last)+1, end) >= 0 {
			k := p.capRun(p.nameAfterComma(int(m.last)+1, end), end)
			if sf[k-1]&sPoss == 0 && (k >= end || toks[k].Kind != tWord || toks[k].Flags&fCap == 0) &&
				!(k < end && toks[k].Kind == tWord && i > 0 && sf[i-1]&sBlock != 0) && // (as above: after a preposition)
				!(article && i > 0 && toks[i-1].Kind == tWord && tf[i-1]&wBlock == 0 && tf[i-1]&wKW != kwAnd && tf[i-1]&wKW != kwBut) { // (as above: an object)
				m.nameF, m.nameL = int32(int(m.last)+1), int32(k)
				for m.nameF < m.nameL && toks[m.nameF].Kind == tPunct {
					m.nameF++
				}
				if m.nameF < m.nameL {
					m.last, m.head, m.kind = int32(k), int32(k-1), mkName
					m.ev |= evPerson
				} else {
					m.nameF, m.nameL = -1, -1
				}
			}
		}
	default:
		return false
	}
	m.Span = Span{int(toks[m.first].Start), int(toks[m.last-1].End)}
	// a possessive’s ’s is not part of the mention
	if sf[m.last-1]&sPoss != 0 {
		m.End -= p.possLen(int(m.last - 1))
	}
	return true
}

// postModifier extends a common-noun mention ending at token k over an
// anonymity phrase ("familiar with the matter") or one prepositional phrase
// naming a body or place ("at the hospital", "with the SEC", "of Drevna").
// It returns the new end.
func (p *attrPass) postModifier(k, end int, kind mentionKind) int {
	d := p.d
	toks, tf, sf := d.toks, p.tf, d.sf // locals: not reloaded through p after every call
	if k >= end || toks[k].Kind != tWord {
		return k
	}
	w := tf[k] & wKW
	j := k
	switch {
	case tf[k]&wAnonMark != 0 && k+1 < end && toks[k+1].Kind == tWord:
		j = k + 2 // familiar with, close to, briefed on
	case w == kwWith && k+2 < end && (tf[k+1]&wKW == kwKnowledge || tf[k+2]&wKW == kwKnowledge):
		j = k + 2
		if tf[k+1]&wKW != kwKnowledge {
			j++
		}
		if j < end && tf[j]&wKW == kwOf {
			j++
		}
	case sf[k]&sPrepPP != 0 && kind != mkRole || kind == mkDoc && w == kwTo || (kind == mkRole && (w == kwFor || w == kwAt || w == kwOf || w == kwWith)):
		j = k + 1
	default:
		return k
	}
	// the object: a determiner and up to four words, a name or a common
	// noun phrase, but not a time ("on Monday", "in March", "at 11 a.m.").
	if j >= end {
		return k
	}
	o := j
	if toks[o].Kind == tWord && (tf[o]&wKW == kwThe || tf[o]&wKW == kwA || tf[o]&wKW == kwAn || tf[o]&wKW == kwIts || tf[o]&wKW == kwTheir || tf[o]&wKW == kwThis || tf[o]&wKW == kwHer || tf[o]&wKW == kwHis || tf[o]&wKW == kwOur ||
		tf[o]&wDet != 0 && o+1 < end && toks[o+1].Kind == tWord && !p.inSet(o, wsSmallNumber)) {
		o++ // (any determiner but a number, read below: "in both countries")
	}
	// "A lawyer for him", "a spokesman for them": a pronoun object
	if o == j && (kind == mkRole || kind == mkAnon) && (w == kwFor || w == kwOf) && toks[o].Kind == tWord && d.sf[o]&sObjPron != 0 && p.tf[o]&wKW != kwIt {
		return o + 1
	}
	// "A mother of three in Lewistown", "a father of two": the children
	// counted, no noun after
	if o == j && w == kwOf && (toks[o].Kind == tNum || toks[o].Kind == tWord && p.inSet(o, wsSmallNumber)) &&
		(o+1 >= end || toks[o+1].Kind != tWord || tf[o+1]&(wStop|wCue) != 0) {
		return o + 1
	}
	// a number, a place and the noun: "Doctors at three Leeds hospitals"
	if o+2 < end && (toks[o].Kind == tNum || toks[o].Kind == tWord && tf[o]&wDet != 0 && p.inSet(o, wsSmallNumber)) &&
		toks[o+1].Kind == tWord && toks[o+1].Flags&fCap != 0 && tf[o+1]&wStop == 0 &&
		toks[o+2].Kind == tWord && toks[o+2].Flags&fCap == 0 && tf[o+2]&(wStop|wAux|wBe|wCue) == 0 && tf[o+2]&(wOrgHead|wGroup|dPluralS) != 0 {
		return o + 3
	}
	// a number before the noun: "Officials in three states", "in the 12
	// districts"; the noun after it may look like a verb (states)
	if o+1 < end && (toks[o].Kind == tNum || toks[o].Kind == tWord && tf[o]&wDet != 0 && p.inSet(o, wsSmallNumber)) &&
		toks[o+1].Kind == tWord && toks[o+1].Flags&fCap == 0 && tf[o+1]&(wStop|wAux|wBe) == 0 {
		if o+2 < end && toks[o+2].Kind == tWord && toks[o+2].Flags&fCap == 0 && tf[o+2]&wGroup != 0 {
			return o + 3 // "of 1,150 estate agents": a noun before the group's head
		}
		return o + 2
	}
	n := 0
	for o < end && n < 5 && toks[o].Kind == tWord {
		f := tf[o]
		if toks[o].Flags&fCap != 0 {
			if f&wStop != 0 && toks[o].Flags&fUpper == 0 && !p.weekdayName(o, end) {
				break
			}
			start := o
			o = p.capRun(o, end)
			n++
			// two names joined: "a joint statement from Corrib and
			// Slaney", "Officials from France and Germany said"
			if o+1 < end && tf[o]&wKW == kwAnd && toks[o+1].Kind == tWord && toks[o+1].Flags&fCap != 0 && tf[o+1]&wStop == 0 && j > k {
				if o2 := p.capRun(o+1, end); o2 >= end || toks[o2].Kind == tPunct || sf[o2]&sCue != 0 || tf[o2]&(wAux|wBe) != 0 {
					o = o2
				}
			}
			if sf[o-1]&sPoss != 0 && o < end && toks[o].Kind == tWord {
				continue
			}
			if o < end && toks[o].Kind == tWord && toks[o].Flags&fCap == 0 && tf[o]&(wOrgHead|wGroup|wDoc) != 0 && tf[o]&wCue == 0 {
				o++ // the RMT union
				if o+1 < end && tf[o]&wKW == kwOf && toks[o+1].Kind == tWord && toks[o+1].Flags&fCap == 0 && tf[o+1]&(wOrgHead|wGroup|wDoc) != 0 {
					o += 2 // the Khortytsia group of forces
				}
			} else if start > j && (tf[start-1]&wKW == kwA || tf[start-1]&wKW == kwAn || tf[start-1]&wKW == kwThe) {
				// after "a" a name is a modifier and a noun follows: "a
				// trader at a City brokerage", "at a London law firm",
				// "an operator at the Eastgate garage"
				for m := 0; m < 2 && o < end && toks[o].Kind == tWord && toks[o].Flags&fCap == 0 && tf[o]&(wStop|wAux|wBe|wCue|dEd|dIng|wTime|wBlock) == 0 && d.sf[o]&(sTime|sWeekday) == 0; m++ {
					o++
					// a hyphenated word: "a Singapore market-making firm"
					if o+1 < end && toks[o].First == '-' && toks[o].Start == toks[o-1].End && toks[o+1].Start == toks[o].End && toks[o+1].Kind == tWord && toks[o+1].Flags&fCap == 0 {
						o += 2
					}
				}
			}
			break
		}
		if tf[o]&wKW == kwOf && n > 0 && o+2 < end && toks[o+1].Kind == tWord && toks[o+1].Flags&fCap == 0 && sf[o+1]&sPoss != 0 &&
			toks[o+2].Kind == tWord && tf[o+2]&wOrgHead != 0 {
			o += 3 // "the secretary of state's office"
			break
		}
		if tf[o]&wKW == kwOf && n > 0 && o+1 < end && (toks[o+1].Flags&fCap != 0 || tf[o+1]&wKW == kwThe) {
			if tf[o+1]&wKW == kwThe && (o+2 >= end || toks[o+2].Kind != tWord || tf[o+2]&wStop != 0) {
				break // never end on "of the"
			}
			o++ // Residents of the flooded town of Ashby
			if tf[o]&wKW == kwThe && toks[o].Flags&fCap == 0 {
				o++ // a member of the committee
			}
			continue
		}
		if f&wCue != 0 && !(o > j && tf[o-1]&wDet != 0) || f&(wStop|wAux|wBe) != 0 || tf[o]&wKW == kwWho || tf[o]&wKW == kwThat || tf[o]&wKW == kwWhich {
			break
		}
		if n > 0 && (f&dEd != 0 && f&wLex == 0 || o+1 < end && tf[o+1]&wKW == kwBy && p.inSet(o, wsIrregularParticiple)) {
			break // "A notice to mariners issued by …", "from the study published in June", "… seen by this newspaper": a participle after the noun
		}
		o++
		n++
		if o < end && toks[o].Kind == tQuote && p.pluralPoss(o-1, end) {
			o++
		}
	}
	if n == 0 {
		return k
	}
	return o
}

// irregularParticiples end a post-modifier before "by" as a regular
// participle does (dEd): "a draft of the rules seen by this newspaper".
var irregularParticiples = setOf("seen known given written drawn taken shown sent kept held made told")

// entity is one source in the making: a cluster of mentions. It holds no
// pointer (its mentions are a list threaded through mention.next, its head
// a token), so that p.ents is one allocation the GC need not scan.
type entity struct {
	_         noEq        // no generated equality function (wasm code)
	kind      mentionKind // of its first mention that is not a pronoun
	ev        uint8       // evidence bits of all its mentions
	named     bool        // has a proper-name mention
	speaks    bool        // subject of an attribution or speaker of a quote
	multi     bool        // named with two words or more (a person's full name)
	subjects  int32       // attributions it is the subject of, so far
	mentions  int32       // salience: mentions so far
	firstMent int32       // its first mention (then mention.next), -1 for none
	lastMent  int32       // its last mention
	headTok   int32       // head word token of its last common-noun mention, or -1
	lastSent  int32
}

// clusterer is the state of cluster: name maps and recent mentions.
type clusterer struct {
	// names maps a name key (text of d.src) to the entity it names as a
	// full name, a surname and a given name (strEnt.vals by rFull, rSur,
	// rGiven): one table, so that a key asked in two roles is found once
	// (a surname seen alone and in full, a one-word name's three roles)
	names  strTab
	recent []int32 // mention indexes with an entity, newest last (bounded)
	// heads is the last entity + 1 with a common-noun head, by the head's
	// key id (headID): a slice lookup where a hash of the word's text was
	// a fifth of cluster
	heads []int32
	keys  strTab // the key ids of heads that are not one whole word (headID)
	fig   int    // ageAt's cursor in d.res.Figures
}

// strTab maps substrings of one base string, d.src or d.low, to an
// int32: the clusterer's name maps. A map[string]int32 costs ~100 ns a
// lookup under js/wasm (no AES hash, and the map code's helpers are not
// inlined there); this is an open-addressing table, entries holding
// offsets, not strings, so they hold no pointer. Load is kept under 1/2.
type strTab struct {
	d     *doc
	base  string
	slots []int32 // entry index + 1; 0 = empty
	ents  []strEnt
}

type strEnt struct {
	start, end int32 // the key: base[start:end]
	hash       uint32
	vals       [3]int32 // by role (rFull …): the value, -1 for none; c.keys has vals[0] only
	name       nameEv   // (c.names) what the name's words say as a full name, once read
}

// The roles of a name key in c.names: its strEnt.vals index.
const (
	rFull  = iota // a full name (or a part kept for one: Sage Valley, NTWU)
	rSur          // the last word of a name
	rGiven        // the first word of a name
)

// nameEv is the evidence a name's words give alone (nameEntity), kept
// with its key so that a name seen again (most are) is not read again:
// the evidence bits of its organization suffix, capitals and given name
// (byte 0), of an unlisted given name's ending (byte 1, when nothing says
// more), and the bits below. One word, so that it is one load.
type nameEv uint32

const (
	nameKnown  nameEv = 1 << (16 + iota) // the fields are set
	namePlace                            // it ends in a place's word (Harrow County)
	nameOrg                              // a connector or organization word inside (orgInside)
	nameEnding = 8                       // the shift of byte 1
)

// newStrTab returns a table with room for est keys; it grows past them.
func newStrTab(d *doc, base string, est int) strTab {
	size := 64
	for size < 2*est {
		size <<= 1
	}
	h := d.scr.alloc(est, unsafe.Sizeof(strEnt{}), true)
	return strTab{d: d, base: base, slots: d.scr.int32s(size), ents: (*(*[]strEnt)(unsafe.Pointer(&h)))[:0]}
}

// lowHash returns the lexer's word hash (scanWord) of d.low[s:e], 8 bytes
// at a time. It is a function of the text alone, so a key that is one
// whole word may take its word's hash instead (find). The reads past e
// stay within the 8 bytes of padding after d.low (lex).
func (d *doc) lowHash(s, e int32) uint32 {
	base := unsafe.Pointer(unsafe.StringData(d.low))
	var h uint64
	for k := s; k < e; k += 8 {
		w := *(*uint64)(unsafe.Add(base, k))
		if bigEndian {
			w = bits.ReverseBytes64(w)
		}
		if e-k < 8 {
			w &= 1<<(8*uint(e-k)) - 1
		}
		h = (h ^ w) * wordHashMul
	}
	return uint32(h >> 32)
}

// find returns the hash of key base[start:end] and its slot: the slot
// holding it, or the empty slot where it would go. The hash is the lexer's
// hash of the lower-cased key, d.low[start:end] (the reads past end stay
// within its 8 bytes of padding), so that c.keys can take a word's hash
// from d.words. Hashing the text here, in this function, cost less under
// wasm than taking a one-word key's hash from d.words (a load of its
// token, then of its word: a cache miss each) or calling lowHash.
//
// The probe is a leaf loop (see lexFast): the key is compared inline, 8
// bytes at a time (the keys are equal in length, so the reads stay within
// base), where a string compare was a call per hit under wasm, and the
// indexes are tested unsigned so that no bounds check remains.
func (t *strTab) find(start, end int32) (uint32, uint32) {
	d := t.d
	var hh uint64 // (lowHash, inline)
	low := unsafe.Pointer(unsafe.StringData(d.low))
	for k := start; k < end; k += 8 {
		w := *(*uint64)(unsafe.Add(low, k))
		if bigEndian {
			w = bits.ReverseBytes64(w)
		}
		if end-k < 8 {
			w &= 1<<(8*uint(end-k)) - 1
		}
		hh = (hh ^ w) * wordHashMul
	}
	h := uint32(hh >> 32)
	slots, ents := t.slots, t.ents
	mask := uint32(len(slots) - 1)
	base, n := unsafe.Pointer(unsafe.StringData(t.base)), end-start
	for s := h & mask; uint(s) < uint(len(slots)); s = (s + 1) & mask {
		e := uint(slots[s]) - 1 // ^0 for an empty slot
		if e >= uint(len(ents)) {
			return h, s
		}
		if x := &ents[e]; x.hash == h && x.end-x.start == n {
			// 8 bytes a turn, then the last 8 (overlapping); a key
			// shorter than 8 its first and last 4, or byte by byte
			a, b, k := unsafe.Add(base, x.start), unsafe.Add(base, start), int32(0)
			switch {
			case n >= 8:
				for ; k+8 < n && *(*uint64)(unsafe.Add(a, k)) == *(*uint64)(unsafe.Add(b, k)); k += 8 {
				}
				if k+8 >= n && *(*uint64)(unsafe.Add(a, n-8)) == *(*uint64)(unsafe.Add(b, n-8)) {
					return h, s
				}
			case n >= 4:
				if *(*uint32)(a) == *(*uint32)(b) && *(*uint32)(unsafe.Add(a, n-4)) == *(*uint32)(unsafe.Add(b, n-4)) {
					return h, s
				}
			default:
				for ; k < n && *(*byte)(unsafe.Add(a, k)) == *(*byte)(unsafe.Add(b, k)); k++ {
				}
				if k == n {
					return h, s
				}
			}
		}
	}
	return h, 0 // never: the table is never full
}

// get returns the value in role r of key base[start:end].
func (t *strTab) get(start, end int32, r int) (int32, bool) {
	if _, s := t.find(start, end); t.slots[s] != 0 {
		v := t.ents[t.slots[s]-1].vals[r]
		return v, v >= 0
	}
	return -1, false
}

// set sets the value in role r of key base[start:end], unless keep and
// the key has one in that role already.
func (t *strTab) set(start, end int32, r int, val int32, keep bool) {
	h, s := t.find(start, end)
	t.put(h, s, start, end, r, val, keep)
}

// put is set for the hash h and slot s find returned for the key, with
// no key added to t since.
func (t *strTab) put(h, s uint32, start, end int32, r int, val int32, keep bool) {
	if e := t.slots[s]; e != 0 {
		if x := &t.ents[e-1].vals[r]; *x < 0 || !keep {
			*x = val
		}
		return
	}
	// set in place: a strEnt appended whole was a memory.copy under wasm
	if len(t.ents) == cap(t.ents) {
		t.ents = append(t.ents, strEnt{})[:len(t.ents)]
	}
	t.ents = t.ents[:len(t.ents)+1]
	x := &t.ents[len(t.ents)-1]
	x.start, x.end, x.hash, x.name = start, end, h, 0
	x.vals[0], x.vals[1], x.vals[2] = -1, -1, -1
	x.vals[r] = val
	t.slots[s] = int32(len(t.ents))
	if 2*len(t.ents) > len(t.slots) {
		slots := make([]int32, 2*len(t.slots))
		mask := uint32(len(slots) - 1)
		for i := range t.ents {
			s := t.ents[i].hash & mask
			for slots[s] != 0 {
				s = (s + 1) & mask
			}
			slots[s] = int32(i + 1)
		}
		t.slots = slots
	}
}

// recentMax bounds the pronoun and definite-noun look-back, in mentions.
const recentMax = 48

// cluster assigns every mention an entity, in document order.
func (p *attrPass) cluster() {
	d := p.d
	// c.names sized for what news needs (the bench text has 0.45 keys a
	// mention): a table that grows copies its keys and hashes them into
	// fresh slots outside the arena, a third of newName's time under wasm
	// when it started at a tenth of that
	c := &clusterer{names: newStrTab(d, d.src, len(p.ments)/2+16), heads: d.scr.int32s(len(d.words) + len(d.words)/8 + 16)[:len(d.words)], // (headID appends a few)
		recent: d.scr.int32s(2*recentMax + 1)[:0]} // (its bound: no regrowth)
	p.cl = c
	// at most one entity a mention; most are mentioned several times (a
	// third as many entities as mentions in the bench text, more in some)
	ne := len(p.ments)/2 + 16
	hEnts := d.scr.alloc(ne, unsafe.Sizeof(entity{}), true)
	p.ents = (*(*[]entity)(unsafe.Pointer(&hEnts)))[:0]
	hSubjof := d.scr.alloc(len(p.ments), 1, false)
	subjOf := (*(*[]bool)(unsafe.Pointer(&hSubjof))) // a slice: a map lookup per mention was dear under wasm
	for _, a := range p.attrs {
		subjOf[a.subj] = true
	}
	p.subjOf = subjOf
	ments, toks, sf := p.ments, d.toks, d.sf // locals: not reloaded after every call
	for mi := range ments {
		m := &ments[mi]
		e := int32(-1)
		switch m.kind {
		case mkName:
			e = p.nameEntity(c, mi)
		case mkPron:
			if cs := p.ctxSubj[mi]; cs >= 0 && ments[cs].ent >= 0 && p.compatible(m, ments[cs].ent) {
				e = ments[cs].ent
			} else {
				e = p.resolvePronoun(c, mi, subjOf[mi])
			}
			if e < 0 && !subjOf[mi] {
				continue
			}
		default:
			// (appositiveOf's first test inline: a call per mention is dear under wasm)
			x := int32(-1)
			if (m.kind == mkRole || m.kind == mkAnon) && m.ev&evPlural == 0 {
				x = p.appositiveOf(mi)
			}
			if x >= 0 {
				// "Ruth Gregory, deputy chief economist at Capital
				// Economics, said": the role is hers, for he/she and "the
				// economist" later, but it is not a mention of its own
				e = x
				m.hidden = true
				break
			}
			e = p.commonEntity(c, mi)
		}
		if e < 0 {
			// a new entity (newEntity, inline: a call for most common
			// nouns and some pronouns)
			p.ents = append(p.ents, entity{kind: m.kind, firstMent: -1, lastMent: -1, headTok: -1})
			e = int32(len(p.ents) - 1)
		}
		// attach mention mi to entity e (inline: a call per mention is
		// dear under wasm)
		m.ent, m.next = e, -1
		en := &p.ents[e]
		if en.kind == mkPron || (en.kind != mkName && m.kind == mkName) {
			en.kind = m.kind
		}
		en.ev |= m.ev
		if en.firstMent < 0 {
			en.firstMent = int32(mi)
		} else {
			ments[en.lastMent].next = int32(mi)
		}
		en.lastMent = int32(mi)
		en.mentions++
		if subjOf[mi] {
			en.subjects++
		}
		en.lastSent = m.sent
		switch m.kind {
		case mkPron:
		case mkName:
			en.named = true
			if m.nameL-m.nameF > 1 {
				en.multi = true
			}
			if m.head >= 0 && m.nameF > m.first {
				// a role in front: "the coach" may refer back to it
				for k := m.first; k < m.nameF; k++ {
					if p.tf[int(k)]&wRole != 0 {
						p.setHead(k, e)
					}
				}
			}
			if m.ev&evOrg != 0 {
				p.setHead(m.nameL-1, e)
				// and the head before "of": "The Central Bank of Ostria …
				// the bank", "the Ministry of Defence … the ministry"
				for k := m.nameF + 1; k < m.nameL-1; k++ {
					if p.tf[int(k)]&wKW == kwOf && p.tf[int(k-1)]&wOrgHead != 0 {
						p.setHead(k-1, e)
						break
					}
				}
			}
		default:
			en.headTok = m.head
			if m.definite || m.kind != mkOrg || m.first == m.head {
				// (not "a hospital": a new, unspecific body) setHead,
				// inline
				h := toks[m.head].ID
				if h < 0 || sf[m.head]&sPoss != 0 {
					h = p.headID(m.head)
				}
				c.heads[h] = e + 1
			}
		}
		c.recent = append(c.recent, int32(mi))
		if len(c.recent) > 2*recentMax {
			c.recent = append(c.recent[:0], c.recent[len(c.recent)-recentMax:]...)
		}
	}
}

// appositiveOf returns the entity of the named person that role or
// anonymous singular mention mi (cluster tests that) stands in apposition
// to (", the agency’s director,"), or -1.
func (p *attrPass) appositiveOf(mi int) int32 {
	d := p.d
	m := &p.ments[mi]
	f := int(m.first)
	if f < 2 || d.toks[f-1].First != ',' || p.mentEnd[f-2] < 0 {
		return -1
	}
	pm := &p.ments[p.mentEnd[f-2]]
	if pm.kind != mkName || pm.ent < 0 || p.ents[pm.ent].ev&evOrg != 0 && p.ents[pm.ent].ev&evPerson == 0 {
		return -1
	}
	if pf := int(pm.first); pf > 0 && d.toks[pf-1].Kind == tWord && (d.sf[pf-1]&sBlock != 0) {
		return -1 // "grew up in Houston, the daughter of …": not Houston's
	}
	return pm.ent
}

// newEntity starts an entity for mention mi.
func (p *attrPass) newEntity(mi int) int32 {
	p.ents = append(p.ents, entity{kind: p.ments[mi].kind, firstMent: -1, lastMent: -1, headTok: -1})
	return int32(len(p.ents) - 1)
}

// headID returns the key id of the head word at token k,
// stripPoss(d.lower(k)): its word id, but for a possessive or a token that
// is no word, whose key c.keys gives the id of the word with that text
// when there is one, else an id of its own after those (c.heads grows to
// hold it). c.keys is built on the first such key, from d.words.
func (p *attrPass) headID(k int32) int32 {
	d, c := p.d, p.cl
	if id := d.toks[k].ID; id >= 0 && d.sf[k]&sPoss == 0 {
		return id
	}
	t := &c.keys
	if t.slots == nil {
		*t = newStrTab(d, d.low, len(d.words)+16)
		t.ents = t.ents[:len(d.words)]
		slots, ents := t.slots, t.ents
		mask := uint32(len(slots) - 1)
		for id, w := range d.words {
			if id < len(ents) { // (field by field: a whole strEnt was a memory.copy a word under wasm)
				x := &ents[id]
				x.start, x.end, x.hash, x.vals[0], x.name = w.Start, w.End, w.hash, int32(id), 0
			}
			i := w.hash & mask
			for uint(i) < uint(len(slots)) && slots[i] != 0 {
				i = (i + 1) & mask
			}
			if uint(i) < uint(len(slots)) {
				slots[i] = int32(id + 1)
			}
		}
	}
	s, e := d.toks[k].Start, d.toks[k].End-int32(p.possLen(int(k)))
	h, sl := t.find(s, e)
	if x := t.slots[sl]; x != 0 {
		return x - 1
	}
	t.put(h, sl, s, e, 0, int32(len(t.ents)), false)
	c.heads = append(c.heads, 0)
	return int32(len(t.ents) - 1)
}

// setHead makes e the last entity with the head word at token k.
func (p *attrPass) setHead(k, e int32) {
	h := p.d.toks[k].ID // headID(k), its first test inline
	if h < 0 || p.d.sf[k]&sPoss != 0 {
		h = p.headID(k)
	}
	p.cl.heads[h] = e + 1
}

// nameSpan returns the offsets of the text of tokens [f, l) without a
// possessive ’s: a key of the clusterer's name tables.
func (p *attrPass) nameSpan(f, l int32) (int32, int32) {
	d := p.d
	if d.sf[l-1]&sPoss == 0 {
		return d.toks[f].Start, d.toks[l-1].End
	}
	return d.toks[f].Start, d.toks[l-1].End - int32(p.possLen(int(l-1)))
}

// ageAt reports an age figure starting at byte off, as the figure pass
// read it ("Marjorie Pell, 78,", "Smith (47)"). The figures are listed by
// start and the names come in order, so a cursor (c.fig) walks them once
// where a binary search a name cost more; it starts over for an offset
// before it (never in cluster's order). A loop without calls: see lexFast.
func (c *clusterer) ageAt(fs []Figure, off int) bool {
	x := c.fig
	if x > len(fs) || x > 0 && fs[x-1].Start >= off {
		x = 0
	}
	for ; uint(x) < uint(len(fs)) && fs[x].Start < off; x++ {
	}
	c.fig = x
	return uint(x) < uint(len(fs)) && fs[x].Start == off && fs[x].Type == Age
}

// orgInside reports whether the name run [f, l) holds a connector (of,
// for, and, &) or an organization word: a body's name.
func (p *attrPass) orgInside(f, l int32) bool {
	toks, tf := p.d.toks, p.tf // locals: not reloaded after every call
	for k := f; k < l; k++ {
		if toks[k].Kind != tWord {
			continue
		}
		if w := tf[k] & wKW; w == kwOf || w == kwFor || w == kwAnd || tf[int(k)]&wOrgSuffix != 0 && k+1 < l {
			return true
		}
	}
	return false
}

// nameEntity clusters a named mention by full name, surname or given name.
func (p *attrPass) nameEntity(c *clusterer, mi int) int32 {
	toks, tf := p.d.toks, p.tf // locals: not reloaded after every call
	d := p.d
	m := &p.ments[mi]
	f, l := m.nameF, m.nameL
	if f < 0 || f >= l {
		return p.newEntity(mi)
	}
	// trailing period of Inc. is not part of the key
	for l-1 > f && toks[l-1].Kind == tPunct {
		l--
	}
	fs, fe := toks[f].Start, toks[l-1].End // the full name: nameSpan(f, l), inline
	if p.d.sf[l-1]&sPoss != 0 {
		fs, fe = p.nameSpan(f, l)
	}
	// the full name's slot is kept for newName's put: no key goes into
	// c.names in between. A name seen before has its words' evidence
	// there (not a possessive's, whose key is not its words' text:
	// NATO’s has no capitals only).
	fh, fslot := c.names.find(fs, fe)
	var ne nameEv
	hit, keep := c.names.slots[fslot], fe == toks[l-1].End // the key's entry + 1, or 0
	full := int32(-1)                                      // its entity as a full name
	if hit != 0 {
		full = c.names.ents[hit-1].vals[rFull]
	}
	if full >= 0 && keep {
		ne = c.names.ents[hit-1].name
	}
	if ne&nameKnown == 0 {
		ne = p.nameWords(f, l)
		if keep && full >= 0 {
			c.names.ents[hit-1].name = ne
		}
	}
	m.ev |= uint8(ne)
	if m.ev&(evMale|evFemale|evOrg) == 0 {
		m.ev |= uint8(ne >> nameEnding)
	}
	// an age after the name ("Marjorie Pell, 78, was"): a person (the
	// number test inline: a call per name is dear under wasm)
	if k := int(m.last) + 1; m.ev&evOrg == 0 && k < len(toks) && toks[k].Kind == tNum && c.ageAt(d.res.Figures, int(toks[k].Start)) {
		m.ev |= evPerson
	}
	if ne&namePlace != 0 {
		m.ev |= evOrg
	}
	// "the Office for National Statistics": an article, a connector or an
	// organization word inside the name makes it a body
	if m.ev&evPerson == 0 && (m.first < f && tf[int(m.first)]&wKW == kwThe || ne&nameOrg != 0) {
		m.ev |= evOrg
	}
	// a role before the name makes a person, unless the words before the
	// name end in a body's head: "Its parent company, Calder Utilities"
	lw := f - 1
	for lw > m.first && toks[lw].Kind != tWord {
		lw--
	}
	for k := m.first; k < f && (tf[int(lw)]&wOrgHead == 0 || tf[int(lw)]&wRole != 0); k++ {
		if hf := tf[int(k)]; hf&wHon != 0 || hf&wRole != 0 && hf&wOrgDesc == 0 {
			m.ev |= evPerson
			if hf&wMale != 0 {
				m.ev |= evMale
			}
			if hf&wFemale != 0 {
				m.ev |= evFemale
			}
		}
	}
	if full >= 0 {
		return full
	}
	return p.newName(c, mi, f, l, fs, fe, fh, fslot, ne, keep)
}

// newName is nameEntity for a full name not seen before: a surname or
// given name seen alone, a company without its suffix, or a new entity;
// then it keys the name's parts. [fs, fe) is the full name's key, fh and
// fslot its hash and slot in c.names (which may hold it in another role),
// keep whether it is its words' text.
func (p *attrPass) newName(c *clusterer, mi int, f, l, fs, fe int32, fh, fslot uint32, ne nameEv, keep bool) int32 {
	toks, tf := p.d.toks, p.tf // locals: not reloaded after every call
	d := p.d
	m := &p.ments[mi]
	ls, le := toks[l-1].Start, toks[l-1].End // its last word
	fw, fwe := toks[f].Start, toks[f].End    // its first word
	var e int32 = -1
	last := int32(0) // (a longer name) its last word's entry + 1 in c.names, 0 for none
	if l-f == 1 {
		// the key in another role (nameEntity found it)
		if x := c.names.slots[fslot]; x != 0 {
			if en := &c.names.ents[x-1]; en.vals[rSur] >= 0 {
				e = en.vals[rSur]
			} else {
				e = en.vals[rGiven]
			}
		}
		// Mrs. Smith is not Mr. John Smith: a family shares a surname
		if e >= 0 {
			if mg, eg := m.ev&(evMale|evFemale), p.ents[e].ev&(evMale|evFemale); mg != 0 && eg != 0 && mg&eg == 0 {
				e = -1
			}
		}
	} else {
		// "Lattice Harbor" for "Lattice Harbor Inc.": strip a company suffix
		if tf[int(l-1)]&wCompanySuffix != 0 && l-f > 2 {
			s, x := p.nameSpan(f, l-1)
			if x, ok := c.names.get(s, x, rFull); ok {
				e = x
			}
		}
		// the last word, as a surname and as a full name
		sur, lastFull := int32(-1), int32(-1)
		if _, s := c.names.find(ls, le); c.names.slots[s] != 0 {
			last = c.names.slots[s]
			sur, lastFull = c.names.ents[last-1].vals[rSur], c.names.ents[last-1].vals[rFull]
		}
		// a surname seen alone before: "Smith said … John Smith"
		if e < 0 && sur >= 0 && !p.ents[sur].named {
			e = sur
		}
		if x := lastFull; e < 0 && x >= 0 && p.ents[x].mentions > 0 && m.ev&evOrg == 0 && ne&nameOrg == 0 {
			// (a person's: "Pediatrics" is not The American Academy of Pediatrics)
			if fm := &p.ments[p.ents[x].firstMent]; fm.kind == mkName && fm.nameL-fm.nameF == 1 {
				e = x
			}
		}
		// a body named by its head noun before its name: "the drivers’
		// union … The Northern Transit Workers’ Union"
		if e < 0 && m.ev&evOrg != 0 {
			if x := c.heads[p.headID(l-1)] - 1; x >= 0 && !p.ents[x].named && p.ents[x].kind == mkOrg {
				e = x
			}
		}
	}
	if e < 0 {
		e = p.newEntity(mi)
	}
	x := c.names.slots[fslot] // its entry + 1 if it is there in another role
	c.names.put(fh, fslot, fs, fe, rFull, e, false)
	if x == 0 {
		x = int32(len(c.names.ents)) // a new key, the last (put may have moved the slots)
	}
	if keep {
		c.names.ents[x-1].name = ne
	}
	if l-f > 1 {
		// A surname already naming a person mentioned twice stays with
		// that person: an obituary's "Brannock" is the deceased, not
		// "her son, Tomas Brannock", named once in passing. (Entries stay
		// where they are; slots move when the table grows: a key not there
		// before the full name's is looked up again.)
		if last != 0 {
			if x := &c.names.ents[last-1].vals[rSur]; *x < 0 || p.ents[*x].ev&evPerson == 0 || p.ents[*x].mentions < 2 {
				*x = e
			}
		} else {
			c.names.set(ls, le, rSur, e, false)
		}
		c.names.set(fw, fwe, rGiven, e, false)
		if tf[int(l-1)]&wCompanySuffix != 0 && l-f > 2 {
			s, x := p.nameSpan(f, l-1)
			c.names.set(s, x, rFull, e, false)
		}
		if m.ev&evOrg != 0 && m.ev&evPerson == 0 {
			// Sage Valley for Sage Valley Memorial Hospital
			for k := f + 2; k < l-1 && k < f+5; k++ {
				s, x := p.nameSpan(f, k)
				c.names.set(s, x, rFull, e, true)
			}
		}
	}
	// "The Northern Transit Workers’ Union (NTWU)": the acronym is a name
	if k := int(m.last); k+2 < len(d.toks) && toks[k].First == '(' && toks[k+1].Flags&fUpper != 0 && toks[k+2].First == ')' {
		c.names.set(toks[k+1].Start, toks[k+1].End, rFull, e, false)
	}
	return e
}

// nameWords returns the evidence the words of name run [f, l) give alone
// (nameEv), read once per distinct name: nameEntity keeps it with the
// name's key (and its hot path stays small: a name seen before skips it).
func (p *attrPass) nameWords(f, l int32) nameEv {
	toks, tf := p.d.toks, p.tf // locals: not reloaded after every call
	d := p.d
	ne := nameKnown
	// organization evidence
	if lf := tf[int(l-1)]; lf&wOrgSuffix != 0 {
		ne |= nameEv(evOrg)
		if lf&wCompanySuffix != 0 {
			ne |= nameEv(evCompany)
		} else {
			ne |= nameEv(evBody)
		}
	}
	if l-f == 1 && (toks[f].Flags&fUpper != 0 || tf[int(f)]&wOrgName != 0) {
		ne |= nameEv(evOrg)
	}
	// a body's acronym opening a longer name: "NHS England", "BBC News"
	// (not initials, "AJ Brown", nor a headline in capitals)
	if l-f > 1 && toks[l-1].Flags&fUpper == 0 && (tf[int(f)]&wOrgName != 0 || toks[f].Flags&fUpper != 0 && toks[f].End-toks[f].Start >= 3 && tf[int(f)]&wGiven == 0) {
		ne |= nameEv(evOrg)
	}
	// a given name anywhere before the surname ("Speaker Mike
	// Johnson"), or alone ("Kim")
	for k := f; k < l-1 || l-f == 1 && k == f; k++ {
		if gf := tf[int(k)]; gf&wGiven != 0 {
			ne |= nameEv(evPerson)
			if gf&wMale != 0 {
				ne |= nameEv(evMale)
			}
			if gf&wFemale != 0 {
				ne |= nameEv(evFemale)
			}
			break
		}
	}
	// an unlisted given name by its ending, the way a reader
	// guesses: Ilona, Adaeze Okafor -a; Paolo, Aurelio -o (two- and
	// three-word names only, never a body's)
	if l-f >= 2 && l-f <= 3 && tf[int(f)]&wLex == 0 && toks[f].Kind == tWord && tf[int(l-1)]&(wOrgSuffix|wPlace|wOrgName) == 0 {
		if w := d.lower(int(f)); len(w) >= 3 && w[len(w)-1] == 'a' {
			ne |= nameEv(evPerson|evFemale) << nameEnding
		} else if len(w) >= 3 && w[len(w)-1] == 'o' {
			ne |= nameEv(evPerson|evMale) << nameEnding
		}
	}
	// Harrow County, Sage Valley: a place
	if tf[int(l-1)]&wPlace != 0 && l-f > 1 {
		ne |= namePlace
	}
	if p.orgInside(f, l) {
		ne |= nameOrg
	}
	return ne
}

// commonEntity clusters a group, anonymous, body, document or role
// mention: a definite one refers back to the last entity with its head.
// It returns -1 for a new entity (cluster makes it).
func (p *attrPass) commonEntity(c *clusterer, mi int) int32 {
	d := p.d
	m := &p.ments[mi]
	h := d.toks[m.head].ID // headID, its first test inline
	if h < 0 || d.sf[m.head]&sPoss != 0 {
		h = p.headID(m.head)
	}
	bare := int(m.head-m.first) <= 1 && (m.first == m.head || m.definite)
	switch m.kind {
	case mkOrg:
		if f := int(m.first); f < int(m.head) && (p.d.sf[f]&sPoss != 0 || p.tf[f]&wKW == kwIts || p.tf[f]&wKW == kwTheir || p.tf[f]&wKW == kwHis || p.tf[f]&wKW == kwHer) {
			break // "its forces", "Kestovia's foreign ministry": another body
		}
		// a body already named with this head ("The Central Bank of
		// Ostria … the bank") before the last company named
		if e := c.heads[h] - 1; e >= 0 && bare && p.ents[e].ev&evOrg != 0 {
			return e
		}
		// "the statistics office" for the National Statistics Office:
		// every word before the head is in the body's name
		if e := c.heads[h] - 1; e >= 0 && m.definite && p.ents[e].named && p.ents[e].ev&evOrg != 0 && p.wordsInName(m, e) {
			return e
		}
		if m.ev&evCompany != 0 && bare {
			if e := p.recentOrg(c, mi, true); e >= 0 {
				return e
			}
		}
		if bare && m.ev&evCompany == 0 && m.definite && d.toks[m.head].Flags&fCap == 0 {
			// "the agency", "the ministry": the body named in this sentence
			// or the one before
			if e := p.recentOrg(c, mi, false); e >= 0 && p.ents[e].kind != mkDoc {
				// with the same head word, or last mentioned in this
				// sentence or the one before it in the paragraph
				// (not a body known only by another common noun: "the
				// company … The union said")
				en := &p.ents[e]
				same := en.headTok >= 0 && p.headID(en.headTok) == h
				other := !same && en.headTok >= 0 && !en.named && d.toks[en.headTok].Flags&fCap == 0
				if same || !other && (en.lastSent == m.sent || en.lastSent == m.sent-1 && d.sents[en.lastSent].Para == d.sents[m.sent].Para) {
					return e
				}
			}
		}
	case mkGroup:
		if e := c.heads[h] - 1; e >= 0 && p.ents[e].kind == mkGroup && (bare || p.sameModifiers(mi, e)) {
			return e
		}
	case mkAnon, mkDoc, mkRole:
		if e := c.heads[h] - 1; e >= 0 && m.definite && (p.ents[e].kind == m.kind || m.kind == mkRole) {
			return e
		}
		if m.kind == mkRole && m.definite && p.tf[int(m.first)]&wKW == kwThe {
			// "the German said", "the 27-year-old said": the person last
			// named. A role ("the prime minister") refers back only to a
			// person introduced with it (heads above).
			if k, ok := p.epithet(int(m.first), int(m.last)); ok && k == int(m.last) {
				if e := p.lastPerson(c, mi); e >= 0 {
					return e
				}
			}
		}
	}
	return -1 // a new entity
}

// wordsInName reports whether each word of m between its first token (a
// determiner) and its head is a word of the first mention of entity e.
func (p *attrPass) wordsInName(m *mention, e int32) bool {
	toks := p.d.toks
	fm := &p.ments[p.ents[e].firstMent]
	if m.head-m.first < 2 || fm.last-fm.first > maxNP {
		return false
	}
	for k := m.first + 1; k < m.head; k++ {
		id, found := toks[k].ID, false
		for j := fm.first; j < fm.last && !found; j++ {
			found = id >= 0 && toks[j].ID == id
		}
		if !found {
			return false
		}
	}
	return true
}

// sameModifiers reports whether group mention mi shares a capitalized
// modifier with entity e's first mention ("Varnian border officials" and
// "Varnian officials").
func (p *attrPass) sameModifiers(mi int, e int32) bool {
	d := p.d
	m := &p.ments[mi]
	f := &p.ments[p.ents[e].firstMent]
	for k := m.first; k < m.head; k++ {
		if p.d.toks[int(k)].Flags&fCap == 0 {
			continue
		}
		for x := f.first; x < f.head; x++ {
			if p.d.toks[int(x)].Flags&fCap != 0 && d.lower(int(x)) == d.lower(int(k)) {
				return true
			}
		}
	}
	return false
}

// recentOrg finds the organization "the company" or "it" refers to: the
// last one in the same sentence, else in the previous sentence of the
// paragraph, else the most mentioned organization of this paragraph and
// the one before.
func (p *attrPass) recentOrg(c *clusterer, mi int, company bool) int32 {
	ments, ents, sents, recent := p.ments, p.ents, p.d.sents, c.recent // locals: not reloaded after every call
	m := &ments[mi]
	para := sents[m.sent].Para
	best, bestN := int32(-1), int32(0)
	for k := len(recent) - 1; k >= 0 && k >= len(recent)-recentMax; k-- {
		r := &ments[recent[k]]
		e := r.ent
		if e < 0 || r.kind == mkPron && ents[e].ev&evOrg == 0 {
			continue
		}
		en := &ents[e]
		isOrg := en.ev&evOrg != 0 || en.kind == mkOrg || en.kind == mkName && en.ev&evPerson == 0 && !r.weak && en.subjects > 0 && !en.multi
		if !isOrg && en.kind != mkDoc || en.kind == mkGroup || en.kind == mkDoc && company {
			continue
		}
		if company && en.ev&evCompany == 0 && (en.kind == mkOrg || en.ev&evBody != 0) {
			continue // "the company" is no ministry
		}
		if sents[r.sent].Para < para-1 {
			break
		}
		if r.sent == m.sent || r.sent == m.sent-1 && sents[r.sent].Para == para {
			return e
		}
		if en.mentions > bestN {
			best, bestN = e, en.mentions
		}
	}
	if best < 0 && company {
		// "The company expects …" paragraphs after the company was last
		// named: the story's company, the one named most so far
		for e := range ents[:min(len(ents), 64)] { // (the story's first bodies: a bound on the work per mention)
			if en := &ents[e]; en.ev&evCompany != 0 && en.kind != mkGroup && en.kind != mkDoc && en.mentions > bestN {
				best, bestN = int32(e), en.mentions
			}
		}
	}
	return best
}

// compatible reports whether pronoun mention m may refer to entity e.
func (p *attrPass) compatible(m *mention, e int32) bool {
	en := &p.ents[e]
	switch {
	case m.ev&(evMale|evFemale) != 0:
		// he or she: a person of no other gender, and not a body
		other := uint8(evFemale)
		if m.ev&evMale == 0 {
			other = evMale
		}
		if en.ev&(other|evPlural) != 0 || en.ev&evOrg != 0 && en.ev&evPerson == 0 {
			return false
		}
		return en.kind == mkName || en.kind == mkRole || en.kind == mkPron || en.kind == mkAnon // (an anonymous source but a plural, tested above)
	case m.ev&evPlural != 0:
		return en.ev&evPlural != 0 || en.kind == mkGroup || en.kind == mkOrg || en.ev&evOrg != 0 && en.ev&evPerson == 0
	default: // it: a body, a document, or a one-word name with nothing personal (Microsoft)
		return en.ev&evPerson == 0 && en.ev&evPlural == 0 && (en.kind == mkOrg || en.kind == mkDoc || en.ev&evOrg != 0 || en.kind == mkName && !en.multi)
	}
}

// lastPerson returns the entity of the most recent named person within the
// paragraph and the one before, or -1.
// personLike reports an entity known as a person, or named by a given
// name and a surname with nothing saying it is a body (Jonah Whitlock,
// whose given name no list holds).
func (p *attrPass) personLike(e int32) bool {
	en := &p.ents[e]
	return en.ev&evPerson != 0 || en.kind == mkName && en.ev&(evOrg|evPlural) == 0 && p.fullName(e)
}

// fullName reports an entity with a mention of two capitalized words,
// neither in capitals (PORT ESTHER), nor a role, a preposition or an
// adjective (Outside Gate, Best actress): a person's given name and
// surname.
func (p *attrPass) fullName(e int32) bool {
	toks := p.d.toks
	if !p.ents[e].multi {
		return false
	}
	// the first few mentions only: a story names a person in full early,
	// and a walk over them all would make each pronoun's test linear
next:
	for mi, n := p.ents[e].firstMent, 0; mi >= 0 && n < 4; mi, n = p.ments[mi].next, n+1 {
		m := &p.ments[mi]
		if m.kind != mkName || m.nameL-m.nameF != 2 {
			continue
		}
		for k := m.nameF; k < m.nameL; k++ {
			if toks[k].Flags&(fCap|fUpper) != fCap || p.tf[k]&(wStop|wRole|wHon|wBlock|wAdj|wMod|wOrgHead|wGroup|wDoc|wTime|wDet) != 0 || p.d.sf[k]&(sPrepPP|sAdvStart) != 0 {
				continue next
			}
		}
		return true
	}
	return false
}

func (p *attrPass) lastPerson(c *clusterer, mi int) int32 {
	ments, ents, sents, recent := p.ments, p.ents, p.d.sents, c.recent // locals: not reloaded after every call
	para := sents[ments[mi].sent].Para
	for k := len(recent) - 1; k >= 0 && k >= len(recent)-recentMax; k-- {
		r := &ments[recent[k]]
		if sents[r.sent].Para < para-1 {
			break
		}
		if r.ent >= 0 && r.kind == mkName && (ents[r.ent].ev&evPerson != 0 || ents[r.ent].ev&evOrg == 0 && r.nameL-r.nameF > 1) {
			// the subject of that sentence before a person it names
			// later: "Jonah Whitlock won, beating Matteo Santoro. The
			// 25-year-old …"
			if s := p.sentenceSubjectEntity(c, k, r.sent); s >= 0 && s != r.ent && p.fullName(s) {
				return s
			}
			return r.ent
		}
	}
	return -1
}

// itWords after "it" make it an expletive ("it was the third …", "it is
// likely").
var itExpletive = setOf("is was 's seems seemed appears appeared remains remained takes took")

// resolvePronoun finds the entity pronoun mention mi refers to, or -1.
func (p *attrPass) resolvePronoun(c *clusterer, mi int, subject bool) int32 {
	ments, ents, sents, recent := p.ments, p.ents, p.d.sents, c.recent // locals: not reloaded after every call
	m := &ments[mi]
	d := p.d
	para := sents[m.sent].Para
	if m.ev&(evMale|evFemale|evPlural) == 0 {
		// it
		if !subject && int(m.last) < len(d.toks) && (d.sf[m.last]&sItExpl != 0) {
			return -1
		}
		if subject {
			// "…, it said": the body that spoke last, before a place
			// named in passing
			for k := len(recent) - 1; k >= 0 && k >= len(recent)-recentMax; k-- {
				r := &ments[recent[k]]
				if sents[r.sent].Para < para-1 {
					break
				}
				if r.ent >= 0 && ents[r.ent].subjects > 0 && p.compatible(m, r.ent) {
					return r.ent
				}
			}
		}
		return p.recentOrg(c, mi, false)
	}
	if subject && m.ev&evPlural != 0 {
		// "they said": the group that spoke last, before any other plural
		for k := len(recent) - 1; k >= 0 && k >= len(recent)-recentMax; k-- {
			r := &ments[recent[k]]
			if sents[r.sent].Para < para-1 {
				break
			}
			if r.ent >= 0 && p.subjOf[recent[k]] && p.compatible(m, r.ent) {
				return r.ent
			}
		}
	}
	not := int32(-1) // the entity this pronoun cannot be (the subject of its clause)
	if x := p.disjoint[mi]; x > 0 {
		not = ments[x-1].ent
	}
	fallback, last := int32(-1), int32(-1)
	reach := para - 1 // he and she look further back for a known person
	if m.ev&evPlural == 0 {
		reach = para - 3
	}
	for k := len(recent) - 1; k >= 0 && k >= len(recent)-recentMax; k-- {
		r := &ments[recent[k]]
		if sents[r.sent].Para < reach {
			break
		}
		e := r.ent
		if e < 0 || e == not || !p.compatible(m, e) || r.kind == mkName && p.label(r) { // (label's first test inline)
			continue
		}
		if sents[r.sent].Para < para-1 && (ents[e].ev&evPerson == 0 || fallback >= 0) {
			continue // beyond the paragraph before: a known person only
		}
		en := &ents[e]
		if m.ev&evPlural != 0 {
			if en.kind == mkGroup || en.kind == mkAnon && en.ev&evPlural != 0 {
				return e
			}
			if fallback < 0 {
				fallback = e
			}
			continue
		}
		if en.ev&evPerson != 0 || en.kind == mkRole || en.kind == mkAnon {
			// its sentence's subject is the likelier antecedent, from an
			// earlier sentence ("Luis Enrique praised his goalkeeper. “…,”
			// he said.") or this one ("Whitlock won, beating Santoro after
			// saving 11 of the 13 break points he faced")
			if s := p.sentenceSubjectEntity(c, k, r.sent); s >= 0 && s != not && p.compatible(m, s) && p.personLike(s) {
				return s
			}
			return e
		}
		if fallback < 0 && !r.weak && r.kind == mkName && r.nameL-r.nameF > 1 {
			fallback = e
		}
		if last < 0 && !r.weak && r.kind == mkName && ents[e].ev&evOrg == 0 && (r.sent == m.sent || r.sent == m.sent-1 || r.sent == m.sent-2 && ents[e].subjects > 0) {
			// a lone surname nearby ("Warren smiled. “…,” she said"), or
			// one that spoke two sentences back ("“…,” Smith said. “…”
			// He paused.")
			last = e
		}
	}
	if fallback < 0 {
		return last
	}
	return fallback
}

// sentenceSubjectEntity returns the entity of the first mention of
// sentence s when it opens the sentence (after a dateline), looking back
// from c.recent[k]; -1 otherwise.
func (p *attrPass) sentenceSubjectEntity(c *clusterer, k int, s int32) int32 {
	ments, recent := p.ments, c.recent
	first := int32(-1)
	for ; k >= 0 && k >= len(recent)-recentMax; k-- {
		r := &ments[recent[k]]
		if r.sent != s {
			break
		}
		first = recent[k]
	}
	if first < 0 {
		return -1
	}
	fm := &ments[first]
	// (a pronoun resolved before counts: "He said the suspect was armed.
	// “…,” he warned.")
	if fm.kind != mkName && fm.kind != mkRole && (fm.kind != mkPron || fm.ent < 0) {
		return -1
	}
	// (afterDateline's first test inline: it returns st unless st
	// opens a paragraph)
	if st := int(p.d.sents[s].First); int(fm.first) != st && (p.d.toks[st].Flags&fParaStart == 0 || int(fm.first) != p.afterDateline(st, int(fm.first)+1)) {
		return -1
	}
	return fm.ent
}
