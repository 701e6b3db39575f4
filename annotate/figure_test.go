package annotate

import (
	"math/bits"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// drawFigures renders the figures of in over the text:
// "around [count 14000 ~around|14,000] troops". Inside the brackets: type,
// value (null, a number, lo..hi, a date or time), " u=UNIT" and " ~HEDGE"
// when present, then the span's text.
func drawFigures(in, published string) string {
	r, _ := Annotate(in, Options{Published: published})
	var b strings.Builder
	at := 0
	for _, f := range r.Figures {
		b.WriteString(in[at:f.Start])
		b.WriteString("[" + f.Type.String() + " " + drawValue(f.Value))
		if f.Unit != "" {
			b.WriteString(" u=" + f.Unit)
		}
		if f.Approx != "" {
			b.WriteString(" ~" + f.Approx)
		}
		b.WriteString("|" + in[f.Start:f.End] + "]")
		at = f.End
	}
	b.WriteString(in[at:])
	return b.String()
}

func drawValue(v Value) string {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	switch v.Kind {
	case NumValue:
		return num(v.Lo)
	case RangeValue:
		return num(v.Lo) + ".." + num(v.Hi)
	case TextValue:
		return v.Text
	}
	return "null"
}

// expectFigures checks the figures of in, published on 2025-11-04.
func expectFigures(t *testing.T, in, want string) {
	t.Helper()
	expectFiguresOn(t, "2025-11-04", in, want)
}

func expectFiguresOn(t *testing.T, published, in, want string) {
	t.Helper()
	t.Run(in, func(t *testing.T) {
		t.Helper()
		if got := drawFigures(in, published); got != want {
			t.Errorf("\ngot  %s\nwant %s", got, want)
		}
	})
}

func TestFigureCounts(t *testing.T) {
	expectFigures(t, "around 14,000 troops", "around [count 14000 ~around|14,000] troops")
	expectFigures(t, "14,000 North Korean soldiers", "[count 14000|14,000] North Korean soldiers")
	expectFigures(t, "two nations", "[count 2|two] nations")
	expectFigures(t, "fourteen thousand troops", "[count 14000|fourteen thousand] troops")
	expectFigures(t, "a dozen eggs", "[count 12|a dozen] eggs")
	expectFigures(t, "hundreds of people", "[count 100|hundreds] of people")
	expectFigures(t, "Dozens of fans", "[count 12|Dozens] of fans")
	expectFigures(t, "tens of thousands of people", "[count 10000|tens of thousands] of people")
	expectFigures(t, "1.2m paying customers", "[count 1200000|1.2m] paying customers")
	expectFigures(t, "1.2 million people", "[count 1200000|1.2 million] people")
	expectFigures(t, "10k accounts", "[count 10000|10k] accounts")
	expectFigures(t, "half a million people", "[count 500000|half a million] people")
	expectFigures(t, "Two people said", "[count 2|Two] people said")
	expectFigures(t, "KYIV (AP) — Two soldiers", "KYIV (AP) — [count 2|Two] soldiers")
	expectFigures(t, "by Summer 2024", "by Summer [year 2024|2024]")
	expectFigures(t, "11 points behind", "[count 11|11] points behind")
	expectFigures(t, "a 12-member panel", "a [count 12|12-member] panel")
	expectFigures(t, "the seven-member council", "the [count 7|seven-member] council")
	expectFigures(t, "a two-bedroom flat", "a [count 2|two-bedroom] flat")
	expectFigures(t, "a three-way race and a two-sided deal", "a three-way race and a two-sided deal")
	expectFigures(t, "rivals in the two-wheeler business; a two-seater and a three-pointer", "rivals in the two-wheeler business; a two-seater and a three-pointer")
	expectFigures(t, "The toll rose to 14,000.", "The toll rose to [count 14000|14,000].")
	expectFigures(t, "several hundred people", "[count 100|several hundred] people")
	expectFigures(t, "a few thousand fans", "[count 1000|a few thousand] fans")
	expectFigures(t, "a few people", "a few people")
	expectFigures(t, "two or three minutes", "[measure 2 u=minutes|two] or [measure 3 u=minutes|three minutes]")
	expectFigures(t, "from 2009 to 2019", "from [year 2009|2009] to [year 2019|2019]")
	expectFigures(t, "a year ago and an hour later", "a year ago and an hour later")
	expectFigures(t, "35mm film", "[measure 35 u=mm|35mm] film")
	expectFigures(t, "the S&P 500 index", "the S&P 500 index")
	expectFigures(t, "one Ukrainian soldier", "[count 1|one] Ukrainian soldier")
}

func TestFigureHedges(t *testing.T) {
	expectFigures(t, "more than 1,000 people", "more than [count 1000 ~more than|1,000] people")
	expectFigures(t, "More  than 1,000 people", "More  than [count 1000 ~more than|1,000] people")
	expectFigures(t, "as many as 60,000 people", "as many as [count 60000 ~as many as|60,000] people")
	expectFigures(t, "at least 40 dead", "at least [count 40 ~at least|40] dead")
	expectFigures(t, "up to 40% of", "up to [percent 40 u=% ~up to|40%] of")
	expectFigures(t, "an estimated 3,000 homes", "an estimated [count 3000 ~an estimated|3,000] homes")
	expectFigures(t, "Some 200 workers", "Some [count 200 ~some|200] workers")
	expectFigures(t, "nearly half of all voters", "nearly [fraction 0.5 ~nearly|half] of all voters")
	expectFigures(t, "anything under $3.5 billion", "anything under [money 3500000000 u=USD ~under|$3.5 billion]")
	expectFigures(t, "fewer than 10 cases", "fewer than [count 10 ~fewer than|10] cases")
	expectFigures(t, "roughly 5 km", "roughly [measure 5 u=km ~roughly|5 km]")
	expectFigures(t, "about 9 a.m.", "about [time 09:00 ~about|9 a.m.]")
	expectFigures(t, "in about 2020", "in about [year 2020|2020]")
	expectFigures(t, "almost 3,000 homes", "almost [count 3000 ~almost|3,000] homes")
	expectFigures(t, "as much as 2 percentage points", "as much as [percent 2 u=percentage points ~as much as|2 percentage points]")
	expectFigures(t, "close to $1bn", "close to [money 1000000000 u=USD ~close to|$1bn]")
	expectFigures(t, "just under 40%", "just under [percent 40 u=% ~just under|40%]")
	expectFigures(t, "less than a third of", "less than [fraction 0.3333333333333333 ~less than|a third] of")
	expectFigures(t, "about two dozen", "about [count 24 ~about|two dozen]")
	expectFigures(t, "by mid-2025.", "by mid-[year 2025|2025].")
}

func TestFigureMoney(t *testing.T) {
	expectFigures(t, "$3.5 billion", "[money 3500000000 u=USD|$3.5 billion]")
	expectFigures(t, "about $3bn", "about [money 3000000000 u=USD ~about|$3bn]")
	expectFigures(t, "£40m", "[money 40000000 u=GBP|£40m]")
	expectFigures(t, "€90m campus", "[money 90000000 u=EUR|€90m] campus")
	expectFigures(t, "¥500 billion", "[money 500000000000 u=JPY|¥500 billion]")
	expectFigures(t, "US$5 million", "[money 5000000 u=USD|US$5 million]")
	expectFigures(t, "C$12", "[money 12 u=CAD|C$12]")
	expectFigures(t, "A$500 and NZ$20", "[money 500 u=AUD|A$500] and [money 20 u=NZD|NZ$20]")
	expectFigures(t, "USD 40 million", "[money 40000000 u=USD|USD 40 million]")
	expectFigures(t, "40 million euros", "[money 40000000 u=EUR|40 million euros]")
	expectFigures(t, "2.9 billion Swedish kronor", "[money 2900000000 u=SEK|2.9 billion Swedish kronor]")
	expectFigures(t, "Rs 500 crore", "[money 5000000000 u=INR|Rs 500 crore]")
	expectFigures(t, "50 cents", "[money 0.5 u=USD|50 cents]")
	expectFigures(t, "up 47p on", "up [money 0.47 u=GBP|47p] on")
	expectFigures(t, "$212.40 a share", "[money 212.4 u=USD|$212.40] a share")
}

// A bare dollar is the story's place's (dollar.go), USD when nothing says.
func TestFigureLocalDollar(t *testing.T) {
	expectFigures(t, "ADELAIDE — The plant costs $640 million.", "ADELAIDE — The plant costs [money 640000000 u=AUD|$640 million].")
	expectFigures(t, "HALIFAX, N.S. — The deal is worth $12 million.", "HALIFAX, N.S. — The deal is worth [money 12000000 u=CAD|$12 million].")
	expectFigures(t, "PRINCE GEORGE, B.C. — The fire cost $1.2 billion.", "PRINCE GEORGE, B.C. — The fire cost [money 1200000000 u=CAD|$1.2 billion].")
	expectFigures(t, "It spent KSh48.6 million and Sh18,500 a month.", "It spent [money 48600000 u=KES|KSh48.6 million] and [money 18500 u=KES|Sh18,500] a month.")
	expectFigures(t, "Ontario and Alberta will share the $40 bill.", "Ontario and Alberta will share the [money 40 u=CAD|$40] bill.")
	expectFigures(t, "Canadian farmers lost $2 billion, Canada's statistics agency said.", "Canadian farmers lost [money 2000000000 u=CAD|$2 billion], Canada's statistics agency said.")
	expectFigures(t, "New Zealand's Auckland council spent 50 cents a head.", "New Zealand's Auckland council spent [money 0.5 u=NZD|50 cents] a head.")
	// the United States named as often, or another dollar written out: the US dollar
	expectFigures(t, "Canada and the U.S. traded $5 billion, Canadian and US officials said.", "Canada and the U.S. traded [money 5000000000 u=USD|$5 billion], Canadian and US officials said.")
	expectFigures(t, "OTTAWA — The firm paid C$12 million ($9 million).", "OTTAWA — The firm paid [money 12000000 u=CAD|C$12 million] ([money 9000000 u=USD|$9 million]).")
	// its own dollar written out and never converted: the bare one is local
	expectFigures(t, "CANBERRA — A deficit of A$14.2 billion, wider than the $9.8 billion forecast.", "CANBERRA — A deficit of [money 14200000000 u=AUD|A$14.2 billion], wider than the [money 9800000000 u=AUD|$9.8 billion] forecast.")
	// one mention, a place that is a name elsewhere, a place not in a dateline
	expectFigures(t, "A Canadian visitor paid $40.", "A Canadian visitor paid [money 40 u=USD|$40].")
	expectFigures(t, "Sydney Adams and Perth Jones paid $40 in Sydney.", "Sydney Adams and Perth Jones paid [money 40 u=USD|$40] in Sydney.")
	expectFigures(t, "$1.10-$1.45", "[range 1.1..1.45 u=USD|$1.10-$1.45]")
	expectFigures(t, "$5-6 million", "[range 5000000..6000000 u=USD|$5-6 million]")
	expectFigures(t, "between $600 and $900", "between [money 600 u=USD|$600] and [money 900 u=USD|$900]")
	expectFigures(t, "$1.52 billion to $1.56 billion", "[money 1520000000 u=USD|$1.52 billion] to [money 1560000000 u=USD|$1.56 billion]")
	expectFigures(t, "from $5 to $6bn", "from [money 5000000000 u=USD|$5] to [money 6000000000 u=USD|$6bn]")
	expectFigures(t, "from $500 to $6bn", "from [money 500 u=USD|$500] to [money 6000000000 u=USD|$6bn]")
	expectFigures(t, "between 5 and 6 dollars", "between [money 5 u=USD|5] and [money 6 u=USD|6 dollars]")
	// pesos and rupees the same way
	expectFigures(t, "MANILA — Each family got 5,000 pesos.", "MANILA — Each family got [money 5000 u=PHP|5,000 pesos].")
	expectFigures(t, "LEGAZPI CITY, Philippines — A Philippine fund paid 18 million pesos.", "LEGAZPI CITY, Philippines — A Philippine fund paid [money 18000000 u=PHP|18 million pesos].")
	expectFigures(t, "The fare is 20 pesos.", "The fare is [money 20 u=MXN|20 pesos].")
	expectFigures(t, "MANILA — It cost 5 pesos ($1), then 7 pesos.", "MANILA — It cost [money 5 u=PHP|5 pesos] ([money 1 u=USD|$1]), then [money 7 u=PHP|7 pesos].")
	expectFigures(t, "LEGAZPI CITY, Philippines — Each got 5,000 pesos.", "LEGAZPI CITY, Philippines — Each got [money 5000 u=PHP|5,000 pesos].")
	expectFigures(t, "The city, Philippines - based, got 5,000 pesos.", "The city, Philippines - based, got [money 5000 u=MXN|5,000 pesos].")
	expectFigures(t, "KARACHI — The Pakistani firm paid Rs 40 million.", "KARACHI — The Pakistani firm paid [money 40000000 u=PKR|Rs 40 million].")
	expectFigures(t, "He paid 300 rupees and Rs 20.", "He paid [money 300 u=INR|300 rupees] and [money 20 u=INR|Rs 20].")
}

// TestLocalCurrencyFamilies: every family unit the currency lexicon gives
// ("$", "$peso") has its places, or its figures would all take the dollar
// ("$c", cents written "c", takes the story's own money: settleCents).
func TestLocalCurrencyFamilies(t *testing.T) {
	loadPlaces()
	for _, line := range strings.Split(currenciesTxt, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || f[0][0] == '#' {
			continue
		}
		for i, w := range f {
			if w == "=" && i+1 < len(f) && strings.HasPrefix(f[i+1], "$") && f[i+1] != "$c" && f[i+1] != "$naira" && !slices.Contains(placeFamily, f[i+1]) {
				t.Errorf("currencies.txt: %q has no lines in local_currencies.txt", line)
			}
		}
	}
}

func TestFigurePercent(t *testing.T) {
	expectFigures(t, "12%", "[percent 12 u=%|12%]")
	expectFigures(t, "12 per cent", "[percent 12 u=%|12 per cent]")
	expectFigures(t, "12 percent", "[percent 12 u=%|12 percent]")
	expectFigures(t, "a 10-per-cent rise", "a [percent 10 u=%|10-per-cent] rise")
	expectFigures(t, "ten per cent", "[percent 10 u=%|ten per cent]")
	expectFigures(t, "2 percentage points", "[percent 2 u=percentage points|2 percentage points]")
	expectFigures(t, "5-6%", "[range 5..6 u=%|5-6%]")
	expectFigures(t, "3-5 percentage points", "[range 3..5 u=percentage points|3-5 percentage points]")
	expectFigures(t, "between 8 and 9 per cent", "between [percent 8 u=%|8] and [percent 9 u=%|9 per cent]")
	expectFigures(t, "between 21 and 22 percent", "between [percent 21 u=%|21] and [percent 22 u=%|22 percent]")
}

func TestFigureMeasures(t *testing.T) {
	expectFigures(t, "40 km", "[measure 40 u=km|40 km]")
	expectFigures(t, "5,000 tonnes", "[measure 5000 u=tonnes|5,000 tonnes]")
	expectFigures(t, "a 22-mile path", "a [measure 22 u=mile|22-mile] path")
	expectFigures(t, "a 1.5-mile route", "a [measure 1.5 u=mile|1.5-mile] route")
	expectFigures(t, "a four-year contract", "a [measure 4 u=year|four-year] contract")
	expectFigures(t, "eight minutes left", "[measure 8 u=minutes|eight minutes] left")
	expectFigures(t, "41 seconds after", "[measure 41 u=seconds|41 seconds] after")
	expectFigures(t, "30 degrees", "[measure 30 u=degrees|30 degrees]")
	expectFigures(t, "a rise of 1.4C", "a rise of [measure 1.4 u=C|1.4C]")
	expectFigures(t, "drop to minus 80 degrees at night", "drop to [measure -80 u=degrees|minus 80 degrees] at night")
	expectFigures(t, "a low of -5C", "a low of [measure -5 u=C|-5C]")
	expectFigures(t, "plus or minus 3.1 percentage points", "plus or minus [percent 3.1 u=percentage points|3.1 percentage points]")
	expectFigures(t, "a .304 average", "a [count 0.304|.304] average")
	expectFigures(t, "5,900 square  miles", "[measure 5900 u=square miles|5,900 square  miles]")
	expectFigures(t, "60 mph", "[measure 60 u=mph|60 mph]")
	expectFigures(t, "a rate of 305 per 100,000 people, 2 per million", "a rate of [measure 305 u=per 100,000|305 per 100,000] people, [measure 2 u=per million|2 per million]")
	expectFigures(t, "90 km/h", "[measure 90 u=km/h|90 km/h]")
	expectFigures(t, "1,200-4,000 tonnes", "[range 1200..4000 u=tonnes|1,200-4,000 tonnes]")
	expectFigures(t, "the 100m sprint", "the [measure 100 u=m|100m] sprint")
	expectFigures(t, "won the 10,000m.", "won the [measure 10000 u=m|10,000m].")
	expectFigures(t, "a 5,800mAh battery", "a [measure 5800 u=mAh|5,800mAh] battery")
	expectFigures(t, "warmed by 0.27°C (0.49°F) a decade", "warmed by [measure 0.27 u=°C|0.27°C] ([measure 0.49 u=°F|0.49°F]) a decade")
	expectFigures(t, "between 0.21 and 0.33°C", "between [measure 0.21 u=°C|0.21] and [measure 0.33 u=°C|0.33°C]")
	expectFigures(t, "averaged 427 parts per million, 3ppm", "averaged [measure 427 u=parts per million|427 parts per million], [measure 3 u=ppm|3ppm]")
	expectFigures(t, "a 64-page ruling and a 2.3-gigabyte file", "a [measure 64 u=page|64-page] ruling and a [measure 2.3 u=gigabyte|2.3-gigabyte] file")
	expectFigures(t, "falls of between 3 and 6 mmHg", "falls of between [measure 3 u=mmHg|3] and [measure 6 u=mmHg|6 mmHg]")
	expectFigures(t, "yields of 29 bushels an acre; the first 40 pages", "yields of [measure 29 u=bushels|29 bushels] an acre; the first [count 40|40] pages")
}

func TestFigureRanges(t *testing.T) {
	expectFigures(t, "1,200-4,000", "[range 1200..4000|1,200-4,000]")
	expectFigures(t, "2,500-3,000 people", "[range 2500..3000|2,500-3,000] people")
	expectFigures(t, "the 2020-21 season", "the [range 2020..2021|2020-21] season")
	expectFigures(t, "beat Rovers 3-2 in the final", "beat Rovers [number null|3-2] in the final")
	expectFigures(t, "At 2-0 we stopped", "At [number null|2-0] we stopped")
	expectFigures(t, "a 5-4 ruling", "a [number null|5-4] ruling")
	expectFigures(t, "3-4 days", "[range 3..4 u=days|3-4 days]")
	expectFigures(t, "call 555-123-4567", "call 555-123-4567")
	expectFigures(t, "a range of 5.00%-5.25%", "a range of [range 5..5.25 u=%|5.00%-5.25%]")
	expectFigures(t, "beat the Celtics 114-106 on", "beat the Celtics [number null|114-106] on")
	expectFigures(t, "Tri-Valley led 88-71 after a 14-2 run", "Tri-Valley led [number null|88-71] after a [number null|14-2] run")
	expectFigures(t, "The House passed it 221-207 in July", "The House passed it [number null|221-207] in July")
	expectFigures(t, "Delacroix went 3-for-4 with", "Delacroix went [number null|3-for-4] with")
	expectFigures(t, "is hitting .412 this month", "is hitting [number 0.412|.412] this month")
	expectFigures(t, "closed with a 4-under-par 68", "closed with a [number -4|4-under-par] [number 68|68]")
	expectFigures(t, "at 14.2 km/s, 38 kelvin, or minus 235 degrees Celsius", "at [measure 14.2 u=km/s|14.2 km/s], [measure 38 u=kelvin|38 kelvin], or [measure -235 u=degrees Celsius|minus 235 degrees Celsius]")
	expectFigures(t, "a field goal with 1:52 left", "a field goal with [time null|1:52] left")
	expectFigures(t, "the naira closed at N1,540; spent N2.5 billion", "the naira closed at [money 1540 u=NGN|N1,540]; spent [money 2500000000 u=NGN|N2.5 billion]")
	expectFigures(t, "nurses wore N95 masks on the N1 road", "nurses wore N95 masks on the N1 road")
	expectFigures(t, "142 nanograms per tablet; 250 calories per serving; 5 mg per the label",
		"[measure 142 u=nanograms per tablet|142 nanograms per tablet]; [measure 250 u=calories per serving|250 calories per serving]; [measure 5 u=mg|5 mg] per the label")
	expectFigures(t, "below 27C for 11 nights; lost money on 61 nights; on two days a week",
		"below [measure 27 u=C|27C] for [measure 11 u=nights|11 nights]; lost money on [count 61|61] nights; on [measure 2 u=days|two days] a week")
	expectFigures(t, "the world No. 12 reached No. 3; Signal No. 5; a No. 9", "the world [ordinal 12|No. 12] reached [ordinal 3|No. 3]; Signal No. 5; a No. 9")
	expectFigures(t, "takes the No. 9 bus from the No. 1 single's studio", "takes the No. 9 bus from the [ordinal 1|No. 1] single's studio")
	expectFigures(t, "beat No. 8 Tidewater at No. 10 Downing Street", "beat [ordinal 8|No. 8] Tidewater at No. 10 Downing Street")
	expectFigures(t, "finished twenty-first in the twenty-fourth race", "finished [ordinal 21|twenty-first] in the [ordinal 24|twenty-fourth] race")
	expectFigures(t, "fell to minus eight degrees; lost minus two percent", "fell to [measure -8 u=degrees|minus eight degrees]; lost [percent -2 u=%|minus two percent]")
	expectFigures(t, "at four o'clock; at 7 o’clock; twelve o'clock", "at [time 04:00|four o'clock]; at [time 07:00|7 o’clock]; [time 12:00|twelve o'clock]")
	expectFigures(t, "paid ten bucks; 5 bucks each", "paid [money 10 u=USD|ten bucks]; [money 5 u=USD|5 bucks] each")
	expectFigures(t, "crossed the line at +1:23", "crossed the line at [time null|+1:23]")
	expectFigures(t, "led for 51 laps of the 58-lap race; fell by an average of 9.6 points", "led for [measure 51 u=laps|51 laps] of the [measure 58 u=lap|58-lap] race; fell by an average of [count 9.6|9.6] points")
	expectFigures(t, "led after two periods and outshot them in the third period; 48 gigalitres; three winters in a row", "led after [measure 2 u=periods|two periods] and outshot them in the [ordinal 3|third] period; [measure 48 u=gigalitres|48 gigalitres]; [measure 3 u=winters|three winters] in a row")
	expectFigures(t, "Osei, who turned 18 in October, signed; the index, which turned 50 last year, fell", "Osei, who turned [age 18|18] in October, signed; the index, which turned [count 50|50] last year, fell")
	expectFigures(t, "children under five; starting at 5 months of age; a 118.6 passer rating; a third dose", "children under [age 5 ~under|five]; starting at [age 5 u=months|5 months] of age; a [number 118.6|118.6] passer rating; a [ordinal 3|third] dose")
	expectFigures(t, "raise the retirement age from 62 to 64; rose from 62 to 64", "raise the retirement age from [age 62|62] to [age 64|64]; rose from [count 62|62] to [count 64|64]")
	expectFigures(t, "traffic was cut by half on Thursday; a strike rate of 180.76", "traffic was cut by [fraction 0.5|half] on Thursday; a strike rate of [number 180.76|180.76]")
	expectFigures(t, "took silver in 46.98; rose in 46.71 of cases", "took silver in [time null|46.98]; rose in [count 46.71|46.71] of cases")
	expectFigures(t, "were aged over 60; edged up to 2.8%; rise by up to 5%; from lane 4, turned third at the turn", "were aged over [age 60 ~over|60]; edged up to [percent 2.8 u=%|2.8%]; rise by up to [percent 5 u=% ~up to|5%]; from lane 4, turned [ordinal 3|third] at the turn")
	expectFigures(t, "under section 12 and article 3 of the act; chapter 11", "under section 12 and article 3 of the act; chapter 11")
	expectFigures(t, "45 million pula; 20 cedis; 9 degrees Fahrenheit (minus 13 Celsius); 427 parts per million; two blocks away; by 2 1/2 lengths; six furlongs; 41.6 gigatonnes",
		"[money 45000000 u=BWP|45 million pula]; [money 20 u=GHS|20 cedis]; [measure 9 u=degrees Fahrenheit|9 degrees Fahrenheit] ([measure -13 u=Celsius|minus 13 Celsius]); [measure 427 u=parts per million|427 parts per million]; [measure 2 u=blocks|two blocks] away; by [measure 2.5 u=lengths|2 1/2 lengths]; [measure 6 u=furlongs|six furlongs]; [measure 41.6 u=gigatonnes|41.6 gigatonnes]")
	expectFigures(t, "“He’s 23,” she said.", "“He’s [age 23|23],” she said.")
	expectFigures(t, "earners in the bottom fifth; held second, and settled ninth in the field", "earners in the bottom [fraction 0.2|fifth]; held [ordinal 2|second], and settled [ordinal 9|ninth] in the field")
	expectFigures(t, "lives half a mile away; half a million people", "lives [measure 0.5 u=mile|half a mile] away; [count 500000|half a million] people")
	expectFigures(t, "for a third year running; a fourth day in a row; a third candidate", "for a [ordinal 3|third] year running; a [ordinal 4|fourth] day in a row; a third candidate")
	expectFigures(t, "the fourth overall pick; is third overall; his third 40-point game", "the [ordinal 4|fourth] overall pick; is [ordinal 3|third] overall; his [ordinal 3|third] [count 40|40-point] game")
	expectFigures(t, "lost R1 billion a day; the R1 road", "lost [money 1000000000 u=ZAR|R1 billion] a day; the R1 road")
	expectFigures(t, "died on Saturday at 91 at her home; retired in 2008 at 73.; joined the rally at 91 points", "died on Saturday at [age 91|91] at her home; retired in [year 2008|2008] at [age 73|73].; joined the rally at [count 91|91] points")
	expectFigures(t, "through 2031, when he will be 31.", "through [year 2031|2031], when he will be [age 31|31].")
	expectFigures(t, "is averaging 27.4 points, 8.1 rebounds", "is averaging [count 27.4|27.4] points, [count 8.1|8.1] rebounds")
	expectFigures(t, "Vuki’s second try; Smith’s second wife", "Vuki’s [ordinal 2|second] try; Smith’s second wife")
	expectFigures(t, "her second novel; his second wife; for the eighth but; a scoreless eighth, and", "her [ordinal 2|second] novel; his second wife; for the [ordinal 8|eighth] but; a scoreless [ordinal 8|eighth], and")
	expectFigures(t, "The driver of the pickup, one of the witnesses, was 58.", "The driver of the pickup, one of the witnesses, was [age 58|58].")
	expectFigures(t, "shot a 4-under-par 68 to finish at 12-under 272", "shot a [number -4|4-under-par] [number 68|68] to finish at [number -12|12-under] [number 272|272]")
	expectFigures(t, "got nine grade 9s and two 8s; graded 7 or above; a grade 4", "got [count 9|nine] grade 9s and [count 2|two] 8s; graded 7 or above; a grade 4")
	expectFigures(t, "a ₹1.94 lakh crore budget; Rs 1,250 crore", "a [money 1940000000000 u=INR|₹1.94 lakh crore] budget; [money 12500000000 u=INR|Rs 1,250 crore]")
	expectFigures(t, "The fourth match; the ninth game of the set; closed for a second day; his first game",
		"The [ordinal 4|fourth] match; the [ordinal 9|ninth] game of the set; closed for a [ordinal 2|second] day; his first game")
	expectFigures(t, "in the first half of 2027 and the second half of the year; in the second half of the game",
		"in the [ordinal 1|first] half of [year 2027|2027] and the [ordinal 2|second] half of the year; in the [ordinal 2|second] half of the game")
	expectFigures(t, "his 19th one-day international; the biggest one-day drop", "his [ordinal 19|19th] one-day international; the biggest [measure 1 u=day|one-day] drop")
	expectFigures(t, "converting a third-and-8 and a 52-yarder; free for under-12s; the under-21 side",
		"converting a [number null|third-and-8] and a [measure 52 u=yard|52-yarder]; free for under-[age 12|12s]; the under-21 side")
	expectFigures(t, "won in 2:03:52; 10 kilometers in 29:14; under 2:06; left at 14:09", "won in [time null|2:03:52]; [measure 10 u=kilometers|10 kilometers] in [time null|29:14]; under [time null ~under|2:06]; left at [time 14:09|14:09]")
	expectFigures(t, "about 43.8 million hectolitres; 2 acre-feet per acre", "about [measure 43800000 u=hectolitres ~about|43.8 million hectolitres]; [measure 2 u=acre-feet per acre|2 acre-feet per acre]")
	expectFigures(t, "scrubbed at T-minus 41 seconds; the upper stage 58 minutes after liftoff; a 30,000-euro bonus",
		"scrubbed at T-minus [measure 41 u=seconds|41 seconds]; the upper stage [measure 58 u=minutes|58 minutes] after liftoff; a [money 30000 u=EUR|30,000-euro] bonus")
	expectFigures(t, "his third marathon; the first of three satellites; after a third poor year",
		"his [ordinal 3|third] marathon; the [ordinal 1|first] of [count 3|three] satellites; after a [ordinal 3|third] poor year")
	expectFigures(t, "around 590 nanometres; 13.5-kilowatt-hour batteries; closed down 482.16 points; averaging 29.4 points a game",
		"around [measure 590 u=nanometres ~around|590 nanometres]; [measure 13.5 u=kilowatt-hour|13.5-kilowatt-hour] batteries; closed down [measure 482.16 u=points|482.16 points]; averaging [count 29.4|29.4] points a game")
	expectFigures(t, "about 5ft 10in tall; the only one awake; a sixth printing; renters aged 25 to 34",
		"about [measure 5 u=ft ~about|5ft] [measure 10 u=in|10in] tall; the only one awake; a [ordinal 6|sixth] printing; renters aged [age 25|25] to [age 34|34]")
	expectFiguresOn(t, "2026-11-30", "in '98, in ’05 and in the '90s", "in [year 1998|'98], in [year 2005|’05] and in the [year 1990|'90s]")
	expectFigures(t, "we turned it over three times; over 300 came", "we turned it over [count 3|three] times; over [count 300 ~over|300] came")
	expectFigures(t, "he started talking about 320; about 50 came", "he started talking about [count 320|320]; about [count 50 ~about|50] came")
	expectFiguresOn(t, "2026-11-26", "The committee next meets on Jan. 21.", "The committee next meets on [date 2027-01-21|Jan. 21].")
	expectFigures(t, "the captain, 58, and two officers; she moved to the US at 24 on a scholarship",
		"the captain, [age 58|58], and [count 2|two] officers; she moved to the US at [age 24|24] on a scholarship")
	expectFigures(t, "his fourth senior appearance; Harrowfield, who stay third", "his [ordinal 4|fourth] senior appearance; Harrowfield, who stay [ordinal 3|third]")
	expectFigures(t, "six 3-pointers, 6 of 9 from 3-point range; a 10-point lead", "[count 6|six] 3-pointers, [count 6|6] of [count 9|9] from 3-point range; a [count 10|10-point] lead")
	expectFigures(t, "Serves 8. Makes 24 cookies.", "Serves [count 8|8]. Makes [count 24|24] cookies.")
	expectFigures(t, "it has 11 instruments and all but one are working", "it has [count 11|11] instruments and all but [count 1|one] are working")
	expectFigures(t, "add 1 1/2 teaspoons salt; it took 3 1/2 hours; 2 1/2 pies", "add [measure 1.5 u=teaspoons|1 1/2 teaspoons] salt; it took [measure 3.5 u=hours|3 1/2 hours]; [count 2.5|2 1/2] pies")
	expectFigures(t, "about 1½ hours and ¾ cup; ⅓ of voters", "about [measure 1.5 u=hours ~about|1½ hours] and [measure 0.75 u=cup|¾ cup]; [fraction 0.3333333333|⅓] of voters")
	expectFigures(t, "2 cups flour, 1/2 teaspoon salt; after Q3 revenue beat", "[measure 2 u=cups|2 cups] flour, [measure 0.5 u=teaspoon|1/2 teaspoon] salt; after [ordinal 3|Q3] revenue beat")
	expectFigures(t, "Whitacre dies at 84; an appeal to the 5th U.S. Circuit", "Whitacre dies at [age 84|84]; an appeal to the 5th U.S. Circuit")
	expectFigures(t, "210 bushels per acre; 6,500 feet per minute", "[measure 210 u=bushels per acre|210 bushels per acre]; [measure 6500 u=feet per minute|6,500 feet per minute]")
	expectFigures(t, "cut by 45% compared with 2019 levels; only 1.8% were zero-emission", "cut by [percent 45 u=%|45%] compared with [year 2019|2019] levels; only [percent 1.8 u=%|1.8%] were zero-emission")
	expectFigures(t, "lost about R350 000 in May; 17 400 megawatts; 1 204 563 people", "lost about [money 350000 u=ZAR ~about|R350 000] in May; [measure 17400 u=megawatts|17 400 megawatts]; [count 1204563|1 204 563] people")
	expectFigures(t, "call 1800 555 019 or 020 7946 0958; in 2019 300 came", "call 1800 555 019 or 020 7946 0958; in [year 2019|2019] [count 300|300] came")
	expectFigures(t, "a Category 3 storm; LDL of 3.4 mmol/L (131 mg/dL)", "a [measure 3 u=Category|Category 3] storm; LDL of [measure 3.4 u=mmol/L|3.4 mmol/L] ([measure 131 u=mg/dL|131 mg/dL])")
	expectFigures(t, "(95% CI 0.71-0.94; P<0.001)", "([percent 95 u=%|95%] CI [range 0.71..0.94|0.71-0.94]; P<[number 0.001 ~less than|0.001])")
	expectFigures(t, "Half were given the drug", "[fraction 0.5|Half] were given the drug")
	expectFigures(t, "But at 23 he is only going to get better", "But at [age 23|23] he is only going to get better")
	expectFigures(t, "Shares fell 46c to €5.44; a 6.2c dividend", "Shares fell [money 0.46 u=EUR|46c] to [money 5.44 u=EUR|€5.44]; a [money 0.062 u=EUR|6.2c] dividend")
	expectFigures(t, "It was 30c in the shade and 41C by noon", "It was [measure 30 u=c|30c] in the shade and [measure 41 u=C|41C] by noon")
}

func TestFigureDates(t *testing.T) {
	expectFigures(t, "April 28, 2025", "[date 2025-04-28|April 28, 2025]")
	expectFigures(t, "28 April 2025", "[date 2025-04-28|28 April 2025]")
	expectFigures(t, "on 14-16 April 2025 and", "on [date 2025-04-14|14-16 April 2025] and")
	expectFigures(t, "on Nov. 4 in", "on [date 2025-11-04|Nov. 4] in")
	expectFigures(t, "on Tuesday, Nov. 4.", "on Tuesday, [date 2025-11-04|Nov. 4].")
	expectFigures(t, "Tuesday 28 April", "Tuesday [date 2025-04-28|28 April]")
	expectFigures(t, "dated 04/28/2025.", "dated [date 2025-04-28|04/28/2025].")
	expectFigures(t, "dated 28/04/2025.", "dated [date 2025-04-28|28/04/2025].")
	expectFigures(t, "on 4/28 and 9/11", "on [date 2025-04-28|4/28] and 9/11")
	expectFigures(t, "on 2025-04-28", "on [date 2025-04-28|2025-04-28]")
	expectFigures(t, "on 28.04.2025", "on [date 2025-04-28|28.04.2025]")
	expectFigures(t, "on 1 April next year", "on [date 2026-04-01|1 April] next year")
	expectFigures(t, "said requests would be taken from 5 January.", "said requests would be taken from [date 2026-01-05|5 January].")
	expectFigures(t, "on 1 April last year", "on [date 2024-04-01|1 April] last year")
	expectFigures(t, "the 28th of April", "the [date 2025-04-28|28th of April]")
	expectFigures(t, "April 28th", "[date 2025-04-28|April 28th]")
	expectFigures(t, "in March 2015", "in [date 2015-03|March 2015]")
	expectFigures(t, "in March, then", "in March, then")
	expectFigures(t, "last year and last month", "last year and last month")
	expectFigures(t, "On April 28, 2,000 people", "On [date 2025-04-28|April 28], [count 2000|2,000] people")
	expectFiguresOn(t, "", "on Nov. 4", "on [date null|Nov. 4]")
	expectFiguresOn(t, "", "Updated Tue November 28, 2023\n\nTalks end on Dec. 1.", "Updated Tue [date 2023-11-28|November 28, 2023]\n\nTalks end on [date 2023-12-01|Dec. 1].")
	expectFigures(t, "in the six months to 30 June.", "in the [measure 6 u=months|six months] to [date 2025-06-30|30 June].")
	expectFigures(t, "The trial will start on Jan. 15.", "The trial will start on [date 2026-01-15|Jan. 15].")
	expectFigures(t, "It began on Jan. 15.", "It began on [date 2025-01-15|Jan. 15].")
	expectFiguresOn(t, "2025-01-06", "Police said on Dec. 27 that", "Police said on [date 2024-12-27|Dec. 27] that")
	expectFiguresOn(t, "2026-11-18", "Farms could begin restocking on Jan. 15.", "Farms could begin restocking on [date 2027-01-15|Jan. 15].")
	expectFiguresOn(t, "2026-11-18", "Farms began restocking on Jan. 15.", "Farms began restocking on [date 2026-01-15|Jan. 15].")
	expectFigures(t, "you may 5 times", "you may [count 5|5] times")
	expectFiguresOn(t, "2026-03-04", "The bill would end evictions without giving a reason from 1 October.", "The bill would end evictions without giving a reason from [date 2026-10-01|1 October].")
	expectFiguresOn(t, "2026-03-04", "But from 1 October, a landlord will have to say why.", "But from [date 2026-10-01|1 October], a landlord will have to say why.")
	expectFiguresOn(t, "2026-11-25", "The tour opens in Hebbleton on 12 February.", "The tour opens in Hebbleton on [date 2027-02-12|12 February].")
	expectFiguresOn(t, "2026-01-04", "The fire broke out on Dec. 27.", "The fire broke out on [date 2025-12-27|Dec. 27].")
}

func TestFigureYears(t *testing.T) {
	expectFigures(t, "since 1987", "since [year 1987|1987]")
	expectFigures(t, "2024 alone", "[year 2024|2024] alone")
	expectFigures(t, "the 2024 elections", "the [year 2024|2024] elections")
	expectFigures(t, "in the 1990s", "in the [year 1990|1990s]")
	expectFigures(t, "known since at least 2019, up to 2021", "known since at least [year 2019 ~at least|2019], up to [year 2021|2021]")
	expectFigures(t, "a man in his 70s", "a man in his [age 70|70s]")
	expectFigures(t, "music of the 70s", "music of the [year 1970|70s]")
	expectFigures(t, "adults in their 50s and 60s, music of the 60s and 70s", "adults in their [age 50|50s] and [age 60|60s], music of the [year 1960|60s] and [year 1970|70s]")
	expectFigures(t, "1500 troops", "[count 1500|1500] troops")
	expectFigures(t, "the 1500 troops", "the [count 1500|1500] troops")
	expectFigures(t, "between 2019 and 2024", "between [year 2019|2019] and [year 2024|2024]")
}

func TestFigureTimes(t *testing.T) {
	expectFigures(t, "at 10:30 on", "at [time 10:30|10:30] on")
	expectFigures(t, "at 7 a.m. ET", "at [time 07:00|7 a.m.] ET")
	expectFigures(t, "at 7 p.m.", "at [time 19:00|7 p.m.]")
	expectFigures(t, "at 7pm", "at [time 19:00|7pm]")
	expectFigures(t, "12:40 a.m.", "[time 00:40|12:40 a.m.]")
	expectFigures(t, "12 p.m.", "[time 12:00|12 p.m.]")
	expectFigures(t, "the 07.45 from Leeds", "the [time 07:45|07.45] from Leeds")
	expectFigures(t, "at 7.45 on Monday", "at [time 07:45|7.45] on Monday")
	expectFigures(t, "closed at 7.45 per cent", "closed at [percent 7.45 u=%|7.45 per cent]")
	expectFigures(t, "at 1.25 against the dollar", "at [number 1.25|1.25] against the dollar")
	expectFigures(t, "10:30 BST", "[time 10:30|10:30] BST")
	expectFigures(t, "a 3:1 ratio", "a 3:1 ratio")
}

func TestFigureAges(t *testing.T) {
	expectFigures(t, "a 19-year-old striker", "a [age 19|19-year-old] striker")
	expectFigures(t, "She left school at 17 to cook on a ship", "She left school at [age 17|17] to cook on a ship")
	expectFigures(t, "a 9-month-old girl, infants aged 6 to 11 months", "a [age 9 u=month|9-month-old] girl, infants aged [age 6 u=months|6] to [age 11 u=months|11 months]")
	expectFigures(t, "their sons, aged six and nine,", "their sons, aged [age 6|six] and [age 9|nine],")
	expectFiguresOn(t, "2026-11-25", "agreements that expire on 30 June", "agreements that expire on [date 2027-06-30|30 June]")
	expectFiguresOn(t, "2026-11-25", "Starting Jan. 1, developers of projects with more than 150 units will have to build.", "Starting [date 2027-01-01|Jan. 1], developers of projects with more than [count 150 ~more than|150] units will have to build.")
	expectFigures(t, "25-year-olds", "[age 25|25-year-olds]")
	expectFigures(t, "a four-year-old", "a [age 4|four-year-old]")
	expectFigures(t, "aged 61", "aged [age 61|61]")
	expectFigures(t, "Brennan, 34, headed", "Brennan, [age 34|34], headed")
	expectFigures(t, "said Arkwright, 52.", "said Arkwright, [age 52|52].")
	expectFigures(t, "he is 25 years old", "he is [age 25|25 years old]")
	expectFigures(t, "In July, 12 people", "In July, [count 12|12] people")
	expectFigures(t, "children under 5", "children under [age 5 ~under|5]")
	expectFigures(t, "2.8 million people under 25.", "[count 2800000|2.8 million] people under [age 25 ~under|25].")
	expectFigures(t, "I saw my first gig here at 15.", "I saw my first gig here at [age 15|15].")
	expectFigures(t, "The index stood at 15.", "The index stood at [count 15|15].")
	expectFigures(t, "John Smith (47) was", "John Smith ([age 47|47]) was")
	expectFigures(t, "Her mother, 31, and", "Her mother, [age 31|31], and")
	expectFigures(t, "Aged between 18 and 24.", "Aged between [age 18|18] and [age 24|24].")
	expectFigures(t, "adults aged 40 to 69 for", "adults aged [age 40|40] to [age 69|69] for")
	expectFigures(t, "entry is free for visitors under 18.", "entry is free for visitors under [age 18 ~under|18].")
	expectFigures(t, "Most of them were over 70, officials said.", "Most of them were over [age 70 ~over|70], officials said.")
	expectFigures(t, "Prices rose over 70.", "Prices rose over [count 70 ~over|70].")
}

func TestFigureOrdinals(t *testing.T) {
	expectFigures(t, "the third-largest final", "the [ordinal 3|third-largest] final")
	expectFigures(t, "in third place", "in [ordinal 3|third] place")
	expectFigures(t, "England finished third in", "England finished [ordinal 3|third] in")
	expectFigures(t, "Brede was third, two seconds behind", "Brede was [ordinal 3|third], [measure 2 u=seconds|two seconds] behind")
	expectFigures(t, "to climb to third in the table", "to climb to [ordinal 3|third] in the table")
	expectFigures(t, "Double lifts Castlebridge to third", "Double lifts Castlebridge to [ordinal 3|third]")
	expectFigures(t, "rose to second, then wanted to second the motion", "rose to [ordinal 2|second], then wanted to second the motion")
	expectFigures(t, "in the fourth minute of stoppage time", "in the [ordinal 4|fourth] minute of stoppage time")
	expectFigures(t, "until the third year of treatment, in his first year of office", "until the [ordinal 3|third] year of treatment, in his first year of office")
	expectFigures(t, "It was her fifth win of the season", "It was her [ordinal 5|fifth] win of the season")
	expectFigures(t, "scored twice in the seventh off a reliever", "scored twice in the [ordinal 7|seventh] off a reliever")
	expectFigures(t, "after the sixth.", "after the [ordinal 6|sixth].")
	expectFigures(t, "tied for third on 278, alone in second on 275", "tied for [ordinal 3|third] on [count 278|278], alone in [ordinal 2|second] on [count 275|275]")
	expectFigures(t, "the second in which a weapon was used", "the [ordinal 2|second] in which a weapon was used")
	expectFigures(t, "into the third-level sector", "into the third-level sector")
	expectFigures(t, "He was first to arrive", "He was first to arrive")
	expectFigures(t, "first-half profit", "[ordinal 1|first-half] profit")
	expectFigures(t, "in the second half of", "in the [ordinal 2|second] half of")
	expectFigures(t, "first-quarter revenue", "[ordinal 1|first-quarter] revenue")
	expectFigures(t, "the 12th minute", "the [ordinal 12|12th] minute")
	expectFigures(t, "his 24th Grand Slam title", "his [ordinal 24|24th] Grand Slam title")
	expectFigures(t, "the 19th-century house", "the [ordinal 19|19th-century] house")
	expectFigures(t, "for the first time", "for the first time")
	expectFigures(t, "First, the ", "First, the ")
	expectFigures(t, "a third candidate", "a third candidate")
	expectFigures(t, "the Second World War", "the Second World War")
}

func TestFigureFractions(t *testing.T) {
	expectFigures(t, "two-thirds of voters", "[fraction 0.6666666666666666|two-thirds] of voters")
	expectFigures(t, "half of the", "[fraction 0.5|half] of the")
	expectFigures(t, "up by a fifth,", "up by [fraction 0.2|a fifth],")
	expectFigures(t, "fallen by a third since", "fallen by [fraction 0.3333333333333333|a third] since")
	expectFigures(t, "one in five adults", "[fraction 0.2|one in five] adults")
	expectFigures(t, "up from 520 in 2021", "up from [count 520|520] in [year 2021|2021]")
	expectFigures(t, "in the second half of", "in the [ordinal 2|second] half of")
	expectFigures(t, "a half-hour show", "a half-hour show")
	expectFigures(t, "missed a chance to add a third.", "missed a chance to add a third.")
	expectFigures(t, "more than a quarter.", "more than [fraction 0.25 ~more than|a quarter].")
	expectFigures(t, "up from a fifth a year earlier; from a third party", "up from [fraction 0.2|a fifth] a year earlier; from a third party")
	expectFigures(t, "in 1 in 1,000 recipients", "in [fraction 0.001|1 in 1,000] recipients")
	expectFigures(t, "3 in 10 minutes", "[count 3|3] in [measure 10 u=minutes|10 minutes]")
	expectFigures(t, "2/3 of", "[fraction 0.6666666666666666|2/3] of")
	expectFigures(t, "won heat 2 in 11.02", "won heat [ordinal 2|2] in [time null|11.02]")
}

// TestFigureSeriesPlaces: a number naming a part of a series is its place.
func TestFigureSeriesPlaces(t *testing.T) {
	expectFigures(t, "won game 7 of 14", "won game [ordinal 7|7] of [count 14|14]")
	expectFigures(t, "to win Stage 14 of the Tour", "to win Stage [ordinal 14|14] of the Tour")
	expectFigures(t, "on day 3 of the trial", "on day [ordinal 3|3] of the trial")
	expectFigures(t, "He pitted on lap 45.", "He pitted on lap [ordinal 45|45].")
	expectFigures(t, "In Week 5, the Bears lost", "In Week [ordinal 5|5], the Bears lost")
	expectFigures(t, "every day 30 people die", "every day [count 30|30] people die")
	expectFigures(t, "won the match 3-1", "won the match [number null|3-1]")
	expectFigures(t, "ease the cuts to stage 2 by Friday", "ease the cuts to stage 2 by Friday")
	expectFigures(t, "struck the bar with the fifth kick", "struck the bar with the [ordinal 5|fifth] kick")
	expectFigures(t, "By the second mile my lungs burned", "By the [ordinal 2|second] mile my lungs burned")
}

// TestFigureSession15 holds the rules held-out sets 44 and 45 prompted.
func TestFigureSession16(t *testing.T) {
	expectFigures(t, "The show costs twelve pounds; programmes are fifty pence. Parking is 5 pounds a car.", "The show costs [money 12 u=GBP|twelve pounds]; programmes are [money 0.5 u=GBP|fifty pence]. Parking is [money 5 u=GBP|5 pounds] a car.")
	expectFigures(t, "A ticket costs 30 pounds. The baby weighed seven pounds; five pounds of potatoes", "A ticket costs [money 30 u=GBP|30 pounds]. The baby weighed [measure 7 u=pounds|seven pounds]; [measure 5 u=pounds|five pounds] of potatoes")
	expectFigures(t, "The pier was cut in two by a storm", "The pier was cut in two by a storm")
	expectFigures(t, "smoke near row 14 while Essex's 999 control room sent crews to flood zone 3", "smoke near row 14 while Essex's 999 control room sent crews to flood zone 3")
	expectFigures(t, "which seat 48 between them", "which seat [count 48|48] between them")
	expectFigures(t, "a quarter have not replied", "[fraction 0.25|a quarter] have not replied")
	expectFigures(t, "He left in the first period; Reinholt, who started second,", "He left in the [ordinal 1|first] period; Reinholt, who started [ordinal 2|second],")
	expectFigures(t, "It was the ninth Olympiad for Kask", "It was the [ordinal 9|ninth] Olympiad for Kask")
	expectFigures(t, "guidance of 8.9 billion to 9.2 billion francs", "guidance of [money 8900000000 u=CHF|8.9 billion] to [money 9200000000 u=CHF|9.2 billion francs]")
	expectFigures(t, "Chief suspended over $412,000 in expenses; he was paid over $400,000; they suspended over 100 flights; letters appear on page 14", "Chief suspended over [money 412000 u=USD|$412,000] in expenses; he was paid over [money 400000 u=USD ~over|$400,000]; they suspended over [count 100 ~over|100] flights; letters appear on page 14")
	expectFigures(t, "contact Crime Stop on 08600 10111 at 0930 GMT", "contact Crime Stop on 08600 10111 at [time 09:30|0930] GMT")
	expectFigures(t, "diagnosed with type 2 diabetes; able to retire at 65", "diagnosed with type 2 diabetes; able to retire at [age 65|65]")
	expectFigures(t, "cut her target to 410 crowns from 480. Sales rose to $3bn from 2.5 last year", "cut her target to [money 410 u=NOK|410 crowns] from [money 480 u=NOK|480]. Sales rose to [money 3000000000 u=USD|$3bn] from [money 2500000000 u=USD|2.5] last year")
	expectFigures(t, "COPENHAGEN, Nov 26 — Orsund cut its forecast.\n\nIts target is 410 crowns.", "COPENHAGEN, [date 2025-11-26|Nov 26] — Orsund cut its forecast.\n\nIts target is [money 410 u=DKK|410 crowns].")
	expectFigures(t, "Adebayo, who turns 30 next month; the boy is in the sixth grade; they took about a third longer", "Adebayo, who turns [age 30|30] next month; the boy is in the [ordinal 6|sixth] grade; they took about [fraction 0.3333333333333333 ~about|a third] longer")
	expectFigures(t, "in Oslo while Vantor rose in Stockholm, to about 52 billion Norwegian crowns", "in Oslo while Vantor rose in Stockholm, to about [money 52000000000 u=NOK ~about|52 billion Norwegian crowns]")
	expectFigures(t, "a case about a split second; the lights over court 1 went out", "a case about a split second; the lights over court 1 went out")
	expectFigures(t, "closed at junction 47 for four hours", "closed at junction 47 for [measure 4 u=hours|four hours]")
	expectFigures(t, "won in 1:27:46.903, up there at 6.30 with head torches", "won in [time null|1:27:46.903], up there at [time 06:30|6.30] with head torches")
}

func TestFigureSession15(t *testing.T) {
	expectFigures(t, "At 41, Brannigan is the oldest finalist.", "At [age 41|41], Brannigan is the oldest finalist.")
	expectFigures(t, "a 250g bag; 5G and 4G phones", "a [measure 250 u=g|250g] bag; 5G and 4G phones")
	expectFigures(t, "Just under a third finished; A third were hurt; a third aged care home", "Just under [fraction 0.3333333333333333 ~just under|a third] finished; [fraction 0.3333333333333333|A third] were hurt; a third aged care home")
	expectFigures(t, "retrained over two to three months", "retrained over [measure 2 u=months|two] to [measure 3 u=months|three months]")
	expectFigures(t, "stocked with up to 900 cups, and 2 cups of flour", "stocked with up to [count 900 ~up to|900] cups, and [measure 2 u=cups|2 cups] of flour")
	expectFigures(t, "quoting incident 1183 on Friday", "quoting incident 1183 on Friday")
	expectFigures(t, "a 25 basis point cut", "a [percent 25 u=basis point|25 basis point] cut")
	expectFiguresOn(t, "2026-06-01", "will persist until at least 6 June", "will persist until at least [date 2026-06-06 ~at least|6 June]")
	expectFigures(t, "It is the third feature by director Anna Wrobel", "It is the [ordinal 3|third] feature by director Anna Wrobel")
	expectFigures(t, "He scored 2:41 into overtime; with 1:48 left", "He scored [time null|2:41] into overtime; with [time null|1:48] left")
	expectFigures(t, "She won with 228.91 points, 4.11 points ahead; the index closed down 482.16 points", "She won with [count 228.91|228.91] points, [count 4.11|4.11] points ahead; the index closed down [measure 482.16 u=points|482.16 points]")
	expectFigures(t, "A caller told a 911 dispatcher; the strike went into a third day", "A caller told a 911 dispatcher; the strike went into a [ordinal 3|third] day")
	expectFigures(t, "30 gigawatt-hours of cells", "[measure 30 u=gigawatt-hours|30 gigawatt-hours] of cells")
	expectFigures(t, "minted between 44 BC and AD 14", "minted between [year -44|44 BC] and [year 14|AD 14]")
	expectFigures(t, "the seventh Kestrel resupply mission", "the [ordinal 7|seventh] Kestrel resupply mission")
	expectFiguresOn(t, "2026-11-30", "The capsule will stay at the station for about 30 days before it is loaded with rubbish and released to burn up over the Pacific on Jan. 6.", "The capsule will stay at the station for about [measure 30 u=days ~about|30 days] before it is loaded with rubbish and released to burn up over the Pacific on [date 2027-01-06|Jan. 6].")
	expectFigures(t, "The flight was the ninth for the Helix-2; she was the first to arrive", "The flight was the [ordinal 9|ninth] for the Helix-2; she was the first to arrive")
	expectFigures(t, "The fine is the fourth that the board has imposed", "The fine is the [ordinal 4|fourth] that the board has imposed")
	expectFigures(t, "But the second act is gripping; the third runway excursion", "But the [ordinal 2|second] act is gripping; the [ordinal 3|third] runway excursion")
	expectFigures(t, "searching through a second night; those at the first night", "searching through a [ordinal 2|second] night; those at the first night")
	expectFigures(t, "winds of 7 to 8 Beaufort", "winds of [measure 7 u=Beaufort|7] to [measure 8 u=Beaufort|8 Beaufort]")
	expectFigures(t, "Now I am 84 and I rent a room", "Now I am [age 84|84] and I rent a room")
	expectFigures(t, "He turned over $1.9 million to a receiver", "He turned over [money 1900000 u=USD|$1.9 million] to a receiver")
	expectFigures(t, "A dozen size 7 eggs cost $9.40; $11 a dozen", "[count 12|A dozen] size 7 eggs cost [money 9.4 u=USD|$9.40]; [money 11 u=USD|$11] a dozen")
	expectFiguresOn(t, "2026-03-08", "the side that lost by 22 runs in Colombo on March 4", "the side that lost by [count 22|22] runs in Colombo on [date 2026-03-04|March 4]")
	expectFigures(t, "His century, his fourth in ODIs, came", "His century, his [ordinal 4|fourth] in ODIs, came")
	expectFigures(t, "his victims, the youngest of whom is 71; the oldest team won 3.", "his victims, the youngest of whom is [age 71|71]; the oldest team won [count 3|3].")
	expectFigures(t, "a three-time All-Star, a one-time champion", "a [count 3|three-time] All-Star, a one-time champion")
	expectFigures(t, "who are 31-22 and fourth in the Eastern Conference", "who are [number null|31-22] and [ordinal 4|fourth] in the Eastern Conference")
	expectFigures(t, "It is the pilots' third strike", "It is the pilots' [ordinal 3|third] strike")
	expectFigures(t, "between 25 million and 30 million euros", "between [money 25000000 u=EUR|25 million] and [money 30000000 u=EUR|30 million euros]")
	expectFigures(t, "topped the list for a fourth week", "topped the list for a [ordinal 4|fourth] week")
	expectFigures(t, "the climber, 19, died; a leak at flat 12.", "the climber, [age 19|19], died; a leak at flat 12.")
	expectFigures(t, "14 musicians on its payroll who are over 65.", "[count 14|14] musicians on its payroll who are over [age 65 ~over|65].")
	expectFigures(t, "The defeat left Milano at 7-6 and eighth, level", "The defeat left Milano at [number null|7-6] and [ordinal 8|eighth], level")
	expectFigures(t, "Leaders of the Group of 20 agreed", "Leaders of the Group of 20 agreed")
	expectFigures(t, "The tornado was rated EF-3; an F-16 flew", "The tornado was rated [measure 3 u=EF|EF-3]; an F-16 flew")
	expectFigures(t, "a one-year degree, a one-bedroom flat, a one-off payment", "a [measure 1 u=year|one-year] degree, a [count 1|one-bedroom] flat, a one-off payment")
	expectFigures(t, "Brass Bell was third, with Corsair Moon fifth.", "Brass Bell was [ordinal 3|third], with Corsair Moon [ordinal 5|fifth].")
	expectFigures(t, "searched in temperatures of 12 degrees below zero", "searched in temperatures of [measure -12 u=degrees|12 degrees below zero]")
	expectFigures(t, "At the third extra hole, he won", "At the [ordinal 3|third] extra hole, he won")
	expectFigures(t, "won by three-quarters of a length, clocking 1:52.37; opens at 10:30", "won by [measure 0.75 u=length|three-quarters of a length], clocking [time null|1:52.37]; opens at [time 10:30|10:30]")
	expectFigures(t, "by four hundredths of a second; two-thirds of a normal year", "by [measure 0.04 u=second|four hundredths of a second]; [fraction 0.6666666666666666|two-thirds] of a normal year")
	expectFigures(t, "Magnitude 6.9 quake; the youngest rider on the podium at 22, said", "[measure 6.9 u=magnitude|Magnitude 6.9] quake; the youngest rider on the podium at [age 22|22], said")
	expectFigures(t, "At 5, the index was lower.", "At [count 5|5], the index was lower.")
	expectFigures(t, "lost the 2023 and 2025 finals", "lost the [year 2023|2023] and [year 2025|2025] finals")
	expectFigures(t, "growth for the first time in six quarters", "growth for the first time in [measure 6 u=quarters|six quarters]")
	expectFigures(t, "Three quarters of voters agreed", "[fraction 0.75|Three quarters] of voters agreed")
	expectFiguresOn(t, "2026-11-30", "a dividend payable on Jan. 15", "a dividend payable on [date 2027-01-15|Jan. 15]")
	expectFigures(t, "an inspection at least every six years", "an inspection at least every [measure 6 u=years ~at least|six years]")
	expectFigures(t, "It lost €6,000. Prices fell by 2 to 3 cents.", "It lost [money 6000 u=EUR|€6,000]. Prices fell by [money 0.02 u=EUR|2] to [money 0.03 u=EUR|3 cents].")
}

func TestFigureNonFigures(t *testing.T) {
	expectFigures(t, "the G7 summit", "the G7 summit")
	expectFigures(t, "call 101 quoting log 1874", "call 101 quoting log 1874")
	expectFigures(t, "kept stage 4 load-shedding in place", "kept stage 4 load-shedding in place")
	expectFigures(t, "it captions 4K video; a 6-iron", "it captions 4K video; a 6-iron")
	expectFigures(t, "COVID-19 cases", "COVID-19 cases")
	expectFigures(t, "asteroid 2024 YR4 and object 2031 KV7, 20 kV lines", "asteroid 2024 YR4 and object 2031 KV7, [measure 20 u=kV|20 kV] lines")
	expectFigures(t, "a Boeing 737 jet", "a Boeing 737 jet")
	expectFigures(t, "a Boeing 737-800 jet", "a Boeing 737-800 jet")
	expectFigures(t, "the series “Seven Kitchens,” from 1986", "the series “Seven Kitchens,” from [year 1986|1986]")
	// telephone numbers, whole
	expectFigures(t, "call (413) 555-0199 or", "call (413) 555-0199 or")
	expectFigures(t, "call 413-555-0199 or", "call 413-555-0199 or")
	expectFigures(t, "call 555-0142.", "call 555-0142.")
	expectFigures(t, "or by calling 1800 555 019.", "or by calling 1800 555 019.")
	expectFigures(t, "on 020 7946 0958 today", "on 020 7946 0958 today")
	expectFigures(t, "In 2024 15 people died.", "In [year 2024|2024] [count 15|15] people died.")
	expectFigures(t, "between 300-1000 people", "between [range 300..1000|300-1000] people")
	expectFigures(t, "under Article 5 of", "under Article 5 of")
	expectFigures(t, "one of the", "one of the")
	expectFigures(t, "no one knows", "no one knows")
	expectFigures(t, "one day", "one day")
	expectFigures(t, "She arrived one morning in spring", "She arrived one morning in spring")
	expectFigures(t, "the 5G network", "the 5G network")
	expectFigures(t, "after 9/11 and 24/7", "after 9/11 and 24/7")
	expectFigures(t, "No. 10 and No 10", "No. 10 and No 10")
	expectFigures(t, "flight MH17", "flight MH17")
	expectFigures(t, "a one-off fee", "a one-off fee")
	expectFigures(t, "the first-five kicked it; a high-five", "the first-five kicked it; a high-five")
	expectFigures(t, "1. The first point", "1. The first point")
	expectFigures(t, "the Group of Seven", "the Group of Seven")
	expectFigures(t, "Ukraine Says 14,000 Troops Were Sent\n\nThe text.", "Ukraine Says [count 14000|14,000] Troops Were Sent\n\nThe text.")
	expectFigures(t, "Kim Sends Two Brigades to the Front\n\nThe text.", "Kim Sends [count 2|Two] Brigades to the Front\n\nThe text.")
	expectFigures(t, "the new iPhone 15 went", "the new iPhone 15 went")
	expectFigures(t, "a 7-Eleven store", "a 7-Eleven store")
	expectFigures(t, "the 101st Airborne Division", "the 101st Airborne Division")
	expectFigures(t, "Ukraine’s 14,000 troops", "Ukraine’s [count 14000|14,000] troops")
	expectFigures(t, "Perhaps 100 people", "Perhaps [count 100|100] people")
	expectFigures(t, "First 100 days", "First [measure 100 u=days|100 days]")
	expectFigures(t, "Top 10 films", "Top [count 10|10] films")
	expectFigures(t, "call police on 101 or 999", "call police on 101 or 999")
	expectFigures(t, "officers called on 101 homes", "officers called on [count 101|101] homes")
}

func TestFigureHostile(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("1", 1<<20),
		strings.Repeat("1,", 1<<18),
		strings.Repeat("1-", 1<<18),
		strings.Repeat("one ", 1<<16),
		strings.Repeat("$", 1<<16),
		strings.Repeat("April 1, ", 1<<14),
	} {
		r, _ := Annotate(in, Options{})
		end := 0
		for _, f := range r.Figures {
			if f.Start < end || f.End <= f.Start {
				t.Fatalf("%.20q…: overlapping or empty figure at %d", in, f.Start)
			}
			end = f.End
		}
	}
}

