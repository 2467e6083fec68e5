package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/text"
	"github.com/briefing-dev/briefing/cmd/internal/topics"
)

// TestKeepAddresses checks that a renamed or merged term or topic keeps
// its old address as a redirect, that an entry under the same slug keeps
// its older redirects, and that an edited page is never taken over.
func TestKeepAddresses(t *testing.T) {
	terms := func() []glossary.Term {
		return []glossary.Term{{Slug: "ilse-marwick", Term: "Ilse Marwick", Aliases: []string{"Chancellor Ilse Marwick"}}, {Slug: "tidal-act", Term: "Tidal Act"}}
	}
	themes := func() []topics.Topic {
		return []topics.Topic{{Slug: "flood-barrier", Title: "Flood barrier", Keywords: []string{"barrier", "flood", "surge", "port"}}}
	}
	tests := []struct {
		name       string
		prev       []previousPage
		wantTerm   map[string][]string // slug -> redirects
		wantTopic  map[string][]string
		wantRename []string
	}{
		{
			name:       "term renamed",
			prev:       []previousPage{{dir: "glossary", slug: "chancellor-ilse-marwick", names: []string{"Chancellor Ilse Marwick"}, unedited: true}},
			wantTerm:   map[string][]string{"ilse-marwick": {"/glossary/chancellor-ilse-marwick/"}},
			wantRename: []string{"glossary/chancellor-ilse-marwick -> glossary/ilse-marwick"},
		},
		{
			name:     "same slug keeps older redirects",
			prev:     []previousPage{{dir: "glossary", slug: "tidal-act", names: []string{"Tidal Act"}, redirects: []string{"/glossary/tidal-energy-act/"}, unedited: true}},
			wantTerm: map[string][]string{"tidal-act": {"/glossary/tidal-energy-act/"}},
		},
		{
			name: "edited page stays",
			prev: []previousPage{{dir: "glossary", slug: "chancellor-ilse-marwick", names: []string{"Chancellor Ilse Marwick"}, unedited: false}},
		},
		{
			name:       "topic renamed by its keywords",
			prev:       []previousPage{{dir: "topics", slug: "storm-surges", keywords: []string{"surges", "barrier", "flood"}, unedited: true}},
			wantTopic:  map[string][]string{"flood-barrier": {"/topics/storm-surges/"}},
			wantRename: []string{"topics/storm-surges -> topics/flood-barrier"},
		},
		{
			name: "unrelated topic goes",
			prev: []previousPage{{dir: "topics", slug: "harbour-cafes", keywords: []string{"cafe", "quay", "coffee"}, unedited: true}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, th := terms(), themes()
			renamed := keepAddresses(tt.prev, ts, th)
			if fmt.Sprint(renamed) != fmt.Sprint(tt.wantRename) {
				t.Errorf("renamed %q, want %q", renamed, tt.wantRename)
			}
			for _, tm := range ts {
				if fmt.Sprint(tm.Redirects) != fmt.Sprint(tt.wantTerm[tm.Slug]) {
					t.Errorf("%s redirects %q, want %q", tm.Slug, tm.Redirects, tt.wantTerm[tm.Slug])
				}
			}
			for _, tp := range th {
				if fmt.Sprint(tp.Redirects) != fmt.Sprint(tt.wantTopic[tp.Slug]) {
					t.Errorf("%s redirects %q, want %q", tp.Slug, tp.Redirects, tt.wantTopic[tp.Slug])
				}
			}
		})
	}
}

