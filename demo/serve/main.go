// Command serve serves the demo host page, which embeds the widget from
// another origin under a strict CSP:
//
//	make serve                       # the widget at http://127.0.0.1:8080
//	go run ./demo/serve              # the host at http://127.0.0.1:8081
//	go run ./demo/serve -addr 127.0.0.1:9000 -widget http://127.0.0.1:8080
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"sourcelight/demo"
)

func main() { os.Exit(run()) }

func run() int {
	addr := flag.String("addr", "127.0.0.1:8081", "address to serve the demo host on")
	widget := flag.String("widget", demo.DefaultWidget, "origin serving the built site (dist/) with widget.js")
	flag.Parse()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Dir(filepath.Dir(file))
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		dir = "demo" // built with -trimpath: run from the repository root
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	srv := &http.Server{Handler: demo.Handler(dir, *widget), ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("demo host at http://%s/ (widget from %s; Ctrl-C stops)\n", ln.Addr(), *widget)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err = <-done:
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err = srv.Shutdown(sctx)
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	return 0
}
