package annotate

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestScratchTypes: the scratch keeps its arrays as bytes, which the
// collector does not scan, so every type the engine types them as
// (unsafe.Slice((*T)(grabBytes(...))), or *(*[]T)(unsafe.Pointer(&h)) for
// its arena's alloc) must hold no pointers.
func TestScratchTypes(t *testing.T) {
	known := map[string]reflect.Type{
		"int32":    reflect.TypeFor[int32](),
		"uint32":   reflect.TypeFor[uint32](),
		"setFlag":  reflect.TypeFor[setFlag](),
		"wordFlag": reflect.TypeFor[wordFlag](),
		"mention":  reflect.TypeFor[mention](),
		"attr":     reflect.TypeFor[attr](),
		"byte":     reflect.TypeFor[byte](),
		"uint8":    reflect.TypeFor[uint8](),
		"int8":     reflect.TypeFor[int8](),
		"uint16":   reflect.TypeFor[uint16](),
		"uint64":   reflect.TypeFor[uint64](),
		"bool":     reflect.TypeFor[bool](),
		"sentence": reflect.TypeFor[sentence](),
		"para":     reflect.TypeFor[para](),
		"cueVerb":  reflect.TypeFor[cueVerb](),
		"strEnt":   reflect.TypeFor[strEnt](),
		"entity":   reflect.TypeFor[entity](),
		"wordSpan": reflect.TypeFor[wordSpan](),
	}
	files, _ := filepath.Glob("*.go")
	use := regexp.MustCompile(`\(\*(\w+)\)\(grabBytes\(|\*\(\*\[\](\w+)\)\(unsafe\.Pointer\(&`)
	seen := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range use.FindAllSubmatch(b, -1) {
			seen++
			name := string(m[1]) + string(m[2])
			typ, ok := known[name]
			if !ok {
				t.Errorf("%s: scratch bytes as %s: add the type to this test's table", f, name)
				continue
			}
			if p := pointerIn(typ); p != "" {
				t.Errorf("%s: scratch bytes as %s: %s is a pointer, which the collector would not see in the scratch's bytes", f, name, p)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no grabBytes call found: the test reads the wrong files")
	}
}

// pointerIn names a field of typ that is or holds a pointer, or "".
func pointerIn(typ reflect.Type) string {
	switch typ.Kind() {
	case reflect.Pointer, reflect.UnsafePointer, reflect.String, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.Interface:
		return typ.String()
	case reflect.Array:
		if typ.Len() == 0 {
			return "" // noEq: holds nothing
		}
		return pointerIn(typ.Elem())
	case reflect.Struct:
		for i := range typ.NumField() {
			if p := pointerIn(typ.Field(i).Type); p != "" {
				return typ.Name() + "." + typ.Field(i).Name + ": " + p
			}
		}
	}
	return ""
}
