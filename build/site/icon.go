package site

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"slices"
	"strconv"
	"strings"
)

// IconSizes are the PNG icons rendered from web/icon.svg, named
// icon-SIZE.png (the manifest lists them; they are then hashed like any
// asset).
var IconSizes = []int{192, 512}

// renderIcons makes the PNG icons from icon.svg, if the site has one.
func renderIcons(assets []asset) ([]asset, error) {
	var svgData []byte
	for _, a := range assets {
		if a.name == "icon.svg" {
			svgData = a.data
		}
	}
	if svgData == nil {
		return nil, nil
	}
	icon, err := parseIcon(svgData)
	if err != nil {
		return nil, fmt.Errorf("web/icon.svg: %w", err)
	}
	var out []asset
	for _, size := range IconSizes {
		var b bytes.Buffer
		enc := png.Encoder{CompressionLevel: png.BestCompression}
		if err := enc.Encode(&b, paletted(icon.render(size))); err != nil {
			return nil, err
		}
		out = append(out, asset{name: fmt.Sprintf("icon-%d.png", size), data: b.Bytes()})
	}
	return out, nil
}

// An icon is the subset of SVG the project's icon uses: a viewBox and, in
// order, filled rects (with rx), circles and straight-line paths (M, L, H,
// V, Z; absolute). Anything else is an error, so the PNGs never silently
// differ from the SVG.
type icon struct {
	w, h   float64 // viewBox size (origin 0 0)
	shapes []shape
}

type shape struct {
	kind       byte // 'r' rect, 'c' circle, 'p' polygon
	x, y, w, h float64
	r          float64     // rect corner radius or circle radius
	pts        [][]float64 // polygon subpaths: x0 y0 x1 y1 ...
	fill       color.NRGBA
}

func parseIcon(data []byte) (*icon, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	ic := &icon{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := map[string]string{}
		for _, a := range se.Attr {
			attr[a.Name.Local] = a.Value
		}
		num := func(k string) float64 {
			f, perr := strconv.ParseFloat(strings.TrimSpace(attr[k]), 64)
			if perr != nil && attr[k] != "" && err == nil {
				err = fmt.Errorf("<%s %s=%q>: not a number", se.Name.Local, k, attr[k])
			}
			return f
		}
		var s shape
		switch se.Name.Local {
		case "svg":
			f := strings.Fields(attr["viewBox"])
			if len(f) != 4 || f[0] != "0" || f[1] != "0" {
				return nil, fmt.Errorf("want viewBox=\"0 0 W H\", got %q", attr["viewBox"])
			}
			ic.w, _ = strconv.ParseFloat(f[2], 64)
			ic.h, _ = strconv.ParseFloat(f[3], 64)
			continue
		case "rect":
			s = shape{kind: 'r', x: num("x"), y: num("y"), w: num("width"), h: num("height"), r: num("rx")}
		case "circle":
			s = shape{kind: 'c', x: num("cx"), y: num("cy"), r: num("r")}
		case "path":
			s.kind = 'p'
			s.pts, err = parsePath(attr["d"])
		default:
			return nil, fmt.Errorf("<%s> is not supported by the icon renderer", se.Name.Local)
		}
		if err != nil {
			return nil, err
		}
		if s.fill, err = parseColor(attr["fill"]); err != nil {
			return nil, err
		}
		ic.shapes = append(ic.shapes, s)
	}
	if ic.w <= 0 || ic.h <= 0 {
		return nil, fmt.Errorf("no <svg viewBox>")
	}
	return ic, nil
}

func parsePath(d string) ([][]float64, error) {
	var subs [][]float64
	var cur []float64
	f := strings.Fields(strings.NewReplacer(",", " ", "M", " M ", "L", " L ", "H", " H ", "V", " V ", "Z", " Z ").Replace(d))
	cmd := ""
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case "M", "L", "H", "V":
			cmd = f[i]
			continue
		case "Z":
			if len(cur) > 0 {
				subs = append(subs, cur)
			}
			cur = nil
			continue
		}
		if len(f[i]) == 1 && strings.ContainsAny(f[i], "mlhvzCcQqSsTtAa") {
			return nil, fmt.Errorf("path command %q is not supported (only absolute M L H V Z)", f[i])
		}
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			return nil, fmt.Errorf("path %q: %v", d, err)
		}
		switch cmd {
		case "M", "L":
			if i+1 >= len(f) {
				return nil, fmt.Errorf("path %q: odd coordinates", d)
			}
			w, err := strconv.ParseFloat(f[i+1], 64)
			if err != nil {
				return nil, fmt.Errorf("path %q: %v", d, err)
			}
			if cmd == "M" && len(cur) > 0 {
				subs = append(subs, cur)
				cur = nil
			}
			cur = append(cur, v, w)
			i++
		case "H":
			cur = append(cur, v, cur[len(cur)-1])
		case "V":
			cur = append(cur, cur[len(cur)-2], v)
		default:
			return nil, fmt.Errorf("path %q: a number before any command", d)
		}
	}
	if len(cur) > 0 {
		subs = append(subs, cur)
	}
	return subs, nil
}

