package dedup

import (
	"strings"
	"testing"
)

// bridgeFiller is filler of the same story as the pairs of the tests
// below, so that the names of a pair are not in every sentence.
var bridgeFiller = []string{
	"The harbour district has waited a decade for a second crossing.",
	"Ferry operators fear that passenger numbers will fall sharply.",
	"Residents of the northern suburbs welcomed the shorter commute.",
	"The old swing bridge will close for repairs next spring.",
}

// amongFiller runs AcrossSources on a (source 1, first), the filler
// (two lines of each source) and b (source 2, last).
func amongFiller(a, b string) ([]string, Result) {
	texts := append(append([]string{a}, bridgeFiller...), b)
	res := allKept(texts)
	AcrossSources(&res, []int{1, 1, 1, 2, 2, 2})
	return texts, res
}

func TestAcrossSources(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string // a from source 1, b from source 2
		same bool   // one of them is dropped, credited to the other
	}{
		{"same fact, other words",
			"Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel on Monday.",
			"On Monday the Kestrel Bridge in Port Avel was opened by Mayor Lena Ortiz after four years of work.", true},
		{"a number only one gives is its own fact",
			"Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel on Monday.",
			"Mayor Lena Ortiz said 800 apprentices helped build the Kestrel Bridge in Port Avel.", false},
		{"a month abbreviated is the same month",
			"The opening happened at 10 am on October 9th.",
			"Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel at around 10 a.m. on Monday, Oct. 9.", true},
		{"a conversion in brackets is no fact of its own",
			"Kestrel Ferries received a fine of €1.8bn (£1.5bn) from the Port Avel council for breaking harbour rules.",
			"The Port Avel council fined Kestrel Ferries €1.8 billion ($2 billion) on Monday for breaking harbour rules.", true},
		{"different numbers are different facts",
			"The Kestrel Bridge cost 240 million euros, the city of Port Avel said.",
			"The Kestrel Bridge cost 310 million euros, auditors in Port Avel said.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts, res := amongFiller(tc.a, tc.b)
			dropped := -1
			switch {
			case !res.Keep[0]:
				dropped = 0
			case !res.Keep[5]:
				dropped = 5
			}
			if (dropped >= 0) != tc.same {
				t.Fatalf("keep %v, reasons %v; want one dropped: %v", res.Keep, res.Reason, tc.same)
			}
			if tc.same {
				other := 5 - dropped
				if res.Reason[dropped] != SameFact || res.DupOf[dropped] != other {
					t.Errorf("dropped %d: reason %q, dup of %d, want %q of %d", dropped, res.Reason[dropped], res.DupOf[dropped], SameFact, other)
				}
				if dropped != 0 {
					t.Errorf("kept the shorter wording %q, dropped %q", texts[0], texts[5])
				}
			}
		})
	}
}