// TestFigureAllocs checks that the detector allocates per figure, not per
// token: text with no figures allocates nothing in findFigures.
func TestFigureAllocs(t *testing.T) {
	src := strings.Repeat("The officials said that the talks were private and would go on. ", 200)
	d := &doc{src: src}
	d.lex()
	d.paragraphs()
	d.sentences()
	figWords()
	if n := testing.AllocsPerRun(5, func() { d.res.Figures = d.res.Figures[:0]; d.findFigures() }); n > 1 {
		t.Errorf("findFigures allocated %v times on text with no figures", n)
	}
}

func TestFigureContext(t *testing.T) {
	expectFigures(t, "up from 148 in the previous", "up from [count 148|148] in the previous")
	expectFigures(t, "about half as much.", "about [fraction 0.5 ~about|half] as much.")
	expectFigures(t, "in the ’90s it was", "in the [year 1990|’90s] it was")
	expectFigures(t, "He was 68, a rancher", "He was [age 68|68], a rancher")
	expectFigures(t, "Its median age is 51.", "Its median age is [age 51|51].")
	expectFigures(t, "Pike, now 62, drives", "Pike, now [age 62|62], drives")
	expectFigures(t, "Harlow, then 64, suffered burns; then 64 more came", "Harlow, then [age 64|64], suffered burns; then [count 64|64] more came")
	expectFigures(t, "residents 65 and older", "residents [age 65|65] and older")
	expectFigures(t, "who died were under 5 and", "who died were under [age 5 ~under|5] and")
	expectFigures(t, "in the 1400 block of", "in the 1400 block of")
	expectFigures(t, "at 412 Linden Ave.", "at 412 Linden Ave.")
	expectFigures(t, "by calling 311 between", "by calling 311 between")
	expectFigures(t, "the 1,800-square-foot house", "the [measure 1800 u=square-foot|1,800-square-foot] house")
	expectFigures(t, "13.7 million square km", "[measure 13700000 u=square km|13.7 million square km]")
	expectFigures(t, "It was the second serious fire in Springdale this month.", "It was the [ordinal 2|second] serious fire in Springdale this month.")
	expectFigures(t, "The recall, the company’s third in two years,", "The recall, the company’s [ordinal 3|third] in [measure 2 u=years|two years],")
	expectFigures(t, "a second look", "a second look")
	expectFigures(t, "cut its forecast for the second time in three months", "cut its forecast for the second time in [measure 3 u=months|three months]")
	expectFigures(t, "“When I was eight I stood", "“When I was [age 8|eight] I stood")
	expectFigures(t, "The Class of '24 graduates", "The Class of [year 2024|'24] graduates")
	expectFigures(t, "‘24 hours a day’", "‘[measure 24 u=hours|24 hours] a day’")
	expectFigures(t, "she was one in a million", "she was one in a million")
	expectFigures(t, "in the '90s, opened", "in the [year 1990|'90s], opened")
	expectFigures(t, "spread over three months", "spread over [measure 3 u=months|three months]")
	expectFigures(t, "over 200 people", "over [count 200 ~over|200] people")
	expectFigures(t, "each one carries", "each one carries")
	expectFigures(t, "killing one and wounding two.", "killing [count 1|one] and wounding [count 2|two].")
	expectFigures(t, "A missed one costs", "A missed one costs")
	expectFigures(t, "one customer at a time", "one customer at a time")
	expectFigures(t, "to keep one film projector", "to keep [count 1|one] film projector")
	expectFigures(t, "a 2.1 trillion won deal", "a [money 2100000000000 u=KRW|2.1 trillion won] deal")
	expectFigures(t, "OSLO - profit of 1.84 billion crowns", "OSLO - profit of [money 1840000000 u=NOK|1.84 billion crowns]")
	expectFigures(t, "Shares were down 3% at 0932 GMT.", "Shares were down [percent 3 u=%|3%] at [time 09:32|0932] GMT.")
	expectFigures(t, "a seismic event at 0340, when", "a seismic event at [time 03:40|0340], when")
	expectFigures(t, "a time-out in the third set", "a time-out in the [ordinal 3|third] set")
	expectFigures(t, "The second set of figures came later.", "The second set of figures came later.")
	expectFigures(t, "He fell on the fifth lap.", "He fell on the [ordinal 5|fifth] lap.")
	expectFigures(t, "We've played together since we were 14,' said Oduya.", "We've played together since we were [age 14|14],' said Oduya.")
	expectFigures(t, "They were 14 points behind.", "They were [count 14|14] points behind.")
	expectFigures(t, "a tub of powder that cost R450?", "a tub of powder that cost [money 450 u=ZAR|R450]?")
	expectFigures(t, "a stipend of about R18,000 a month", "a stipend of about [money 18000 u=ZAR ~about|R18,000] a month")
	expectFigures(t, "Take the R40 north.", "Take the R40 north.")
	expectFigures(t, "It held 3.2 nanograms per millilitre.", "It held [measure 3.2 u=nanograms per millilitre|3.2 nanograms per millilitre].")
	expectFigures(t, "four for 88 from 29.4 overs.", "[count 4|four] for [count 88|88] from [measure 29.4 u=overs|29.4 overs].")
	expectFigures(t, "an EC$10,000 bonus", "an [money 10000 u=XCD|EC$10,000] bonus")
	expectFigures(t, "would pay RM50 a day", "would pay [money 50 u=MYR|RM50] a day")
	expectFigures(t, "slowed the probe by 212 metres per second.", "slowed the probe by [measure 212 u=metres per second|212 metres per second].")
	expectFigures(t, "lifts the rate by 0.75 mills,", "lifts the rate by [measure 0.75 u=mills|0.75 mills],")
	expectFigures(t, "after tea on the second day, they put on 188 for the third wicket.", "after tea on the [ordinal 2|second] day, they put on [count 188|188] for the [ordinal 3|third] wicket.")
	expectFigures(t, "He recalled his first day:", "He recalled his first day:")
	expectFiguresOn(t, "2026-11-20", "carried out between 3 and 14 November,", "carried out between [date 2026-11-03|3] and [date 2026-11-14|14 November],")
	expectFiguresOn(t, "2026-11-20", "Between 3 and 14 people died.", "Between [count 3|3] and [count 14|14] people died.")
	expectFigures(t, "brought to the surface by 0900, it said", "brought to the surface by [time 09:00|0900], it said")
	expectFigures(t, "by 2030, the plan", "by [year 2030|2030], the plan")
	expectFigures(t, "The 6.2-magnitude earthquake", "The [measure 6.2 u=magnitude|6.2-magnitude] earthquake")
	expectFigures(t, "A magnitude 5.8 earthquake", "A [measure 5.8 u=magnitude|magnitude 5.8] earthquake")
	expectFigures(t, "three votes to two.", "[count 3|three] votes to [count 2|two].")
	expectFigures(t, "about 50 times", "about [count 50 ~about|50] times")
	expectFigures(t, "five years’ service", "[measure 5 u=years|five years]’ service")
}

