//go:build !unix

package annotate_test

import "time"

// cpuTime falls back to wall-clock time where getrusage is missing (js/wasm
// under Node, which runs the engine on one thread anyway).
func cpuTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
