package annotate_test

import (
	"bytes"
	"testing"

	"sourcelight/annotate"
)

// TestResultOutlivesNextCall: the engine keeps its working arrays for the
// next call, so a result that pointed into them would change under the
// caller's feet (the CLI's -jsonl keeps none, a library user may keep all).
// Every gold article's result must read the same after all the others, and
// an archive of them all, were annotated.
func TestResultOutlivesNextCall(t *testing.T) {
	arts := articles(t)
	arts = append(arts, archive(t, 1<<20))
	results := make([]annotate.Result, len(arts))
	before := make([][]byte, len(arts))
	for i, a := range arts {
		results[i], _ = annotate.Annotate(a, annotate.Options{})
		before[i] = annotate.AppendJSON(nil, &results[i], a, false)
	}
	for i, a := range arts {
		if after := annotate.AppendJSON(nil, &results[i], a, false); !bytes.Equal(before[i], after) {
			t.Errorf("article %d: its result changed when later articles were annotated", i)
		}
	}
}
