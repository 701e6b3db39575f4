// Command eval scores the annotate engine on the hand-annotated gold
// articles (annotate/testdata/gold/*.gold, format in internal/gold).
//
//	go run ./cmd/eval -check FILE...   only parse the gold files and report errors
package main

import (
	"flag"
	"fmt"
	"os"

	"sourcelight/internal/gold"
)

func main() { os.Exit(run()) }

func run() int {
	check := flag.Bool("check", false, "only parse the gold files and report their errors")
	flag.Parse()
	if !*check {
		fmt.Fprintln(os.Stderr, "eval: scoring lands once the engine's Annotate exists; use -check FILE...")
		return 2
	}
	return checkFiles(flag.Args())
}

// checkFiles parses every file and prints each error; 1 when any failed.
func checkFiles(paths []string) int {
	if len(paths) == 0 {
		fmt.Fprintln(os.Stderr, "eval -check: no files given")
		return 2
	}
	rc := 0
	for _, p := range paths {
		a, err := gold.ParseFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			rc = 1
			continue
		}
		fmt.Printf("%s: ok: %d bytes, %d sources, %d quotes, %d figures, %d mentions, %d attributions, %d terms\n",
			p, len(a.Text), len(a.Sources), len(a.Quotes), len(a.Figures), len(a.Mentions), len(a.Attributions), len(a.Terms))
	}
	return rc
}
