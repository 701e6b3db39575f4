//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/hack-pad/safejs"

	"sourcelight/annotate"
)

// settle calls sourcelightAnnotate(arg) the way the worker does and waits
// for the promise: it returns the resolved JSON or the rejection message.
func settle(t *testing.T, args ...any) (json string, rejected string) {
	t.Helper()
	fn, err := safejs.Global().Get("sourcelightAnnotate")
	if err != nil {
		t.Fatal(err)
	}
	p, err := fn.Invoke(args...)
	if err != nil {
		t.Fatal(err)
	}
	type outcome struct {
		ok  bool
		val string
	}
	ch := make(chan outcome, 1)
	onOK, _ := safejs.FuncOf(func(_ safejs.Value, a []safejs.Value) any {
		s, _ := a[0].String()
		ch <- outcome{true, s}
		return nil
	})
	onErr, _ := safejs.FuncOf(func(_ safejs.Value, a []safejs.Value) any {
		m, _ := a[0].Get("message")
		s, _ := m.String()
		ch <- outcome{false, s}
		return nil
	})
	defer onOK.Release()
	defer onErr.Release()
	if _, err := p.Call("then", onOK.Value(), onErr.Value()); err != nil {
		t.Fatal(err)
	}
	o := <-ch // blocking hands the event loop back to JavaScript
	if o.ok {
		return o.val, ""
	}
	return "", o.val
}

func TestExport(t *testing.T) {
	if err := export(); err != nil {
		t.Fatal(err)
	}
	v, err := safejs.Global().Get("sourcelightVersion")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := v.String(); s != version {
		t.Errorf("sourcelightVersion = %q, want %q", s, version)
	}

	// UTF-16 offsets: the emoji is two units in JavaScript, four bytes in Go.
	json, rej := settle(t, "😀 “We won,” she said.")
	if rej != "" {
		t.Fatalf("rejected: %s", rej)
	}
	if !strings.Contains(json, `"start":3`) {
		t.Errorf("quote offsets are not UTF-16 units: %s", json)
	}

	if _, rej := settle(t, 42); !strings.Contains(rej, "expects one string") {
		t.Errorf("a number: rejection %q", rej)
	}
	if _, rej := settle(t); !strings.Contains(rej, "expects one string") {
		t.Errorf("no argument: rejection %q", rej)
	}

	// A panic in the engine is a rejection, and the next call still works.
	engine = func(string, annotate.Options) (annotate.Result, error) { panic("index out of range [7] with length 3") }
	if _, rej := settle(t, "text"); !strings.Contains(rej, "the engine failed: index out of range") {
		t.Errorf("panic: rejection %q", rej)
	}
	engine = annotate.Annotate
	if json, rej := settle(t, "“Back,” he said."); rej != "" || !strings.Contains(json, `"quotes"`) {
		t.Errorf("after a panic: %q, %q", json, rej)
	}
}
