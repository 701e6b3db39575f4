package annotate

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

// drawAttributions renders every attribution over the text: [M mention]
// [C cue] [X content]. Spans may nest (a mention inside a content).
func drawAttributions(src string, r *Result) string {
	var marks []mark
	for _, a := range r.Attributions {
		marks = append(marks, mark{a.Mention, "M"}, mark{a.Cue, "C"}, mark{a.Content, "X"})
	}
	return draw(src, marks)
}

// mark is a labelled span to draw.
type mark struct {
	Span
	label string
}

// draw inserts "[L " at each span's start and "]" at its end; at one
// offset, ends come before starts and outer spans open first.
func draw(src string, marks []mark) string {
	type ev struct {
		at    int
		open  bool
		width int
		label string
	}
	var evs []ev
	seen := map[mark]bool{}
	for _, m := range marks {
		if !m.Valid() || seen[m] {
			continue
		}
		seen[m] = true
		evs = append(evs, ev{m.Start, true, m.End - m.Start, m.label}, ev{m.End, false, m.End - m.Start, m.label})
	}
	sort.SliceStable(evs, func(a, b int) bool {
		x, y := evs[a], evs[b]
		if x.at != y.at {
			return x.at < y.at
		}
		if x.open != y.open {
			return !x.open // close first
		}
		if x.open {
			return x.width > y.width
		}
		return x.width < y.width
	})
	var b strings.Builder
	at := 0
	for _, e := range evs {
		b.WriteString(src[at:e.at])
		at = e.at
		if e.open {
			b.WriteString("[" + e.label + " ")
		} else {
			b.WriteString("]")
		}
	}
	b.WriteString(src[at:])
	return b.String()
}

// tableCase is one line of a rule table: the input and the expectation
// rendered over it.
type tableCase struct{ in, want string }

