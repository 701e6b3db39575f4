package gold

import (
	"strings"
	"testing"
)

const head = "@title t\n@date 2025-11-04\n@source kim person Kim Jong Un\n@source off group Ukrainian officials\n\n"

// render draws the parsed spans back over the text, one kind at a time, so
// a failing case reads like the article.
func render(a *Article) string {
	type ins struct {
		at  int
		s   string
		pri int
	}
	var marks []ins
	add := func(s, e int, open, close string, pri int) {
		marks = append(marks, ins{s, open, pri}, ins{e, close, -pri})
	}
	for _, q := range a.Quotes {
		o := "{q"
		if q.Source != "" {
			o += ":" + q.Source
		}
		if q.Partial {
			o += ":p"
		}
		add(q.Start, q.End, o+" ", "}", 2)
	}
	for _, t := range a.Terms {
		add(t.Start, t.End, "{t ", "}", 2)
	}
	for _, f := range a.Figures {
		add(f.Start, f.End, "{f:"+f.Type+":"+f.Value+":"+f.Unit+":"+f.Approx+":"+f.Source+" ", "}", 1)
	}
	for _, m := range a.Mentions {
		add(m.Start, m.End, "{m:"+m.Source+" ", "}", 1)
	}
	for _, at := range a.Attributions {
		n := string(rune('0' + at.N))
		add(at.Cue.Start, at.Cue.End, "{c"+n+" ", "}", 1)
		add(at.Content.Start, at.Content.End, "{x"+n+" ", "}", 3)
	}
	var b strings.Builder
	for i := 0; i <= len(a.Text); i++ {
		// closes first (innermost = lowest pri first), then opens (outermost first)
		for pri := 1; pri <= 3; pri++ {
			for _, m := range marks {
				if m.at == i && m.pri == -pri {
					b.WriteString(m.s)
				}
			}
		}
		for pri := 3; pri >= 1; pri-- {
			for _, m := range marks {
				if m.at == i && m.pri == pri {
					b.WriteString(m.s)
				}
			}
		}
		if i < len(a.Text) {
			b.WriteByte(a.Text[i])
		}
	}
	return b.String()
}

