//go:build unix

package annotate_test

import (
	"syscall"
	"time"
)

// cpuTime is the process's user+system CPU time: unlike wall-clock time it
// does not grow when other processes load the machine, so ratios of it are
// stable on a busy CI host.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
