package site

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
)

// WasmSize compiles ./wasm as the build does but keeping the function names,
// and prints where the bytes go: code bytes per Go package (from the wasm
// name section), and the data segments (strings, tables, embedded files).
// `make size` shows the total; this shows what to cut.
func WasmSize(out io.Writer, root string, top int) error {
	tmp, err := os.MkdirTemp("", "sourcelight-wasmsize-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	p := filepath.Join(tmp, "named.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-gcflags="+WasmGCFlags, "-ldflags=-buildid=", "-o", p, "./wasm")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), WasmEnv...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("GOOS=js GOARCH=wasm go build ./wasm: %w", err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	r, err := parseWasmSizes(data)
	if err != nil {
		return err
	}
	type row struct {
		pkg   string
		bytes int
	}
	var rows []row
	total := 0
	for k, v := range r.code {
		rows = append(rows, row{k, v})
		total += v
	}
	slices.SortFunc(rows, func(a, b row) int { return b.bytes - a.bytes })
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "code bytes\tshare\tpackage\n")
	for i, rw := range rows {
		if i == top {
			break
		}
		fmt.Fprintf(tw, "%d\t%.1f%%\t%s\n", rw.bytes, 100*float64(rw.bytes)/float64(total), rw.pkg)
	}
	fmt.Fprintf(tw, "%d\t\tcode in all (%d packages)\n", total, len(rows))
	fmt.Fprintf(tw, "%d\t\tdata segments (strings, tables, embedded files)\n", r.data)
	fmt.Fprintf(tw, "%d\t\tthe whole file with names (the build strips them)\n", len(data))
	rows = rows[:0]
	for k, v := range r.funcs {
		if strings.HasPrefix(k, "sourcelight_") {
			rows = append(rows, row{k, v})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return b.bytes - a.bytes })
	fmt.Fprintf(tw, "\ncode bytes\t\tthe project's biggest functions\n")
	for i, rw := range rows {
		if i == top {
			break
		}
		fmt.Fprintf(tw, "%d\t\t%s\n", rw.bytes, rw.pkg)
	}
	return tw.Flush()
}

type wasmSizes struct {
	code  map[string]int // code bytes per Go package
	funcs map[string]int // code bytes per function
	data  int            // bytes of the data section
}

// parseWasmSizes reads the sections of a wasm binary: imports (to number
// the functions), code (each body's size), data, and the "name" custom
// section (each function's Go name).
func parseWasmSizes(b []byte) (*wasmSizes, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a wasm binary")
	}
	r := &wasmReader{b: b, i: 8}
	var imported int
	var bodies []int
	names := map[int]string{}
	res := &wasmSizes{code: map[string]int{}, funcs: map[string]int{}}
	for r.i < len(r.b) && r.err == nil {
		id := r.byte()
		size := int(r.uleb())
		end := r.i + size
		if r.err != nil || end > len(r.b) {
			return nil, errors.New("truncated section")
		}
		switch id {
		case 2: // imports
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				r.name()
				r.name()
				switch r.byte() {
				case 0:
					r.uleb()
					imported++
				case 1:
					r.byte()
					r.limits()
				case 2:
					r.limits()
				case 3:
					r.byte()
					r.byte()
				}
			}
		case 10: // code
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				sz := int(r.uleb())
				bodies = append(bodies, sz)
				r.i += sz
			}
		case 11:
			res.data = size
		case 0:
			if r.name() == "name" {
				for r.i < end && r.err == nil {
					sub := r.byte()
					subEnd := r.i + int(r.uleb())
					if sub == 1 {
						for n := r.uleb(); n > 0 && r.err == nil; n-- {
							idx := int(r.uleb())
							names[idx] = r.name()
						}
					}
					r.i = subEnd
				}
			}
		}
		r.i = end
	}
	if r.err != nil {
		return nil, r.err
	}
	for i, sz := range bodies {
		name := names[imported+i]
		res.code[goPackage(name)] += sz
		res.funcs[name] += sz
	}
	return res, nil
}

// goPackage is the package of a Go symbol as the wasm name section spells
// it: the path with '/' and '-' turned into '_', a dot, the name
// ("sourcelight_annotate.(*doc).lex" -> "sourcelight_annotate",
// "github.com_hack_pad_safejs.Global" -> "github.com_hack_pad_safejs");
// "?" for an unnamed function.
func goPackage(sym string) string {
	if sym == "" {
		return "?"
	}
	f := strings.SplitN(sym, ".", 3)
	if len(f) == 3 && !strings.Contains(f[0], "_") && strings.Contains(f[1], "_") && f[1][0] != '_' &&
		strings.Trim(f[1], "abcdefghijklmnopqrstuvwxyz0123456789_") == "" {
		return f[0] + "." + f[1] // a domain: github.com_...
	}
	return f[0]
}

type wasmReader struct {
	b   []byte
	i   int
	err error
}

func (r *wasmReader) byte() byte {
	if r.i >= len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *wasmReader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	return v
}

func (r *wasmReader) name() string {
	n := int(r.uleb())
	if r.i+n > len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return ""
	}
	s := string(r.b[r.i : r.i+n])
	r.i += n
	return s
}

func (r *wasmReader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
		r.uleb()
	} else {
		r.uleb()
	}
}
