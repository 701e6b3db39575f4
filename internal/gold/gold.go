// Package gold reads the hand-annotated gold articles under
// annotate/testdata/gold: a header of @ lines, a blank line, then the
// article text with inline markup [[TAG ATTRS|TEXT]] (team brief, "Gold
// article format"). Parsing strips the markup; what remains is exactly the
// article text, and every markup becomes a span of UTF-8 byte offsets into it.
//
// The parser is strict on purpose: a gold file decides whether the engine
// ships, so a typo in it (an unknown attribute, an attribution missing its
// cue, a speaker id that was never declared) is an error with its line
// number rather than a silently wrong target.
package gold

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets into Article.Text.
type Span struct {
	Start, End int // bytes
}

// Source is a declared speaker: `@source ID KIND NAME`.
type Source struct {
	ID, Kind, Name string
}

// Quote is a `q` markup: a direct quotation, marks included.
type Quote struct {
	Start, End int    // bytes
	Source     string // speaker id, "" when the text names none
	Partial    bool
}

// Figure is an `f` markup.
type Figure struct {
	Start, End int    // bytes
	Type       string // one of FigureTypes
	Value      string // as written in v= ("14000", "2/3", "2025-04-28", "13:30", "5..6", "null")
	Unit       string // "+" in the attribute read as a space
	Approx     string // the hedge, "+" read as a space
	Source     string // id of the source that claims it, or ""
}

// Mention is an `m` markup: one place a source is named or referred to.
type Mention struct {
	Start, End int    // bytes
	Source     string // source id
	Attr       int    // the first attribution this mention is the subject of, 0 when none
	Attrs      []int  // all of them (a=1,2: one subject with two cues)
}

// Attribution gathers the m, c and x markups that share one a=N.
type Attribution struct {
	N       int
	Source  string // the source of its mention
	Mention Span
	Cue     Span
	Content Span
}

// Article is a parsed gold file.
type Article struct {
	Path         string
	Title, Date  string
	Text         string
	Sources      []Source
	Quotes       []Quote
	Terms        []Span
	Figures      []Figure
	Mentions     []Mention
	Attributions []Attribution // sorted by N
}

// FigureTypes are the figure types of ANNOTATION.md §2.
var FigureTypes = []string{"count", "money", "percent", "measure", "date", "year", "time", "age", "ordinal", "fraction", "range", "number"}

// SourceKinds are the source kinds of ANNOTATION.md §3.
var SourceKinds = []string{"person", "organization", "group", "anonymous", "document"}

// Error is a problem in a gold file, at a 1-based line.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg) }

