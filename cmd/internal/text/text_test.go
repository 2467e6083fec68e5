package text

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestStemVariants(t *testing.T) {
	tests := []struct {
		in                    string
		stem, keyword, search string
	}{
		{"sanctions", "sanction", "sanction", "sanction"},
		{"economies", "econom", "economy", "economy"},
		{"economic", "econom", "economic", "economic"},
		{"planned", "plan", "plan", "plann"},
		{"planning", "plan", "plan", "plann"},
		{"status", "status", "status", "status"},
		{"taxes", "tax", "taxe", "tax"},
		{"agreed", "agr", "agreed", "agreed"},
		{"ai", "ai", "ai", "ai"},
		{"quickly", "quick", "quick", "quickly"},
		{"appeals", "appeal", "appeal", "appeal"}, // not "app"
		{"fined", "fin", "fined", "fin"},          // meets "fine"
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.stem {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.stem)
		}
		if got := KeywordStem(tt.in); got != tt.keyword {
			t.Errorf("KeywordStem(%q) = %q, want %q", tt.in, got, tt.keyword)
		}
		if got := SearchStem(tt.in); got != tt.search {
			t.Errorf("SearchStem(%q) = %q, want %q", tt.in, got, tt.search)
		}
	}
}

// TestSearchStemIsSearchJS checks that SearchStem and static/search.js's
// stem agree on every word: the index is stemmed in Go and the query in
// the browser, so a difference makes queries miss.
func TestSearchStemIsSearchJS(t *testing.T) {
	bin, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: cannot run static/search.js")
	}
	words := strings.Fields(`sanctions sanctioned sanctioning economies classes taxes chips
		wishes status analysis agreed freed is us bus ies lies flies running ed bed bred
		résumés naïveté ßes 中国s cafés boxes matches`)
	js, _ := filepath.Abs(filepath.Join("..", "..", "..", "static", "search.js"))
	in, _ := json.Marshal(words)
	script := "const s = require(" + string(mustJSON(js)) + "); process.stdout.write(JSON.stringify(" + string(in) + ".map(s.stem)))"
	out, err := exec.Command(bin, "-e", script).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for i, w := range words {
		if got[i] != SearchStem(w) {
			t.Errorf("search.js stem(%q) = %q, SearchStem = %q", w, got[i], SearchStem(w))
		}
	}
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }

