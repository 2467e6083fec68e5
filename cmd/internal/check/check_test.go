package check

import (
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	files := []TermFile{
		{Path: "content/glossary/b.md", Term: "AI", TermLine: 2, Aliases: []string{"artificial intelligence"}, AliasesLine: 4, Body: "AI is ...", BodyLine: 7},
		{Path: "content/glossary/a.md", Term: "BRICS", TermLine: 2, Body: "\n", BodyLine: 5},
		{Path: "content/glossary/c.md", Term: "ai", TermLine: 2, Aliases: []string{"Artificial  Intelligence", ""}, AliasesLine: 3, Body: "x", BodyLine: 6},
		{Path: "content/glossary/d.md", TermLine: 0, Body: "x", BodyLine: 3},
		{Path: "content/glossary/e.md", Term: "GDP", TermLine: 2, Body: "", BodyLine: 5, Mentioned: true},
	}
	got := Terms(files)
	got.Sort()
	var lines []string
	for _, f := range got {
		lines = append(lines, f.String())
	}
	want := []string{
		`content/glossary/a.md:5: term "BRICS" needs a definition: quote the source that defines it, with its [source](../sources/...) link, or mark it ` + "`mentioned: true`" + ` if the sources never say what it is (warning)`,
		`content/glossary/c.md:2: duplicate term "ai": already the term of content/glossary/b.md:2; keep one, or make it an alias of one entry only`,
		`content/glossary/c.md:3: duplicate alias "Artificial  Intelligence": already the alias of content/glossary/b.md:4; keep one, or make it an alias of one entry only`,
		`content/glossary/c.md:3: empty alias; give the alias a name or remove it`,
		"content/glossary/d.md:1: glossary entry without a term: add `term: ...` to the front matter",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if got.Errors() != 4 {
		t.Errorf("Errors() = %d, want 4", got.Errors())
	}
}

func TestTopics(t *testing.T) {
	got := Topics([]TopicFile{
		{Path: "content/topics/a.md", Title: "A", TitleLine: 2, Keywords: []string{"x"}, KeywordsLine: 3, Passages: 2},
		{Path: "content/topics/b.md", TitleLine: 0, Keywords: nil},
		{Path: "content/topics/c.md", Title: "C", TitleLine: 2, Keywords: []string{"nothing"}, KeywordsLine: 3},
	})
	var lines []string
	for _, f := range got {
		lines = append(lines, f.String())
	}
	want := []string{
		"content/topics/b.md:1: topic without a title: add `title: ...` to the front matter",
		"content/topics/b.md:1: topic without keywords: add `keywords: [...]`, the words that find its passages",
		`content/topics/c.md:3: no passage matches the keywords "nothing"; the topic page will be empty (warning)`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}