// ParseFile reads and parses the gold file at path.
func ParseFile(path string) (*Article, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// open is a markup whose ]] has not been seen yet.
type open struct {
	tag   string
	attrs map[string]string
	start int // offset in the output text
	line  int
}

type parser struct {
	path string
	line int
	a    *Article
	// attribution parts by number, with the line of first sight for errors
	m, c, x  map[int]Span
	mSource  map[int]string
	attrLine map[int]int
	bodyLine int // file line where the text starts
}

func (p *parser) errf(line int, format string, args ...any) error {
	return &Error{Path: p.path, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Parse parses a gold file's bytes; path only names it in errors.
func Parse(path string, data []byte) (*Article, error) {
	if !utf8.Valid(data) {
		return nil, &Error{Path: path, Line: 1, Msg: "file is not valid UTF-8"}
	}
	src := strings.ReplaceAll(string(data), "\r\n", "\n")
	p := &parser{path: path, a: &Article{Path: path},
		m: map[int]Span{}, c: map[int]Span{}, x: map[int]Span{},
		mSource: map[int]string{}, attrLine: map[int]int{}}
	body, bodyLine, err := p.header(src)
	if err != nil {
		return nil, err
	}
	p.bodyLine = bodyLine
	if err := p.body(body, bodyLine); err != nil {
		return nil, err
	}
	if err := p.check(); err != nil {
		return nil, err
	}
	return p.a, nil
}

// header reads the @ lines up to the first empty line and returns the body
// after it and the body's first line number.
func (p *parser) header(src string) (string, int, error) {
	line := 0
	seen := map[string]bool{}
	for {
		line++
		if src == "" {
			return "", line, p.errf(line, "no article text: the header must be followed by an empty line and the text")
		}
		l, rest, _ := strings.Cut(src, "\n")
		src = rest
		if strings.TrimSpace(l) == "" {
			return src, line + 1, nil
		}
		if !strings.HasPrefix(l, "@") {
			return "", 0, p.errf(line, "header line must start with @ (missing empty line before the text?): %q", l)
		}
		key, val, _ := strings.Cut(l[1:], " ")
		val = strings.TrimSpace(val)
		switch key {
		case "title":
			p.a.Title = val
		case "date":
			if !isDate(val) || len(val) != 10 {
				return "", 0, p.errf(line, "@date %q is not YYYY-MM-DD", val)
			}
			p.a.Date = val
		case "source":
			f := strings.Fields(val)
			if len(f) < 3 {
				return "", 0, p.errf(line, "@source needs ID KIND NAME, got %q", val)
			}
			if seen[f[0]] {
				return "", 0, p.errf(line, "source %q declared twice", f[0])
			}
			if !contains(SourceKinds, f[1]) {
				return "", 0, p.errf(line, "source kind %q is not one of %s", f[1], strings.Join(SourceKinds, " "))
			}
			seen[f[0]] = true
			p.a.Sources = append(p.a.Sources, Source{ID: f[0], Kind: f[1], Name: strings.Join(f[2:], " ")})
		default:
			return "", 0, p.errf(line, "unknown header @%s (want @title, @date, @source)", key)
		}
	}
}

// body strips the markup from the article text and records the spans.
func (p *parser) body(body string, line int) error {
	var out strings.Builder
	out.Grow(len(body))
	var stack []open
	for i := 0; i < len(body); {
		switch {
		case strings.HasPrefix(body[i:], "[["):
			bar := strings.IndexByte(body[i:], '|')
			nl := strings.IndexByte(body[i:], '\n')
			if bar < 0 || (nl >= 0 && nl < bar) {
				return p.errf(line, "markup opened with [[ has no | on its line")
			}
			head := body[i+2 : i+bar]
			if strings.Contains(head, "[[") || strings.Contains(head, "]]") {
				return p.errf(line, "markup header %q contains [[ or ]]", head)
			}
			o, err := p.tag(head, line)
			if err != nil {
				return err
			}
			o.start = out.Len()
			stack = append(stack, o)
			i += bar + 1
		case strings.HasPrefix(body[i:], "]]"):
			if len(stack) == 0 {
				return p.errf(line, "]] without an open [[")
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if err := p.close(o, Span{o.start, out.Len()}); err != nil {
				return err
			}
			i += 2
		default:
			if body[i] == '\n' {
				line++
			}
			out.WriteByte(body[i])
			i++
		}
	}
	if len(stack) > 0 {
		o := stack[len(stack)-1]
		return p.errf(o.line, "[[%s markup never closed", o.tag)
	}
	p.a.Text = strings.TrimRight(out.String(), "\n")
	return nil
}

// allowed lists each tag's attributes; a value "flag" is a bare flag.
var allowed = map[string]map[string]string{
	"q": {"s": "id", "p": "flag"},
	"t": {},
	"f": {"type": "type", "v": "value", "u": "text", "a": "text", "s": "id"},
	"m": {"s": "id", "a": "nums"},
	"c": {"a": "num"},
	"x": {"a": "num"},
}

// required lists the attributes each tag must have.
var required = map[string][]string{
	"f": {"type", "v"},
	"m": {"s"},
	"c": {"a"},
	"x": {"a"},
}

// tag parses a markup header "f type=count v=14000".
func (p *parser) tag(head string, line int) (open, error) {
	f := strings.Fields(head)
	if len(f) == 0 {
		return open{}, p.errf(line, "empty markup tag in [[|")
	}
	o := open{tag: f[0], attrs: map[string]string{}, line: line}
	spec, ok := allowed[o.tag]
	if !ok {
		return o, p.errf(line, "unknown tag %q (want q t f m c x)", o.tag)
	}
	for _, kv := range f[1:] {
		k, v, hasV := strings.Cut(kv, "=")
		kind, ok := spec[k]
		if !ok {
			return o, p.errf(line, "tag %s has no attribute %q", o.tag, k)
		}
		if _, dup := o.attrs[k]; dup {
			return o, p.errf(line, "attribute %s given twice", k)
		}
		if kind == "flag" {
			if hasV {
				return o, p.errf(line, "attribute %s is a flag and takes no value", k)
			}
		} else if !hasV || v == "" {
			return o, p.errf(line, "attribute %s needs a value", k)
		}
		switch kind {
		case "id":
			if !p.declared(v) {
				return o, p.errf(line, "source %q is not declared with @source", v)
			}
		case "num":
			if n, err := strconv.Atoi(v); err != nil || n <= 0 {
				return o, p.errf(line, "attribution number %q is not a positive integer", v)
			}
		case "nums":
			for _, s := range strings.Split(v, ",") {
				if n, err := strconv.Atoi(s); err != nil || n <= 0 {
					return o, p.errf(line, "attribution number %q is not a positive integer", s)
				}
			}
		case "type":
			if !contains(FigureTypes, v) {
				return o, p.errf(line, "figure type %q is not one of %s", v, strings.Join(FigureTypes, " "))
			}
		case "text":
			v = strings.ReplaceAll(v, "+", " ")
		}
		o.attrs[k] = v
	}
	for _, k := range required[o.tag] {
		if _, ok := o.attrs[k]; !ok {
			return o, p.errf(line, "tag %s needs attribute %s=", o.tag, k)
		}
	}
	if o.tag == "f" {
		if err := checkValue(o.attrs["type"], o.attrs["v"]); err != nil {
			return o, p.errf(line, "figure v=%s: %v", o.attrs["v"], err)
		}
	}
	return o, nil
}

func (p *parser) declared(id string) bool {
	for _, s := range p.a.Sources {
		if s.ID == id {
			return true
		}
	}
	return false
}

// close records a finished markup.
func (p *parser) close(o open, sp Span) error {
	if sp.Start == sp.End {
		return p.errf(o.line, "[[%s markup is empty", o.tag)
	}
	at := func(s string) int { n, _ := strconv.Atoi(s); return n }
	switch o.tag {
	case "q":
		_, partial := o.attrs["p"]
		p.a.Quotes = append(p.a.Quotes, Quote{sp.Start, sp.End, o.attrs["s"], partial})
	case "t":
		p.a.Terms = append(p.a.Terms, sp)
	case "f":
		p.a.Figures = append(p.a.Figures, Figure{sp.Start, sp.End, o.attrs["type"], o.attrs["v"],
			o.attrs["u"], o.attrs["a"], o.attrs["s"]})
	case "m":
		m := Mention{Start: sp.Start, End: sp.End, Source: o.attrs["s"]}
		if v, ok := o.attrs["a"]; ok {
			for _, s := range strings.Split(v, ",") {
				n := at(s)
				if _, dup := p.m[n]; dup {
					return p.errf(o.line, "attribution %d has two mentions (m a=%d)", n, n)
				}
				p.m[n] = sp
				p.mSource[n] = m.Source
				p.seen(n, o.line)
				m.Attrs = append(m.Attrs, n)
			}
			m.Attr = m.Attrs[0]
		}
		p.a.Mentions = append(p.a.Mentions, m)
	case "c", "x":
		n := at(o.attrs["a"])
		parts := p.c
		if o.tag == "x" {
			parts = p.x
		}
		if _, dup := parts[n]; dup {
			return p.errf(o.line, "attribution %d has two %s markups", n, o.tag)
		}
		parts[n] = sp
		p.seen(n, o.line)
	}
	return nil
}

func (p *parser) seen(n, line int) {
	if _, ok := p.attrLine[n]; !ok {
		p.attrLine[n] = line
	}
}

// check validates the whole article once parsed.
func (p *parser) check() error {
	a := p.a
	text := a.Text
	if i := strings.Index(text, "[["); i >= 0 {
		return p.errf(p.lineOf(i), "article text contains [[ after markup is stripped")
	}
	if i := strings.Index(text, "]]"); i >= 0 {
		return p.errf(p.lineOf(i), "article text contains ]] after markup is stripped")
	}
	byStart := func(x, y int) int { return x - y }
	slices.SortStableFunc(a.Quotes, func(x, y Quote) int { return byStart(x.Start, y.Start) })
	slices.SortStableFunc(a.Terms, func(x, y Span) int { return byStart(x.Start, y.Start) })
	slices.SortStableFunc(a.Figures, func(x, y Figure) int { return byStart(x.Start, y.Start) })
	slices.SortStableFunc(a.Mentions, func(x, y Mention) int { return byStart(x.Start, y.Start) })
	// Attributions: every number needs all three parts.
	var nums []int
	for n := range p.attrLine {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	for _, n := range nums {
		m, okm := p.m[n]
		c, okc := p.c[n]
		x, okx := p.x[n]
		var miss []string
		if !okm {
			miss = append(miss, "m (mention)")
		}
		if !okc {
			miss = append(miss, "c (cue)")
		}
		if !okx {
			miss = append(miss, "x (content)")
		}
		if len(miss) > 0 {
			return p.errf(p.attrLine[n], "attribution %d is missing %s", n, strings.Join(miss, ", "))
		}
		a.Attributions = append(a.Attributions, Attribution{N: n, Source: p.mSource[n], Mention: m, Cue: c, Content: x})
	}
	// Every span on UTF-8 boundaries, not padded with spaces.
	var spans []struct {
		what string
		sp   Span
	}
	add := func(what string, s, e int) {
		spans = append(spans, struct {
			what string
			sp   Span
		}{what, Span{s, e}})
	}
	for _, q := range a.Quotes {
		add("q", q.Start, q.End)
	}
	for _, t := range a.Terms {
		add("t", t.Start, t.End)
	}
	for _, f := range a.Figures {
		add("f", f.Start, f.End)
	}
	for _, m := range a.Mentions {
		add("m", m.Start, m.End)
	}
	for _, at := range a.Attributions {
		add("c", at.Cue.Start, at.Cue.End)
		add("x", at.Content.Start, at.Content.End)
	}
	for _, s := range spans {
		if s.sp.End > len(text) {
			return p.errf(p.lineOf(s.sp.Start), "%s span runs past the end of the text", s.what)
		}
		if !boundary(text, s.sp.Start) || !boundary(text, s.sp.End) {
			return p.errf(p.lineOf(s.sp.Start), "%s span [%d,%d) is not on UTF-8 boundaries", s.what, s.sp.Start, s.sp.End)
		}
		body := text[s.sp.Start:s.sp.End]
		if strings.TrimSpace(body) != body {
			return p.errf(p.lineOf(s.sp.Start), "%s span %q starts or ends with white space", s.what, body)
		}
	}
	// Quotes and terms open and close with a quotation mark.
	for _, q := range a.Quotes {
		if err := p.marked("quote", Span{q.Start, q.End}); err != nil {
			return err
		}
	}
	for _, t := range a.Terms {
		if err := p.marked("term", t); err != nil {
			return err
		}
	}
	// Quotes never overlap each other, nor do figures (ANNOTATION.md §5).
	for i := 1; i < len(a.Quotes); i++ {
		if a.Quotes[i].Start < a.Quotes[i-1].End {
			return p.errf(p.lineOf(a.Quotes[i].Start), "quote overlaps the previous quote")
		}
	}
	for i := 1; i < len(a.Figures); i++ {
		if a.Figures[i].Start < a.Figures[i-1].End {
			return p.errf(p.lineOf(a.Figures[i].Start), "figure %q overlaps the previous figure", text[a.Figures[i].Start:a.Figures[i].End])
		}
	}
	// Every declared source is mentioned.
	for _, s := range a.Sources {
		found := false
		for _, m := range a.Mentions {
			found = found || m.Source == s.ID
		}
		if !found {
			return p.errf(1, "source %q is declared but never mentioned (m s=%s)", s.ID, s.ID)
		}
	}
	return nil
}

// marked checks that a quote or term span opens and closes with a quotation mark.
func (p *parser) marked(what string, sp Span) error {
	s := p.a.Text[sp.Start:sp.End]
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !isMark(first) || !isMark(last) || len(s) < 2 {
		return p.errf(p.lineOf(sp.Start), "%s %q must open and close with a quotation mark", what, s)
	}
	return nil
}

func isMark(r rune) bool { return strings.ContainsRune("\"'“”‘’«»„‚「」『』", r) }

// lineOf returns the file line of a text offset. The text starts after the
// header; the body keeps its line structure, so count markup-free newlines.
func (p *parser) lineOf(off int) int {
	return p.bodyLine + strings.Count(p.a.Text[:min(off, len(p.a.Text))], "\n")
}

func boundary(s string, i int) bool { return i == len(s) || i == 0 || utf8.RuneStart(s[i]) }

// checkValue validates a figure value against its type.
func checkValue(typ, v string) error {
	if v == "null" {
		return nil
	}
	switch typ {
	case "date":
		if !isDate(v) {
			return fmt.Errorf("a date must be YYYY-MM-DD, YYYY-MM or YYYY")
		}
	case "time":
		if !isTime(v) {
			return fmt.Errorf("a time must be HH:MM (24-hour)")
		}
	case "range":
		lo, hi, ok := strings.Cut(v, "..")
		if !ok {
			return fmt.Errorf("a range must be LO..HI")
		}
		if _, ok := Number(lo); !ok {
			return fmt.Errorf("range low %q is not a number", lo)
		}
		if _, ok := Number(hi); !ok {
			return fmt.Errorf("range high %q is not a number", hi)
		}
	default:
		if _, ok := Number(v); !ok {
			return fmt.Errorf("a %s value must be a plain number (no commas) or a fraction like 2/3, or null", typ)
		}
	}
	return nil
}

// Number reads a numeric v= value: a plain number ("14000", "0.5", "-3")
// or an exact fraction ("2/3"), so that two-thirds need not be rounded.
func Number(v string) (float64, bool) {
	if n, d, ok := strings.Cut(v, "/"); ok {
		x, err1 := strconv.ParseFloat(n, 64)
		y, err2 := strconv.ParseFloat(d, 64)
		if err1 != nil || err2 != nil || y == 0 {
			return 0, false
		}
		return x / y, true
	}
	x, err := strconv.ParseFloat(v, 64)
	return x, err == nil
}

func isDate(v string) bool {
	digits := func(s string) bool {
		for _, r := range s {
			if r < '0' || r > '9' {
				return false
			}
		}
		return s != ""
	}
	parts := strings.Split(v, "-")
	if len(parts) > 3 || len(parts[0]) != 4 || !digits(parts[0]) {
		return false
	}
	for i, s := range parts[1:] {
		n, err := strconv.Atoi(s)
		if len(s) != 2 || !digits(s) || err != nil || n < 1 || (i == 0 && n > 12) || (i == 1 && n > 31) {
			return false
		}
	}
	return true
}

func isTime(v string) bool {
	h, m, ok := strings.Cut(v, ":")
	hn, err1 := strconv.Atoi(h)
	mn, err2 := strconv.Atoi(m)
	return ok && len(h) == 2 && len(m) == 2 && err1 == nil && err2 == nil && hn >= 0 && hn < 24 && mn >= 0 && mn < 60 &&
		unicode.IsDigit(rune(h[0])) && unicode.IsDigit(rune(m[0]))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Check parses every file, prints a one-line summary of each good one to w
// and each error to errw, and returns 1 when any file failed (0 otherwise).
func Check(paths []string, w, errw io.Writer) int {
	rc := 0
	for _, p := range paths {
		a, err := ParseFile(p)
		if err != nil {
			fmt.Fprintln(errw, err)
			rc = 1
			continue
		}
		fmt.Fprintf(w, "%s: ok: %d words, %d sources, %d quotes, %d figures, %d mentions, %d attributions, %d terms\n",
			p, len(strings.Fields(a.Text)), len(a.Sources), len(a.Quotes), len(a.Figures), len(a.Mentions), len(a.Attributions), len(a.Terms))
	}
	return rc
}
