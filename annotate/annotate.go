package annotate

import "errors"

// Span is a half-open range [Start, End) of UTF-8 byte offsets into the
// annotated text. The zero-length span {-1, -1} means "absent".
type Span struct {
	Start, End int // bytes
}

// none is the absent span.
var none = Span{-1, -1}

// Valid reports whether s is present.
func (s Span) Valid() bool { return s.Start >= 0 }

// SourceKind says what kind of speaker a source is.
type SourceKind uint8

// Keep in sync with sourceKindNames.
const (
	Person SourceKind = iota
	Organization
	Group     // plural people: officials, analysts
	Anonymous // unnamed: "a senior official", "sources said"
	Document  // a statement, a report
)

var sourceKindNames = [...]string{"person", "organization", "group", "anonymous", "document"}

func (k SourceKind) String() string { return sourceKindNames[k] }

// FigureType is the role of a numeric expression (ANNOTATION.md §2).
type FigureType uint8

// Keep in sync with figureTypeNames.
const (
	Count FigureType = iota
	Money
	Percent
	Measure
	Date
	Year
	Time
	Age
	Ordinal
	Fraction
	Range
	Number // digits whose role is unclear
)

var figureTypeNames = [...]string{"count", "money", "percent", "measure", "date", "year", "time", "age", "ordinal", "fraction", "range", "number"}

func (t FigureType) String() string { return figureTypeNames[t] }

// ValueKind says which field of a Value holds the normalized value.
type ValueKind uint8

const (
	NoValue    ValueKind = iota // JSON null: could not be normalized
	NumValue                    // Lo
	RangeValue                  // [Lo, Hi]
	TextValue                   // Text: ISO 8601 date ("2025-04-28") or time ("13:30")
)

// Value is a figure's normalized value.
type Value struct {
	_      noEq // incomparable: no generated equality function (wasm code)
	Kind   ValueKind
	Lo, Hi float64
	Text   string
}

// Source is a speaker: every mention of one person, group or body,
// clustered, named by its fullest mention.
type Source struct {
	Name     string
	Kind     SourceKind
	Mentions []Span // sorted by Start; pronouns included
}

// Quote is a direct quotation, marks included.
type Quote struct {
	_ noEq // incomparable: no generated equality function (wasm code)
	Span
	Source  int  // index into Result.Sources, or -1 when the text names none
	Cue     Span // the reporting verb or phrase that introduces it, or none
	Partial bool // a fragment embedded in the writer's own sentence
}

// Figure is a numeric expression.
type Figure struct {
	_ noEq // incomparable: no generated equality function (wasm code)
	Span
	Type   FigureType
	Value  Value
	Unit   string // ISO 4217 code for money, "%" or "percentage points", or the unit word as written
	Approx string // the hedge outside the span, lower-cased ("around"), or ""
	Source int    // the source of the claim the figure sits in, or -1
}

// Attribution links a source mention, a cue and the content attributed.
type Attribution struct {
	Source  int // index into Result.Sources
	Mention Span
	Cue     Span
	Content Span
}

// Term is a name, title or scare-quoted term in quotation marks: not a quote.
type Term struct {
	Span
}

// Result is everything the engine found. Every list is sorted by Start
// (attributions by Mention.Start); quotes never overlap each other, nor do
// figures.
type Result struct {
	Sources      []Source
	Quotes       []Quote
	Figures      []Figure
	Attributions []Attribution
	Terms        []Term
}

// Options tunes Annotate. The zero value means the defaults.
type Options struct {
	_ noEq // incomparable: no generated equality function (wasm code)
	// Published is the publication date, "YYYY-MM-DD", used to complete
	// dates written without a year. Empty: taken from a dateline in the
	// text when there is one.
	Published string
	// MaxBytes caps the input size; 0 means DefaultMaxBytes.
	MaxBytes int
}

// DefaultMaxBytes is the largest input Annotate accepts by default: 64 MiB,
// well above any article (a long feature is ~100 KB) and above the 50 MB
// the engine is tested on, while keeping the engine's working memory
// (about 10 bytes of tokens per input byte) bounded in a browser tab.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is returned for input above Options.MaxBytes.
var ErrTooLarge = errors.New("text too large to annotate: the limit is 64 MiB")