// TestAcrossSourcesClaims: wordings of one fact by different outlets end
// as one claim (the others credited to it), whatever lead phrase each
// opens with (a place is not the actor); near misses stay apart: the same actors with other numbers,
// the same numbers with other actors, the same actors doing something else.
func TestAcrossSourcesClaims(t *testing.T) {
	filler := []string{
		"The harbour district has waited a decade for a second crossing.",
		"Ferry operators fear that passenger numbers will fall sharply.",
		"Residents of the northern suburbs welcomed the shorter commute.",
		"The old swing bridge will close for repairs next spring.",
		"Timber from Norland has crossed the estuary to Port Avel for a century.",
		"Ferries from Calder cross to Port Avel twice a day.",
	}
	for _, tc := range []struct {
		name  string
		sents []sent
		same  [][]int // groups of sents that must be one claim; every other sentence stands alone
	}{
		{"an order told as ordered, instructed", []sent{
			{1, "Governor Ana Velez ordered harbour pilots to cooperate with Norland."},
			{2, "Harbour pilots were instructed by Governor Ana Velez to collaborate with Norland."},
		}, [][]int{{0, 1}}},
		{"an order with each outlet's own lead phrase", []sent{
			{1, "In Port Avel, Governor Ana Velez ordered the harbour pilots to cooperate with Norland on hydrogen shipping."},
			{2, "At a meeting in Calder, Governor Ana Velez instructed the harbour pilots to collaborate with Norland on hydrogen shipping."},
		}, [][]int{{0, 1}}},
		{"a halt told as halted, stopped, ceased", []sent{
			{1, "Steel makers halted exports to Port Avel."},
			{2, "Producers of steel ceased all exports to Port Avel."},
		}, [][]int{{0, 1}}},
		{"one figure written two ways", []sent{
			{1, "The Kestrel Bridge cost Port Avel 240 million euros."},
			{2, "Port Avel paid €240m for the Kestrel Bridge, the city said."},
		}, [][]int{{0, 1}}},
		{"a number in words joined by a hyphen, an acronym that is a stop word", []sent{
			{1, "President Lena Ortiz said the US will take a 25% cut of all ferry fares to Calder from March."},
			{2, "The US government will take a twenty-five percent cut on all ferry fares to Calder."},
		}, [][]int{{0, 1}}},
		{"one range written in words and in digits", []sent{
			{1, "Port Avel expects traffic on the Kestrel Bridge to grow by two to three percent a year."},
			{2, "Traffic on the Kestrel Bridge should grow by 2-3 percent a year, Port Avel expects."},
		}, [][]int{{0, 1}}},
		{"a figure and its rounding", []sent{
			{1, "The Kestrel Bridge cost Port Avel 26.3 million euros in 2021."},
			{2, "In 2021 Port Avel paid 26 million euros for the Kestrel Bridge."},
		}, [][]int{{0, 1}}},
		{"a clock time and its rounding", []sent{
			{1, "Storm Ida made landfall near Port Avel at 8:31 p.m."},
			{2, "Storm Ida made landfall near Port Avel around 8:30 pm."},
		}, [][]int{{0, 1}}},
		{"two precise clock times", []sent{
			{1, "Storm Ida made landfall near Port Avel at 8:31 p.m."},
			{2, "Storm Ida made landfall near Port Avel around 8:35 pm."},
		}, nil},
		{"two precise counts: outlets that disagree", []sent{
			{1, "The Green League won 412 seats in the Norland parliament."},
			{2, "The Green League won 410 seats in the Norland parliament, an exit poll said."},
		}, nil},
		{"same actors, different numbers", []sent{
			{1, "The Kestrel Bridge cost 240 million euros, the city of Port Avel said."},
			{2, "The Kestrel Bridge cost 310 million euros, auditors in Port Avel said."},
		}, nil},
		{"same numbers, different actors", []sent{
			{1, "Norland pledged 40 million euros to the Kestrel Bridge."},
			{2, "Port Avel pledged 40 million euros to the Kestrel Bridge."},
		}, nil},
		{"same numbers, different actors, other order", []sent{
			{1, "Mayor Lena Ortiz said 800 apprentices helped build the Kestrel Bridge in Port Avel."},
			{2, "Governor Ana Velez said 800 apprentices helped build the Kestrel Bridge in Port Avel."},
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts, res := acrossOf(tc.sents, filler)
			claim := func(i int) int {
				for !res.Keep[i] && res.Reason[i] == SameFact {
					i = res.DupOf[i]
				}
				return i
			}
			group := map[int]int{}
			for g, is := range tc.same {
				for _, i := range is {
					group[i] = g + 1
				}
			}
			for i := range texts {
				for j := i + 1; j < len(texts); j++ {
					want := group[i] != 0 && group[i] == group[j]
					if got := claim(i) == claim(j); got != want {
						t.Errorf("one claim = %v, want %v:\n  %s\n  %s", got, want, texts[i], texts[j])
					}
				}
			}
		})
	}
}

