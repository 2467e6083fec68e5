package topics

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// TestFinalName checks that a topic is published under a noun phrase the
// text uses: a working name that joins two words the text never joins,
// ends in a modifier or holds a number gives way to one of its nouns.
func TestFinalName(t *testing.T) {
	texts := []string{
		"The harbour faces the high hurdles of a late flood barrier.",
		"Engineers cleared the high hurdles, and the flood barrier rose.",
		"A high tide tested the flood barrier on Monday.",
		"Storm surges and flood defences were the council's worry.",
		"The port ranks 31st among ports for flood defences.",
		"Fishermen said the flood barrier protects their boats from the surges.",
		"It is the largest port of the coast, and the port is busy.",
	}
	c := corpusOf(texts...)
	tests := []struct {
		title string
		kw    []string
		want  string
	}{
		{"flood barrier", []string{"barrier", "flood"}, "flood barrier"},              // written: kept
		{"high and hurdles", []string{"high", "hurdles"}, "high hurdles"},             // never joined by "and"; "high hurdles" is written
		{"storm surges and flood defences", []string{"surges", "defences"}, "surges"}, // two themes joined by "and": no name of one
		{"ranks 31st", []string{"31st", "ranks", "defences"}, "flood defences"},
		{"high", []string{"high"}, ""}, // no noun: no name
		{"largest port", []string{"port", "largest"}, "port"},
	}
	for _, tt := range tests {
		if got := c.finalName(tt.title, tt.kw); !strings.EqualFold(got, tt.want) {
			t.Errorf("finalName(%q, %q) = %q, want %q", tt.title, tt.kw, got, tt.want)
		}
	}
}

// TestVerbBeforeClause checks that a word taking a clause as its object
// ("their work explains how ...") is a verb, and names no theme, though a
// determiner and a noun come before it as before a noun phrase's head.
func TestVerbBeforeClause(t *testing.T) {
	texts := []string{
		"Their work explains how cells grow into muscle and nerve, the jury said.",
		"The work explains why some cells stop growing, and the jury agreed.",
		"Their work shows what the cells need to grow.",
		"The jury said the work was on the cells of worms.",
	}
	c := corpusOf(texts...)
	for _, w := range []string{"explains", "shows"} {
		if c.nameWord(w) {
			t.Errorf("nameWord(%q) = true: a verb before a clause names no theme", w)
		}
	}
	if got := c.finalName("work explains", []string{"work explains", "work", "cells"}); strings.EqualFold(got, "work explains") {
		t.Errorf("finalName = %q, a noun and a verb", got)
	}
	var ps []glossary.Passage
	for i, s := range texts {
		ps = append(ps, glossary.Passage{Text: s, Source: glossary.Provenance{Seed: "s", Line: i + 1}})
	}
	for _, kp := range glossary.KeyPhrases(ps, 2) {
		if strings.EqualFold(kp.Text, "work explains") {
			t.Errorf("key phrase %q: a noun and a verb", kp.Text)
		}
	}
}

// TestThemeWords checks which words may make a theme: no ticker part, no
// stop word, no adverb; and that a theme named by a bare word takes the
// phrase of the text that the word ends, a name allowed as modifier.
func TestThemeWords(t *testing.T) {
	texts := []string{
		"Shares of the lender VSTB.OL rose after rules of the Marwick administration were eased.",
		"The lender VSTB.OL said exports had previously been blocked by the Marwick administration.",
		"Exports had previously been capped by the administration, which said so in May.",
		"Exports rose once the cap of the Marwick administration was lifted, the lender said.",
	}
	c := corpusOf(texts...)
	for _, w := range []string{"VSTB", "OL"} {
		if c.words[text.KeywordStem(w)] != nil {
			t.Errorf("%q (a ticker's part) is a word of the corpus", w)
		}
	}
	cand, _ := c.candidates()
	for _, st := range cand {
		if w := c.words[st].surface(); text.StopWord(strings.ToLower(w)) || looksLikeModifier(w) {
			t.Errorf("candidate theme word %q", w)
		}
	}
	if got := c.bareName("administration"); got != "Marwick administration" {
		t.Errorf("bareName(administration) = %q, want %q", got, "Marwick administration")
	}
	if got := c.bareName("VSTB"); got != "VSTB" {
		t.Errorf("bareName(VSTB) = %q: an acronym names itself", got)
	}
}

