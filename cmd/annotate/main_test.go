package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestCLIFilesAndErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("“We will win,” Kim said."), 0o644)
	bin := filepath.Join(dir, "image.png")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	missing := filepath.Join(dir, "missing.txt")

	out, errs, code := runCLI(t, "", missing, dir, bin, good)
	if code == 0 {
		t.Errorf("exit 0 with unreadable files")
	}
	for _, want := range []string{"missing.txt: no such file", dir + ": is a directory", "image.png: binary file"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], `{"file":`) {
		t.Fatalf("want the good file's result with its name, got %q", out)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &v); err != nil {
		t.Fatal(err)
	}
}

func TestCLIJSONLStreamsAndReportsBadLines(t *testing.T) {
	in := `{"id": 7, "text": "He said “no.”"}` + "\n" + "not json\n" + `{"id": "b"}` + "\n\n" + `{"id": {"k": 1}, "text": ""}` + "\n"
	out, _, code := runCLI(t, in, "-jsonl")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("want 4 lines, got %d:\n%s", len(lines), out)
	}
	wantPrefix := []string{`{"id":7,"sources"`, `{"id":null,"error"`, `{"id":"b","error"`, `{"id":{"k": 1},"sources"`}
	for i, l := range lines {
		if !strings.HasPrefix(l, wantPrefix[i]) {
			t.Errorf("line %d = %s, want prefix %s", i+1, l, wantPrefix[i])
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("line %d invalid JSON: %v", i+1, err)
		}
	}
}

func TestCLIPrettyAndFormats(t *testing.T) {
	out, _, code := runCLI(t, "It cost $5.", "-pretty")
	if code != 0 || !strings.Contains(out, "\n  \"sources\"") {
		t.Errorf("-pretty: code %d, out %s", code, out)
	}
	out, _, code = runCLI(t, "“We won,” she said.", "-format", "text")
	if code != 0 || !strings.Contains(out, "Sources") {
		t.Errorf("-format text: code %d, out %s", code, out)
	}
	if _, _, code = runCLI(t, "", "-offsets", "furlongs"); code != 2 {
		t.Errorf("bad -offsets accepted")
	}
}

func TestCLIInvalidUTF8KeepsByteOffsets(t *testing.T) {
	src := "\xff\xfe “We will win,” Kim said."
	out, _, code := runCLI(t, src)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var v struct {
		Quotes []struct{ Start, End int }
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	for _, q := range v.Quotes {
		if got := src[q.Start:q.End]; !strings.HasPrefix(got, "“") {
			t.Errorf("quote offsets not byte offsets: %q", got)
		}
	}
}

// An HTML file is read as its text: a speaker inside a tag is found, a
// style's rules are no text, and every offset is an offset into the file.
func TestCLIHTMLFileKeepsFileOffsets(t *testing.T) {
	dir := t.TempDir()
	page := `<!doctype html><html><head><style>p{color:red}</style></head><body><p>&ldquo;Hello,&rdquo; <b>said</b> John Smith.</p><p>Prices rose 5% &amp; more.</p></body></html>`
	name := filepath.Join(dir, "story.html")
	if err := os.WriteFile(name, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", name)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Sources []struct{ Name string }
		Quotes  []struct {
			Start, End int
			Source     *int
		}
		Figures []struct{ Start, End int }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Quotes) != 1 || r.Quotes[0].Source == nil || r.Sources[*r.Quotes[0].Source].Name != "John Smith" {
		t.Fatalf("quote and speaker: %s", out)
	}
	if len(r.Figures) != 1 || page[r.Figures[0].Start:r.Figures[0].End] != "5%" {
		t.Fatalf("figure offsets are not the file's: %s", out)
	}
}