// TestAcrossSourcesDetails: outlets that tell one claim each with a detail
// of their own end as one claim: the fullest wording whole, each other cut
// to the phrases that carry what only it gives (elisions where words were
// left out), standing after it (Follows). A figure of the same kind with
// another value is another fact; a core that says something else (who or
// what differs) is another claim; an attribution is no detail.
func TestAcrossSourcesDetails(t *testing.T) {
	filler := []string{
		"Ferry operators in the estuary cancelled every crossing for two days.",
		"Shops along the harbour boarded up their windows on Sunday.",
		"The town council opened three shelters in school halls.",
		"Farmers fear the loss of the autumn harvest in the valley.",
		"Trade between Norland and Calder fell by a third last year.",
	}
	for _, tc := range []struct {
		name  string
		sents []sent
		whole []int          // kept as written
		cut   map[int]string // cut to its details, following sents[follows[i]]
		dup   []int          // dropped as the same fact
	}{
		{"one landfall, each outlet's detail", []sent{
			{1, "Storm Ida made landfall near Port Avel, Norland, on Sunday as a Category 2 storm with 95 mph winds."},
			{2, "Storm Ida made landfall near Port Avel at around 6:40 p.m., about twelve miles north of Calder."},
			{3, "Storm Ida made landfall near Port Avel, just 40 miles west of Dunmere, with heavy rain and flooding across the estuary."},
		}, []int{0}, map[int]string{
			1: "…at around 6:40 p.m., about twelve miles north of Calder.",
			2: "…just 40 miles west of Dunmere, with heavy rain and flooding…",
		}, nil},
		{"a dateline, a word in capitals and a trailing zero", []sent{
			{1, "CALDER, (Avel Wire - 3 March) The Bank of Norland cut its interest rate by 25 basis points to 4.10% on Tuesday."},
			{2, "THE Bank of Norland has cut interest rates at 2.30pm today to 4.1%."},
		}, []int{0}, map[int]string{1: "…at 2.30pm today to 4.1%."}, nil},
		{"an attribution is no detail", []sent{
			{1, "Storm Ida made landfall near Port Avel, Norland, as a Category 2 storm with 95 mph winds."},
			{2, "Storm Ida made landfall near Port Avel, the Calder Weather Office said."},
		}, []int{0}, nil, []int{1}},
		{"the same kind of figure, another value", []sent{
			{1, "Storm Ida made landfall near Port Avel, Norland, at 6:40 p.m. as a Category 2 storm."},
			{2, "Storm Ida made landfall near Port Avel at 7:15 p.m., about twelve miles north of Calder."},
		}, []int{0, 1}, nil, nil},
		{"a lead phrase is kept whole", []sent{
			{1, "Storm Ida made landfall near Port Avel, Norland, on Sunday as a Category 2 storm with 95 mph winds."},
			{2, "Despite weakening over the cold waters of the Marn Gulf overnight, Storm Ida made landfall near Port Avel."},
		}, []int{0}, map[int]string{1: "Despite weakening over the cold waters of the Marn Gulf overnight…"}, nil},
		{"a name alone is no detail", []sent{
			{1, "Storm Ida made landfall near Port Avel, Norland, on Sunday as a Category 2 storm with 95 mph winds."},
			{2, "Storm Ida made landfall near Port Avel on Sunday, Norland's governor, Anna B. Velez, said."},
		}, []int{0}, nil, []int{1}},
		{"details apart are shown with what stands between them", []sent{
			{1, "Storm Ida made landfall near Port Avel, Norland, on Sunday as a Category 2 storm with 95 mph winds."},
			{2, "Storm Ida made landfall near Port Avel on Sunday, flooding 24 villages of the valley, hours before the weather office raised its warning."},
		}, []int{0}, map[int]string{1: "…flooding 24 villages of the valley, hours before the weather office raised its warning."}, nil},
		{"a detail whose pronoun was cut from it stands whole", []sent{
			{1, "Storm Ida made landfall near Port Avel, Norland, on Sunday as a Category 2 storm with 95 mph winds."},
			{2, "Storm Ida made landfall near Port Avel on Sunday, hours after the alert, and it flooded 24 villages of the valley."},
		}, []int{0, 1}, nil, nil},
		{"a subject of names runs to its verb", []sent{
			{1, "The Bank of Norland announced on Tuesday that it will cut its interest rate by 25 basis points to 4.1%."},
			{2, "The Bank of Norland, however, kept its caution and cited economic uncertainty in Calder."},
		}, []int{0, 1}, nil, nil},
		{"a rank is no distance", []sent{
			{1, "Storm Ida made landfall near Port Avel at 6:40 p.m., five miles north of Calder, the weather office said."},
			{2, "Storm Ida is the fifth storm to make landfall near Port Avel this year."},
		}, []int{0, 1}, nil, nil},
		{"a place and a time with no preposition are details, not the core", []sent{
			{1, "Storm Ida made landfall in Dunmere, Norland, as a Category 2 storm, causing at least three deaths before moving into the Marn Gulf."},
			{2, "Storm Ida made landfall south of Dunmere Sunday night as a Category 2 storm, the Calder Weather Office said."},
		}, []int{0}, nil, []int{1}},
		{"one claim by two figures, each outlet's framing", []sent{
			{1, "Norland's plan envisions 80% of its dockworkers trained in welding by 2030, up from 5% today, with a budget of 850 million crowns."},
			{2, "A target has been set for 80% of Norland dockworkers to be trained in welding by the same year, up from the 5% recorded in 2023."},
		}, []int{0}, map[int]string{1: "…in 2023."}, nil},
		{"one claim by two figures, a detail of its own", []sent{
			{1, "The Kestrel Prize is awarded by the Norland Academy of Engineering, with a prize sum of 11 million crowns ($1.1 million)."},
			{2, "The Kestrel Prize comes with a reward of 11 million Norland crowns (about $1.1 million) and is the first of the academy's prizes to be announced each year."},
		}, []int{0}, map[int]string{1: "…and is the first of the academy's prizes to be announced each year."}, nil},
		{"another claim about the same names", []sent{
			{1, "The port of Norland ranks 31st of 83 ports by cargo handled, well behind Calder and Dunmere."},
			{2, "The ports of Calder and Dunmere are in the top 10."},
		}, []int{0, 1}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts, res := acrossOf(tc.sents, filler)
			for _, i := range tc.whole {
				if !res.Keep[i] || res.Text[i] != texts[i] {
					t.Errorf("%q: keep %v (%s) as %q, want it whole", texts[i], res.Keep[i], res.Reason[i], res.Text[i])
				}
			}
			for i, want := range tc.cut {
				if !res.Keep[i] || res.Reason[i] != Detail || res.Text[i] != want || res.Follows[i] != tc.whole[0] {
					t.Errorf("%q: keep %v (%s), follows %d, as %q; want %q after %d", texts[i], res.Keep[i], res.Reason[i], res.Follows[i], res.Text[i], want, tc.whole[0])
				}
			}
			for _, i := range tc.dup {
				if res.Keep[i] || res.Reason[i] != SameFact || res.DupOf[i] != tc.whole[0] {
					t.Errorf("%q: keep %v (%s), dup of %d; want dropped for %d", texts[i], res.Keep[i], res.Reason[i], res.DupOf[i], tc.whole[0])
				}
			}
		})
	}
}

