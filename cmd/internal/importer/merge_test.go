package importer

import (
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// A third report on the wind farms: its news belongs in Background (a
// launch, a plan) and Economics (an investment, jobs).
const seedWindPorts = `Ports Prepare for the Turbine Boom
Harbour towns plan new quays and training schools
By Lena Holm
Investment in the Ports
The port of Halden will invest 120 million euros in a heavy-lift quay for turbine parts, the harbour board said on Monday. Shipyards in Kerrvik expect orders for twelve installation vessels, creating about 600 jobs.
The Launch
The harbour board plans to launch the quay project in March, with a first tender for dredging works.
`

// newMaterial adds the ports seed and shifts every later line of wind.txt
// by one (a blank line after its byline), as a re-scraped page does.
func newMaterial(t *testing.T, seedDir string) {
	t.Helper()
	write(t, filepath.Join(seedDir, "wind_ports.txt"), seedWindPorts)
	write(t, filepath.Join(seedDir, "wind.txt"), strings.Replace(seedWind, "Last updated:\n", "Last updated:\n\n", 1))
}

func write(t testing.TB, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func replaceIn(t testing.TB, path, old, new string) {
	t.Helper()
	s := read(t, path)
	if !strings.Contains(s, old) {
		t.Fatalf("%s does not contain %q", path, old)
	}
	write(t, path, strings.Replace(s, old, new, 1))
}

// passageWith returns the line of text holding s.
func passageWith(t testing.TB, text, s string) string {
	t.Helper()
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	t.Fatalf("no line contains %q in:\n%s", s, text)
	return ""
}

var anchorRE = regexp.MustCompile(`(?m)^(.*) \{#L(\d+)\}$`)

// checkLinks checks the first source link of every passage of the section
// files: its line exists in the source page, and the block that holds most
// of the passage's words lies in the lines the link names (or the linked
// block holds nearly as many).
func checkLinks(t *testing.T, contentDir string) {
	t.Helper()
	blocks := map[string]map[int]string{}
	for _, name := range sectionNames {
		text := read(t, filepath.Join(contentDir, name+".md"))
		for _, line := range strings.Split(text, "\n") {
			l, ok := provenance.FirstLink(line)
			if !ok || strings.HasPrefix(line, "<<<<<<<") {
				continue
			}
			seed, n, end := l.Ref.Seed, l.Ref.Line, max(l.Ref.EndLine, l.Ref.Line)
			if blocks[seed] == nil {
				blocks[seed] = sourceBlocks([]byte(read(t, filepath.Join(contentDir, "sources", seed+".md"))))
			}
			block, ok := blocks[seed][n]
			if !ok {
				t.Errorf("%s.md: link to sources/%s.md#L%d: no such line\n%s", name, seed, n, line)
				continue
			}
			pw := words(provenance.StripLinks(line))
			score := func(b string) float64 {
				bw, k := words(b), 0
				for w := range pw {
					if bw[w] {
						k++
					}
				}
				return float64(k) / float64(max(len(pw), 1))
			}
			best, bestLine := -1.0, 0
			for l, b := range blocks[seed] {
				if s := score(b); s > best {
					best, bestLine = s, l
				}
			}
			if !(n <= bestLine && bestLine <= end) && score(block) < 0.8*best {
				t.Errorf("%s.md: link to sources/%s.md#L%d (to L%d) points away from its passage (best block L%d):\n%s\nlinked block: %s", name, seed, n, end, bestLine, line, block)
			}
		}
	}
}

// Each editing move an editor makes, then new and shifted seed lines: the
// edit survives, the new material arrives, every source link resolves.
func TestMergeEditingMoves(t *testing.T) {
	const (
		editedSentence = "Economists expect power prices to fall sharply."
		editorPara     = "An editor's note on the northern shelf, written by hand."
		movedPassage   = "warning that the turbines will close traditional fishing grounds"
	)
	tests := []struct {
		name  string
		edit  func(t *testing.T, c string)
		check func(t *testing.T, c, log string)
	}{
		{"edit a passage", func(t *testing.T, c string) {
			replaceIn(t, filepath.Join(c, "economics.md"), "Economists expect electricity prices in the region to fall once the farms deliver power to the grid.", editedSentence)
		}, func(t *testing.T, c, log string) {
			econ := read(t, filepath.Join(c, "economics.md"))
			if !strings.Contains(econ, editedSentence) || strings.Contains(econ, "electricity prices in the region") {
				t.Errorf("the edit did not survive:\n%s", econ)
			}
			if !strings.Contains(log, "economics.md: merged: 1 passage added") {
				t.Errorf("merge not reported:\n%s", log)
			}
		}},
		{"add a paragraph", func(t *testing.T, c string) {
			bg := filepath.Join(c, "background.md")
			write(t, bg, read(t, bg)+"\n"+editorPara+"\n")
		}, func(t *testing.T, c, log string) {
			if bg := read(t, filepath.Join(c, "background.md")); !strings.Contains(bg, "\n"+editorPara+"\n") {
				t.Errorf("the editor's paragraph is gone:\n%s", bg)
			}
		}},
		{"delete a passage", func(t *testing.T, c string) {
			econ := filepath.Join(c, "economics.md")
			replaceIn(t, econ, "\n"+passageWith(t, read(t, econ), "Each farm will cost roughly")+"\n", "")
		}, func(t *testing.T, c, log string) {
			if econ := read(t, filepath.Join(c, "economics.md")); strings.Contains(econ, "Each farm will cost roughly") {
				t.Errorf("the deleted passage came back:\n%s", econ)
			}
		}},
		{"move a passage to another section", func(t *testing.T, c string) {
			bg, geo := filepath.Join(c, "background.md"), filepath.Join(c, "geopolitics.md")
			p := passageWith(t, read(t, bg), movedPassage)
			replaceIn(t, bg, "\n"+p+"\n", "")
			write(t, geo, read(t, geo)+"\n"+p+"\n")
		}, func(t *testing.T, c, log string) {
			if bg := read(t, filepath.Join(c, "background.md")); strings.Contains(bg, movedPassage) {
				t.Errorf("the moved passage came back to background.md:\n%s", bg)
			}
			if geo := read(t, filepath.Join(c, "geopolitics.md")); strings.Count(geo, movedPassage) != 1 {
				t.Errorf("the moved passage is not in geopolitics.md once:\n%s", geo)
			}
		}},
		{"change front matter", func(t *testing.T, c string) {
			replaceIn(t, filepath.Join(c, "_index.md"), "title: \"Offshore Wind Farms Expand Along the Northern Coast\"\n", "title: \"Wind briefing\"\nauthor: \"the desk\"\n")
			replaceIn(t, filepath.Join(c, "economics.md"), "title: \"Economics\"\n", "title: \"Money\"\n")
		}, func(t *testing.T, c, log string) {
			idx := read(t, filepath.Join(c, "_index.md"))
			for _, want := range []string{"title: \"Wind briefing\"\nauthor: \"the desk\"\n", "description: \"A briefing drawn from 3 sources.\"\n"} {
				if !strings.Contains(idx, want) {
					t.Errorf("_index.md lacks %q:\n%s", want, idx)
				}
			}
			if econ := read(t, filepath.Join(c, "economics.md")); !strings.Contains(econ, "title: \"Money\"\n") || !strings.Contains(econ, "  - \"investment\"\n") {
				t.Errorf("economics.md front matter not merged:\n%s", econ)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seedDir, contentDir := windSite(t)
			runImport(t, seedDir, contentDir, nil)
			tt.edit(t, contentDir)
			newMaterial(t, seedDir)
			_, _, log := runImport(t, seedDir, contentDir, nil)
			tt.check(t, contentDir, log)
			if strings.Contains(log, "conflict") {
				t.Errorf("a conflict where there is none:\n%s", log)
			}
			// The new seed's news arrives where it belongs.
			for file, want := range map[string]string{"economics.md": "heavy-lift quay", "background.md": "dredging works"} {
				if s := read(t, filepath.Join(contentDir, file)); !strings.Contains(s, want) {
					t.Errorf("%s: the new seed's %q did not arrive:\n%s", file, want, s)
				}
			}
			checkLinks(t, contentDir)
			// A second import changes nothing more.
			before := snapContent(t, contentDir)
			runImport(t, seedDir, contentDir, nil)
			if after := snapContent(t, contentDir); !equalSnap(before, after) {
				t.Errorf("a second import changed the site again")
			}
		})
	}
}

func snapContent(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = read(t, p)
		}
		return nil
	})
	return out
}

