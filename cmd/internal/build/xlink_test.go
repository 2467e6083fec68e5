package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/glossary"
)

// buildRepo builds the repository's own site in memory.
func buildRepo(t *testing.T) *Site {
	t.Helper()
	root := filepath.Join("..", "..", "..")
	if _, err := os.Stat(filepath.Join(root, "content", "glossary")); err != nil {
		t.Skip("the repository has no glossary yet")
	}
	s, err := New(Options{Source: root}).Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRepositoryTermsLinkedAtFirstUse: every glossary term a section's
// text uses is linked there, at its first use, and never in a heading.
func TestRepositoryTermsLinkedAtFirstUse(t *testing.T) {
	s := buildRepo(t)
	m := glossary.NewMatcher()
	var terms []*content.Page
	for _, p := range s.Pages {
		if p.Kind == content.KindTerm {
			for _, n := range TermNames(p) {
				m.Add(n, len(terms))
			}
			terms = append(terms, p)
		}
	}
	for _, sec := range s.Info.Sections {
		src, err := os.ReadFile(filepath.Join("..", "..", "..", sec.SourcePath))
		if err != nil {
			t.Fatal(err)
		}
		// First mention of each term in the body text, headings left out.
		first := map[int]int{} // term -> line
		for i, line := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "---") || strings.Contains(line, ": ") && !strings.Contains(line, "[source]") {
				continue
			}
			text := line
			if k := strings.Index(text, " [source]("); k >= 0 {
				text = text[:k]
			}
			for _, mt := range m.FindAll(text) {
				if _, ok := first[mt.ID]; !ok {
					first[mt.ID] = i + 1
				}
			}
		}
		linked := map[string]int{}
		for _, l := range sec.Cross.Links {
			if l.Kind == "term" {
				linked[l.URL] = l.Line
			}
		}
		for id := range first {
			if _, ok := linked[terms[id].RelPermalink]; !ok {
				t.Errorf("%s: term %q is used (line %d) but not linked", sec.SourcePath, terms[id].Title, first[id])
			}
		}
		if strings.Contains(string(sec.Content()), `<h2 id=`) {
			for _, h := range strings.Split(string(sec.Content()), "<h")[1:] {
				if end := strings.Index(h, "</h"); end >= 0 && strings.Contains(h[:end], `class="term"`) {
					t.Errorf("%s: glossary link inside a heading: <h%s", sec.SourcePath, h[:end])
				}
			}
		}
	}
}

// TestRepositoryTopics: at least six topic pages listing two passages or
// more, every topic page at least one (a theme the articles discuss that
// the sections keep once), every passage link landing on an existing anchor.
func TestRepositoryTopics(t *testing.T) {
	s := buildRepo(t)
	byURL := map[string]*content.Page{}
	for _, p := range s.Pages {
		byURL[p.RelPermalink] = p
	}
	n := 0
	for _, p := range s.Pages {
		if p.Kind != content.KindTopic {
			continue
		}
		ps := s.Index.TopicPassages(p)
		if len(ps) >= 2 {
			n++
		}
		if len(ps) < 1 {
			t.Errorf("topic %q lists no passage", p.Title)
		}
		for _, tp := range ps {
			u, frag, _ := strings.Cut(tp.URL, "#")
			target := byURL[u]
			if target == nil || frag == "" || !target.HasAnchor(frag) {
				t.Errorf("topic %q: passage link %s does not land on an anchor", p.Title, tp.URL)
			}
		}
		if !strings.Contains(string(s.Files[outputPath(p.URL)]), `class="passages"`) {
			t.Errorf("topic page %s shows no passages", p.URL)
		}
	}
	if n < 6 {
		t.Errorf("%d topic pages list two passages or more, want at least 6", n)
	}
}

// TestEditorTermLinkedEverywhere: a glossary file added by hand is linked
// on the next build; nolink turns linking off for one page.
func TestEditorTermLinkedEverywhere(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "content", "_index.md"), "---\ntitle: T\n---\n\nThe widget matters.\n")
	writeFile(t, filepath.Join(dir, "content", "economics.md"), "---\ntitle: Economics\nweight: 1\n---\n\n## Widgets\n\nWidgets and the widget again; see [[widget|the entry]] and [[Nope]].\n")
	writeFile(t, filepath.Join(dir, "content", "background.md"), "---\ntitle: Background\nweight: 2\nnolink: true\n---\n\nA widget here is not linked.\n")
	opts := Options{Source: dir, Layouts: repoLayouts, Static: repoStatic}
	b := New(opts)
	if _, err := b.Build(nil); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "content", "glossary", "widget.md"), "---\nterm: widget\naliases: [gizmo]\n---\n\nA widget is a small device.\n")
	s, err := b.Build([]string{"content/glossary/widget.md"})
	if err != nil {
		t.Fatal(err)
	}
	econ := string(s.Files["economics/index.html"])
	if !strings.Contains(econ, `<a class="term" href="/glossary/widget/" data-definition="A widget is a small device."`) {
		t.Errorf("economics does not link the new term:\n%s", econ)
	}
	if strings.Count(econ, `class="term"`) != 1 || strings.Contains(econ, `<h2 id="widgets"><a`) {
		t.Errorf("want one term link, none in the heading:\n%s", econ)
	}
	if !strings.Contains(econ, `<a class="wikilink" href="/glossary/widget/">the entry</a>`) || !strings.Contains(econ, `<span class="wikilink-missing">Nope</span>`) {
		t.Errorf("wiki-links not rendered:\n%s", econ)
	}
	if strings.Contains(string(s.Files["background/index.html"]), `class="term"`) {
		t.Error("nolink page got a term link")
	}
	term := string(s.Files["glossary/widget/index.html"])
	if !strings.Contains(term, "Mentioned in") || !strings.Contains(term, `href="/economics/"`) {
		t.Errorf("term page lacks Mentioned in:\n%s", term)
	}
	if _, ok := s.Files["gizmo/index.html"]; ok {
		t.Error("a term alias became a URL alias")
	}
	var unknown []string
	for _, p := range s.Pages {
		if p.Cross != nil {
			for _, u := range p.Cross.Unknown {
				unknown = append(unknown, fmt.Sprintf("%s:%d: [[%s]]", p.SourcePath, u.Line, u.Target))
			}
		}
	}
	if strings.Join(unknown, ",") != "content/economics.md:8: [[Nope]]" {
		t.Errorf("unknown wiki-links = %v", unknown)
	}
}

