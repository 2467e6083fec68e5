package build

import "testing"

func TestSummarize(t *testing.T) {
	long := "Word " // 5 runes
	var many string
	for range 40 {
		many += long
	}
	tests := []struct{ name, html, want string }{
		{"first paragraph, provenance link dropped", `<h2>H</h2><p id="a">Trade grew &amp; <a class="term" href="/g/" data-definition="x">AI</a> too. <a href="/s/#L1" title="t" class="source-link">source</a></p><p>Second.</p>`, "Trade grew & AI too."},
		{"empty paragraph skipped", `<p><img src="/x.png" alt=""></p><p>Text<sup id="fnref:1"><a href="#fn:1">1</a></sup> here.</p>`, "Text here."},
		{"cut at a word, with an ellipsis", "<p>" + many + "</p>", many[:155] + "…"},
		{"no paragraph", `<ul><li>a</li></ul>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(tt.html)
			if tt.name == "cut at a word, with an ellipsis" {
				if r := []rune(got); len(r) > summaryRunes || r[len(r)-1] != '…' || got[len(got)-len("d…"):] != "d…" {
					t.Errorf("summary = %q (%d runes)", got, len(r))
				}
				return
			}
			if got != tt.want {
				t.Errorf("summary = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOGLocale(t *testing.T) {
	for _, tt := range []struct{ lang, want string }{
		{"en", "en_US"}, {"en-GB", "en_GB"}, {"de", "de_DE"}, {"pt-BR", "pt_BR"}, {"ja", "ja_JP"}, {"", "en_US"}, {"not a tag!", "en_US"},
	} {
		if got := ogLocale(tt.lang); got != tt.want {
			t.Errorf("ogLocale(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}
