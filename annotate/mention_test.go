package annotate

import "testing"

// TestMentionPretests checks sources that findMentions' cheap tests
// before parseNP must not skip: a stop word or a number after a
// determiner or modifier that a hyphen joins to the next word.
func TestMentionPretests(t *testing.T) {
	for src, want := range map[string]string{
		"The first-ever report said the plan would fail.":             "The first-ever report",
		"On Monday the most-cited study said nothing had changed.":    "the most-cited study",
		"On Monday senior 50-odd officials said the talks had ended.": "senior 50-odd officials",
	} {
		r, _ := Annotate(src, Options{})
		found := false
		for _, s := range r.Sources {
			for _, m := range s.Mentions {
				found = found || src[m.Start:m.End] == want
			}
		}
		if !found {
			t.Errorf("%q: no source mention %q", src, want)
		}
	}
}
