package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

// tokens splits text into lower-case words of letters and digits, the unit
// of the F1 measure.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// f1 is the token F1 of got against want, counting tokens as multisets.
func f1(got, want string) (f, p, r float64) {
	g, w := tokens(got), tokens(want)
	if len(g) == 0 || len(w) == 0 {
		return 0, 0, 0
	}
	bag := map[string]int{}
	for _, t := range w {
		bag[t]++
	}
	common := 0
	for _, t := range g {
		if bag[t] > 0 {
			bag[t]--
			common++
		}
	}
	p = float64(common) / float64(len(g))
	r = float64(common) / float64(len(w))
	if common == 0 {
		return 0, p, r
	}
	return 2 * p * r / (p + r), p, r
}

// plain drops the Markdown markup that Markdown adds, so that only the
// kept text is compared.
func plain(md string) string {
	var b strings.Builder
	for _, l := range strings.Split(md, "\n") {
		l = strings.TrimLeft(l, "# ")
		if len(l) > 2 && strings.HasPrefix(l, "*") && strings.HasSuffix(l, "*") {
			l = l[1 : len(l)-1]
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

func testPages(t *testing.T) []string {
	t.Helper()
	all, err := filepath.Glob("testdata/pages/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, p := range all {
		if !strings.HasSuffix(p, ".body.txt") {
			pages = append(pages, p)
		}
	}
	if len(pages) < 8 {
		t.Fatalf("want at least 8 test pages, have %d", len(pages))
	}
	return pages
}

func readDocs(t *testing.T, paths []string) []Doc {
	t.Helper()
	var docs []Doc
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Doc{Path: p, Data: data})
	}
	return docs
}

// TestF1 extracts each test page alone and all of them together, and
// requires a token F1 of at least 0.95 against the hand-made true body.
func TestF1(t *testing.T) {
	pages := testPages(t)
	docs := readDocs(t, pages)
	together, err := Extract(docs)
	if err != nil {
		t.Fatalf("Extract(all pages): %v", err)
	}
	for i, p := range pages {
		want, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".body.txt")
		if err != nil {
			t.Fatal(err)
		}
		alone, err := ExtractOne(p, docs[i].Data)
		if err != nil {
			t.Fatalf("ExtractOne(%s): %v", p, err)
		}
		for _, run := range []struct {
			name string
			a    *Article
		}{{"alone", alone}, {"together", together[i]}} {
			f, prec, rec := f1(plain(run.a.Markdown()), string(want))
			t.Logf("%-28s %-8s F1 %.3f (precision %.3f, recall %.3f)", filepath.Base(p), run.name, f, prec, rec)
			if f < 0.95 {
				t.Errorf("%s (%s): F1 %.3f < 0.95\n%s", p, run.name, f, dumpBlocks(run.a))
			}
		}
	}
}

func dumpBlocks(a *Article) string {
	var b strings.Builder
	for _, bl := range a.Blocks {
		if bl.Reason != "blank run" {
			fmt.Fprintln(&b, "  ", bl)
		}
	}
	return b.String()
}

