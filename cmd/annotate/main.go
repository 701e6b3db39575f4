// Command annotate prints the quotes, figures, sources and attributions of
// news articles as the JSON of docs/ANNOTATION.md.
//
//	annotate [flags] [FILE...]      each file (standard input when none)
//	annotate -jsonl < in.jsonl      lines {"id": …, "text": …} → {"id": …, …}
//
// With several files, each result is one line with a "file" field first.
// A file that cannot be read (missing, a directory, binary) is reported on
// standard error by name; the others are still annotated and the exit
// status is 1. An HTML file is read as its text, its markup blanked out
// byte for byte so that offsets stay offsets into the file.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"sourcelight/annotate"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

type config struct {
	jsonl  bool
	utf16  bool
	pretty bool
	text   bool
	color  bool
	opt    annotate.Options
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	offsets := fs.String("offsets", "utf8", "offset units: utf8 (bytes) or utf16 (JavaScript code units)")
	format := fs.String("format", "json", "output: json, or text (the article with marks inline, then its sources)")
	fs.BoolVar(&c.jsonl, "jsonl", false, `read lines {"id": ..., "text": ...} from standard input; write one result line each`)
	fs.BoolVar(&c.pretty, "pretty", false, "indent the JSON")
	fs.StringVar(&c.opt.Published, "date", "", "publication date YYYY-MM-DD, for dates written without a year")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: annotate [flags] [FILE...]\n\nAnnotates news articles: quotes, figures, sources, attributions (docs/ANNOTATION.md).\nReads standard input when no file is given.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch *offsets {
	case "utf8", "bytes":
	case "utf16":
		c.utf16 = true
	default:
		fmt.Fprintf(stderr, "annotate: -offsets must be utf8 or utf16, not %q\n", *offsets)
		return 2
	}
	switch *format {
	case "json":
	case "text":
		c.text = true
		c.color = isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	default:
		fmt.Fprintf(stderr, "annotate: -format must be json or text, not %q\n", *format)
		return 2
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	if c.jsonl {
		if fs.NArg() > 0 {
			fmt.Fprintln(stderr, "annotate: -jsonl reads standard input; no files allowed")
			return 2
		}
		if err := c.runJSONL(stdin, out); err != nil {
			fmt.Fprintf(stderr, "annotate: %v\n", err)
			return 1
		}
		return 0
	}
	if fs.NArg() == 0 {
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "annotate: standard input: %v\n", err)
			return 1
		}
		if err := c.one(out, "", data, false); err != nil {
			fmt.Fprintf(stderr, "annotate: standard input: %v\n", err)
			return 1
		}
		return 0
	}
	status := 0
	many := fs.NArg() > 1
	for _, name := range fs.Args() {
		data, err := readText(name)
		if err == nil {
			err = c.one(out, name, data, many)
		}
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "annotate: %s: %v\n", name, err)
			status = 1
		}
	}
	return status
}

// readText reads a file, refusing directories and binary files.
func readText(name string) ([]byte, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	if isBinary(data) {
		return nil, errors.New("binary file, not text")
	}
	return data, nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isBinary reports a file that is not text: a NUL byte in its first 8 KiB,
// or more than 10% of control bytes there. Invalid UTF-8 alone is not
// binary: pasted text is often mis-encoded and is annotated as it is.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctl := 0
	for _, b := range head {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
			ctl++
		}
	}
	return ctl*10 > len(head)
}

func (c *config) one(w *bufio.Writer, name string, data []byte, many bool) error {
	if looksLikeHTML(name, data) {
		data = blankHTML(data) // the offsets stay the file's
	}
	src := string(data)
	res, err := annotate.Annotate(src, c.opt)
	if err != nil {
		return err
	}
	if c.text {
		if many {
			fmt.Fprintf(w, "==> %s <==\n", name)
		}
		writeText(w, src, &res, c.color)
		return nil
	}
	js := annotate.AppendJSON(nil, &res, src, c.utf16)
	if many {
		js = withField(js, "file", name)
	}
	return c.emit(w, js)
}

func (c *config) emit(w *bufio.Writer, js []byte) error {
	if c.pretty {
		var buf bytes.Buffer
		if err := json.Indent(&buf, js, "", "  "); err != nil {
			return err
		}
		js = buf.Bytes()
	}
	w.Write(js)
	return w.WriteByte('\n')
}

// withField puts "key": value first in the JSON object js.
func withField(js []byte, key, value string) []byte {
	k, _ := json.Marshal(key)
	v, _ := json.Marshal(value)
	return withRaw(js, k, v)
}

func withRaw(js, key, raw []byte) []byte {
	out := make([]byte, 0, len(js)+len(key)+len(raw)+3)
	out = append(out, '{')
	out = append(out, key...)
	out = append(out, ':')
	out = append(out, raw...)
	if len(js) > 2 {
		out = append(out, ',')
	}
	return append(out, js[1:]...)
}

