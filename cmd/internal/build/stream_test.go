package build

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/content"
)

// A streamed build (BuildTo) writes the same public/ as a build held in
// memory and written with Site.Write, with the same stats.
func TestStreamedBuildIsTheInMemoryBuild(t *testing.T) {
	tests := []struct {
		name string
		src  func(t *testing.T) string
		base string
	}{
		{"generated site", func(t *testing.T) string { return newEditSite(t, 7, 200).dir }, ""},
		{"generated site under a sub-path", func(t *testing.T) string { return newEditSite(t, 8, 60).dir }, subPathBase},
		{"test site", func(*testing.T) string { return "testdata/site" }, ""},
		{"repository site", func(*testing.T) string { return filepath.Join("..", "..", "..") }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{Source: tt.src(t), BaseURL: tt.base, Layouts: repoLayouts, Static: repoStatic}
			out := t.TempDir()
			mem, err := New(opts).Build(nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := mem.Write(filepath.Join(out, "memory")); err != nil {
				t.Fatal(err)
			}
			streamed, err := New(opts).BuildTo(filepath.Join(out, "streamed"))
			if err != nil {
				t.Fatal(err)
			}
			a, b := readDir(t, filepath.Join(out, "memory")), readDir(t, filepath.Join(out, "streamed"))
			if d := treeDiff(b, a); d != "" {
				t.Errorf("streamed public/ differs from the in-memory one: %s", d)
			}
			ms, ss := mem.Stats, streamed.Stats
			ms.Duration, ss.Duration = 0, 0
			if ms != ss {
				t.Errorf("stats: streamed %+v, in memory %+v", ss, ms)
			}
			if len(a) != len(mem.Files) {
				t.Errorf("%d files written, the build made %d", len(a), len(mem.Files))
			}
		})
	}
}

// A streamed build that fails after pages were written (a broken link found
// by the output check, a static file over a generated one, a layout failing
// on some pages) leaves the previous public/ exactly as it was, and no
// temporary tree behind.
func TestFailedStreamedBuildLeavesPublic(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(t *testing.T, dir string)
		want  string
	}{
		{"link written as a URL to no page", func(t *testing.T, dir string) {
			appendTo(t, filepath.Join(dir, "content", "sources", "page-000.md"), "\nSee [the missing page](/nowhere/).\n")
		}, "/nowhere/"},
		{"static file over the feed", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "static", "index.xml"), "<feed/>")
		}, "static/index.xml"},
		{"layout failing on term pages", func(t *testing.T, dir string) {
			name := filepath.Join(dir, "layouts", "_default", "term.html")
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, name, strings.Replace(string(data), `{{ define "main" }}`, `{{ define "main" }}{{ index "ab" 5 }}`, 1))
		}, "term.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newEditSite(t, 3, 40)
			copyInto(t, repoLayouts, filepath.Join(s.dir, "layouts"))
			copyInto(t, repoStatic, filepath.Join(s.dir, "static"))
			parent := t.TempDir()
			dest := filepath.Join(parent, "public")
			if _, err := New(Options{Source: s.dir}).BuildTo(dest); err != nil {
				t.Fatal(err)
			}
			before := readDir(t, dest)
			tt.spoil(t, s.dir)
			_, err := New(Options{Source: s.dir}).BuildTo(dest)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("BuildTo = %v, want an error naming %s", err, tt.want)
			}
			if d := treeDiff(readDir(t, dest), before); d != "" {
				t.Errorf("public/ changed by a failed build: %s", d)
			}
			onlyOutputIn(t, parent)
		})
	}
}

func appendTo(t *testing.T, name, data string) {
	t.Helper()
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(data); err != nil {
		t.Fatal(err)
	}
}

// copyInto copies the tree from into dst.
func copyInto(t *testing.T, from, dst string) {
	t.Helper()
	for name, data := range readDir(t, from) {
		writeFile(t, filepath.Join(dst, filepath.FromSlash(name)), string(data))
	}
}

// onlyOutputIn fails unless dir holds one entry, the output: no temporary
// tree of a build is left beside it.
func onlyOutputIn(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("left beside the output: %v", names)
	}
}

// A page's body read again for its Markdown must be the bytes its front
// matter came from; a file saved in between fails the build by name.
func TestBodyReadAgain(t *testing.T) {
	dir := t.TempDir()
	const page = "---\ntitle: A\n---\n\nThe body.\n"
	tests := []struct {
		name, now string
		want      string // the body, or the error's text
	}{
		{"unchanged", page, "\nThe body.\n"},
		{"saved since", page + "More.\n", "content/notes/a.md: changed while the build was reading it; build again"},
		{"gone", "", "content/notes/a.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := filepath.Join(dir, "content", "notes", "a.md")
			writeFile(t, name, tt.now)
			if tt.now == "" {
				os.Remove(name)
			}
			b := New(Options{Source: dir})
			b.sources["notes/a.md"] = &sourceFile{hash: sha256.Sum256([]byte(page)), bodyAt: strings.Index(page, "\n\n") + 1}
			body, err := b.body("notes/a.md", &content.Doc{})
			got := string(body)
			if err != nil {
				got = err.Error()
			}
			if !strings.Contains(got, tt.want) || err == nil && got != tt.want {
				t.Errorf("body = %q, want %q", got, tt.want)
			}
		})
	}
}