func equalSnap(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// The editor and the seeds change the same passage: the editor's text is
// kept, the seeds' too, between conflict markers at the line reported.
func TestMergeConflict(t *testing.T) {
	seedDir, contentDir := windSite(t)
	runImport(t, seedDir, contentDir, nil)
	econ := filepath.Join(contentDir, "economics.md")
	const mine = "Economists expect power prices to fall sharply."
	replaceIn(t, econ, "Economists expect electricity prices in the region to fall once the farms deliver power to the grid.", mine)
	write(t, filepath.Join(seedDir, "wind.txt"), strings.Replace(seedWind, "3,000 construction jobs", "4,500 construction jobs", 1))
	_, _, log := runImport(t, seedDir, contentDir, nil)
	m := regexp.MustCompile(`economics\.md:(\d+): conflict`).FindStringSubmatch(log)
	if m == nil {
		t.Fatalf("no conflict reported with file:line:\n%s", log)
	}
	text := read(t, econ)
	lines := strings.Split(text, "\n")
	var n int
	for i, l := range lines {
		if l == markerOurs {
			n = i + 1
		}
	}
	if m[1] != strconv.Itoa(n) {
		t.Errorf("conflict reported at line %s, marker at line %d:\n%s", m[1], n, text)
	}
	if !strings.Contains(text, mine) || !strings.Contains(text, "4,500 construction jobs") {
		t.Errorf("a side of the conflict is lost:\n%s", text)
	}
	// Unresolved, it stays as it is: no second conflict block.
	runImport(t, seedDir, contentDir, nil)
	if again := read(t, econ); again != text {
		t.Errorf("a re-import changed the unresolved conflict:\n%s", UnifiedDiff("before", "after", []byte(text), []byte(again)))
	}
	// Resolved as Git users do (keep the editor's version, delete the rest
	// of the block): the next import neither brings the conflict back nor
	// undoes the choice.
	var kept []string
	skip := false
	for _, l := range lines {
		switch {
		case l == markerOurs:
		case l == markerBase:
			skip = true
		case l == markerTheirs:
			skip = false
		case !skip:
			kept = append(kept, l)
		}
	}
	resolved := strings.Join(kept, "\n")
	write(t, econ, resolved)
	_, _, log = runImport(t, seedDir, contentDir, nil)
	if got := read(t, econ); got != resolved || strings.Contains(log, "conflict") {
		t.Errorf("a re-import changed the resolved file:\n%s\n%s", UnifiedDiff("resolved", "after", []byte(resolved), []byte(got)), log)
	}
}

// content/ emptied, the manifest left behind: import starts afresh.
func TestEmptiedContentStartsAfresh(t *testing.T) {
	seedDir, contentDir := windSite(t)
	runImport(t, seedDir, contentDir, nil)
	want := snapContent(t, contentDir)
	entries, _ := os.ReadDir(contentDir)
	for _, e := range entries {
		if e.Name() != ManifestName {
			os.RemoveAll(filepath.Join(contentDir, e.Name()))
		}
	}
	_, _, log := runImport(t, seedDir, contentDir, nil)
	if !strings.Contains(log, "starting afresh") {
		t.Errorf("not said:\n%s", log)
	}
	if got := snapContent(t, contentDir); !equalSnap(got, want) {
		var missing []string
		for k := range want {
			if _, ok := got[k]; !ok {
				missing = append(missing, k)
			}
		}
		sort.Strings(missing)
		t.Errorf("not the whole briefing again; missing %v", missing)
	}
}

// --diff shows exactly what the next import changes, and never an edit's
// line as removed (a line whose source link moved shows as removed only
// with the same text added back).
func TestDiffAfterMerge(t *testing.T) {
	seedDir, contentDir := windSite(t)
	runImport(t, seedDir, contentDir, nil)
	const mine = "Economists expect power prices to fall sharply."
	const para = "An editor's note on the northern shelf, written by hand."
	replaceIn(t, filepath.Join(contentDir, "economics.md"), "Economists expect electricity prices in the region to fall once the farms deliver power to the grid.", mine)
	bg := filepath.Join(contentDir, "background.md")
	write(t, bg, read(t, bg)+"\n"+para+"\n")
	newMaterial(t, seedDir)
	before := snapContent(t, contentDir)
	_, out, _ := runImport(t, seedDir, contentDir, func(o *Options) { o.Diff = true })
	added := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "+") {
			added[newPassage(l[1:]).key] = true
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "-") && (strings.Contains(l, mine) || strings.Contains(l, para)) && !added[newPassage(l[1:]).key] {
			t.Errorf("--diff removes an edit: %s", l)
		}
	}
	runImport(t, seedDir, contentDir, nil)
	after := snapContent(t, contentDir)
	for p, a := range after {
		if p == ManifestName || before[p] == a {
			continue
		}
		old := "a/" + filepath.ToSlash(filepath.Join(contentDir, p))
		if _, ok := before[p]; !ok {
			old = "/dev/null"
		}
		if d := UnifiedDiff(old, "b/"+filepath.ToSlash(filepath.Join(contentDir, p)), []byte(before[p]), []byte(a)); !strings.Contains(out, d) {
			t.Errorf("%s: --diff did not show what import then did:\n%s\n--diff said:\n%s", p, d, out)
		}
	}
}

