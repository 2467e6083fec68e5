package glossary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
)

// seedPath is the repository's first seed, read at test time so that the
// test checks what the code finds in real text, not a copy of it.
var seedPath = filepath.Join("..", "..", "..", "seeds", "000_c04abfce862fae5e.txt")

// seedPassages reads a seed file as one passage per non-blank line, which
// is how news text dumps put paragraphs.
func seedPassages(t testing.TB, path string) []Passage {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	seed := strings.TrimSuffix(filepath.Base(path), ".txt")
	var ps []Passage
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) != "" {
			ps = append(ps, Passage{Text: line, Source: Provenance{Seed: seed, Line: i + 1}})
		}
	}
	return ps
}

// extractedPassages reads the seed the way import does: the paragraphs the
// extract stage keeps, each with its first line.
func extractedPassages(t testing.TB, path string) []Passage {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	arts, err := extract.Extract([]extract.Doc{{Path: path, Data: data}})
	if err != nil {
		t.Fatal(err)
	}
	var ps []Passage
	for _, a := range arts {
		for _, b := range a.Blocks {
			if b.Kind == extract.Paragraph {
				ps = append(ps, Passage{Text: b.Text, Source: Provenance{Seed: a.Name, Line: b.Line}})
			}
		}
	}
	return ps
}

func TestSeedBRICSExtracted(t *testing.T) {
	ps := extractedPassages(t, seedPath)
	var brics *Term
	for _, tm := range Extract(ps, Options{}) {
		if tm.Term == "BRICS" {
			brics = &tm
		}
	}
	if brics == nil {
		t.Fatal("no BRICS term from the extracted paragraphs")
	}
	for _, member := range []string{"Brazil", "Russia", "India", "China", "South Africa"} {
		if !strings.Contains(brics.Definition, member) {
			t.Errorf("BRICS definition %q does not name %s", brics.Definition, member)
		}
	}
	found := false
	for _, p := range ps {
		if p.Source == brics.Source && strings.Contains(p.Text, brics.Definition) {
			found = true
		}
	}
	if !found {
		t.Errorf("definition is not quoted from the paragraph its provenance names (line %d)", brics.Source.Line)
	}
}
