package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// briefing check says each finding once, on stdout, and its exit status
// tells whether there was an error.
func TestCheckCommand(t *testing.T) {
	tests := []struct {
		name     string
		append   string // added to content/economics.md
		wantCode int
		wantOut  string
	}{
		{"the repository passes", "", 0, "check: 0 errors"},
		{"broken link fails", "\nSee [x](missing.md).\n", 1, "content/economics.md:"},
		{"missing image fails", "\n![chart](/img/none.png)\n", 1, "image /img/none.png: there is no file static/img/none.png"},
		{"unknown wiki-link fails", "\nSee [[No Such Term]].\n", 1, "unknown wiki-link [[No Such Term]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := t.TempDir()
			for _, d := range []string{"content", "layouts", "static"} {
				copyDir(t, filepath.Join("..", "..", d), filepath.Join(src, d))
			}
			if tt.append != "" {
				p := filepath.Join(src, "content", "economics.md")
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, append(data, tt.append...), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stdout, stderr bytes.Buffer
			if code := run([]string{"check", "-s", src}, &stdout, &stderr); code != tt.wantCode {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.wantCode, stdout.String(), stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("output does not say %q:\n%s", tt.wantOut, stdout.String())
			}
			if stderr.Len() != 0 {
				t.Errorf("findings said twice, on stderr too:\n%s", stderr.String())
			}
			if _, err := os.Stat(filepath.Join(src, "public")); err == nil {
				t.Error("check wrote public/")
			}
		})
	}
}
