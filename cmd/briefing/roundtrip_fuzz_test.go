package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzImportBuild: whatever a seed holds, import either refuses it with a
// message naming the seed, or writes content that its own build accepts.
//
//	go test ./cmd/briefing -run '^$' -fuzz FuzzImportBuild -fuzztime 60s
func FuzzImportBuild(f *testing.F) {
	for _, s := range []string{
		"Chips and sanctions\n\nExport controls on advanced chips have cut revenue for suppliers, the ministry said.\n\nThe economy grew two percent.\n",
		"~~~\nA paragraph that opens a fence, with ~~strike~~ and &amp; in it.\n\n# Heading\n\n- item one\n- item two\n",
		"Title\n\nA line wrapped in the middle of a sentence that goes on\nto the next line and ends here.\n\n[link](x.md) <b>raw</b> {{ .Site }} ${facet.Name}\n",
		"(Reuters) - The bank raised rates to 5.25%, its chief executive said on Monday.\n\nRead Full Article at Example.\n",
	} {
		f.Add(s)
	}
	var stdout, stderr bytes.Buffer
	template := filepath.Join(f.TempDir(), "template")
	if code := run([]string{"init", template}, &stdout, &stderr); code != 0 {
		f.Fatalf("init: exit %d: %s", code, stderr.String())
	}
	f.Fuzz(func(t *testing.T, seed string) {
		dir := filepath.Join(t.TempDir(), "site")
		if err := os.CopyFS(dir, os.DirFS(template)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "seeds", "000_fuzz.txt"), []byte(seed), 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		if code := run([]string{"import", "-s", dir}, &stdout, &stderr); code != 0 {
			if !strings.Contains(stderr.String(), "000_fuzz.txt") {
				t.Fatalf("import refused the seed without naming it: exit %d: %s", code, stderr.String())
			}
			return
		}
		stderr.Reset()
		if code := run([]string{"build", "-s", dir, "-d", filepath.Join(t.TempDir(), "public")}, &stdout, &stderr); code != 0 {
			t.Fatalf("import wrote content its build rejects (exit %d):\n%s\nseed: %q", code, stderr.String(), seed)
		}
	})
}
