package content

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, src string
		check     func(t *testing.T, d *Doc)
	}{
		{"yaml", "---\ntitle: Economics\nweight: 3\ndraft: true\ndate: 2026-01-31\naliases: [/a/, /b/]\nkeywords:\n  - trade\n  - chips\ntags: [x]\n---\n\nBody.\n", func(t *testing.T, d *Doc) {
			fm := d.FM
			if fm.Title != "Economics" || fm.Weight != 3 || !fm.Draft || fm.Date != time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC) {
				t.Errorf("fm = %+v", fm)
			}
			if strings.Join(fm.Aliases, ",") != "/a/,/b/" || strings.Join(fm.Keywords, ",") != "trade,chips" {
				t.Errorf("lists = %v %v", fm.Aliases, fm.Keywords)
			}
			if _, ok := fm.Params["tags"]; !ok {
				t.Error("unknown field not kept in Params")
			}
			if d.BodyLine != 12 || string(d.Body) != "\nBody.\n" {
				t.Errorf("body line %d, body %q", d.BodyLine, d.Body)
			}
			if fm.Lines["weight"] != 3 || fm.Lines["keywords"] != 7 {
				t.Errorf("lines = %v", fm.Lines)
			}
		}},
		{"toml", "+++\ntitle = \"T\"\nweight = 2\ndate = 2026-01-15T10:00:00Z\n+++\nBody\n", func(t *testing.T, d *Doc) {
			if d.FM.Title != "T" || d.FM.Weight != 2 || d.FM.Date.IsZero() || d.BodyLine != 6 {
				t.Errorf("doc = %+v", d)
			}
		}},
		{"none", "Just text.\n---\n", func(t *testing.T, d *Doc) {
			if d.FM.Title != "" || d.BodyLine != 1 || string(d.Body) != "Just text.\n---\n" {
				t.Errorf("doc = %+v", d)
			}
		}},
		{"empty", "", func(t *testing.T, d *Doc) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("content/x.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, d)
		})
	}
}

// Every known field lands in its own member of FrontMatter, whatever the
// case of its key; the table names each field once.
func TestParseEveryField(t *testing.T) {
	day := time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		key, value string
		got        func(fm FrontMatter) any
		want       any
	}{
		{"title", "T", func(fm FrontMatter) any { return fm.Title }, "T"},
		{"description", "D", func(fm FrontMatter) any { return fm.Description }, "D"},
		{"slug", "s", func(fm FrontMatter) any { return fm.Slug }, "s"},
		{"layout", "wide", func(fm FrontMatter) any { return fm.Layout }, "wide"},
		{"term", "BRICS", func(fm FrontMatter) any { return fm.Term }, "BRICS"},
		{"language", "en-GB", func(fm FrontMatter) any { return fm.Language }, "en-GB"},
		{"baseURL", "https://x.example/", func(fm FrontMatter) any { return fm.BaseURL }, "https://x.example/"},
		{"draft", "true", func(fm FrontMatter) any { return fm.Draft }, true},
		{"noLink", "true", func(fm FrontMatter) any { return fm.NoLink }, true},
		{"weight", "7", func(fm FrontMatter) any { return fm.Weight }, 7},
		{"date", "2026-02-03", func(fm FrontMatter) any { return fm.Date }, day},
		{"lastmod", "2026-02-03", func(fm FrontMatter) any { return fm.Lastmod }, day},
		{"aliases", "[/a/]", func(fm FrontMatter) any { return strings.Join(fm.Aliases, ",") }, "/a/"},
		{"keywords", "[a, b]", func(fm FrontMatter) any { return strings.Join(fm.Keywords, ",") }, "a,b"},
		{"sources", "[001_a, 002_b]", func(fm FrontMatter) any { return strings.Join(fm.Sources, ",") }, "001_a,002_b"},
	}
	if len(tests) != len(fields) {
		t.Errorf("%d fields are known, %d tested: add the new field here", len(fields), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			d, err := Parse("content/x.md", []byte("---\n"+tt.key+": "+tt.value+"\n---\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := tt.got(d.FM); got != tt.want {
				t.Errorf("%s = %v, want %v", tt.key, got, tt.want)
			}
			var zero FrontMatter
			for _, other := range tests {
				if other.key != tt.key && other.got(d.FM) != other.got(zero) {
					t.Errorf("%s also set %s", tt.key, other.key)
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unclosed", "---\ntitle: x\n", `content/x.md:1: front matter opened with "---" is never closed`},
		{"yaml syntax", "---\ntitle: x\n  bad: [\n---\n", "content/x.md:3: bad front matter:"},
		{"toml syntax", "+++\n\ntitle = \n+++\n", "content/x.md:3: bad front matter:"},
		// go.yaml.in/yaml/v3 positions: the line of the problem, in the file.
		{"yaml syntax after blank lines", "\n---\ntitle: x\nlist: [a, b\nweight: 2\n---\n", "content/x.md:4: bad front matter: did not find expected ',' or ']'"},
		{"yaml flow mapping", "---\ntitle: x\nm: {a: 1\nweight: 2\n---\n", "content/x.md:3: bad front matter: did not find expected ',' or '}'"},
		{"yaml block", "---\ntitle: x\nlist:\n  - a\n b: 2\n---\n", "content/x.md:"},
		{"yaml duplicate key", "---\ntitle: a\ndraft: true\ntitle: b\n---\n", "content/x.md:4: bad front matter: mapping key \"title\" already defined at line 2"},
		{"yaml scanner error", "---\ntitle: x\nbad: @x\n---\n", "content/x.md:3: bad front matter: found character that cannot start any token"},
		{"yaml tab indent", "---\ntitle: x\n\tweight: 2\n---\n", "content/x.md:3: bad front matter:"},
		{"weight", "---\nweight: abc\n---\n", `content/x.md:2: front matter field "weight" must be a whole number, not "abc"`},
		{"weight float", "---\nweight: 1.5\n---\n", `content/x.md:2: front matter field "weight" must be a whole number, not 1.5`},
		{"draft", "---\ndraft: \"maybe\"\n---\n", `content/x.md:2: front matter field "draft" must be true or false, not "maybe"`},
		{"aliases", "---\naliases: 3\n---\n", `content/x.md:2: front matter field "aliases" must be a list of strings, not 3`},
		{"keywords", "---\nkeywords: [a, [b]]\n---\n", `content/x.md:2: front matter field "keywords" must be a list of strings, not a list`},
		{"title mapping", "+++\n[title]\nx = 1\n+++\n", `content/x.md:2: front matter field "title" must be a string, not a mapping`},
		{"utf8", "---\ntitle: x\n---\nok\n\xc3\x28\n", "content/x.md:5: file is not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("content/x.md", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %q\nwant prefix %q", err, tt.want)
			}
			if len(diag.All(err)) == 0 {
				t.Errorf("error %T is not a diag error", err)
			}
		})
	}
}

