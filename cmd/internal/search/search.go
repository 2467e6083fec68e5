// Package search builds the site's offline search index: a compact JSON file
// (search-index.json) that static/search.js fetches and searches as the reader
// types, so that search works on a static host with nothing loaded from
// another site.
//
// The index is an inverted index (stemmed token -> document ids) plus the
// documents themselves, which the script needs to show titles, snippets and
// highlighted matches. Tokenize and Stem here must agree with the functions of
// the same names in static/search.js; search_test.go checks that with node
// when node is installed.
package search

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Doc is one searchable unit of the site: a passage of a section page (with
// the URL of its anchor), a glossary term or a topic page.
type Doc struct {
	URL     string // where a result links to, e.g. "/economics/#000_c04abfce862fae5e-L14"
	Title   string // heading shown for the result
	Section string // the section, term list or topic list it belongs to, shown as context
	Kind    string // "passage", "term" or "topic"; lets the reader see what a result is
	Text    string // plain text that is searched and from which snippets are cut
}

// Version is the format of the index file; search.js refuses other versions
// rather than silently misreading them.
const Version = 1

// index is the JSON shape of search-index.json. Field names are one letter
// because the file is fetched by every reader who searches.
type index struct {
	V     int              `json:"v"`
	Docs  []doc            `json:"docs"`
	Terms map[string][]int `json:"terms"` // encoding/json writes map keys sorted: deterministic
}

type doc struct {
	U string `json:"u"`
	T string `json:"t"`
	S string `json:"s,omitempty"`
	K string `json:"k"`
	X string `json:"x"`
}

// Build returns the JSON search index of docs. The output depends only on the
// set of docs, not on their order: docs are sorted by kind, URL and title, so
// two builds of one site give byte-identical indexes. Docs without a URL are an
// error, since a result that links nowhere is useless.
func Build(docs []Doc) ([]byte, error) {
	sorted := make([]Doc, len(docs))
	copy(sorted, docs)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Kind != b.Kind {
			return kindRank(a.Kind) < kindRank(b.Kind) || (kindRank(a.Kind) == kindRank(b.Kind) && a.Kind < b.Kind)
		}
		if a.URL != b.URL {
			return a.URL < b.URL
		}
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.Text < b.Text
	})
	ix := index{V: Version, Docs: make([]doc, 0, len(sorted)), Terms: map[string][]int{}}
	for id, d := range sorted {
		if d.URL == "" {
			return nil, fmt.Errorf("search: document %q has no URL", d.Title)
		}
		text := collapseSpace(d.Text)
		ix.Docs = append(ix.Docs, doc{U: d.URL, T: collapseSpace(d.Title), S: d.Section, K: d.Kind, X: text})
		seen := map[string]bool{}
		for _, tok := range Tokenize(d.Title + " " + text) {
			if seen[tok] {
				continue
			}
			seen[tok] = true
			ix.Terms[tok] = append(ix.Terms[tok], id) // ids ascend: docs are visited in order
		}
	}
	return json.Marshal(ix)
}

// kindRank orders result kinds so that definitions and topics come before the
// many passages when scores tie in the client (which keeps index order).
func kindRank(k string) int {
	switch k {
	case "term":
		return 0
	case "topic":
		return 1
	case "section":
		return 2
	case "passage":
		return 3
	}
	return 4
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// stopwords are left out of the index: they match nearly every passage, so
// they only make the file bigger. The same list is in search.js.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an and are as at be but by for from has have in is it its
		of on or that the their this to was were will with`) {
		stopwords[w] = true
	}
}

var foldMarks = runes.Remove(runes.In(unicode.Mn))

// Tokenize splits text into the index's tokens: lower-cased, accents removed,
// runs of letters and digits, stemmed; one-letter tokens and stopwords are
// dropped. "Sanctions’ bite, 2024" gives ["sanction", "bite", "2024"].
func Tokenize(text string) []string {
	folded, _, err := transform.String(transform.Chain(norm.NFD, foldMarks), text)
	if err != nil {
		folded = text // invalid UTF-8 passes unfolded; tokens still split on letters
	}
	folded = strings.ToLower(folded)
	var toks []string
	for _, w := range strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		if len([]rune(w)) < 2 || stopwords[w] {
			continue
		}
		toks = append(toks, Stem(w))
	}
	return toks
}

// Stem strips the commonest English inflections, so that "sanctions",
// "sanctioned" and "sanctioning" meet at "sanction". It is deliberately
// light (no Porter rules): over-stemming joins unrelated words, and prefix
// search in the client already catches most remaining variants. Stem expects
// a lower-cased word.
func Stem(w string) string {
	r := []rune(w)
	n := len(r)
	has := func(suffix string) bool { return strings.HasSuffix(w, suffix) }
	switch {
	case n > 4 && has("ies"):
		r = append(r[:n-3], 'y')
	case n > 4 && (has("sses") || has("xes") || has("ches") || has("shes")):
		r = r[:n-2]
	case n > 3 && has("s") && !has("ss") && !has("us") && !has("is"):
		r = r[:n-1]
	}
	w = string(r)
	n = len(r)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		r = r[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		r = r[:n-2]
	}
	return string(r)
}
