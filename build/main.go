// Command build turns the repository into the static site in dist/, serves
// it, and measures it.
//
//	go run ./build                          # write dist/
//	go run ./build serve [-addr A] [-dir D]  # serve dist/ at http://127.0.0.1:8080
//	go run ./build size [-dir D] [-budget KiB]
//	go run ./build wasmsize                 # code bytes of the wasm per Go package
//
// The pipeline and its conventions are described in package site.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"sourcelight/build/site"
)

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	cmd := "build"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	root := fs.String("root", "", "repository root (default: the directory holding go.mod)")
	dir := fs.String("dir", "", "the site directory (default: ROOT/dist)")
	addr := fs.String("addr", "127.0.0.1:8080", "serve: address to listen on")
	budget := fs.Float64("budget", 0, "size: fail when the first visit is above this many KiB after brotli (0: no budget)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *root == "" {
		r, err := findRoot()
		if err != nil {
			fmt.Fprintln(os.Stderr, "build:", err)
			return 1
		}
		*root = r
	}
	if *dir == "" {
		*dir = filepath.Join(*root, "dist")
	}
	var err error
	switch cmd {
	case "build":
		var s *site.Site
		s, err = site.Build(site.Config{Root: *root, Out: *dir})
		if err == nil {
			fmt.Printf("build: wrote %s (version %s, %d assets)\n", *dir, s.Version, len(s.Files))
		}
	case "serve":
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		err = site.Serve(ctx, *addr, *dir, os.Stdout)
	case "size":
		err = site.Size(os.Stdout, *dir, *budget)
	case "wasmsize":
		err = site.WasmSize(os.Stdout, *root, 25)
	default:
		fmt.Fprintf(os.Stderr, "build: unknown command %q (want build, serve, size or wasmsize)\n", cmd)
		return 2
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		return 1
	}
	return 0
}

// findRoot walks up from the working directory to the one holding go.mod.
func findRoot() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		p := filepath.Dir(d)
		if p == d {
			return "", fmt.Errorf("no go.mod above the working directory; pass -root")
		}
		d = p
	}
}
