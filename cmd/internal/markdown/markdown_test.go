package markdown

import (
	"strings"
	"testing"
)

func resolver(rel string) (string, bool) {
	switch rel {
	case "sources/000_abc.md":
		return "/repo/sources/000_abc/", true
	case "economics.md":
		return "/repo/economics/", true
	}
	return "", false
}

func convert(t *testing.T, src string) *Result {
	t.Helper()
	c := New(WithResolver(resolver), WithBasePath("/repo/"))
	res, err := c.Convert([]byte(src), Source{Path: "content/economics.md", Rel: "economics.md", BodyLine: 5})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestConvert(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings of the HTML
		ids       []string
	}{
		{"heading slug ids dedup", "## Trade & Tariffs\n\n## Trade & Tariffs\n", []string{`<h2 id="trade-tariffs">`, `<h2 id="trade-tariffs-2">`}, []string{"trade-tariffs", "trade-tariffs-2"}},
		{"explicit heading id", "## Heading {#L12}\n", []string{`<h2 id="L12">Heading</h2>`}, []string{"L12"}},
		{"paragraph id", "Some text here. {#L14}\n", []string{`<p id="L14">Some text here.</p>`}, []string{"L14"}},
		{"paragraph id with underscore", "Some _text_ here {#a_b_c}\n", []string{`<p id="a_b_c">Some <em>text</em> here</p>`}, []string{"a_b_c"}},
		{"multi-line paragraph id", "one\ntwo {#L3}\n", []string{"<p id=\"L3\">one\ntwo</p>"}, []string{"L3"}},
		{"tight list item id", "- One item. {#L3}\n", []string{`<li id="L3">One item.</li>`}, []string{"L3"}},
		{"tight list item source link", "- Item. [RT](sources/000_abc.md#L9)\n", []string{`<li id="000_abc-L9">Item. <a href="/repo/sources/000_abc/#L9" class="source-link">RT</a></li>`}, nil},
		{"braces mid-text stay", "a {#x} b\n", []string{`<p>a {#x} b</p>`}, nil},
		{"source link", "Passage. [source](sources/000_abc.md#L14 \"000_abc.txt, lines 14–16\")\n\nAgain. [source](sources/000_abc.md#L14)\n",
			[]string{`<p id="000_abc-L14">Passage. <a href="/repo/sources/000_abc/#L14" title="000_abc.txt, lines 14–16" class="source-link">source</a></p>`, `<p id="000_abc-L14-2">`},
			[]string{"000_abc-L14", "000_abc-L14-2"}},
		{"source list: every link marked, id from the first", "Passage. [RT](sources/000_abc.md#L9 \"Headline · 000_abc.txt, line 9\"), [The Paper](sources/000_abc.md#L3)\n",
			[]string{`<p id="000_abc-L9">Passage. <a href="/repo/sources/000_abc/#L9" title="Headline · 000_abc.txt, line 9" class="source-link">RT</a>, <a href="/repo/sources/000_abc/#L3" class="source-link">The Paper</a></p>`}, nil},
		{"a link before the list is not in it", "See [x](sources/000_abc.md#L1) and so on. [RT](sources/000_abc.md#L9)\n",
			[]string{`See <a href="/repo/sources/000_abc/#L1">x</a> and so on. <a href="/repo/sources/000_abc/#L9" class="source-link">RT</a>`}, nil},
		{"mid-paragraph link is no source link", "See [x](sources/000_abc.md) for more.\n", []string{`<p>See <a href="/repo/sources/000_abc/">x</a> for more.</p>`}, nil},
		{"root-relative link gets base path", "[e](/economics/)\n", []string{`href="/repo/economics/"`}, nil},
		{"external untouched", "[e](https://example.org/a.md)\n", []string{`href="https://example.org/a.md"`}, nil},
		{"gfm", "| a |\n|---|\n| b |\n\n~~x~~ www.example.org\n\n- [x] done\n", []string{"<table>", "<del>x</del>", `<a href="http://www.example.org">`, `checked=""`}, nil},
		{"typographer", "\"quoted\" -- dash\n", []string{"&ldquo;quoted&rdquo; &ndash; dash"}, nil},
		{"footnote", "Text[^1].\n\n[^1]: Note.\n", []string{`class="footnotes"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := convert(t, tt.src)
			for _, w := range tt.want {
				if !strings.Contains(string(res.HTML), w) {
					t.Errorf("HTML lacks %q:\n%s", w, res.HTML)
				}
			}
			if tt.ids != nil && strings.Join(res.IDs, ",") != strings.Join(tt.ids, ",") {
				t.Errorf("ids = %q, want %q", res.IDs, tt.ids)
			}
			if len(res.Errors) > 0 {
				t.Errorf("errors: %v", res.Errors)
			}
		})
	}
}

func TestMissingLinkTarget(t *testing.T) {
	res := convert(t, "Intro.\n\nSee [gone](sources/missing.md#L3).\n")
	if len(res.Errors) != 1 {
		t.Fatalf("errors = %v, want one", res.Errors)
	}
	if got := res.Errors[0].Error(); !strings.HasPrefix(got, "content/economics.md:7: link to sources/missing.md#L3: there is no page content/sources/missing.md") {
		t.Errorf("error = %q", got)
	}
}

func TestLinksRecorded(t *testing.T) {
	res := convert(t, "# T\n\nA [b](economics.md#top) c. [source](sources/000_abc.md#L9)\n")
	if len(res.Links) != 2 {
		t.Fatalf("links = %+v", res.Links)
	}
	l := res.Links[1]
	if l.Target != "sources/000_abc.md" || l.Fragment != "L9" || !l.Source || l.Paragraph != "000_abc-L9" || l.Line != 7 {
		t.Errorf("link = %+v", l)
	}
	if res.Links[0].Target != "economics.md" || res.Links[0].Source {
		t.Errorf("link = %+v", res.Links[0])
	}
}

func TestTOC(t *testing.T) {
	res := convert(t, "# Title\n\n## A\n\n### A1\n\n## B\n")
	want := `<ul><li><a href="#a">A</a><ul><li><a href="#a1">A1</a></li></ul></li><li><a href="#b">B</a></li></ul>`
	if string(res.TOC) != want {
		t.Errorf("TOC = %s\nwant %s", res.TOC, want)
	}
	// An escape in a heading is no text of it: "7\.4" reads "7.4".
	for _, tc := range []struct{ md, want string }{
		{"## 7\\.4 magnitude quake\n", "7.4 magnitude quake"},
		{"## Ports &amp; harbours\n", "Ports & harbours"},
		{"## A `code\\.x` span\n", "A code\\.x span"},
	} {
		res := convert(t, tc.md)
		if len(res.Headings) != 1 || res.Headings[0].Text != tc.want {
			t.Errorf("%q: headings %+v, want text %q", tc.md, res.Headings, tc.want)
		}
	}
}

// FuzzConvert: any Markdown renders without panicking, ids on a page are
// unique, and error lines fall inside the file.
func FuzzConvert(f *testing.F) {
	for _, s := range []string{
		"## A\n\n## A {#x}\n\ntext {#x}\n",
		"p. [source](sources/000_abc.md#L1) {#L2}\n",
		"[a](missing.md) [b](#c) [c](/abs/) _x_ {#a_b}\n",
		"| a |\n|---|\n| b |\n\n[^1]\n\n[^1]: n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		c := New(WithResolver(resolver), WithBasePath("/repo/"))
		res, err := c.Convert([]byte(src), Source{Path: "content/f.md", Rel: "f.md", BodyLine: 1})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, id := range res.IDs {
			if seen[id] {
				t.Fatalf("id %q given out twice", id)
			}
			seen[id] = true
		}
		lines := strings.Count(src, "\n") + 1
		for _, e := range res.Errors {
			if e.Line < 1 || e.Line > lines {
				t.Fatalf("error line %d outside 1..%d: %v", e.Line, lines, e)
			}
		}
	})
}

// Images get the base path like links; a relative image is resolved from the
// page's directory; a missing file is an error at its line.
func TestImages(t *testing.T) {
	files := map[string]bool{"img/x.png": true, "notes/pic one.jpg": true}
	tests := []struct {
		name, rel, src string
		want           string // substring of the HTML
		err            string // prefix of the one error, "" for none
	}{
		{"root-relative gets base path", "economics.md", "![x](/img/x.png)\n", `src="/repo/img/x.png"`, ""},
		{"already under base path", "economics.md", "![x](/repo/img/x.png)\n", `src="/repo/img/x.png"`, ""},
		{"query and fragment kept", "economics.md", "![x](/img/x.png?v=2#a)\n", `src="/repo/img/x.png?v=2#a"`, ""},
		{"relative from the page's directory", "notes/a.md", "![p](pic%20one.jpg)\n", `src="/repo/notes/pic%20one.jpg"`, ""},
		{"external untouched", "economics.md", "![x](https://example.org/x.png)\n", `src="https://example.org/x.png"`, ""},
		{"missing image", "economics.md", "Intro.\n\n![gone](/img/gone.png)\n", `src="/repo/img/gone.png"`,
			"content/economics.md:7: image /img/gone.png: there is no file static/img/gone.png"},
		{"leaves the site", "economics.md", "![x](../x.png)\n", ``, "content/economics.md:5: image ../x.png leaves the site"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(WithResolver(resolver), WithBasePath("/repo/"), WithAssets(func(p string) bool { return files[p] }))
			res, err := c.Convert([]byte(tt.src), Source{Path: "content/" + tt.rel, Rel: tt.rel, BodyLine: 5})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(res.HTML), tt.want) {
				t.Errorf("HTML lacks %q:\n%s", tt.want, res.HTML)
			}
			switch {
			case tt.err == "" && len(res.Errors) > 0:
				t.Errorf("errors: %v", res.Errors)
			case tt.err != "" && (len(res.Errors) != 1 || !strings.HasPrefix(res.Errors[0].Error(), tt.err)):
				t.Errorf("errors = %v, want one starting %q", res.Errors, tt.err)
			}
		})
	}
}
