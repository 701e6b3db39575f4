package annotate_test

import (
	"bytes"
	"sync"
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

// TestConcurrentCalls: calls on several goroutines each take the kept
// arrays or start their own (scratch.go), and every result is the one a
// lone call gives. Run with -race to check the hand-over.
func TestConcurrentCalls(t *testing.T) {
	arts := articles(t)
	want := make([][]byte, len(arts))
	for i, a := range arts {
		r, _ := annotate.Annotate(a, annotate.Options{})
		want[i] = annotate.AppendJSON(nil, &r, a, false)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range arts {
				i := (k*7 + g*13) % len(arts)
				r, _ := annotate.Annotate(arts[i], annotate.Options{})
				if got := annotate.AppendJSON(nil, &r, arts[i], false); !bytes.Equal(got, want[i]) {
					t.Errorf("article %d: its result differs when annotated beside other calls", i)
				}
			}
		}()
	}
	wg.Wait()
}