// TestSlugsStableAcrossImports imports the repository's seed twice, then
// once more after an earlier import's page for a term under an old name
// is found in content/: slugs stay, and the old page becomes a redirect
// named in the summary.
func TestSlugsStableAcrossImports(t *testing.T) {
	seedDir, contentDir := repoSite(t)
	runImport(t, seedDir, contentDir, nil)
	first := listSlugs(t, contentDir)
	res, _, _ := runImport(t, seedDir, contentDir, nil)
	if second := listSlugs(t, contentDir); fmt.Sprint(first) != fmt.Sprint(second) {
		t.Fatalf("slugs changed on re-import:\n%v\n%v", first, second)
	}
	if res.Written != 0 || len(res.Renamed) != 0 {
		t.Errorf("re-import wrote %d files, renamed %q", res.Written, res.Renamed)
	}
	// An entry import wrote under a name the text now writes otherwise:
	// make one from a term and its first alias, recorded as import's own.
	var term glossary.Term
	for _, p := range first {
		if !strings.HasPrefix(p, "glossary/") {
			continue
		}
		doc, _ := os.ReadFile(filepath.Join(contentDir, p))
		if k := strings.Index(string(doc), "aliases:\n  - \""); k > 0 {
			alias := strings.SplitN(string(doc)[k+len("aliases:\n  - \""):], "\"", 2)[0]
			if !strings.HasPrefix(alias, "/") {
				term = glossary.Term{Slug: text.TermSlug(alias), Term: alias}
				break
			}
		}
	}
	if term.Slug == "" {
		t.Skip("no glossary term with an alias in the seed")
	}
	oldPath := "glossary/" + term.Slug + ".md"
	data := glossary.File(term, nil)
	if err := os.WriteFile(filepath.Join(contentDir, oldPath), data, 0o644); err != nil {
		t.Fatal(err)
	}
	man, err := ReadManifest(contentDir)
	if err != nil {
		t.Fatal(err)
	}
	man.Files[oldPath] = checksum(data)
	if err := writeTestManifest(contentDir, man); err != nil {
		t.Fatal(err)
	}
	res, _, log := runImport(t, seedDir, contentDir, nil)
	if len(res.Renamed) != 1 || !strings.Contains(res.Summary(false), "1 renamed") || !strings.Contains(log, "renamed") {
		t.Errorf("renamed %q; summary %q; log %q", res.Renamed, res.Summary(false), log)
	}
	if _, err := os.Stat(filepath.Join(contentDir, oldPath)); err == nil {
		t.Errorf("%s still there; want it replaced by a redirect", oldPath)
	}
	found := false
	for _, p := range listSlugs(t, contentDir) {
		b, _ := os.ReadFile(filepath.Join(contentDir, p))
		found = found || strings.Contains(string(b), "\"/glossary/"+term.Slug+"/\"")
	}
	if !found {
		t.Errorf("no page redirects from /glossary/%s/", term.Slug)
	}
}

func listSlugs(t *testing.T, contentDir string) []string {
	t.Helper()
	var out []string
	for _, dir := range []string{"glossary", "topics"} {
		m, _ := filepath.Glob(filepath.Join(contentDir, dir, "*.md"))
		for _, p := range m {
			out = append(out, dir+"/"+filepath.Base(p))
		}
	}
	return out
}

func writeTestManifest(contentDir string, m *Manifest) error {
	return os.WriteFile(filepath.Join(contentDir, ManifestName), m.encode(), 0o644)
}

// TestTermsBelongToTheirStory checks that in a briefing of two stories a
// common noun one story defines shows no definition when the other story
// uses it too, and keeps it when only its own story does; an entity (a
// name) keeps its definition in both stories: it is the same entity in
// each.
func TestTermsBelongToTheirStory(t *testing.T) {
	arts := twoStories(t)
	an := analyzeCrossLinks(arts)
	defs := map[string]string{}
	for _, tm := range an.terms {
		defs[tm.Term] = tm.Definition
	}
	tests := []struct{ term, want string }{
		{"Marwick Fund", "The Marwick Fund is a charity"}, // an entity both stories name
		{"Harbour Trust", "is a body of boat owners"},     // one story's entity
		{"mooring levy", ""},                              // a common noun both stories use
	}
	for _, tt := range tests {
		d, ok := defs[tt.term]
		if !ok || (tt.want == "") != (d == "") || !strings.Contains(d, tt.want) {
			t.Errorf("%s: present %v, definition %q; want one with %q", tt.term, ok, d, tt.want)
		}
	}
}