// runJSONL streams: one line in, one line out, memory bounded by the
// longest line.
func (c *config) runJSONL(in io.Reader, w *bufio.Writer) error {
	r := bufio.NewReaderSize(in, 1<<20)
	for line := 1; ; line++ {
		data, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(data)) > 0 {
			c.jsonlLine(w, data, line)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func (c *config) jsonlLine(w *bufio.Writer, data []byte, line int) {
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
		Date string          `json:"date"`
	}
	id := []byte("null")
	fail := func(msg string) {
		e, _ := json.Marshal(msg)
		w.WriteString(`{"id":`)
		w.Write(id)
		w.WriteString(`,"error":`)
		w.Write(e)
		w.WriteString("}\n")
	}
	if err := json.Unmarshal(data, &in); err != nil {
		// Salvage the id when only the text is bad.
		var idOnly struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(data, &idOnly) == nil && len(idOnly.ID) > 0 {
			id = idOnly.ID
		}
		fail(fmt.Sprintf("line %d: not a JSON object with a text string: %v", line, err))
		return
	}
	if len(in.ID) > 0 {
		id = in.ID
	}
	if in.Text == nil {
		fail(fmt.Sprintf("line %d: no \"text\" field", line))
		return
	}
	opt := c.opt
	if in.Date != "" {
		opt.Published = in.Date
	}
	res, err := annotate.Annotate(*in.Text, opt)
	if err != nil {
		fail(err.Error())
		return
	}
	js := withRaw(annotate.AppendJSON(nil, &res, *in.Text, c.utf16), []byte(`"id"`), id)
	w.Write(js)
	w.WriteByte('\n')
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// writeText prints the article with its marks inline, then its sources:
// ⟦quote⟧ with the speaker's number, ⟨figure⟩, {mention}, _cue_. With color,
// ANSI styles replace the brackets.
func writeText(w *bufio.Writer, src string, r *annotate.Result, color bool) {
	type mark struct {
		at    int
		open  bool
		order int // closes before opens at one offset; longer spans open first
		s     string
	}
	var marks []mark
	add := func(s annotate.Span, open, close string) {
		if !s.Valid() || s.End <= s.Start {
			return
		}
		marks = append(marks, mark{s.Start, true, -(s.End - s.Start), open}, mark{s.End, false, s.End - s.Start, close})
	}
	style := func(code, plain string) string {
		if color {
			return "\x1b[" + code + "m"
		}
		return plain
	}
	reset := style("0", "")
	for _, q := range r.Quotes {
		tag := "?"
		if q.Source >= 0 {
			tag = fmt.Sprint(q.Source + 1)
		}
		add(q.Span, style("32", "⟦"), reset+style("", "⟧")+style("2", "")+"["+tag+"]"+reset)
	}
	for _, f := range r.Figures {
		add(f.Span, style("1;33", "⟨"), style("", "⟩")+reset)
	}
	for i, s := range r.Sources {
		for _, m := range s.Mentions {
			add(m, style("4;36", "{"), style("", "}")+style("2", "")+"["+fmt.Sprint(i+1)+"]"+reset)
		}
	}
	for _, a := range r.Attributions {
		add(a.Cue, style("35", "_"), style("", "_")+reset)
	}
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].at != marks[j].at {
			return marks[i].at < marks[j].at
		}
		if marks[i].open != marks[j].open {
			return !marks[i].open
		}
		return marks[i].order < marks[j].order
	})
	at := 0
	for _, m := range marks {
		w.WriteString(printable(src[at:m.at]))
		w.WriteString(m.s)
		at = m.at
	}
	w.WriteString(printable(src[at:]))
	w.WriteString("\n\nSources\n")
	for i, s := range r.Sources {
		fmt.Fprintf(w, "  [%d] %s (%s)\n", i+1, s.Name, s.Kind)
		for _, q := range r.Quotes {
			if q.Source == i {
				fmt.Fprintf(w, "      quote  %s\n", oneLine(src[q.Start:q.End]))
			}
		}
		for _, f := range r.Figures {
			if f.Source == i {
				fmt.Fprintf(w, "      figure %s (%s)\n", oneLine(src[f.Start:f.End]), f.Type)
			}
		}
	}
	unattributed := 0
	for _, q := range r.Quotes {
		if q.Source < 0 {
			unattributed++
		}
	}
	fmt.Fprintf(w, "\n%d quotes (%d unattributed), %d figures, %d sources, %d attributions\n",
		len(r.Quotes), unattributed, len(r.Figures), len(r.Sources), len(r.Attributions))
}

// printable replaces invalid UTF-8 and terminal control bytes, so a hostile
// file cannot drive the terminal.
func printable(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			b.WriteRune('\uFFFD')
		case r < 0x20 && r != '\n' && r != '\t' || r == 0x7f:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func oneLine(s string) string {
	s = printable(s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 100 {
		r := []rune(s)
		s = string(r[:99]) + "…"
	}
	return s
}
