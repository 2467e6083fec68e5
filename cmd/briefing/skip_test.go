package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A seed with no article text (a menu page) among good ones is skipped
// with a warning naming it, and the others are imported (exit 0); with
// --strict, or when no seed has article text, import stops and writes
// nothing (exit 1).
func TestImportSkipsSeedWithoutText(t *testing.T) {
	const good = "Harbour expansion approved\n\n" +
		"The port authority of Velmora approved a plan on Tuesday to deepen the northern channel by two metres, its director said.\n\n" +
		"The works will cost 40 million euros and take three years, according to the authority's budget office.\n"
	const menu = "Home | News | Sport | Weather\nShare on Facebook\n[image]\n© 2025 Velmora Courier. All rights reserved.\n"
	const spanish = "La autoridad portuaria de Velmora aprobó el martes un plan para ahondar el canal norte en dos metros, según dijo su director, y las obras costarán cuarenta millones de euros y durarán tres años.\n"
	tests := []struct {
		name   string
		seeds  map[string]string
		args   []string
		code   int
		stderr []string // substrings
		source bool     // content/sources/000_good.md written
	}{
		{"one menu page among good ones", map[string]string{"000_good.txt": good, "001_menu.txt": menu}, nil, 0,
			[]string{"001_menu.txt:1: warning: no article text found", "skipped", "import: 1 seed (1 skipped: no article text)"}, true},
		{"strict", map[string]string{"000_good.txt": good, "001_menu.txt": menu}, []string{"--strict"}, 1,
			[]string{"001_menu.txt:1: no article text found"}, false},
		{"only menu pages", map[string]string{"001_menu.txt": menu}, nil, 1,
			[]string{"001_menu.txt:1: no article text found"}, false},
		{"a page in another language among good ones", map[string]string{"000_good.txt": good, "001_menu.txt": spanish}, nil, 0,
			[]string{"001_menu.txt:1: warning: the article text is not in English", "import: 1 seed (1 skipped: not in English)"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "site")
			var stdout, stderr bytes.Buffer
			if code := run([]string{"init", dir}, &stdout, &stderr); code != 0 {
				t.Fatalf("init: exit %d: %s", code, stderr.String())
			}
			for name, text := range tt.seeds {
				if err := os.WriteFile(filepath.Join(dir, "seeds", name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			stderr.Reset()
			code := run(append([]string{"import", "-s", dir}, tt.args...), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("import: exit %d, want %d:\n%s", code, tt.code, stderr.String())
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			_, err := os.Stat(filepath.Join(dir, "content", "sources", "000_good.md"))
			if got := err == nil; got != tt.source {
				t.Errorf("sources/000_good.md written: %v, want %v", got, tt.source)
			}
			if _, err := os.Stat(filepath.Join(dir, "content", "sources", "001_menu.md")); err == nil {
				t.Error("the menu page got a source page")
			}
			if tt.code == 0 {
				stderr.Reset()
				if code := run([]string{"build", "-s", dir, "-d", filepath.Join(t.TempDir(), "public")}, &stdout, &stderr); code != 0 {
					t.Fatalf("build: exit %d:\n%s", code, stderr.String())
				}
			}
		})
	}
}
