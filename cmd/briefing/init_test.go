package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// briefing init writes a site that builds and checks clean with nothing but
// the binary (the theme comes from the embedded copy), refuses a directory
// that is not empty, and records its starter pages as import's output so
// that the first import replaces them.
func TestInit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my-briefing")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"init", dir, "--title", "Chips and sanctions"}, &stdout, &stderr); code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr.String())
	}
	for _, f := range []string{"layouts/_default/baseof.html", "static/css/site.css", "static/search.js", "static/favicon.svg",
		"content/_index.md", "content/background.md", "content/us-dominance.md", "content/economics.md", "content/geopolitics.md",
		"content/.import.json", "seeds", ".github/workflows/pages.yml", ".gitignore"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("init wrote no %s", f)
		}
	}
	home, _ := os.ReadFile(filepath.Join(dir, "content", "_index.md"))
	if !strings.Contains(string(home), `title: "Chips and sanctions"`) {
		t.Errorf("_index.md does not carry --title:\n%s", home)
	}
	wf, _ := os.ReadFile(filepath.Join(dir, ".github", "workflows", "pages.yml"))
	if !strings.Contains(string(wf), "go install github.com/briefing-dev/briefing/cmd/briefing@") || strings.Contains(string(wf), "{{VERSION}}") {
		t.Errorf("the workflow does not install briefing:\n%s", wf)
	}
	stdout.Reset()
	if code := run([]string{"build", "-s", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("build of the new site: exit %d: %s", code, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "built 1 pages") {
		t.Errorf("build: %q (the empty sections are left out until import fills them)", stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"check", "-s", dir}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "0 errors, 4 warnings") ||
		strings.Count(stdout.String(), "section with no passages") != 4 {
		t.Errorf("check of the new site: exit %d: %s", code, stdout.String())
	}
	stderr.Reset()
	if code := run([]string{"init", dir}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "is not empty") {
		t.Errorf("init over a site: exit %d: %s", code, stderr.String())
	}
	if code := run([]string{"init"}, &stdout, &stderr); code != 2 {
		t.Errorf("init without a directory: exit %d, want 2", code)
	}
}

// A seed dropped into a new site imports over the starter sections: they
// are import's own output, not an editor's.
func TestInitThenImport(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"init", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr.String())
	}
	seed := "Chips and sanctions\n\nExport controls on advanced chips have cut revenue for suppliers across the region, the ministry said.\n\n" +
		"The economy grew two percent as investment in the chip market rose and the workforce gained skills.\n"
	if err := os.WriteFile(filepath.Join(dir, "seeds", "000_test.txt"), []byte(seed), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "content", "economics.md"))
	if code := run([]string{"import", "-s", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr.String())
	}
	after, _ := os.ReadFile(filepath.Join(dir, "content", "economics.md"))
	if bytes.Equal(before, after) || strings.Contains(stderr.String(), "kept: not written by import") {
		t.Errorf("import left the starter section alone:\n%s", stderr.String())
	}
}