// TestGolden pins the clean output (Markdown and JSON metadata) of every
// test page. Run with -update after a deliberate change.
func TestGolden(t *testing.T) {
	for _, p := range testPages(t) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ExtractOne(filepath.Base(p), data)
		if err != nil {
			t.Fatal(err)
		}
		js, err := json.MarshalIndent(a.Meta(), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Join("testdata", "golden", a.Name)
		for _, g := range []struct {
			path string
			got  []byte
		}{{base + ".md", []byte(a.Markdown())}, {base + ".json", append(js, '\n')}} {
			if testutil.Update() {
				if err := os.MkdirAll(filepath.Dir(g.path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(g.path, g.got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(g.path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(g.got, want) {
				t.Errorf("%s differs from the output; run go test -update if the change is intended\ngot:\n%s", g.path, g.got)
			}
		}
	}
}

func TestSeedMetadata(t *testing.T) {
	a := mustExtract(t, "page.txt", "Big Title Of The Story Here\n"+
		"A short standfirst line that sums it up\n"+
		"By Jane Doe, Staff Writer\n"+
		"Published March 5, 2024\n"+
		prose(1)+"\n"+"Section Heading\n"+prose(2)+"\n")
	want := Article{Title: "Big Title Of The Story Here", Subtitle: "A short standfirst line that sums it up", Author: "Jane Doe", Role: "Staff Writer", Date: "March 5, 2024"}
	if a.Title != want.Title || a.Subtitle != want.Subtitle || a.Author != want.Author || a.Role != want.Role || a.Date != want.Date {
		t.Errorf("metadata = %q/%q/%q/%q/%q, want %q/%q/%q/%q/%q", a.Title, a.Subtitle, a.Author, a.Role, a.Date, want.Title, want.Subtitle, want.Author, want.Role, want.Date)
	}
	kinds := []Kind{Title, Subtitle, Furniture, Furniture, Paragraph, Heading, Paragraph}
	for i, b := range a.Blocks {
		if b.Kind != kinds[i] {
			t.Errorf("block %d = %v, want kind %s", i, b, kinds[i])
		}
	}
}

// prose returns a distinct paragraph of ordinary news prose.
func prose(n int) string {
	return fmt.Sprintf("The committee met on day %s to discuss the proposal, and its members said that they would publish their findings in the spring after hearing from residents, businesses and the local council about the likely effects on the town.", strings.Repeat("x", n))
}

// closing is a small article with a byline whose last lines are lines.
func closing(lines string) string {
	return "A Title For The Test Page\nBy Jane Doe\n" + prose(1) + "\n" + prose(2) + "\n" + lines + "\n"
}

func mustExtract(t *testing.T, path, text string) *Article {
	t.Helper()
	a, err := ExtractOne(path, []byte(text))
	if err != nil {
		t.Fatalf("ExtractOne: %v", err)
	}
	return a
}

// TestFurniture checks single lines that must be removed, placed between
// two good paragraphs so that only their own text can condemn them.
func TestFurniture(t *testing.T) {
	tests := []struct {
		line   string
		reason Reason
	}{
		{"Last updated:", "date line"},
		{"Updated 3:45 PM EST, Tue March 5, 2024", "date line"},
		{"12 March 2025", "date line"},
		{"By Jane Doe", "byline"},
		{"Edited By", "byline"},
		{"Reporting by Jane Doe; Editing by John Roe", "byline"},
		{"— Reporting by Jane Doe; Editing by John Roe", "byline"},
		{"[image]", "image placeholder"},
		{"[IMG]", "image placeholder"},
		{"Image: a cat on a mat", "image placeholder"},
		{"Photo: Jane Doe/Reuters", "caption"},
		{"Protesters gather outside parliament on Monday. (Getty Images)", "caption"},
		{"Share on Facebook", "share line"},
		{"Tweet", "share line"},
		{"Copy link", "share line"},
		{"Home | News | Sport | Weather", "navigation"},
		{"We use cookies to improve your experience. By continuing you accept our cookie policy.", "cookie notice"},
		{"Sign up for our free newsletter and get the news in your inbox", "newsletter or subscription notice"},
		{"© 2025 Example Media. All rights reserved.", "footer"},
		{"Privacy Policy | Terms", "navigation"},
		{"Advertisement", "advertisement"},
		{"5 min read", "article tools"},
		{"Tags: Politics, Economy", "tags"},
		{"Trends:Harbour vote news", "tags"},
		{"https://example.com/story", "link list"},
		{"Read more: Why prices keep rising", "related list"},
		{"SEE MORE: Harbour strike: 800 crews stay ashore", "related list"},
		{"RELATED STORY | How to send a text by satellite when the phone network is down", "related list"},
		{"Related Ten Harbour Towns Worth a Winter Visit Right Now From Port Ellin to Westmarch, these towns feature among the best places to visit in 2025.", "related list"},
		{"(window.queue = window.queue || []).push(function (q) { q.init({ kind: 1 }); });", "script code"},
		{"harbour-at-dawn_0042.jpg?w=1024", "image placeholder"},
		{"Example Agency/Jane Doe", "caption"},
		{"Please turn off your ad blocker to keep reading.", "ad-blocker notice"},
		{"Jane Doe and John Roe, Example News", "byline"},
		{"Published in Science & Technology News", "tags"},
		{"This story will be updated.", "correction notice"},
		{"54 Posts", "comments"},
		{"Back to Gallery", "navigation"},
		{"jane.doe@example.com", "link list"},
		{"twitter.com/janedoe", "link list"},
		{"New, 6 comments", "navigation"},
		{"Jane Doe, Associated Press", "caption"},
		{"On ExampleGazette.com: Ferry sales plunge nearly 17 percent in August", "related list"},
		{"[Related: Harbour Council Keynote: Quays, Boats And Protesters]", "related list"},
		{"A jogger runs along the quay in this file photo from 2003 as fog hides the harbour, the boats, the old mill and the church on the hill behind the town.", "caption"},
		{"Skip to main content Skip to main navigation Skip to search", "navigation"},
		{"Skip to access and inclusion page Skip to search input", "navigation"},
		{"Skip to content The Harbour Gazette", "navigation"},
		{"Jane Doe / AP / AP Two fishermen mend their nets on the quay at dawn in Port Avel, on Tuesday, March 3, 2025.", "caption"},
		{"Ministers leave the summit hall in Port Avel on Tuesday, March 3, 2025. Jane DOE / AFP", "caption"},
		{"Flood water covers the coast road on Oct. 10, 2024. John Roe/AP Photo", "caption"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			a := mustExtract(t, "p.txt", "A Title For The Test Page\n"+prose(1)+"\n"+tt.line+"\n"+prose(2)+"\n")
			b := a.Blocks[2]
			if b.Kind != Furniture || b.Reason != tt.reason {
				t.Errorf("got %v, want furniture (%s)", b, tt.reason)
			}
		})
	}
}

// TestKept checks lines that look a little like furniture but are body.
func TestKept(t *testing.T) {
	tests := []struct {
		line string
		kind Kind
	}{
		{"Background and Motivation", Heading},
		{"What it means for borrowers", Heading},
		{"By contrast, the opposition said the plan would cost far more than the government had admitted to parliament.", Paragraph},
		{"Published research shows that the effect is small but real, according to several independent reviews of the data.", Paragraph},
		{"\"We are ready,\" he said.", Paragraph},
		{"- Exporters must obtain a licence for any chip above the threshold.", Paragraph},
		{"Publishers say ad blockers cost them millions of pounds a year in lost revenue, the report found.", Paragraph},
		{"Jane Doe, Prime Minister", Heading},
		{"Close to the quay, the council said, the water rose two metres in an hour on Tuesday night.", Paragraph},
		{"54 posts were lost when the harbour office flooded, the council said on Tuesday after the storm.", Paragraph},
		{"Published in the spring, the report found that the harbour had lost a third of its trade in ten years.", Paragraph},
		{"Related to the storm, the closure of the harbour cost the town's fishing crews a week of work in March.", Paragraph},
		{"Skip to the end: the council voted to close the harbour after a long and bitter debate.", Paragraph},
		{"The council said the quay had changed little since it was built, as residents could see in old photos of the town.", Paragraph},
		{"Half the boats, and/or their crews, stayed in port on Tuesday as the storm came ashore near the town.", Paragraph},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			a := mustExtract(t, "p.txt", "A Title For The Test Page\n"+prose(1)+"\n"+tt.line+"\n"+prose(2)+"\n")
			if b := a.Blocks[2]; b.Kind != tt.kind {
				t.Errorf("got %v, want %s", b, tt.kind)
			}
		})
	}
}

func TestRepeatedAcrossDocs(t *testing.T) {
	promo := "Join our community of readers today and never miss a story from our newsroom again."
	a := "First Story Title Here\n" + prose(1) + "\n" + promo + "\n" + prose(2) + "\n"
	b := "Second Story Title Here\n" + prose(3) + "\n" + promo + "\n" + prose(4) + "\n"
	arts, err := Extract([]Doc{{"a.txt", []byte(a)}, {"b.txt", []byte(b)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range arts {
		if blk := art.Blocks[2]; blk.Kind != Furniture || blk.Reason != "repeated block" {
			t.Errorf("%s: promo = %v, want repeated block", art.Path, blk)
		}
	}
	// The same article twice (syndicated copy) keeps its body.
	arts, err = Extract([]Doc{{"a.txt", []byte(a)}, {"a2.txt", []byte(a)}})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(arts[1].Body()); got < 3 {
		t.Errorf("syndicated copy keeps %d body blocks, want at least 3:\n%s", got, dumpBlocks(arts[1]))
	}
	// A list two outlets print (no chrome of one site in common), its
	// items too short to read as reports alone, is the story's text.
	list := "The board named three weaknesses of the harbour:\n- A single firm writes the software of every crane.\n- Updates reached the quay overnight, with no test.\n- Manual control lasted under an hour on each crane.\n"
	c := "First Story Title Here\n" + prose(1) + "\n" + list + prose(2) + "\n"
	d := "Second Story Title Here\n" + prose(3) + "\n" + list + prose(4) + "\n"
	arts, err = Extract([]Doc{{"c.txt", []byte(c)}, {"d.txt", []byte(d)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range arts {
		md := art.Markdown()
		for _, item := range []string{"- A single firm writes", "- Updates reached the quay", "- Manual control lasted"} {
			if !strings.Contains(md, item) {
				t.Errorf("%s: lost the shared list item %q:\n%s", art.Path, item, dumpBlocks(art))
			}
		}
	}
}

func TestCRLF(t *testing.T) {
	lf := "A Title For The Test Page\n" + prose(1) + "\n\nA Heading\n" + prose(2) + "\n"
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	a, b := mustExtract(t, "lf.txt", lf), mustExtract(t, "crlf.txt", crlf)
	if a.Markdown() != b.Markdown() {
		t.Errorf("CRLF changes the output:\n%s\nvs\n%s", a.Markdown(), b.Markdown())
	}
	if len(a.Blocks) != len(b.Blocks) || b.Blocks[len(b.Blocks)-1].Line != 5 {
		t.Errorf("CRLF line numbers differ: %v vs %v", a.Blocks, b.Blocks)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "empty.txt:1: empty file"},
		{"blank", "\n \n\t\n", "blank.txt:1: empty file"},
		{"binary", "Title line\nsecond\x00\x01\x02", "binary.txt:2: binary file"},
		{"invalid utf8", "Title line\nok\nbad \xff byte\n", "invalid utf8.txt:3: invalid UTF-8 (byte 0xff at column 5)"},
		{"invalid utf8 crlf", "Title\r\nok\r\nbad \xc3\r\n", "invalid utf8 crlf.txt:3: invalid UTF-8"},
		{"all furniture", "Home | News | Sport\nShare on Facebook\n[image]\n© 2025 Site. All rights reserved.\n", "all furniture.txt:1: no article text found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ExtractOne(tt.name+".txt", []byte(tt.data))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q, want prefix %q", err, tt.want)
			}
			if len(diag.All(err)) != 1 {
				t.Errorf("error %v is not a diag error", err)
			}
		})
	}
}

// endless yields n bytes of page-like text without holding them.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.n <= 0 {
		return 0, io.EOF
	}
	line := "The same line of text again and again, as a runaway dump would have it.\n"
	k := 0
	for k < len(p) && e.n > 0 {
		c := copy(p[k:], line)
		k += c
		e.n -= int64(c)
	}
	if e.n < 0 {
		k += int(e.n)
		e.n = 0
	}
	return k, nil
}

func TestTooLarge(t *testing.T) {
	// A small cap shows the logic; the real cap is checked against a
	// generated 100 MB stream, of which at most the cap is read.
	if _, err := readDoc("big.txt", &endless{n: 1 << 20}, 1<<16); err == nil || !strings.HasPrefix(err.Error(), "big.txt:1: file is larger than") {
		t.Errorf("small cap: err = %v", err)
	}
	if d, err := readDoc("ok.txt", &endless{n: 1 << 10}, 1<<16); err != nil || len(d.Data) != 1<<10 {
		t.Errorf("under the cap: %d bytes, err %v", len(d.Data), err)
	}
	if testing.Short() {
		t.Skip("skipping the 100 MB stream in -short mode")
	}
	_, err := ReadDoc("huge.txt", &endless{n: 100 << 20})
	if err == nil || !strings.Contains(err.Error(), "huge.txt:1: file is larger than 50 MiB") {
		t.Errorf("100 MB stream: err = %v", err)
	}
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Errorf("%v is not a *diag.Error", err)
	}
}

func TestWrapped(t *testing.T) {
	// A paragraph wrapped at 60 columns is one block; short menu lines are not joined.
	text := "Home\nNews\nSport\n\nA Title For The Wrapped Page\n\n" +
		"The committee met on Tuesday to discuss the proposal, and its\n" +
		"members said that they would publish their findings in the\n" +
		"spring after hearing from residents and businesses in the town.\n\n" +
		"A second paragraph follows here, and it is also wrapped at the\n" +
		"same width because the text-mode browser wraps every paragraph\n" +
		"it renders, which is why the extractor must join the lines.\n"
	a := mustExtract(t, "w.txt", text)
	var paras []Block
	for _, b := range a.Body() {
		if b.Kind == Paragraph {
			paras = append(paras, b)
		}
	}
	if len(paras) != 2 || paras[0].Line != 7 || paras[0].EndLine != 9 || paras[1].Line != 11 || paras[1].EndLine != 13 {
		t.Errorf("paragraphs = %v\n%s", paras, dumpBlocks(a))
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("Title Here Now\nBy Someone\n" + prose(1) + "\nHeading\n" + prose(2)))
	f.Add([]byte("a\r\nb\rc\n\n\n"))
	f.Add([]byte("Home | News\n[image]\n\xff"))
	pages, _ := filepath.Glob("testdata/pages/0[12]*.txt")
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ExtractOne("fuzz.txt", data)
		if err != nil {
			if len(diag.All(err)) == 0 {
				t.Fatalf("error %v is not a diag error", err)
			}
			if a == nil {
				return
			}
		}
		lines := 1 + bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r"))
		prev := 0
		for _, b := range a.Blocks {
			if b.Line < 1 || b.EndLine < b.Line || b.EndLine > lines || b.Line <= prev {
				t.Fatalf("block %v out of range (lines %d, previous end %d)", b, lines, prev)
			}
			prev = b.EndLine
			if b.Kind == "" {
				t.Fatalf("block %v has no kind", b)
			}
		}
		_ = a.Markdown()
	})
}

