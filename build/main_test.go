package main

import (
	"path/filepath"
	"testing"
)

func TestRunUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"deploy"}, 2},                    // unknown command
		{[]string{"build", "-nope"}, 2},            // unknown flag
		{[]string{"size", "-dir", t.TempDir()}, 1}, // no site there
		{[]string{"serve", "-dir", t.TempDir()}, 1},
	} {
		if got := run(c.args); got != c.want {
			t.Errorf("run(%q) = %d, want %d", c.args, got, c.want)
		}
	}
}

func TestFindRoot(t *testing.T) {
	root, err := findRoot()
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := filepath.Abs(".."); root != want {
		t.Errorf("findRoot() = %s, want %s", root, want)
	}
}
