package search

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/testutil"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sanctions", "sanction"},
		{"sanctioned", "sanction"},
		{"sanctioning", "sanction"},
		{"countries", "country"},
		{"chips", "chip"},
		{"taxes", "tax"},
		{"policies", "policy"},
		{"classes", "class"},
		{"business", "business"}, // -ss is not a plural
		{"status", "status"},     // -us is not a plural
		{"analysis", "analysis"}, // -is is not a plural
		{"agreed", "agreed"},     // -eed is not a past tense
		{"us", "us"},             // too short to strip
		{"bring", "bring"},       // too short to strip -ing
		{"red", "red"},
	}
	for _, tt := range tests {
		if got := text.SearchStem(tt.in); got != tt.want {
			t.Errorf("text.SearchStem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Sanctions’ bite, 2024", []string{"sanction", "bite", "2024"}},
		{"The US and the EU", []string{"us", "eu"}},
		{"Café résumé", []string{"cafe", "resume"}},
		{"semi-conductor x-ray", []string{"semi", "conductor", "ray"}},
		{"", nil},
		{"  \n\t ", nil},
		{"中国 chips", []string{"中国", "chip"}},
	}
	for _, tt := range tests {
		if got := text.SearchTokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("text.SearchTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var sampleDocs = []Doc{
	{URL: "/economics/#000_abc-L14", Title: "Economics", Section: "Economics", Kind: "passage",
		Text: "Export controls on advanced chips have  cut revenue for suppliers."},
	{URL: "/glossary/brics/", Title: "BRICS", Section: "Glossary", Kind: "term",
		Text: "BRICS: Brazil, Russia, India, China and South Africa."},
	{URL: "/topics/sanctions/", Title: "Sanctions", Section: "Topics", Kind: "topic",
		Text: "Passages on sanctions and their effect on trade."},
	{URL: "/geopolitics/#000_abc-L30", Title: "Geopolitics", Section: "Geopolitics", Kind: "passage",
		Text: "Sanctioned firms sought chips from other countries."},
}

func TestBuildGolden(t *testing.T) {
	got, err := Build(sampleDocs)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "index.golden.json")
	if testutil.Update() {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("index differs from %s (go test -update rewrites it):\n got %s\nwant %s", golden, got, want)
	}
}

func TestBuildIsOrderIndependent(t *testing.T) {
	first, err := Build(sampleDocs)
	if err != nil {
		t.Fatal(err)
	}
	rev := make([]Doc, len(sampleDocs))
	for i, d := range sampleDocs {
		rev[len(rev)-1-i] = d
	}
	second, err := Build(rev)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Errorf("index depends on input order:\n%s\n%s", first, second)
	}
}

func TestBuildPostings(t *testing.T) {
	out, err := Build(sampleDocs)
	if err != nil {
		t.Fatal(err)
	}
	var ix struct {
		V     int
		Docs  []struct{ U, T, K, X string }
		Terms map[string][]int
	}
	if err := json.Unmarshal(out, &ix); err != nil {
		t.Fatal(err)
	}
	if ix.V != Version {
		t.Errorf("version %d, want %d", ix.V, Version)
	}
	urls := func(tok string) []string {
		var u []string
		for _, id := range ix.Terms[tok] {
			u = append(u, ix.Docs[id].U)
		}
		return u
	}
	tests := []struct {
		tok  string
		want []string
	}{
		// Terms first, then topics, then passages (kindRank), each by URL.
		{"sanction", []string{"/topics/sanctions/", "/geopolitics/#000_abc-L30"}},
		{"chip", []string{"/economics/#000_abc-L14", "/geopolitics/#000_abc-L30"}},
		{"bric", []string{"/glossary/brics/"}}, // "BRICS" stems like a plural; queries stem the same way
		{"the", nil},                           // stopword
	}
	for _, tt := range tests {
		if got := urls(tt.tok); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("postings of %q = %q, want %q", tt.tok, got, tt.want)
		}
	}
	if ix.Docs[len(ix.Docs)-1].X != "Sanctioned firms sought chips from other countries." {
		t.Errorf("text not kept or not collapsed: %q", ix.Docs[len(ix.Docs)-1].X)
	}
}

func TestBuildRejectsDocWithoutURL(t *testing.T) {
	if _, err := Build([]Doc{{Title: "Orphan", Kind: "term", Text: "x"}}); err == nil || !strings.Contains(err.Error(), "Orphan") {
		t.Errorf("Build without URL: err = %v, want one naming the document", err)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Sanctions’ bite", "Café", "", "a-b c", "\xff\xfe", "ÀÉÎ 12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range text.SearchTokens(s) {
			if utf8.RuneCountInString(tok) < 1 {
				t.Fatalf("empty token from %q", s)
			}
			if tok != strings.ToLower(tok) {
				t.Fatalf("token %q from %q is not lower case", tok, s)
			}
			if strings.ContainsAny(tok, " \t\n,.;") {
				t.Fatalf("token %q from %q holds a separator", tok, s)
			}
		}
	})
}

