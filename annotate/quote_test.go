package annotate

import (
	"sort"
	"strings"
	"testing"
)

// drawQuotes runs the quote detector alone on in and draws what it found
// over the text: [Q…] a full quote, [P…] a partial one, [T…] a term.
func drawQuotes(in string) string {
	d := &doc{src: in}
	d.lex()
	d.paragraphs()
	d.sentences()
	d.findQuotes()
	type mark struct {
		Span
		kind byte
	}
	var ms []mark
	for _, q := range d.res.Quotes {
		k := byte('Q')
		if q.Partial {
			k = 'P'
		}
		ms = append(ms, mark{q.Span, k})
	}
	for _, t := range d.res.Terms {
		ms = append(ms, mark{t.Span, 'T'})
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	var b strings.Builder
	at := 0
	for _, m := range ms {
		if m.Start < at {
			return "OVERLAP in " + in
		}
		b.WriteString(in[at:m.Start])
		b.WriteString("[" + string(m.kind) + in[m.Start:m.End] + "]")
		at = m.End
	}
	b.WriteString(in[at:])
	return b.String()
}

func expectQuotes(t *testing.T, in, want string) {
	t.Helper()
	t.Run(in, func(t *testing.T) {
		t.Helper()
		if got := drawQuotes(in); got != want {
			t.Errorf("\ngot  %s\nwant %s", got, want)
		}
	})
}

// Rule Q1: every mark style of ANNOTATION.md §1 opens and closes a quote.
func TestQuoteMarks(t *testing.T) {
	expectQuotes(t, `He said "We will win." Then left.`, `He said [Q"We will win."] Then left.`)
	expectQuotes(t, "He said “We will win.” Then left.", "He said [Q“We will win.”] Then left.")
	expectQuotes(t, "He said ‘We will win.’ Then left.", "He said [Q‘We will win.’] Then left.")
	expectQuotes(t, "He said 'We will win.' Then left.", "He said [Q'We will win.'] Then left.")
	expectQuotes(t, "Il a dit « Nous allons gagner. » Puis il est parti.", "Il a dit [Q« Nous allons gagner. »] Puis il est parti.")
	expectQuotes(t, "Il a dit «Nous allons gagner.» Puis.", "Il a dit [Q«Nous allons gagner.»] Puis.")
	expectQuotes(t, "Er sagte: „Wir werden gewinnen.“ Dann ging er.", "Er sagte: [Q„Wir werden gewinnen.“] Dann ging er.")
	expectQuotes(t, "Sie sagte: ‚Wir werden gewinnen.‘ Dann ging sie.", "Sie sagte: [Q‚Wir werden gewinnen.‘] Dann ging sie.")
	expectQuotes(t, "Han sa: »Vi vinner.« Sedan gick han.", "Han sa: [Q»Vi vinner.«] Sedan gick han.")
	expectQuotes(t, "彼は「勝つ」と言った。", "彼は[Q「勝つ」]と言った。")
	expectQuotes(t, "彼は『勝つ』と言った。", "彼は[Q『勝つ』]と言った。")
	expectQuotes(t, "Han sa: ”Vi vinner.” Sedan.", "Han sa: [Q”Vi vinner.”] Sedan.")
	expectQuotes(t, "Polish: „Wygramy.” End.", "Polish: [Q„Wygramy.”] End.")
	expectQuotes(t, "He said: ‹We will win.› Then left.", "He said: [Q‹We will win.›] Then left.")
	expectQuotes(t, "他说：“我们会赢。”然后离开了。", "他说：[Q“我们会赢。”]然后离开了。")
	expectQuotes(t, "قال: «سننتصر» ثم غادر.", "قال: [Q«سننتصر»] ثم غادر.")
	expectQuotes(t, "«Vamos a ganar», dijo el presidente.", "[Q«Vamos a ganar»], dijo el presidente.")
	expectQuotes(t, "“ We will win, ” he said.", "[Q“ We will win, ”] he said.")
	expectQuotes(t, "“We will win,”he said, “and soon.”", "[Q“We will win,”]he said, [Q“and soon.”]")
	expectQuotes(t, `"We will win,"he said, "and soon."`, `[Q"We will win,"]he said, [Q"and soon."]`)
	expectQuotes(t, "He said“We will win.”", "He said[Q“We will win.”]")
	expectQuotes(t, "''We will win,'' he said. ''Soon.''", "[Q''We will win,''] he said. [Q''Soon.'']")
	expectQuotes(t, "He said ``we will win'' and left.", "He said [P``we will win''] and left.")
	expectQuotes(t, "‘‘We will win,’’ he said.", "[Q‘‘We will win,’’] he said.")
	expectQuotes(t, "“We will win,“ he said.", "[Q“We will win,“] he said.")
	expectQuotes(t, "”We will win,” he said.", "[Q”We will win,”] he said.")
}

// Rule Q2: single marks that are apostrophes never open or close a quote.
func TestQuoteApostrophes(t *testing.T) {
	expectQuotes(t, "The troops’ mission ended.", "The troops’ mission ended.")
	expectQuotes(t, "Music of the ’90s and '80s returned.", "Music of the ’90s and '80s returned.")
	expectQuotes(t, "He loves rock 'n' roll and rock ’n’ roll.", "He loves rock 'n' roll and rock ’n’ roll.")
	expectQuotes(t, "Guns N’ Roses played.", "Guns N’ Roses played.")
	expectQuotes(t, "The players' union voted.", "The players' union voted.")
	expectQuotes(t, "Don't tell O’Brien, 'tis late.", "Don't tell O’Brien, 'tis late.")
	expectQuotes(t, "In the 1990's it grew.", "In the 1990's it grew.")
	expectQuotes(t, "‘The troops’ mission is over,’ he said.", "[Q‘The troops’ mission is over,’] he said.")
	expectQuotes(t, "‘We back the players’ union,’ she said.", "[Q‘We back the players’ union,’] she said.")
	expectQuotes(t, "She said it had ‘listened to residents’ concerns’ and had cut homes.", "She said it had [P‘listened to residents’ concerns’] and had cut homes.")
	expectQuotes(t, "‘It was the ’90s,’ she said.", "[Q‘It was the ’90s,’] she said.")
	expectQuotes(t, "‘Let ’em play,’ the coach said.", "[Q‘Let ’em play,’] the coach said.")
	expectQuotes(t, "‘We love rock ’n’ roll,’ he said.", "[Q‘We love rock ’n’ roll,’] he said.")
	expectQuotes(t, "'The players' union is strong,' he said.", "[Q'The players' union is strong,'] he said.")
	expectQuotes(t, "He said 'we won't go' and left.", "He said [P'we won't go'] and left.")
	expectQuotes(t, "‘We grew up in the 1990’s,’ he said.", "[Q‘We grew up in the 1990’s,’] he said.")
	expectQuotes(t, "‘Tis the season,’ he said, in a shop the owners’ families run.", "‘Tis the season,’ he said, in a shop the owners’ families run.")
	expectQuotes(t, "'Cause we can,' he said.", "[Q'Cause we can,'] he said.")
	expectQuotes(t, "He said ’no’ twice.", "He said [P’no’] twice.")
	expectQuotes(t, "Kim’s ‘heroes’ return home", "Kim’s [T‘heroes’] return home")
	expectQuotes(t, "‘We are proud of the workers’ efforts,’ he said.", "[Q‘We are proud of the workers’ efforts,’] he said.")
	expectQuotes(t, "‘They are just words’.", "[Q‘They are just words’].")
	expectQuotes(t, `"We're goin' home," he said.`, `[Q"We're goin' home,"] he said.`)
	expectQuotes(t, "She was born in '98 and left in ’05.", "She was born in '98 and left in ’05.")
}

// Rule Q3: a weak (possessive-looking) closer closes a quote when nothing
// better does: another quote opens, or the paragraph ends.
func TestQuoteWeakClosers(t *testing.T) {
	expectQuotes(t, "Ministers defended the ‘hostile states’ label for years.", "Ministers defended the [T‘hostile states’] label for years.")
	expectQuotes(t, `It was published in the journal "Marine Ecology Letters." It ran.`, `It was published in the journal [T"Marine Ecology Letters."] It ran.`)
	expectQuotes(t, `The chair of judges called the book “fierce and generous”. She wrote the book “Blue Rooms”.`, `The chair of judges called the book [P“fierce and generous”]. She wrote the book [T“Blue Rooms”].`)
	expectQuotes(t, "He said the ‘heroes’ and the ‘martyrs’ deserved it.", "He said the [P‘heroes’] and the [P‘martyrs’] deserved it.")
	expectQuotes(t, "The ‘hostile states’ label stuck.\n\n‘We will fight,’ he said.", "The [T‘hostile states’] label stuck.\n\n[Q‘We will fight,’] he said.")
}

// Rule Q4: nested quotes give one quote, the outer one.
func TestQuoteNested(t *testing.T) {
	expectQuotes(t, `"He said 'no,'" she said.`, `[Q"He said 'no,'"] she said.`)
	expectQuotes(t, "“He told me ‘never again’ and left,” she said.", "[Q“He told me ‘never again’ and left,”] she said.")
	expectQuotes(t, "‘He said “no” to the plan,’ she said.", "[Q‘He said “no” to the plan,’] she said.")
	expectQuotes(t, "„Er sagte ‚nein‘ dazu“, sagte sie.", "[Q„Er sagte ‚nein‘ dazu“], sagte sie.")
	expectQuotes(t, "“He said ‘no.’”", "[Q“He said ‘no.’”]")
}

// Rule Q5: a quote split by its cue is two quotes, both full.
func TestQuoteSplit(t *testing.T) {
	expectQuotes(t, `"We tried," he said, "but failed."`, `[Q"We tried,"] he said, [Q"but failed."]`)
	expectQuotes(t, "“We tried,” said Smith, “but we failed.”", "[Q“We tried,”] said Smith, [Q“but we failed.”]")
	expectQuotes(t, "‘We tried,’ he told reporters on Tuesday, ‘but failed.’", "[Q‘We tried,’] he told reporters on Tuesday, [Q‘but failed.’]")
}

// Rule Q6: a quote over several paragraphs (each opens with a mark, only the
// last closes) is one quote.
func TestQuoteMultiParagraph(t *testing.T) {
	expectQuotes(t, "He said: “We will win.\n\n“We will fight.\n\n“We never give up.”\n\nThen he left.",
		"He said: [Q“We will win.\n\n“We will fight.\n\n“We never give up.”]\n\nThen he left.")
	expectQuotes(t, "‘It was hard.\n\n‘But we won,’ he said.", "[Q‘It was hard.\n\n‘But we won,’] he said.")
	expectQuotes(t, "''It was hard.\n\n''But we won,'' he said.", "[Q''It was hard.\n\n''But we won,''] he said.")
	expectQuotes(t, "\"One.\n\"Two.\"\nThree.", "[Q\"One.\n\"Two.\"]\nThree.")
}

// Rule Q7: an unclosed mark never swallows the rest: not closed by its
// paragraph's end (or by a paragraph that does not open with a mark) → not
// reported, and the paragraphs after it are read afresh.
func TestQuoteUnclosed(t *testing.T) {
	expectQuotes(t, "He said “we will win.\n\nShe said “no.”", "He said “we will win.\n\nShe said [P“no.”]")
	expectQuotes(t, "He said: “We will win.\n\n“We will fight.\n\nThen he left. She said: “Fine.”",
		"He said: “We will win.\n\n“We will fight.\n\nThen he left. She said: [Q“Fine.”]")
	expectQuotes(t, `He said "we will win. Later the "Storm Corps" arrived.`, `He said "we will win. Later the [T"Storm Corps"] arrived.`)
	expectQuotes(t, "He said “we will win, the ‘Storm Corps’ is ready.", "He said “we will win, the [T‘Storm Corps’] is ready.")
	expectQuotes(t, "A stray ” closer and a stray ’ one.", "A stray ” closer and a stray ’ one.")
	expectQuotes(t, "Empty \"\" and “ ” marks.", "Empty \"\" and “ ” marks.")
}

// Rule Q8: partial for a fragment embedded in the writer's sentence; full
// for a sentence or clause set off by a cue or a colon.
func TestQuotePartial(t *testing.T) {
	expectQuotes(t, "“We will win,” she said.", "[Q“We will win,”] she said.")
	expectQuotes(t, "She said: “We will win.”", "She said: [Q“We will win.”]")
	expectQuotes(t, "She said, “We will win.”", "She said, [Q“We will win.”]")
	expectQuotes(t, "Kim: “We will win.”", "Kim: [Q“We will win.”]")
	expectQuotes(t, "Kim said the troops fought well, commending their “heroism”.", "Kim said the troops fought well, commending their [P“heroism”].")
	expectQuotes(t, "Kim commended their “heroism and sacrifice” on Monday.", "Kim commended their [P“heroism and sacrifice”] on Monday.")
	expectQuotes(t, "He described it as “a disaster”.", "He described it as [P“a disaster”].")
	expectQuotes(t, "She said the plan was “unworkable and unfair to everyone involved.”", "She said the plan was [P“unworkable and unfair to everyone involved.”]")
	expectQuotes(t, "He said that “we will win.”", "He said that [P“we will win.”]")
	expectQuotes(t, "He said that “We will win.”", "He said that [P“We will win.”]")
	expectQuotes(t, "“Heroism” was the word he used.", "[T“Heroism”] was the word he used.")
	expectQuotes(t, "“Disgraceful” was how he described it.", "[P“Disgraceful”] was how he described it.")
	expectQuotes(t, "“We will win” the union said.", "[Q“We will win”] the union said.")
	expectQuotes(t, "If talks fail, “we will strike,” the union said.", "If talks fail, [Q“we will strike,”] the union said.")
	expectQuotes(t, "According to Smith, “the plan is dead.”", "According to Smith, [Q“the plan is dead.”]")
	expectQuotes(t, "He said the plan, “if it works,” would save money.", "He said the plan, [P“if it works,”] would save money.")
	expectQuotes(t, "“We tried,” he said, “but we failed, and will try again,” he added.", "[Q“We tried,”] he said, [Q“but we failed, and will try again,”] he added.")
	expectQuotes(t, "“We tried,” he said, “but failed”.", "[Q“We tried,”] he said, [Q“but failed”].")
	expectQuotes(t, `"Yes"—he paused—"we will."`, `[Q"Yes"]—he paused—[P"we will."]`)
	expectQuotes(t, "The plan is “dead,” he said.", "The plan is [P“dead,”] he said.")
	expectQuotes(t, "“We will win”, he said.", "[Q“We will win”], he said.")
	expectQuotes(t, "“…and we will win,” he said.", "[Q“…and we will win,”] he said.")
	expectQuotes(t, "‘We will win’: Kim vows victory", "[Q‘We will win’]: Kim vows victory")
	expectQuotes(t, "Police said the “protesters” were armed.", "Police said the [P“protesters”] were armed.")
	expectQuotes(t, "The report warned of “a catastrophic collapse in trust”.", "The report warned of [P“a catastrophic collapse in trust”].")
	expectQuotes(t, "The answer was “No.”", "The answer was [Q“No.”]")
	expectQuotes(t, "Officials described it as \"fluid\" and \"evolving.\"", "Officials described it as [P\"fluid\"] and [P\"evolving.\"]")
	expectQuotes(t, "She said she felt “betrayed” by the party.", "She said she felt [P“betrayed”] by the party.")
	expectQuotes(t, "He replied: “No.”", "He replied: [Q“No.”]")
	expectQuotes(t, "“A good day,” he said, adding the deal was “historic.”", "[Q“A good day,”] he said, adding the deal was [P“historic.”]")
	expectQuotes(t, "He said \"the plan\" was fine.", "He said [P\"the plan\"] was fine.")
	expectQuotes(t, "“It is over. We won,” he said.", "[Q“It is over. We won,”] he said.")
	expectQuotes(t, "He left. “No,” he said.", "He left. [Q“No,”] he said.")
	expectQuotes(t, "Smith said “We will win.”", "Smith said [Q“We will win.”]")
	expectQuotes(t, "The minister called the plan “reckless” and “dangerous”.", "The minister called the plan [P“reckless”] and [P“dangerous”].")
	expectQuotes(t, "LONDON — “We will win,” he said.", "LONDON — [Q“We will win,”] he said.")
}

// Rule Q9: names, titles and scare quotes are terms, not quotes.
func TestQuoteTerms(t *testing.T) {
	expectQuotes(t, "the “Storm Corps,” a unit", "the [T“Storm Corps,”] a unit")
	// a work and its year; a name as a subject after a label
	expectQuotes(t, "“Low Tide at Marrow Point” (1979), barely larger than a paperback, has it all.", "[T“Low Tide at Marrow Point”] (1979), barely larger than a paperback, has it all.")
	expectQuotes(t, "Review: “Salt and Iron” is a retrospective that argues with itself", "Review: [T“Salt and Iron”] is a retrospective that argues with itself")
	expectQuotes(t, `He saw the film "Heat" twice.`, `He saw the film [T"Heat"] twice.`)
	expectQuotes(t, `The so-called "reforms" failed.`, `The so-called [T"reforms"] failed.`)
	expectQuotes(t, `The so called "reforms" failed, he said.`, `The so called [T"reforms"] failed, he said.`)
	expectQuotes(t, "The unit, known as “the Beast,” left.", "The unit, known as [T“the Beast,”] left.")
	expectQuotes(t, "They searched the old town, known locally as “the Citadel.”", "They searched the old town, known locally as [T“the Citadel.”]")
	expectQuotes(t, "The loaf known in the kitchen as “the brick” sells out.", "The loaf known in the kitchen as [T“the brick”] sells out.")
	expectQuotes(t, "“Gravel Road Lullaby,” which he wrote with Greer, spent four weeks at No. 1.", "[T“Gravel Road Lullaby,”] which he wrote with Greer, spent four weeks at No. 1.")
	expectQuotes(t, "Best director went to Oskar Lindahl for “The Quiet Year.”", "Best director went to Oskar Lindahl for [T“The Quiet Year.”]")
	expectQuotes(t, "A group called “Friends of the Earth” met.", "A group called [T“Friends of the Earth”] met.")
	expectQuotes(t, "He was dubbed “the butcher” by the press.", "He was dubbed [T“the butcher”] by the press.")
	expectQuotes(t, "The government's “reforms” have failed.", "The government's [T“reforms”] have failed.")
	expectQuotes(t, "Kim said the “Storm Corps” was ready.", "Kim said the [T“Storm Corps”] was ready.")
	expectQuotes(t, "Her novel “Gone with the Wind” sold well.", "Her novel [T“Gone with the Wind”] sold well.")
	expectQuotes(t, "He used the word “no” often.", "He used the word [T“no”] often.")
	expectQuotes(t, "Officials at the “U.S. Army Pacific” command agreed.", "Officials at the [T“U.S. Army Pacific”] command agreed.")
	expectQuotes(t, "She said “Never.”", "She said [Q“Never.”]")
	expectQuotes(t, "He loves the film “Heat.”", "He loves the film [T“Heat.”]")
	expectQuotes(t, "He described the plan as “Orwellian” on Monday.", "He described the plan as [P“Orwellian”] on Monday.")
	expectQuotes(t, "The plan was “Orwellian” in scope.", "The plan was [T“Orwellian”] in scope.")
	expectQuotes(t, "Officials said the group “Hamas” had claimed it.", "Officials said the group [T“Hamas”] had claimed it.")
	expectQuotes(t, "He loves the film “1917” most.", "He loves the film [T“1917”] most.")
	// Introducers that are verbs too name a title only after a determiner.
	expectQuotes(t, "She starred in the new show “Heat” in May.", "She starred in the new show [T“Heat”] in May.")
	expectQuotes(t, "The BBC show “Line” returns.", "The BBC show [T“Line”] returns.")
	expectQuotes(t, "Netflix’s show “Crown” won.", "Netflix’s show [T“Crown”] won.")
	expectQuotes(t, "The report says 14 columns show “advanced section loss” now.", "The report says 14 columns show [P“advanced section loss”] now.")
	expectQuotes(t, "Witnesses said the crowds began to chant “out, out” at noon.", "Witnesses said the crowds began to chant [P“out, out”] at noon.")
	expectQuotes(t, "They toured with the “Heroes.”", "They toured with the [T“Heroes.”]")
	expectQuotes(t, "The ministry’s “temporary” surcharge lasted 11 years, and its so-called “relief” scheme failed.", "The ministry’s [T“temporary”] surcharge lasted 11 years, and its so-called [T“relief”] scheme failed.")
	expectQuotes(t, `Indonesia sits on the Pacific "Ring of Fire." Its last eruption killed 41.`, `Indonesia sits on the Pacific [T"Ring of Fire."] Its last eruption killed 41.`)
	expectQuotes(t, "“Storm Corps” units crossed the river.", "[T“Storm Corps”] units crossed the river.")
	expectQuotes(t, "‘The Crown’, Netflix’s drama, returns.", "[T‘The Crown’], Netflix’s drama, returns.")
	expectQuotes(t, "‘Thank You’, he said.", "[Q‘Thank You’], he said.")
	expectQuotes(t, "She praised the Danish idea of “hygge” in the book.", "She praised the Danish idea of [P“hygge”] in the book.")
	expectQuotes(t, "The Danish idea of “hygge” is popular.", "The Danish idea of [T“hygge”] is popular.")
	expectQuotes(t, "The “reforms,” which passed, failed.", "The [T“reforms,”] which passed, failed.")
	expectQuotes(t, "They unfurled a banner reading “Troops Out Now” by the gate.", "They unfurled a banner reading [T“Troops Out Now”] by the gate.")
	expectQuotes(t, "Marchers chanted “No Deal, No Future” as they went.", "Marchers chanted [T“No Deal, No Future”] as they went.")
	expectQuotes(t, "The plan, which critics have dubbed a ‘gamble’, failed.", "The plan, which critics have dubbed a [T‘gamble’], failed.")
	expectQuotes(t, "The group, which calls itself “the Resistance”, claimed it.", "The group, which calls itself [T“the Resistance”], claimed it.")
	expectQuotes(t, "Her new album, “Midnights”, topped the charts.", "Her new album, [T“Midnights”], topped the charts.")
	expectQuotes(t, "The so-called “Magnificent Seven” stocks fell.", "The so-called [T“Magnificent Seven”] stocks fell.")
	expectQuotes(t, "The \"Don't Look Up\" star attended.", "The [T\"Don't Look Up\"] star attended.")
	expectQuotes(t, "They returned to the motto of “safety first.” Then they left.", "They returned to the motto of [T“safety first.”] Then they left.")
	expectQuotes(t, "Lady Thatcher, known as “the Iron Lady,” died.", "Lady Thatcher, known as [T“the Iron Lady,”] died.")
	expectQuotes(t, "What he called “a betrayal” angered many.", "What he called [P“a betrayal”] angered many.")
}

// Rule Q10: hostile input costs linear time and reports nothing absurd.
func TestQuoteHostile(t *testing.T) {
	for _, unit := range []string{`"`, "“", "'", "’", "‘", `"a `, "“a ", "'a ", "«", "a' ", " 'tis "} {
		src := strings.Repeat(unit, 20000)
		d := &doc{src: src}
		d.lex()
		d.paragraphs()
		d.sentences()
		d.findQuotes()
		for _, q := range d.res.Quotes {
			if q.End-q.Start > 1000 {
				t.Errorf("%q: a quote of %d bytes", unit, q.End-q.Start)
				break
			}
		}
	}
}
