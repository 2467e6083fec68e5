package mdtext

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// md is goldmark as the build configures it, less the typographer (which
// changes quotes and dashes on purpose, see render).
var md = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.Footnote),
	goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithAttribute()),
)

var tag = regexp.MustCompile(`<[^>]*>`)

// render returns the text a reader sees for Markdown src: the HTML without
// its tags, entities decoded, surrounding space trimmed.
func render(t testing.TB, src string) string {
	var b bytes.Buffer
	if err := md.Convert([]byte(src), &b); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	return strings.TrimSpace(html.UnescapeString(tag.ReplaceAllString(b.String(), "")))
}

func TestEscapeRoundTrip(t *testing.T) {
	for _, in := range []string{
		"~~~ at paragraph start", "~~x~~ and ~y~", "``` fence", "&amp; and &#38; and &copy; but R&D",
		"a * b * c", "snake_case and _emphasis_", "[link](x) and [ref]", "<b>bold</b> <http://x.org>",
		"# not a heading", "#hashtag", "1. not a list", "2) nor this", "1.5 million", "- not a bullet",
		"+ plus", "> not a quote", "= equals", "| a | b |", "\\ backslash \\* star", "{#id} attributes",
		"![image](src)", "[^1] footnote", "**bold** __bold__", "`code`", "x < y > z", "www.example.com and a@b.co",
		"Russia’s “AI” alliance—2024", "trailing backslash \\",
	} {
		got := render(t, Escape(in))
		if got != in {
			t.Errorf("Escape(%q) = %q renders as %q", in, Escape(in), got)
		}
	}
}

func TestEscapeKeepsPlainText(t *testing.T) {
	// Text without markup is written as it is: editors read these files.
	for _, in := range []string{"Russia and BRICS agreed on AI rules in 2024.", "R&D spending rose 3.5%", "It's 10:30 (UTC)."} {
		if got := Escape(in); got != in {
			t.Errorf("Escape(%q) = %q, want it unchanged", in, got)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		`plain`:       `"plain"`,
		`say "hi"`:    `"say \"hi\""`,
		`a: b # c`:    `"a: b # c"`,
		"tab\there":   `"tab\there"`,
		`<b> & </b>`:  `"<b> & </b>"`,
		`back\slash`:  `"back\\slash"`,
		"line\nbreak": `"line\nbreak"`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
}

// FuzzEscapeRoundTrip: any one line of plain text, escaped, renders as
// exactly that text.
func FuzzEscapeRoundTrip(f *testing.F) {
	for _, s := range []string{"~~~ x", "~~x~~", "&amp;", "*", "_", "[", "<", "#", "1. x", "a\\b", "&#x41;", "> q", "    code"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\r\n\f\v") {
			return // one line of text: seeds' lines are split and cleaned before this
		}
		s = strings.Trim(s, " \t")
		if got := render(t, Escape(s)); got != strings.TrimSpace(s) {
			t.Errorf("Escape(%q) = %q renders as %q", s, Escape(s), got)
		}
	})
}

func TestEscapeExamples(t *testing.T) {
	tests := map[string]string{
		"# not a heading":      `\# not a heading`,
		"- not a list":         `\- not a list`,
		"1. not a list":        `1\. not a list`,
		"a *b* [c] <d> {#L1}":  `a \*b\* \[c\] \<d> \{#L1\}`,
		"plain text, 3.5% up.": "plain text, 3.5% up.",
	}
	for in, want := range tests {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEscapeInlineInLinkText(t *testing.T) {
	for _, in := range []string{"A ~~b~~ c", "R&D &amp; more", "*x* _y_ [z]", "1. not a list", "# hash", "<tag>", "{#L1}"} {
		if got := render(t, "["+EscapeInline(in)+"](x.md)"); got != in {
			t.Errorf("[%s](x.md) renders as %q, want %q", EscapeInline(in), got, in)
		}
	}
}