// sent is a sentence of a test of AcrossSources and its source.
type sent struct {
	src  int
	text string
}

// acrossOf runs AcrossSources over sents and then the filler (of source
// 9), every sentence kept, as Select leaves sentences of different
// wording; it returns the texts as given and the result.
func acrossOf(sents []sent, filler []string) ([]string, Result) {
	var texts []string
	var src []int
	for _, s := range sents {
		texts, src = append(texts, s.text), append(src, s.src)
	}
	for _, f := range filler {
		texts, src = append(texts, f), append(src, 9)
	}
	res := Result{Units: Analyze(texts), Text: append([]string(nil), texts...)}
	for range texts {
		res.Keep, res.DupOf, res.Reason = append(res.Keep, true), append(res.DupOf, -1), append(res.Reason, Kept)
	}
	AcrossSources(&res, src)
	return texts, res
}

// allKept is the Result of texts with every sentence kept, as Select
// leaves sentences of different wording for AcrossSources.
func allKept(texts []string) Result {
	res := Result{Units: Analyze(texts), Text: texts}
	for range texts {
		res.Keep, res.DupOf, res.Reason = append(res.Keep, true), append(res.DupOf, -1), append(res.Reason, Kept)
	}
	return res
}

// TestQuotesWhole: a cut that keeps part of a quotation keeps all of it,
// and the attribution right after it; a sentence without one is cut as
// marked.
func TestQuotesWhole(t *testing.T) {
	for _, tc := range []struct {
		name, s, kept, want string
	}{
		{"a quote cut inside",
			`"Storm Ida makes landfall near Port Avel... flash flooding occurring over the Avel estuary," the weather office said on Sunday night.`,
			"flash flooding",
			`"Storm Ida makes landfall near Port Avel... flash flooding occurring over the Avel estuary," the weather office said…`},
		{"a quote after its speaker",
			`The mayor said on Monday that “the bridge will open in May, as planned, for every driver.”`,
			"as planned",
			`…Monday that “the bridge will open in May, as planned, for every driver.”`},
		{"no quote",
			`Storm Ida made landfall near Port Avel with heavy rain over the estuary.`,
			"heavy rain",
			`…with heavy rain…`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, _ := chunks(tc.s, func(string) []int32 { return []int32{1} })
			keep := make([]bool, len(cs))
			for i, c := range cs {
				keep[i] = strings.Contains(tc.s[c.start:c.end], tc.kept)
			}
			quotesWhole(tc.s, cs, keep)
			if got := joinChunks(tc.s, cs, keep); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestRestatedParts checks that a part of a kept sentence that another
// source's kept sentence states is cut, with an elision, and credited to
// that sentence; a part with a name the other lacks, or one inside a
// quotation, stays.
func TestRestatedParts(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string // a from source 1 (cut, or not), b from source 2
		want string // a's wording after; "" for a unchanged
	}{
		{"an aside after the subject",
			"Mayor Lena Ortiz, recovering from pneumonia at her Tolby home, has faced calls to delay the opening of the Kestrel Bridge until June.",
			"The council voted on the tram budget without Lena Ortiz, who is recovering from pneumonia at her home in Tolby, and passed it by nine votes to four.",
			"Mayor Lena Ortiz … has faced calls to delay the opening of the Kestrel Bridge until June."},
		{"one side of a dash",
			"The closure of the Kestrel Bridge wasn't caused by sabotage or a cyberattack—it was a cracked steel bearing under the third span that inspectors had missed twice.",
			"Police chief Anna Vell told reporters the closure of the Kestrel Bridge was not caused by sabotage or a cyberattack, and that divers had searched the river bed twice.",
			"…it was a cracked steel bearing under the third span that inspectors had missed twice."},
		{"a second verb joined by and",
			"Lena Ortiz said she would stay on as mayor of Port Avel until her term ends in 2027 and will open the Kestrel Bridge herself on Monday.",
			"Forty fishing boats will parade under the Kestrel Bridge on Monday after Mayor Lena Ortiz will open it herself with a ribbon of harbour rope.",
			"Lena Ortiz said she would stay on as mayor of Port Avel until her term ends in 2027…"},
		{"a part with a name the other lacks stays",
			"Mayor Lena Ortiz, recovering from pneumonia at her Tolby home with her husband Marco, has faced calls to delay the opening of the Kestrel Bridge until June.",
			"The council voted on the tram budget without Lena Ortiz, who is recovering from pneumonia at her home in Tolby, and passed it by nine votes to four.",
			""},
		{"a quotation stays whole",
			"\"I will stay on as mayor of Port Avel until my term ends in 2027 and will open the Kestrel Bridge myself on Monday,\" Lena Ortiz said.",
			"On Monday, Mayor Lena Ortiz will open the Kestrel Bridge herself, cutting a ribbon of harbour rope before a parade of forty fishing boats.",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, res := amongFiller(tc.a, tc.b)
			if !res.Keep[0] || !res.Keep[5] {
				t.Fatalf("keep %v, reasons %v: both should stand", res.Keep, res.Reason)
			}
			want := tc.want
			if want == "" {
				want = tc.a
			}
			if res.Text[0] != want {
				t.Errorf("wording\n %q\nwant\n %q", res.Text[0], want)
			}
			if cut := tc.want != ""; cut != (res.PartOf[0] == 5) {
				t.Errorf("PartOf %d, want 5: %v", res.PartOf[0], cut)
			}
		})
	}
}

// TestFigureGivenInContext: a figure of a sentence about to be dropped is
// given by another kept sentence only where that one speaks of the same
// thing (shares a name or two words besides): "2023" of a share price's
// rise does not say when a company was founded.
func TestFigureGivenInContext(t *testing.T) {
	for _, tc := range []struct {
		name, other string
		given       bool
	}{
		{"another matter", "Shares of Nordbank soared 239% in 2023 and 171% in 2024.", false},
		{"the same company", "Lian Feng said Vestra hired its first staff in 2023.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{
				"Vestra was founded in December 2023 by Lian Feng.",
				"Vestra is owned by Lian Feng, a hedge fund manager.",
				tc.other,
			}
			res := allKept(texts)
			res.Follows = []int{-1, -1, -1}
			a := newAcross(&res, []int{1, 2, 3})
			a.carriedFig = figures{}
			for i := range texts {
				a.carriedFig.add(a.kinded[i], 1)
			}
			var year string
			for _, f := range a.kinded[0] {
				if strings.Contains(f, "2023") {
					year = f
				}
			}
			if year == "" {
				t.Fatalf("no figure 2023 in %q", a.kinded[0])
			}
			if got := a.gives(0, 1, year); got != tc.given {
				t.Errorf("gives %q = %v, want %v", year, got, tc.given)
			}
		})
	}
}

