package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBuildCommand runs "briefing build" on the build package's test site
// with the repository's theme, and checks the summary line, the exit path
// of a bad site, and that a failed build leaves public/ alone.
func TestBuildCommand(t *testing.T) {
	src := t.TempDir()
	copyDir(t, filepath.Join("..", "internal", "build", "testdata", "site", "content"), filepath.Join(src, "content"))
	copyDir(t, filepath.Join("..", "..", "layouts"), filepath.Join(src, "layouts"))
	copyDir(t, filepath.Join("..", "..", "static"), filepath.Join(src, "static"))

	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-s", src, "--baseURL", "https://user.github.io/repo/"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !regexp.MustCompile(`^built 11 pages, 0 terms, 0 topics, 8 links, 24 files in \d+ ms\n$`).MatchString(stdout.String()) {
		t.Errorf("summary = %q", stdout.String())
	}
	index, err := os.ReadFile(filepath.Join(src, "public", "index.html"))
	if err != nil || !bytes.Contains(index, []byte(`href="/repo/css/site.css"`)) {
		t.Fatalf("public/index.html: %v", err)
	}

	if err := os.WriteFile(filepath.Join(src, "content", "bad.md"), []byte("---\nweight: abc\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"build", "-s", src}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d for a bad site, want 1", code)
	}
	if want := "content/bad.md:2: front matter field \"weight\" must be a whole number"; !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("stderr = %q, want prefix %q", stderr.String(), want)
	}
	after, _ := os.ReadFile(filepath.Join(src, "public", "index.html"))
	if !bytes.Equal(index, after) {
		t.Error("a failed build changed public/")
	}
	if code := run([]string{"build", "-nosuchflag"}, &stdout, &stderr); code != 2 {
		t.Errorf("exit %d for a bad flag, want 2", code)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
