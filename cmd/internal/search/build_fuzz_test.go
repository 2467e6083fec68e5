package search

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
)

// FuzzBuild: for any documents, Build either refuses one without a URL or
// writes valid JSON of the current version that holds every document once,
// whose term lists name existing documents in ascending order, and that
// does not depend on the order of the input.
func FuzzBuild(f *testing.F) {
	f.Add("/economics/#p1", "Economics", "Trade & tariffs: 40 %", "/glossary/brics/", "BRICS", "BRICS is a group.")
	f.Add("", "no URL", "x", "/a/", "A", "")
	f.Add("/a/\u2028", "<script>", "\"quoted\" \\ back\x00slash", "/a/", "<script>", "caf\u00e9 \xff")
	f.Fuzz(func(t *testing.T, u1, t1, x1, u2, t2, x2 string) {
		docs := []Doc{
			{URL: u1, Title: t1, Section: "S", Kind: "passage", Text: x1},
			{URL: u2, Title: t2, Section: "Glossary", Kind: "term", Text: x2},
		}
		out, err := Build(docs)
		if u1 == "" || u2 == "" {
			if err == nil {
				t.Fatal("a document without a URL was indexed")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		var ix index
		if err := json.Unmarshal(out, &ix); err != nil {
			t.Fatalf("index is not JSON: %v\n%s", err, out)
		}
		if ix.V != Version || len(ix.Docs) != len(docs) {
			t.Fatalf("index has version %d and %d docs, want %d and %d", ix.V, len(ix.Docs), Version, len(docs))
		}
		for tok, ids := range ix.Terms {
			if !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != len(ids) {
				t.Fatalf("term %q lists %v: not ascending and unique", tok, ids)
			}
			for _, id := range ids {
				if id < 0 || id >= len(ix.Docs) {
					t.Fatalf("term %q names document %d of %d", tok, id, len(ix.Docs))
				}
			}
		}
		again, err := Build([]Doc{docs[1], docs[0]})
		if err != nil || !bytes.Equal(out, again) {
			t.Fatalf("index depends on the order of the documents")
		}
	})
}
