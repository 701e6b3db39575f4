package annotate

// Cues (ANNOTATION.md §3): the reporting verbs and phrases that link a
// source to what it said.
//
// The cue lexicon (lexicon/cue_verbs.txt, about 500 verb forms, and
// lexicon/cue_phrases.txt) gives every form of a verb with its class, which
// says what the verb needs around it to report words rather than an act:
// "said" takes anything, "added" a clause ("He added 500 jobs" is no
// attribution), "found" a that-clause. isCue decides on one token from a few
// tokens of context on either side, so the whole pass stays linear.

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed lexicon/cue_verbs.txt
var cueVerbsText string

//go:embed lexicon/cue_phrases.txt
var cuePhrasesText string

// cueClass says what a reporting verb needs to be a cue. Keep in sync with
// the class letters of lexicon/cue_verbs.txt.
type cueClass uint8

const (
	cueNone      cueClass = iota
	cueSpeech             // s: said, told: any complement
	cueClause             // c: warned, added: a clause, a quote, a colon
	cueObject             // t: reported, confirmed: a clause or a plain object
	cueThat               // f: found, showed: a clause, not a plain object
	cueAs                 // a: described X as …
	cueCall               // q: called X “…”
	cueQuoteOnly          // Q: asked, laughed: only next to a quote
	cueAccord             // p phrase: according to X (source after)
	cuePhrasal            // v phrase: pointed out (subject before)
	cuePassive            // w phrase: was quoted as saying (subject before the be-form)
)

// verbForm is the inflection of a cue verb form.
type verbForm uint8

const (
	formBase verbForm = iota // say
	formS                    // says
	formPast                 // said (and past participle)
	formIng                  // saying
)

type cueVerb struct {
	class cueClass
	form  verbForm
	order bool // one of orderVerbs: "urged them to" is a request
	write bool // one of writeForms (cueContent: a map lookup per cue was dear under wasm)
}

// cuePhrase is a multi-word cue, words lower-cased.
type cuePhrase struct {
	class cueClass
	words []string
}

var (
	cueOnce     sync.Once
	cueVerbs    map[string]cueVerb
	cuePhrases  map[string][]cuePhrase // by first word, longest first
	cueClassSym = map[byte]cueClass{'s': cueSpeech, 'c': cueClause, 't': cueObject, 'f': cueThat,
		'a': cueAs, 'q': cueCall, 'Q': cueQuoteOnly, 'p': cueAccord, 'v': cuePhrasal, 'w': cuePassive}
)

func loadCues() {
	cueOnce.Do(func() {
		cueVerbs = make(map[string]cueVerb, 600)
		lexLines(cueVerbsText, func(fs []string) {
			cls := cueClassSym[fs[0][0]]
			if cls == cueNone || len(fs) < 2 {
				return
			}
			forms := fs[1:]
			for k, w := range forms {
				f := formPast
				switch {
				case k == 0:
					f = formBase
				case strings.HasSuffix(w, "ing") && k == len(forms)-1:
					f = formIng
				case k == 1 && strings.HasSuffix(w, "s"):
					f = formS
				}
				if _, dup := cueVerbs[w]; !dup {
					cueVerbs[w] = cueVerb{cls, f, orderVerbs[w], writeForms[w]}
				}
			}
		})
		cuePhrases = make(map[string][]cuePhrase)
		lexLines(cuePhrasesText, func(fs []string) {
			cls := cueClassSym[fs[0][0]]
			if cls == cueNone || len(fs) < 2 {
				return
			}
			p := cuePhrase{cls, fs[1:]}
			l := cuePhrases[p.words[0]]
			// keep longest first so the first match is the longest
			at := len(l)
			for k := range l {
				if len(l[k].words) < len(p.words) {
					at = k
					break
				}
			}
			l = append(l, cuePhrase{})
			copy(l[at+1:], l[at:])
			l[at] = p
			cuePhrases[p.words[0]] = l
		})
	})
}

// cueAt describes a cue found at a token.
type cueAt struct {
	first, last int // tokens [first, last)
	class       cueClass
	form        verbForm
}