// TestSlugVariants says why there are two slugs: heading ids keep "_" (ids
// such as "000_seed-L14" are written by hand and by import), term URLs spell
// "&" so that "R&D" and "R-D" do not share a page.
func TestSlugVariants(t *testing.T) {
	tests := []struct {
		in, slug, term string
	}{
		{"Economic Ties", "economic-ties", "economic-ties"},
		{"R&D", "r-d", "r-and-d"},
		{"000_seed L14", "000_seed-l14", "000-seed-l14"},
		{"  Hello,  World!  ", "hello-world", "hello-world"},
		{"Россия и БРИКС", "россия-и-брикс", "россия-и-брикс"},
		{"&", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.slug {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
		if got := TermSlug(tt.in); got != tt.term {
			t.Errorf("TermSlug(%q) = %q, want %q", tt.in, got, tt.term)
		}
	}
}

func TestWords(t *testing.T) {
	s := "Russia's  AI—plans, 2024’s end 'quoted' BRICS+AI alliance, 2+ 3 + C"
	var got []string
	for _, w := range Words(s) {
		if s[w.Start:w.End] != w.Text {
			t.Errorf("word %q at %d-%d, text there is %q", w.Text, w.Start, w.End, s[w.Start:w.End])
		}
		got = append(got, w.Text)
	}
	want := []string{"Russia's", "AI", "plans", "2024’s", "end", "quoted", "BRICS+AI", "alliance", "2", "3", "C"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func TestTokenize(t *testing.T) {
	toks := Tokenize("The U.S. and BRICS-Russia's 4,800 firms. Two planned BRICS+AI")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Stem)
	}
	want := []string{"the", "us", "and", "brics", "russia", "4,800", "firm", "two", "plan", "brics", "ai"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("stems = %q, want %q", got, want)
	}
	if !toks[0].Initial || toks[1].Initial || !toks[1].Upper || !toks[5].Number || !toks[7].Initial || !toks[7].Number {
		t.Errorf("flags wrong: %+v", toks)
	}
}

func TestShapes(t *testing.T) {
	for _, tt := range []struct {
		w                    string
		acronym, dotted, cap bool
	}{
		{"BRICS", true, false, true},
		{"U.S.", false, true, true},
		{"U.K", false, true, true},
		{"AI", true, false, true},
		{"Ai", false, false, true},
		{"iPhone", false, false, false},
		{"R&D", true, false, true},
		{"BRICS+AI", true, false, true},
	} {
		if IsAcronym(tt.w) != tt.acronym || IsDottedAcronym(tt.w) != tt.dotted || IsCapitalized(tt.w) != tt.cap {
			t.Errorf("%q: acronym %v dotted %v capitalized %v, want %v %v %v", tt.w,
				IsAcronym(tt.w), IsDottedAcronym(tt.w), IsCapitalized(tt.w), tt.acronym, tt.dotted, tt.cap)
		}
	}
}

func TestStopLists(t *testing.T) {
	for _, tt := range []struct {
		w                   string
		stop, vague, search bool
	}{
		{"the", true, true, true},
		{"however", true, true, false},
		{"significant", false, true, false},
		{"Significant's", false, true, false},
		{"sanctions", false, false, false},
	} {
		if StopWord(tt.w) != tt.stop || VagueWord(tt.w) != tt.vague || SearchStopWord(tt.w) != tt.search {
			t.Errorf("%q: stop %v vague %v search %v, want %v %v %v", tt.w,
				StopWord(tt.w), VagueWord(tt.w), SearchStopWord(tt.w), tt.stop, tt.vague, tt.search)
		}
	}
}

func TestTimeWord(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{{"monday", true}, {"december", true}, {"may", true}, {"putin", false}, {"mayor", false}, {"Monday", false}} {
		if got := TimeWord(tt.w); got != tt.want {
			t.Errorf("TimeWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestCompassWord(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{{"south", true}, {"southwest", true}, {"north-east", true}, {"west", true}, {"southern", false}, {"western", false}, {"norther", false}, {"eastwest", false}} {
		if got := CompassWord(tt.w); got != tt.want {
			t.Errorf("CompassWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestMonthName(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"oct", "october"}, {"sept", "september"}, {"october", "october"}, {"mar", "mar"}, {"octopus", "octopus"},
	} {
		if got := MonthName(tt.w); got != tt.want {
			t.Errorf("MonthName(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestCompoundNumber(t *testing.T) {
	for _, tt := range []struct {
		a, b, want string
		ok         bool
	}{
		{"twenty", "five", "25", true}, {"ninety", "nine", "99", true}, {"five", "twenty", "", false},
		{"twenty", "million", "", false}, {"ten", "five", "", false},
	} {
		if got, ok := compoundNumber(tt.a, tt.b); got != tt.want || ok != tt.ok {
			t.Errorf("compoundNumber(%q, %q) = %q, %v, want %q, %v", tt.a, tt.b, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFigure(t *testing.T) {
	for _, tt := range []struct {
		text, value string
		last        int
	}{
		{"twenty-five percent", "25", 1}, {"25 percent", "25", 0}, {"4.10% rise", "4.1", 0},
		{"twenty million", "20", 0}, {"million people", "", 0}, {"three ships", "3", 0},
		{"sixty-five seats", "65", 1}, {"ninety days", "90", 0},
	} {
		if v, last := Figure(Tokenize(tt.text), 0); v != tt.value || last != tt.last {
			t.Errorf("Figure(%q, 0) = %q, %d, want %q, %d", tt.text, v, last, tt.value, tt.last)
		}
	}
}

func TestNumberValue(t *testing.T) {
	for _, tt := range []struct{ norm, want string }{
		{"three", "3"}, {"2", "2"}, {"4.35", "4.35"}, {"rbs850bn", "850"}, {"109bn", "109"},
		{"21st", "21"}, {"1,200", "1,200"}, {"billion", ""}, {"half", ""}, {"2024", "2024"},
		{"4.10", "4.1"}, {"4.00", "4"}, {"100", "100"}, {"2.30pm", "2.3"}, {"fifth", "5"},
		{"8:30", "8:30"}, {"10:05pm", "10:05"}, {"seventy", "70"},
	} {
		if got := NumberValue(tt.norm); got != tt.want {
			t.Errorf("NumberValue(%q) = %q, want %q", tt.norm, got, tt.want)
		}
	}
}

func TestTokenizeNorms(t *testing.T) {
	tests := []struct {
		in    string
		want  []string // Norm
		upper []bool
	}{
		{"The U.S. leads.", []string{"the", "us", "leads"}, []bool{false, true, false}},
		{"Russia's plan", []string{"russia", "plan"}, []bool{false, false}},
		{"Russia’s BRICS-Russia deal", []string{"russia", "brics", "russia", "deal"}, []bool{false, true, false, false}},
		{"GDP by 2030, up 3.5%", []string{"gdp", "by", "2030", "up", "3.5"}, []bool{true, false, false, false, false}},
		{"4,800 children, 4, 800", []string{"4,800", "children", "4", "800"}, []bool{false, false, false, false}},
		{"at 8:31 p.m. ET", []string{"at", "8:31", "p.m", "et"}, []bool{false, false, false, true}},
		{"Score: 2:1, at 10:30pm, ratio 3:125", []string{"score", "2", "1", "at", "10:30pm", "ratio", "3", "125"}, []bool{false, false, false, false, false, false, false, false}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		var up []bool
		for _, tk := range toks {
			got = append(got, tk.Norm)
			up = append(up, tk.Upper)
		}
		if !reflect.DeepEqual(got, tt.want) || !reflect.DeepEqual(up, tt.upper) {
			t.Errorf("Tokenize(%q) = %v %v, want %v %v", tt.in, got, up, tt.want, tt.upper)
		}
	}
}

func TestStemJoins(t *testing.T) {
	same := [][]string{
		{"economies", "economy"},
		{"sanctions", "sanction"},
		{"reconsider", "reconsidered"},
		{"technologies", "technology"},
		{"planned", "plan"},
		{"emphasized", "emphasize"},
		{"emphasizing", "emphasizes"},
		{"promised", "promise"},
		{"organization", "organize"},
		{"stabilised", "stabilise"},
	}
	for _, p := range same {
		if a, b := Stem(p[0]), Stem(p[1]); a != b {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	if Stem("india") == Stem("indian") && Stem("us") == "u" {
		t.Errorf("over-stemming")
	}
}

func TestTermSlug(t *testing.T) {
	for in, want := range map[string]string{
		"BRICS": "brics", "AI Alliance Network": "ai-alliance-network", "Q&A": "q-and-a",
		"BRICS+AI alliance": "brics-plus-ai-alliance", "BRICS+": "brics-plus",
		"  Western  sanctions ": "western-sanctions", "Côte d'Ivoire": "côte-d-ivoire", "---": "",
	} {
		if got := TermSlug(in); got != want {
			t.Errorf("TermSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeywordStem(t *testing.T) {
	tests := map[string]string{
		"sanctions": "sanction", "sanctioned": "sanction", "Skills": "skill", "economies": "economy",
		"upskilling": "upskill", "Russia's": "russia", "planned": "plan", "crisis": "crisis", "business": "business",
		"GDP": "gdp", "largely": "large", "churches": "church",
	}
	for in, want := range tests {
		if got := KeywordStem(in); got != want {
			t.Errorf("KeywordStem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHeadingSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Hello, World!":       "hello-world",
		"  US dominance  ":    "us-dominance",
		"Über Größe":          "über-größe",
		"snake_case and 2026": "snake_case-and-2026",
		"!!!":                 "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDotted(t *testing.T) {
	tests := []struct {
		s    string
		word string
		want bool
	}{
		{"Vestbank (VSTB.OL) rose.", "VSTB", true},
		{"Vestbank (VSTB.OL) rose.", "OL", true},
		{"See example.com today.", "example", true},
		{"The bank rose. Shares fell.", "rose", false},
		{"The bank rose. Shares fell.", "Shares", false},
		{"It ends here.", "here", false},
	}
	for _, tt := range tests {
		found := false
		for _, w := range Words(tt.s) {
			if w.Text == tt.word {
				found = true
				if got := Dotted(tt.s, w); got != tt.want {
					t.Errorf("Dotted(%q, %q) = %v, want %v", tt.s, tt.word, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no word %q in %q", tt.word, tt.s)
		}
	}
}

func TestVerbCue(t *testing.T) {
	for _, tt := range []struct {
		before []string
		want   bool
	}{
		{[]string{"to"}, true}, {[]string{"will", "also"}, true}, {[]string{"also"}, false},
		{[]string{"the", "not"}, false}, {[]string{"is", "also", "not"}, true}, {[]string{"which"}, true},
		{[]string{"the"}, false}, {nil, false},
	} {
		if got := VerbCue(tt.before...); got != tt.want {
			t.Errorf("VerbCue(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

func TestWordSets(t *testing.T) {
	for _, tt := range []struct {
		name string
		is   func(string) bool
		w    string
		want bool
	}{
		{"ReportingVerb", ReportingVerb, "said", true}, {"ReportingVerb", ReportingVerb, "signed", false},
		{"LeadVerb", LeadVerb, "signed", true}, {"LeadVerb", LeadVerb, "signifies", false},
		{"HedgeWord", HedgeWord, "signifies", true}, {"HedgeWord", HedgeWord, "signed", false},
		{"ActNoun", ActNoun, "remarks", true}, {"ActNoun", ActNoun, "remark", true}, {"ActNoun", ActNoun, "report", false},
		{"ReportNoun", ReportNoun, "report", true}, {"ReportNoun", ReportNoun, "decision", false},
		{"NounCue", NounCue, "between", true}, {"NounCue", NounCue, "to", false},
		{"ObjectCue", ObjectCue, "both", true}, {"ObjectCue", ObjectCue, "of", false},
		{"PerfectAuxiliary", PerfectAuxiliary, "been", true}, {"PerfectAuxiliary", PerfectAuxiliary, "be", false},
		{"IndefiniteDeterminer", IndefiniteDeterminer, "some", true}, {"IndefiniteDeterminer", IndefiniteDeterminer, "the", false},
		{"Connective", Connective, "on the other hand", true}, {"Connective", Connective, "for example", true}, {"Connective", Connective, "the plan", false},
		{"BackReference", BackReference, "the latter", true}, {"BackReference", BackReference, "they", true}, {"BackReference", BackReference, "the", false},
		{"Demonstrative", Demonstrative, "those", true}, {"Demonstrative", Demonstrative, "that", false},
		{"AfterPronoun", AfterPronoun, "means", true}, {"AfterPronoun", AfterPronoun, "coalition", false},
		{"ExistentialVerb", ExistentialVerb, "remain", true}, {"ExistentialVerb", ExistentialVerb, "in", false},
		{"AdjectiveEnding", AdjectiveEnding, "regulatory", true}, {"AdjectiveEnding", AdjectiveEnding, "western", true},
		{"AdjectiveEnding", AdjectiveEnding, "red", false}, {"AdjectiveEnding", AdjectiveEnding, "robust", false},
		{"AdverbEnding", AdverbEnding, "broadly", true}, {"AdverbEnding", AdverbEnding, "supply", false},
		{"DemonymEnding", DemonymEnding, "Kenyan", true}, {"DemonymEnding", DemonymEnding, "kenyan", false},
		{"DemonymEnding", DemonymEnding, "Berlin", false}, {"DemonymEnding", DemonymEnding, "Tarvel", false},
		{"PercentWord", PercentWord, Stem("percentage"), true}, {"PercentWord", PercentWord, Stem("people"), false},
		{"RangeWord", RangeWord, "to", true}, {"RangeWord", RangeWord, "of", false},
		{"ClockMark", ClockMark, "gmt", true}, {"ClockMark", ClockMark, "mile", false},
		{"LeadWord", LeadWord, "despite", true}, {"LeadWord", LeadWord, "if", true}, {"LeadWord", LeadWord, "amid", true}, {"LeadWord", LeadWord, "the", false},
		{"FramingLead", FramingLead, "amid", true}, {"FramingLead", FramingLead, "despite", false}, {"FramingLead", FramingLead, "if", false},
		{"ConditionalLead", ConditionalLead, "unless", true}, {"ConditionalLead", ConditionalLead, "amid", false},
		{"AdjunctOpener", AdjunctOpener, "including", true}, {"AdjunctOpener", AdjunctOpener, "which", false},
		{"RelativePronoun", RelativePronoun, "which", true}, {"RelativePronoun", RelativePronoun, "including", false},
		{"ClauseJoin", ClauseJoin, "whereas", true}, {"ClauseJoin", ClauseJoin, "which", false},
		{"SubjectOpener", SubjectOpener, "critics", true}, {"SubjectOpener", SubjectOpener, "argue", false},
		{"FiniteVerb", FiniteVerb, "argue", true}, {"FiniteVerb", FiniteVerb, "critics", false},
		{"GenericStem", GenericStem, Stem("issues"), true}, {"GenericStem", GenericStem, Stem("tariffs"), false},
		{"VagueNoun", VagueNoun, KeywordStem("countries"), true}, {"VagueNoun", VagueNoun, KeywordStem("tariffs"), false},
	} {
		if got := tt.is(tt.w); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.w, got, tt.want)
		}
	}
}

func TestConcept(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"dependence", "reliance", true}, {"reduced", "decreasing", true}, {"chips", "semiconductors", true},
		{"reliance", "reduce", false}, {"harbour", "port", false},
		{"cyberattack", "breach", true}, {"attack", "hack", false}, {"engineer", "edit", false}, {"flawed", "defect", true}, {"apologised", "sorry", true}, {"outage", "disruption", true},
		{"outage", "attack", false}, {"bug", "apology", false},
		{"human", "person", true}, {"edited", "modified", true}, {"altered", "edited", true}, {"human", "edited", false},
	} {
		if got := Concept(Stem(tt.a)) == Concept(Stem(tt.b)); got != tt.same {
			t.Errorf("Concept(%q) == Concept(%q): %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestQuoteShapes(t *testing.T) {
	for _, tc := range []struct {
		s                 string
		inside, unbal, wh bool // InsideQuote at the end, UnbalancedQuotes, WholeQuote
	}{
		{`He said "we will go" on Monday.`, false, false, false},
		{`"As the storm nears, stay home.`, true, true, false},
		{`Crews are ready," the governor wrote.`, true, true, false},
		{`“We will reach every town.”`, false, false, true},
		{`“The wall needs repairs.`, true, true, false},
		{`The wall needs repairs.`, false, false, false},
	} {
		if got := InsideQuote(tc.s, len(tc.s)); got != tc.inside {
			t.Errorf("InsideQuote(%q) = %v", tc.s, got)
		}
		if got := UnbalancedQuotes(tc.s); got != tc.unbal {
			t.Errorf("UnbalancedQuotes(%q) = %v", tc.s, got)
		}
		if got := WholeQuote(tc.s); got != tc.wh {
			t.Errorf("WholeQuote(%q) = %v", tc.s, got)
		}
	}
}

func TestLooksEnglish(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The port authority of Velmora approved a plan on Tuesday to deepen the northern channel by two metres, its director said.", true},
		{"La autoridad portuaria de Velmora aprobó el martes un plan para ahondar el canal norte en dos metros, según dijo su director.", false},
		{"Die Hafenbehörde von Velmora hat am Dienstag einen Plan gebilligt, die nördliche Fahrrinne um zwei Meter zu vertiefen, sagte ihr Direktor.", false},
		{"1. Meridian Bank 4.2% 2. Orchard Bank 3.9% 3. Halden Trust 3.1% 4. Northgate Credit 2.8% 5. Caravel Bank 2.5% and the rest of the list", true},
		{"La caída de CrowdStrike", true}, // too short to tell
	}
	for _, tt := range tests {
		if got := LooksEnglish(tt.s); got != tt.want {
			t.Errorf("LooksEnglish(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestQuotedShare(t *testing.T) {
	for _, c := range []struct {
		s        string
		min, max float64
	}{
		{"“This is particularly important given the fact that many Western countries limit access,” Dmitriev said.", 0.8, 1},
		{"The harbour closed on Monday, the board said.", 0, 0},
		{"The “Do it for Messi” chant worked wonders in a match where the striker cried after a hat-trick.", 0.1, 0.3},
	} {
		if got := QuotedShare(c.s); got < c.min || got > c.max {
			t.Errorf("QuotedShare(%q) = %.2f, want %.2f to %.2f", c.s, got, c.min, c.max)
		}
	}
}
