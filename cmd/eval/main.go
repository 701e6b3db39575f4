// Command eval scores the annotate engine on the hand-annotated gold
// articles (annotate/testdata/gold/*.gold, format in internal/gold) and
// prints precision, recall, F1 and accuracies per article and overall
// (issue 2, "Accuracy, measured").
//
//	go run ./cmd/eval [-v] [-json] [-min quoteF1=0.97,...] [FILE|DIR...]
//	go run ./cmd/eval -check FILE...   only parse gold files and report their errors
//
// Matching: quotes, figures, terms and mentions on exact byte spans (figures
// and attributions also by overlap); attributions on their mention span. A
// predicted source stands for the gold source whose m-tagged mentions
// overlap the most of its mentions, else the gold source of the same name.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sourcelight/annotate"
	"sourcelight/internal/gold"
)

const defaultDir = "annotate/testdata/gold"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	check := fs.Bool("check", false, "only parse the gold files and report their errors")
	verbose := fs.Bool("v", false, "list every miss, false positive and wrong detail with its sentence")
	asJSON := fs.Bool("json", false, "write the scores as JSON instead of tables")
	min := fs.String("min", "", "comma-separated targets `name=value` (e.g. quoteF1=0.97,speaker=0.93); exit 1 when one is missed")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: eval [flags] [FILE.gold|DIR...] (default %s)\n", defaultDir)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	targets, err := parseMin(*min)
	if err != nil {
		fmt.Fprintln(stderr, "eval: -min:", err)
		return 2
	}
	paths, err := goldFiles(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 2
	}
	if *check {
		return gold.Check(paths, stdout, stderr)
	}
	var rows []row
	total := &Score{}
	engineErr := false
	rc := eachArticle(paths, stderr, func(p string, a *gold.Article) {
		res, err := annotateSafely(a)
		if err != nil {
			fmt.Fprintf(stderr, "%s: engine: %v\n", p, err)
			engineErr = true
		}
		s, notes := score(a, &res)
		total.add(s)
		rows = append(rows, row{name(p), s})
		if *verbose && !*asJSON {
			printNotes(stdout, p, a.Text, notes)
		}
	})
	if *asJSON {
		writeJSON(stdout, rows, total)
	} else {
		printTable(stdout, rows, total)
	}
	if missed := checkTargets(total, targets); len(missed) > 0 {
		for _, m := range missed {
			fmt.Fprintln(stderr, "eval: target missed:", m)
		}
		return 1
	}
	if engineErr {
		return 1
	}
	return rc
}

// annotateSafely runs the engine, turning a panic into an error so one bad
// article does not hide the scores of the others.
func annotateSafely(a *gold.Article) (res annotate.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = annotate.Result{}, fmt.Errorf("panic: %v", p)
		}
	}()
	return annotate.Annotate(a.Text, annotate.Options{Published: a.Date})
}

// goldFiles expands the arguments (files or directories of .gold files).
func goldFiles(args []string) ([]string, error) {
	if len(args) == 0 {
		args = []string{defaultDir}
	}
	var out []string
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, arg)
			continue
		}
		m, err := filepath.Glob(filepath.Join(arg, "*.gold"))
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("no .gold files in %s", arg)
		}
		sort.Strings(m)
		out = append(out, m...)
	}
	return out, nil
}

func name(path string) string { return strings.TrimSuffix(filepath.Base(path), ".gold") }

// eachArticle parses every gold file and calls f on the good ones; it prints
// the parse errors and returns 1 when there were any.
func eachArticle(paths []string, stderr io.Writer, f func(path string, a *gold.Article)) int {
	rc := 0
	for _, p := range paths {
		a, err := gold.ParseFile(p)
		if err != nil {
			fmt.Fprintln(stderr, err)
			rc = 1
			continue
		}
		f(p, a)
	}
	return rc
}

type row struct {
	Name string
	S    *Score
}

