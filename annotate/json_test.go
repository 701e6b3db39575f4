package annotate

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestJSONNumbers checks num's short path for decimals against strconv's
// shortest form, on values with few and many decimals.
func TestJSONNumbers(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vals := []float64{0.1, 0.2, 0.3, 0.05, 0.001, 0.005, 2.5, 14.3, 99.99, 0.30000000000000004, 2.675, 1.005, 999999.999,
		1e6 + 0.5, 123456.789, 0.0001, 1.0000001, -0.5, -12.75, 3.14159, 1.1e-7, 0.125, 0.999, 0.9995}
	for range 200000 {
		p := math.Pow(10, float64(rng.IntN(5)))
		vals = append(vals, float64(rng.IntN(2000000)-1000000)/p, rng.Float64()*1e6, (rng.Float64()-0.5)*math.Pow(10, float64(rng.IntN(12)-6)))
	}
	for _, v := range vals {
		e := jsonEncoder{b: make([]byte, 64)}
		e.num(v)
		want := strconv.FormatFloat(v, 'f', -1, 64)
		if v == math.Trunc(v) && math.Abs(v) < 1e15 {
			want = strconv.FormatInt(int64(v), 10)
		}
		if got := string(e.b[:e.n]); got != want {
			t.Fatalf("num(%v) = %s, want %s", v, got, want)
		}
	}
}
