package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSectionsWithoutPassages: seeds that say nothing a section's keywords
// find (a storm, under the starter sections) leave that section empty,
// rather than fill it with a passage that is not about it, and the home
// page lists only the sections that have passages (the build leaves an
// empty one out).
func TestSectionsWithoutPassages(t *testing.T) {
	seeds, contentDir := t.TempDir(), t.TempDir()
	for name, text := range map[string]string{"001_a.txt": anaLandfall, "002_b.txt": anaRoof} {
		if err := os.WriteFile(filepath.Join(seeds, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runImport(t, seeds, contentDir, nil)
	home := read(t, filepath.Join(contentDir, "_index.md"))
	filled := 0
	for _, name := range sectionNames {
		body := sectionBody(t, read(t, filepath.Join(contentDir, name+".md")))
		listed := strings.Contains(home, "]("+name+".md)")
		if listed != (len(body) > 0) {
			t.Errorf("%s: %d passages, listed on the home page: %v", name, len(body), listed)
		}
		if len(body) > 0 {
			filled++
		}
		if name == "us-dominance" || name == "geopolitics" {
			if len(body) > 0 {
				t.Errorf("%s holds passages about a storm: %q", name, body)
			}
		}
	}
	if filled == 0 {
		t.Fatal("no section holds a passage")
	}
}
