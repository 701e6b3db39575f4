// Command goldcheck validates gold files without building the engine, so a
// gold file can be checked while annotate/ is mid-edit:
//
//	go run ./internal/gold/goldcheck FILE...
//
// It does what `go run ./cmd/eval -check FILE...` does.
package main

import (
	"os"

	"sourcelight/internal/gold"
)

func main() { os.Exit(gold.Check(os.Args[1:], os.Stdout, os.Stderr)) }