// addGlossary writes n glossary terms into the site at dir: every word of
// genCorpus's vocabulary, then pairs of them (which its pages use), then
// made-up terms no page mentions.
func addGlossary(tb testing.TB, dir string, n int) {
	words := strings.Fields("alliance technology sanctions economy workforce semiconductor governance standards research investment partnership innovation policy market capacity")
	var terms []string
	terms = append(terms, words...)
	for i := 0; len(terms) < n && i < len(words); i++ {
		for j := 0; len(terms) < n && j < len(words) && len(terms) < n*3/4; j++ {
			if i != j {
				terms = append(terms, words[i]+" "+words[j])
			}
		}
	}
	for k := 0; len(terms) < n; k++ {
		terms = append(terms, fmt.Sprintf("unmentioned term %d", k))
	}
	for i, t := range terms[:n] {
		writeFile(tb, filepath.Join(dir, "content", "glossary", fmt.Sprintf("t%03d.md", i)),
			fmt.Sprintf("---\nterm: %q\naliases: [%q]\n---\n\n%s is defined here.\n", t, t+" alias", t))
	}
}

// BenchmarkBuildGlossary is BenchmarkBuild's cold build with 200 glossary
// terms linked into every page (BRIEFING_BENCH_PAGES pages, default 1000),
// next to the same site without a glossary.
func BenchmarkBuildGlossary(b *testing.B) {
	n := 1000
	if s := os.Getenv("BRIEFING_BENCH_PAGES"); s != "" {
		fmt.Sscan(s, &n)
	}
	for _, terms := range []int{0, 200} {
		src := genCorpus(b, n)
		if terms > 0 {
			addGlossary(b, src, terms)
		}
		opts := Options{Source: src, Layouts: repoLayouts, Static: repoStatic}
		b.Run(fmt.Sprintf("terms=%d", terms), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := New(opts).Build(nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestTermURLAliases checks that a glossary term's aliases are names,
// except site paths, which are its old addresses (redirects).
func TestTermURLAliases(t *testing.T) {
	tests := []struct {
		rel     string
		aliases []string
		want    string
	}{
		{"glossary/vladimir-putin.md", []string{"President Vladimir Putin", "/glossary/president-vladimir-putin/"}, "[/glossary/president-vladimir-putin/]"},
		{"glossary/x.md", []string{"ex"}, "[]"},
		{"topics/x.md", []string{"/topics/old/"}, "[/topics/old/]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(urlAliases(tt.rel, tt.aliases)); got != tt.want {
			t.Errorf("urlAliases(%q, %q) = %s, want %s", tt.rel, tt.aliases, got, tt.want)
		}
	}
}

// TestTopicOfOneStory: a topic whose front matter names its story's source
// pages lists only the passages whose first source is one of them; a
// topic without sources (an editor's) lists the passages of every story.
func TestTopicOfOneStory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "content", "_index.md"), "---\ntitle: T\n---\n\nTwo stories.\n")
	writeFile(t, filepath.Join(dir, "content", "sources", "rba.md"), "---\ntitle: RBA\n---\n\nThe bank made a rate cut. {#L1}\n")
	writeFile(t, filepath.Join(dir, "content", "sources", "fed.md"), "---\ntitle: Fed\n---\n\nThe Fed made a rate cut too. {#L1}\n")
	writeFile(t, filepath.Join(dir, "content", "economics.md"), "---\ntitle: Economics\nweight: 1\n---\n\n"+
		"The bank made a rate cut. [RBA](sources/rba.md#L1)\n\n"+
		"The Fed made a rate cut too. [Fed](sources/fed.md#L1), [RBA](sources/rba.md#L1)\n")
	writeFile(t, filepath.Join(dir, "content", "topics", "rba-cut.md"), "---\ntitle: Rate cut\nkeywords: [rate cut]\nsources: [rba]\n---\n")
	writeFile(t, filepath.Join(dir, "content", "topics", "any-cut.md"), "---\ntitle: Cuts\nkeywords: [rate cut]\n---\n")
	s, err := New(Options{Source: dir, Layouts: repoLayouts, Static: repoStatic}).Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"/topics/rba-cut/": "[/economics/#rba-L1]", "/topics/any-cut/": "[/economics/#rba-L1 /economics/#fed-L1]"}
	for _, p := range s.Pages {
		if w, ok := want[p.RelPermalink]; ok {
			var got []string
			for _, tp := range s.Index.TopicPassages(p) {
				got = append(got, tp.URL)
			}
			if fmt.Sprint(got) != w {
				t.Errorf("%s lists %v, want %s", p.RelPermalink, got, w)
			}
			delete(want, p.RelPermalink)
		}
	}
	if len(want) > 0 {
		t.Errorf("topic pages missing: %v", want)
	}
}
