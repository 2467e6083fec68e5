package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An editor saves a file while import runs, after import read it: import
// must not rename its version over the save (issue 14, point 1).
func TestSaveDuringImportIsKept(t *testing.T) {
	seedDir, contentDir := windSite(t)
	runImport(t, seedDir, contentDir, nil)
	newMaterial(t, seedDir)
	econ := filepath.Join(contentDir, "economics.md")
	const save = "\nSaved by an editor while import ran.\n"
	beforeRename = func(path string) {
		if path == econ {
			write(t, econ, read(t, econ)+save)
		}
	}
	defer func() { beforeRename = nil }()
	res, _, log := runImport(t, seedDir, contentDir, nil)
	beforeRename = nil
	if !strings.HasSuffix(read(t, econ), save) {
		t.Fatalf("the editor's save was overwritten:\n%s", read(t, econ))
	}
	if !strings.Contains(log, "economics.md: kept: changed while import ran") {
		t.Errorf("not reported:\n%s", log)
	}
	for _, p := range res.Plan {
		if p.File.Path == "economics.md" && p.Action != KeepRaced {
			t.Errorf("economics.md: action %d, want KeepRaced", p.Action)
		}
	}
	// The manifest does not take the save for import's: the next import
	// merges the new material into it and keeps the save.
	_, _, log = runImport(t, seedDir, contentDir, nil)
	text := read(t, econ)
	if !strings.Contains(text, strings.TrimSpace(save)) || !strings.Contains(text, "heavy-lift quay") {
		t.Errorf("next import lost the save or the new material:\n%s\n%s", text, log)
	}
}

// Manifest paths that leave content/ are never touched (issue 14, point 2).
func TestManifestPathsConfined(t *testing.T) {
	for _, rel := range []string{"../outside.md", "sub/../../outside.md", "/abs/outside.md"} {
		t.Run(rel, func(t *testing.T) {
			seedDir, contentDir := windSite(t)
			runImport(t, seedDir, contentDir, nil)
			outside := filepath.Join(filepath.Dir(contentDir), "outside.md")
			write(t, outside, "precious\n")
			man, err := ReadManifest(contentDir)
			if err != nil {
				t.Fatal(err)
			}
			man.Files[rel] = checksum([]byte("precious\n"))
			man.Base[rel] = "precious\n"
			write(t, filepath.Join(contentDir, ManifestName), string(man.encode()))
			_, _, log := runImport(t, seedDir, contentDir, nil)
			if read(t, outside) != "precious\n" {
				t.Errorf("a file outside content/ was changed")
			}
			if !strings.Contains(log, "ignored manifest entry") {
				t.Errorf("the entry is not reported:\n%s", log)
			}
			if m, _ := ReadManifest(contentDir); len(m.Ignored) != 0 {
				t.Errorf("the entry is still recorded: %v", m.Ignored)
			}
		})
	}
}

func TestConfined(t *testing.T) {
	for rel, want := range map[string]bool{
		"a.md": true, "sources/x.md": true, "../x": false, "a/../b.md": false, "/x": false,
		"": false, ".": false, `a\..\x`: false, ManifestName: false, JournalName: false, "./a.md": false,
	} {
		if got := confined(rel); got != want {
			t.Errorf("confined(%q) = %v, want %v", rel, got, want)
		}
	}
}

// A file import no longer produces, saved by an editor right before import
// removes it, stays.
func TestSaveBeforeStaleRemovalIsKept(t *testing.T) {
	seedDir, contentDir := windSite(t)
	runImport(t, seedDir, contentDir, nil)
	src := filepath.Join(contentDir, "sources", "wind_followup.md")
	if err := os.Remove(filepath.Join(seedDir, "wind_followup.txt")); err != nil {
		t.Fatal(err)
	}
	const save = "\nSaved by an editor while import ran.\n"
	beforeRename = func(path string) {
		if path == src {
			write(t, src, read(t, src)+save)
		}
	}
	defer func() { beforeRename = nil }()
	_, _, log := runImport(t, seedDir, contentDir, nil)
	if data, err := os.ReadFile(src); err != nil || !strings.HasSuffix(string(data), save) {
		t.Fatalf("the editor's save was removed (%v)\n%s", err, log)
	}
	if !strings.Contains(log, "wind_followup.md: kept: import no longer produces it, and it changed while import ran") {
		t.Errorf("not reported:\n%s", log)
	}
}
