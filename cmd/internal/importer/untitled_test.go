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