func TestParse(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`plain text`, `plain text`},
		{`[[x a=1|[[q s=kim|“We will win,”]]]] [[c a=1|said]] [[m s=kim a=1|Kim]].`,
			`{x1 {q:kim “We will win,”}} {c1 said} {m:kim Kim}.`},
		{`the [[t|“Storm Corps,”]] a unit`, `the {t “Storm Corps,”} a unit`},
		{`around [[f type=count v=14000 a=around|14,000]] troops`, `around {f:count:14000::around: 14,000} troops`},
		{`[[f type=percent v=2 u=percentage+points a=more+than|2 percentage points]]`,
			`{f:percent:2:percentage points:more than: 2 percentage points}`},
		{`[[f type=range v=5..6 u=%|5-6%]]`, `{f:range:5..6:%:: 5-6%}`},
		{`[[f type=date v=2025-04-28|28 April 2025]] at [[f type=time v=07:45|07.45]]`,
			`{f:date:2025-04-28::: 28 April 2025} at {f:time:07:45::: 07.45}`},
		{`[[f type=count v=null|umpteen]]`, `{f:count:null::: umpteen}`},
		{`[[f type=fraction v=2/3|two-thirds]]`, `{f:fraction:2/3::: two-thirds}`},
		{`[[m s=off a=1|Officials]] [[c a=1|reported]] that [[x a=1|about [[f type=count v=14000 a=about s=off|14,000]] were sent]].`,
			`{m:off Officials} {c1 reported} that {x1 about {f:count:14000::about:off 14,000} were sent}.`},
		{`[[m s=kim a=1,2|Kim]] [[c a=1|said]] [[x a=1|“no”]] and [[c a=2|added]] [[x a=2|“never”]]`,
			`{m:kim Kim} {c1 said} {x1 “no”} and {c2 added} {x2 “never”}`},
		{`[[q s=kim p|“heroism”]] and [[q|'quote']]`, `{q:kim:p “heroism”} and {q 'quote'}`},
		{"[[q s=kim|“First paragraph.\n\n“Second.”]] [[m s=kim|he]]", "{q:kim “First paragraph.\n\n“Second.”} {m:kim he}"},
	} {
		t.Run(c.in, func(t *testing.T) {
			src := head + c.in
			if !strings.Contains(c.in, "[[m s=kim") {
				src += " [[m s=kim|Kim]]"
				c.want += " {m:kim Kim}"
			}
			if !strings.Contains(c.in, "[[m s=off") {
				src += " [[m s=off|officials]]"
				c.want += " {m:off officials}"
			}
			a, err := Parse("in.gold", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if got := render(a); got != c.want {
				t.Errorf("\ngot  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`[[q|“unclosed”`, `in.gold:6: [[q markup never closed`},
		{`text]] here`, `in.gold:6: ]] without an open [[`},
		{"line one\n\n[[z|x]]", `in.gold:8: unknown tag "z"`},
		{`[[q who=kim|“x”]]`, `tag q has no attribute "who"`},
		{`[[q s=putin|“x”]]`, `source "putin" is not declared`},
		{`[[f type=amount v=3|3]]`, `figure type "amount" is not one of`},
		{`[[f type=count|3]]`, `tag f needs attribute v=`},
		{`[[f type=count v=14,000|14,000]]`, `must be a plain number`},
		{`[[f type=date v=28/04/2025|28/04/2025]]`, `a date must be YYYY-MM-DD`},
		{`[[f type=time v=7.45|7.45]]`, `a time must be HH:MM`},
		{`[[f type=range v=5-6|5-6]]`, `a range must be LO..HI`},
		{`[[f type=fraction v=2/0|x]]`, `a fraction like 2/3`},
		{`[[m s=kim a=1|Kim]] [[c a=1|said]] it`, `attribution 1 is missing x (content)`},
		{`[[m s=kim a=1|Kim]] [[x a=1|it]]`, `attribution 1 is missing c (cue)`},
		{`[[c a=1|said]] [[x a=1|it]]`, `attribution 1 is missing m (mention)`},
		{`[[c a=1|said]] [[c a=1|told]]`, `attribution 1 has two c markups`},
		{`[[q|no marks]]`, `must open and close with a quotation mark`},
		{`[[m s=kim|Kim ]]`, `starts or ends with white space`},
		{`[[q|“a [[q|“b”]] c”]]`, `quote overlaps the previous quote`},
		{`[[f type=count v=1|[[f type=count v=1|1]]]]`, `overlaps the previous figure`},
		{`[[q p=1|“x”]]`, `is a flag and takes no value`},
		{`[[q|]]`, `markup is empty`},
		{`[[m s=kim a=one|Kim]]`, `is not a positive integer`},
		{`no bar [[q`, `markup header "q [[m s=kim" contains [[`},
	} {
		t.Run(c.in, func(t *testing.T) {
			src := head + c.in + " [[m s=kim|Kim]] [[m s=off|officials]]"
			_, err := Parse("in.gold", []byte(src))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestHeaderErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"@titel x\n\ntext", `in.gold:1: unknown header @titel`},
		{"@date 4 Nov 2025\n\ntext", `is not YYYY-MM-DD`},
		{"@source kim human Kim\n\ntext", `source kind "human"`},
		{"@source kim person\n\ntext", `@source needs ID KIND NAME`},
		{"@source kim person Kim\n@source kim person Kim\n\n[[m s=kim|Kim]]", `in.gold:2: source "kim" declared twice`},
		{"@title x\ntext without blank line", `in.gold:2: header line must start with @`},
		{"@source kim person Kim\n\nnever named", `declared but never mentioned`},
		{"@title x", `no article text`},
	} {
		t.Run(c.in, func(t *testing.T) {
			_, err := Parse("in.gold", []byte(c.in))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestTrailingNewlinesAreNotText(t *testing.T) {
	a, err := Parse("in.gold", []byte("@source k person Kim\n\n[[m s=k|Kim]] spoke.\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Kim spoke." {
		t.Errorf("text = %q", a.Text)
	}
}

func TestOffsetsAreBytes(t *testing.T) {
	a, err := Parse("in.gold", []byte("@source k person Kim\n\n“Ünïcode” [[m s=k|Kim]] [[q|‘x’]]"))
	if err != nil {
		t.Fatal(err)
	}
	m := a.Mentions[0]
	if got := a.Text[m.Start:m.End]; got != "Kim" {
		t.Errorf("mention = %q", got)
	}
	q := a.Quotes[0]
	if got := a.Text[q.Start:q.End]; got != "‘x’" {
		t.Errorf("quote = %q", got)
	}
}
