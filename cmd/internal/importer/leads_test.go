package importer

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
)

// Four reports of one storm by four outlets. Each opens with the
// landfall in its own words; the words of the openings ("business",
// "market", "security", "rival") are the keywords of other sections, while
// later sentences (the storm's history and origin) are the background's.
// One outlet opens on a detail of its own (a ferry), which is a lead too
// but one the others do not share.
var orlaSeeds = map[string]string{
	"a_herald.txt": `Storm Orla reaches Port Selm
Storm Orla made landfall near Port Selm on Tuesday night with winds of 140 km/h, shutting business and market stalls along the Selm coast.
The storm's origin was a low over the Varn Sea, and its history of sudden turns had worried forecasters for a week.
Background: the coast last saw a storm of this strength in 1998.
`,
	"b_post.txt": `Orla hits the Selm coast
Orla came ashore at Port Selm on Tuesday night, the Selm Weather Office said, with gusts of 140 km/h that closed the market and businesses.
Forecasters said the history of the storm, which formed over the Varn Sea, made its track hard to predict.
Schools on the coast will stay closed until Friday.
`,
	"c_wire.txt": `Storm Orla lands
(Wire) — Storm Orla struck land near Port Selm on Tuesday night with 140 km/h winds, the Selm Weather Office said, as security crews and rival utilities raced to restore power.
The storm formed over the Varn Sea a week ago, the office said.
`,
	"d_radio.txt": `Ferry adrift off Selm
A ferry with 40 passengers drifted for six hours off Port Selm on Tuesday night before tugs reached it, as Storm Orla passed over the coast.
Storm Orla reached Port Selm on Tuesday night with 140 km/h winds, the Selm Weather Office said.
The origin of the storm, a low over the Varn Sea, is background the office gave in its bulletin.
`,
}

// TestLeadFactFirstInBackground: a story's lead fact (what its outlets open
// with, agreed by most of them) opens the first section, whatever section
// its keywords point at; the other openings follow it there, before the
// background the section's keywords drew.
func TestLeadFactFirstInBackground(t *testing.T) {
	seedDir, contentDir := site(t, orlaSeeds)
	runImport(t, seedDir, contentDir, nil)
	landfall := [][]string{{"landfall", "ashore", "struck land", "reached"}, {"Port Selm"}, {"Tuesday"}}
	cases := []struct {
		name    string
		section string
		index   int // passage index in the section, -1: any
		groups  [][]string
		want    bool
	}{
		{"the landfall opens the background", "background", 0, landfall, true},
		{"the ferry, one outlet's own opening, is in the background", "background", -1, [][]string{{"ferry"}, {"40 passengers"}}, true},
		{"no section but the background holds the landfall", "economics", -1, landfall, false},
		{"nor the one its rivals point at", "us-dominance", -1, landfall, false},
		{"nor geopolitics", "geopolitics", -1, landfall, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paras := sectionBody(t, read(t, filepath.Join(contentDir, c.section+".md")))
			got := false
			for i, p := range paras {
				if (c.index < 0 || i == c.index) && containsGroups(p, c.groups) {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("%s: found %v, want %v; passages:\n%s", c.section, got, c.want, strings.Join(paras, "\n"))
			}
		})
	}
}

// TestKeyPointKept: a key point quotes a passage of the section it links
// to: of a claim told in several wordings, the one the section kept, never
// a wording de-duplication dropped, however central.
func TestKeyPointKept(t *testing.T) {
	units := func(prefix string, n int) []string {
		var us []string
		for i := range n {
			us = append(us, prefix+string(rune('a'+i)))
		}
		return us
	}
	common := units("w:c", 16) // what the story keeps saying
	m := &Model{Stories: []Story{{Arts: []int{0, 1, 2}}}}
	m.Sentences = []Sentence{
		{Art: 0, Text: "kept", Units: common[:13], Keep: true, DupOf: -1, Section: 0},
		{Art: 1, Text: "dropped wording", Units: common, DupOf: 0, Section: -1},
	}
	// Make the dropped wording the most central: the story keeps
	// coming back to its words.
	for range 3 {
		m.Sentences = append(m.Sentences, Sentence{Art: 2, Text: "echo", Units: common, DupOf: -1, Section: -1})
	}
	var got []int
	for _, p := range lead(m, 1, -1) {
		got = append(got, p.sent)
	}
	if len(got) != 1 || got[0] != 0 {
		t.Errorf("key points %v, want [0], the kept sentence", got)
	}
}

