package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repo is the repository root: check must pass on the repository's own site.
var repo = filepath.Join("..", "..", "..")

func TestRepositoryPasses(t *testing.T) {
	fs, err := Run(Options{Source: repo})
	if err != nil {
		t.Fatal(err)
	}
	if fs.Errors() > 0 {
		t.Errorf("briefing check fails on the repository:\n%s", Report(fs))
	}
}

// copySite copies the repository's content/ into a temporary site that
// uses the repository's layouts and static files.
func copySite(t *testing.T) (string, Options) {
	t.Helper()
	dir := t.TempDir()
	err := filepath.WalkDir(filepath.Join(repo, "content"), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(repo, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir, Options{Source: dir, Layouts: filepath.Join(repo, "layouts"), Static: filepath.Join(repo, "static")}
}

func appendTo(t *testing.T, path, text string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, text...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(data), "\n") // the line of the appended text, if it ends in \n
}

func TestFindsWhatWeBreak(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		add    string
		want   string // message substring, after "path:line: "
		errors bool
	}{
		{"unknown wiki-link", "economics.md", "\nSee [[No Such Thing]] here.\n", "unknown wiki-link [[No Such Thing]]", true},
		{"broken link", "geopolitics.md", "\nA [missing page](nowhere.md) link.\n", "nowhere.md", true},
		{"raw HTML block", "economics.md", "\n<div class=\"box\">boxed</div>\n", "raw HTML is left out of the built page", false},
		{"inline raw HTML", "geopolitics.md", "\nA <span>spanned</span> word.\n", "raw HTML is left out of the built page", false},
		{"link written as a URL", "geopolitics.md", "\nA [gone](/nope/) link.\n", "link to /nope/: there is no such page", true},
		{"broken anchor", "background.md", "\nA [bad anchor](sources/000_c04abfce862fae5e.md#L99999) link.\n", "#L99999", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, opts := copySite(t)
			line := appendTo(t, filepath.Join(dir, "content", tt.file), tt.add)
			fs, err := Run(opts)
			if err != nil {
				t.Fatal(err)
			}
			want := "content/" + tt.file + ":"
			found := false
			for _, f := range fs {
				if strings.HasSuffix(f.Err.Path, want[:len(want)-1]) && strings.Contains(f.Err.Msg, tt.want) {
					found = true
					if f.Err.Line != line {
						t.Errorf("%s reported at line %d, want %d", tt.name, f.Err.Line, line)
					}
				}
			}
			if !found || (fs.Errors() > 0) != tt.errors {
				t.Errorf("want a finding in %s about %q; got\n%s", tt.file, tt.want, Report(fs))
			}
		})
	}
}

func TestDuplicateTermAndMissingDefinition(t *testing.T) {
	dir, opts := copySite(t)
	g := filepath.Join(dir, "content", "glossary")
	if err := os.WriteFile(filepath.Join(g, "brics-again.md"), []byte("---\nterm: \"brics\"\naliases: []\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A term marked as only mentioned needs no definition.
	if err := os.WriteFile(filepath.Join(g, "zeta-index.md"), []byte("---\nterm: \"Zeta Index\"\naliases: []\nmentioned: true\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fs, err := Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	r := Report(fs)
	// Files are checked in path order: brics-again.md claims the name first.
	if !strings.Contains(r, "content/glossary/brics.md:2: duplicate term \"BRICS\": already the term of content/glossary/brics-again.md:2") ||
		!strings.Contains(r, "brics-again.md:2: term \"brics\" needs a definition") || strings.Contains(r, "zeta-index.md") || fs.Errors() != 1 {
		t.Errorf("report lacks the duplicate or the missing definition:\n%s", r)
	}
}

// A site without its home page or its sections (content/ emptied) fails,
// and so does an unresolved import conflict, each with file:line.
func TestStructureAndConflicts(t *testing.T) {
	tests := []struct {
		name string
		edit func(t *testing.T, dir string) int // returns the line to report, 0 if none
		want string
	}{
		{"no home page", func(t *testing.T, dir string) int {
			os.Remove(filepath.Join(dir, "content", "_index.md"))
			return 0
		}, "content/_index.md: no home page"},
		{"no sections", func(t *testing.T, dir string) int {
			for _, s := range []string{"background", "us-dominance", "economics", "geopolitics"} {
				os.Remove(filepath.Join(dir, "content", s+".md"))
			}
			os.WriteFile(filepath.Join(dir, "content", "_index.md"), []byte("---\ntitle: \"B\"\n---\n\nLead.\n"), 0o644)
			return 0
		}, "content: no sections"},
		{"content emptied", func(t *testing.T, dir string) int {
			entries, _ := os.ReadDir(filepath.Join(dir, "content"))
			for _, e := range entries {
				os.RemoveAll(filepath.Join(dir, "content", e.Name()))
			}
			return 0
		}, "content/_index.md: no home page"},
		{"conflict markers", func(t *testing.T, dir string) int {
			return appendTo(t, filepath.Join(dir, "content", "economics.md"), "\n<<<<<<< editor\nMine.\n||||||| last import\nOld.\n=======\nTheirs.\n>>>>>>> import\n") - 6
		}, "content/economics.md:%d: unresolved import conflict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, opts := copySite(t)
			line := tt.edit(t, dir)
			fs, err := Run(opts)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if line > 0 {
				want = fmt.Sprintf(want, line)
			}
			rep := filepath.ToSlash(Report(fs))
			if fs.Errors() == 0 || !strings.Contains(rep, want) {
				t.Errorf("check does not report %q:\n%s", want, rep)
			}
		})
	}
}

// TestEmptySectionWarns: a section emptied of its passages is left out of
// the site, and check says so at the file (links to it are then broken).
func TestEmptySectionWarns(t *testing.T) {
	dir, opts := copySite(t)
	if err := os.WriteFile(filepath.Join(dir, "content", "geopolitics.md"), []byte("---\ntitle: Geopolitics\nweight: 4\n---\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fs, err := Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if strings.HasSuffix(f.Err.Path, "content/geopolitics.md") && f.Err.Line == 1 && strings.Contains(f.Err.Msg, "section with no passages is left out of the site") {
			return
		}
	}
	t.Errorf("no warning about the empty section; got\n%s", Report(fs))
}