// runTable runs one subtest per case, named by its input.
func runTable(t *testing.T, cases []tableCase, render func(in string, r *Result) string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			r := annotateT(t, c.in)
			if got := render(c.in, &r); got != c.want {
				t.Errorf("\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func annotateT(t *testing.T, in string) Result {
	t.Helper()
	r, err := Annotate(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Rule A: attributions, drawn over the text. Numbered so a commit can
// cite a rule.
var attributionCases = []tableCase{
	// A1 indirect speech: the content is the governed clause, without "that"
	{`Ukrainian officials reported that around 14,000 soldiers were sent.`,
		`[M Ukrainian officials] [C reported] that [X around 14,000 soldiers were sent].`},
	{`Kim said the war would end soon.`, `[M Kim] [C said] [X the war would end soon].`},
	// A2 direct quote before and after the speaker, inverted
	{`“We will win,” Kim said.`, `[X “We will win,”] [M Kim] [C said].`},
	{`“We will win,” said Halla Berg, an analyst at Ostra Bank.`, `[X “We will win,”] [C said] [M Halla Berg], an analyst at Ostra Bank.`},
	{`Kim told reporters: “We will win.”`, `[M Kim] [C told] reporters: [X “We will win.”]`},
	{`“Remarkable,” said the study's lead author, Dr Priya Nair of Imperial College London.`,
		`[X “Remarkable,”] [C said] [M the study's lead author, Dr Priya Nair] of Imperial College London.`},
	// A2b a bracket between the subject and the cue: party, state, abbreviation
	{`Sen. Amy Cole (D-Calif.) said the bill was dead.`, `[M Sen. Amy Cole] (D-Calif.) [C said] [X the bill was dead].`},
	{`Martin Oduya (Lab, Kingsway) said the vote was close.`, `[M Martin Oduya] (Lab, Kingsway) [C said] [X the vote was close].`},
	{`Sarah Whitlock (Green, Fernhill), who moved the motion, said the roads were full.`,
		`[M Sarah Whitlock] (Green, Fernhill), who moved the motion, [C said] [X the roads were full].`},
	// A2c a subject with relative clauses and no appositive comma before them
	{`Two analysts who cover the firm, and who declined to be named, said sales were weak.`,
		`[M Two analysts] who cover the firm, and who declined to be named, [C said] [X sales were weak].`},
	// A2d a post-posed cue with a manner or topic phrase, or a hearer, after it
	{`The song was used in two adverts, she notes with a wince.`, `[X The song was used in two adverts], [M she] [C notes] with a wince.`},
	{`Prices will rise, the chief executive told an audience of about 2,000 people.`,
		`[X Prices will rise], [M the chief executive] [C told] an audience of about 2,000 people.`},
	// A2e a clause joined by "after" or "before"
	{`Shares rose after the company said profit would be higher.`, `Shares rose after [M the company] [C said] [X profit would be higher].`},
	// A2f "what X calls": the naming verb's words follow it
	{`The band split after what Garside calls ‘three men and a van’.`, `The band split after what [M Garside] [C calls] [X ‘three men and a van’].`},
	// A2g after a modal nothing has been said yet
	{`The company will report fourth-quarter results on Feb. 10.`, `The company will report fourth-quarter results on Feb. 10.`},
	// A2h a request with an object and "to" reports no words
	{`He urged families to ask care homes how money is handled.`, `He urged families to ask care homes how money is handled.`},
	{`She urged that the plan be dropped.`, `[M She] [C urged] that [X the plan be dropped].`},
	// A2i an object, then a clause of its own; a quantity object
	{`Tolley showed no reaction as he was led from the dock.`, `Tolley showed no reaction as he was led from the dock.`},
	{`The referee added six minutes of stoppage time that the visitors never used.`, `The referee added six minutes of stoppage time that the visitors never used.`},
	{`She said prices rose as demand fell.`, `[M She] [C said] [X prices rose as demand fell].`},
	// A2j a post-posed cue followed by a day; bodies named by a common noun
	{`The jet left the runway, federal investigators said Thursday.`, `[X The jet left the runway], [M federal investigators] [C said] Thursday.`},
	{`The presidential palace said funds had been released.`, `[M The presidential palace] [C said] [X funds had been released].`},
	// A2k a present-tense clause after a hearer
	{`Morag Sinclair told reporters the company hopes to fly again.`, `[M Morag Sinclair] [C told] reporters [X the company hopes to fly again].`},
	{`Police found the man with stab wounds to his chest.`, `Police found the man with stab wounds to his chest.`},
	// A2l a reduced relative clause after the subject
	{`A complaint filed on behalf of a nurse alleges that the firm lied.`, `[M A complaint] filed on behalf of a nurse [C alleges] that [X the firm lied].`},
	{`A report released Thursday said sales fell.`, `[M A report] released Thursday [C said] [X sales fell].`},
	// A2m a number inside the subject's phrase
	{`Officials in three states said the plan failed.`, `[M Officials in three states] [C said] [X the plan failed].`},
	// A2n after "a", a name in the object of a preposition is a modifier of the noun after it
	{`“It is fine,” said a trader at a City brokerage, who asked not to be named.`, `[X “It is fine,”] [C said] [M a trader at a City brokerage], who asked not to be named.`},
	// A3 roles and titles in front belong to the mention; a trailing description does not
	{`Russia’s Chief of Staff, Valery Gerasimov, said the offensive had stalled.`,
		`[M Russia’s Chief of Staff, Valery Gerasimov], [C said] [X the offensive had stalled].`},
	{`Its chief executive, Graham Pell, said sales had doubled.`, `[M Its chief executive, Graham Pell], [C said] [X sales had doubled].`},
	{`Engine maker Halvorsen Aero said it would cut 200 jobs.`, `[M Engine maker Halvorsen Aero] [C said] [X it would cut 200 jobs].`},
	{`Helen Szabo, an airline analyst, said fares would rise.`, `[M Helen Szabo], an airline analyst, [C said] [X fares would rise].`},
	{`Mara Lind, who spoke on condition of anonymity, said the deal was close.`, `[M Mara Lind], who spoke on condition of anonymity, [C said] [X the deal was close].`},
	// A4 groups, anonymous sources, documents
	{`A person familiar with the matter said the talks had stalled.`, `[M A person familiar with the matter] [C said] [X the talks had stalled].`},
	{`Two people who spoke on condition of anonymity said a deal was near.`, `[M Two people] who spoke on condition of anonymity [C said] [X a deal was near].`},
	{`The report found that prices had risen.`, `[M The report] [C found] that [X prices had risen].`},
	// A5 according to, both ways
	{`Prices rose 4%, according to the statistics office.`, `[X Prices rose 4%], [C according to] [M the statistics office].`},
	{`According to the ministry, 40 people died.`, `[C According to] [M the ministry], [X 40 people died].`},
	{`As per the water department, 40 tankers ran daily.`, `[C As per] [M the water department], [X 40 tankers ran daily].`},
	{`The clinic has 40 beds, according to her.`, `[X The clinic has 40 beds], [C according to] [M her].`},
	{`Turnout was 61%, according to police.`, `[X Turnout was 61%], [C according to] [M police].`},
	{`He added, however, that the surge was unsustainable.`, `[M He] [C added], however, that [X the surge was unsustainable].`},
	{`Choi, however, said nothing had been decided.`, `[M Choi], however, [C said] [X nothing had been decided].`},
	{`The governor's office said Thursday it would appeal.`, `[M The governor's office] [C said] Thursday [X it would appeal].`},
	{`“It is under control,” a spokesman for the Khortytsia group of forces, Viktor Tregubov, told television.`,
		`[X “It is under control,”] [M a spokesman for the Khortytsia group of forces, Viktor Tregubov], [C told] television.`},
	{`A critic for the Evening Chronicle called it “a wet weekend in Whitby”.`,
		`[M A critic for the Evening Chronicle] [C called] it [X “a wet weekend in Whitby”].`},
	// A6 post-posed cue
	{`The strike will go ahead on Monday, the union said.`, `[X The strike will go ahead on Monday], [M the union] [C said].`},
	// A7 one subject, two cues
	{`Ms Reid said she would meet the minister and warned that drivers were not bluffing.`,
		`[M Ms Reid] [C said] [X she would meet the minister] and [C warned] that [X drivers were not bluffing].`},
	// A8 colon after a source
	{`Kim: “We will not retreat.”`, `[M Kim][C :] [X “We will not retreat.”]`},
	// A9 a pronoun subject
	{`Lena Okafor scored twice. She said the team had earned it.`, `Lena Okafor scored twice. [M She] [C said] [X the team had earned it].`},
	// A10 an appositive holding a place, a participle after a comma
	{`The company, based in Austin, Texas, said it had hired advisers.`, `[M The company], based in Austin, Texas, [C said] [X it had hired advisers].`},
	{`Zelenskyy thanked Biden, writing that the aid would save lives.`, `[M Zelenskyy] thanked Biden, [C writing] that [X the aid would save lives].`},
	// A11 a description as second reference
	{`Fabian Hurzeler was delighted. “We pressed,” the German said.`, `Fabian Hurzeler was delighted. [X “We pressed,”] [M the German] [C said].`},
	// A12 "As Kim said, …"; "it" for the document last named
	{`As Kim said, the war is over.`, `As [M Kim] [C said], [X the war is over].`},
	{`The report found that emissions rose. It also said coal use had doubled.`,
		`[M The report] [C found] that [X emissions rose]. [M It] also [C said] [X coal use had doubled].`},
	// A13 a that-clause past a long adverbial
	{`Vance told analysts on a call that began at 8:30 a.m. ET that the recall had cost $640 million.`,
		`[M Vance] [C told] analysts on a call that began at 8:30 a.m. ET that [X the recall had cost $640 million].`},
	// a comparison is no attribution: the content after it is the clause before the real cue
	{`Employers added 142,000 jobs, more than economists had forecast, while the rate rose, the department said.`,
		`[X Employers added 142,000 jobs, more than economists had forecast, while the rate rose], [M the department] [C said].`},
	// a list is a document; a participle after the source is about it
	{`According to the division list, published after 10pm, 19 MPs voted against the bill.`,
		`[C According to] [M the division list], published after 10pm, [X 19 MPs voted against the bill].`},
	// a possessed noun has unknown modifiers of its own
	{`Yields fell, according to the provincial agriculture ministry’s final crop report.`,
		`[X Yields fell], [C according to] [M the provincial agriculture ministry’s final crop report].`},
	// a trailing time stays in a clause content cut at the next cue, not after a plain object
	{`Ms Doyle said her government had approved a plant last year but conceded that it was late.`,
		`[M Ms Doyle] [C said] [X her government had approved a plant last year] but [C conceded] that [X it was late].`},
	// a plain object's report ends at its time and a comma
	{`Northgate Outdoor Co. reported a 9% fall in revenue on Tuesday, as shoppers pulled back on tents, and the retailer cut its forecast.`,
		`[M Northgate Outdoor Co.] [C reported] [X a 9% fall in revenue] on Tuesday, as shoppers pulled back on tents, and the retailer cut its forecast.`},
	// a family speaks as a group; budget papers and a slide deck are documents
	{`Her family said she had died peacefully.`, `[M Her family] [C said] [X she had died peacefully].`},
	{`The tax will raise $86 million a year, according to budget papers.`,
		`[X The tax will raise $86 million a year], [C according to] [M budget papers].`},
	{`An internal slide deck said the firm hoped to ship 12 million phones.`,
		`[M An internal slide deck] [C said] [X the firm hoped to ship 12 million phones].`},
	// a relative "that" after an irregular past, a "that" after a preposition: no complementizer
	{`An official said a storm that struck the coast had kept 20,000 workers home.`,
		`[M An official] [C said] [X a storm that struck the coast had kept 20,000 workers home].`},
	{`He said a rise of that size would be brutal.`, `[M He] [C said] [X a rise of that size would be brutal].`},
	// A14 "police said" needs no determiner; a police force's full name
	{`A man was charged with murder, police said.`, `[X A man was charged with murder], [M police] [C said].`},
	{`West Yorkshire Police said officers were called at 7.40am.`, `[M West Yorkshire Police] [C said] [X officers were called at 7.40am].`},
	{`Court documents show the man had been arrested twice.`, `[M Court documents] [C show] [X the man had been arrested twice].`},
	// A15 a parenthetical cue: the whole sentence is the claim
	{`The conservative majority, he said, has been skeptical of agencies.`,
		`[X The conservative majority, [M he] [C said], has been skeptical of agencies].`},
	// names with "&" and "van der"; a hyphenated noun after a name; two
	// modifiers before a role; bare plural documents after "according to";
	// a participle before "by" ends a document's mention
	{`Analysts at Harwell & Stone wrote that it could fall.`, `[M Analysts at Harwell & Stone] [C wrote] that [X it could fall].`},
	{`South Africa coach Pieter van der Walt said his bowlers were poor.`, `[M South Africa coach Pieter van der Walt] [C said] [X his bowlers were poor].`},
	{`A trader at a Singapore market-making firm said the selling began.`, `[M A trader at a Singapore market-making firm] [C said] [X the selling began].`},
	{`A fire behaviour specialist said it would rain.`, `[M A fire behaviour specialist] [C said] [X it would rain].`},
	{`The request matched, according to emails obtained by the Ledger.`, `[X The request matched], [C according to] [M emails] obtained by the Ledger.`},
	{`It will bank credits, according to a draft of the rules seen by this newspaper.`, `[X It will bank credits], [C according to] [M a draft of the rules] seen by this newspaper.`},
	{`It went according to plan.`, `It went according to plan.`},
	{`Its chef-owner, Tomasz Nowicki, said the hake was fresh.`, `[M Its chef-owner, Tomasz Nowicki], [C said] [X the hake was fresh].`},
	{`The spending was legal, according to the commission’s campaign finance register.`,
		`[X The spending was legal], [C according to] [M the commission’s campaign finance register].`},
	// "said his family of six had spent": a clause, not an inverted speaker
	{`In Jonai, farmer Ramesh Doley, 52, said his family of six had spent two nights on the roof.`,
		`In Jonai, [M farmer Ramesh Doley], 52, [C said] [X his family of six had spent two nights on the roof].`},
	{`State Revenue and Disaster Management Minister Jayanta Kalita said the state would pay.`,
		`[M State Revenue and Disaster Management Minister Jayanta Kalita] [C said] [X the state would pay].`},
	{`The directorate said the monsoon had brought 1,184 mm of rain.`, `[M The directorate] [C said] [X the monsoon had brought 1,184 mm of rain].`},
	// "and showed" after a person's claim is no cue; another verb's "that"
	{`Mr Aske said third place was their best result and showed ‘there is an appetite for change’.`,
		`[M Mr Aske] [C said] [X third place was their best result and showed ‘there is an appetite for change’].`},
	{`He said investigators found that the pump failed.`, `[M He] [C said] [X investigators found that the pump failed].`},
	// "which it called …": the verb's object is the relative pronoun's, no report
	{`Vantair said it had offered a 6.5 per cent rise, which it called "fair", and that the strike would cost it 9 million euros a day.`,
		`[M Vantair] [C said] [X it had offered a 6.5 per cent rise, which it called "fair", and that the strike would cost it 9 million euros a day].`},
	{`A missile killed 14 people, according to the health ministry in Kyiv.`,
		`[X A missile killed 14 people], [C according to] [M the health ministry in Kyiv].`},
	// a role "of" a named field with its noun; "Serie A"; a service's name;
	// a body's unit after "of"; a document's participle phrase before the
	// cue; "posted by" is no cue
	{`"It will help," the agency's director of Earth observation, Lena Morgenstern, said.`,
		`[X "It will help,"] [M the agency's director of Earth observation, Lena Morgenstern], [C said].`},
	{`Valbruna signed him for €42 million, the Serie A club said.`, `[X Valbruna signed him for €42 million], [M the Serie A club] [C said].`},
	{`Music-streaming service Auralis said it added 9.2 million subscribers.`, `[M Music-streaming service Auralis] [C said] [X it added 9.2 million subscribers].`},
	{`Detective Constable Laura Finch of Severnside Police’s economic crime unit said: ‘He abused the trust.’`,
		`[M Detective Constable Laura Finch] of Severnside Police’s economic crime unit [C said]: [X ‘He abused the trust.’]`},
	{`Exports fell 4.2 per cent, customs data published last week showed, as tariffs weighed.`,
		`[X Exports fell 4.2 per cent], [M customs data] published last week [C showed], as tariffs weighed.`},
	{`De Wit said in a video posted by Valbruna: “I have dreamed about it.”`, `[M De Wit] [C said] in a video posted by Valbruna: [X “I have dreamed about it.”]`},
	{`A trader at the Kessler brokerage said prices fell.`, `[M A trader at the Kessler brokerage] [C said] [X prices fell].`},
	{`The Minister for Housing, Orla Fitzmaurice, said rent pressure zones had capped increases.`,
		`[M The Minister for Housing, Orla Fitzmaurice], [C said] [X rent pressure zones had capped increases].`},
	{`The Taoiseach, Séamus Breathnach, told the Dáil that the Government would build homes.`,
		`[M The Taoiseach, Séamus Breathnach], [C told] the Dáil that [X the Government would build homes].`},
	{`A former bookkeeper testified that she moved $4.2 million.`, `[M A former bookkeeper] [C testified] that [X she moved $4.2 million].`},
	{`A report published on Tuesday by the Northfield Foundation, a think tank, found that rents rose.`,
		`[M A report] published on Tuesday by the Northfield Foundation, a think tank, [C found] that [X rents rose].`},
	// a second verb phrase of the subject after a past cue is the writer's
	{`The firm reported a 9% drop in sales and cut its forecast.`, `[M The firm] [C reported] [X a 9% drop in sales] and cut its forecast.`},
	{`Analysts told clients that the market would tighten more than they had expected, and lifted their forecast by $4.`,
		`[M Analysts] [C told] clients that [X the market would tighten more than they had expected], and lifted their forecast by $4.`},
	{`A complaint alleges that the company kept data in plain text and ignored a warning.`,
		`[M A complaint] [C alleges] that [X the company kept data in plain text and ignored a warning].`},
	{`He said Smith had no previous convictions and had written a letter of apology.`,
		`[M He] [C said] [X Smith had no previous convictions and had written a letter of apology].`},
	// what documents show, bare plurals too, and their plain objects
	{`Official figures show unemployment rose to 5%.`, `[M Official figures] [C show] [X unemployment rose to 5%].`},
	{`Unemployment rose to 5%, figures released on Monday showed.`, `[X Unemployment rose to 5%], [M figures] released on Monday [C showed].`},
	{`Prices fell after government data showed inventories rose.`, `Prices fell after [M government data] [C showed] [X inventories rose].`},
	{`The report showed a 5% rise in crime.`, `[M The report] [C showed] [X a 5% rise in crime].`},
	{`Voss found DeShawn Riley for a score and Watanabe ran for a touchdown.`, `Voss found DeShawn Riley for a score and Watanabe ran for a touchdown.`},
	// no words reported: a speech verb with only a short adverbial after it
	{`His challenger, Naomi Farrow-Diaz, replied within minutes.`, `His challenger, Naomi Farrow-Diaz, replied within minutes.`},
	{`She said on Monday the plan was dead.`, `[M She] [C said] on Monday [X the plan was dead].`},
	// "Comrade" is a title; "Anyone" opens no name
	{`The chairman of the union, Comrade Emeka Obi, said the rise was unfair.`,
		`[M The chairman of the union, Comrade Emeka Obi], [C said] [X the rise was unfair].`},
	{`Anyone who saw the crash should call 101, police said.`, `[X Anyone who saw the crash should call 101], [M police] [C said].`},
	// an appositive inside the clause a hearer is told
	{`Police Chief Hana Lindqvist told reporters the suspect, a 34-year-old man, had been arrested.`,
		`[M Police Chief Hana Lindqvist] [C told] reporters [X the suspect, a 34-year-old man, had been arrested].`},
	// "That's according to X" after a quote: the quote is the content
	{`"We are ready." That's according to Jane Doe, a spokeswoman.`, `[X "We are ready."] That's [C according to] [M Jane Doe], a spokeswoman.`},
	// "that" as a demonstrative opens no clause
	{`Holt disputed that figure.`, `Holt disputed that figure.`},
	{`She denied that claim on Monday.`, `She denied that claim on Monday.`},
	{`The district said in a letter on Nov. 12 that nine of its teachers live nearby.`,
		`[M The district] [C said] in a letter on Nov. 12 that [X nine of its teachers live nearby].`},
	// a bare plural anonymous head after its clause; a chain of affiliations
	{`The team opened talks in July, sources said.`, `[X The team opened talks in July], [M sources] [C said].`},
	{`Ukraine's general staff said its forces had held the line.`, `[M Ukraine's general staff] [C said] [X its forces had held the line].`},
	{`Dr. Tomasz Wieczorek of the Baltic Heart Institute in Gdansk told reporters that the trial had ended.`,
		`[M Dr. Tomasz Wieczorek] of the Baltic Heart Institute in Gdansk [C told] reporters that [X the trial had ended].`},
	// a second subject and cue after ", and" has its own clause
	{`Russia launched 120 drones overnight, the air force said on Monday, and regional officials said three people had died.`,
		`[X Russia launched 120 drones overnight], [M the air force] [C said] on Monday, and [M regional officials] [C said] [X three people had died].`},
	// "wrote about the work": a topic
	{`She wrote about the work in her 1994 book.`, `She wrote about the work in her 1994 book.`},
	// a body's head and whose it is: "the office of …"
	{`The office of the mayor said it was reviewing the decision.`, `[M The office of the mayor] [C said] [X it was reviewing the decision].`},
	// a name with an appositive after a finding verb; a suit
	{`Court records show Kuczynski, 47, was convicted of theft in 2014.`, `[M Court records] [C show] [X Kuczynski, 47, was convicted of theft in 2014].`},
	{`The suit says the company ignored a 2023 report.`, `[M The suit] [C says] [X the company ignored a 2023 report].`},
	// "but declined", "but stood by" after a past cue are the writer's
	{`The judge said she found the travel troubling but declined to deny bail.`, `[M The judge] [C said] [X she found the travel troubling] but declined to deny bail.`},
	// "posted a sample" is an act; "and asked for privacy" a request
	{`The group posted a sample of the files on Monday and said it held more.`, `[M The group] posted a sample of the files on Monday and [C said] [X it held more].`},
	{`The family said they were grateful to the searchers and asked for privacy.`, `[M The family] [C said] [X they were grateful to the searchers] and asked for privacy.`},
	// past a whose-clause and past an age to the name
	{`Marisol Quispe, 34, whose husband, Ramiro, 41, is among the trapped men, said she had heard nothing.`,
		`[M Marisol Quispe], 34, whose husband, Ramiro, 41, is among the trapped men, [C said] [X she had heard nothing].`},
	{`Renée Oduya, 52, a school librarian in Dayton, Ohio, said her plan made her pay 20%.`,
		`[M Renée Oduya], 52, a school librarian in Dayton, Ohio, [C said] [X her plan made her pay 20%].`},
	// a hyphenated word before "that"; a request past a relative clause;
	// "writes fine scenes": a thing written
	{`The commission said in a 212-page decision that the company had failed.`, `[M The commission] [C said] in a 212-page decision that [X the company had failed].`},
	{`The alliance said the penalty was small and urged customers who had been affected to join.`,
		`[M The alliance] [C said] [X the penalty was small] and urged customers who had been affected to join.`},
	{`Arkwright, 34, writes fine scenes for two people.`, `Arkwright, 34, writes fine scenes for two people.`},
	// railroads, declarations and a consensus speak
	{`The line reopens by Wednesday, the railroad said.`, `[X The line reopens by Wednesday], [M the railroad] [C said].`},
	{`States will pay €22,000 for each person, the declaration said.`, `[X States will pay €22,000 for each person], [M the declaration] [C said].`},
	// a government body named by its remit goes on past "and"
	{`Food packs had been released, the Department of Relief and Welfare said.`, `[X Food packs had been released], [M the Department of Relief and Welfare] [C said].`},
	{`The confederation said the march had drawn 400,000.`, `[M The confederation] [C said] [X the march had drawn 400,000].`},
	// a headline reports nothing; a petition states
	{"Watchdog finds officer fired seven shots\n\nThe watchdog said the officer fired.", "Watchdog finds officer fired seven shots\n\n[M The watchdog] [C said] [X the officer fired]."},
	{`The petition states that the couple separated on Sept. 3.`, `[M The petition] [C states] that [X the couple separated on Sept. 3].`},
	// a cue verb's form inside a role is a noun; a request with a number in its object
	{`Tomas Rehn, the deputy project manager, told reporters that the fuel lasted.`, `[M Tomas Rehn], the deputy project manager, [C told] reporters that [X the fuel lasted].`},
	{`It urged families with children under 6 to drink bottled water.`, `It urged families with children under 6 to drink bottled water.`},
	{`Tamika Rowe, 34, whose two sons were tested in September, said the younger boy had a high level.`,
		`[M Tamika Rowe], 34, whose two sons were tested in September, [C said] [X the younger boy had a high level].`},
	{`According to a bargaining update posted by the federation on Sunday, teachers earn $86,500.`,
		`[C According to] [M a bargaining update] posted by the federation on Sunday, [X teachers earn $86,500].`},
	// "dubbed" names a term, it reports nothing
	{`Raj Mistry, who runs a café by what locals have dubbed “the lake”, said: “We moved.”`,
		`[M Raj Mistry], who runs a café by what locals have dubbed “the lake”, [C said]: [X “We moved.”]`},
	// a coordinated request ends the content: "…, and urged people to …"
	{`It said waves could reach the shore, and urged people to stay away.`, `[M It] [C said] [X waves could reach the shore], and urged people to stay away.`},
	{`The group said families were being used and called for talks.`, `[M The group] [C said] [X families were being used] and called for talks.`},
	// an object, a colon and the quote
	{`She recalled the first day she measured the air from a borrowed van: “I thought the instrument was broken.”`,
		`[M She] [C recalled] the first day she measured the air from a borrowed van: [X “I thought the instrument was broken.”]`},
	// a modal ends a noun phrase: the subject is before the relative clause
	{`Lise Marchetti, who flew over the fire, said the province would release $25 million.`,
		`[M Lise Marchetti], who flew over the fire, [C said] [X the province would release $25 million].`},
	// "said as he declared …": a clause of time after the cue, however long
	{`Turnout was 64.2 per cent of the 642,350 registered voters, the returning officer, Joseph Kiprono, said as he declared the result at the tallying centre at 11.40pm on Saturday.`,
		`[X Turnout was 64.2 per cent of the 642,350 registered voters], [M the returning officer, Joseph Kiprono], [C said] as he declared the result at the tallying centre at 11.40pm on Saturday.`},
	// "said A and that B": both clauses
	{`Ruiz-Whitman said the line paid for tutoring and that the details had been posted online.`,
		`[M Ruiz-Whitman] [C said] [X the line paid for tutoring and that the details had been posted online].`},
	// a question ends its own sentence before a capital; its speaker follows
	{`"Would we even be here?" Justice Eleanor Whitcomb asked the county's lawyer.`,
		`[X "Would we even be here?"] [M Justice Eleanor Whitcomb] [C asked] the county's lawyer.`},
	{`The exchange said its fund, which covers losses, stood at $640 million.`,
		`[M The exchange] [C said] [X its fund, which covers losses, stood at $640 million].`},
	// "p.m." and a capital: a new sentence, unless a weekday or a zone
	{`Watering is banned until 10 p.m. Fines will reach 3,000 euros, the mayor said.`,
		`Watering is banned until 10 p.m. [X Fines will reach 3,000 euros], [M the mayor] [C said].`},
	// …, she said, and a clause: one claim; with a second post-posed cue, two
	{`Enrollment fell 11%, she said, and the schools are half full.`,
		`[X Enrollment fell 11%, [M she] [C said], and the schools are half full].`},
	{`Winds pushed the fire east, the agency said in a statement, and crews pulled back.`,
		`[X Winds pushed the fire east, [M the agency] [C said] in a statement, and crews pulled back].`},
	{`Applications jumped 18%, it said, and the average loan reached $447,900, it added.`,
		`[X Applications jumped 18%], [M it] [C said], and [X the average loan reached $447,900], [M it] [C added].`},
	// A16 the writer's tail is not the source's content
	{`The firm said it had signed a deal with a carmaker, which it did not name.`, `[M The firm] [C said] [X it had signed a deal with a carmaker], which it did not name.`},
	{`Fjordlaks reported a 22% fall in profit on Monday.`, `[M Fjordlaks] [C reported] [X a 22% fall in profit] on Monday.`},
	// A16b a hyphenated modifier before the head; a document with several
	// prepositional phrases; company accounts
	{`Prices rose 14%, according to the 64-page ruling.`, `[X Prices rose 14%], [C according to] [M the 64-page ruling].`},
	{`The 12-member board said the plan was sound.`, `[M The 12-member board] [C said] [X the plan was sound].`},
	{`A poll of 2,014 parents by Harcourt Research for this newspaper found that fees rose.`,
		`[M A poll of 2,014 parents by Harcourt Research for this newspaper] [C found] that [X fees rose].`},
	{`The wage bill rose, according to the club's latest accounts, published in May.`,
		`[X The wage bill rose], [C according to] [M the club's latest accounts], published in May.`},
	// A16c a clause opened by a subordinator ends at its comma: the main
	// clause is the writer's
	{`When Aled Pryce told MPs that the scheme was on track, he was telling only part of the story.`,
		`When [M Aled Pryce] [C told] MPs that [X the scheme was on track], he was telling only part of the story.`},
	{`When the minister stood up and told MPs that the plan was on track, he was wrong.`,
		`When [M the minister] stood up and [C told] MPs that [X the plan was on track], he was wrong.`},
	// A16f a live blog's time stamp, like a dateline, opens no content
	{`9:40 p.m. — The fire is 5% contained, the fire authority said.`,
		`9:40 p.m. — [X The fire is 5% contained], [M the fire authority] [C said].`},
	// A16g an appositive, then a relative clause: the name is the subject
	{`Darnell Pryor, president of the teachers' union, which represents 700 teachers, called the plan "a fix."`,
		`[M Darnell Pryor], president of the teachers' union, which represents 700 teachers, [C called] the plan [X "a fix."]`},
	// A16h a question is no report: "whether" blocks a subject and is no
	// modifier of one
	{`Asked whether she expected more homes to be lost, she did not answer.`, `Asked whether she expected more homes to be lost, she did not answer.`},
	{`It is unclear whether officials said anything.`, `It is unclear whether officials said anything.`},
	// A16d a present form before a modal or "be" is a noun
	{`Written comments can be sent to the board.`, `Written comments can be sent to the board.`},
	// A16e "it" before a preposition is an object; an abbreviation's
	// period before a sentence-final number is not the content's
	{`Two of its own auditors questioned it in internal emails.`, `Two of its own auditors questioned it in internal emails.`},
	{`Haddad said a report was due by Dec. 3.`, `[M Haddad] [C said] [X a report was due by Dec. 3].`},
	// A17 after a possessive a present form is a noun; 's for "has" is not
	{`The government's answer is that help is on the way.`, `The government's answer is that help is on the way.`},
	{`The company's claims were denied by the union.`, `The company's claims were denied by the union.`},
	{`The company's said it will appeal.`, `[M The company]'s [C said] [X it will appeal].`},
	// A18 a number ends an appositive name; an opening adverbial before
	// the subject of a coordinated cue
	{`The union, Local 1180, said it would strike on Monday.`, `[M The union, Local 1180], [C said] [X it would strike on Monday].`},
	{`After the vote, Smith stood up and said the plan was dead.`, `After the vote, [M Smith] stood up and [C said] [X the plan was dead].`},
	{`One of them, Kari Nordvik, was flown out and insisted on going back.`, `One of them, Kari Nordvik, was flown out and insisted on going back.`},
	// A19 a cue inside the clause another cue reports takes its subject
	// from that clause, not from the sentence
	{`Lopez, who finished fourth, said third place felt “like a win”.`, `[M Lopez], who finished fourth, [C said] [X third place felt “like a win”].`},
	{`Wielgus said it held pharmacists’ notes as well as histories.`, `[M Wielgus] [C said] [X it held pharmacists’ notes as well as histories].`},
	// A21 "written to" someone reports no words; a time after the
	// subject before an appositive; role acronyms
	{`She had written to Hearthwell twice without a reply.`,
		`She had written to Hearthwell twice without a reply.`},
	{`She said the fire had caused damage, and that she had written to Hearthwell twice.`,
		`[M She] [C said] [X the fire had caused damage, and that she had written to Hearthwell twice].`},
	{`Minutes of a trustees’ meeting in June, seen by the Courier, say the sensors were old.`,
		`[M Minutes of a trustees’ meeting] in June, seen by the Courier, [C say] [X the sensors were old].`},
	{`The local MSP, Callum Baird, said the theft was a blow.`,
		`[M The local MSP, Callum Baird], [C said] [X the theft was a blow].`},
	// A22 (held-out set 8) a day's name opening a name; advocate; a
	// participle before "by"; a noun before a group after a number; a
	// document's head that is a verb's base form; an opening appositive
	// over an inverted subject
	{`In a statement, a spokesperson for the Sunday Clarion said the paper stood by its reporting.`,
		`In a statement, [M a spokesperson for the Sunday Clarion] [C said] [X the paper stood by its reporting].`},
	{`Her advocate, Johan Kriel, said the product had been tested.`,
		`[M Her advocate, Johan Kriel], [C said] [X the product had been tested].`},
	{`Professor Heinrich Aalbers, a pharmacologist called by the defence, told the panel that the amount was small.`,
		`[M Professor Heinrich Aalbers], a pharmacologist called by the defence, [C told] the panel that [X the amount was small].`},
	{`A survey of 1,150 estate agents by the Guild of Residential Valuers, carried out between 3 and 14 November, found that sales rose.`,
		`[M A survey of 1,150 estate agents by the Guild of Residential Valuers], carried out between 3 and 14 November, [C found] that [X sales rose].`},
	{`A sample contained 3.2 nanograms of it, according to the laboratory report.`,
		`[X A sample contained 3.2 nanograms of it], [C according to] [M the laboratory report].`},
	{`Police report that two men were held.`, `Police report that two men were held.`},
	{`A draft of the rules, seen by Continental Wire, says developers of AI systems would have to keep logs.`,
		`[M A draft of the rules], seen by Continental Wire, [C says] [X developers of AI systems would have to keep logs].`},
	{`The plan, which failed, said Kim, was doomed.`,
		`[X The plan, which failed, [C said] [M Kim], was doomed].`},
	// A23 a relative clause on the content's last noun is the source's;
	// one weighing the whole claim, or the writer's note with a pronoun
	// subject, is not
	{`Kriel said the product had been tested by a laboratory, which found traces of it.`,
		`[M Kriel] [C said] [X the product had been tested by a laboratory, which found traces of it].`},
	{`Castellan said the north-west had led the way, while prices in London had fallen.`,
		`[M Castellan] [C said] [X the north-west had led the way, while prices in London had fallen].`},
	{`They said the player had agreed a deal, which would make him the best-paid player.`,
		`[M They] [C said] [X the player had agreed a deal], which would make him the best-paid player.`},
	// A24 a phrase with a figure after a parenthetical cue carries the
	// claim on; a relative clause after "according to X" is about X
	{`The average home costs £286,450, the lender said, up 2.7 per cent on a year earlier.`,
		`[X The average home costs £286,450, [M the lender] [C said], up 2.7 per cent on a year earlier].`},
	{`According to figures from Landmark Property Data, which tracks asking prices, the gap has widened.`,
		`[C According to] [M figures from Landmark Property Data], which tracks asking prices, [X the gap has widened].`},
	// A25 a role, a comma and a title before the name
	{`The panel chair, Advocate Nomvula Dube, said the panel would decide.`,
		`[M The panel chair, Advocate Nomvula Dube], [C said] [X the panel would decide].`},
	// A26 a name before "of" a body and a relative clause is the subject
	{`Tomas Vreeland of the Green Alliance, who voted for the bill, called it "a floor, not a ceiling."`,
		`[M Tomas Vreeland] of the Green Alliance, who voted for the bill, [C called] it [X "a floor, not a ceiling."]`},
	// A27 (held-out set 9) "who" after a body in a prepositional phrase
	// refers to the person before it; Coun. and Cllr are titles
	{`A member of the Northland squad, who asked not to be named, said the bowler was unlikely to play.`,
		`[M A member of the Northland squad], who asked not to be named, [C said] [X the bowler was unlikely to play].`},
	{`An engineer on the Halcyon team, who asked not to be named, said morale had been low.`,
		`[M An engineer] on the Halcyon team, who asked not to be named, [C said] [X morale had been low].`},
	{`A juror, who asked not to be identified, told reporters that the emails were damning.`,
		`[M A juror], who asked not to be identified, [C told] reporters that [X the emails were damning].`},
	{`An editorial in the same issue said the findings should be weighed against the risks.`,
		`[M An editorial in the same issue] [C said] [X the findings should be weighed against the risks].`},
	{`An analyst at one of the three major credit rating agencies, who spoke on condition of anonymity, said the vote was good.`,
		`[M An analyst] at one of the three major credit rating agencies, who spoke on condition of anonymity, [C said] [X the vote was good].`},
	{`Its chair, Coun. Devon Achterberg, told reporters that the city would not halt.`,
		`[M Its chair, Coun. Devon Achterberg], [C told] reporters that [X the city would not halt].`},
	// A28 a document's phrase ends before a participle and never on "of
	// the"; summary and email are documents
	{`According to a summary of the agreement posted on the union’s website, the top rate will rise.`,
		`[C According to] [M a summary of the agreement] posted on the union’s website, [X the top rate will rise].`},
	{`An email from a member of the committee to the study team, dated 12 February, warned that the forms were unfit.`,
		`[M An email from a member of the committee to the study team], dated 12 February, [C warned] that [X the forms were unfit].`},
	{`A paper from the study published in June found that pupils slept 47 minutes less.`,
		`[M A paper from the study] published in June [C found] that [X pupils slept 47 minutes less].`},
	{`A notice to mariners issued by the authority on Sunday says the channel will stay closed.`,
		`[M A notice to mariners] issued by the authority on Sunday [C says] [X the channel will stay closed].`},
	// A29 after a preposition a role's name the verb follows is a new
	// subject; a participle after a comma is an appositive's
	{`Talks will resume at the offices of the Labour Commissioner, Mr Mwakio said last night.`,
		`[X Talks will resume at the offices of the Labour Commissioner], [M Mr Mwakio] [C said] last night.`},
	{`A review by her department, published in March, found that the sector needed more money.`,
		`[M A review by her department], published in March, [C found] that [X the sector needed more money].`},
	{`A senior academic at Kilbrannan, who asked not to be named, said the fall was embarrassing.`,
		`[M A senior academic at Kilbrannan], who asked not to be named, [C said] [X the fall was embarrassing].`},
	{`The festival, now in its 41st year, said it had sold more tickets.`,
		`[M The festival], now in its 41st year, [C said] [X it had sold more tickets].`},
	{`According to a person briefed on the plans, Veltra intends to launch a cheaper model.`,
		`[C According to] [M a person briefed on the plans], [X Veltra intends to launch a cheaper model].`},
	// A30 a column's word inside a name; a verb before "that" ends a
	// name; "declared" with a plain object reports no words
	{`A poll of 1,200 voters by the Kastell Institute for Public Opinion, published on Sunday, found that most backed the rise.`,
		`[M A poll of 1,200 voters by the Kastell Institute for Public Opinion], published on Sunday, [C found] that [X most backed the rise].`},
	{`Belanger estimates that a typical farm will see revenue fall.`,
		`[M Belanger] [C estimates] that [X a typical farm will see revenue fall].`},
	{`Vasilescu declared a state of emergency in the province and said the government would pay.`,
		`[M Vasilescu] declared a state of emergency in the province and [C said] [X the government would pay].`},
	// A31 a coordinated negated cue ends the content
	{`Marek said he would not close any, but did not say what would happen after that.`,
		`[M Marek] [C said] [X he would not close any], but did not say what would happen after that.`},
	// A20 (held-out set 7) a body's "of" and a plural group; a verb's form
	// before a document's head; a possessive and a year before one; a
	// pronoun's spelling after "the"; a relative clause before a
	// preposition's object; an appositive's verb object; a noun after a
	// speech verb
	{`In a statement, the board of trustees said the sensors had been replaced.`,
		`In a statement, [M the board of trustees] [C said] [X the sensors had been replaced].`},
	{`Five miners were killed, the mine's owner said.`,
		`[X Five miners were killed], [M the mine's owner] [C said].`},
	{`The airers sold in 120 shops, according to the recall notice.`,
		`[X The airers sold in 120 shops], [C according to] [M the recall notice].`},
	{`According to a briefing note handed to reporters, farmers will get C$4.`,
		`[C According to] [M a briefing note] handed to reporters, [X farmers will get C$4].`},
	{`The note says the outbreak cost about C$140 million.`,
		`[M The note] [C says] [X the outbreak cost about C$140 million].`},
	{`The report notes that sales fell.`,
		`[M The report] [C notes] that [X sales fell].`},
	{`The Mine Health and Safety Inspectorate said it had ordered work to stop.`,
		`[M The Mine Health and Safety Inspectorate] [C said] [X it had ordered work to stop].`},
	{`According to the company's 2025 sustainability report, the mine recorded 23 events.`,
		`[C According to] [M the company's 2025 sustainability report], [X the mine recorded 23 events].`},
	{`A rescue worker who asked not to be named because he was not authorised to speak to the media said the roof had come down.`,
		`[M A rescue worker] who asked not to be named because he was not authorised to speak to the media [C said] [X the roof had come down].`},
	{`A manager who stole £48,000 was jailed after a judge told him he had lied.`,
		`A manager who stole £48,000 was jailed after [M a judge] [C told] him [X he had lied].`},
	{`The top Republican on the committee, Sen. Dale Hutchins, said the bill was too costly.`,
		`The top Republican on the committee, [M Sen. Dale Hutchins], [C said] [X the bill was too costly].`},
	{`A co-author, Tomás Echeverría, said the findings were clear.`,
		`[M A co-author, Tomás Echeverría], [C said] [X the findings were clear].`},
	{`Detective Sergeant Imran Shafiq, who led the investigation, said outside court that he was dangerous.`,
		`[M Detective Sergeant Imran Shafiq], who led the investigation, [C said] outside court that [X he was dangerous].`},
	{`The bylaw would add 1,800 units, a number Benali called "a drop in the bucket."`,
		`The bylaw would add 1,800 units, a number [M Benali] [C called] [X "a drop in the bucket."]`},
	{`Police say the driver, 52, fled the scene.`,
		`[M Police] [C say] [X the driver, 52, fled the scene].`},
	{`Nationally, CDC data show 1,412 cases have been confirmed.`,
		`Nationally, [M CDC data] [C show] [X 1,412 cases have been confirmed].`},
	{`Holmgaard spoke first. Holmgaard’s caddie, Jens Friis, said the pair had talked.`,
		`Holmgaard spoke first. Holmgaard’s caddie, [M Jens Friis], [C said] [X the pair had talked].`},
	{`The grandfather was modest about his part: 'Anyone would have done the same.'`,
		`[M The grandfather] was modest about his part[C :] [X 'Anyone would have done the same.']`},
	{`A report by the Harbourside Institute, a Sydney think tank, released last week, found that wages fell.`,
		`[M A report by the Harbourside Institute], a Sydney think tank, released last week, [C found] that [X wages fell].`},
	{`Asked whether he could now win a major, Holmgaard said he could.`,
		`Asked whether he could now win a major, [M Holmgaard] [C said] [X he could].`},
	{`The lead negotiator, Dutch MEP Joost van Leeuwen (Renew Europe), said the text had been softened.`,
		`[M The lead negotiator, Dutch MEP Joost van Leeuwen] (Renew Europe), [C said] [X the text had been softened].`},
	{`BURGLARY: Darren Kowalczyk (34) was arrested on Tuesday, police said.`,
		`BURGLARY: [X Darren Kowalczyk (34) was arrested on Tuesday], [M police] [C said].`},
	{`The airline added that each passenger would receive 600 euros, the maximum, as well as a voucher.`,
		`[M The airline] [C added] that [X each passenger would receive 600 euros, the maximum, as well as a voucher].`},
	{`According to an extended outlook issued on Monday, temperatures will fall.`,
		`[C According to] [M an extended outlook] issued on Monday, [X temperatures will fall].`},
	{`The UN humanitarian office in Ukraine said 3 people died.`,
		`[M The UN humanitarian office in Ukraine] [C said] [X 3 people died].`},
	{`Whitfield, a nurse in Columbus, Ohio, said it was fine.`,
		`[M Whitfield], a nurse in Columbus, Ohio, [C said] [X it was fine].`},
	{`Officials in both countries said the talks had stalled.`,
		`[M Officials in both countries] [C said] [X the talks had stalled].`},
	{`Fans outside the stadium said they were angry.`,
		`[M Fans outside the stadium] [C said] [X they were angry].`},
	{`Fiona Gault, who runs the Stolen Heritage Register, a database of missing antiquities, said objects this well known were hard to sell.`,
		`[M Fiona Gault], who runs the Stolen Heritage Register, a database of missing antiquities, [C said] [X objects this well known were hard to sell].`},
	// session 15
	{`According to the Freight Council, an industry group, the dispute is costing A$4 million a day.`,
		`[C According to] [M the Freight Council], an industry group, [X the dispute is costing A$4 million a day].`},
	{`According to police, the man, 34, was arrested.`,
		`[C According to] [M police], [X the man, 34, was arrested].`},
	{`Security camera footage released by police showed four men in dark clothing.`,
		`[M Security camera footage] released by police [C showed] [X four men in dark clothing].`},
	{`A mother of three in Lewistown, who declined to be named, said her children had measles.`,
		`[M A mother of three in Lewistown], who declined to be named, [C said] [X her children had measles].`},
	{`His sister told the hearing the family had waited 15 months.`,
		`[M His sister] [C told] the hearing [X the family had waited 15 months].`},
	{`Police said they had found a ladder and asked anyone who saw the van at 3:30 a.m. to come forward.`,
		`[M Police] [C said] [X they had found a ladder] and asked anyone who saw the van at 3:30 a.m. to come forward.`},
	{`The chair of the inquiry, retired judge Margaret Oduya, said the hearings would run.`,
		`[M The chair of the inquiry, retired judge Margaret Oduya], [C said] [X the hearings would run].`},
	{`Clara Whitcombe, co-founder of Bristol roaster Hillside Beans, said she had raised the price.`,
		`[M Clara Whitcombe], co-founder of Bristol roaster Hillside Beans, [C said] [X she had raised the price].`},
	{`Doctors at three Leeds hospitals warned that waiting lists could pass 9,000.`,
		`[M Doctors at three Leeds hospitals] [C warned] that [X waiting lists could pass 9,000].`},
	{`Hana Brisk, who chairs the water regulator, was blunt: “Companies will pay.”`,
		`[M Hana Brisk], who chairs the water regulator, was blunt[C :] [X “Companies will pay.”]`},
	{`A couple travelling with their two children said they waited.`,
		`[M A couple] travelling with their two children [C said] [X they waited].`},
	{`The man arrested on Monday said he was innocent.`,
		`[M The man] arrested on Monday [C said] [X he was innocent].`},
	{`A lawyer for him said his client was cooperating.`,
		`[M A lawyer for him] [C said] [X his client was cooperating].`},
	{`The memo also shows police overtime spending falling to $19.2 million.`,
		`[M The memo] also [C shows] [X police overtime spending falling to $19.2 million].`},
	{`The chain said it now expects earnings to rise.`,
		`[M The chain] [C said] [X it now expects earnings to rise].`},
	{`SAN FRANCISCO — Hollis & Crane Pharmacy, a chain of 1,140 drugstores, said hackers had stolen data.`,
		`SAN FRANCISCO — [M Hollis & Crane Pharmacy], a chain of 1,140 drugstores, [C said] [X hackers had stolen data].`},
	{`Its engineers had found ‘no cause for concern’ at the time, the council said.`,
		`[X Its engineers had found ‘no cause for concern’ at the time], [M the council] [C said].`},
	{`About 56 percent voted yes, according to unofficial results from the secretary of state's office.`,
		`[X About 56 percent voted yes], [C according to] [M unofficial results from the secretary of state's office].`},
	{`The cargo includes 960 kilograms of hardware, according to a manifest released by the agency.`,
		`[X The cargo includes 960 kilograms of hardware], [C according to] [M a manifest] released by the agency.`},
	{`Midwives across Wales warned that one in four posts would be empty.`,
		`[M Midwives across Wales] [C warned] that [X one in four posts would be empty].`},
	{`Retired ferryman Elias Brandt recalled the night: “The sea was black.”`,
		`[M Retired ferryman Elias Brandt] [C recalled] the night: [X “The sea was black.”]`},
	{`Minister Carolina Fuenzalida told reporters at the mine, about 45 kilometres south of Copiapó, that a roof had given way.`,
		`[M Minister Carolina Fuenzalida] [C told] reporters at the mine, about 45 kilometres south of Copiapó, that [X a roof had given way].`},
	{`A crowd of 41,250 attended, the racecourse said.`,
		`[X A crowd of 41,250 attended], [M the racecourse] [C said].`},
	{`Argentina registered a reservation, according to a footnote.`,
		`[X Argentina registered a reservation], [C according to] [M a footnote].`},
	{`“We are ready,” said Const. Julie Marchetti.`,
		`[X “We are ready,”] [C said] [M Const. Julie Marchetti].`},
	{`Fairwater said the deal fell short of the $2.4 trillion a year that its analysts estimate poor economies need.`,
		`[M Fairwater] [C said] [X the deal fell short of the $2.4 trillion a year that its analysts estimate poor economies need].`},
	{`It is in talks to buy Norrvik, a deal that a person familiar with the matter said could value it at $3bn.`,
		`It is in talks to buy Norrvik, a deal that [M a person familiar with the matter] [C said] [X could value it at $3bn].`},
	{`Only $300 billion would come from budgets, she said, with the rest expected from banks.`,
		`[X Only $300 billion would come from budgets, [M she] [C said], with the rest expected from banks].`},
	{`Nurses voted to strike, the Nursing and Midwifery Alliance Cymru said.`,
		`[X Nurses voted to strike], [M the Nursing and Midwifery Alliance Cymru] [C said].`},
	{`Nasreen Haque, who heads the Launch Passengers Welfare Association, a Dhaka-based advocacy group, said most vessels were overloaded.`,
		`[M Nasreen Haque], who heads the Launch Passengers Welfare Association, a Dhaka-based advocacy group, [C said] [X most vessels were overloaded].`},
	{`Officials from France and Germany said the talks failed.`,
		`[M Officials from France and Germany] [C said] [X the talks failed].`},
	// session 16
	{`MARLOW FERRY, Ky. (Sourcewire) — A freight train derailed late Sunday, emergency officials said Monday.`,
		`MARLOW FERRY, Ky. (Sourcewire) — [X A freight train derailed late Sunday], [M emergency officials] [C said] Monday.`},
	{`It hit the barrier at 260 km/h. Smit was taken to hospital, his team said.`,
		`It hit the barrier at 260 km/h. [X Smit was taken to hospital], [M his team] [C said].`},
	{`A spokesperson said ministers would “consider the findings” and pointed to a ban on cotton buds.`,
		`[M A spokesperson] [C said] [X ministers would “consider the findings”] and pointed to a ban on cotton buds.`},
	{`Her coach, a 68-year-old former Olympian, said Hurst learned to swim at 80.`,
		`[M Her coach], a 68-year-old former Olympian, [C said] [X Hurst learned to swim at 80].`},
	{`Twenty cars left the tracks, according to the Kentucky Division of Emergency Management.`,
		`[X Twenty cars left the tracks], [C according to] [M the Kentucky Division of Emergency Management].`},
	{`Gardaí in Thurles said on Monday that 19 quad bikes had been stolen.`,
		`[M Gardaí in Thurles] [C said] on Monday that [X 19 quad bikes had been stolen].`},
	{`Marine biologist Tala Reyes said the corals had bleached.`,
		`[M Marine biologist Tala Reyes] [C said] [X the corals had bleached].`},
	{`Meanwhile diver Tomas Revell said it was cold.`,
		`Meanwhile [M diver Tomas Revell] [C said] [X it was cold].`},
	{`“It was fine,” said pole-sitter Kenji Aoyama.`,
		`[X “It was fine,”] [C said] [M pole-sitter Kenji Aoyama].`},
	{`A Whitehall source said officials were worried.`,
		`[M A Whitehall source] [C said] [X officials were worried].`},
	{`Judge Renata Osei said the evidence “would have changed the outcome” and ordered Darnell Briggs released.`,
		`[M Judge Renata Osei] [C said] [X the evidence “would have changed the outcome”] and ordered Darnell Briggs released.`},
	{`Briggs is the 41st person exonerated since 1989, according to the National Registry of Exonerations.`,
		`[X Briggs is the 41st person exonerated since 1989], [C according to] [M the National Registry of Exonerations].`},
	{`Car claims alone could top 40,000, sources said.`,
		`[X Car claims alone could top 40,000], [M sources] [C said].`},
	{`Its project director, Lauren Okafor, told the board the company had heard concerns.`,
		`[M Its project director, Lauren Okafor], [C told] the board [X the company had heard concerns].`},
	{`Attacks fell, according to the Taronga Conservation Society's shark incident database.`,
		`[X Attacks fell], [C according to] [M the Taronga Conservation Society's shark incident database].`},
	{`Orr forecast that the rate would reach 3% by June.`,
		`[M Orr] [C forecast] that [X the rate would reach 3% by June].`},
	{`Its president said her country would ‘not close its door’, but called on wealthier nations to share the cost.`,
		`[M Its president] [C said] [X her country would ‘not close its door’], but called on wealthier nations to share the cost.`},
	{`The device runs for 18 hours, according to the company’s specification sheet.`,
		`[X The device runs for 18 hours], [C according to] [M the company’s specification sheet].`},
	{`The tree stands 64.2 metres tall, said forest ecologist Lena Holt.`,
		`[X The tree stands 64.2 metres tall], [C said] [M forest ecologist Lena Holt].`},
	{`About half the money went to three detectives, the ledger shows.`,
		`[X About half the money went to three detectives], [M the ledger] [C shows].`},
	{`Ruiz said the time had been booked, and demand was ‘roughly five times’ what it could offer.`,
		`[M Ruiz] [C said] [X the time had been booked, and demand was ‘roughly five times’ what it could offer].`},
	{`Okafor said about a third of buyers were borrowing over 35 years.`,
		`[M Okafor] [C said] [X about a third of buyers were borrowing over 35 years].`},
	{`A drink costs £18.50, according to its menu.`,
		`[X A drink costs £18.50], [C according to] [M its menu].`},
	{`Tariffs will fall by 4 points a year, according to the text of the agreement.`,
		`[X Tariffs will fall by 4 points a year], [C according to] [M the text of the agreement].`},
}

func TestAttributions(t *testing.T) { runTable(t, attributionCases, drawAttributions) }

// Rule N: no attribution.
var noAttributionCases = []string{
	// N0 beliefs and expectations report no words (ANNOTATION.md: `believe`)
	`Some forecasters think real incomes could rise by 1.5 per cent next year.`,
	`The insurer expects payouts to exceed C$900 million.`,
	`She felt "trapped" by it.`,
	// N1 bylines and credit lines
	`Reporting by Anna Berg; Editing by Tom Hale`,
	`Reuters, BBC, and Al Jazeera contributed to this report.`,
	`Photo: Anna Berg`,
	`(Reporting by Anna Berg in Oslo; Editing by Tom Hale)`,
	`Anna Berg reported from Brussels.`,
	// N2 negated speech
	`KCNA did not specify whether the troops had left.`,
	`The ministry declined to comment on the report.`,
	`Officials refused to say how many had died.`,
	// N3 reportedly has no source
	`The troops have reportedly left the region.`,
	// N4 a speech verb inside a quote is the speaker's, not an attribution
	`The banner read “They said we would fail.”`,
	// N5 participles and acts, not reports
	`An estimated 14,000 troops were sent.`,
	`The reported cases rose to 40.`,
	`The company added 500 jobs last year.`,
	`Police found the car in a ditch.`,
	// N6 "according to plan", "said nothing"
	`The launch went according to plan.`,
	`The minister's aides said nothing.`,
	// N7 orders and plain objects of "told"; a gerund object
	`Aid agencies feared being shut out.`,
	`Coach Smith told his players to stay calm.`,
	`She told the story of her grandmother, who fled Vienna in 1938.`,
	// N8 a noun after a preposition is not the subject
	`Nobody in Millbank has yet said where the money will come from.`,
	// N9 a reply in deeds
	`Okonjo replied with centuries of 118 and 139.`,
	`Okafor answered with a step-back jumper.`,
	// N10 a cue with no complement before ", but"; "object most to"
	`Lumora added 4.2 million subscribers, beating Wall Street forecasts, but its shares fell 9%.`,
	`Students object most to the so-called supplement.`,
	// N12 another's claim as the object: "rejecting his claim that"
	`A jury convicted a restaurant owner of arson, rejecting his claim that the fire was an accident.`,
	// N13 a participle with no have or be before it modifies its noun
	`The records shown to the jury were sealed.`,
	// N14 a telephone call
	`He was asleep when his alarm company called, and he woke at 3am.`,
	// N15 a deal agreed
	`The 24-year-old has agreed a contract until June 30, 2030, and will join the squad.`,
	// N16 a noun before a participle and its agent; after a preposition
	`The miss was smaller than feared, since the consensus forecast compiled by the company had been 1.81 billion francs.`,
	`Marsh declined to comment on reports that Valdoria had asked for the talks to move.`,
	// N11 a plural noun after a bare capital, before a preposition
	`Restoration projects in Virginia have replanted about 3,600 hectares since 1999.`,
	`Research reports from the agency show gains.`,
}

func TestNoAttributions(t *testing.T) {
	for _, in := range noAttributionCases {
		t.Run(in, func(t *testing.T) {
			r := annotateT(t, in)
			if len(r.Attributions) > 0 {
				t.Errorf("want none, got %s", drawAttributions(in, &r))
			}
		})
	}
}

// Rule S: quote speakers. want lists, for each quote in order, the name of
// its source or "-" for none.
var speakerCases = []tableCase{
	// S0 a speaker named by a common noun, never the previous quote's
	{`Jo Reyes spoke first. "It was fine," the retiree said. "We lost it all," said the defendant.`,
		`the retiree; the defendant`},
	{`"I can't believe it," the rapper said. "Me neither," the boy told reporters.`, `the rapper; the boy`},
	// S0c an inverted speaker and what may close its clause
	{`Jo Reyes spoke first. "It is over," said Jones on Monday. "Fine," said Lee quietly. "Go," said Ann Roe to reporters.`,
		`Jones; Lee; Ann Roe`},
	{`"My dear Mr. Bennet," said his lady to him one day, "have you heard?"`, `his lady; his lady`},
	// S0d a name in unpaired marks is a label, no antecedent; a chant is speech
	{`Ms Rachel Moss spoke first. The union scrapped the 'Golden Goal' rule. 'I told him,' she said. Fans chanted 'Off, off, off!' as he left.`,
		`Ms Rachel Moss; Fans`},
	// S0e an object pronoun is not its verb's subject
	{`Dusty Whitacre died on Tuesday. Producer Margo Feeney called him "the quietest genius." "He would wait," Feeney said.`,
		`Producer Margo Feeney; Producer Margo Feeney`},
	// S0f capitals in the slot
	{`'Answer!' shouted Opposition MPs. 'Sit down!' shouted the Government benches, with less conviction.`,
		`Opposition MPs; the Government benches`},
	// S0b the slot holds whatever noun phrase: unknown nouns, hyphen
	// chains, "of" and a number
	{`Jo Reyes spoke first. "Done," the lifeguard said. "Again," said the bandleader. "Keep calm," the paramedic-turned-author later said.`,
		`the lifeguard; the bandleader; the paramedic-turned-author`},
	{`Jo Reyes spoke first. "It hurts," the mother of two said. "We were lucky," the father-of-three told the paper.`,
		`the mother of two; the father-of-three`},
	// S1 before, after, inverted, split by its cue
	{`Anna Berg won. “We tried,” she said, “but failed.”`, `Anna Berg; Anna Berg`},
	// S2 the adjacent sentence, and a run of quotes with no new cue
	{`Tom Arkwright said his side had been poor. “We were slow for 70 minutes.” “That is not enough.”`,
		`Tom Arkwright; Tom Arkwright`},
	// S3 carried over quoted paragraphs, not across an unrelated one
	{"“We will win,” said Kim Jong Un.\n\n“The enemy will fall.”\n\nThe weather was cold.\n\n“Nobody knows.”",
		`Kim Jong Un; Kim Jong Un; -`},
	// S4 a paragraph opening with a quote after one that reported someone
	{"Tom Smith said the plan would fail.\n\n“It is a disaster.”", `Tom Smith`},
	// S5 he/she by gender
	{`Maria Delgado and Tom Berg met. “It went well,” she said.`, `Maria Delgado`},
	{`Maria Delgado and Tom Berg met. “It went well,” he said.`, `Tom Berg`},
	// S5b a short beat of the speaker's own keeps the run ("He paused.")
	{`"I'm not going anywhere," Smith said. "Not now." He paused. "Next question."`, `Smith; Smith; Smith`},
	// S6 from an earlier sentence, he is its subject rather than its object
	{`Luis Enrique praised his goalkeeper. “He was incredible,” he said.`, `Luis Enrique`},
	// a subject pronoun resolved before is the sentence's subject too
	{`Police Chief Ray Dunn spoke on Friday. He said the suspect was armed. "Stay indoors," he warned.`, `Police Chief Ray Dunn`},
	// S7 a description refers to the person last named
	{`Fabian Hurzeler was delighted. “We pressed,” the German said. “We ran.”`, `Fabian Hurzeler; Fabian Hurzeler`},
	// S8 another verb on the way takes the quote
	{`Asked whether he understood the charges, Finch replied: “I do.”`, `Finch`},
	// S9 he or she reaches back three paragraphs for a known person
	{"Dr. Anna Berg runs the clinic.\n\nThe clinic opened in 1990.\n\nIt has 40 beds.\n\n“We are full,” she said.", `Dr. Anna Berg`},
	// S9b an age set off after a name makes a person of it: "she" is
	// hers, not the last person known by a role
	{`Owen Tracy, a partner, spoke. Marjorie Pell, 78, was next. “I watched it close,” she said.`, `Marjorie Pell`},
	// S10 no speaker in the text
	{`“Nobody knows,” the sign read.`, `-`},
	// S11b a lower-case title before an inverted name
	{`“We found the wreck,” said diver Tomas Revell, who led a team.`, `diver Tomas Revell`},
	// S11 an inverted document from two bodies
	{`“We compete with giants,” said a joint statement from Corrib and Slaney.`, `a joint statement from Corrib and Slaney`},
}

func TestSpeakers(t *testing.T) {
	runTable(t, speakerCases, func(in string, r *Result) string {
		var got []string
		for _, q := range r.Quotes {
			if q.Source < 0 {
				got = append(got, "-")
			} else {
				got = append(got, r.Sources[q.Source].Name)
			}
		}
		return strings.Join(got, "; ")
	})
}

// Rule C: clustering. want lists each source as `Name (kind): mention |
// mention`, sources separated by "; ".
var sourceCases = []tableCase{
	// C1 full name, surname, pronoun
	{`Kim Jong Un said the war would end. Kim said so again. He said it a third time.`,
		`Kim Jong Un (person): Kim Jong Un | Kim | He`},
	// C1b a family shares a surname, not a person
	{`Mr. John Smith said the house was sold. Mrs. Smith said it was not.`,
		`Mr. John Smith (person): Mr. John Smith; Mrs. Smith (person): Mrs. Smith`},
	// C1c a party's or a nation's people are a group; a one-word name a body
	{`Republicans said the bill lacked money. Siemens said orders rose.`,
		`Republicans (group): Republicans; Siemens (organization): Siemens`},
	// C1d a language is no source
	{`"We can do it," Ruiz said in English. "Twice," she said.`,
		`Ruiz (person): Ruiz | she`},
	// C2 "the company" and "it" to the last organization
	{`Lattice Harbor Inc. said it would cut jobs. The company said profits fell.`,
		`Lattice Harbor Inc. (organization): Lattice Harbor Inc. | it | The company`},
	// C2' "the company" paragraphs later: the story's company
	{"Corvell Systems said it would cut 1,800 jobs.\n\nA memo to staff said the cuts were final.\n\nWorkers said they learned of the cuts from alerts.\n\nThe company said charges would reach $95 million.",
		`Corvell Systems (organization): Corvell Systems | it | The company; A memo to staff (document): A memo to staff; Workers (group): Workers | they`},
	// C2'' "he" and an epithet go to the sentence's subject, a full name no
	// list holds, before a person it names later
	{`Jonah Whitlock won the final, beating Matteo Santoro after saving 11 of the 13 break points he faced. He said it felt good.`,
		`Jonah Whitlock (person): Jonah Whitlock | he | He`},
	{`Jonah Whitlock won the final, beating Matteo Santoro. The 25-year-old said it felt good.`,
		`Jonah Whitlock (person): Jonah Whitlock | The 25-year-old`},
	// C2x a lone letter and a party-and-state bracket are no names
	{`"This is a disaster," Senator Jane Doe (D-Calif.) wrote on X. He added that the plan would fail.`,
		`Senator Jane Doe (person): Senator Jane Doe; He (person): He`},
	// C3 "they" to the last group
	{`Ukrainian officials said 40 soldiers died. They said more were missing.`,
		`Ukrainian officials (group): Ukrainian officials | They`},
	// C4 anonymous and document sources
	{`A senior official said the plan had failed.`, `A senior official (anonymous): A senior official`},
	{`A statement from the ministry said the border was closed.`, `A statement from the ministry (document): A statement from the ministry`},
	// C5 the hearer of "told him" is not the teller; "he" after it is the hearer
	{`Walt Brenner woke up. His cardiologist told him he had lost muscle.`,
		`His cardiologist (person): His cardiologist`},
	// C6 "told Reuters they": the tellers; numbers make no definite phrase
	{`Witnesses told Reuters they heard gunfire.`, `Witnesses (group): Witnesses | they`},
	{`Sources said the deal was close. Two sources said it could be signed.`,
		`Sources (anonymous): Sources; Two sources (anonymous): Two sources`},
	// C7 "it" for a one-word body that spoke
	{`Microsoft said it would invest $10 billion.`, `Microsoft (organization): Microsoft | it`},
	// C8 "its forces" is another body; a bare "group" no mention
	{`Russia said its forces had taken two villages.`, `Russia (organization): Russia`},
	// C8b a role noun as second reference
	{`Town Planner Samir Haddad spoke. The planner added that 41 permits were issued.`,
		`Town Planner Samir Haddad (person): Town Planner Samir Haddad | The planner`},
	// C8c "the ministry" is no document; a memo keeps a "to" phrase
	{`A memo to senior staff warns that care will suffer. It says the ministry will need 40 beds.`,
		`A memo to senior staff (document): A memo to senior staff | It`},
	// C8d "the bank" is the body named with that head, not the last one
	{`The Central Bank of Ostria said rates would rise. The Federation of Labour said the bank was wrong.`,
		`The Central Bank of Ostria (organization): The Central Bank of Ostria | the bank; The Federation of Labour (organization): The Federation of Labour`},
	// C8d' a body's possessive is no plural: "it" stays with the bank
	{`The Central Bank of Ostria raised rates. Prices rose, according to the National Statistics Office. The bank’s target is 2%. The bank said it expected more. It said growth would slow.`,
		`The Central Bank of Ostria (organization): The Central Bank of Ostria | The bank | The bank | it | It; the National Statistics Office (organization): the National Statistics Office`},
	// C8e a utility's name ends in Power; "the utility" is that company
	{`Crestline Power said 4,000 homes had no power. The utility said repairs could take a week.`,
		`Crestline Power (organization): Crestline Power | The utility`},
	// C8f a name after a body's head is a body, whatever modifies the head
	{`Its parent company, Calder Utilities, said profits rose.`,
		`Its parent company, Calder Utilities (organization): Its parent company, Calder Utilities`},
	{`Its chief executive, Erik Lind, said profits rose.`,
		`Its chief executive, Erik Lind (person): Its chief executive, Erik Lind`},
	// C8f' a definite description whose words are all in a body's name is that body
	{`Inflation rose, according to the National Statistics Office. Output grew, the statistics office said. The office said prices rose.`,
		`the National Statistics Office (organization): the National Statistics Office | the statistics office | The office`},
	// C8g a surname naming a person mentioned twice stays with that person
	{`Ilse Brannock, a painter, died on Monday. She was 88. Her son, Tomas Brannock, said she had died of pneumonia. Brannock once said that ice keeps time.`,
		`Ilse Brannock (person): Ilse Brannock | She | she | Brannock; Her son, Tomas Brannock (person): Her son, Tomas Brannock`},
	// C8h a body's acronym opening a name makes a body; initials do not
	{`Waiting lists grew, according to NHS England. AJ Brown said he was fine.`,
		`NHS England (organization): NHS England; AJ Brown (person): AJ Brown | he`},
	// C9 title + surname
	{`Carol Reid said drivers were angry. Ms Reid warned that the strike would go ahead.`,
		`Carol Reid (person): Carol Reid | Ms Reid`},
	// C9b an age and a nationality or a role: the person last named
	{`Lucas Ferreira won the race. The 24-year-old Brazilian said it was hard. The 24-year-old striker said so.`,
		`Lucas Ferreira (person): Lucas Ferreira | The 24-year-old Brazilian | The 24-year-old striker`},
	// C10 a body known only by a common noun is not another's referent
	{`Ana Okafor said the company would open stores. The company owns 14 buildings. The union said pay was low.`,
		`Ana Okafor (person): Ana Okafor; The union (organization): The union`},
}

func TestSources(t *testing.T) {
	runTable(t, sourceCases, func(in string, r *Result) string {
		var srcs []string
		for _, s := range r.Sources {
			var ms []string
			for _, m := range s.Mentions {
				ms = append(ms, in[m.Start:m.End])
			}
			srcs = append(srcs, s.Name+" ("+s.Kind.String()+"): "+strings.Join(ms, " | "))
		}
		return strings.Join(srcs, "; ")
	})
}

// Rule F: figures inside an attributed claim carry its source; figures in
// the mention or the narration around the cue do not.
func TestFigureSources(t *testing.T) {
	in := `Three diplomats said about 14,000 troops were sent. “We lost 40 men,” Kim said shortly before 1 a.m.`
	r := annotateT(t, in)
	want := map[string]string{"Three": "-", "14,000": "Three diplomats", "40": "Kim", "1 a.m.": "-"}
	for _, f := range r.Figures {
		text := in[f.Start:f.End]
		w, ok := want[text]
		if !ok {
			continue
		}
		got := "-"
		if f.Source >= 0 {
			got = r.Sources[f.Source].Name
		}
		if got != w {
			t.Errorf("figure %q: source %q, want %q", text, got, w)
		}
	}
}

// TestCueLexicon checks the cue lexicon parses to several hundred forms in
// known classes.
func TestCueLexicon(t *testing.T) {
	loadCues()
	if n := len(cueVerbs); n < 400 {
		t.Errorf("%d cue verb forms, want several hundred", n)
	}
	for _, w := range []string{"said", "says", "told", "added", "stated", "acknowledged", "confirmed", "claimed", "reported", "warned", "noted", "insisted", "denied", "described", "called"} {
		if _, ok := cueVerbs[w]; !ok {
			t.Errorf("cue %q missing", w)
		}
	}
	if _, ok := cuePhrases["according"]; !ok {
		t.Error(`cue phrase "according to" missing`)
	}
}

// TestKeywordCodes checks that the kw constants follow kwWords, that every
// keyword gets its code, and that the codes sit above the lexicon's flags.
func TestKeywordCodes(t *testing.T) {
	if kwEnd>>kwShift != wordFlag(len(kwWords)) {
		t.Fatalf("%d kw constants for %d kwWords", kwEnd>>kwShift, len(kwWords))
	}
	if wLexEnd > dRoleSuffix || dEd >= 1<<kwShift {
		t.Fatal("word flag bits overlap")
	}
	loadSourceLexicons()
	seen := map[string]bool{}
	for k, w := range kwWords[1:] {
		if seen[w] {
			t.Errorf("keyword %q twice", w)
		}
		seen[w] = true
		if got := srcWords[w] & wKW; got != wordFlag(k+1)<<kwShift {
			t.Errorf("keyword %q has code %d, want %d", w, got>>kwShift, k+1)
		}
	}
	for w, c := range map[string]wordFlag{"of": kwOf, "the": kwThe, "year": kwYear, "after": kwAfter, "this": kwThis} {
		if srcWords[w]&wKW != c {
			t.Errorf("%q: wrong kw constant", w)
		}
	}
}

// TestCapIsWord checks what the rules take for granted when they test a
// capitalized word by its flag alone: the lexer sets fCap and fUpper on
// words only.
func TestCapIsWord(t *testing.T) {
	d := &doc{src: "Kim SAID “É” 3M $5 A.B. O’Brien ÉCOLE 'Tis\u00a0Ünal — X-Men's IBM’s 1st ½ Ⅻ"}
	d.lex()
	for i, tk := range d.toks {
		if tk.Flags&(fCap|fUpper) != 0 && tk.Kind != tWord {
			t.Errorf("token %d %q: capitalized but kind %d", i, d.tok(i), tk.Kind)
		}
	}
}

// TestFigureSourcesInnermost checks figureSources' cursors against the definition
// on lists shaped like its input (attribution contents nearly in order,
// quotes in order, equal spans of different sources): a figure's source is
// that of the last span holding it in the stable order by start, the
// longer first, attributions before quotes.
func TestFigureSourcesInnermost(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		d := &doc{scr: &scratch{}}
		r := &d.res
		pos := 0
		for i, na := 0, rng.IntN(12); i < na; i++ {
			pos = max(pos+rng.IntN(5)-2, 0)
			r.Attributions = append(r.Attributions, Attribution{Source: rng.IntN(3), Content: Span{pos, pos + 1 + rng.IntN(6)}})
			if rng.IntN(8) == 0 {
				r.Attributions[i].Content = none
			}
		}
		qs := 0
		for i, nq := 0, rng.IntN(12); i < nq; i++ {
			qs += 1 + rng.IntN(3)
			r.Quotes = append(r.Quotes, Quote{Span: Span{qs, qs + 1 + rng.IntN(3)}, Source: rng.IntN(4) - 1})
		}
		for i, nf := 0, rng.IntN(12); i < nf; i++ {
			s := rng.IntN(30)
			r.Figures = append(r.Figures, Figure{Span: Span{s, s + 1 + rng.IntN(2)}})
		}
		// the definition, on the figures in the order figureSources leaves them
		sort.SliceStable(r.Figures, func(a, b int) bool { return r.Figures[a].Start < r.Figures[b].Start })
		type ival struct {
			Span
			src int
		}
		var iv []ival
		for _, a := range r.Attributions {
			if a.Content.Valid() {
				iv = append(iv, ival{a.Content, a.Source})
			}
		}
		for _, q := range r.Quotes {
			if q.Source >= 0 {
				iv = append(iv, ival{q.Span, q.Source})
			}
		}
		sort.SliceStable(iv, func(a, b int) bool {
			return iv[a].Start < iv[b].Start || iv[a].Start == iv[b].Start && iv[a].End > iv[b].End
		})
		want := make([]int, len(r.Figures))
		for k, f := range r.Figures {
			want[k] = -1
			for _, s := range iv {
				if s.Start <= f.Start && f.End <= s.End {
					want[k] = s.src
				}
			}
		}
		(&attrPass{d: d}).figureSources()
		for k, f := range r.Figures {
			if f.Source != want[k] {
				t.Fatalf("figure %v: source %d, want %d\nattributions %v\nquotes %v\nfigures %v", f.Span, f.Source, want[k], r.Attributions, r.Quotes, r.Figures)
			}
		}
	}
}