// TestCoveredOpeningsVote: an outlet's opening dropped as said already by
// several kept sentences together, so credited to none, still counts for
// the kept sentence that holds most of its units: the event the outlets
// open with outranks one outlet's opening on commentary.
func TestCoveredOpeningsVote(t *testing.T) {
	sent := func(art int, keep bool, units ...string) Sentence {
		return Sentence{Art: art, Keep: keep, Units: units, DupOf: -1, PartOf: -1}
	}
	m := &Model{
		Articles: make([]*extract.Article, 4),
		Sentences: []Sentence{
			sent(0, true, "w:harbour", "w:worker", "w:complain", "w:pay", "w:lag"),          // opening, commentary
			sent(0, true, "w:strike", "w:halt", "w:cross", "n:varn", "d:monday", "w:union"), // the event
			sent(0, true, "w:talk", "w:mediat", "n:varn lines"),
			sent(1, false, "w:strike", "w:halt", "w:cross", "n:varn", "d:monday", "w:talk", "w:mediat"),
			sent(2, false, "w:strike", "w:cross", "n:varn", "d:monday", "w:pay"),
			sent(3, false, "w:union", "w:halt", "n:varn", "d:monday", "w:island", "w:stranded"),
			sent(4, false, "w:weather", "w:forecast", "w:rain"), // an opening nothing says: no vote
		},
		follows: map[int]int{},
	}
	m.Articles = make([]*extract.Article, 5)
	leads := leadFacts(m)
	if c := leads[0]; c >= 2 {
		t.Errorf("the commentary opening got %.2f: an unresolved opening voted for it", c)
	}
	event, ok := leads[1]
	if !ok {
		t.Fatalf("the event told by three covered openings is no lead fact: %v", leads)
	}
	if commentary := leads[0]; event <= commentary {
		t.Errorf("the event (%.2f) does not outrank the commentary opening (%.2f)", event, commentary)
	}
}

// TestKeyPointsLeadFacts: the home page's key points of a story told by
// several outlets are what they lead with, the most agreed on first, even
// when all of them stand in the background: a section is not given a
// point of its own commentary in their place.
func TestKeyPointsLeadFacts(t *testing.T) {
	seedDir, contentDir := site(t, orlaSeeds)
	runImport(t, seedDir, contentDir, nil)
	var points []string
	for _, line := range strings.Split(read(t, filepath.Join(contentDir, "_index.md")), "\n") {
		if strings.HasPrefix(line, "- ") && !strings.HasPrefix(line, "- [") {
			points = append(points, line)
		}
	}
	landfall := [][]string{{"landfall", "ashore", "struck land", "reached"}, {"Port Selm"}, {"Tuesday"}}
	ferry := [][]string{{"ferry"}, {"40 passengers"}}
	if len(points) == 0 || !containsGroups(points[0], landfall) {
		t.Fatalf("the first key point is not the landfall; key points:\n%s", strings.Join(points, "\n"))
	}
	found := false
	for _, p := range points {
		found = found || containsGroups(p, ferry)
	}
	if !found {
		t.Errorf("the ferry, an outlet's lead, is no key point; key points:\n%s", strings.Join(points, "\n"))
	}
}

// TestKeyPointNotCutOpening: a sentence cut of its opening ("…Chair Ann
// Vale said ...") is no key point, however central.
func TestKeyPointNotCutOpening(t *testing.T) {
	units := []string{"e:vale", "e:tolby", "w:harbour", "w:clos", "w:storm", "w:wall", "w:ferr", "w:board", "w:quay", "w:repair", "w:week", "w:crew", "w:diver"}
	m := &Model{
		Articles: make([]*extract.Article, 2),
		Sections: []classify.Section{{Name: "background", Title: "Background"}},
		Sentences: []Sentence{
			{Art: 0, Keep: true, Text: dedup.Elision + "Chair Ann Vale said the harbour of Tolby would close for a week after the storm broke the wall.", Units: units, DupOf: -1, PartOf: -1},
			{Art: 1, Keep: true, Text: "The harbour of Tolby closed on Monday after the storm broke its wall, and divers began repairs.", Units: units[1:], DupOf: -1, PartOf: -1},
		},
	}
	for _, p := range lead(m, 4, -1) {
		if strings.HasPrefix(m.Sentences[p.sent].Text, dedup.Elision) {
			t.Errorf("key point cut of its opening: %s", m.Sentences[p.sent].Text)
		}
	}
}

