package importer

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
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

// bridgeFacts: each fact as keyword groups (every group in one sentence),
// and the seeds that tell it.
var bridgeFacts = []struct {
	name   string
	groups [][]string
	seeds  []string
}{
	{"the opening", [][]string{{"opened", "opens"}, {"Ortiz"}, {"Monday"}}, []string{"a_courier", "b_gazette", "c_wire", "d_radio"}},
	{"the traffic forecast", [][]string{{"30,000"}, {"2028"}}, []string{"a_courier", "b_gazette", "c_wire", "d_radio"}},
	{"the apprentices", [][]string{{"800"}, {"apprentice"}}, []string{"b_gazette"}},
}

// TestOneFactManyOutlets: a fact told by several outlets in different
// words is one passage, and that passage lists every outlet that tells it;
// a detail only one outlet gives is kept.
func TestOneFactManyOutlets(t *testing.T) {
	seedDir, contentDir := site(t, bridgeSeeds)
	runImport(t, seedDir, contentDir, nil)
	var paras []sectionPara
	for _, name := range sectionNames {
		paras = append(paras, sectionParas(t, read(t, filepath.Join(contentDir, name+".md")))...)
	}
	for _, f := range bridgeFacts {
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
			continue
		}
		var got []string
		for _, r := range in[0].refs {
			got = append(got, r.Seed)
			if r.Name() == r.Seed {
				t.Errorf("%s: link %+v names no article", f.name, r)
			}
		}
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(f.seeds, " ") {
			t.Errorf("%s: sources %v, want %v (%s)", f.name, got, f.seeds, in[0].body)
		}
	}
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
