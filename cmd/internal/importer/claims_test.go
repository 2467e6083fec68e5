package importer

import (
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"github.com/briefing-dev/briefing/cmd/internal/sentences"
)

// Four short reports of one event by four outlets, each in its own words,
// order and furniture. Every fact below is told by the outlets listed with
// it; the training detail by one only.
var bridgeSeeds = map[string]string{
	"a_courier.txt": `Kestrel Bridge opens to traffic
The Courier
Sign up for our newsletter
Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel on Monday, ending four years of construction. The bridge spans 1.2 kilometres across the Avel estuary and cost 240 million euros.
Planners expect the crossing to carry 30,000 vehicles a day by 2028. Local shops hope the traffic will bring customers back to the harbour district.
Share this article
`,
	"b_gazette.txt": `Port Avel celebrates its new bridge
By Tom Reyes
The Kestrel Bridge in Port Avel was opened on Monday by Mayor Lena Ortiz, after four years of building work. Costing 240 million euros, the structure spans 1.2 kilometres over the Avel estuary.
The city's transport office says 30,000 vehicles a day are expected to cross by 2028. A training programme run by the builders taught welding to 800 local apprentices.
`,
	"c_wire.txt": `Mayor opens Kestrel Bridge
(Wire) — The 240 million euro Kestrel Bridge across the Avel estuary in Port Avel opened on Monday, Mayor Lena Ortiz said. Up to 30,000 vehicles a day are expected on the 1.2 kilometre crossing by 2028, planners said.
Read more: local news
`,
	"d_radio.txt": `Bridge day in Port Avel
Listen live
Traffic authorities expect 30,000 vehicles a day to use the Kestrel Bridge by 2028. Commuters from the northern suburbs will save twenty minutes each way.
On Monday Mayor Lena Ortiz opened the bridge, which spans 1.2 kilometres across the Avel estuary in Port Avel. The project cost 240 million euros, according to the city.
`,
}

// fixtureFact is a fact of a fixture set: keyword groups (every group in
// one sentence) and the seeds that tell it.
type fixtureFact struct {
	name   string
	groups [][]string
	seeds  []string
}

var bridgeFacts = []fixtureFact{
	{"the opening", [][]string{{"opened", "opens"}, {"Ortiz"}, {"Monday"}}, []string{"a_courier", "b_gazette", "c_wire", "d_radio"}},
	{"the traffic forecast", [][]string{{"30,000"}, {"2028"}}, []string{"a_courier", "b_gazette", "c_wire", "d_radio"}},
	{"the apprentices", [][]string{{"800"}, {"apprentice"}}, []string{"b_gazette"}},
}

// allSectionParas are the passages of every section file of contentDir.
func allSectionParas(t *testing.T, contentDir string) []sectionPara {
	t.Helper()
	var paras []sectionPara
	for _, name := range sectionNames {
		paras = append(paras, sectionParas(t, read(t, filepath.Join(contentDir, name+".md")))...)
	}
	return paras
}

// onePassage returns the one passage with a sentence telling f, or reports
// that there is none or more than one.
func onePassage(t *testing.T, paras []sectionPara, f fixtureFact) (sectionPara, bool) {
	t.Helper()
	var in []sectionPara
	for _, p := range paras {
		for _, s := range strings.Split(p.body, ". ") {
			if containsGroups(s, f.groups) {
				in = append(in, p)
				break
			}
		}
	}
	if len(in) != 1 {
		var texts []string
		for _, p := range in {
			texts = append(texts, p.body)
		}
		t.Errorf("%s: in %d passages, want 1:\n%s", f.name, len(in), strings.Join(texts, "\n"))
		return sectionPara{}, false
	}
	return in[0], true
}

