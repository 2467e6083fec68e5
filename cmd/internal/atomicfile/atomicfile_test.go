package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		path string
		data string
	}{
		{"new file in new dir", filepath.Join(dir, "a", "b.md"), "hello"},
		{"replace", filepath.Join(dir, "a", "b.md"), "world"},
		{"empty", filepath.Join(dir, "c.md"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Write(tt.path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.data {
				t.Fatalf("got %q, want %q", got, tt.data)
			}
		})
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "a"))
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestWriteFailsLeavesOld(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.md")
	if err := Write(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A directory where the file's parent should be makes the write fail.
	bad := filepath.Join(p, "child.md")
	if err := Write(bad, []byte("new"), 0o644); err == nil {
		t.Fatal("want error writing under a regular file")
	}
	if got, _ := os.ReadFile(p); string(got) != "old" {
		t.Fatalf("old file changed: %q", got)
	}
}
