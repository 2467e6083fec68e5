package search

import (
	"reflect"
	"strings"
	"testing"
)

func TestPassages(t *testing.T) {
	html := `<h2 id="trade-tariffs">Trade &amp; tariffs</h2>
<p>Intro without an id.</p>
<p id="000_seed-L3">A claim with a footnote.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup> <a href="/sources/000_seed/#L3" class="source-link">source</a></p>
<ul><li><input checked="" disabled="" type="checkbox"> counted</li></ul>
<p id="000_seed-L9">Second&nbsp;claim,<br>on <em>two</em> lines.</p>
<h3 id="empty"></h3>`
	got := Passages("/economics/", "Economics", "Economics", []byte(html))
	want := []Doc{
		{URL: "/economics/#trade-tariffs", Title: "Economics › Trade & tariffs", Section: "Economics", Kind: "passage", Text: "Intro without an id."},
		{URL: "/economics/#000_seed-L3", Title: "Economics › Trade & tariffs", Section: "Economics", Kind: "passage", Text: "A claim with a footnote."},
		{URL: "/economics/#000_seed-L9", Title: "Economics › Trade & tariffs", Section: "Economics", Kind: "passage", Text: "Second claim, on two lines."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Passages =\n%q\nwant\n%q", got, want)
	}
	if got := Passages("/x/", "X", "", []byte(`<p>Before any heading</p>`)); len(got) != 1 || got[0].URL != "/x/" || got[0].Title != "X" {
		t.Errorf("paragraph before headings: %+v", got)
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p>BRICS is a group.</p><p>Of <a href="/x/">five</a> members.<sup>1</sup></p>`, "BRICS is a group. Of five members."},
		{`<ul><li>one</li><li>two</li></ul>`, "one two"},
		{`<p>see <a class="source-link" href="/s/">source</a></p>`, "see"},
		{`<p>A claim. <a class="source-link" href="/s/a/">RT</a>, <a class="source-link" href="/s/b/">The Paper</a></p><p>Next, one.</p>`, "A claim. Next, one."},
		{`<p>broken <b>markup`, "broken markup"},
		{``, ""},
	}
	for _, tt := range tests {
		if got := PlainText([]byte(tt.in)); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzPassages(f *testing.F) {
	for _, s := range []string{`<h2 id="a">A</h2><p id="b">text</p>`, `<p>x<p>y`, `<sup><p>z</p>`, `</p></h2>&bogus;`, `<h2><p id="q">in</p></h2>`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, html string) {
		for _, d := range Passages("/page/", "Page", "S", []byte(html)) {
			if !strings.HasPrefix(d.URL, "/page/") || d.Text == "" || d.Text != strings.TrimSpace(d.Text) {
				t.Fatalf("bad passage %+v from %q", d, html)
			}
		}
		PlainText([]byte(html))
	})
}
