package glossary

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

func TestMatcher(t *testing.T) {
	m := NewMatcher()
	m.Add("AI", 1)
	m.Add("artificial intelligence", 1)
	m.Add("AI Alliance Network", 2)
	m.Add("sanction", 3)
	m.Add("BRICS", 4)
	m.Add("economy", 5)
	m.Add("BRICS-Russia alliance", 6)
	m.Add("US", 7)
	m.Add("People's Union", 8)
	m.Add("Fed", 9)
	tests := []struct {
		text string
		want []string // "id:text"
	}{
		{"AI and artificial  intelligence", []string{"1:AI", "1:artificial  intelligence"}},
		{"Artificial Intelligence matters", []string{"1:Artificial Intelligence"}},
		{"ai is not AI's acronym", []string{"1:AI"}},
		{"the AI Alliance Network grew", []string{"2:AI Alliance Network"}},
		{"the AI Alliance grew", []string{"1:AI"}},
		{"sanctions and Sanction, sanctioned", []string{"3:sanctions", "3:Sanction"}},
		{"BRICS' members, BRICS-Russia alliance, BRICS-Russia", []string{"4:BRICS", "6:BRICS-Russia alliance", "4:BRICS"}},
		{"economies of the economy", []string{"5:economies", "5:economy"}},
		{"us and the US", []string{"7:US"}},
		{"AIs and USAI", []string{"1:AIs"}},
		{"the People’s Union and the People's Union", []string{"8:People’s Union", "8:People's Union"}},
		{"the Fed was fed up", []string{"9:Fed"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, mt := range m.FindAll(tt.text) {
				got = append(got, fmt.Sprintf("%d:%s", mt.ID, tt.text[mt.Start:mt.End]))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindAll(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{"economy": "economies", "day": "days", "tax": "taxes", "match": "matches",
		"sanctions": "sanctions", "class": "classes", "GDP": "GDPs", "network": "networks"} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

// benchTerms makes n distinct terms of one to three words and a page of
// about words words that mentions some of them.
func benchTerms(n, words int) ([]string, string) {
	r := rand.New(rand.NewSource(1))
	vocab := make([]string, 600)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx%c", i, 'a'+i%26)
	}
	var terms []string
	for i := 0; i < n; i++ {
		k := 1 + i%3
		var parts []string
		for j := 0; j < k; j++ {
			parts = append(parts, vocab[r.Intn(len(vocab))])
		}
		if i%10 == 0 {
			parts = []string{strings.ToUpper(parts[0])}
		}
		terms = append(terms, strings.Join(parts, " "))
	}
	var page []string
	for len(page) < words {
		if r.Intn(10) == 0 {
			page = append(page, terms[r.Intn(len(terms))])
		} else {
			page = append(page, vocab[r.Intn(len(vocab))]+",")
		}
	}
	return terms, strings.Join(page, " ")
}

// BenchmarkMatcher200Terms800Words measures one scan of an 800-word page
// for 200 glossary terms, the unit of work of cross-linking one page.
func BenchmarkMatcher200Terms800Words(b *testing.B) {
	terms, page := benchTerms(200, 800)
	m := NewMatcher()
	for i, t := range terms {
		m.Add(t, i)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if len(m.FindAll(page)) == 0 {
			b.Fatal("no match")
		}
	}
}