// TestToldPoints: a point three outlets make ("appeal"), every sentence of
// which went as covered, comes back once, in its fullest wording; a word
// two outlets use ("fueled") stays out.
func TestToldPoints(t *testing.T) {
	texts := []string{
		"Vestbank said it would appeal the decision.",
		"The fine, fueled by a complaint from Tunely, is the largest of its kind.",
		"Regulators in Calder fined Vestbank 1.8 billion euros on Monday.",
		"Vestbank intends to appeal, arguing there was no harm to Calder consumers.",
		"Rivals fueled the case with a complaint, Tunely said.",
		"Vestbank has announced it will appeal the ruling at the General Court.",
		"The General Court is likely to take several years.",
		"Vestbank must pay the fine in the meantime.",
		"Tunely welcomed the fine.",
	}
	src := []int{1, 1, 1, 2, 2, 3, 3, 4, 4}
	res := allKept(texts)
	res.Follows = make([]int, len(texts))
	for i := range res.Follows {
		res.Follows[i] = -1
	}
	for _, i := range []int{0, 1, 3, 4, 5} {
		res.Keep[i], res.Reason[i] = false, Covered
	}
	a := newAcross(&res, src)
	a.keepToldPoints()
	var back []int
	for _, i := range []int{0, 1, 3, 4, 5} {
		if res.Keep[i] {
			back = append(back, i)
		}
	}
	if len(back) != 1 || !strings.Contains(texts[back[0]], "appeal") {
		t.Fatalf("kept again %v (reasons %v), want one sentence on the appeal", back, res.Reason)
	}
	if res.Reason[back[0]] != ForcedFact {
		t.Errorf("reason %q, want %q", res.Reason[back[0]], ForcedFact)
	}
}

