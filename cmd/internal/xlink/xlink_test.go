package xlink

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"

	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

var testEntries = []Entry{
	{Names: []string{"BRICS"}, URL: "/glossary/brics/", Definition: `BRICS, an acronym for Brazil, Russia, India, China, and South Africa <"quoted">.`, Page: "glossary/brics.md"},
	{Names: []string{"AI", "artificial intelligence"}, URL: "/glossary/ai/", Page: "glossary/ai.md"},
	{Names: []string{"AI Alliance Network"}, URL: "/glossary/ai-alliance-network/", Page: "glossary/ai-alliance-network.md"},
	{Names: []string{"sanction"}, URL: "/glossary/sanction/", Definition: "A penalty.", Page: "glossary/sanction.md"},
	{Names: []string{"economy"}, URL: "/glossary/economy/", Page: "glossary/economy.md"},
}

var testResolver = ResolverFunc(func(target string) (string, bool) {
	switch strings.ToLower(target) {
	case "brics":
		return "/glossary/brics/", true
	case "topics/sanctions":
		return "/topics/sanctions/", true
	case "economics":
		return "/economics/", true
	}
	return "", false
})

func convert(t testing.TB, src string, page Source, opts ...Option) (string, *Result) {
	t.Helper()
	md := goldmark.New(goldmark.WithExtensions(New(append([]Option{WithTerms(testEntries), WithResolver(testResolver)}, opts...)...)))
	pc := parser.NewContext()
	SetPage(pc, page)
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf, parser.WithContext(pc)); err != nil {
		t.Fatal(err)
	}
	return buf.String(), ResultOf(pc)
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.md"))
	if len(files) == 0 {
		t.Fatal("no test cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			html, res := convert(t, string(src), Source{ID: "economics.md"})
			var b strings.Builder
			b.WriteString(html)
			b.WriteString("-- links\n")
			for _, l := range res.Links {
				fmt.Fprintf(&b, "%s %q -> %s line %d snippet %q\n", l.Kind, l.Target, l.URL, l.Line, Snippet(l))
			}
			b.WriteString("-- unknown\n")
			for _, u := range res.Unknown {
				fmt.Fprintf(&b, "%d: unknown wiki-link [[%s]]\n", u.Line, u.Target)
			}
			testutil.Golden(t, strings.TrimSuffix(f, ".md")+".golden", []byte(b.String()))
		})
	}
}

func TestPageOptions(t *testing.T) {
	src := "BRICS and AI, with [[BRICS]].\n"
	tests := []struct {
		name      string
		page      Source
		wantTerms []string
	}{
		{"ordinary page", Source{ID: "economics.md"}, []string{"BRICS", "AI"}},
		{"own page", Source{ID: "glossary/brics.md"}, []string{"AI"}},
		{"nolink", Source{ID: "economics.md", NoLink: true}, nil},
		{"no page set", Source{}, []string{"BRICS", "AI"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html, res := convert(t, src, tt.page)
			var got []string
			wiki := 0
			for _, l := range res.Links {
				if l.Kind == "term" {
					got = append(got, l.Target)
				} else {
					wiki++
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.wantTerms, ",") {
				t.Errorf("term links %v, want %v\n%s", got, tt.wantTerms, html)
			}
			if wiki != 1 || !strings.Contains(html, `<a class="wikilink" href="/glossary/brics/">BRICS</a>`) {
				t.Errorf("wiki-link not resolved on %s: %s", tt.name, html)
			}
		})
	}
}

func TestNoResolver(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(New()))
	pc := parser.NewContext()
	var buf bytes.Buffer
	if err := md.Convert([]byte("x\n\n[[A|b]] [[C]]\n"), &buf, parser.WithContext(pc)); err != nil {
		t.Fatal(err)
	}
	res := ResultOf(pc)
	if len(res.Unknown) != 2 || res.Unknown[0].Line != 3 || res.Unknown[1].Target != "C" {
		t.Errorf("unknown = %+v", res.Unknown)
	}
	if want := "<p>x</p>\n<p><span class=\"wikilink-missing\">b</span> <span class=\"wikilink-missing\">C</span></p>\n"; buf.String() != want {
		t.Errorf("html = %q, want %q", buf.String(), want)
	}
}

func TestParseWikiLink(t *testing.T) {
	tests := []struct {
		in            string
		target, label string
		n             int
		ok            bool
	}{
		{"[[BRICS]] rest", "BRICS", "", 9, true},
		{"[[ topics/sanctions | the sanctions ]]", "topics/sanctions", "the sanctions", 38, true},
		{"[[a  b]]", "a b", "", 8, true},
		{"[[a|]]", "a", "", 6, true},
		{"[[]]", "", "", 0, false},
		{"[[|x]]", "", "", 0, false},
		{"[[a]b]]", "", "", 0, false},
		{"[[a", "", "", 0, false},
		{"[a]]", "", "", 0, false},
	}
	for _, tt := range tests {
		target, label, labelAt, n, ok := ParseWikiLink([]byte(tt.in))
		if target != tt.target || label != tt.label || n != tt.n || ok != tt.ok {
			t.Errorf("ParseWikiLink(%q) = %q, %q, %d, %v; want %q, %q, %d, %v", tt.in, target, label, n, ok, tt.target, tt.label, tt.n, tt.ok)
		}
		if label != "" && tt.in[labelAt:labelAt+len(label)] != label {
			t.Errorf("ParseWikiLink(%q): labelAt %d does not point at %q", tt.in, labelAt, label)
		}
	}
}

func FuzzWikiLink(f *testing.F) {
	for _, s := range []string{"[[BRICS]]", "[[a|b]] [[", "x [[topics/s|]] `[[c]]` [[a]b]]", "[[\n]]", "BRICS [[BRICS]] AI"} {
		f.Add(s)
	}
	md := goldmark.New(goldmark.WithExtensions(New(WithTerms(testEntries), WithResolver(testResolver))))
	f.Fuzz(func(t *testing.T, s string) {
		target, label, labelAt, n, ok := ParseWikiLink([]byte(s))
		if ok {
			if n > len(s) || target == "" || (label != "" && s[labelAt:labelAt+len(label)] != label) {
				t.Fatalf("ParseWikiLink(%q) = %q %q %d %d", s, target, label, labelAt, n)
			}
		}
		pc := parser.NewContext()
		var buf bytes.Buffer
		if err := md.Convert([]byte(s), &buf, parser.WithContext(pc)); err != nil {
			t.Fatal(err)
		}
		for _, u := range ResultOf(pc).Unknown {
			if u.Line < 1 {
				t.Fatalf("unknown wiki-link without a line: %+v", u)
			}
		}
	})
}

func TestPlainDefinition(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BRICS, an acronym for *Brazil*, \\[x\\] and `code`. [source](../sources/s.md#L3 \"s.txt, line 3\")\n", "BRICS, an acronym for Brazil, [x] and code."},
		{"\n\nFirst paragraph\nwraps. [source](../sources/s.md#L3)\n\nSecond.\n", "First paragraph wraps."},
		{"# Heading\n\nText [with a link](/x/).\n", "Text with a link."},
		{"X is a y. [The Daily](../sources/s.md#L3 \"On X · The Daily · s.txt, line 3\"), [RT](../sources/r.md#L9 \"r.txt, line 9\")\n", "X is a y."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := PlainDefinition([]byte(tt.in)); got != tt.want {
			t.Errorf("PlainDefinition(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
