package theme

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "write theme.zip from the repository's layouts/ and static/")

// repo is the repository's top level, where the theme's source lives.
var repo = filepath.Join("..", "..", "..")

// TestEmbeddedThemeIsTheRepositoryTheme: the theme in the binary is, file
// for file and byte for byte, the repository's layouts/ and static/.
func TestEmbeddedThemeIsTheRepositoryTheme(t *testing.T) {
	src := os.DirFS(repo)
	if *update {
		data, err := writeArchive(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(archiveName, data, 0o644); err != nil {
			t.Fatal(err)
		}
		archive = data
	}
	for _, d := range themeDiff(t, src, FS()) {
		t.Errorf("%s; run go test ./cmd/internal/theme -update", d)
	}
}

// The staleness check itself: an archive written from a copy of the
// repository's theme matches it, and stops matching when a file of the copy
// is edited, added or removed without writing the archive again.
func TestThemeDiffFindsStaleArchive(t *testing.T) {
	tests := []struct {
		name   string
		change func(dir string) error
		want   []string
	}{
		{"unchanged", func(string) error { return nil }, nil},
		{"layout edited", func(dir string) error {
			p := filepath.Join(dir, "layouts", "_default", "baseof.html")
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(p, append(data, '\n'), 0o644)
		}, []string{"layouts/_default/baseof.html differs between the repository and the embedded theme"}},
		{"static file added", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "static", "new.css"), []byte("p{}\n"), 0o644)
		}, []string{"static/new.css is in the repository but not in the embedded theme"}},
		{"partial removed", func(dir string) error {
			return os.Remove(filepath.Join(dir, "layouts", "partials", "footer.html"))
		}, []string{"layouts/partials/footer.html is in the embedded theme but not in the repository"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, d := range Dirs {
				if err := os.CopyFS(filepath.Join(dir, d), os.DirFS(filepath.Join(repo, d))); err != nil {
					t.Fatal(err)
				}
			}
			data, err := writeArchive(os.DirFS(dir))
			if err != nil {
				t.Fatal(err)
			}
			again, err := writeArchive(os.DirFS(dir))
			if err != nil || !bytes.Equal(data, again) {
				t.Fatalf("two archives of one theme differ (err %v): the archive must be reproducible", err)
			}
			if err := tt.change(dir); err != nil {
				t.Fatal(err)
			}
			zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if got := themeDiff(t, os.DirFS(dir), zr); !slices.Equal(got, tt.want) {
				t.Errorf("diff = %q, want %q", got, tt.want)
			}
		})
	}
}

// writeArchive is theme.zip for the theme directories of src: the files in
// name order, stored uncompressed with one fixed time, so that the same
// theme always gives the same bytes.
func writeArchive(src fs.FS) ([]byte, error) {
	files, err := readDirs(src)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		h := &zip.FileHeader{Name: name, Method: zip.Store, Modified: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)}
		h.SetMode(0o644)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(files[name]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// themeDiff names every file that is not the same in the repository's
// theme (the Dirs of src) and in the embedded one, in name order.
func themeDiff(t *testing.T, src, embedded fs.FS) []string {
	t.Helper()
	want, err := readDirs(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := readFiles(embedded)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Error("the embedded theme is empty")
	}
	var diffs []string
	for _, n := range slices.Sorted(maps.Keys(want)) {
		g, inBinary := got[n]
		switch {
		case !inBinary:
			diffs = append(diffs, n+" is in the repository but not in the embedded theme")
		case !bytes.Equal(want[n], g):
			diffs = append(diffs, n+" differs between the repository and the embedded theme")
		}
	}
	for _, n := range slices.Sorted(maps.Keys(got)) {
		if _, inRepo := want[n]; !inRepo {
			diffs = append(diffs, n+" is in the embedded theme but not in the repository")
		}
	}
	return diffs
}

// readDirs is every file of the theme's Dirs below src, by slash path.
func readDirs(src fs.FS) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, d := range Dirs {
		sub, err := fs.Sub(src, d)
		if err != nil {
			return nil, err
		}
		files, err := readFiles(sub)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d, err)
		}
		for name, data := range files {
			out[path.Join(d, name)] = data
		}
	}
	return out, nil
}

// readFiles is every file below fsys, by slash path.
func readFiles(fsys fs.FS) (map[string][]byte, error) {
	out := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		out[p] = data
		return err
	})
	return out, err
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
