package site

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"
)

// Size prints the bytes, raw, gzip and brotli, of everything a first visit
// downloads: index.html, the service worker and what it precaches (every
// asset of the version). It fails when the brotli total is above budgetKiB
// (0: no budget).
func Size(out io.Writer, dir string, budgetKiB float64) error {
	raw, err := os.ReadFile(filepath.Join(dir, InfoName))
	if err != nil {
		return fmt.Errorf("no %s in %s (build first): %w", InfoName, dir, err)
	}
	var s Site
	if err := json.Unmarshal(raw, &s); err != nil {
		return fmt.Errorf("%s: %w", InfoName, err)
	}
	files := []string{"sw.js"}
	for _, u := range s.Precache {
		if u == "./" {
			u = "index.html"
		}
		files = append(files, u)
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "file\traw\tgzip\tbrotli\t\n")
	var tr, tg, tb int64
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		r, err := fileSize(p)
		if err != nil {
			return err
		}
		g, b := r, r
		if n, err := fileSize(p + ".gz"); err == nil {
			g = n
		}
		if n, err := fileSize(p + ".br"); err == nil {
			b = n
		}
		tr, tg, tb = tr+r, tg+g, tb+b
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\n", f, r, g, b)
	}
	fmt.Fprintf(tw, "total (%d files)\t%d\t%d\t%d\t\n", len(files), tr, tg, tb)
	fmt.Fprintf(tw, "total KiB\t%.1f\t%.1f\t%.1f\t\n", kib(tr), kib(tg), kib(tb))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "version %s; first visit %.1f KiB brotli", s.Version, kib(tb))
	if budgetKiB > 0 {
		fmt.Fprintf(out, " of a %.0f KiB budget", budgetKiB)
	}
	fmt.Fprintln(out)
	if budgetKiB > 0 && kib(tb) > budgetKiB {
		return fmt.Errorf("first visit is %.1f KiB brotli, over the budget of %.0f KiB (SIZE_BUDGET_KIB in the Makefile); `go run ./build wasmsize` shows what the engine is made of", kib(tb), budgetKiB)
	}
	return nil
}

func kib(n int64) float64 { return float64(n) / 1024 }

func fileSize(p string) (int64, error) {
	st, err := os.Stat(p)
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}