// TestTopicsBelongToTheirStory checks that in a briefing of two stories
// each topic is derived from one story: its intro is that story's and its
// keywords find passages of that story only. The two stories share words
// ("budget deficit", in two passages of each) that make a theme of the
// whole text and of neither story alone: derived across the stories, that
// theme would list the passages of both.
func TestTopicsBelongToTheirStory(t *testing.T) {
	docs := []extract.Doc{
		{Path: "seeds/a1.txt", Data: []byte(`Tolby builds its flood barrier
Engineers in Tolby began the flood barrier on Monday, with sluice gates that close against storm tides.
The flood barrier will cost the port 40 million crowns, and the sluice gates alone a quarter of it.
Fishermen fear the sluice gates will narrow the channel their boats use at low tide.
Dredgers will deepen the channel next to the flood barrier before the winter storm tides.
The port council said the budget deficit of the harbour office grew before storm tides flooded the quay.
`)},
		{Path: "seeds/a2.txt", Data: []byte(`Tolby starts its flood barrier
Engineers in Tolby started the flood barrier this week, with sluice gates that shut against storm tides.
The flood barrier will cost the port about 40 million crowns, the sluice gates a quarter of that.
Fishermen worry that the sluice gates will narrow the channel their boats use at low tide.
Dredgers are to deepen the channel beside the flood barrier ahead of the winter storm tides.
Harbour officials said a budget deficit would not delay the quay repairs.
`)},
		{Path: "seeds/b1.txt", Data: []byte(`Varnholt votes for a new assembly
Polling stations in Varnholt opened at seven, and the election office paid for them.
Candidates of the three parties promised cheaper bus fares and more hospital nurses during the campaign.
Counting of ballots went on overnight, and observers watched the ballot boxes in every district.
Younger voters queued at schools, and officials blamed the budget deficit for the closed libraries.
A shortage of hospital nurses has closed two wards in Varnholt since spring.
Bus fares rose twice last year, and commuters blamed the outgoing assembly.
`)},
		{Path: "seeds/b2.txt", Data: []byte(`Varnholt elects a new assembly
Polling stations across Varnholt opened at seven, and turnout passed forty percent by midday.
Candidates of all three parties promised cheaper bus fares and more hospital nurses in the campaign.
The counting of ballots went on through the night while observers watched the ballot boxes in each district.
Union leaders said hospital nurses work double shifts, and the budget deficit was blamed.
Cheaper bus fares would cost the city three million crowns, officials said.
`)},
	}
	arts, err := extract.Extract(docs)
	if err != nil {
		t.Fatal(err)
	}
	if g := storyGroups(segmented(t, arts)); len(g) != 2 {
		t.Fatalf("%d stories, want 2 (fixture)", len(g))
	}
	story := map[string]string{} // seed name -> its story's first letter
	for _, a := range arts {
		story[a.Name] = a.Name[:1]
	}
	an := analyzeCrossLinks(arts)
	stories := map[string]bool{}
	for _, tp := range an.candidates {
		found := map[string]bool{}
		for _, a := range arts {
			for _, bl := range a.Body() {
				if bl.Kind == extract.Paragraph && topics.Match(tp.Keywords, bl.Text) {
					found[story[a.Name]] = true
				}
			}
		}
		if len(found) != 1 || !found[story[tp.IntroSource.Seed]] {
			t.Errorf("topic %q (keywords %q, intro from %s) finds passages of stories %v", tp.Title, tp.Keywords, tp.IntroSource.Seed, found)
		}
		stories[story[tp.IntroSource.Seed]] = true
		// Its page lists only its story's passages (the build reads them).
		if own := story[tp.IntroSource.Seed]; fmt.Sprint(tp.Sources) != fmt.Sprint([]string{own + "1", own + "2"}) {
			t.Errorf("topic %q: sources %q, want its story's seeds", tp.Title, tp.Sources)
		}
	}
	if !stories["a"] || !stories["b"] {
		t.Errorf("topics of stories %v, want of both (fixture)", stories)
	}
}