// TestFigureLinear checks that findFigures does work in proportion to its
// input on hostile text: 16 times the input may cost at most 24 times the
// allocated bytes (wall-clock is left to the engine's TestLinearTime).
func TestFigureLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	figWords()
	alloc := func(src string) uint64 {
		d := &doc{src: src}
		d.lex()
		d.paragraphs()
		d.sentences()
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		d.findFigures()
		runtime.ReadMemStats(&b)
		return b.TotalAlloc - a.TotalAlloc
	}
	for _, u := range []string{"one two three ", "April 1, 2025, ", "a third of ", "Smith, 47, ", "$1.10-$1.45 ", "’90s ", "10:30 a.m. ", "1 in 5 ", "1,"} {
		t.Run(u, func(t *testing.T) {
			small := alloc(strings.Repeat(u, (64<<10)/len(u)))
			big := alloc(strings.Repeat(u, (1<<20)/len(u)))
			if big > 24*(small+1024) {
				t.Errorf("1 MiB allocated %d B, 64 KiB %d B", big, small)
			}
		})
	}
}

// TestFigureSets: lexicon/figure_sets.txt holds a line for each word set
// bit before wsEnd, in their order (a line missing or added would shift
// every later set onto the wrong rule).
func TestFigureSets(t *testing.T) {
	var names []string
	lexLines(figureSetsTxt, func(f []string) { names = append(names, f[0]) })
	if want := bits.TrailingZeros64(wsEnd); len(names) != want {
		t.Fatalf("figure_sets.txt has %d sets, the code %d", len(names), want)
	}
	tab := &figWords().tab
	for _, c := range []struct {
		name, word string
		set        uint64
	}{{"wireTime", "since", wsWireTime}, {"statedNow", "then", wsStatedNow}, {"hyphenIdiom", "wheeler", wsHyphenIdiom},
		{"futureBefore", "launches", wsFutureBefore}, {"iDMark", "#", wsIDMark}, {"no", "nos", wsNo}} {
		if k := bits.TrailingZeros64(c.set); names[k] != c.name || tab.get(c.word).set&c.set == 0 {
			t.Errorf("set %d: line %q, want %q holding %q", k, names[k], c.name, c.word)
		}
	}
}

