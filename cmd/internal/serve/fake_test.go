package serve

import (
	"html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// fakeBuilder is a tiny stand-in for the build stage: every content/X.md
// becomes X/index.html through layouts/page.html, where "{{content}}" is
// replaced by the escaped Markdown source and "{{title}}" by X. A layout line
// containing "{{broken" is a template error at that line. static/ is copied.
type fakeBuilder struct {
	root string
	mu   sync.Mutex
	// calls records the changed lists Rebuild was called with.
	calls [][]string
}

func (f *fakeBuilder) Rebuild(changed []string) (map[string][]byte, error) {
	f.mu.Lock()
	f.calls = append(f.calls, changed)
	f.mu.Unlock()
	layout, err := os.ReadFile(filepath.Join(f.root, "layouts/page.html"))
	if err != nil {
		return nil, diag.Errorf("layouts/page.html", 0, "%v", err)
	}
	for i, line := range strings.Split(string(layout), "\n") {
		if strings.Contains(line, "{{broken") {
			return nil, diag.List{diag.Errorf("layouts/page.html", i+1, "unclosed action")}
		}
	}
	files := map[string][]byte{}
	err = filepath.WalkDir(f.root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(f.root, p)
		rel = filepath.ToSlash(rel)
		top, rest, _ := strings.Cut(rel, "/")
		switch top {
		case "static":
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files[rest] = data
		case "content":
			if !strings.HasSuffix(rest, ".md") {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			name := strings.TrimSuffix(rest, ".md")
			out := path.Join(name, "index.html")
			if path.Base(name) == "_index" {
				out = path.Join(path.Dir(name), "index.html")
			}
			page := strings.ReplaceAll(string(layout), "{{content}}", html.EscapeString(string(data)))
			page = strings.ReplaceAll(page, "{{title}}", name)
			files[out] = []byte(page)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	files["404.html"] = []byte("<!DOCTYPE html><html><body><h1>Not here</h1></body></html>")
	return files, nil
}

const testLayout = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{{title}}</title>
<link rel="stylesheet" href="/css/style.css"></head>
<body><main id="main">{{content}}</main>
<div style="height:3000px"></div>
</body></html>
`

// newSite writes a small site and returns its root and a fake builder for it.
func newSite(t testing.TB) (string, *fakeBuilder) {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"content/_index.md":       "Home page",
		"content/economics.md":    "Economics text",
		"content/sources/a.md":    "Source A",
		"layouts/page.html":       testLayout,
		"static/css/style.css":    "body { color: rgb(0, 0, 0); }",
		"static/img/dot.png":      "\x89PNG\r\n\x1a\n",
		"static/data.json":        `{"a":1}`,
		"static/.hidden":          "secret",
		"static/.well-known/x":    "published",
		"static/css/.env":         "secret",
		"static/notes.txt":        "plain",
		"static/unknown.zzz":      "what",
		"static/dir/index.html":   "<html><BODY>dir index</BODY></html>",
		"static/noclose.html":     "<p>fragment",
		"static/dir/sub/page.xml": "<a/>",
	}
	for name, data := range files {
		writeFile(t, root, name, data)
	}
	return root, &fakeBuilder{root: root}
}

func writeFile(t testing.TB, root, rel, data string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// renameSave saves like vim or JetBrains do: write a temporary file, rename it over.
func renameSave(t testing.TB, root, rel, data string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	tmp := p + "___jb_tmp___"
	if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
}