// twoStories are the articles of a briefing of two unrelated stories, two
// seeds each: a1, a2 on a harbour barrier, b1, b2 on an election.
func twoStories(t *testing.T) []*extract.Article {
	t.Helper()
	harbour := func(n int) string {
		return fmt.Sprintf(`Harbour barrier approved after floods, report %d
The Marwick Fund is a charity that pays for the harbour barrier in Tolby.
Engineers said the Marwick Fund would cover the tidal barrier, the sluice gates and the new quay walls before winter storms.
Fishermen in Tolby welcomed the barrier, though the Marwick Fund asked them to keep the channel clear for dredgers.
The Harbour Trust is a body of boat owners that runs the quay.
A mooring levy is a fee that boat owners pay for each berth, and the mooring levy rose this year.
Dredgers from the Harbour Trust cleared silt from the channel while the sluice gates were tested against spring tides.
`, n)
	}
	election := func(n int) string {
		return fmt.Sprintf(`Voters pick a new assembly in Varnholt, dispatch %d
Candidates in Varnholt spent the last week of the campaign on doorsteps, promising cheaper buses and more nurses.
Opposition leaders accused the governing party of taking money from the Marwick Fund, which the party denied in a statement.
Turnout in Varnholt was expected to pass sixty percent, pollsters said, with younger voters queueing at schools.
Counting of ballots from the Marwick Fund dispute districts continued overnight under the eyes of observers.
Candidates promised to scrap the mooring levy before the winter.
`, n)
	}
	docs := []extract.Doc{
		{Path: "seeds/a1.txt", Data: []byte(harbour(1))},
		{Path: "seeds/a2.txt", Data: []byte(harbour(2))},
		{Path: "seeds/b1.txt", Data: []byte(election(1))},
		{Path: "seeds/b2.txt", Data: []byte(election(2))},
	}
	arts, err := extract.Extract(docs)
	if err != nil {
		t.Fatal(err)
	}
	if g := storyGroups(segmented(t, arts)); len(g) != 2 {
		t.Fatalf("%d stories, want 2 (fixture)", len(g))
	}
	return arts
}