// BenchmarkExtract shows how extraction time grows with the size of a dump
// (a page of k distinct paragraphs with a promo box every ten): it should
// grow linearly.
func BenchmarkExtract(b *testing.B) {
	for _, k := range []int{100, 1000, 10000} {
		var buf bytes.Buffer
		buf.WriteString("A Title For The Benchmark Page\nBy Jane Doe\n")
		for i := range k {
			fmt.Fprintf(&buf, "Paragraph %s. %s\n", letters(i), prose(i%50))
			if i%10 == 9 {
				buf.WriteString("Subscribe to our newsletter\nGet the best stories in your inbox every week.\n\n\n")
			}
		}
		big := buf.Bytes()
		b.Run(fmt.Sprintf("%dKB", len(big)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(big)))
			for b.Loop() {
				if _, err := ExtractOne("bench.txt", big); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// letters spells i in letters, so that paragraphs differ in more than digits.
func letters(i int) string {
	s := ""
	for {
		s += string(rune('a' + i%26))
		i /= 26
		if i == 0 {
			return s
		}
	}
}

// TestContextual checks furniture that only its page context reveals.
// ctxCase is a page and what the block at one of its lines must be.
type ctxCase struct {
	name string
	text string
	line int // 1-based line of the block under test
	kind Kind
	why  Reason
}

func TestContextual(t *testing.T) {
	body := "The keeper said: \"It was never lonely. There was always something to do, and there was always the sea,\" as he looked out over the harbour where he had worked for most of his life."
	tests := []ctxCase{
		{"pull quote", "A Title For The Test Page\n" + prose(1) + "\n" + body + "\n“It was never lonely. There was always the sea.”\n" + prose(2) + "\n", 4, Furniture, "pull quote"},
		{"contents entry", "A Title For The Test Page\nContents\nFirst Part\nSecond Part\n" + prose(1) + "\nFirst Part\n" + prose(2) + "\nSecond Part\n" + prose(3) + "\n", 3, Furniture, "repeated block"},
		{"contents heading kept", "A Title For The Test Page\nContents\nFirst Part\nSecond Part\n" + prose(1) + "\nFirst Part\n" + prose(2) + "\nSecond Part\n" + prose(3) + "\n", 6, Heading, ""},
		{"last contents entry", "A Title For The Test Page\nContents\nFirst Part\nSecond Part\n" + prose(1) + "\nFirst Part\n" + prose(2) + "\nSecond Part\n" + prose(3) + "\n", 4, Furniture, "repeated block"},
		{"name and role", "A Title For The Test Page\nJane Doe\nSenior Correspondent\n" + prose(1) + "\n", 3, Furniture, "byline"},
		{"name and post with its desk", "Harbour board closes the quay for a week\n\nJane Doe\nBy\nJane Doe\nNews Editor, West Coast\nDown Arrow Button Icon\nMarch 2, 2025, 7:17 PM ET\n" + prose(1) + "\n", 6, Furniture, "byline"},
		{"an icon's label", "Harbour board closes the quay for a week\n\nJane Doe\nBy\nJane Doe\nNews Editor, West Coast\nDown Arrow Button Icon\nMarch 2, 2025, 7:17 PM ET\n" + prose(1) + "\n", 7, Furniture, "navigation"},
		{"headline over a byline's post", "Harbour board closes the quay for a week\n\nJane Doe\nBy\nJane Doe\nNews Editor, West Coast\nDown Arrow Button Icon\nMarch 2, 2025, 7:17 PM ET\n" + prose(1) + "\n", 1, Title, ""},
		{"caption placing the people in its picture", "A Title For The Test Page\nBy Jane Doe\nAna Brel (L), chair of the harbour board, Tomas Wied (C) and Ilse Marr (R), mayor of Port Avel, listen to the pilots speak at the quay on March 2, 2025, in Port Avel.\n" + prose(1) + "\n", 3, Furniture, "caption"},
		{"a party's mark is no caption's", "A Title For The Test Page\n" + prose(1) + "\nNorthland Gov. Ana Brel (R) is defending the state's launch of a campaign with the slogan \u201cSea, we\u2019re on it.\u201d\n" + prose(2) + "\n", 3, Paragraph, ""},
		{"a caption closing on a photographer's credit in brackets", "A Title For The Test Page\n" + prose(1) + "\nVoters outside a polling station in central Tolby on Sunday as part of a noon protest. (Jane Doe/Example Radio)\n" + prose(2) + "\n", 3, Furniture, "caption"},
		{"a developing story's note", "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nThis is a developing story and will be updated.\n", 4, Furniture, "correction notice"},
		{"related list item", "A Title For The Test Page\n" + prose(1) + "\nRelated articles\nWhy prices keep rising this year\nFive charts on inflation\n", 4, Furniture, "related list"},
		{"menu run", "Home\nNews\nSport\nWeather\nA Title For The Test Page\n" + prose(1) + "\n", 2, Furniture, "navigation"},
		{"long paragraph twice: first kept", "A Title For The Test Page\n" + prose(1) + "\n" + prose(9) + "\n" + prose(2) + "\n" + prose(9) + "\n" + prose(3) + "\n", 3, Paragraph, ""},
		{"long paragraph twice: second dropped", "A Title For The Test Page\n" + prose(1) + "\n" + prose(9) + "\n" + prose(2) + "\n" + prose(9) + "\n" + prose(3) + "\n", 5, Furniture, "repeated block"},
		{"short paragraph twice: both dropped", "A Title For The Test Page\n" + prose(1) + "\nIt was, he said, the best of times.\n" + prose(2) + "\nIt was, he said, the best of times.\n" + prose(3) + "\n", 3, Furniture, "repeated block"},
		{"headline repeated in a most-read list", "Home\nNews\nSport\nCouncil votes to close three branch libraries\nBy Jane Doe\n" + prose(1) + "\n" + prose(2) + "\nMost read\nCouncil votes to close three branch libraries\nRoadworks close the high street for a week\n", 4, Title, ""},
		{"paragraph under a credit line", "A Title For The Test Page\n" + prose(1) + "\nGetty Images\n" + prose(2) + "\n" + prose(3) + "\n", 4, Paragraph, ""},
		{"headline with a promo word", "Shoppers trade up to premium ranges as profits jump\nBy Jane Doe\n" + prose(1) + "\n", 1, Title, ""},
		{"credit byline: headline kept", "[1]Site\nThe long road north through the winter mountains\nA short standfirst about the journey and what it shows.\nWords and photographs by [12]Jane Doe\n" + prose(1) + "\n", 2, Title, ""},
		{"credit byline", "[1]Site\nThe long road north through the winter mountains\nA short standfirst about the journey and what it shows.\nStory and photos by Jane Doe\n" + prose(1) + "\n", 4, Furniture, "byline"},
		{"headline with by is not a byline", "Museum bought by Elon Musk\nBy Jane Doe\n" + prose(1) + "\n", 1, Title, ""},
		{"disclosure under the byline", "A Title For The Test Page\nBy Jane Doe\nThis guide contains links to partners. If you buy through them we are paid, which keeps the site free.\n" + prose(1) + "\n", 3, Furniture, "disclosure notice"},
		{"standfirst under byline and date", "A Title For The Test Page\nJane Doe\n4 March 2025\nWhen the branch closes, the need does not go away. It moves to the clinic and the hospital ward\n" + prose(1) + "\n", 4, Subtitle, ""},
		{"standfirst under byline after a subtitle kept", "A Series Name For The Column\nA Title For The Test Page\nBy Jane Doe\n4 March 2025\nWhen the branch closes, the need does not go away. It moves to the clinic and the hospital ward\n" + prose(1) + "\n", 5, Paragraph, ""},
		{"lead photo caption under the byline", "A Title For The Test Page\nA short standfirst about the closure and what it means.\nBy Jane Doe\nResidents queue outside the branch on its last morning of trading\n" + prose(1) + "\n", 4, Furniture, "caption"},
		{"sentence list near the footer", "A Title For The Test Page\n" + prose(1) + "\n[IMG]\nThe harbour at dawn. © Jane Doe\nPractical tips for a visit\nIf you plan to make the trip, a few things are worth knowing:\n* Book the early boat if you want to see the islands in daylight, as later boats arrive after dark.\n* Bring warm clothing because the wind on the quay can be much colder than in the town.\n[2]Book tickets | [3]Compare hotels\nShare this story: [4]Facebook [5]Email\nCopyright © 2025 Site. All rights reserved.\n", 8, Paragraph, ""},
		{"heading over a list lead-in", "A Title For The Test Page\n" + prose(1) + "\nPractical tips for a visit\nIf you plan to make the trip, a few things are worth knowing:\n* Book the early boat if you want to see the islands in daylight, as later boats arrive after dark.\n* Bring warm clothing because the wind on the quay can be much colder than in the town.\nCopyright © 2025 Site. All rights reserved.\n", 3, Heading, ""},
		{"list lead-in kept", "A Title For The Test Page\n" + prose(1) + "\nPractical tips for a visit\nIf you plan to make the trip, a few things are worth knowing:\n* Book the early boat if you want to see the islands in daylight, as later boats arrive after dark.\n* Bring warm clothing because the wind on the quay can be much colder than in the town.\nCopyright © 2025 Site. All rights reserved.\n", 4, Paragraph, ""},
		{"comment section", "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n3 thoughts on “A Title For The Test Page”\n1. Tom Beckett says:\nMarch 2, 2025 at 9:14 am\nGreat write-up, and I did almost exactly the same thing last year with my own server at home.\n2. Priya says:\nMarch 3, 2025 at 7:41 pm\nHow are you handling backups of the machine itself, now that everything sits on one drive?\n", 7, Furniture, "comments"},
		{"interview answers are not comments", "A Title For The Test Page\n" + prose(1) + "\nJane Doe said:\n" + prose(2) + "\nJohn Roe replied:\n" + prose(3) + "\n", 6, Paragraph, ""},
		{"drop cap joins its paragraph", "A Title For The Test Page\nBy Jane Doe\nT\nhe last keeper climbed the steps of the old lighthouse every night for eleven years, and he counted each of them out loud as he went.\n" + prose(2) + "\n", 3, Paragraph, ""},
		{"advert speaking to the reader of something else", "A Title For The Test Page\n" + prose(1) + "\nTravelling with your pets this summer? Don’t forget to get your Example Travelcard for discounted kennel stays.\n" + prose(2) + "\n" + prose(3) + "\n", 3, Furniture, "advertisement"},
		{"embed credit line", "A Title For The Test Page\n" + prose(1) + "\nvia Harbour Board/X\n" + prose(2) + "\n", 3, Furniture, "caption"},
		{"question over its answer heads it", "A Title For The Test Page\n" + prose(1) + "\nWhich ferries have stopped sailing?\n" + prose(2) + "\n" + prose(3) + "\n", 3, Heading, ""},
		{"signpost to the live blog", "A Title For The Test Page\n" + prose(1) + "\nOur live blog below follows the closure of the harbour as it happens through the week.\n" + prose(2) + "\n", 3, Furniture, "signpost to the page"},
		{"here's a look signpost", "A Title For The Test Page\n" + prose(1) + "\nHere’s a close look at the ferries that will not sail this week.\n" + prose(2) + "\n", 3, Furniture, "signpost to the page"},
		{"below in a report is no signpost", "A Title For The Test Page\n" + prose(1) + "\nDivers found a crack below the harbour wall on Monday, and this story of the old wall is not over, the board said.\n" + prose(2) + "\n", 3, Paragraph, ""},
		{"follow on Google News", "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nFollow us on Google News for more updates.\n" + prose(3) + "\n", 4, Furniture, "share line"},
		{"agency inputs credit", "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n(With inputs from agencies)\n", 4, Furniture, "byline"},
		{"wire feed notice", "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nThis story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.\n", 4, Furniture, "disclosure notice"},
		{"imperative subscribe call", "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nThis article appeared in the April issue. Subscribe to read every issue in print and online.\n", 4, Furniture, "newsletter or subscription notice"},
		{"news of a service's subscription is no promo", "A Title For The Test Page\n" + prose(1) + "\nThe streaming service now lets you play its radio stations free, and listeners without a paid subscription can now skip six songs an hour.\n" + prose(2) + "\n", 3, Paragraph, ""},
		{"newsletter promo in a long sentence", "A Title For The Test Page\n" + prose(1) + "\nIf you want more stories like this one, you can sign up for the free morning newsletter and get every update on the harbour works now.\n" + prose(2) + "\n", 3, Furniture, "newsletter or subscription notice"},
		{"agency photo caption with its desk marks", "A Title For The Test Page\n" + prose(1) + "\nTOPSHOT – This photo taken by the Harbour News Agency on May 3, 2025 shows a damaged pier in Tolby, after a storm hit the coast. A strong storm hit the coast of Northland on the morning of May 3, closing every ferry and prompting flood warnings for the low-lying towns of the estuary as well as parts of the southern islands and the coast beyond the cape. (Photo by HNA / AFP) / Tolby OUT RESTRICTED TO EDITORIAL USE ORIG FILE ID: 1234567\n" + prose(2) + "\n", 3, Furniture, "caption"},
		{"agency caption opening with place and date", "A Title For The Test Page\n" + prose(1) + "\nTOLBY, NORTHLAND - MAY 3: A sign shows the harbour cargo area outside the port after the storm broke the sea wall on May 3, 2025 in Tolby, Northland.\n" + prose(2) + "\n", 3, Furniture, "caption"},
		{"caption closed by a screenshot credit", "A Title For The Test Page\n" + prose(1) + "\nSafe arrival. The first ferry reaches the pier just minutes after the storm passed. | Screenshot from the harbour board's live broadcast\n" + prose(2) + "\n", 3, Furniture, "caption"},
		{"sign-up box read as one block", "A Title For The Test Page\n" + prose(1) + "\nNEW LOOK Sign up to get the inside scoop on the harbour's biggest stories, delivered daily. Read preview Thanks for signing up! Access your favourite topics on the go. Email address Sign up By clicking Sign Up, you accept our Terms of Service and Privacy Policy. You can opt-out at any time.\n" + prose(2) + "\n", 3, Furniture, "newsletter or subscription notice"},
		{"a report on terms of service is no sign-up box", "A Title For The Test Page\n" + prose(1) + "\nRegulators said the ferry company's new terms of service and privacy policy let it sell passengers' data, and ordered it to rewrite both by June.\n" + prose(2) + "\n", 3, Paragraph, ""},
		{"call to the outlet's other coverage", "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n– Find more of the Herald's coverage of the storm at https://herald.example.com/storm.\n", 4, Furniture, "reader call to action"},
		{"the one card under a bare Related label", "A Title For The Test Page\n" + prose(1) + "\nRelated\nHarbour wall collapse live updates: six divers missing after the storm\n" + prose(2) + "\n" + prose(3) + "\n", 4, Furniture, "related list"},
		{"a video's promo line", "A Title For The Test Page\n" + prose(1) + "\nWatch again: the ferry reaches Port Avel after the storm\n" + prose(2) + "\n", 3, Furniture, "caption"},
		{"a video's signpost", "A Title For The Test Page\n" + prose(1) + "\nHere is the moment that the harbour crane lifted the last ferry out of the water.\n" + prose(2) + "\n", 3, Furniture, "signpost to the page"},
		{"the moment in a report is no signpost", "A Title For The Test Page\n" + prose(1) + "\nThis is the moment the harbour has waited for since the storm, the mayor of Port Avel told the crowd on Monday.\n" + prose(2) + "\n", 3, Paragraph, ""},
		{"an affiliate notice in other words", "A Title For The Test Page\n" + prose(1) + "\nJust a heads up, if you buy something through our links, we may get a small share of the sale. It's one of the ways we keep the lights on here.\n" + prose(2) + "\n", 3, Furniture, "disclosure notice"},
		{"a report on shopping links is no notice", "A Title For The Test Page\n" + prose(1) + "\nRegulators in Tolby found that shoppers who buy through the links of price sites paid a tenth more, and fined two of them on Monday.\n" + prose(2) + "\n", 3, Paragraph, ""},
		{"calls to visit web addresses for more", "A Title For The Test Page\n" + prose(1) + "\nFor the latest on the floods along the coast visit floods.example.gov. For Tolby County visit tolby.example.gov/alerts or harbour.example.org/news.\n" + prose(2) + "\n", 3, Furniture, "reader call to action"},
		{"a report that names a web address", "A Title For The Test Page\n" + prose(1) + "\nFor years the council sent flood warnings only by post, but residents can now see them at floods.example.gov, the mayor said on Monday.\n" + prose(2) + "\n", 3, Paragraph, ""},
		{"a caption keeps its agency credit", "A Title For The Test Page\n" + prose(1) + "\nThe border check point near the harbour gate of Port Avel, Norland. (AP)\n" + prose(2) + "\n", 3, Furniture, "caption"},
		{"an agency's caption under its credit", "A Title For The Test Page\n" + prose(1) + "\n(Photo : Photo by Jane Doe/Getty Images)\nA tired Mayor Lena Ortiz walks out of the town hall at the end of the harbour vote on May 30, 2024 in Port Avel, Norland, after losing by two votes.\n" + prose(2) + "\n", 4, Furniture, "caption"},
		{"a paragraph under a credit that dates no picture", "A Title For The Test Page\n" + prose(1) + "\n(Photo : Photo by Jane Doe/Getty Images)\nMayor Lena Ortiz lost the harbour vote by two votes on Thursday, and said she would call for a recount before the end of the month.\n" + prose(2) + "\n", 4, Paragraph, ""},
		{"reader appeal", "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n… we have a small favour to ask. Millions of readers turn to us for news that is free to read. If you can, please consider supporting us today.\n", 4, Furniture, "newsletter or subscription notice"},
	}
	// Lines between two paragraphs (page) and lines that close an article
	// under a byline (closing): only the lines differ.
	type around struct {
		build       func(string) string
		name, lines string
		line        int
		kind        Kind
		why         Reason
	}
	for _, r := range []around{
		{page, "caption under a credit line", "Getty Images\nShoppers in the city centre on the first day of the sales", 4, Furniture, "caption"},
		{page, "caption between image and credit", "[IMG]\nThe chain now holds a larger share of the market\nCredit: Jane Doe/Bloomberg", 4, Furniture, "caption"},
		{page, "fact box", "Venue: Town Hall, Leeds\nTickets: £16 (concessions £12)", 4, Furniture, "fact box"},
		{page, "bulleted sentences", "The results included:\n* Profit rose 18% to £612m, ahead of forecasts.\n* Group sales increased 5.1% to £11.4bn.\n* Online sales grew 12% in the half.", 4, Paragraph, ""},
		{page, "inline read-more question", "Read more: How does inflation affect my savings?", 3, Furniture, "related list"},
		{page, "affiliate disclosure anywhere", "This article contains affiliate links, and we may earn a small commission if you buy.", 3, Furniture, "disclosure notice"},
		{page, "follow a handle", "Follow @janedoe on X", 3, Furniture, "share line"},
		{page, "follow as a heading kept", "Follow the money", 3, Heading, ""},
		{page, "photo credit caption", "[IMG]\nSnow fences near the pass. © Jane Doe", 4, Furniture, "caption"},
		{page, "caption right under an image", "[IMG]\nThe new server next to the old tower.\n", 4, Furniture, "caption"},
		{page, "section-break ornament", "* * *", 3, Furniture, "ornament"},
		{page, "related links header is no byline", "Related Links\n- Harbour Authority Website", 3, Furniture, "related list"},
		{closing, "trip disclosure under the article", "Jane Doe travelled as a guest of the regional tourist board.\nShare this story", 5, Furniture, "disclosure notice"},
		{closing, "author bio under the article kept", "Jane Doe is a former adviser to the Commission on transport policy.", 5, Paragraph, ""},
		{closing, "author bio as a sentence kept", "Jane Doe is a writer based in Leeds. Her first book is out in May.", 5, Paragraph, ""},
		{closing, "tagline author bio", "Jane Doe is a Herald columnist who writes about schools, transport and the life of the market towns of the north\nGot a view on this? If you would like to send us a letter of up to 200 words, please click here.", 5, Furniture, "author bio"},
		{closing, "tagline bio of someone else kept", "John Roe is a Herald columnist who writes about schools, transport and the life of the market towns of the north\nGot a view on this? If you would like to send us a letter of up to 200 words, please click here.", 5, Paragraph, ""},
		{closing, "follow the author", "Follow Jane Doe", 5, Furniture, "share line"},
		{closing, "reader call to write in", "Got a view on this? If you would like to send us a letter of up to 200 words, please click here.", 5, Furniture, "reader call to action"},
		{closing, "closing advice to the reader kept", "If your boiler is more than fifteen years old, it is worth asking an engineer whether a repair still makes sense.", 5, Paragraph, ""},
	} {
		tests = append(tests, ctxCase{r.name, r.build(r.lines), r.line, r.kind, r.why})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, "p.txt", tt.text)
			for _, b := range a.Blocks {
				if b.Line == tt.line {
					if b.Kind != tt.kind || b.Reason != tt.why {
						t.Errorf("got %v, want %s (%s)\n%s", b, tt.kind, tt.why, dumpBlocks(a))
					}
					return
				}
			}
			t.Fatalf("no block at line %d", tt.line)
		})
	}
}

