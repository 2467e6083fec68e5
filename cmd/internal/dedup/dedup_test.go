package dedup

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestSelectPairs: pairs that state one claim collapse to the more
// informative wording; pairs that differ in a fact stay apart.
func TestSelectPairs(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		keep []bool
	}{
		// Same claim.
		{"reworded", "Russia announced an AI alliance with the BRICS nations.",
			"Russia has announced an AI alliance with BRICS nations.", []bool{true, false}},
		{"number wins", "The alliance could drive GDP growth in member states.",
			"The alliance could drive GDP growth in member states by 2030.", []bool{false, true}},
		{"passive", "Western sanctions limit Russia's access to essential technologies.",
			"Russia's access to essential technologies is limited by Western sanctions.", []bool{true, false}},
		{"reordered", "Experts say the alliance aims to challenge US dominance in AI.",
			"The alliance aims to challenge the dominance of the US in AI, experts say.", []bool{true, false}},
		{"name wins", "The announcement marks a strategic AI alliance with BRICS countries.",
			"The announcement by President Vladimir Putin marks a strategic AI alliance with BRICS countries.", []bool{false, true}},
		{"synonyms", "Russia seeks to reduce its dependence on Western technology through a significant alliance with crucial partners.",
			"Russia aims to decrease its reliance on Western technology through a substantial coalition with vital partners.", []bool{true, false}},
		// Different facts with the same words.
		{"different number", "GDP could grow 5% by 2030 across the bloc.", "GDP could grow 7% by 2030 across the bloc.", []bool{true, true}},
		{"different name", "Public opinion in India is cautious about the alliance.",
			"Public opinion in Russia is cautious about the alliance.", []bool{true, true}},
		{"different number word", "Most malaria victims in the region are children under five.",
			"Most malaria victims in the region are children under ten.", []bool{true, true}},
		{"thousands", "The trial enrolled 4,800 children in Kenya and Ghana.",
			"The trial enrolled 4,900 children in Kenya and Ghana.", []bool{true, true}},
		{"different year", "The members plan a joint research centre by 2027.",
			"The members plan a joint research centre by 2035.", []bool{true, true}},
		{"different claim", "The new alliance will create many jobs for data scientists.",
			"The new alliance will face a severe shortage of advanced microchips.", []bool{true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Select([]string{tt.a, tt.b}, Options{})
			if !reflect.DeepEqual(res.Keep, tt.keep) {
				t.Errorf("keep = %v, want %v (reasons %v)", res.Keep, tt.keep, res.Reason)
			}
			for i, k := range res.Keep {
				if !k && res.DupOf[i] < 0 {
					t.Errorf("dropped sentence %d credits no kept sentence", i)
				}
			}
		})
	}
}

// TestSelectCoverage: a sentence whose units several kept sentences already
// say goes, though no single sentence restates it.
func TestSelectCoverage(t *testing.T) {
	texts := []string{
		"Sanctions restrict Russia's access to advanced microchips and cloud computing.",
		"India and Brazil remain cautious about the new technology bloc.",
		"Sanctions, cautious partners and scarce microchips restrict the technology bloc.",
		"Japan's ethics initiative sets voluntary rules for machine learning.",
	}
	res := Select(texts, Options{})
	want := []bool{true, true, false, true}
	if !reflect.DeepEqual(res.Keep, want) {
		t.Errorf("keep = %v, want %v (%v)", res.Keep, want, res.Reason)
	}
}

