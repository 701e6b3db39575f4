//go:build js && wasm

// Command wasm is the Sourcelight engine compiled to WebAssembly for the
// page's Web Worker (web/worker.js). It exposes exactly one function on the
// worker's global object:
//
//	sourcelightAnnotate(text: string) → Promise<string>
//
// which resolves to the JSON of ANNOTATION.md §5 with offsets in UTF-16 code
// units, ready for text.slice(start, end), and one string:
//
//	sourcelightVersion: string
//
// Design: one call in, one compact result out. The text crosses the boundary
// once (JS string → Go string), the result crosses once (Go bytes → JS
// string); the UTF-16 conversion happens inside annotate.AppendJSON in a
// single pass. The call is synchronous inside the worker (the page never
// blocks) and is wrapped in a promise so that failures are ordinary
// rejections: a Go panic in the engine becomes a rejected promise with the
// panic's message, and the runtime keeps serving later calls. Every access
// to JavaScript goes through safejs, so a JavaScript exception is a Go error
// and never a crashed runtime.
package main

import (
	"errors"
	"runtime"

	"github.com/hack-pad/safejs"

	"sourcelight/annotate"
)

// version is stamped by the build: -ldflags "-X main.version=…". The page
// shows it as Sourcelight.version; the service worker cache name and the
// hashed asset names carry the same string.
var version = "dev"

func main() {
	// The collector's settings come from the worker's environment
	// (GOGC=400, GOMEMLIMIT=512MiB in web/worker.js): runtime/debug would
	// link fmt's users and 6 KB more into the engine for two calls.
	if err := export(); err != nil {
		// Nothing on the JS side can call us; say why on the worker console.
		println("sourcelight: cannot export the engine:", err.Error())
		return
	}
	select {} // keep the Go runtime alive to serve calls
}

// export installs sourcelightAnnotate and sourcelightVersion on the global
// object of the worker.
func export() error {
	global := safejs.Global()
	fn, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		return call(args)
	})
	if err != nil {
		return err
	}
	if err := global.Set("sourcelightVersion", version); err != nil {
		return err
	}
	return global.Set("sourcelightAnnotate", fn.Value())
}

// call runs one annotation and returns a settled promise: resolved with the
// JSON string, or rejected with an Error whose message says what failed.
func call(args []safejs.Value) any {
	promise, err := safejs.Global().Get("Promise")
	if err != nil {
		return nil // no Promise constructor: nothing sensible to return
	}
	out, err := annotateArgs(args)
	if err != nil {
		return reject(promise, err.Error())
	}
	v, err := promise.Call("resolve", out)
	if err != nil {
		return reject(promise, err.Error())
	}
	return v
}

// reject returns Promise.reject(new Error(msg)).
func reject(promise safejs.Value, msg string) any {
	ctor, err := safejs.Global().Get("Error")
	if err != nil {
		return nil
	}
	e, err := ctor.New(msg)
	if err != nil {
		return nil
	}
	v, err := promise.Call("reject", e)
	if err != nil {
		return nil
	}
	return v
}

// engine is the annotator; a test swaps it for one that panics.
var engine = annotate.Annotate

// errNotText is the rejection for a call without one string argument.
var errNotText = errors.New("sourcelightAnnotate expects one string: the article text")

// buf is the JSON output buffer, reused across calls: the worker serves one
// call at a time, and a 10 MB article produces several MB of JSON.
var buf []byte

// annotateArgs checks the argument, runs the engine and renders the JSON.
// A panic anywhere in the engine is recovered into an error, so the caller
// gets a rejected promise and the runtime stays usable.
func annotateArgs(args []safejs.Value) (out string, err error) {
	if len(args) != 1 || args[0].Type() != safejs.TypeString {
		return "", errNotText
	}
	text, err := args[0].String()
	if err != nil {
		return "", err
	}
	defer func() {
		if p := recover(); p != nil {
			err = panicError(p)
			buf = nil // may be half-written; let the next call start fresh
			runtime.GC()
		}
	}()
	res, err := engine(text, annotate.Options{})
	if err != nil {
		return "", err
	}
	buf = annotate.AppendJSON(buf[:0], &res, text, true)
	out = string(buf)
	if cap(buf) > 16<<20 {
		buf = nil // don't pin a huge buffer after a huge article
	}
	return out, nil
}

// panicError turns a recovered panic value into an error with a message a
// person can report.
func panicError(p any) error {
	switch v := p.(type) {
	case error:
		return errors.New("the engine failed: " + v.Error())
	case string:
		return errors.New("the engine failed: " + v)
	default:
		return errors.New("the engine failed with an unexpected error")
	}
}
