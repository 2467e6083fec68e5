package build

import (
	"path"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/content"
)

// FuzzOutputPaths: whatever slugs and aliases the front matter holds, a
// model the build accepts writes every output to a clean path inside
// public/, no two outputs to one file, and no output where another needs a
// directory. Everything else is a diag error, never a panic.
func FuzzOutputPaths(f *testing.F) {
	for _, s := range [][3]string{
		{"economics", "x", "/old/"},
		{"../economics", "../../x", "/a/../../b/"},
		{"search.js", "css/site.css/x", "/css/site.css"},
		{".", "..", "/"},
		{"a/./b/", "sitemap.xml", "/index.xml"},
		{".well-known", "a\x00b", "/.git/config.html"},
		{"404.html", "d/b", "/d/b/"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, slugA, slugB, alias string) {
		doc := func(p, slug string, aliases ...string) *sourceFile {
			return &sourceFile{doc: &content.Doc{Path: "content/" + p, FM: content.FrontMatter{
				Slug: slug, Aliases: aliases, Lines: map[string]int{"slug": 2, "aliases": 3}}}}
		}
		sources := map[string]*sourceFile{
			"_index.md": doc("_index.md", ""),
			"a.md":      doc("a.md", slugA),
			"d/b.md":    doc("d/b.md", slugB, alias),
		}
		static := []string{"search.js", "css/site.css"}
		site := &content.Site{BaseURL: "/", BasePath: "/"}
		m, err := newModel(site, sources, []string{"_index.md", "a.md", "d/b.md"}, static, false)
		if err != nil {
			return
		}
		outs := append([]string(nil), static...)
		for _, p := range m.pages {
			outs = append(outs, outputPath(p.URL))
		}
		for out := range m.aliasOf {
			outs = append(outs, out)
		}
		for _, g := range siteOutputs {
			outs = append(outs, g.file)
		}
		seen := map[string]bool{}
		for _, out := range outs {
			if out == "" || path.Clean(out) != out || strings.HasPrefix(out, "/") || strings.HasPrefix(out, "../") || out == ".." {
				t.Fatalf("output %q (slugs %q %q, alias %q) is not a clean path inside public/", out, slugA, slugB, alias)
			}
			if seen[out] {
				t.Fatalf("output %q written twice (slugs %q %q, alias %q)", out, slugA, slugB, alias)
			}
			seen[out] = true
		}
		for _, out := range outs {
			for d := path.Dir(out); d != "."; d = path.Dir(d) {
				if seen[d] {
					t.Fatalf("output %q needs directory %q, which is a file (slugs %q %q, alias %q)", out, d, slugA, slugB, alias)
				}
			}
		}
	})
}