// jsPath is static/search.js, which must tokenize exactly as this package
// does, or queries would miss the index.
var jsPath = filepath.Join("..", "..", "..", "static", "search.js")

func node(t *testing.T, script string, input any) []byte {
	t.Helper()
	bin, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: cannot check static/search.js against the Go tokenizer")
	}
	in, _ := json.Marshal(input)
	abs, _ := filepath.Abs(jsPath)
	cmd := exec.Command(bin, "-e", "const s = require("+strconvQuote(abs)+"); const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"+script)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	return out
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

func TestJSTokenizeAgreesWithGo(t *testing.T) {
	inputs := []string{
		"Sanctions’ bite, 2024", "The US and the EU", "Café résumé", "semi-conductor x-ray",
		"countries policies classes business status analysis agreed", "sanctioned sanctioning taxes chips",
		"中国 chips", "Ⅻ ＡＢＣ ﬁne", "naïve coöperation Øresund", "İstanbul ß", "ⅫⅢ ½¾ 𝐀 𝐀𝐁",
		"The U.S.-led bloc", "e.g. J.R.R. Tolkien", "plan B. A start", "e.Start U.S", "Ü.Ö. x.y.z2 a.b",
	}
	out := node(t, "process.stdout.write(JSON.stringify(input.map(s.tokenize)))", inputs)
	var got [][]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for i, in := range inputs {
		want := Tokens(in)
		if len(want) == 0 && len(got[i]) == 0 {
			continue
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("search.js tokenize(%q) = %q, Go Tokens = %q", in, got[i], want)
		}
	}
}

func TestJSSearch(t *testing.T) {
	docs := append(slices.Clone(sampleDocs), Doc{URL: "/us-dominance/#000_abc-L40", Title: "US dominance", Section: "US dominance", Kind: "passage",
		Text: "The U.S. leads in chips."})
	ixJSON, err := Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"sanction", []string{"/topics/sanctions/", "/geopolitics/#000_abc-L30"}},
		{"sanctions chi", []string{"/geopolitics/#000_abc-L30"}}, // last word is a prefix
		{"chips ", []string{"/economics/#000_abc-L14", "/geopolitics/#000_abc-L30", "/us-dominance/#000_abc-L40"}},
		// A typo or two in a longer word still finds it, ranked by where
		// it matches: the topic of that title first.
		{"sanktions", []string{"/topics/sanctions/", "/geopolitics/#000_abc-L30"}},
		{"sanctoins ", []string{"/topics/sanctions/", "/geopolitics/#000_abc-L30"}},
		{"chps ", nil}, // too short to guess at
		// Initialisms: "U.S." is the word "us", in the text and the query.
		{"U.S.", []string{"/us-dominance/#000_abc-L40"}},
		{"US chips", []string{"/us-dominance/#000_abc-L40"}},
		{"bri", []string{"/glossary/brics/"}},
		{"the", nil},
		{"nothing-matches", nil},
	}
	var qs []string
	for _, tt := range tests {
		qs = append(qs, tt.q)
	}
	out := node(t, `const ix = input.ix, keys = Object.keys(ix.terms).sort();
		process.stdout.write(JSON.stringify(input.qs.map(q => s.search(ix, keys, q).map(r => r.d.u))))`,
		map[string]any{"ix": json.RawMessage(ixJSON), "qs": qs})
	var got [][]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for i, tt := range tests {
		if len(tt.want) == 0 && len(got[i]) == 0 {
			continue
		}
		if !reflect.DeepEqual(got[i], tt.want) {
			t.Errorf("search(%q) = %q, want %q", tt.q, got[i], tt.want)
		}
	}
}

func TestJoinInitialisms(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"The U.S.-led bloc", "The US-led bloc"},
		{"e.g. J.R.R. Tolkien", "eg JRR Tolkien"},
		{"plan B. A start", "plan B. A start"},
		{"e.Start U.S", "e.Start US"},
		{"Ü.Ö. and 3.5.", "ÜÖ and 3.5."},
		{"no dots", "no dots"},
	} {
		if got := JoinInitialisms(tt.in); got != tt.want {
			t.Errorf("JoinInitialisms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzJoinInitialisms(f *testing.F) {
	for _, s := range []string{"U.S.", "e.g. J.R.R.", "x.y.z2", "a.", "..", "Ü.Ö.", "\xff.a.b", "plan B. A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := JoinInitialisms(s)
		if len(got) > len(s) {
			t.Fatalf("JoinInitialisms(%q) = %q grew", s, got)
		}
		if again := JoinInitialisms(got); again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
		if strings.ReplaceAll(got, ".", "") != strings.ReplaceAll(s, ".", "") {
			t.Fatalf("JoinInitialisms(%q) = %q changed more than dots", s, got)
		}
	})
}
