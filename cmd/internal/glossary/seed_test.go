package glossary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