// TestReadFileRefusesNonRegular: a FIFO named like a seed is refused with
// its name; opening it would wait for a writer forever.
func TestReadFileRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	for _, p := range []string{fifo, dir} {
		done := make(chan error, 1)
		go func() { _, err := ReadFile(p); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), p+": not a regular file") {
				t.Errorf("ReadFile(%s) = %v, want a not-a-regular-file error", p, err)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("ReadFile(%s) hangs", p)
		}
	}
}

func TestWithoutDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BRUSSELS, May 21 — The council approved the law on Tuesday.", "The council approved the law on Tuesday."},
		{"PORT AVEL, Norland, 3 March – Ferries stopped running at noon today.", "Ferries stopped running at noon today."},
		{"LONDON, Jan. 5, 2025 -- Prices rose for a third month running.", "Prices rose for a third month running."},
		{"NATO, the alliance, said on Monday it would meet.", "NATO, the alliance, said on Monday it would meet."}, // no date
		{"BRUSSELS, May 21 — Approved.", "BRUSSELS, May 21 — Approved."},                                           // nothing left to read
		{"The council met in BRUSSELS, May 21 — late.", "The council met in BRUSSELS, May 21 — late."},
	}
	for _, tt := range tests {
		if got := WithoutDateline(tt.in); got != tt.want {
			t.Errorf("WithoutDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A wire paragraph two outlets print word for word is article text in
// both (import's dedup merges the copies, crediting both); the same
// paragraph on two pages of one site, which share its menu, is that site's
// boilerplate. A promo shared by two outlets stays furniture (it speaks to
// the reader).
func TestSyndicatedParagraph(t *testing.T) {
	wire := "The storm was centred about 90 kilometres south of Port Aldren on Thursday, with winds of 150 km/h, the weather office said."
	promo := "Join our community of readers today and never miss a story from our newsroom again."
	menu := "Home | World | Business | Sport | Weather"
	tests := []struct {
		name       string
		a, b       string
		line       int // of the shared block in both dumps
		furniture  bool
		wantReason Reason
	}{
		{"two outlets, one wire paragraph",
			"Storm nears the coast of Velmora\nResidents of the southern coast were told to leave their homes on Thursday morning.\n" + wire + "\n" + prose(1) + "\n",
			"Velmora braces for the storm\nSchools and ports across the south closed on Thursday as the storm approached.\n" + wire + "\n" + prose(2) + "\n",
			3, false, ""},
		{"one site's pages, a paragraph under a shared menu",
			menu + "\nStorm nears the coast of Velmora\n" + prose(1) + "\n" + wire + "\n",
			menu + "\nBudget talks resume in the capital\n" + prose(2) + "\n" + wire + "\n",
			4, true, RepeatedBlock},
		{"two outlets, one wire explainer with its question sub-heads",
			"Storm nears the coast of Velmora\n" + wire + "\nHere is what we know so far.\nWhat happened?\n" + prose(1) + "\nWhat caused the flooding?\n" + prose(3) + "\n",
			"Velmora braces for the storm\n" + wire + "\nHere is what we know so far.\nWhat happened?\n" + prose(2) + "\nWhat caused the flooding?\n" + prose(4) + "\n",
			2, false, ""},
		{"two outlets, one wire paragraph quoting a speaker's we",
			"Storm nears the coast of Velmora\nResidents of the southern coast were told to leave their homes on Thursday morning.\n“We are seriously concerned by what we are seeing on the coast,” a spokesman for the Velmora weather office said on Thursday.\n" + prose(1) + "\n",
			"Velmora braces for the storm\nSchools and ports across the south closed on Thursday as the storm approached.\n“We are seriously concerned by what we are seeing on the coast,” a spokesman for the Velmora weather office said on Thursday.\n" + prose(2) + "\n",
			3, false, ""},
		{"two outlets, one promo",
			"Storm nears the coast of Velmora\n" + prose(1) + "\n" + promo + "\n" + prose(3) + "\n",
			"Velmora braces for the storm\n" + prose(2) + "\n" + promo + "\n" + prose(4) + "\n",
			3, true, RepeatedBlock},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Extract([]Doc{{"a.txt", []byte(tt.a)}, {"b.txt", []byte(tt.b)}})
			if err != nil {
				t.Fatal(err)
			}
			for _, art := range arts {
				var blk Block
				for _, b := range art.Blocks {
					if b.Line == tt.line {
						blk = b
					}
				}
				if got := blk.Kind == Furniture; got != tt.furniture || got && blk.Reason != tt.wantReason {
					t.Errorf("%s: line %d = %v, want furniture %v (%s):\n%s", art.Path, tt.line, blk, tt.furniture, tt.wantReason, dumpBlocks(art))
				}
			}
		})
	}
}
