package theme

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"testing"
)

var update = flag.Bool("update", false, "copy the repository's layouts/ and static/ into files/")

// repo is the repository's top level, where the theme's source lives.
var repo = filepath.Join("..", "..", "..")

// TestEmbeddedThemeIsTheRepositoryTheme: the theme in the binary is, file
// for file and byte for byte, the repository's layouts/ and static/.
func TestEmbeddedThemeIsTheRepositoryTheme(t *testing.T) {
	if *update {
		if err := os.RemoveAll("files"); err != nil {
			t.Fatal(err)
		}
		for _, d := range Dirs {
			if err := os.CopyFS(filepath.Join("files", d), os.DirFS(filepath.Join(repo, d))); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := map[string][]byte{}
	for _, d := range Dirs {
		for name, data := range readAll(t, os.DirFS(filepath.Join(repo, d))) {
			want[path.Join(d, name)] = data
		}
	}
	got := readAll(t, FS())
	var names []string
	for n := range want {
		names = append(names, n)
	}
	for n := range got {
		if _, ok := want[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		w, inRepo := want[n]
		g, inBinary := got[n]
		switch {
		case !inBinary:
			t.Errorf("%s is in the repository but not in the embedded theme; run go test ./cmd/internal/theme -update", n)
		case !inRepo:
			t.Errorf("%s is in the embedded theme but not in the repository; run go test ./cmd/internal/theme -update", n)
		case !bytes.Equal(w, g):
			t.Errorf("%s differs between the repository and the embedded theme; run go test ./cmd/internal/theme -update", n)
		}
	}
	if len(got) == 0 {
		t.Error("the embedded theme is empty")
	}
}

func readAll(t *testing.T, fsys fs.FS) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		out[p] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The workflow of a new site is one actionlint accepts, when actionlint is
// installed (CI installs it).
func TestPagesWorkflowLints(t *testing.T) {
	bin, err := exec.LookPath("actionlint")
	if err != nil {
		t.Skip("actionlint is not installed (go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12)")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, ".github", "workflows", "pages.yml")
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, PagesWorkflow("v1.2.3"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, p)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("actionlint: %v\n%s", err, out)
	}
	if bytes.Contains(PagesWorkflow("v1.2.3"), []byte("{{VERSION}}")) {
		t.Error("the version was not filled in")
	}
}