// phraseAt returns the longest cue phrase starting at word token i within
// [i, end), or ok false. The phrases of a word are looked up once per
// distinct word (p.phraseOf, p.phrases): a map lookup is ~100 ns under
// wasm. Only the first words of phrases get here (wPhrase).
func (p *attrPass) phraseAt(i, end int) (cueAt, bool) {
	d := p.d
	id := d.toks[i].ID
	var ps []cuePhrase
	if g := int(p.phraseOf[id]); g > 0 {
		ps = p.phrases[g-1]
	} else {
		ps = cuePhrases[d.word(id)]
		if n := p.nPhrases; n < len(p.phrases) { // else look it up again next time
			p.phrases[n] = ps
			p.nPhrases++
			p.phraseOf[id] = uint8(n + 1)
		}
	}
	for _, ph := range ps {
		j, k := i+1, 1 // the first word is the word of the group
		for ; k < len(ph.words) && j < end; j, k = j+1, k+1 {
			// (d.lower, inline, its compare only at the same length)
			if t := d.toks[j]; t.Kind != tWord || int(t.End-t.Start) != len(ph.words[k]) || d.low[t.Start:t.End] != ph.words[k] {
				break
			}
		}
		if k == len(ph.words) {
			return cueAt{first: i, last: j, class: ph.class, form: formPast}, true
		}
	}
	return cueAt{}, false
}

// negators make the speech verb after them negated ("did not say").
var negators = setOf("not n't never didn't doesn't don't won't wouldn't couldn't cannot can't hasn't haven't hadn't isn't wasn't weren't aren't shouldn't mustn't declined refused nor neither no")

// auxiliaries may stand between a subject and its verb ("has said",
// "would later add").
var auxiliaries = setOf("has have had will would could can may might shall should must did does do also later earlier previously again further then now repeatedly publicly privately separately recently once often still already first initially subsequently had since yet just quickly immediately reportedly simply only always similarly likewise too")

// beForms before a participle make it passive ("was reported", "is said").
var beForms = setOf("is are was were be been being 's")

// negated reports whether the verb at i is negated or non-finite: a negator
// or "to" among the auxiliaries before it ("did not say", "declined to
// comment", "refused to confirm").
func (p *attrPass) negated(i, first int) bool {
	d := p.d
	for j, n := i-1, 0; j >= first && n < 4; j, n = j-1, n+1 {
		if d.toks[j].Kind != tWord {
			return false
		}
		// dNeg: the word ends in n't (tokenFlags)
		if d.sf[j]&sNeg != 0 || p.tf[j]&dNeg != 0 {
			return true
		}
		if p.tf[j]&wKW == kwTo {
			return true // infinitive: "declined to comment", "wants to say"
		}
		if d.sf[j]&sAux == 0 {
			return false
		}
	}
	return false
}

// passive reports whether the participle at i follows a form of "be"
// (through auxiliaries): "was reported", "had been told".
func (d *doc) passive(i, first int) bool {
	for j, n := i-1, 0; j >= first && n < 4; j, n = j-1, n+1 {
		if d.toks[j].Kind != tWord {
			return false
		}
		if d.sf[j]&sBe != 0 {
			return true
		}
		if d.sf[j]&sAux == 0 {
			return false
		}
	}
	return false
}

// bylineWords open a credit line, not a report ("Reporting by …",
// "Editing by …", "Photo: …").
var bylineWords = setOf("reporting editing writing additional photo photos photograph photography picture pictures image images video graphic graphics illustration credit credits source sources compiled produced")

// byline reports whether the sentence holding token range [first, last) is
// a byline or credit line: it starts with a credit word followed by "by" or
// a colon, or ends with "contributed (to) (this) report(ing)". Sentences
// must come in order: a cursor walks the list of "contributed" tokens
// (p.contrib) instead of every sentence scanning its tokens.
func (p *attrPass) byline(first, last int) bool {
	d := p.d
	for first < last && d.toks[first].Kind == tPunct {
		first++ // "(Reporting by …", "— Editing by …"
	}
	if first >= last {
		return false
	}
	if d.toks[first].Kind == tWord && (d.sf[first]&sByline != 0) {
		k := first + 1
		if k < last && d.toks[k].Kind == tWord && (d.sf[k]&sByline != 0) {
			k++ // "Additional reporting by"
		}
		if k < last && (p.tf[k]&wKW == kwBy || d.toks[k].First == ':') {
			return true
		}
	}
	// a "contributed" in [first, min(last, first+60))
	c := p.contrib
	for p.contribAt < len(c) && int(c[p.contribAt]) < first {
		p.contribAt++
	}
	return p.contribAt < len(c) && int(c[p.contribAt]) < min(last, first+60)
}
