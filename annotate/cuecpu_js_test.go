//go:build js

package annotate

import (
	"os"
	"slices"
	"strconv"
	"testing"
)

// TestFindCuesCPU runs findCues again and again on one document's
// attribution state (the bench text, the passes before it run once) and
// prints the least and median process CPU time of a run. The cue rules are
// ~12% of a call under wasm, under the noise of a whole call: for an A/B,
// keep the old function beside the new behind a package-level switch and
// alternate it here (run(old) and run(new) in turn, the median of the
// ratios), which resolved ~1% where the whole pass did not. Run it by hand:
//
//	SOURCELIGHT_FINDCUES=400 GOGC=400 GOEXPERIMENT=nogreenteagc GOOS=js GOARCH=wasm \
//	  go test -gcflags=all=-l -exec=$(go env GOROOT)/lib/wasm/go_js_wasm_exec -run TestFindCuesCPU -v ./annotate
func TestFindCuesCPU(t *testing.T) {
	runs, _ := strconv.Atoi(os.Getenv("SOURCELIGHT_FINDCUES"))
	if runs < 1 {
		t.Skip("set SOURCELIGHT_FINDCUES to the number of runs to measure")
	}
	cpu := processCPU
	d := docBefore(t, "attributions")
	p := d.mentionPass() // findAttributions up to findCues
	run := func() float64 {
		p.attrs, p.contribAt, p.nPhrases = p.attrs[:0], 0, 0 // what findCues starts from
		c := cpu()
		p.findCues()
		return cpu() - c
	}
	for range 10 { // V8 tiers the functions up
		run()
	}
	ts := make([]float64, runs)
	for i := range ts {
		ts[i] = run()
	}
	slices.Sort(ts)
	t.Logf("findCues, %d runs: least %.3f ms, median %.3f ms (%d attributions)", runs, ts[0], ts[runs/2], len(p.attrs))
}
