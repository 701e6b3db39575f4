package main

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"sourcelight/annotate"
	"sourcelight/internal/gold"
)

// prf counts matches for precision and recall.
type prf struct{ TP, Pred, Gold int }

func (c *prf) add(o prf) { c.TP += o.TP; c.Pred += o.Pred; c.Gold += o.Gold }

// P is precision; with no predictions it is 1 when there was nothing to find, else 0.
func (c prf) P() float64 {
	if c.Pred == 0 {
		return b2f(c.Gold == 0)
	}
	return float64(c.TP) / float64(c.Pred)
}

// R is recall; with nothing to find it is 1.
func (c prf) R() float64 {
	if c.Gold == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.Gold)
}

func (c prf) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// acc counts right answers over a set of matched items.
type acc struct{ Right, Total int }

func (a *acc) add(o acc) { a.Right += o.Right; a.Total += o.Total }

func (a *acc) count(ok bool) {
	a.Total++
	if ok {
		a.Right++
	}
}

// V is the accuracy; NaN when nothing was matched (shown as "-").
func (a acc) V() float64 {
	if a.Total == 0 {
		return math.NaN()
	}
	return float64(a.Right) / float64(a.Total)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Score is what one article (or the sum of several) scored.
type Score struct {
	Quote         prf // exact span
	Speaker       acc // over span-matched quotes
	Partial       acc // over span-matched quotes
	Figure        prf // exact span
	FigureOverlap prf // spans overlap (one-to-one)
	Type          acc // over exact-matched figures
	Value         acc
	Unit          acc
	Approx        acc
	FigureSource  acc
	Attr          prf // mention span exact
	AttrOverlap   prf // mention spans overlap
	Cue           acc // over exact-matched attributions
	Content       acc
	AttrSource    acc
	Term          prf
	Mention       prf // source mentions, exact span, any source
}

func (s *Score) add(o *Score) {
	s.Quote.add(o.Quote)
	s.Speaker.add(o.Speaker)
	s.Partial.add(o.Partial)
	s.Figure.add(o.Figure)
	s.FigureOverlap.add(o.FigureOverlap)
	s.Type.add(o.Type)
	s.Value.add(o.Value)
	s.Unit.add(o.Unit)
	s.Approx.add(o.Approx)
	s.FigureSource.add(o.FigureSource)
	s.Attr.add(o.Attr)
	s.AttrOverlap.add(o.AttrOverlap)
	s.Cue.add(o.Cue)
	s.Content.add(o.Content)
	s.AttrSource.add(o.AttrSource)
	s.Term.add(o.Term)
	s.Mention.add(o.Mention)
}

// metric is one named number of a Score, as -json and -min know it.
type metric struct {
	Name string
	V    float64 // NaN: not applicable (nothing matched)
}

// Metrics lists every number of s in a fixed order.
func (s *Score) Metrics() []metric {
	m := func(name string, v float64) metric { return metric{name, v} }
	return []metric{
		m("quoteP", s.Quote.P()), m("quoteR", s.Quote.R()), m("quoteF1", s.Quote.F1()),
		m("speaker", s.Speaker.V()), m("partial", s.Partial.V()),
		m("figureP", s.Figure.P()), m("figureR", s.Figure.R()), m("figureF1", s.Figure.F1()),
		m("figureOverlapP", s.FigureOverlap.P()), m("figureOverlapR", s.FigureOverlap.R()), m("figureOverlapF1", s.FigureOverlap.F1()),
		m("type", s.Type.V()), m("value", s.Value.V()), m("unit", s.Unit.V()), m("approx", s.Approx.V()),
		m("figureSource", s.FigureSource.V()),
		m("attributionP", s.Attr.P()), m("attributionR", s.Attr.R()), m("attributionF1", s.Attr.F1()),
		m("attributionOverlapP", s.AttrOverlap.P()), m("attributionOverlapR", s.AttrOverlap.R()), m("attributionOverlapF1", s.AttrOverlap.F1()),
		m("cue", s.Cue.V()), m("content", s.Content.V()), m("attributionSource", s.AttrSource.V()),
		m("termP", s.Term.P()), m("termR", s.Term.R()), m("termF1", s.Term.F1()),
		m("mentionP", s.Mention.P()), m("mentionR", s.Mention.R()), m("mentionF1", s.Mention.F1()),
	}
}

// Note is one miss, false positive or wrong detail, for -v.
type Note struct {
	What   string    // "quote miss", "figure value", ...
	Span   gold.Span // where, in the article text
	Detail string    // gold vs predicted, when the span is not the whole story
}

type span = gold.Span

func sp(s annotate.Span) span { return span{Start: s.Start, End: s.End} }

func overlaps(a, b span) bool { return a.Start < b.End && b.Start < a.End }

// score compares the engine's result r with the gold article a.
func score(a *gold.Article, r *annotate.Result) (*Score, []Note) {
	s := &Score{}
	var notes []Note
	note := func(what string, at span, detail string) {
		notes = append(notes, Note{what, at, detail})
	}
	srcOf := mapSources(a, r)
	predSrc := func(i int) string {
		if i < 0 || i >= len(srcOf) {
			return ""
		}
		return srcOf[i]
	}
	// sameSource: the predicted source index i is the gold id g ("" = none).
	sameSource := func(i int, g string) bool {
		if g == "" {
			return i < 0
		}
		return predSrc(i) == g
	}
	predName := func(i int) string {
		if i < 0 || i >= len(r.Sources) {
			return "none"
		}
		return strconv.Quote(r.Sources[i].Name) + " → " + orNone(srcOf[i])
	}

	// Quotes: exact span.
	goldQ := map[span]int{}
	for i, q := range a.Quotes {
		goldQ[span{Start: q.Start, End: q.End}] = i
	}
	predQ := map[span]bool{}
	s.Quote = prf{Pred: len(r.Quotes), Gold: len(a.Quotes)}
	for _, q := range r.Quotes {
		at := sp(q.Span)
		predQ[at] = true
		gi, ok := goldQ[at]
		if !ok {
			note("quote false positive", at, "")
			continue
		}
		s.Quote.TP++
		g := a.Quotes[gi]
		ok = sameSource(q.Source, g.Source)
		s.Speaker.count(ok)
		if !ok {
			note("quote speaker", at, "gold "+orNone(g.Source)+", got "+predName(q.Source))
		}
		s.Partial.count(q.Partial == g.Partial)
		if q.Partial != g.Partial {
			note("quote partial", at, "gold partial="+strconv.FormatBool(g.Partial))
		}
	}
	for _, q := range a.Quotes {
		if at := (span{Start: q.Start, End: q.End}); !predQ[at] {
			note("quote miss", at, "speaker "+orNone(q.Source))
		}
	}

	// Figures: exact span, then overlap.
	goldF := map[span]int{}
	for i, f := range a.Figures {
		goldF[span{Start: f.Start, End: f.End}] = i
	}
	s.Figure = prf{Pred: len(r.Figures), Gold: len(a.Figures)}
	s.FigureOverlap = prf{Pred: len(r.Figures), Gold: len(a.Figures)}
	exactF := make([]bool, len(a.Figures))
	for _, f := range r.Figures {
		at := sp(f.Span)
		gi, ok := goldF[at]
		if !ok {
			continue
		}
		exactF[gi] = true
		s.Figure.TP++
		g := a.Figures[gi]
		check := func(c *acc, what string, ok bool, detail string) {
			c.count(ok)
			if !ok {
				note("figure "+what, at, detail)
			}
		}
		check(&s.Type, "type", f.Type.String() == g.Type, "gold "+g.Type+", got "+f.Type.String())
		check(&s.Value, "value", valueEqual(g, f.Value), "gold "+g.Value+", got "+valueString(f.Value))
		check(&s.Unit, "unit", f.Unit == g.Unit, "gold "+strconv.Quote(g.Unit)+", got "+strconv.Quote(f.Unit))
		check(&s.Approx, "approx", f.Approx == g.Approx, "gold "+strconv.Quote(g.Approx)+", got "+strconv.Quote(f.Approx))
		check(&s.FigureSource, "source", sameSource(f.Source, g.Source), "gold "+orNone(g.Source)+", got "+predName(f.Source))
	}
	usedF := make([]bool, len(r.Figures))
	for gi, g := range a.Figures {
		gs := span{Start: g.Start, End: g.End}
		for pi, f := range r.Figures {
			if !usedF[pi] && overlaps(gs, sp(f.Span)) {
				usedF[pi] = true
				s.FigureOverlap.TP++
				if !exactF[gi] {
					note("figure span", gs, "got "+strconv.Quote(slice(a.Text, sp(f.Span))))
				}
				goto next
			}
		}
		note("figure miss", gs, g.Type+" "+g.Value)
	next:
	}
	for pi, f := range r.Figures {
		if !usedF[pi] {
			note("figure false positive", sp(f.Span), f.Type.String()+" "+valueString(f.Value))
		}
	}

	// Attributions: matched on mention span, one-to-one; among gold
	// attributions sharing a mention (one subject, two cues) prefer the one
	// with the same cue, then the same content.
	s.Attr = prf{Pred: len(r.Attributions), Gold: len(a.Attributions)}
	s.AttrOverlap = prf{Pred: len(r.Attributions), Gold: len(a.Attributions)}
	usedA := make([]bool, len(a.Attributions))
	matchedP := make([]bool, len(r.Attributions))
	for pi, p := range r.Attributions {
		best, bestRank := -1, -1
		for gi, g := range a.Attributions {
			if usedA[gi] || g.Mention != sp(p.Mention) {
				continue
			}
			rank := 0
			if g.Cue == sp(p.Cue) {
				rank += 2
			}
			if g.Content == sp(p.Content) {
				rank++
			}
			if rank > bestRank {
				best, bestRank = gi, rank
			}
		}
		if best < 0 {
			continue
		}
		usedA[best], matchedP[pi] = true, true
		s.Attr.TP++
		g := a.Attributions[best]
		at := g.Mention
		s.Cue.count(g.Cue == sp(p.Cue))
		if g.Cue != sp(p.Cue) {
			note("attribution cue", at, "gold "+strconv.Quote(slice(a.Text, g.Cue))+", got "+strconv.Quote(slice(a.Text, sp(p.Cue))))
		}
		s.Content.count(g.Content == sp(p.Content))
		if g.Content != sp(p.Content) {
			note("attribution content", at, "gold "+strconv.Quote(slice(a.Text, g.Content))+",\n        got "+strconv.Quote(slice(a.Text, sp(p.Content))))
		}
		ok := sameSource(p.Source, g.Source)
		s.AttrSource.count(ok)
		if !ok {
			note("attribution source", at, "gold "+g.Source+", got "+predName(p.Source))
		}
	}
	usedO := make([]bool, len(r.Attributions))
	for gi, g := range a.Attributions {
		for pi, p := range r.Attributions {
			if !usedO[pi] && overlaps(g.Mention, sp(p.Mention)) {
				usedO[pi] = true
				s.AttrOverlap.TP++
				if !usedA[gi] {
					note("attribution mention span", g.Mention, "got "+strconv.Quote(slice(a.Text, sp(p.Mention))))
				}
				goto nextA
			}
		}
		note("attribution miss", g.Mention, "cue "+strconv.Quote(slice(a.Text, g.Cue))+", source "+g.Source)
	nextA:
	}
	for pi, p := range r.Attributions {
		if !usedO[pi] {
			note("attribution false positive", sp(p.Mention), "cue "+strconv.Quote(slice(a.Text, sp(p.Cue))))
		}
	}

	// Terms: exact span.
	goldT := map[span]bool{}
	for _, t := range a.Terms {
		goldT[t] = true
	}
	predT := map[span]bool{}
	s.Term = prf{Pred: len(r.Terms), Gold: len(a.Terms)}
	for _, t := range r.Terms {
		at := sp(t.Span)
		predT[at] = true
		if goldT[at] {
			s.Term.TP++
		} else {
			note("term false positive", at, "")
		}
	}
	for _, t := range a.Terms {
		if !predT[t] {
			note("term miss", t, "")
		}
	}

	// Mentions: exact span, whatever the cluster.
	goldM := map[span]bool{}
	for _, m := range a.Mentions {
		goldM[span{Start: m.Start, End: m.End}] = true
	}
	predM := map[span]bool{}
	for _, src := range r.Sources {
		for _, m := range src.Mentions {
			predM[sp(m)] = true
		}
	}
	s.Mention = prf{Pred: len(predM), Gold: len(goldM)}
	for m := range predM {
		if goldM[m] {
			s.Mention.TP++
		} else {
			note("mention false positive", m, "")
		}
	}
	for m := range goldM {
		if !predM[m] {
			note("mention miss", m, "")
		}
	}
	sortNotes(notes)
	return s, notes
}

func orNone(id string) string {
	if id == "" {
		return "none"
	}
	return id
}

// mapSources maps each predicted source to a gold source id ("" for none):
// the gold source whose mentions overlap the most of its mentions (ties
// broken by name), else the gold source of the same name, case-insensitively.
func mapSources(a *gold.Article, r *annotate.Result) []string {
	out := make([]string, len(r.Sources))
	for i, ps := range r.Sources {
		count := map[string]int{}
		for _, pm := range ps.Mentions {
			hit := map[string]bool{}
			for _, gm := range a.Mentions {
				if !hit[gm.Source] && overlaps(sp(pm), span{Start: gm.Start, End: gm.End}) {
					hit[gm.Source] = true
					count[gm.Source]++
				}
			}
		}
		best, bestN := "", 0
		for _, gs := range a.Sources { // declaration order: deterministic
			n := count[gs.ID]
			if n > bestN || (n == bestN && n > 0 && strings.EqualFold(gs.Name, ps.Name)) {
				best, bestN = gs.ID, n
			}
		}
		if best == "" {
			for _, gs := range a.Sources {
				if strings.EqualFold(gs.Name, ps.Name) {
					best = gs.ID
					break
				}
			}
		}
		out[i] = best
	}
	return out
}

// valueEqual compares a predicted value with the gold v= text: numbers with a
// relative tolerance of 1e-9, dates and times as strings, ranges on both
// bounds, null only with null.
func valueEqual(g gold.Figure, v annotate.Value) bool {
	if g.Value == "null" {
		return v.Kind == annotate.NoValue
	}
	if lo, hi, ok := strings.Cut(g.Value, ".."); ok {
		return v.Kind == annotate.RangeValue && numEqual(lo, v.Lo) && numEqual(hi, v.Hi)
	}
	if _, ok := gold.Number(g.Value); ok {
		return v.Kind == annotate.NumValue && numEqual(g.Value, v.Lo)
	}
	return v.Kind == annotate.TextValue && v.Text == g.Value
}

func numEqual(s string, x float64) bool {
	g, ok := gold.Number(s)
	if !ok {
		return false
	}
	if g == x {
		return true
	}
	return math.Abs(g-x) <= 1e-9*math.Max(math.Abs(g), math.Abs(x))
}

// valueString writes a predicted value the way gold files write v=.
func valueString(v annotate.Value) string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	switch v.Kind {
	case annotate.NumValue:
		return f(v.Lo)
	case annotate.RangeValue:
		return f(v.Lo) + ".." + f(v.Hi)
	case annotate.TextValue:
		return v.Text
	}
	return "null"
}

// slice returns text[s] or "" when s is absent or out of bounds.
func slice(text string, s span) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

func sortNotes(n []Note) {
	slices.SortStableFunc(n, func(a, b Note) int { return a.Span.Start - b.Span.Start })
}
