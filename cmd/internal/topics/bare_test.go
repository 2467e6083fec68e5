package topics

import (
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// TestThemeName checks the name of a theme that its words would title by
// a bare common noun: the compound of it that recurs among the theme's
// passages names it; a word of ordinary speech (after an article, or a
// verb) with none, or bound to a phrase that names nothing ("21st
// century") names no theme, unless another of its keywords makes a
// recurring compound; a term written bare, an acronym or a name stays.
func TestThemeName(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		title    string
		keywords []string // nil: the title alone
		want     string
	}{
		{"recurring compound", []string{
			"Traders expect a rate cut in May as the bank watches prices.",
			"The bank held the rate, and a rate cut is now priced for May.",
			"A cut would help borrowers, the bank said.",
		}, "cut", nil, "rate cut"},
		{"compound as modifier", []string{
			"Grid operators say data centres need more power each year.",
			"New data centres opened near the river, using more power.",
			"The data show power demand rising.",
		}, "data", nil, "data centres"},
		{"ordinary speech, no compound", []string{
			"The board said a balance was needed for the economy.",
			"Officials had to balance prices and jobs, the board said.",
			"A balance of risks is possible, the economy permitting.",
		}, "balance", nil, ""},
		{"bound to a numbered phrase", []string{
			"Chips are the oil of the 21st century, the minister said.",
			"Whoever leads in chips leads the 21st century, he added.",
			"Chips shaped the last century too.",
		}, "century", nil, ""},
		{"term written bare", []string{
			"Exports of semiconductors fell after new controls.",
			"Makers of semiconductors asked for relief from controls.",
			"Controls on semiconductors hit makers hardest.",
		}, "semiconductors", nil, "semiconductors"},
		{"another keyword's compound", []string{
			"Drivers want a pay rise, and a town wants a new depot.",
			"The union said a pay rise was due to drivers.",
			"Drivers of a town bus line joined the union.",
		}, "town", []string{"town", "pay", "drivers"}, "pay rise"},
		{"a compound's hyphenated modifier", []string{
			"Markets had wagered on a quarter-point cut, and a rate cut came.",
			"A half-point cut was possible, traders said, but the rate cut was small.",
			"The quarter-point cut was the first since May, and the bank made its point plainly.",
		}, "cut", nil, "rate cut"},
		{"acronym", []string{
			"The RBA held rates on Tuesday.",
			"Economists said the RBA would wait.",
		}, "RBA", nil, "RBA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := corpusOf(tt.texts...)
			kw := tt.keywords
			if kw == nil {
				kw = []string{tt.title}
			}
			th := &theme{title: tt.title, keywords: kw}
			c.match(th)
			if len(th.passages) == 0 {
				t.Fatalf("no passage matches %q", tt.title)
			}
			if got := c.themeName(th, tt.title); got != tt.want {
				st := c.words[text.KeywordStem(tt.title)]
				t.Errorf("themeName(%q) = %q, want %q (stats %+v)", tt.title, got, tt.want, st)
			}
		})
	}
}