func parseColor(s string) (color.NRGBA, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) == 3 {
		s = string([]byte{s[0], s[0], s[1], s[1], s[2], s[2]})
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if len(s) != 6 || err != nil {
		return color.NRGBA{}, fmt.Errorf("fill %q: want #rgb or #rrggbb", s)
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}, nil
}

// contains reports whether the point (x, y), in viewBox units, is inside s.
func (s *shape) contains(x, y float64) bool {
	switch s.kind {
	case 'c':
		return (x-s.x)*(x-s.x)+(y-s.y)*(y-s.y) <= s.r*s.r
	case 'r':
		if x < s.x || y < s.y || x > s.x+s.w || y > s.y+s.h {
			return false
		}
		r := min(s.r, s.w/2, s.h/2)
		cx := min(max(x, s.x+r), s.x+s.w-r)
		cy := min(max(y, s.y+r), s.y+s.h-r)
		return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
	}
	in := false // even-odd rule
	for _, p := range s.pts {
		for i, j := 0, len(p)-2; i < len(p); j, i = i, i+2 {
			xi, yi, xj, yj := p[i], p[i+1], p[j], p[j+1]
			if (yi > y) != (yj > y) && x < (xj-xi)*(y-yi)/(yj-yi)+xi {
				in = !in
			}
		}
	}
	return in
}

// render draws the icon at size x size pixels, 4x4 samples per pixel.
func (ic *icon) render(size int) *image.NRGBA {
	const ss = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	sx, sy := ic.w/float64(size), ic.h/float64(size)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for j := 0; j < ss; j++ {
				for i := 0; i < ss; i++ {
					x := (float64(px) + (float64(i)+0.5)/ss) * sx
					y := (float64(py) + (float64(j)+0.5)/ss) * sy
					for k := len(ic.shapes) - 1; k >= 0; k-- { // topmost first
						if s := &ic.shapes[k]; s.contains(x, y) {
							r, g, b, a = r+float64(s.fill.R), g+float64(s.fill.G), b+float64(s.fill.B), a+1
							break
						}
					}
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{uint8(r/a + 0.5), uint8(g/a + 0.5), uint8(b/a + 0.5), uint8(a*255/(ss*ss) + 0.5)})
		}
	}
	return img
}

// paletted returns img as a paletted image when it has at most 256 colours
// (the icon has about 40: a few fills and their anti-aliased edges), which
// makes the PNG about half the size with the same pixels; else img itself.
func paletted(img *image.NRGBA) image.Image {
	index := map[color.NRGBA]uint8{}
	var pal []color.NRGBA
	for i := 0; i < len(img.Pix); i += 4 {
		c := color.NRGBA{img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3]}
		if _, ok := index[c]; !ok {
			if len(pal) == 256 {
				return img
			}
			index[c] = 0
			pal = append(pal, c)
		}
	}
	// A fixed order, so the bytes depend on the pixels only.
	slices.SortFunc(pal, func(a, b color.NRGBA) int {
		return cmp.Compare(uint32(a.R)<<24|uint32(a.G)<<16|uint32(a.B)<<8|uint32(a.A),
			uint32(b.R)<<24|uint32(b.G)<<16|uint32(b.B)<<8|uint32(b.A))
	})
	p := image.NewPaletted(img.Rect, make(color.Palette, len(pal)))
	for i, c := range pal {
		p.Palette[i] = c
		index[c] = uint8(i)
	}
	for i, j := 0, 0; i < len(img.Pix); i, j = i+4, j+1 {
		p.Pix[j] = index[color.NRGBA{img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3]}]
	}
	return p
}
