//go:build js

package annotate

import (
	"os"
	"slices"
	"strconv"
	"testing"
)

// TestFiguresAB runs the figure pass again and again on the bench text (the
// passes before it run once), alternating the old version (figuresOld) and
// findFigures, and prints the median ratio of new to old process CPU time
// over the pairs, after checking that both find the same figures. An
// identical copy of the pass in a _test.go file ran at 0.98-1.01 of the
// original over seven runs of 300 pairs (its place in the code moves it):
// a change under ~2% of the pass needs several runs against such a copy.
// Run it by hand:
//
//	SOURCELIGHT_FIGAB=200 GOGC=400 GOEXPERIMENT=nogreenteagc GOOS=js GOARCH=wasm \
//	  go test -gcflags=all=-l -exec=$(go env GOROOT)/lib/wasm/go_js_wasm_exec -run TestFiguresAB -v ./annotate
func TestFiguresAB(t *testing.T) {
	runs, _ := strconv.Atoi(os.Getenv("SOURCELIGHT_FIGAB"))
	if runs < 1 {
		t.Skip("set SOURCELIGHT_FIGAB to the number of pairs to measure")
	}
	cpu := processCPU
	d := docBefore(t, "figures")
	used := d.scr.used
	run := func(old bool) float64 {
		d.scr.used = used
		d.res.Figures = nil // as Annotate: a fresh list
		c := cpu()
		if old && figuresOld != nil {
			figuresOld(d)
		} else {
			d.findFigures()
		}
		return cpu() - c
	}
	run(true)
	want := slices.Clone(d.res.Figures)
	run(false)
	if !slices.EqualFunc(want, d.res.Figures, func(a, b Figure) bool {
		return a.Span == b.Span && a.Type == b.Type && a.Value.Kind == b.Value.Kind && a.Value.Lo == b.Value.Lo && a.Value.Hi == b.Value.Hi && a.Value.Text == b.Value.Text && a.Unit == b.Unit && a.Approx == b.Approx && a.Source == b.Source
	}) {
		t.Fatal("old and new find different figures")
	}
	for range 10 { // V8 tiers the functions up
		run(true)
		run(false)
	}
	rs, olds, news := make([]float64, runs), make([]float64, runs), make([]float64, runs)
	for i := range rs {
		var o, n float64
		if i%2 == 0 {
			o, n = run(true), run(false)
		} else {
			n, o = run(false), run(true)
		}
		rs[i], olds[i], news[i] = n/o, o, n
	}
	slices.Sort(rs)
	slices.Sort(olds)
	slices.Sort(news)
	t.Logf("findFigures, %d pairs: median new/old %.4f (quartiles %.4f-%.4f); old median %.3f ms, new %.3f ms (%d figures)",
		runs, rs[runs/2], rs[runs/4], rs[3*runs/4], olds[runs/2], news[runs/2], len(d.res.Figures))
}

// figuresOld is the pass before a change, for TestFiguresAB: paste the old
// findFigures and the functions changed, renamed (findFiguresOld calling
// unsignedOld, …), into a _test.go file and set it in an init there
// (figuresOld = (*doc).findFiguresOld). Left nil, the test runs
// findFigures against itself.
var figuresOld func(*doc)
