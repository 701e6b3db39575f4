//go:build js

package annotate

import (
	"os"
	"syscall/js"
	"testing"
)

// TestPassCPU prints, under js/wasm, the least process CPU time of each pass
// and of a whole Annotate call over 15 rounds on BenchmarkPass's text. On a
// shared machine wall-clock benchmarks swing by 2x (the host takes the CPU
// away); CPU time from Node's process.cpuUsage swings far less. A call's
// least time leaves out the collector's cycles, which BenchmarkAnnotate's
// average includes. Run it by hand:
//
//	SOURCELIGHT_PASSCPU=1 GOGC=400 GOEXPERIMENT=nogreenteagc GOOS=js GOARCH=wasm \
//	  go test -gcflags=all=-l -exec=$(go env GOROOT)/lib/wasm/go_js_wasm_exec -run TestPassCPU -v ./annotate
func TestPassCPU(t *testing.T) {
	if os.Getenv("SOURCELIGHT_PASSCPU") == "" {
		t.Skip("set SOURCELIGHT_PASSCPU=1 to measure")
	}
	cpu := processCPU
	src := passBenchText(t)
	passes := allPasses()
	best := make([]float64, len(passes)+1)
	for i := range best {
		best[i] = 1e18
	}
	for r := 0; r < 15; r++ {
		d := &doc{src: src}
		for k, p := range passes {
			c := cpu()
			p.run(d)
			best[k] = min(best[k], cpu()-c)
		}
		c := cpu()
		Annotate(src, Options{})
		best[len(passes)] = min(best[len(passes)], cpu()-c)
	}
	for k, p := range passes {
		t.Logf("%-13s %7.2f ms", p.name, best[k])
	}
	t.Logf("%-13s %7.2f ms (%.1f MB/s)", "Annotate", best[len(passes)], float64(len(src))/1e3/best[len(passes)])
}

// processCPU returns the Node process's CPU time so far (user and
// system), in ms.
func processCPU() float64 {
	u := js.Global().Get("process").Call("cpuUsage")
	return (u.Get("user").Float() + u.Get("system").Float()) / 1000
}

// docBefore returns the bench text's doc with the passes before the named
// one run, for a test that times that pass alone.
func docBefore(tb testing.TB, pass string) *doc {
	d := &doc{src: passBenchText(tb), scr: takeScratch()}
	for _, ps := range allPasses() {
		if ps.name == pass {
			break
		}
		ps.run(d)
	}
	return d
}
