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
		body := collapseSpace(d.Text)
		ix.Docs = append(ix.Docs, doc{U: d.URL, T: collapseSpace(d.Title), S: d.Section, K: d.Kind, X: body})
		seen := map[string]bool{}
		for _, tok := range Tokens(d.Title + " " + body) {
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