// Relink: a link follows its block when the seed's lines move; one whose
// passage is gone from the seed is reported.
func TestRelink(t *testing.T) {
	old := map[string]map[int]string{"s": {5: "Alpha beta gamma delta.", 7: "Epsilon zeta eta theta iota."}}
	new := map[string]map[int]string{"s": {6: "Alpha beta gamma delta.", 9: "Epsilon zeta eta theta iota kappa."}}
	tests := []struct{ in, want, problem string }{
		{`Alpha text. [source](sources/s.md#L5 "s.txt, line 5")`, `Alpha text. [source](sources/s.md#L6 "s.txt, line 6")`, ""},
		{`Edited. [source](sources/s.md#L5 "s.txt, lines 5–7")`, `Edited. [source](sources/s.md#L6 "s.txt, lines 6–9")`, ""},
		{`Topic. [source](../sources/s.md#L7 "s.txt, line 7")`, `Topic. [source](../sources/s.md#L9 "s.txt, line 9")`, ""},
		{`Gone. [source](sources/s.md#L3 "s.txt, line 3")`, `Gone. [source](sources/s.md#L3 "s.txt, line 3")`, "no longer has that passage"},
		{`Other seed. [source](sources/x.md#L3 "x.txt, line 3")`, `Other seed. [source](sources/x.md#L3 "x.txt, line 3")`, ""},
	}
	for _, tt := range tests {
		got, probs := Relink([]byte("---\ntitle: t\n---\n\n"+tt.in+"\n"), old, new)
		if want := "---\ntitle: t\n---\n\n" + tt.want + "\n"; string(got) != want {
			t.Errorf("Relink(%q) = %q, want %q", tt.in, got, want)
		}
		if tt.problem == "" && len(probs) > 0 || tt.problem != "" && (len(probs) != 1 || !strings.Contains(probs[0].Msg, tt.problem) || probs[0].Line != 5) {
			t.Errorf("Relink(%q) problems %+v, want %q at line 5", tt.in, probs, tt.problem)
		}
	}
}

