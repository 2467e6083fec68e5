package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

// Two small page dumps on one subject. The second restates some claims of
// the first and adds its own.
const seedWind = `Offshore Wind Farms Expand Along the Northern Coast
Developers plan hundreds of new turbines for the continental shelf
Last updated:

Background
The regional government approved three offshore wind farms on Tuesday, covering 400 square kilometres of the northern shelf. The farms will be built by Nordvik Energy and Baltic Power, two of the largest developers in the region. Construction is expected to start in 2027 and to finish by 2031.
Costs and Jobs
Each farm will cost about 2 billion euros, financed by private investors and a state guarantee. The developers say the projects will create 3,000 construction jobs and 400 permanent jobs in local ports. Economists expect electricity prices in the region to fall once the farms deliver power to the grid.
Politics
Fishing associations oppose the projects, warning that the turbines will close traditional fishing grounds. The environment ministry promised a study of the effects on seabirds before any turbine is installed.
`

const seedWindFollowUp = `Northern Wind Farms Win Final Approval
Fishing groups vow to challenge the decision in court
By Anna Berg
The Decision
The regional government has approved three offshore wind farms on the northern shelf, covering 400 square kilometres. Fishing associations oppose the projects and have announced a court challenge, arguing that the consultation ignored their catch data. The court is expected to rule before the end of 2026.
Money and Training
Each farm will cost roughly 2 billion euros, financed by private investors and a state guarantee. A training centre in the port of Halden will prepare 500 technicians for turbine maintenance, according to the regional labour office.
`

func windSite(t testing.TB) (string, string) {
	return site(t, map[string]string{"wind.txt": seedWind, "wind_followup.txt": seedWindFollowUp})
}

func TestGolden(t *testing.T) {
	seedDir, contentDir := windSite(t)
	runImport(t, seedDir, contentDir, nil)
	var got []string
	filepath.WalkDir(contentDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(contentDir, p)
			got = append(got, rel)
		}
		return nil
	})
	for _, rel := range got {
		data := read(t, filepath.Join(contentDir, rel))
		golden := filepath.Join("testdata", "golden", rel)
		if testutil.Update() {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: no golden file (run go test -update): %v", rel, err)
			continue
		}
		if string(want) != data {
			t.Errorf("%s differs from %s (run go test -update after checking):\n%s", rel, golden,
				UnifiedDiff("want", "got", want, []byte(data)))
		}
	}
}

// TestSeveralSeeds: two seeds merge into the same sections; a claim both
// make appears once, with provenance to each seed; each seed's own facts
// survive.
func TestSeveralSeeds(t *testing.T) {
	seedDir, contentDir := windSite(t)
	runImport(t, seedDir, contentDir, nil)
	var sections strings.Builder
	for _, name := range sectionNames {
		sections.WriteString(read(t, filepath.Join(contentDir, name+".md")))
	}
	text := sections.String()
	for _, want := range []string{"Nordvik Energy", "3,000", "Halden", "2027", "seabirds", "court"} {
		if !strings.Contains(text, want) {
			t.Errorf("fact %q missing from the sections", want)
		}
	}
	if n := strings.Count(text, "2 billion euros"); n != 1 {
		t.Errorf("the cost claim appears %d times, want once", n)
	}
	// The kept cost sentence credits both seeds.
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "2 billion euros") {
			if !strings.Contains(line, "sources/wind.md#L") || !strings.Contains(line, "sources/wind_followup.md#L") {
				t.Errorf("merged claim does not credit both seeds: %s", line)
			}
		}
	}
	for seed, heading := range map[string]string{"wind": "Costs and Jobs", "wind_followup": "Money and Training"} {
		src := read(t, filepath.Join(contentDir, "sources", seed+".md"))
		if !regexp.MustCompile(`(?m)^## ` + heading + ` \{#L\d+\}$`).MatchString(src) {
			t.Errorf("sources/%s.md: no anchored heading:\n%s", seed, src)
		}
		if strings.Contains(src, "Last updated") {
			t.Errorf("sources/%s.md: furniture kept", seed)
		}
	}
}