// TestKeyPointRetold: a key point that tells an earlier one's claim in
// other words (its names and most of its words) is left out; one on
// another fact at the same place and time stays.
func TestKeyPointRetold(t *testing.T) {
	sent := func(sec int, text string, units ...string) Sentence {
		return Sentence{Text: text, Keep: true, Units: units, DupOf: -1, PartOf: -1, Section: sec}
	}
	// Each in a section of its own: sections take turns.
	m := &Model{
		Articles: make([]*extract.Article, 1),
		Sentences: []Sentence{
			sent(0, "Tolby won the Harbour Cup final on Sunday as they beat Marren 4-2 on penalties after a 3-3 draw in Velby, their first title in ten years.",
				"n:tolby", "n:marren", "n:harbour cup", "d:sunday", "w:won", "w:final", "w:beat", "w:penalti", "w:draw", "#:4-2", "#:3-3", "n:velby", "w:first", "w:titl", "#:ten", "w:year"),
			sent(1, "Doha: after a 3-3 thriller over 120 minutes at Kessel Park, Tolby beat Marren 4-2 on penalties to lift the Harbour Cup, Ana Brel and Ilse Varn scoring.",
				"n:doha", "w:thriller", "#:120", "w:minut", "n:kessel park", "n:tolby", "w:beat", "n:marren", "#:4-2", "#:3-3", "w:penalti", "w:draw", "n:harbour cup", "n:ana brel", "n:ilse varn", "w:lift"),
			sent(2, "A ferry carrying hundreds of Tolby fans ran aground off Velby on Sunday night as Marren supporters sang on the quay until the tide turned.",
				"n:tolby", "n:marren", "n:velby", "d:sunday", "w:ferri", "w:fan", "w:aground", "w:support", "w:sang", "w:quay", "w:hundr", "w:night", "w:tide", "w:turn"),
		},
		follows: map[int]int{},
	}
	var got []int
	for _, p := range lead(m, 3, -1) {
		got = append(got, p.sent)
	}
	if !slices.Equal(got, []int{0, 2}) {
		t.Errorf("key points %v, want [0 2]: the retelling left out, the ferry kept", got)
	}
}

// TestReportedOn: when a story happened, as its sources' dates say, in
// the fewest words; undated sources say nothing.
func TestReportedOn(t *testing.T) {
	arts := func(dates ...string) *Model {
		m := &Model{}
		for i, d := range dates {
			m.Articles = append(m.Articles, &extract.Article{Name: fmt.Sprint("a", i), Path: fmt.Sprint("seeds/a", i, ".txt"), Date: d})
		}
		return m
	}
	for _, c := range []struct {
		dates []string
		want  string
	}{
		{[]string{"2022-12-18"}, "18 December 2022"},
		{[]string{"2022-12-19", "", "December 18, 2022"}, "18–19 December 2022"},
		{[]string{"2024-11-30", "2024-12-02"}, "30 November – 2 December 2024"},
		{[]string{"2023-12-30", "2024-01-02"}, "30 December 2023 – 2 January 2024"},
		{[]string{"", ""}, ""},
	} {
		m := arts(c.dates...)
		if got := reportedOn(m, allArticles(m)); got != c.want {
			t.Errorf("reportedOn(%q) = %q, want %q", c.dates, got, c.want)
		}
	}
}

// TestRestatingSpan: a seed that restates a passage on lines far apart is
// cited at its first place, not across the article between; adjacent
// paragraphs make one span.
func TestRestatingSpan(t *testing.T) {
	bs := []extract.Block{{Line: 3, EndLine: 3}, {Line: 5, EndLine: 6}, {Line: 30, EndLine: 30}, {Line: 189, EndLine: 189}}
	for _, c := range []struct {
		blocks     []int
		line, last int
	}{
		{[]int{0, 1}, 3, 6},
		{[]int{2, 0, 3}, 3, 3},
		{[]int{3, 2}, 30, 30},
	} {
		if b := restatingSpan(bs, c.blocks); b.Line != c.line || b.EndLine != c.last {
			t.Errorf("restatingSpan(%v) = lines %d–%d, want %d–%d", c.blocks, b.Line, b.EndLine, c.line, c.last)
		}
	}
}

// TestKeyPointNotAQuote: a sentence mostly quoted is what someone said,
// no key point; the claim beside it is one.
func TestKeyPointNotAQuote(t *testing.T) {
	units := func(p string) []string {
		var us []string
		for i := range 14 {
			us = append(us, fmt.Sprintf("w:%s%d", p, i))
		}
		return us
	}
	m := &Model{
		Articles: make([]*extract.Article, 1),
		Sentences: []Sentence{
			{Text: "“This matters because many harbours in the north are closing their doors to our boats,” Ilse Varn said.", Keep: true, Units: units("q"), DupOf: -1, PartOf: -1, Section: 0},
			{Text: "The harbour board of Tolby closed the port to foreign ferries on Monday after a vote of the council.", Keep: true, Units: units("c"), DupOf: -1, PartOf: -1, Section: 1},
		},
		follows: map[int]int{},
	}
	var got []int
	for _, p := range lead(m, 2, -1) {
		got = append(got, p.sent)
	}
	if !slices.Equal(got, []int{1}) {
		t.Errorf("key points %v, want [1]: the quotation is none", got)
	}
}
