package annotate

import "strings"

// Word lists live in lexicon/*.txt: one entry a line, fields separated by
// spaces, # starts a comment line. They are embedded by the detector that
// reads them and parsed once, on first use.

// lexLines calls f with the fields of each non-empty, non-comment line of a
// word list. Shared by every detector's lexicon loader.
func lexLines(txt string, f func(fields []string)) {
	for len(txt) > 0 {
		line := txt
		if i := strings.IndexByte(txt, '\n'); i >= 0 {
			line, txt = txt[:i], txt[i+1:]
		} else {
			txt = ""
		}
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if fs := strings.Fields(line); len(fs) > 0 {
			f(fs)
		}
	}
}