// corpusOf is the corpus of one passage per text, from seed "s".
func corpusOf(texts ...string) *corpus {
	var ps []glossary.Passage
	for i, s := range texts {
		ps = append(ps, glossary.Passage{Text: s, Source: glossary.Provenance{Seed: "s", Line: i + 1}})
	}
	return newCorpus(ps)
}

// TestPublished checks the names a topic is published under: a phrase of
// the text written in two sentences that are not one retold, or an
// acronym; never a bare noun, a phrase a copied sentence alone writes, a
// phrase headed by a report's word, or one ending in a verb; a theme
// without a name of its own takes a recurring compound of its keywords.
func TestPublished(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		title    string
		keywords []string
		want     string
	}{
		{"phrase in two sentences", []string{
			"The export controls hit chip makers in Marland.",
			"Officials defended the export controls on Monday.",
		}, "export controls", []string{"controls", "export"}, "export controls"},
		{"one sentence retold by two outlets", []string{
			"Marland ranks 31st of 83 countries by chip output on the Tarsk index.",
			"Marland currently ranks 31st of 83 countries by chip output on the Tarsk index, well behind Vestria.",
		}, "chip output", []string{"output", "chip"}, ""},
		{"a phrase only a speaker says", []string{
			"“Marland must race ahead. It is the energy reforms that our engineers began,” the minister said.",
			"“Only energy reforms will keep the grid ahead,” the minister told reporters later.",
		}, "energy reforms", []string{"reforms", "energy"}, ""},
		{"a phrase the text says, and a speaker too", []string{
			"“We welcome the export controls,” a chip maker said.",
			"Officials defended the export controls on Monday, and the export controls stay.",
			"Under the export controls, every shipment needs a licence.",
		}, "export controls", []string{"controls", "export"}, "export controls"},
		{"a bare noun", []string{
			"The bank said the rules were strict.",
			"Lenders asked the bank for time.",
		}, "bank", []string{"bank"}, ""},
		{"a report's name", []string{
			"A Tarsk report said chip sales fell.",
			"The Tarsk report also said prices rose.",
		}, "Tarsk report", []string{"report", "Tarsk"}, ""},
		{"a name and a verb", []string{
			"Critics express doubt about the plan, and many critics express anger.",
			"Some critics express hope.",
		}, "critics express", []string{"critics", "doubt"}, ""},
		{"a model's name with digits", []string{
			"Sales of the H200 chips to Marland resume in May.",
			"Makers said the H200 chips were a generation behind.",
		}, "H200 chips", []string{"chips", "H200"}, "H200 chips"},
		{"a verb and its object", []string{
			"Searchers said a deep-sea robot found debris near the wreck on Thursday.",
			"The coast guard said it had found debris from the boat.",
			"Officials said the found debris was part of the boat.",
		}, "found debris", []string{"debris", "found"}, ""},
		{"a verb and its object after a name", []string{
			"The outage on Friday caused flights to be grounded across Kell.",
			"In Tolby the outage caused flights to stop for hours.",
		}, "caused flights", []string{"flights", "caused"}, ""},
		{"a gerund and its object", []string{
			"The crew's mayday saved lives by enabling authorities to halt traffic on the bridge.",
			"Officials said the radio call worked by enabling authorities to stop cars in time.",
		}, "enabling authorities", []string{"authorities", "enabling"}, ""},
		{"a company's kind", []string{
			"The faulty update came from a cybersecurity firm based in Tolby.",
			"Shares in the cybersecurity firm fell by a tenth on Friday.",
			"Banks asked the cybersecurity firm for a fix.",
		}, "cybersecurity firm", []string{"firm", "cybersecurity"}, ""},
		{"a theme the story rules out", []string{
			"The harbour board said the outage was not a cyber attack, and that no data was lost.",
			"\"This is not a security incident or a cyberattack,\" the board's chief said on Friday.",
			"Officials insisted there was no cyber attack on the harbour systems.",
		}, "cyber attack", []string{"attack", "cyber"}, ""},
		{"a theme told not only one way", []string{
			"The decision is not only about harbour fees but about trade.",
			"Critics said harbour fees would rise again in May.",
			"Ferry firms fought the harbour fees in court.",
		}, "harbour fees", []string{"fees", "harbour"}, "harbour fees"},
		{"a unit", []string{
			"The bank cut its rate by a percentage point in May.",
			"Another percentage point would follow, traders said.",
		}, "percentage point", []string{"point", "percentage"}, ""},
		{"an adjective's phrase after a modifier", []string{
			"The storm had maximum sustained winds of 120 mph at landfall.",
			"Forecasters said sustained winds of hurricane force reached the coast overnight.",
		}, "sustained winds", []string{"winds", "mph"}, "sustained winds"},
		{"a possessive", []string{
			"Markets rose after the central bank’s decision on Tuesday.",
			"The central bank’s governor said rates would stay low.",
		}, "central bank’s", []string{"bank", "central"}, ""},
		{"a name", []string{
			"The Reserve Bank cut rates on Tuesday.",
			"Economists said the Reserve Bank would wait until May.",
		}, "Reserve Bank", []string{"Reserve", "Bank"}, ""},
		{"an acronym", []string{
			"The RBA cut rates on Tuesday.",
			"Economists said the RBA would wait until May.",
		}, "RBA", []string{"RBA"}, "RBA"},
		{"a verb and its object", []string{
			"The ports agreed to pool resources for the barrier.",
			"Engineers will pool resources with the port of Tolby.",
			"The ports met, pool resources in mind, on Monday.",
		}, "pool resources", []string{"resources", "pool"}, ""},
		{"the occasion of a statement", []string{
			"At a press conference, the governor defended the rate cut.",
			"The press conference followed the bank's decision.",
		}, "press conference", []string{"conference", "press"}, ""},
		{"a time-relative modifier", []string{
			"Rules of the previous administration blocked chip sales.",
			"The previous administration had banned the exports.",
		}, "previous administration", []string{"administration", "previous"}, ""},
		{"a clause opening with an irregular past", []string{
			"The vote took place on Sunday in Tolby.",
			"Voting took place over three days, officials said.",
			"The count took place overnight.",
		}, "took place", []string{"place", "took"}, ""},
		{"where a claim was written", []string{
			"OpenAI writes on the blog post that the venture will build ten data centres.",
			"The blog post says the first site is in Tolby.",
		}, "blog post", []string{"post", "blog"}, ""},
		{"a verb and its adverb", []string{
			"The krona was falling sharply against the euro.",
			"Shares were falling sharply in Tolby, traders said.",
		}, "falling sharply", []string{"falling", "sharply"}, ""},
		{"a compound of its keywords", []string{
			"Grid operators warn that data centres need more power.",
			"New data centres opened near the river in May.",
			"Power bills rose as demand grew.",
		}, "power", []string{"power", "data"}, "data centres"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := corpusOf(tt.texts...)
			th := &theme{title: tt.title, keywords: tt.keywords}
			c.match(th)
			if got := c.published(th, tt.title); !strings.EqualFold(got, tt.want) {
				t.Errorf("published(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

// TestNameFirstForeignHead: a name of a kind ("grid systems") is not
// stood for by its head word where the text also writes that head in the
// singular as another noun's compound ("payment system"): the head word
// would list that passage, of another sense. A head after a verb ("reduce
// dependency"), an adjective ("older systems"), written in the plural or
// as a modifier of what follows ("storm system models") stays.
func TestNameFirstForeignHead(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		title    string
		keywords []string
		want     []string
	}{
		{"another noun's compound", []string{
			"Marland builds new grid systems for its towns.",
			"The grid systems failed in the storm, and outages spread.",
			"Vestria called for an alternative to the international payment system Swift.",
			"The payment rules changed in May.",
		}, "grid systems", []string{"systems", "outages"}, []string{"grid systems", "outages"}},
		{"the head after an adjective", []string{
			"Marland builds new grid systems for its towns.",
			"The grid systems failed in the storm, and outages spread.",
			"Older systems failed too.",
			"Then the storm system models failed.",
		}, "grid systems", []string{"systems", "outages"}, []string{"grid systems", "grid", "systems", "outages"}},
		{"a singular name after a verb", []string{
			"Marland wants to reduce its energy dependency on Vestria.",
			"The energy dependency grew, and imports rose.",
			"Plans to reduce dependency stalled.",
		}, "energy dependency", []string{"dependency", "imports"}, []string{"energy dependency", "energy", "dependency", "imports"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := corpusOf(tt.texts...)
			if got := c.nameFirst(tt.title, tt.keywords, 6); !slices.Equal(got, tt.want) {
				t.Errorf("nameFirst(%q, %q) = %q, want %q", tt.title, tt.keywords, got, tt.want)
			}
		})
	}
}

// TestContractionNoThemeWord: a contraction written with a curly
// apostrophe ("wasn’t"), which no stop list spells so, is no theme's word.
func TestContractionNoThemeWord(t *testing.T) {
	c := corpusOf(
		"This wasn’t an attack, the harbour board said of the crane failure.",
		"The crane failure was the first, and this wasn’t news to the harbour board.",
		"For the crews this wasn’t a surprise, the harbour board said.",
		"The harbour board said the crane failure cost a day of trade, and this wasn’t all.",
		"Crews said the crane failure was long in coming.",
	)
	cand, _ := c.candidates()
	for _, st := range cand {
		if strings.ContainsAny(c.words[st].surface(), "'’") {
			t.Errorf("candidate theme word %q", c.words[st].surface())
		}
	}
}

// TestWholeName checks that a theme's name cut short of the noun the text
// always writes after it takes that noun ("federal funds" -> "federal
// funds rate", "blue screen of death"), or the word always written before it, and no word the
// text writes after it only sometimes, nor a verb always written before
// its object.
func TestWholeName(t *testing.T) {
	c := corpusOf(
		"The bank cut the harbour levy rate by half a point on Monday.",
		"The harbour levy rate now stands at 2 percent, the bank said.",
		"Traders had expected the harbour levy rate to fall by a quarter.",
		"The flood barrier rose on Monday, and the flood barrier held.",
		"Engineers said the flood barrier protects the boats.",
		"The venture will build tidal power infrastructure in Tolby.",
		"Funds for tidal power infrastructure come from the port, and tidal power infrastructure needs cables.",
		"Clinics were unable to access patient records on Friday.",
		"Doctors could not access patient records or book visits.",
		"Screens showed the blue screen of death in Kell airports.",
		"The blue screen of death is an error page, engineers said.",
		"A blue screen error stopped the tills.",
		"The winger scored a final hat-trick in Tolby.",
		"No final hat-trick had been scored since 1966.",
		"Ana Velez, the bank chief of Norland, spoke first.",
		"The bank chief of Norland said rates would hold.",
	)
	for _, tt := range []struct{ name, want string }{
		{"harbour levy", "harbour levy rate"},
		{"power infrastructure", "tidal power infrastructure"}, // always written after "tidal"
		{"flood barrier", "flood barrier"},                     // "rose", "held", "protects": no noun, not always one
		{"levy", "levy"},                                       // one word is no phrase cut short
		{"patient records", "patient records"},                 // always after "access", a verb: "to access"
		{"blue screen", "blue screen of death"},                // "of" and its noun, its commonest next words, go with it
		{"bank chief", "bank chief"},                           // "of Norland": a name after "of" is whose, not the name's
		{"final hat", "final hat-trick"},                       // cut inside a compound
	} {
		if got := c.whole(tt.name); got != tt.want {
			t.Errorf("whole(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestJudgementNoName checks that a phrase built on a judgement
// ("disastrous debate") is no theme's name.
func TestJudgementNoName(t *testing.T) {
	c := corpusOf(
		"After the disastrous debate, the mayor faced calls to step aside.",
		"The disastrous debate cost the mayor the support of her party.",
		"Her party said the disastrous debate was the end of her campaign.",
	)
	if c.phraseTitle([]string{"disastrous", "debate"}) {
		t.Error(`"disastrous debate" can title a theme`)
	}
	if !c.phraseTitle([]string{"party", "support"}) && !c.phraseTitle([]string{"debate"}) {
		t.Error("no title at all is accepted")
	}
}

// TestSpeakerNoName checks that an acronym the text writes as someone who
// speaks ("the NHA said") names an actor, no theme; one that does not
// ("GDP") may name one.
func TestSpeakerNoName(t *testing.T) {
	c := corpusOf(
		"The NHA said the storm would reach the coast by night, with GDP hit hard.",
		"Flooding is likely in the south, the NHA added, and GDP will fall.",
		"The NHA warned of surges on the coast as GDP slowed.",
	)
	if c.nameable("NHA", []int{0, 1, 2}) {
		t.Error(`"NHA", which speaks, can name a theme`)
	}
	if !c.nameable("GDP", []int{0, 1, 2}) {
		t.Error(`"GDP" cannot name a theme`)
	}
}

// TestPersonNoName checks that a phrase naming someone by a part they
// play ("Republican nominee", "Harbour chair") titles no theme, while a
// theme of common words with such a head may ("election candidates").
func TestPersonNoName(t *testing.T) {
	c := corpusOf(
		"The Republican nominee said the election candidates would debate in May.",
		"Election candidates met the Republican nominee on Monday.",
		"The Republican nominee and other election candidates toured the port.",
		"The nominee of the party spoke of the candidates, and the nominee won.",
	)
	if c.phraseTitle([]string{"Republican", "nominee"}) {
		t.Error(`"Republican nominee" can title a theme`)
	}
	if !office([]string{"head", "coach"}) || office([]string{"election", "candidates"}) {
		t.Error(`"head coach" is no office, or "election candidates" is one`)
	}
	if !c.phraseTitle([]string{"election", "candidates"}) {
		t.Error(`"election candidates" cannot title a theme`)
	}
}

// TestClauseNoName checks that a phrase ending in a past form that is
// never a noun ("earthquake struck", "flights cancelled") is a clause and
// titles no theme, while one ending in a past form that is a noun too
// ("rate cut") may.
func TestClauseNoName(t *testing.T) {
	c := corpusOf(
		"The earthquake struck at dawn, and the rate cut came a day later.",
		"After the earthquake struck, flights cancelled at the port left hundreds stranded.",
		"Banks welcomed the rate cut, though the earthquake struck the coast hard.",
		"A second rate cut is likely, the bank said of the earthquake.",
	)
	for _, ws := range [][]string{{"earthquake", "struck"}, {"flights", "cancelled"}} {
		if c.phraseTitle(ws) {
			t.Errorf("%q can title a theme", ws)
		}
	}
	if !c.phraseTitle([]string{"rate", "cut"}) {
		t.Error(`"rate cut" cannot title a theme`)
	}
}

// TestSameHeadConcept checks that two names of one modifier and heads of
// one paraphrase class name one theme ("market value", "market
// capitalization"), while heads of two classes name two ("market value",
// "market share") and so do two modifiers ("market value", "land value").
func TestSameHeadConcept(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"market value", "market capitalization", true},
		{"Market valuation", "market worth", true},
		{"market value", "market share", false},
		{"market value", "land value", false},
		{"market value", "market value", false}, // one name: nothing to merge by its head
	} {
		if got := sameHeadConcept(tc.a, tc.b); got != tc.same {
			t.Errorf("sameHeadConcept(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// TestTitleCase: a topic's title writes a brand or an acronym as the text
// most often does ("vOS app", "Norvik market"), and a brand that opens
// the title keeps its lower-case first letter.
func TestTitleCase(t *testing.T) {
	c := corpusOf(
		"Developers of vOS apps may now tell users about cheaper offers.",
		"The vOS app store takes a 30% fee, Norvik said.",
		"NORVIK shares fell as the Norvik market value slid.",
		"Norvik said its app store was fair.",
	)
	for _, tc := range []struct{ name, want string }{
		{"vos app", "vOS app"},
		{"NORVIK market", "Norvik market"},
		{"app store", "App store"},
	} {
		if got := upperFirst(c.cased(tc.name)); got != tc.want {
			t.Errorf("title of %q = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestHyphenatedName checks that a compound the text hyphenates names a
// theme of its two words ("counter-attack", "hat-trick"), and that its
// last word is a noun where the compound stands in a noun's place: the
// tokenizer splits it, and neither half alone names the theme.
func TestHyphenatedName(t *testing.T) {
	c := corpusOf(
		"Norland struck on the break with a swift counter-attack in the first half.",
		"A second counter-attack doubled the lead before half-time.",
		"The winger scored a hat-trick, the first in a final since 1966.",
		"His hat-trick took the final to penalties.",
		"Port Avel never recovered from the counter-attack.",
	)
	tests := []struct {
		kw   []string
		want string
	}{
		{[]string{"attack", "counter"}, "counter-attack"},
		{[]string{"hat", "trick"}, "hat-trick"},
	}
	for _, tt := range tests {
		if got := c.finalName(c.name(tt.kw), tt.kw); got != tt.want {
			t.Errorf("finalName(name(%q)) = %q, want %q", tt.kw, got, tt.want)
		}
	}
}
