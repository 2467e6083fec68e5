package importer

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"golang.org/x/text/unicode/norm"
)

// structureSeeds are the fixtures of testdata/structure (texts written for
// these tests: lists, hard-wrapped and quoted lines, Markdown input, a
// truncated copy, dangling connectives, two retellings of one story).
func structureSeeds(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "structure", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures in testdata/structure: %v", err)
	}
	seeds := map[string]string{}
	for _, p := range paths {
		seeds[filepath.Base(p)] = read(t, p)
	}
	return seeds
}

var (
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	lineMarkup  = regexp.MustCompile(`(?m)^[ \t]*((>[ \t]?)+|#{1,6}[ \t]+|([-*+•–·▪◦]|\d{1,2}[.)])[ \t]+)+`)
	anchor      = regexp.MustCompile(`\s*\{#[^}]*\}\s*$`)
	sectionLink = regexp.MustCompile(`\s*\(\[[^\]]*\]\([^)]*\.md\)\)$`)
	mdEscape    = regexp.MustCompile(`\\([[:punct:]])`)
)

// plainText is text as a reader reads it: Markdown links as their text, no
// emphasis marks, line marks (quote, heading, list item) gone, white space
// collapsed, NFC.
func plainText(s string) string {
	s = lineMarkup.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = strings.NewReplacer("**", "", "__", "", "*", "").Replace(s)
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// writtenProse returns, for every file of content/, the prose import wrote
// into it (paragraphs, list items, headings, key points), one string per
// line, unescaped and without provenance links, anchors, list marks or the
// labels the home page adds ("Key points:", its list of sections).
func writtenProse(t *testing.T, contentDir string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	err := filepath.WalkDir(contentDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		rel, _ := filepath.Rel(contentDir, path)
		_, _, body := splitDoc(read(t, path))
		for _, line := range strings.Split(body, "\n") {
			line = strings.TrimSpace(line)
			if rel == "_index.md" && (line == "Key points:" || line == "## Sections" || strings.HasPrefix(line, "- [")) {
				continue // the home page's own labels and its list of sections
			}
			line = strings.TrimSpace(provenance.StripLinks(line))
			for _, label := range []string{"Role per the text: ", "What it is per the text: ", "Expansion per the text: "} {
				if r, ok := strings.CutPrefix(line, label); ok {
					// The glossary's label for a role or an acronym's
					// expansion: the label and its full stop are the
					// glossary's, the role or expansion the text's.
					line = strings.TrimSuffix(r, ".")
				}
			}
			line = sectionLink.ReplaceAllString(line, "")
			line = anchor.ReplaceAllString(line, "")
			line = mdEscape.ReplaceAllString(plainText(line), "$1")
			if strings.Trim(line, " ,") != "" {
				out[rel] = append(out[rel], line)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// inventedText returns the sentences of the written prose that are not in
// the seeds: after cutting each at its elision marks (dedup.Elision), some
// piece is not a substring of any seed (both as plainText). That is a
// capital, a full stop or a word import wrote and no source did.
func inventedText(t *testing.T, seeds map[string]string, contentDir string) (invented []string, checked int) {
	t.Helper()
	var corpus []string
	for _, s := range seeds {
		corpus = append(corpus, plainText(s))
	}
	inSeeds := func(piece string) bool {
		for _, c := range corpus {
			if strings.Contains(c, piece) {
				return true
			}
		}
		return false
	}
	for rel, lines := range writtenProse(t, contentDir) {
		for _, line := range lines {
			for _, s := range sentences.Split(line) {
				checked++
				for _, piece := range strings.Split(s.Text, dedup.Elision) {
					if p := strings.TrimSpace(piece); p != "" && !inSeeds(p) {
						invented = append(invented, rel+": "+s.Text)
						break
					}
				}
			}
		}
	}
	return invented, checked
}

// TestNoInventedText imports varied fixtures and the repository's seed and
// checks that every sentence import writes anywhere in content/ is the
// seeds' own text: no capital, full stop or word added where a clause was
// cut, a connective left out or a key point shortened; omissions are shown
// as elisions.
func TestNoInventedText(t *testing.T) {
	seeds := structureSeeds(t)
	if paths, _ := filepath.Glob(filepath.Join(repoSeeds, "*.txt")); len(paths) > 0 {
		for _, p := range paths {
			seeds[filepath.Base(p)] = read(t, p)
		}
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	invented, checked := inventedText(t, seeds, contentDir)
	t.Logf("%d sentences checked, %d not in the seeds", checked, len(invented))
	if checked < 100 {
		t.Errorf("only %d sentences checked: is the import writing prose?", checked)
	}
	for _, s := range invented {
		t.Errorf("not in any seed: %s", s)
	}
}

// TestInventedTextCheck: the check itself finds an added capital, an added
// full stop and a word swapped, and accepts a cut shown as an elision.
func TestInventedTextCheck(t *testing.T) {
	seeds := map[string]string{"a.txt": "However, the plan\nfailed in 2024, which surprised nobody.\n\n- **Bold** [claim](https://example.org) here"}
	tests := []struct {
		line string
		ok   bool
	}{
		{"…the plan failed in 2024…", true},
		{"However, the plan failed in 2024 … nobody.", true},
		{"Bold claim here", true},
		{"- Bold claim here [a](sources/a.md#L4 \"a.txt, line 4\")", true},
		{"The plan failed in 2024, which surprised nobody.", false},
		{"However, the plan failed in 2024.", false},
		{"However, a plan failed in 2024…", false},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		write(t, filepath.Join(dir, "x.md"), "---\ntitle: x\n---\n\n"+tt.line+"\n")
		invented, _ := inventedText(t, seeds, dir)
		if got := len(invented) == 0; got != tt.ok {
			t.Errorf("%q: accepted = %v, want %v (%q)", tt.line, got, tt.ok, invented)
		}
	}
}
