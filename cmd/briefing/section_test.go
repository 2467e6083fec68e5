package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedHarbour is a made-up article: a background, money, politics and one
// paragraph about software and sensors that a technology section fits.
const seedHarbour = `Harbour City Plans a New Tidal Barrier
The council wants the barrier finished before the storm season of 2029
Last updated:

Background
The harbour council approved a tidal barrier for the old port on Monday, after three winters of flooding in the lower town. The barrier will close the harbour mouth during storm surges and open again at low tide.
Costs
The barrier will cost about 600 million pounds, paid by the council and a national flood fund. Builders expect to hire 900 workers for the four years of construction.
Sensors and Software
Engineers will fit the gates with sensors that measure the water level every second. A software model trained on forty years of tide data will decide when the gates close, and the data will be published online for researchers.
Politics
Fishing crews fear the barrier will slow boats at the harbour mouth, and two opposition councillors asked for a public vote on the plan.
`

// TestFifthSection: a section is a content file. Adding content/technology.md
// with only front matter (title, weight, keywords) and re-importing fills it
// with the passages that fit it, and the built home page and navigation
// list it.
func TestFifthSection(t *testing.T) {
	dir := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "seeds"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "seeds", "harbour.txt"), []byte(seedHarbour), 0o644))
	copyDir(t, filepath.Join("..", "..", "layouts"), filepath.Join(dir, "layouts"))
	copyDir(t, filepath.Join("..", "..", "static"), filepath.Join(dir, "static"))

	var stdout, stderr bytes.Buffer
	if code := run([]string{"import", "-s", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("first import: exit %d: %s", code, stderr.String())
	}
	tech := filepath.Join(dir, "content", "technology.md")
	if _, err := os.Stat(tech); err == nil {
		t.Fatal("the first import wrote technology.md: the starter sections should not have it")
	}
	before := readString(t, filepath.Join(dir, "content", "economics.md"))

	must(t, os.WriteFile(tech, []byte("---\ntitle: Technology\nweight: 5\nkeywords:\n  - software\n  - sensor\n  - data\n---\n"), 0o644))
	stdout.Reset()
	if code := run([]string{"import", "-s", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("re-import: exit %d: %s", code, stderr.String())
	}
	got := readString(t, tech)
	if !strings.HasPrefix(got, "---\ntitle: \"Technology\"\nweight: 5\n") || !strings.Contains(got, "software model") || !strings.Contains(got, "](sources/harbour.md#L") {
		t.Errorf("technology.md was not filled with its passage and source link:\n%s", got)
	}
	for _, name := range []string{"background.md", "economics.md", "geopolitics.md", "us-dominance.md"} {
		if strings.Contains(readString(t, filepath.Join(dir, "content", name)), "software model") {
			t.Errorf("%s still holds the technology passage", name)
		}
	}
	if after := readString(t, filepath.Join(dir, "content", "economics.md")); after != before && !strings.Contains(after, "600 million") {
		t.Errorf("economics.md lost its passage:\n%s", after)
	}

	if code := run([]string{"build", "-s", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr.String())
	}
	home := readString(t, filepath.Join(dir, "public", "index.html"))
	nav, _, _ := strings.Cut(home, "</nav>")
	if !strings.Contains(nav, `href="/technology/"`) {
		t.Errorf("navigation does not list the technology section:\n%s", nav)
	}
	if strings.Count(home, `href="/technology/"`) < 2 {
		t.Errorf("home page lists the technology section only in the navigation:\n%s", home)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func readString(t *testing.T, p string) string {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