// columns of the per-article table: header and metric name.
var columns = [][2]string{
	{"quoteF1", "quoteF1"}, {"speaker", "speaker"}, {"figF1", "figureF1"}, {"figOvF1", "figureOverlapF1"},
	{"type", "type"}, {"value", "value"}, {"figSrc", "figureSource"},
	{"attrF1", "attributionF1"}, {"attrOvF1", "attributionOverlapF1"}, {"cue", "cue"},
	{"termP", "termP"}, {"termR", "termR"}, {"mentF1", "mentionF1"},
}

func num(v float64) string {
	if math.IsNaN(v) {
		return "-"
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}

func printTable(w io.Writer, rows []row, total *Score) {
	width := len("article")
	for _, r := range rows {
		width = max(width, len(r.Name))
	}
	fmt.Fprintf(w, "%-*s", width, "article")
	for _, c := range columns {
		fmt.Fprintf(w, " %8s", c[0])
	}
	fmt.Fprintln(w)
	line := func(n string, s *Score) {
		fmt.Fprintf(w, "%-*s", width, n)
		ms := map[string]float64{}
		for _, m := range s.Metrics() {
			ms[m.Name] = m.V
		}
		for _, c := range columns {
			fmt.Fprintf(w, " %8s", num(ms[c[1]]))
		}
		fmt.Fprintln(w)
	}
	for _, r := range rows {
		line(r.Name, r.S)
	}
	line("OVERALL", total)

	fmt.Fprintf(w, "\noverall, %d articles (micro-averaged)\n", len(rows))
	p := func(label string, c prf) {
		fmt.Fprintf(w, "  %-22s P %s  R %s  F1 %s   (%d right of %d predicted, %d gold)\n",
			label, num(c.P()), num(c.R()), num(c.F1()), c.TP, c.Pred, c.Gold)
	}
	a := func(label string, c acc, over string) {
		fmt.Fprintf(w, "  %-22s %s   (%d of %d %s)\n", label, num(c.V()), c.Right, c.Total, over)
	}
	p("quote spans", total.Quote)
	a("speaker", total.Speaker, "span-matched quotes")
	a("partial flag", total.Partial, "span-matched quotes")
	p("figure spans exact", total.Figure)
	p("figure spans overlap", total.FigureOverlap)
	a("figure type", total.Type, "exact figures")
	a("figure value", total.Value, "exact figures")
	a("figure unit", total.Unit, "exact figures")
	a("figure approx", total.Approx, "exact figures")
	a("figure source", total.FigureSource, "exact figures")
	p("attributions exact", total.Attr)
	p("attributions overlap", total.AttrOverlap)
	a("attribution cue", total.Cue, "matched attributions")
	a("attribution content", total.Content, "matched attributions")
	a("attribution source", total.AttrSource, "matched attributions")
	p("terms", total.Term)
	p("source mentions", total.Mention)
}

func writeJSON(w io.Writer, rows []row, total *Score) {
	obj := func(s *Score) map[string]any {
		m := map[string]any{}
		for _, x := range s.Metrics() {
			if math.IsNaN(x.V) {
				m[x.Name] = nil
			} else {
				m[x.Name] = x.V
			}
		}
		return m
	}
	out := struct {
		Overall  map[string]any            `json:"overall"`
		Articles map[string]map[string]any `json:"articles"`
	}{obj(total), map[string]map[string]any{}}
	for _, r := range rows {
		out.Articles[r.Name] = obj(r.S)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(out)
}

type target struct {
	Name string
	Min  float64
}

// parseMin reads "quoteF1=0.97,speaker=0.93".
func parseMin(s string) ([]target, error) {
	if s == "" {
		return nil, nil
	}
	known := map[string]bool{}
	for _, m := range (&Score{}).Metrics() {
		known[m.Name] = true
	}
	var out []target
	for _, kv := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		if !ok {
			return nil, fmt.Errorf("%q is not name=value", kv)
		}
		if !known[k] {
			names := make([]string, 0, len(known))
			for _, m := range (&Score{}).Metrics() {
				names = append(names, m.Name)
			}
			return nil, fmt.Errorf("unknown metric %q (known: %s)", k, strings.Join(names, " "))
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("%q: %v", kv, err)
		}
		out = append(out, target{k, x})
	}
	return out, nil
}

// checkTargets lists the targets the overall score misses; an accuracy with
// nothing matched ("-") misses its target.
func checkTargets(s *Score, ts []target) []string {
	ms := map[string]float64{}
	for _, m := range s.Metrics() {
		ms[m.Name] = m.V
	}
	var missed []string
	for _, t := range ts {
		if v := ms[t.Name]; math.IsNaN(v) || v < t.Min {
			missed = append(missed, fmt.Sprintf("%s = %s < %g", t.Name, num(v), t.Min))
		}
	}
	return missed
}

// printNotes lists an article's misses with their sentence, span bracketed.
func printNotes(w io.Writer, path, text string, notes []Note) {
	if len(notes) == 0 {
		return
	}
	fmt.Fprintf(w, "== %s: %d notes\n", path, len(notes))
	for _, n := range notes {
		fmt.Fprintf(w, "%-28s [%d,%d) %s\n    %s\n", n.What, n.Span.Start, n.Span.End, n.Detail, context(text, n.Span))
	}
	fmt.Fprintln(w)
}

// context returns the sentence around s with s in [brackets]; paragraph
// breaks inside show as ¶.
func context(text string, s gold.Span) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return fmt.Sprintf("(span out of bounds: text has %d bytes)", len(text))
	}
	lo := strings.LastIndexByte(text[:s.Start], '\n') + 1
	hi := strings.IndexByte(text[s.End:], '\n')
	if hi < 0 {
		hi = len(text)
	} else {
		hi += s.End
	}
	if i := lastSentenceEnd(text[lo:s.Start]); i >= 0 {
		lo += i
	}
	if i := firstSentenceEnd(text[s.End:hi]); i >= 0 {
		hi = s.End + i
	}
	const room = 160 // bytes of context kept on each side
	pre, post := text[lo:s.Start], text[s.End:hi]
	if len(pre) > room {
		pre = "…" + strings.ToValidUTF8(pre[len(pre)-room:], "")
	}
	if len(post) > room {
		post = strings.ToValidUTF8(post[:room], "") + "…"
	}
	out := pre + "[" + text[s.Start:s.End] + "]" + post
	return strings.ReplaceAll(strings.ReplaceAll(out, "\n\n", " ¶ "), "\n", " ¶ ")
}