func TestTrimClauses(t *testing.T) {
	texts := []string{
		"Sanctions limit access to microchips for the new alliance members, slowing progress in AI.",
		"Progress in AI is slowing everywhere.",
		"The alliance members plan shared data centres, potentially cutting costs for Brazil.",
		"Two ferries crossed the strait in the storm, although both sank within hours.",
		"Both ferries sank within hours of crossing.",
	}
	units, idx := analyze(texts)
	got := trimClauses(texts, []bool{true, true, true, true, true}, units, idx, func(string) float64 { return 1 }, 0.5, nil)
	want := []string{
		"Sanctions limit access to microchips for the new alliance members…", // the cut end shown, no full stop added
		texts[1],
		texts[2], // its clause names Brazil: a new fact stays
		texts[3], // a concession qualifies the claim: never cut, though told elsewhere
		texts[4],
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestTrimLeadPhrase(t *testing.T) {
	texts := []string{
		"In recent years, rival blocs have raced to build their own chip factories and research labs.",
		"Rival blocs in recent years raced to build factories.",
		"According to Lagarde, rival blocs have raced to build their own chip factories and labs.",
		"Looking ahead, shortages of engineers could slow the new chip factories for a decade.",
	}
	units, idx := analyze(texts)
	got := trimClauses(texts, []bool{true, true, true, true}, units, idx, func(string) float64 { return 1 }, 0.5, nil)
	want := []string{
		"…rival blocs have raced to build their own chip factories and research labs.", // its frame is said elsewhere: cut, shown, no capital added
		texts[1],
		texts[2], // a name in the frame stays
		texts[3], // "looking ahead" is said nowhere else
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestTrimKeepsParticiplesSubject: a clause said elsewhere stays when a
// participle after it is its own, which would tell what another did.
func TestTrimKeepsParticiplesSubject(t *testing.T) {
	texts := []string{
		"The council passed a motion ending the curfew, which Mayor Ortiz imposed late on Tuesday, citing unrest and looting in the harbour.",
		"Mayor Ortiz imposed the curfew late on Tuesday.",
	}
	units, idx := analyze(texts)
	got := trimClauses(texts, []bool{true, true}, units, idx, func(string) float64 { return 1 }, 0.5, nil)
	if got[0] != texts[0] {
		t.Errorf("got %q, want it whole", got[0])
	}
}

func TestSelectDeterministicAndOrdered(t *testing.T) {
	var texts []string
	for i := 0; i < 50; i++ {
		texts = append(texts, strings.Repeat("word ", i%7)+"The alliance challenges US dominance in AI.")
	}
	a, b := Select(texts, Options{}), Select(texts, Options{})
	if !reflect.DeepEqual(a, b) {
		t.Error("two runs differ")
	}
	kept := 0
	for _, k := range a.Keep {
		if k {
			kept++
		}
	}
	if kept != 1 {
		t.Errorf("kept %d restatements of one claim, want 1", kept)
	}
}

// FuzzSelect: any text, split at newlines into sentences, tokenizes and
// selects without panicking, keeps every sentence with a new name or
// number, and returns results of the right shape.
func FuzzSelect(f *testing.F) {
	f.Add("The U.S. leads.\nRussia's plan, by 2030, grows 3.5%.\nThe U.S. leads the field.")
	f.Add("’s\n..\n-\nA-B-C d'e")
	f.Fuzz(func(t *testing.T, s string) {
		texts := strings.Split(s, "\n")
		res := Select(texts, Options{})
		if len(res.Keep) != len(texts) || len(res.Text) != len(texts) || len(res.Units) != len(texts) {
			t.Fatal("result shape")
		}
		for i, j := range res.DupOf {
			if j >= len(texts) || (j >= 0 && res.Keep[i]) {
				t.Fatalf("DupOf[%d] = %d with keep %v", i, j, res.Keep[i])
			}
		}
	})
}

// TestDistinctClaimsAtScale: many distinct claims, each built only of words
// other claims use too, must all survive. Coverage by everything kept (the
// union) would drop most of them once the vocabulary is said; coverage by
// the one or two sentences about the same thing keeps them.
func TestDistinctClaimsAtScale(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	letters := "bcdfgklmnprstvz"
	word := func(i int) string {
		var b strings.Builder
		b.WriteString("q")
		for ; i > 0; i /= len(letters) {
			b.WriteByte(letters[i%len(letters)])
			b.WriteByte("aeiou"[i%5])
		}
		return b.String() + "n"
	}
	var texts []string
	for i := 0; i < 3000; i++ {
		var ws []string
		for j := 0; j < 12; j++ {
			ws = append(ws, word(r.Intn(20000)))
		}
		texts = append(texts, "the "+strings.Join(ws, " and ")+".")
	}
	count := func(opt Options) int {
		kept := 0
		for _, k := range Select(texts, opt).Keep {
			if k {
				kept++
			}
		}
		return kept
	}
	kept := count(Options{})
	if kept < len(texts)*9/10 {
		t.Errorf("kept %d of %d distinct claims, want at least 90%%", kept, len(texts))
	}
	// The same with every unit common, i.e. coverage by the union of all
	// kept sentences: the test must tell the two apart.
	if global := count(Options{CommonShare: 1e-9, MinCommon: 1}); global >= len(texts)*8/10 {
		t.Errorf("global coverage kept %d of %d: the test does not exercise local coverage", global, len(texts))
	} else {
		t.Logf("local coverage keeps %d of %d, global %d", kept, len(texts), global)
	}
}

// TestParaphraseRedundancy: a sentence that restates two kept sentences in
// synonyms ("analysts fear" / "experts worry", "diminish" / "reduce",
// "budget will rise" / "funding will increase") goes; without the
// paraphrase pass it stays, since its words are new.
func TestParaphraseRedundancy(t *testing.T) {
	texts := []string{
		"Experts worry that the new alliance could reduce global cooperation on climate research, a survey of Lund scientists shows.",
		"Funding for the climate research network will increase sharply next year, officials at the Lund ministry said.",
		"Analysts fear the coalition might diminish international collaboration, while the network's budget will rise sharply.",
		"Farmers in the valley grow olives and grapes on terraced hillsides.",
	}
	if got, want := Select(texts, Options{}).Keep, []bool{true, true, false, true}; !reflect.DeepEqual(got, want) {
		t.Errorf("keep = %v, want %v", got, want)
	}
	// The restatement pass (restate.go) would drop it too: off, so
	// that the test isolates pass 3b.
	if got := Select(texts, Options{ParaRedundant: -1, NoRestate: true}).Keep; !got[2] {
		t.Errorf("without the paraphrase pass the restatement is dropped anyway: the test does not exercise it")
	}
}

// TestRescue: with RecurAt, a word two sentences use ("reconsider") whose
// every carrier is covered word by word by others is kept through its
// cheapest carrier; without it, it is lost.
func TestRescue(t *testing.T) {
	a := "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima"
	b := "mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray"
	texts := []string{
		"The " + a + ".",
		"The " + b + ".",
		"The alpha bravo charlie mike november oscar must reconsider.",
		"The delta echo foxtrot papa quebec romeo sierra tango must reconsider.",
	}
	has := func(opt Options) bool {
		res := Select(texts, opt)
		return res.Keep[2] || res.Keep[3]
	}
	if has(Options{SalientShare: -1}) {
		t.Fatalf("without the rescue the word survives: the test does not exercise it")
	}
	res := Select(texts, Options{RecurAt: 2, SalientShare: -1})
	if !res.Keep[2] || res.Keep[3] {
		t.Errorf("keep = %v (%v), want the shorter carrier (2) kept", res.Keep, res.Reason)
	}
}

// TestRestate: a later stance sentence with the same frame and mostly the
// same content goes; the same stance held by someone named in a lead phrase
// stays; a sentence that repeats a list of names already given goes when the
// rest of it is said.
func TestRestate(t *testing.T) {
	texts := []string{
		"While some see the merger of Norvik and Talba as a boost to regional shipping, others doubt that the ports can handle the extra cargo traffic.",
		"Freight volumes across the Baltic corridor are expected to double by 2031.",
		"Some embrace the merger as a welcome boost to shipping, while others remain doubtful about cargo capacity at the ports.",
		"In Talba, there is a sense of optimism and civic pride about the merger.",
		"The corridor links Gdynia, Klaipeda, Riga, and Tallinn with rail terminals inland.",
		"The ports of Gdynia, Klaipeda, Riga, and Tallinn expect rail terminals inland to share the corridor's freight.",
	}
	on := Select(texts, Options{})
	off := Select(texts, Options{NoRestate: true})
	for i, want := range []bool{true, true, false, true} {
		if on.Keep[i] != want {
			t.Errorf("sentence %d: keep = %v (%s), want %v: %s", i, on.Keep[i], on.Reason[i], want, texts[i])
		}
	}
	if on.Keep[4] == on.Keep[5] {
		t.Errorf("list sentences: keep = %v, %v, want exactly one", on.Keep[4], on.Keep[5])
	}
	if !off.Keep[2] {
		t.Errorf("without the restatement pass the stance restatement goes anyway: the test does not exercise it")
	}
}

// TestSelectActors: two sentences with the same action and number but
// different actors ("Port Avel pledged ..." / "Norland pledged ...") are
// two facts, even where one actor's name is common currency of the text
// and counts as said: neither covers the other's number, in the coverage
// passes or in the restatement pass.
func TestSelectActors(t *testing.T) {
	texts := []string{
		"Governor Ana Velez ordered the harbour pilots of Port Avel to cooperate with Norland on hydrogen shipping.",
		"Steel makers halted exports to Port Avel after the strike.",
		"Port Avel pledged 40 million euros to the new hydrogen terminal.",
		"The port handled 4.2 million tonnes of cargo in 2024.",
		"Timber from Norland has crossed the estuary to Port Avel for a century.",
		"The harbour pilots of Port Avel were instructed by Governor Ana Velez to collaborate with Norland on hydrogen shipping.",
		"Producers of steel ceased all exports to Port Avel after the strike.",
		"The port handled 3.1 million tonnes of cargo in 2023.",
		"Steel producers have stopped exports to Port Avel since the strike, officials said.",
		"Governor Ana Velez told the harbour pilots of Port Avel to work together with Norland on hydrogen shipping.",
		"Norland pledged 40 million euros to the new hydrogen terminal.",
	}
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"all passes", Options{}},
		{"coverage alone", Options{NoRestate: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Select(texts, tc.opt)
			for _, i := range []int{2, 10} {
				if !res.Keep[i] {
					t.Errorf("dropped (%s, for %d) %q", res.Reason[i], res.DupOf[i], texts[i])
				}
			}
		})
	}
}
