package xlink

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
)

// benchPage returns 200 glossary entries and an 800-word page of eight
// paragraphs that mentions some of them, with a heading and a link.
func benchPage() ([]Entry, []byte) {
	r := rand.New(rand.NewSource(1))
	vocab := make([]string, 600)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx%c", i, 'a'+i%26)
	}
	var entries []Entry
	var names []string
	for i := 0; i < 200; i++ {
		var parts []string
		for j := 0; j <= i%3; j++ {
			parts = append(parts, vocab[r.Intn(len(vocab))])
		}
		name := strings.Join(parts, " ")
		if i%10 == 0 {
			name = strings.ToUpper(parts[0])
		}
		names = append(names, name)
		entries = append(entries, Entry{Names: []string{name}, URL: fmt.Sprintf("/glossary/t%d/", i), Definition: "Definition of " + name + "."})
	}
	var b strings.Builder
	b.WriteString("# A heading with " + names[0] + "\n\n")
	for p := 0; p < 8; p++ {
		for w := 0; w < 100; w++ {
			if r.Intn(12) == 0 {
				b.WriteString(names[r.Intn(len(names))])
			} else {
				b.WriteString(vocab[r.Intn(len(vocab))])
			}
			if w%15 == 14 {
				b.WriteString(". ")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString("[a link](/x/).\n\n")
	}
	return entries, []byte(b.String())
}

func benchConvert(b *testing.B, exts ...goldmark.Extender) {
	_, page := benchPage()
	md := goldmark.New(goldmark.WithExtensions(exts...))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		pc := parser.NewContext()
		SetPage(pc, Source{ID: "p.md"})
		if err := md.Convert(page, &buf, parser.WithContext(pc)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConvertPlain is goldmark alone on the 800-word page: the
// baseline for the cost of cross-linking.
func BenchmarkConvertPlain(b *testing.B) { benchConvert(b) }

// BenchmarkConvert200Terms is the same page with 200 glossary terms linked.
func BenchmarkConvert200Terms(b *testing.B) {
	entries, _ := benchPage()
	benchConvert(b, New(WithTerms(entries)))
}

func TestBenchPageLinks(t *testing.T) {
	entries, page := benchPage()
	_, res := convert(t, string(page), Source{}, WithTerms(entries))
	if len(res.Links) < 20 {
		t.Errorf("benchmark page links only %d terms; the benchmark would not measure linking", len(res.Links))
	}
}