func TestMerge3(t *testing.T) {
	const fm = "---\ntitle: \"T\"\nkeywords:\n  - \"a\"\n---\n"
	tests := []struct {
		name                     string
		base, ours, theirs, want string
		conflicts                int
	}{
		{"untouched follows theirs", fm + "\nA one.\n\nB two.\n", fm + "\nA one.\n\nB two.\n", fm + "\nA one.\n\nB two changed.\n", fm + "\nA one.\n\nB two changed.\n", 0},
		{"new passage after its predecessor", fm + "\nA one.\n\nB two.\n", fm + "\nMine.\n\nA one.\n\nB two.\n", fm + "\nA one.\n\nNew.\n\nB two.\n", fm + "\nMine.\n\nA one.\n\nNew.\n\nB two.\n", 0},
		{"deleted stays deleted", fm + "\nA one.\n\nB two.\n", fm + "\nB two.\n", fm + "\nA one, again.\n\nB two.\n", fm + "\nB two.\n", 0},
		{"edited kept", fm + "\nA one two three four.\n", fm + "\nA one two three four five.\n", fm + "\nA one two three four.\n", fm + "\nA one two three four five.\n", 0},
		{"both changed", fm + "\nA one two three four.\n", fm + "\nA one two three four five.\n", fm + "\nA one two three four six.\n",
			fm + "\n" + conflictBlock("A one two three four five.", "A one two three four.", "A one two three four six.") + "\n", 1},
		{"front matter key by key", "---\ntitle: \"T\"\nweight: 1\n---\n\nA.\n", "---\ntitle: \"Mine\"\nweight: 1\n---\n\nA.\n", "---\ntitle: \"T\"\nweight: 2\nnew: 1\n---\n\nA.\n", "---\ntitle: \"Mine\"\nweight: 2\nnew: 1\n---\n\nA.\n", 0},
		{"front matter conflict", "---\ntitle: \"T\"\n---\n\nA.\n", "---\ntitle: \"Mine\"\n---\n\nA.\n", "---\ntitle: \"Theirs\"\n---\n\nA.\n",
			"---\ntitle: \"Mine\"\n" + markerFM + "\n# title: \"Theirs\"\n" + markerFMEnd + "\n---\n\nA.\n", 1},
		{"fenced code is one passage", fm + "\n```\nx\n\ny\n```\n", fm + "\n```\nx\n\ny\n```\n\nMine.\n", fm + "\n```\nx\n\ny\n```\n", fm + "\n```\nx\n\ny\n```\n\nMine.\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Merge3([]byte(tt.base), []byte(tt.ours), []byte(tt.theirs))
			if string(r.Data) != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", r.Data, tt.want)
			}
			if len(r.Conflicts) != tt.conflicts {
				t.Errorf("%d conflicts, want %d", len(r.Conflicts), tt.conflicts)
			}
		})
	}
}

