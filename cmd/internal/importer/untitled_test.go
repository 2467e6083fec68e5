package importer

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestUntitledSeedsNamedByTheirOpening: copies that start at the story's
// first line (no headline) are named in every link, source page and story
// heading by their first words, quoted, after any dateline; never by the
// seed file's name.
func TestUntitledSeedsNamedByTheirOpening(t *testing.T) {
	seeds := map[string]string{
		"c_untitled.txt": `PORT AVEL, March 3 — Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel on Monday, ending four years of construction work on the estuary.
The bridge spans 1.2 kilometres across the Avel estuary and cost 240 million euros, the city said.
Planners expect the crossing to carry 30,000 vehicles a day by 2028, according to the transport office.
`,
		"d_untitled.txt": `The Kestrel Bridge was opened on Monday by Mayor Lena Ortiz after four years of building, and a training programme taught welding to 800 apprentices.
Shops in the harbour district hope the new traffic will bring customers back, their association said on Monday.
The crossing spans 1.2 kilometres and cost 240 million euros, which the city borrowed over twenty years.
Ferry services across the estuary will end in June, when the last of the old boats is sold to a museum.
`,
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	want := map[string]string{
		"c_untitled": "“Mayor Lena Ortiz opened the Kestrel…”",
		"d_untitled": "“The Kestrel Bridge was opened…”",
	}
	names := 0
	for _, name := range sectionNames {
		text := read(t, filepath.Join(contentDir, name+".md"))
		if strings.Contains(text, "[c\\_untitled") || strings.Contains(text, "[d\\_untitled") || strings.Contains(text, "## c\\_untitled") || strings.Contains(text, "## d\\_untitled") {
			t.Errorf("%s names a seed file:\n%s", name, text)
		}
		for _, p := range sectionParas(t, text) {
			for _, r := range p.refs {
				if w, ok := want[r.Seed]; ok {
					names++
					if r.Name() != w {
						t.Errorf("%s: link to %s named %q, want %q", name, r.Seed, r.Name(), w)
					}
				}
			}
		}
	}
	if names == 0 {
		t.Fatalf("no section passage cites the untitled seeds: the test says nothing")
	}
	for seed, w := range want {
		src := read(t, filepath.Join(contentDir, "sources", seed+".md"))
		if !strings.Contains(src, "title: \""+w+"\"") && !strings.Contains(src, "title: "+w+"\n") {
			t.Errorf("sources/%s.md: title is not %s:\n%s", seed, w, src)
		}
	}
}

// TestUntitledStoryNamedByItsLead: in a briefing of two stories, a story
// whose pages have no headline is headed by its lead fact's main clause,
// not by one page's first words in quotation marks.
func TestUntitledStoryNamedByItsLead(t *testing.T) {
	seeds := map[string]string{
		"a_untitled.txt": `The Norland competition board approved the takeover of Vestbank by Tolby Group on Friday, ending a review of two years.
The board had blocked the first offer in April over fears for the savings market, its chief executive Ann Vale said.
Tolby Group will sell Vestbank's card business to Calder Finance to meet the board's concerns.
`,
		"b_untitled.txt": `Tolby Group's takeover of Vestbank was approved by the Norland competition board on Friday, after the group agreed to sell the bank's card business.
The deal is worth 4.2 billion crowns, the group said.
Shares in Vestbank rose 6 percent on the news.
`,
		"c_storm.txt": `Storm Orla reaches Port Selm
Storm Orla made landfall near Port Selm on Tuesday night with winds of 140 km/h, closing schools along the Selm coast.
Forecasters said the storm formed over the Varn Sea a week ago.
`,
		"d_storm.txt": `Orla hits the Selm coast
Orla came ashore at Port Selm on Tuesday night, the Selm Weather Office said, with gusts of 140 km/h.
Ferries to Varn Island will not sail until Thursday.
`,
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	var headings []string
	for _, line := range strings.Split(read(t, filepath.Join(contentDir, "background.md")), "\n") {
		if strings.HasPrefix(line, "## ") {
			headings = append(headings, line)
		}
	}
	found := false
	for _, h := range headings {
		if strings.ContainsAny(h, "“”…") {
			t.Errorf("a story is headed by quoted opening words: %s", h)
		}
		found = found || strings.Contains(h, "Vestbank") && strings.Contains(h, "approved")
	}
	if !found {
		t.Errorf("no heading tells the takeover's approval; headings:\n%s", strings.Join(headings, "\n"))
	}
}