// TestCandReset guards findFigures' reset of a cand, field by field (a
// cand literal is a memory.fill under js/wasm): a new field must be reset
// there too.
func TestCandReset(t *testing.T) {
	var names []string
	for k, tc := 0, reflect.TypeFor[cand](); k < tc.NumField(); k++ {
		names = append(names, tc.Field(k).Name)
	}
	if got, want := strings.Join(names, " "), "_ first last v hi factor exp unit when typ null bare name"; got != want {
		t.Errorf("cand's fields are %q, findFigures resets %q: reset the new ones too", got, want)
	}
}

// checkCands reports what is wrong with d.cands, the lexer's list of the
// tokens that may start a figure: it must be in order and hold every
// token figScan.next's screen passes ("" when all is well).
func checkCands(d *doc) string {
	lx := figWords()
	for k := 1; k < len(d.cands); k++ {
		if d.cands[k] <= d.cands[k-1] {
			return "cands out of order"
		}
	}
	k := 0
	for i, t := range d.toks {
		for k < len(d.cands) && int(d.cands[k]) < i {
			k++
		}
		v := lx.mayLast[t.Kind&3][d.src[t.End-1]]
		if t.Kind == tWord {
			v |= lx.tab.get(d.word(t.ID)).wi
		}
		if v >= wiMay && (k == len(d.cands) || int(d.cands[k]) != i) {
			return "token " + d.tok(i) + " not in cands"
		}
	}
	return ""
}