func containsGroups(s string, groups [][]string) bool {
	for _, g := range groups {
		ok := false
		for _, alt := range g {
			if strings.Contains(s, alt) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// Two reports of a flood: another event than the bridge.
var floodSeeds = map[string]string{
	"e_valley.txt": `River Marn floods the town of Edda
Valley Post
Heavy rain pushed the River Marn over its banks in Edda on Sunday night, flooding 300 homes in the lower town. Firefighters evacuated 1,200 residents to the sports hall of the Edda school.
The regional water board said the river rose two metres in six hours. Farmers along the Marn fear the loss of the autumn harvest.
`,
	"f_news.txt": `Hundreds of homes flooded in Edda
The River Marn burst its banks in Edda late on Sunday and flooded 300 homes, the town council said. About 1,200 residents spent the night in the sports hall of the Edda school.
The water board expects the Marn to fall again by Wednesday. Insurers in the region have opened a hotline for flooded households.
`,
}

// TestStoriesUnderHeadings: seeds about two events are two stories; a
// section holding passages of both groups them under one heading per
// story, the main story (more seeds) first, a section holding one of them
// heads it too, and the briefing is titled
// for the main story.
func TestStoriesUnderHeadings(t *testing.T) {
	seeds := map[string]string{}
	for k, v := range bridgeSeeds {
		seeds[k] = v
	}
	for k, v := range floodSeeds {
		seeds[k] = v
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	flood := map[string]bool{"e_valley": true, "f_news": true}
	mixed := 0
	for _, name := range sectionNames {
		var headings []string
		storyOf := map[string]bool{} // heading -> is the flood story
		for _, p := range sectionParas(t, read(t, filepath.Join(contentDir, name+".md"))) {
			if len(p.refs) == 0 {
				continue
			}
			isFlood := flood[p.refs[0].Seed]
			// Two stories in the briefing: a section that holds
			// one of them says which, too.
			if p.heading == "" {
				t.Errorf("%s: passage under no story heading: %s", name, p.body)
			}
			for _, r := range p.refs {
				if flood[r.Seed] != isFlood {
					t.Errorf("%s: one passage cites both stories: %s %+v", name, p.body, p.refs)
				}
			}
			if len(headings) == 0 || headings[len(headings)-1] != p.heading {
				headings = append(headings, p.heading)
			}
			if was, ok := storyOf[p.heading]; ok && was != isFlood {
				t.Errorf("%s: heading %q holds passages of both stories", name, p.heading)
			}
			storyOf[p.heading] = isFlood
		}
		if len(storyOf) < 2 {
			continue
		}
		mixed++
		if len(headings) != 2 || headings[0] == "" || storyOf[headings[0]] {
			t.Errorf("%s: headings %q, want the bridge story's, then the flood's", name, headings)
		}
	}
	if mixed == 0 {
		t.Errorf("no section holds both stories: the test says nothing")
	}
	index := read(t, filepath.Join(contentDir, "_index.md"))
	title := ""
	for _, line := range strings.Split(index, "\n") {
		if v, ok := strings.CutPrefix(line, "title: "); ok {
			title = strings.Trim(v, `"`)
			break
		}
	}
	var bridgeTitles []string
	for _, text := range bridgeSeeds {
		bridgeTitles = append(bridgeTitles, strings.SplitN(text, "\n", 2)[0])
	}
	if !slices.Contains(bridgeTitles, title) {
		t.Errorf("site title %q, want one of the main story's headlines %q", title, bridgeTitles)
	}
	for _, story := range []string{"Kestrel", "Marn"} {
		if !strings.Contains(index, story) {
			t.Errorf("home page has no key point on the %s story:\n%s", story, index)
		}
	}
}

// TestLeadFactFirst: within a story, the paragraph that reports the event
// (names, numbers, an event verb) comes before commentary, and a paragraph
// that leans on it ("She ...") stays right after it.
func TestLeadFactFirst(t *testing.T) {
	texts := []string{
		"The new crossing could change how the whole region thinks about its coast, observers suggest.",
		"Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel on Monday, after four years of work.",
		"She thanked the 800 workers who built it.",
		"Bridges like this one often become symbols of a city.",
	}
	units := dedup.Analyze(texts)
	m := &Model{Stories: []Story{{Arts: []int{0}, Title: "t"}}}
	var paras []paragraph
	for i, s := range texts {
		m.Sentences = append(m.Sentences, Sentence{Text: s, Units: units[i], Keep: true})
		paras = append(paras, paragraph{sents: []int{i}})
	}
	var got []int
	for _, p := range orderParagraphs(m, paras) {
		got = append(got, p.sents[0])
	}
	if len(got) != 4 || got[0] != 1 || got[1] != 2 {
		t.Errorf("order %v, want the opening (1) first and the sentence leaning on it (2) right after", got)
	}
}

// TestEditedSourceNamesLinks: an editor who corrects a source page's
// title and outlet in its front matter sees every provenance link to it
// name the article that way on the next import.
func TestEditedSourceNamesLinks(t *testing.T) {
	seedDir, contentDir := site(t, bridgeSeeds)
	runImport(t, seedDir, contentDir, nil)
	src := filepath.Join(contentDir, "sources", "c_wire.md")
	text := read(t, src)
	fm, body, ok := strings.Cut(strings.TrimPrefix(text, "---\n"), "\n---\n")
	if !ok {
		t.Fatalf("no front matter in %s", text)
	}
	var lines []string
	for _, l := range strings.Split(fm, "\n") {
		if !strings.HasPrefix(l, "title:") && !strings.HasPrefix(l, "outlet:") {
			lines = append(lines, l)
		}
	}
	lines = append(lines, `title: "Kestrel Bridge opens"`, `outlet: "Avel Wire Service"`)
	write(t, src, "---\n"+strings.Join(lines, "\n")+"\n---\n"+body)
	runImport(t, seedDir, contentDir, nil)
	found := false
	for _, name := range sectionNames {
		for _, p := range sectionParas(t, read(t, filepath.Join(contentDir, name+".md"))) {
			for _, r := range p.refs {
				if r.Seed != "c_wire" {
					continue
				}
				found = true
				if r.Outlet != "Avel Wire Service" || r.Title != "Kestrel Bridge opens" {
					t.Errorf("%s: link to the edited source reads %+v", name, r)
				}
			}
		}
	}
	if !found {
		t.Errorf("no section links to sources/c_wire.md")
	}
}

// Three reports of one order and one halt, in different words (ordered /
// instructed / told, halted / ceased / stopped), with near misses (the
// same port with another cargo figure; the same pledge by another actor,
// whose name the set uses everywhere) and a detail one outlet gives.
var harbourSeeds = map[string]string{
	"g_tribune.txt": `Velez orders harbour pilots to work with Norland
Calder Tribune
Governor Ana Velez ordered the harbour pilots of Port Avel to cooperate with Norland on hydrogen shipping.
Steel makers halted exports to Port Avel after the strike. The port handled 4.2 million tonnes of cargo in 2024.
Port Avel pledged 40 million euros to the new hydrogen terminal.
Newsletter: sign up
`,
	"h_ledger.txt": `Port Avel pilots get new orders
By Mira Soto
Timber from Norland has crossed the estuary to Port Avel for a century.
The harbour pilots of Port Avel were instructed by Governor Ana Velez to collaborate with Norland on hydrogen shipping.
Producers of steel ceased all exports to Port Avel after the strike. The port handled 3.1 million tonnes of cargo in 2023.
`,
	"i_wire.txt": `Hydrogen deal for Port Avel
(Wire) — Steel producers have stopped exports to Port Avel since the strike, officials said.
Governor Ana Velez told the harbour pilots of Port Avel to work together with Norland on hydrogen shipping.
Norland pledged 40 million euros to the new hydrogen terminal.
`,
}

var harbourFacts = []fixtureFact{
	{"the order", [][]string{{"Velez"}, {"pilots"}, {"hydrogen"}}, []string{"g_tribune", "h_ledger", "i_wire"}},
	{"the halt", [][]string{{"teel"}, {"halted", "ceased", "stopped"}, {"exports"}}, []string{"g_tribune", "h_ledger", "i_wire"}},
	{"cargo in 2024", [][]string{{"4.2 million"}}, []string{"g_tribune"}},
	{"cargo in 2023", [][]string{{"3.1 million"}}, []string{"h_ledger"}},
	{"Norland's pledge", [][]string{{"Norland pledged"}}, []string{"i_wire"}},
	{"Port Avel's pledge", [][]string{{"Port Avel pledged"}}, []string{"g_tribune"}},
	{"the timber trade", [][]string{{"Timber"}, {"century"}}, []string{"h_ledger"}},
}

// Three reports of one landfall, each with a detail of its own (the
// category and winds, the hour and distance, another distance and the
// rain), in different furniture: the fullest wording stands, the others
// add only their details to its passage.
var stormSeeds = map[string]string{
	"m_coast.txt": `Ida hits Port Avel
Coast Herald
Storm Ida made landfall near Port Avel, Norland, on Sunday as a Category 2 storm with 95 mph winds.
The town council opened three shelters in school halls for families from the harbour district.
Share on social media
`,
	"n_wire.txt": `Storm Ida reaches Norland
(Wire) — Storm Ida made landfall near Port Avel at around 6:40 p.m., about twelve miles north of Calder.
Ferry operators cancelled every crossing for two days.
`,
	"o_radio.txt": `Listen live
Ida makes landfall
Storm Ida made landfall near Port Avel, just 40 miles west of Dunmere, with heavy rain and flooding across the estuary.
Farmers in the valley fear for the autumn harvest.
`,
}

var stormFacts = []fixtureFact{
	{"the landfall", [][]string{{"Storm Ida made landfall near Port Avel"}}, []string{"m_coast", "n_wire", "o_radio"}},
	{"its category", [][]string{{"Category 2"}}, []string{"m_coast"}},
	{"its hour", [][]string{{"6:40"}}, []string{"n_wire"}},
	{"its distance from Calder", [][]string{{"twelve miles north of Calder"}}, []string{"n_wire"}},
	{"its distance from Dunmere", [][]string{{"40 miles west of Dunmere"}}, []string{"o_radio"}},
	{"the rain", [][]string{{"heavy rain"}}, []string{"o_radio"}},
	{"the shelters", [][]string{{"shelters"}}, []string{"m_coast"}},
	{"the ferries", [][]string{{"Ferry"}}, []string{"n_wire"}},
	{"the harvest", [][]string{{"harvest"}}, []string{"o_radio"}},
}

// TestFactsOnce: on sets of reports of one event in different words, each
// fact is in one passage (a claim each outlet tells with a detail of its
// own too: the details join the fullest wording's passage, and the claim
// is written once), which cites every outlet that tells it (naming
// the article), each link pointing at the lines of its seed that tell the
// fact (the wording that seed gave, not another sentence of it); a detail
// only one outlet gives is kept, the near miss (one port, two cargo
// figures) stays apart. exact: the passage cites no seed that tells none
// of its facts (a passage of two claims cites the outlets of both); all: the
// facts are all the set says, so every link of every passage must tell
// one of its passage's facts.
func TestFactsOnce(t *testing.T) {
	for _, tc := range []struct {
		name       string
		seeds      map[string]string
		facts      []fixtureFact
		exact, all bool
	}{
		{"bridge", bridgeSeeds, bridgeFacts, true, false},
		{"harbour", harbourSeeds, harbourFacts, false, true},
		{"storm", stormSeeds, stormFacts, false, true},
		{"landfall in four verbs", vessaSeeds, vessaFacts, false, true},
		{"approval in three verbs", velaSeeds, velaFacts, false, true},
		{"rate cut in three units", cutSeeds, cutFacts, false, true},
		{"near misses stay apart", nearMissSeeds, nearMissFacts, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seedDir, contentDir := site(t, tc.seeds)
			runImport(t, seedDir, contentDir, nil)
			paras := allSectionParas(t, contentDir)
			for _, f := range tc.facts {
				in, ok := onePassage(t, paras, f)
				if !ok {
					continue
				}
				cited := map[string]provenance.Ref{}
				var got []string
				refs := slices.Clone(in.refs)
				// Another outlet's detail placed inside the passage cites
				// its line right after it.
				provenance.ReplaceLinks(in.body, func(l provenance.Link) string {
					refs = append(refs, l.Ref)
					return l.Raw
				})
				for _, r := range refs {
					cited[r.Seed] = r
					got = append(got, r.Seed)
					if r.Name() == r.Seed {
						t.Errorf("%s: link %+v names no article", f.name, r)
					}
				}
				for _, seed := range f.seeds {
					r, ok := cited[seed]
					if !ok {
						t.Errorf("%s: %s tells it, but the passage does not cite it: %s %v", f.name, seed, in.body, in.refs)
						continue
					}
					if line := sourceLines(t, contentDir, r); !containsGroups(line, f.groups) {
						t.Errorf("%s: the link to %s#L%d cites %q, which does not tell it", f.name, r.Seed, r.Line, line)
					}
				}
				sort.Strings(got)
				for _, seed := range got {
					if tc.exact && !tellsAFactOf(tc.facts, in.body, seed) {
						t.Errorf("%s: the passage cites %s, which tells none of its facts: sources %v, want %v (%s)", f.name, seed, got, f.seeds, in.body)
					}
				}
			}
			for _, p := range paras {
				for _, r := range p.refs {
					line, tells := sourceLines(t, contentDir, r), false
					for _, f := range tc.facts {
						tells = tells || containsGroups(p.body, f.groups) && containsGroups(line, f.groups)
					}
					if tc.all && !tells {
						t.Errorf("the link to %s#L%d cites %q, which tells none of the facts of %q", r.Seed, r.Line, line, p.body)
					}
				}
			}
		})
	}
}

// tellsAFactOf reports whether seed is a source of one of the facts the
// passage body holds.
func tellsAFactOf(facts []fixtureFact, body, seed string) bool {
	for _, f := range facts {
		if containsGroups(body, f.groups) && slices.Contains(f.seeds, seed) {
			return true
		}
	}
	return false
}

// sourceLines is the text of the lines of r's source page that r links to
// (the paragraphs anchored {#L<n>} for n from r.Line to r.EndLine).
func sourceLines(t *testing.T, contentDir string, r provenance.Ref) string {
	t.Helper()
	page := read(t, filepath.Join(contentDir, "sources", r.Seed+".md"))
	end := max(r.EndLine, r.Line)
	var out []string
	for _, para := range strings.Split(page, "\n\n") {
		para = strings.TrimSpace(para)
		i := strings.LastIndex(para, "{#L")
		if i < 0 {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(para[i+3:], "}"))
		if err == nil && n >= r.Line && n <= end {
			out = append(out, para[:i])
		}
	}
	return strings.Join(out, " ")
}

// Three reports of a bridge's opening date. The Post's sentence after its
// announcement leans on it ("She made this announcement ..."), and the
// announcement goes for the Herald's fuller wording; the Herald's "Since
// then, ..." leans on a sentence the classifier puts in another section.
var leanSeeds = map[string]string{
	"j_post.txt": `Ortiz sets a date for the Kestrel Bridge
The Post
Mayor Lena Ortiz announced on Monday that the Kestrel Bridge will open to traffic on 4 May.
She made this announcement at the harbour festival, before a crowd of 2,000 residents.
Ferry operators fear that passenger numbers will fall sharply once the bridge opens.
`,
	"k_herald.txt": `Kestrel Bridge to open on 4 May
By Ada Quint
On Monday, Mayor Lena Ortiz of Port Avel announced that the Kestrel Bridge across the Avel estuary will open to traffic on 4 May, after four years of work.
Work on the bridge began in 2021, when the council approved a loan of 240 million euros from the national bank.
Since then, the interest on the loan has doubled, and the city will charge drivers two euros a crossing.
`,
	"l_wire.txt": `Port Avel bridge date set
(Wire) — The Kestrel Bridge in Port Avel will open on 4 May, Mayor Lena Ortiz said on Monday.
Alderman Piet Rook, who leads the opposition, called the cost of the bridge a scandal.
`,
}

// TestLeaningSentenceFollowsItsAntecedent: a kept sentence that leans on
// the one before it in its seed stands right after it, in one passage, or
// after the wording of another outlet that replaced it; the passage cites
// both seeds' lines.
func TestLeaningSentenceFollowsItsAntecedent(t *testing.T) {
	seedDir, contentDir := site(t, leanSeeds)
	runImport(t, seedDir, contentDir, nil)
	paras := allSectionParas(t, contentDir)
	for _, tc := range []struct {
		leaning string
		before  [][]string // what the sentence before it tells
		seeds   []string   // the seeds the passage cites
	}{
		{"She made this announcement", [][]string{{"Ortiz"}, {"announced"}, {"4 May"}}, []string{"j_post", "k_herald"}},
		{"Since then, the interest", [][]string{{"2021"}, {"loan"}}, []string{"k_herald"}},
	} {
		found := false
		for _, p := range paras {
			body := strings.ReplaceAll(p.body, `\`, "")
			k := strings.Index(body, tc.leaning)
			if k < 0 {
				continue
			}
			found = true
			ss := sentences.Split(body[:k])
			if len(ss) == 0 || !containsGroups(ss[len(ss)-1].Text, tc.before) {
				t.Errorf("%q stands after %q, want a sentence telling %v", tc.leaning, body[:k], tc.before)
			}
			cited := map[string]bool{}
			for _, r := range p.refs {
				cited[r.Seed] = true
			}
			for _, s := range tc.seeds {
				if !cited[s] {
					t.Errorf("the passage of %q does not cite %s: %v", tc.leaning, s, p.refs)
				}
			}
		}
		if !found {
			t.Errorf("%q is in no passage", tc.leaning)
		}
	}
}

// TestDetailCitedWhereItStands: a detail another outlet adds to a
// passage's wording, inside the passage, cites that outlet's line right
// after it; the passage's list starts with its own seed, which names its
// anchor.
func TestDetailCitedWhereItStands(t *testing.T) {
	seedDir, contentDir := site(t, stormSeeds)
	runImport(t, seedDir, contentDir, nil)
	found := false
	for _, p := range allSectionParas(t, contentDir) {
		k := strings.Index(p.body, "…at around 6:40 p.m.")
		if k < 0 {
			continue
		}
		found = true
		after := p.body[k:]
		l, ok := provenance.FirstLink(after)
		if !ok || l.Ref.Seed != "n_wire" {
			t.Fatalf("the detail is followed by no link to n_wire: %s", after)
		}
		if between := after[:strings.Index(after, l.Raw)]; strings.Contains(strings.TrimSpace(between), ". ") || strings.Contains(between, "…just") {
			t.Errorf("the detail's link stands after other text: %q", between)
		}
		if len(p.refs) == 0 || p.refs[0].Seed == "n_wire" {
			t.Errorf("the passage's list starts with %v, want its own seed", p.refs)
		}
	}
	if !found {
		t.Fatal("no passage holds the detail")
	}
}

// TestPronounKeepsItsPerson: a sentence opening on "She" whose
// antecedent another outlet's wording replaced stands after that wording
// only when the wording opens on the same person; beside one that opens
// on someone else, it keeps its own antecedent.
func TestPronounKeepsItsPerson(t *testing.T) {
	seeds := map[string]string{
		"m_daily.txt": `Tolby win the Harbour Cup
The Daily
Tolby won the Harbour Cup final 3-2 against Marren on Sunday after Ana Brel scored twice at Kessel Park.
It was a night of drama in the old harbour town, and fans sang until dawn.
`,
		"n_news.txt": `Brel leads Tolby to the Harbour Cup
By Ilse Varn
Ana Brel scored twice as Tolby won the Harbour Cup final 3-2 against Marren on Sunday at Kessel Park.
She then lifted the trophy in front of 30,000 fans, the first captain from the town to do so.
`,
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	found := false
	for _, p := range allSectionParas(t, contentDir) {
		body := strings.ReplaceAll(p.body, `\`, "")
		k := strings.Index(body, "She then lifted")
		if k < 0 {
			continue
		}
		found = true
		ss := sentences.Split(body[:k])
		if len(ss) == 0 || !strings.HasPrefix(ss[len(ss)-1].Text, "Ana Brel") {
			t.Errorf("%q stands after %q, want a sentence on Ana Brel", "She then lifted", body[:k])
		}
	}
	if !found {
		t.Error(`"She then lifted" is in no passage`)
	}
}

// TestReportingAndAdviceLeftOut: a sentence that tells only how the
// reporting went, or gives the reader advice, is no passage; a speaker's
// words to "you" inside a quotation running over two sentences stay.
func TestReportingAndAdviceLeftOut(t *testing.T) {
	seeds := map[string]string{
		"a_daily.txt": `Ferry booking system fails
The Tolby ferry booking system failed on Friday after a faulty update, stranding 2,000 travellers at the quay.
"I want to apologise to every traveller," the operator's chief Ann Vale said. "You have my word that we will find out how this happened."
Varn Lines did not immediately respond to a request for comment.
`,
		"b_post.txt": `Tolby ferries stranded
A faulty update took down the ferry booking system at Tolby on Friday, leaving travellers stuck at the quay for hours.
If you are booked on a crossing, you can check your ticket at the harbour office.
In the Varn Lines app, tap the Help button to rebook.
The port authority declined to comment.
`,
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	var all strings.Builder
	for _, p := range allSectionParas(t, contentDir) {
		all.WriteString(p.body + "\n")
	}
	got := all.String()
	for _, gone := range []string{"request for comment", "declined to comment", "check your ticket", "tap the Help button"} {
		if strings.Contains(got, gone) {
			t.Errorf("a passage holds %q:\n%s", gone, got)
		}
	}
	if !strings.Contains(got, "You have my word") {
		t.Errorf("the speaker's words to the travellers went:\n%s", got)
	}
}

// TestCreditsTellTheClaim: a dropped sentence credited to a kept one is
// listed among that claim's sources only when it tells the claim (a copy,
// or a fair share of its names and words), not when the two share a
// common word or two ("Some check-in services are done by hand, it added"
// beside "Microsoft released new details of the damage to its services").
func TestCreditsTellTheClaim(t *testing.T) {
	m := &Model{Sentences: []Sentence{
		{Art: 0, Keep: true, DupOf: -1, PartOf: -1, Units: []string{"e:vestbank", "w:releas", "w:detail", "w:damag", "w:servic", "w:system"}},
		{Art: 1, DupOf: 0, PartOf: -1, Units: []string{"w:check", "w:servic", "w:manual", "w:add", "w:airlin"}},       // shares "services"
		{Art: 2, DupOf: 0, PartOf: -1, Units: []string{"e:vestbank", "w:publish", "w:detail", "w:damag", "w:system"}}, // tells it
		{Art: 3, DupOf: 0, PartOf: -1, Units: nil}, // a copy, word for word
	}}
	got := creditsBySentence(m)[0]
	if !slices.Equal(got, []int{2, 3}) {
		t.Errorf("credits of the claim = %v, want [2 3]", got)
	}
}