func TestKindAndURL(t *testing.T) {
	tests := []struct {
		rel, slug string
		kind      Kind
		url       string
	}{
		{"_index.md", "", KindHome, ""},
		{"economics.md", "", KindSection, "economics/"},
		{"economics.md", "econ", KindSection, "econ/"},
		{"sources/x.md", "", KindPage, "sources/x/"},
		{"sources/_index.md", "", KindList, "sources/"},
		{"a/b/_index.md", "c", KindList, "a/c/"},
		{"glossary/ai.md", "", KindTerm, "glossary/ai/"},
		{"topics/chips.md", "", KindTopic, "topics/chips/"},
	}
	for _, tt := range tests {
		if k := KindOf(tt.rel); k != tt.kind {
			t.Errorf("KindOf(%q) = %s, want %s", tt.rel, k, tt.kind)
		}
		if u := URLOf(tt.rel, tt.slug); u != tt.url {
			t.Errorf("URLOf(%q, %q) = %q, want %q", tt.rel, tt.slug, u, tt.url)
		}
	}
}

// FuzzParse: any input either parses or fails with a diag error pointing at
// a line of the file; it never panics.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\nweight: 2\n---\nbody\n",
		"+++\ntitle = 'x'\ndate = 2026-01-01\n+++\n",
		"---\ntitle: [\n---\n",
		"\n\n---\naliases: [a, b]\n---\n",
		"no front matter",
		"+++\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("content/f.md", data)
		lines := bytes.Count(data, []byte("\n")) + 1
		if err != nil {
			all := diag.All(err)
			if len(all) == 0 {
				t.Fatalf("error %T is not a diag error: %v", err, err)
			}
			for _, e := range all {
				if e.Path != "content/f.md" || e.Line < 0 || e.Line > lines {
					t.Fatalf("bad position in %q for %d lines", e.Error(), lines)
				}
			}
			return
		}
		if d.BodyLine < 1 || d.BodyLine > lines+1 || !bytes.HasSuffix(data, d.Body) {
			t.Fatalf("body line %d of %d, body %q", d.BodyLine, lines, d.Body)
		}
	})
}