// sentenceEnds are the end marks a context sentence stops at; an end only
// counts before a capital or a quotation mark and not after an
// abbreviation ("Oct. 30", "Lt. Marcus Bell", "U.S. officials").
var sentenceEnds = []string{". ", "? ", "! ", ".” ", "?” ", "!” ", ".\" ", "?\" ", ".’ ", ".' "}

// sentenceEndsIn returns the offsets just past each sentence end in s.
func sentenceEndsIn(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		for _, e := range sentenceEnds {
			if !strings.HasPrefix(s[i:], e) || abbreviation(s[:i]) {
				continue
			}
			next, _ := utf8.DecodeRuneInString(s[i+len(e):])
			if i+len(e) == len(s) || unicode.IsUpper(next) || strings.ContainsRune("\"“‘'", next) {
				out = append(out, i+len(e))
			}
			break
		}
	}
	return out
}

// abbreviation reports whether s ends with a word that is likely an
// abbreviation: a capitalized word of up to three letters ("Oct", "Lt",
// "St") or a dotted one ("U.S", "a.m" is not: it ends sentences).
func abbreviation(s string) bool {
	w := s[strings.LastIndexAny(s, " \n(“\"")+1:]
	if strings.Contains(w, ".") && len(w) <= 4 && w == strings.ToUpper(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && len(w) <= 3 && unicode.IsUpper(r)
}

// lastSentenceEnd returns where the last sentence in s starts, or -1.
func lastSentenceEnd(s string) int {
	if ends := sentenceEndsIn(s); len(ends) > 0 {
		return ends[len(ends)-1]
	}
	return -1
}

// firstSentenceEnd returns the end of the first sentence in s (the end
// mark included), or -1. s starts inside a sentence, so an end there counts
// whatever follows.
func firstSentenceEnd(s string) int {
	if ends := sentenceEndsIn(s); len(ends) > 0 {
		return ends[0] - 1
	}
	return -1
}
