package topics

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
)

var seedPath = filepath.Join("..", "..", "..", "seeds", "000_c04abfce862fae5e.txt")

func seedPassages(t testing.TB) []glossary.Passage {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	var ps []glossary.Passage
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) != "" {
			ps = append(ps, glossary.Passage{Text: line, Source: glossary.Provenance{Seed: "000_c04abfce862fae5e", Line: i + 1}})
		}
	}
	return ps
}