// TestMisspeltNameOneClaim: two outlets' wordings of one fact, one of them
// with the company's name misspelt, are one claim: the misspelling names
// the company the others name.
func TestMisspeltNameOneClaim(t *testing.T) {
	texts := []string{
		"The app of Kestrel had overtaken rival Tern Lines in downloads from the Port Avel app store by Monday.",
		"In May, Kestrel opened a second route to the islands, and Kestrel said a third would follow.",
		"The harbour district has waited a decade for a second crossing.",
		"Ferry operators fear that passenger numbers will fall sharply.",
		"By Monday, the app of Kestral had overtaken rivals Tern Lines and Gull Air in downloads from the Port Avel app store.",
	}
	res := allKept(texts)
	AcrossSources(&res, []int{1, 1, 1, 2, 2})
	if res.Keep[0] && res.Text[0] == texts[0] {
		t.Errorf("the shorter wording stands whole beside the fuller one: %v", res.Reason)
	}
}

// TestPointClauses: a sentence kept again for a point keeps its main
// clause and the clause of the point, not the rest other sentences tell.
func TestPointClauses(t *testing.T) {
	for _, tc := range []struct{ in, point, want string }{
		{"Vestbank has announced its intention to appeal the decision, with a ruling at the General Court likely to take several years.", "appeal",
			"Vestbank has announced its intention to appeal the decision…"},
		{"Vestbank said it would appeal the decision.", "appeal", "Vestbank said it would appeal the decision."},
		{"\"We will appeal,\" Vestbank said, adding that the court would take years.", "appeal", "\"We will appeal,\" Vestbank said, adding that the court would take years."},
	} {
		if got := pointClauses(tc.in, tc.point); got != tc.want {
			t.Errorf("pointClauses(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestReadableDetail: a detail is shown cut only when the cut reads as one
// phrase of the sentence.
func TestReadableDetail(t *testing.T) {
	for _, tc := range []struct {
		cut  string
		want bool
	}{
		{"…at around 6:40 p.m., about twelve miles north of Calder.", true},
		{"Despite weakening over the cold waters of the Marn Gulf overnight…", true},
		{"…in 2023.", true},
		{"…Anna B. Velez…", false},
		{"The Calder Weather Office (CWO)…", false},
		{"…for riskier assets such…", false},
		{"…flooding 24 villages of the valley … before the weather office raised its warning.", false},
		{"…in October … with a candidate of the right, Ana Velez.", false},
	} {
		if got := readableDetail(tc.cut); got != tc.want {
			t.Errorf("readableDetail(%q) = %v, want %v", tc.cut, got, tc.want)
		}
	}
}