func TestEditProtection(t *testing.T) {
	seedDir, contentDir := windSite(t)
	res, _, _ := runImport(t, seedDir, contentDir, nil)
	if res.Written == 0 {
		t.Fatal("first import wrote nothing")
	}
	econ := filepath.Join(contentDir, "economics.md")
	edited := read(t, econ) + "\nAn editor's note.\n"
	if err := os.WriteFile(econ, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := read(t, filepath.Join(contentDir, ManifestName))

	// --diff shows what import would change, writes nothing, and never
	// the undoing of an edit: the seeds bring nothing new for economics.md.
	_, out, log := runImport(t, seedDir, contentDir, func(o *Options) { o.Diff = true })
	if strings.Contains(out, "economics.md") {
		t.Errorf("--diff would undo the edit of economics.md:\n%s", out)
	}
	if !strings.Contains(log, "economics.md: kept: edited since the last import, and nothing new from the seeds for it") {
		t.Errorf("kept file not reported:\n%s", log)
	}
	if read(t, econ) != edited || read(t, filepath.Join(contentDir, ManifestName)) != manifest {
		t.Error("--diff wrote files")
	}

	// A re-import leaves the edit alone and rewrites files import owns.
	if err := os.WriteFile(filepath.Join(seedDir, "wind.txt"), []byte(strings.Replace(seedWind, "on Tuesday", "on Wednesday", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, log = runImport(t, seedDir, contentDir, nil)
	if read(t, econ) != edited {
		t.Error("edited economics.md was overwritten")
	}
	if !strings.Contains(log, "economics.md: kept: edited") {
		t.Errorf("kept file not reported:\n%s", log)
	}
	if src := read(t, filepath.Join(contentDir, "sources", "wind.md")); !strings.Contains(src, "on Wednesday") {
		t.Error("unedited source page was not rewritten")
	}

	// A file an editor deletes is not recreated.
	home := filepath.Join(contentDir, "_index.md")
	if err := os.Remove(home); err != nil {
		t.Fatal(err)
	}
	_, _, log = runImport(t, seedDir, contentDir, nil)
	if _, err := os.Stat(home); err == nil {
		t.Error("deleted _index.md was recreated")
	}
	if !strings.Contains(log, "_index.md: kept deleted") {
		t.Errorf("deleted file not reported:\n%s", log)
	}

	// Undoing the edit hands the file back to import.
	if err := os.WriteFile(econ, []byte(strings.TrimSuffix(edited, "\nAn editor's note.\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, log = runImport(t, seedDir, contentDir, nil); strings.Contains(log, "economics.md: kept") {
		t.Errorf("economics.md still kept after its edit was undone:\n%s", log)
	}
}

func TestEditorsOwnFile(t *testing.T) {
	seedDir, contentDir := windSite(t)
	mine := "---\ntitle: \"Geopolitics\"\nkeywords: [fishing, court]\n---\n\nWritten by hand.\n"
	if err := os.MkdirAll(contentDir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(contentDir, "geopolitics.md")
	if err := os.WriteFile(p, []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, log := runImport(t, seedDir, contentDir, nil)
	if read(t, p) != mine {
		t.Error("editor's own file was overwritten")
	}
	if !strings.Contains(log, "geopolitics.md: kept: not written by import") {
		t.Errorf("not reported:\n%s", log)
	}
}

func TestLoadSections(t *testing.T) {
	_, contentDir := windSite(t)
	if err := os.MkdirAll(contentDir, 0o755); err != nil {
		t.Fatal(err)
	}
	// An empty site starts with the starter sections.
	secs, err := LoadSections(contentDir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sectionList(secs), sectionList(classify.Starter()); got != want || len(secs) < 2 {
		t.Errorf("empty site: sections %s, want the starter's %s", got, want)
	}
	// Else the sections are the top-level pages with a weight, in weight
	// order, with their own title and keywords; a page without weight is
	// not a section.
	files := map[string]string{
		"economics.md": "---\ntitle: Money\nweight: 3\nkeywords:\n  - turbines\n  - euros\n---\n",
		"later.md":     "+++\ntitle = \"Later\"\nweight = 9\n+++\n",
		"about.md":     "---\ntitle: About\n---\n\nA page.\n",
		"first.md":     "---\nweight: 1\nkeywords: wind, court\n---\n",
		"_index.md":    "---\ntitle: Home\nweight: 1\n---\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(contentDir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	secs, err = LoadSections(contentDir)
	if err != nil {
		t.Fatal(err)
	}
	if got := sectionList(secs); got != "first:first:1:wind,court economics:Money:3:turbines,euros later:Later:9:" {
		t.Errorf("sections = %s", got)
	}
	os.WriteFile(filepath.Join(contentDir, "economics.md"), []byte("---\ntitle: Economics\nkeywords: [a\n---\n"), 0o644)
	_, err = LoadSections(contentDir)
	if err == nil || !regexp.MustCompile(`economics\.md:\d+: cannot read front matter`).MatchString(err.Error()) {
		t.Errorf("bad front matter: err = %v, want path:line: message", err)
	}
}

func sectionList(secs []classify.Section) string {
	var out []string
	for _, s := range secs {
		out = append(out, fmt.Sprintf("%s:%s:%d:%s", s.Name, s.Title, s.Weight, strings.Join(s.Keywords, ",")))
	}
	return strings.Join(out, " ")
}

// TestBadInput: the extractor's file:line errors come through, and nothing
// is written.
func TestBadInput(t *testing.T) {
	for _, tt := range []struct{ name, file, data string }{
		{"invalid UTF-8", "bad.txt", "A Title Line\n\nSome text with a bad byte \xff here and more words to make it long enough.\n"},
		{"empty", "bad.txt", ""},
		{"name that is no URL", "My Copy #1.txt", seedWind},
	} {
		t.Run(tt.name, func(t *testing.T) {
			seedDir, contentDir := site(t, map[string]string{"good.txt": seedWind, tt.file: tt.data})
			_, err := Run(Options{SeedDir: seedDir, ContentDir: contentDir})
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), filepath.Join(seedDir, tt.file)+":") {
				t.Errorf("error does not name the file: %v", err)
			}
			if _, serr := os.Stat(contentDir); serr == nil {
				t.Error("content/ written despite the error")
			}
		})
	}
	seedDir, contentDir := site(t, nil)
	if _, err := Run(Options{SeedDir: seedDir, ContentDir: contentDir}); err == nil || !strings.Contains(err.Error(), "no seeds") {
		t.Errorf("empty seeds dir: err = %v", err)
	}
}

func TestStripConnective(t *testing.T) {
	tests := map[string]string{
		"However, the plan failed.":               "the plan failed.",
		"On the other hand, critics are wary.":    "critics are wary.",
		"Additionally, the U.S. and India agree.": "the U.S. and India agree.",
		"Moreover, 2030 is the target.":           "2030 is the target.",
		"Still more work is needed.":              "Still more work is needed.",
		"However the plan failed.":                "However the plan failed.",
		"Thus far, nothing.":                      "Thus far, nothing.",
		"However, \"the plan\" failed.":           "However, \"the plan\" failed.",
	}
	for in, want := range tests {
		if got := stripConnective(in); got != want {
			t.Errorf("stripConnective(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFixOpening: a sentence that opens a paragraph loses a dangling
// connective, shown as an elision, and gains no capital, no article and no
// full stop: every word it prints is the source's.
func TestFixOpening(t *testing.T) {
	tests := map[string]string{
		"However, this coalition grows.":        "…this coalition grows.",
		"Moreover, Brazil agreed.":              "…Brazil agreed.",
		"This coalition, led by Brazil, grows.": "This coalition, led by Brazil, grows.",
		"These countries will need investment.": "These countries will need investment.",
		"This illustrates the balancing act.":   "This illustrates the balancing act.",
		"However the plan failed":               "However the plan failed",
		"Still more work is needed.":            "Still more work is needed.",
		"For example, Vellmark cut prices.":     "…Vellmark cut prices.",
		"For Vellmark, prices fell.":            "For Vellmark, prices fell.",
	}
	for in, want := range tests {
		if got := fixOpening(in); got != want {
			t.Errorf("fixOpening(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNeedsAntecedent(t *testing.T) {
	tests := map[string]bool{
		"This coalition, led by Brazil, grows.":   false,
		"This potential uplift hinges on skills.": false,
		"This process takes time.":                false,
		"This illustrates the balancing act.":     true,
		"This could lead to competing standards.": true,
		"This is a test.":                         true,
		"However, this underscores the risk.":     true,
		"They agreed on Monday.":                  true,
		"Thistle grows here.":                     false,
		"This EU rule applies.":                   true, // a name after it: no telling, so it leans back
		"This happened at 8:30 pm.":               true,
		"These included two ferries.":             true,
	}
	for in, want := range tests {
		if got := needsAntecedent(in); got != want {
			t.Errorf("needsAntecedent(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestLeansBack: a sentence needs the one before it when it opens on a
// pronoun or a phrase pointing back in time, or names a statement or a
// decision with a demonstrative; an existential "There is", a time phrase
// and a conjunction "that" point at nothing.
func TestLeansBack(t *testing.T) {
	tests := map[string]bool{
		"She made this announcement at the harbour festival.":              true,
		"Since then, the interest on the loan has doubled.":                true,
		"Since 2021, the interest on the loan has doubled.":                false,
		"The mayor repeated these remarks on Tuesday.":                     true,
		"Critics called this sudden decision a scandal.":                   true,
		"There are concerns about the cost of the bridge.":                 false,
		"There, the mayor cut the ribbon.":                                 true,
		"The bridge will open this month, the mayor said.":                 false,
		"The mayor said that orders for steel rose.":                       false,
		"This coalition, led by Brazil, grows.":                            false,
		"This illustrates the balancing act.":                              true,
		"Mayor Lena Ortiz opened the Kestrel Bridge on Monday.":            false,
		"However, they agreed to meet again after the announcement.":       true,
		`"We estimate 8.5 million devices were hit," it said in the blog.`: true,
		`"We have crossed the final hurdle," he added in a statement.`:     true,
		`"We have crossed the final hurdle," Smith added.`:                 false,
		`"It was a long night," said the mayor.`:                           false,
		`“They have fewer perks,” said the mayor.`:                         true,
	}
	for in, want := range tests {
		if got := leansBack(in); got != want {
			t.Errorf("leansBack(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestUnifiedDiff(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
	new := "a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\n"
	want := `--- x
+++ y
@@ -1,6 +1,6 @@
 a
 b
-c
+C
 d
 e
 f
@@ -8,3 +8,4 @@
 h
 i
 j
+k
`
	if got := UnifiedDiff("x", "y", []byte(old), []byte(new)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if UnifiedDiff("x", "y", []byte(old), []byte(old)) != "" {
		t.Error("diff of equal files")
	}
	if got := UnifiedDiff("/dev/null", "y", nil, []byte("a\n")); got != "--- /dev/null\n+++ y\n@@ -0,0 +1 @@\n+a\n" {
		t.Errorf("new file diff:\n%s", got)
	}
}

// FuzzUnifiedDiff: no panic; empty exactly when the inputs are equal; every
// hunk header is well formed.
func FuzzUnifiedDiff(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nc\nd")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		d := UnifiedDiff("a", "b", []byte(a), []byte(b))
		if (d == "") != (a == b) {
			t.Fatalf("diff %q for %q vs %q", d, a, b)
		}
		for _, l := range strings.Split(d, "\n") {
			if strings.HasPrefix(l, "@@") && !regexp.MustCompile(`^@@ -\d+(,\d+)? \+\d+(,\d+)? @@$`).MatchString(l) {
				t.Fatalf("bad hunk header %q", l)
			}
		}
	})
}

// FuzzReadManifest: a manifest file of any content reads or fails with a
// path message, never panics.
func FuzzReadManifest(f *testing.F) {
	f.Add([]byte(`{"version":1,"files":{"a.md":"sha256:00"}}`))
	f.Add([]byte(`{"files":[1]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, ManifestName), data, 0o644); err != nil {
			t.Fatal(err)
		}
		m, err := ReadManifest(dir)
		if err == nil && m.Files == nil {
			t.Fatal("nil files map")
		}
		if err != nil && !strings.Contains(err.Error(), ManifestName) {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}

// A file import wrote but no longer produces (here: its seed is removed)
// goes when it is unedited, and stays, named, when an editor changed it.
func TestStaleFiles(t *testing.T) {
	tests := []struct {
		name     string
		edit     bool
		diff     bool
		wantGone bool
		wantLog  string
	}{
		{name: "unedited is removed", wantGone: true},
		{name: "edited is kept", edit: true, wantLog: "sources/wind_followup.md: kept: import no longer produces it, but it was edited"},
		{name: "diff removes nothing", diff: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seedDir, contentDir := windSite(t)
			runImport(t, seedDir, contentDir, nil)
			src := filepath.Join(contentDir, "sources", "wind_followup.md")
			if tt.edit {
				if err := os.WriteFile(src, []byte(read(t, src)+"\nEditor's addition.\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Remove(filepath.Join(seedDir, "wind_followup.txt")); err != nil {
				t.Fatal(err)
			}
			_, out, log := runImport(t, seedDir, contentDir, func(o *Options) { o.Diff = tt.diff })
			_, err := os.Stat(src)
			if gone := err != nil; gone != tt.wantGone {
				t.Errorf("file gone = %v, want %v\n%s", gone, tt.wantGone, log)
			}
			if tt.wantLog != "" && !strings.Contains(filepath.ToSlash(log), tt.wantLog) {
				t.Errorf("log does not say %q:\n%s", tt.wantLog, log)
			}
			if tt.diff && !strings.Contains(out, "+++ /dev/null") {
				t.Errorf("--diff does not show the removal:\n%s", out)
			}
			man := read(t, filepath.Join(contentDir, ManifestName))
			if tracked := strings.Contains(man, "sources/wind_followup.md"); tracked == tt.wantGone {
				t.Errorf("manifest tracks the file = %v after removal = %v", tracked, tt.wantGone)
			}
		})
	}
}

// Stories are de-duplicated apart: importing many unrelated news pages
// together keeps, for each page, exactly what importing it alone keeps (a
// page on floods never loses a sentence because one on interest rates uses
// its words), while two reports of one story still merge (TestSeveralSeeds).
func TestUnrelatedSeedsDoNotCoverEachOther(t *testing.T) {
	docs := testArticles(t, filepath.Join("..", "extract", "testdata", "pages", "*.txt"))
	for i := range docs {
		docs[i].Path = filepath.Base(docs[i].Path)
	}
	if len(docs) < 10 {
		t.Fatalf("found %d test pages, want the extract package's test set", len(docs))
	}
	all, err := Build(docs, t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	keptOf := func(m *Model, art string) []string {
		var out []string
		for _, s := range m.Sentences {
			if s.Keep && m.Articles[s.Art].Name == art {
				out = append(out, s.Text)
			}
		}
		return out
	}
	// The only two pages on one subject are two features on the last
	// lighthouse keepers: they are one story, every other page its own.
	inStory := map[string]bool{}
	for _, g := range storyGroups(all) {
		if len(g) < 2 {
			continue
		}
		var names []string
		for a := range g {
			names = append(names, all.Articles[a].Name)
			inStory[all.Articles[a].Name] = true
		}
		sort.Strings(names)
		if !slices.Equal(names, []string{"12_longread_browser", "23_feature_dropcap_w3m"}) {
			t.Errorf("pages %v grouped as one story", names)
		}
	}
	for _, a := range all.Articles {
		if inStory[a.Name] {
			continue
		}
		// The same extracted article, de-duplicated (and its leaning
		// sentences placed, see placeLeaning) on its own.
		one := &Model{Articles: []*extract.Article{a}}
		for _, stage := range []func(*Model) (*Model, error){Segment, Deduplicate, Classify} {
			if one, err = stage(one); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := keptOf(all, a.Name), keptOf(one, a.Name); !slices.Equal(got, want) {
			t.Errorf("%s: %d sentences kept among the other pages, %d alone", a.Name, len(got), len(want))
		}
	}
}

// News pages that do not restate themselves keep their short distinct
// claims: a sentence whose few words each occur somewhere else in the
// article, but which says something (with a word said nowhere else) the
// kept sentences do not, is not "covered".
func TestNonRestatingKeepsShortClaims(t *testing.T) {
	tests := []struct {
		page string
		keep []string
	}{
		{"02_health.txt", []string{
			"Participants were not given any experimental drugs.",
			"And the drugs involved cost a few dollars a month.",
		}},
		{"05_science.txt", []string{
			"Negotiations over a so-called mining code have dragged on for more than a decade.",
			"On human timescales, this is effectively permanent.",
		}},
		{"06_council.txt", []string{"We're not finished,"}},
		{"10_earnings.txt", []string{"We're not going to pretend it just disappears,"}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "nonrestating", tt.page))
			if err != nil {
				t.Fatal(err)
			}
			m, err := Build([]extract.Doc{{Path: tt.page, Data: data}}, t.TempDir(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tt.keep {
				found := false
				for _, s := range m.Sentences {
					if strings.Contains(s.Text, want) {
						found = true
						if !s.Keep {
							t.Errorf("dropped (%s): %s", s.Reason, s.Text)
						}
					}
				}
				if !found {
					t.Errorf("no sentence contains %q", want)
				}
			}
		})
	}
}

// A seed imported twice (the same page saved under two names) changes
// nothing but the credits: the same sentences are kept, and each kept
// paragraph cites both copies.
func TestCopiedSeedChangesNothing(t *testing.T) {
	// The repository's seed restates itself: the case where counting a
	// copy's words twice used to bring dropped restatements back.
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "seeds", "000_c04abfce862fae5e.txt"))
	if err != nil {
		t.Fatal(err)
	}
	seed := string(data)
	one, contentOne := site(t, map[string]string{"wind.txt": seed})
	runImport(t, one, contentOne, nil)
	two, contentTwo := site(t, map[string]string{"wind.txt": seed, "wind_copy.txt": seed})
	runImport(t, two, contentTwo, nil)
	for _, name := range sectionNames {
		a := sectionBody(t, read(t, filepath.Join(contentOne, name+".md")))
		b := read(t, filepath.Join(contentTwo, name+".md"))
		if !reflect.DeepEqual(a, sectionBody(t, b)) {
			t.Errorf("%s.md differs once the seed is copied:\n%s\n---\n%s", name, a, b)
		}
		for _, p := range sectionParas(t, b) {
			seeds := map[string]bool{}
			for _, r := range p.refs {
				seeds[r.Seed] = true
			}
			if !seeds["wind"] || !seeds["wind_copy"] {
				t.Errorf("%s.md: paragraph does not cite both copies: %s %+v", name, p.body, p.refs)
			}
		}
	}
}

// TestWrongReferent: a pronoun placed after another outlet's wording of
// its antecedent points right only when the wording opens on the person
// the antecedent opens on; "it" may stand for any thing the antecedent
// names, so never.
func TestWrongReferent(t *testing.T) {
	for _, c := range []struct {
		s, a, w string
		want    bool
	}{
		{"She made this announcement at the festival.", "Mayor Lena Ortiz announced on Monday that the bridge will open.", "On Monday, Mayor Lena Ortiz of Port Avel announced that the bridge will open.", false},
		{"He then scored a belter.", "Ana Brel beat the keeper to halve the lead.", "Tolby won the cup after Ana Brel scored twice.", true},
		{"It tumbled into the water in seconds.", "The ship struck a support, causing the structure to collapse.", "The cargo ship struck one of the bridge's support beams.", true},
		{"The bridge opened in 1977.", "The ship struck a support.", "The cargo ship struck a beam.", false},
	} {
		if got := wrongReferent(c.s, c.a, c.w); got != c.want {
			t.Errorf("wrongReferent(%q after %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}

// TestAntecedentKeptWhole: a sentence leaning on one that de-duplication
// cut to its details (kept as a detail of another seed's wording, or
// dropped and kept again for it) follows that sentence whole, in its own
// passage: the cut may have taken the person the pronoun stands for.
func TestAntecedentKeptWhole(t *testing.T) {
	const whole = "The bank cut rates by half a point, while Ilse Varn was in favor of a smaller cut."
	const cut = "The bank cut rates by half a point…"
	art := func() *extract.Article {
		return &extract.Article{Blocks: []extract.Block{{Kind: extract.Paragraph}}}
	}
	for _, kept := range []bool{true, false} {
		reason := dedup.Detail
		if !kept {
			reason = dedup.SameFact
		}
		m := &Model{
			Articles: []*extract.Article{art(), art()},
			Sentences: []Sentence{
				{Art: 0, Text: "The Bank of Tolby cut its rate by half a point on Wednesday.", Keep: true, DupOf: -1, PartOf: -1},
				{Art: 1, Text: cut, Whole: whole, Keep: kept, Reason: reason, DupOf: -1, PartOf: -1},
				{Art: 1, Index: 1, Text: "She has remained cautious about inflation.", Keep: true, DupOf: -1, PartOf: -1},
			},
			follows: map[int]int{},
		}
		if kept {
			m.follows[1] = 0
		}
		placeLeaning(m)
		a := m.Sentences[1]
		if !a.Keep || a.Text != whole {
			t.Errorf("kept=%v: the antecedent is %q (kept %v), want it whole", kept, a.Text, a.Keep)
		}
		if f, ok := m.follows[2]; !ok || f != 1 {
			t.Errorf("kept=%v: the leaning sentence follows %v, want 1", kept, m.follows)
		}
		if _, ok := m.follows[1]; ok {
			t.Errorf("kept=%v: the whole antecedent still follows another seed's wording", kept)
		}
	}
}