func segmented(t *testing.T, arts []*extract.Article) *Model {
	m := &Model{Articles: arts}
	if _, err := Segment(m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTopicRenamedAcrossImports imports the repository's seed, then finds
// in content/ two topic pages an earlier import wrote under names this
// one no longer gives (their keywords mostly the keywords of a topic it
// writes: the topic renamed, or two merged into it) and one an editor
// wrote with such keywords: import replaces the two by redirects to the
// topic that took them over and says so in its summary; the editor's page
// stays as it is.
func TestTopicRenamedAcrossImports(t *testing.T) {
	seedDir, contentDir := repoSite(t)
	runImport(t, seedDir, contentDir, nil)
	paths, _ := filepath.Glob(filepath.Join(contentDir, "topics", "*.md"))
	var target string
	var keywords []string
	for _, p := range paths {
		if filepath.Base(p) == "_index.md" {
			continue
		}
		data, _ := os.ReadFile(p)
		if kw := frontKeywords(string(data)); len(kw) >= 3 {
			target, keywords = strings.TrimSuffix(filepath.Base(p), ".md"), kw
			break
		}
	}
	if target == "" {
		t.Skip("no topic with three keywords from the seed")
	}
	man, err := ReadManifest(contentDir)
	if err != nil {
		t.Fatal(err)
	}
	old := map[string]topics.Topic{
		"old-name":    {Slug: "old-name", Title: "Old name", Keywords: keywords[:len(keywords)-1]},
		"merged-name": {Slug: "merged-name", Title: "Merged name", Keywords: append([]string{"harbour"}, keywords...)},
	}
	for slug, tp := range old {
		data := topics.File(tp, nil)
		if err := os.WriteFile(filepath.Join(contentDir, "topics", slug+".md"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		man.Files["topics/"+slug+".md"] = checksum(data)
	}
	edited := topics.File(topics.Topic{Slug: "editors-name", Title: "Editor's name", Keywords: keywords}, nil)
	if err := os.WriteFile(filepath.Join(contentDir, "topics", "editors-name.md"), edited, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeTestManifest(contentDir, man); err != nil {
		t.Fatal(err)
	}
	res, _, _ := runImport(t, seedDir, contentDir, nil)
	want := []string{"topics/merged-name -> topics/" + target, "topics/old-name -> topics/" + target}
	got := append([]string(nil), res.Renamed...)
	sort.Strings(got)
	if fmt.Sprint(got) != fmt.Sprint(want) || !strings.Contains(res.Summary(false), "2 renamed") {
		t.Errorf("renamed %q, want %q; summary %q", got, want, res.Summary(false))
	}
	page, _ := os.ReadFile(filepath.Join(contentDir, "topics", target+".md"))
	for slug := range old {
		if _, err := os.Stat(filepath.Join(contentDir, "topics", slug+".md")); err == nil {
			t.Errorf("topics/%s.md still there; want it replaced by a redirect", slug)
		}
		if !strings.Contains(string(page), "\"/topics/"+slug+"/\"") {
			t.Errorf("topics/%s.md does not redirect from /topics/%s/:\n%s", target, slug, page)
		}
	}
	if data, err := os.ReadFile(filepath.Join(contentDir, "topics", "editors-name.md")); err != nil || string(data) != string(edited) {
		t.Errorf("the editor's topic page changed (err %v):\n%s", err, data)
	}
}

// frontKeywords returns the keywords of a content file's front matter.
func frontKeywords(doc string) []string {
	var out []string
	in := false
	for _, line := range strings.Split(doc, "\n") {
		switch {
		case line == "keywords:":
			in = true
		case in && strings.HasPrefix(line, "  - "):
			out = append(out, strings.Trim(strings.TrimPrefix(line, "  - "), "\""))
		default:
			in = false
		}
	}
	return out
}

// TestReviveTopics checks that a topic an earlier import wrote stays at
// its address while its theme is still in the text, though this import's
// clusters did not find it: its name still written as one, its keywords
// still finding two section passages, no new topic taking it over, its
// page as import wrote it.
func TestReviveTopics(t *testing.T) {
	texts := []string{
		"Engineers began the flood barrier on Monday in Tolby.",
		"The flood barrier will cost the port 40 million crowns.",
		"Fishermen fear the flood barrier will narrow the channel.",
		"The harbour cafes closed early, and the quay was empty.",
	}
	var ps []glossary.Passage
	var sps []sectionPassage
	for i, s := range texts {
		ps = append(ps, glossary.Passage{Text: s, Source: glossary.Provenance{Seed: "a", Line: i + 1}})
		sps = append(sps, sectionPassage{text: s, seed: "a"})
	}
	barrier := previousPage{dir: "topics", slug: "flood-barrier", names: []string{"Flood barrier"}, keywords: []string{"flood barrier", "barrier", "flood"}, unedited: true}
	tests := []struct {
		name   string
		prev   previousPage
		themes []topics.Topic
		want   bool
	}{
		{"still there", barrier, nil, true},
		{"taken over by a new topic", barrier, []topics.Topic{{Slug: "storm-barrier", Title: "Storm barrier", Keywords: []string{"barrier", "flood", "storm"}}}, false},
		{"edited", previousPage{dir: "topics", slug: "flood-barrier", names: []string{"Flood barrier"}, keywords: barrier.keywords}, nil, false},
		{"name no longer written", previousPage{dir: "topics", slug: "sea-wall", names: []string{"Sea wall"}, keywords: barrier.keywords, unedited: true}, nil, false},
		{"keywords find one passage", previousPage{dir: "topics", slug: "harbour-cafes", names: []string{"Harbour cafes"}, keywords: []string{"harbour cafes", "cafes"}, unedited: true}, nil, false},
		{"of its story's seed", previousPage{dir: "topics", slug: "flood-barrier", names: []string{"Flood barrier"}, keywords: barrier.keywords, sources: []string{"a"}, unedited: true}, nil, true},
		{"its story's seeds no longer write it", previousPage{dir: "topics", slug: "flood-barrier", names: []string{"Flood barrier"}, keywords: barrier.keywords, sources: []string{"b"}, unedited: true}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := reviveTopics([]previousPage{tt.prev}, tt.themes, ps, sps)
			revived := len(got) > len(tt.themes)
			if revived != tt.want {
				t.Fatalf("revived %v, want %v: %+v", revived, tt.want, got)
			}
			if revived && (got[len(got)-1].Slug != tt.prev.slug || got[len(got)-1].Intro == "") {
				t.Errorf("revived topic %+v: want slug %q and an intro", got[len(got)-1], tt.prev.slug)
			}
		})
	}
}

// TestInterleave checks the order of the topics of several stories (each
// story's best first) and that a name two stories give, singular in one
// and plural in the other, is one topic.
func TestInterleave(t *testing.T) {
	tp := func(title, seed string) topics.Topic {
		return topics.Topic{Slug: text.TermSlug(title), Title: title, Sources: []string{seed}}
	}
	got := interleave([][]topics.Topic{
		{tp("Interest rates", "rba"), tp("Target band", "rba")},
		{tp("Interest rate", "fed"), tp("Labour market", "fed"), tp("Bond yields", "fed")},
		{tp("Export rules", "chips")},
	})
	if fmt.Sprint(got[0].Sources) != "[fed rba]" {
		t.Errorf("%s: sources %q, want both stories' seeds", got[0].Title, got[0].Sources)
	}
	var titles []string
	for _, g := range got {
		titles = append(titles, g.Title)
	}
	want := []string{"Interest rates", "Export rules", "Target band", "Labour market", "Bond yields"}
	if fmt.Sprint(titles) != fmt.Sprint(want) {
		t.Errorf("interleave = %q, want %q", titles, want)
	}
}

// TestKeepTopic checks which themes of the articles get a topic page: two
// section passages, or one of a theme the articles discuss in attested
// passages; none, or one of a thin theme, is no page; the story's seeds
// only.
func TestKeepTopic(t *testing.T) {
	sps := []sectionPassage{
		{"Economists expect GDP growth of two percent in Varnholt.", "a", false},
		{"The port's GDP growth slowed after the floods.", "a", false},
		{"Public opinion turned against the flood barrier.", "a", false},
		{"Public opinion in Varnholt favours the new assembly.", "b", false},
		{"Dredging: the sluice gates will be tested in spring.", "a", true},
	}
	tests := []struct {
		name string
		t    topics.Topic
		want bool
	}{
		{"two section passages", topics.Topic{Keywords: []string{"GDP growth"}, Passages: 2}, true},
		{"one, of a theme the articles discuss", topics.Topic{Keywords: []string{"public opinion"}, Passages: attested, Sources: []string{"a"}}, true},
		{"one, of a thin theme", topics.Topic{Keywords: []string{"public opinion"}, Passages: attested - 1, Sources: []string{"a"}}, false},
		{"none", topics.Topic{Keywords: []string{"tidal mills"}, Passages: 9}, false},
		{"one list item", topics.Topic{Keywords: []string{"sluice gates"}, Passages: 9}, false},
		{"one, by two minor keywords", topics.Topic{Keywords: []string{"flood risk", "risk", "barrier", "turned"}, Passages: attested, Sources: []string{"a"}}, false},
		{"two of another story", topics.Topic{Keywords: []string{"GDP growth"}, Passages: 2, Sources: []string{"b"}}, false},
	}
	for _, tt := range tests {
		if got := keepTopic(tt.t, sps); got != tt.want {
			t.Errorf("%s: keepTopic = %v, want %v", tt.name, got, tt.want)
		}
	}
}