// FuzzMerge3: merging never panics, and when the seeds changed nothing
// (theirs = base) the editor's file comes back byte for byte.
func FuzzMerge3(f *testing.F) {
	f.Add("---\ntitle: a\n---\n\nA.\n\nB.\n", "---\ntitle: b\n---\n\nA!\n\nC.\n", "---\ntitle: a\nx: 1\n---\n\nA.\n\nD.\n")
	f.Add("", "<<<<<<< editor\nx\n", "```\n\n")
	f.Fuzz(func(t *testing.T, base, ours, theirs string) {
		Merge3([]byte(base), []byte(ours), []byte(theirs))
		if got := Merge3([]byte(base), []byte(ours), []byte(base)); string(got.Data) != ours {
			t.Errorf("theirs = base changed ours:\n%q\n->\n%q", ours, got.Data)
		}
	})
}

// The repository's own briefing, as issue 13 tried it: an editor rewords a
// sentence of every section, the seed gains a line near its top, import
// runs again. Every edit survives and every source link of the edited
// sections points at the block that holds its passage.
func TestRepoSeedGainsALine(t *testing.T) {
	seedDir, contentDir := repoSite(t)
	runImport(t, seedDir, contentDir, nil)
	edits := map[string]string{}
	for _, name := range sectionNames {
		p := filepath.Join(contentDir, name+".md")
		paras := sectionBody(t, read(t, p))
		if len(paras) == 0 {
			continue
		}
		// Reword the opening of the section's first passage.
		first, _, _ := strings.Cut(paras[0], ". ")
		text := read(t, p)
		if !strings.Contains(text, first) {
			continue // escaped characters: another section will do
		}
		mine := "Editors of " + name + " stress it: " + first
		write(t, p, strings.Replace(text, first, mine, 1))
		edits[name] = mine
	}
	if len(edits) == 0 {
		t.Fatal("no passage to edit")
	}
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range paths {
		lines := strings.SplitAfter(read(t, p), "\n")
		lines = append(lines[:3], append([]string{"A line the page gained when it was scraped again.\n"}, lines[3:]...)...)
		write(t, p, strings.Join(lines, ""))
	}
	_, _, log := runImport(t, seedDir, contentDir, nil)
	for name, mine := range edits {
		if !strings.Contains(read(t, filepath.Join(contentDir, name+".md")), mine) {
			t.Errorf("%s.md: the edit is lost\n%s", name, log)
		}
	}
	checkLinks(t, contentDir)
}
