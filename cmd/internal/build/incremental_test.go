package build

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// editSite is a generated site for random edit sequences: sections citing
// sources, source pages linking to each other (with anchors), glossary
// terms the text mentions, topics whose keywords find passages.
type editSite struct {
	dir   string
	r     *rand.Rand
	words []string
	pages []string // content-relative .md paths of source pages
	terms []string
	next  int
}

func newEditSite(t *testing.T, seed int64, n int) *editSite {
	s := &editSite{dir: t.TempDir(), r: rand.New(rand.NewSource(seed)),
		words: strings.Fields("alliance technology sanctions economy workforce semiconductor governance standards research investment partnership innovation policy market capacity")}
	s.write(t, "content/_index.md", "---\ntitle: Edits\nbaseURL: https://example.org/\n---\n\nThe lead mentions the tariff.\n")
	for i := 0; i < n; i++ {
		s.addPage(t)
	}
	for i, name := range []string{"tariff", "quota", "embargo", "subsidy"} {
		rel := "glossary/" + name + ".md"
		s.terms = append(s.terms, rel)
		s.write(t, "content/"+rel, fmt.Sprintf("---\nterm: %s\n---\n\nA %s is a measure number %d.\n", name, name, i))
	}
	for _, k := range []string{"technology", "sanctions", "market"} {
		s.write(t, "content/topics/"+k+".md", fmt.Sprintf("---\ntitle: %s\nkeywords: [%s]\n---\n", strings.ToUpper(k[:1])+k[1:], k))
	}
	for i, sec := range []string{"background", "economics", "geopolitics"} {
		s.write(t, "content/"+sec+".md", s.section(sec, i+1))
	}
	return s
}

func (s *editSite) write(t *testing.T, rel, data string) {
	writeFile(t, filepath.Join(s.dir, filepath.FromSlash(rel)), data)
}

func (s *editSite) sentence() string {
	w := make([]string, 6+s.r.Intn(8))
	for i := range w {
		w[i] = s.words[s.r.Intn(len(s.words))]
	}
	if s.r.Intn(3) == 0 {
		w[1] = []string{"tariff", "quota", "embargo", "subsidy"}[s.r.Intn(4)]
	}
	return strings.ToUpper(w[0][:1]) + strings.Join(w, " ")[1:] + "."
}

// link is a Markdown link from a page in dir to a random existing source page.
func (s *editSite) link() string {
	to := s.pages[s.r.Intn(len(s.pages))]
	anchor := ""
	if s.r.Intn(2) == 0 {
		anchor = "#L3"
	}
	return fmt.Sprintf("[more](../%s%s)", to, anchor)
}

func (s *editSite) body() string {
	var b strings.Builder
	for p := 0; p < 3; p++ {
		b.WriteString(s.sentence() + " " + s.sentence())
		if p == 1 && len(s.pages) > 1 {
			b.WriteString(" See " + s.link() + ".")
		}
		if p == 2 && s.next > 0 {
			// A wiki-link by title: a title edit moves or breaks it.
			fmt.Fprintf(&b, " Compare [[Page %d]].", 1+s.r.Intn(s.next))
		}
		if p == 0 {
			b.WriteString(" {#L3}")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func (s *editSite) pageText(title string) string {
	return fmt.Sprintf("---\ntitle: %q\ndate: 2026-01-%02dT10:00:00Z\n---\n\n%s", title, 1+s.r.Intn(28), s.body())
}

func (s *editSite) addPage(t *testing.T) string {
	rel := fmt.Sprintf("%s/page-%03d.md", []string{"sources", "notes"}[s.next%2], s.next)
	s.next++
	s.pages = append(s.pages, rel)
	s.write(t, "content/"+rel, s.pageText(fmt.Sprintf("Page %d", s.next)))
	return "content/" + rel
}

func (s *editSite) section(name string, weight int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\nweight: %d\n---\n\n", strings.ToUpper(name[:1])+name[1:], weight)
	for i := 0; i < 4; i++ {
		src := s.pages[s.r.Intn(len(s.pages))]
		fmt.Fprintf(&b, "%s %s [source](%s#L3)\n\n", s.sentence(), s.sentence(), src)
	}
	return b.String()
}

// edit makes one random change and returns the source-relative paths changed.
func (s *editSite) edit(t *testing.T) (string, []string) {
	pick := func() string { return s.pages[s.r.Intn(len(s.pages))] }
	switch k := s.r.Intn(10); k {
	case 0, 1, 2: // a body edit
		rel := pick()
		data, _ := os.ReadFile(filepath.Join(s.dir, "content", rel))
		s.write(t, "content/"+rel, string(data)+s.sentence()+"\n")
		return "body " + rel, []string{"content/" + rel}
	case 3: // a title edit: of the title only, or with a new date and body
		rel := pick()
		if s.r.Intn(2) == 0 {
			return "retitle " + rel, s.retitle(t, rel, fmt.Sprintf("Retitled %d", s.r.Intn(1000)))
		}
		s.write(t, "content/"+rel, s.pageText(fmt.Sprintf("Retitled %d", s.r.Intn(1000))))
		return "title " + rel, []string{"content/" + rel}
	case 4: // a new page
		rel := s.addPage(t)
		return "new " + rel, []string{rel}
	case 5: // a deleted page (links to it break, in both builds alike)
		i := s.r.Intn(len(s.pages))
		rel := s.pages[i]
		s.pages = append(s.pages[:i], s.pages[i+1:]...)
		os.Remove(filepath.Join(s.dir, "content", rel))
		return "delete " + rel, []string{"content/" + rel}
	case 6: // a glossary term's definition or aliases
		rel := s.terms[s.r.Intn(len(s.terms))]
		name := strings.TrimSuffix(filepath.Base(rel), ".md")
		s.write(t, "content/"+rel, fmt.Sprintf("---\nterm: %s\naliases: [%s-%d]\n---\n\nA %s, defined again: %s\n", name, name, s.r.Intn(9), name, s.sentence()))
		return "term " + rel, []string{"content/" + rel}
	case 7: // a section's passages
		i := s.r.Intn(3)
		name := []string{"background", "economics", "geopolitics"}[i]
		s.write(t, "content/"+name+".md", s.section(name, i+1))
		return "section " + name, []string{"content/" + name + ".md"}
	default: // a layout or a partial
		file := []string{"layouts/_default/page.html", "layouts/partials/footer.html", "layouts/_default/term.html", "layouts/_default/list.html"}[s.r.Intn(4)]
		data, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(file)))
		if err != nil {
			t.Fatal(err)
		}
		s.write(t, file, string(data)+fmt.Sprintf("<!-- edit %d -->\n", s.r.Intn(1000)))
		return "layout " + file, []string{file}
	}
}

// retitle changes the title line of page rel only.
func (s *editSite) retitle(t *testing.T, rel, title string) []string {
	name := filepath.Join(s.dir, "content", rel)
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(data), "\n", 3) // "---", the title, the rest
	if len(lines) < 3 || !strings.HasPrefix(lines[1], "title: ") {
		t.Fatalf("%s: no title on its second line", rel)
	}
	s.write(t, "content/"+rel, lines[0]+"\ntitle: "+strconv.Quote(title)+"\n"+lines[2])
	return []string{"content/" + rel}
}

// TestTitleEditIncremental: an edit of an article page's title only (which
// moves it in its list and may break or make wiki-links by title) executes
// the page, its list, the pages showing its links and those whose
// wiki-links moved, not the site, and gives the files of a cold build.
func TestTitleEditIncremental(t *testing.T) {
	s := newEditSite(t, 7, 150)
	opts, b := s.warm(t)
	for i, title := range []string{"Aardvark first", "Page 3", "Zebra last", "Page 3", ""} {
		rel := s.pages[(i*37)%len(s.pages)]
		changed := s.retitle(t, rel, title)
		got, err := b.Build(changed)
		sameAsCold(t, fmt.Sprintf("retitle %s to %q", rel, title), opts, got, err)
		if n := b.executed.Load(); n > int64(len(s.pages))/3 {
			t.Errorf("retitle %s to %q executed %d of %d pages: the full build", rel, title, n, len(s.pages))
		}
	}
}

// TestIncrementalRandomEdits: after every edit of a random sequence (body,
// title, new and deleted pages, glossary terms, sections, layouts and
// partials), Build(changed) on a warm Builder gives the files, or the
// errors, of a cold build of the same sources.
func TestIncrementalRandomEdits(t *testing.T) {
	seeds, pages, edits := []int64{1, 2, 3}, 200, 25
	if testing.Short() {
		seeds, edits = seeds[:1], 10
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			s := newEditSite(t, seed, pages)
			opts, b := s.warm(t)
			for i := 0; i < edits; i++ {
				what, changed := s.edit(t)
				got, gotErr := b.Build(changed)
				sameAsCold(t, fmt.Sprintf("edit %d (%s)", i, what), opts, got, gotErr)
			}
		})
	}
}

// warm copies the repository's layouts into the site (edits change them)
// and returns a Builder that has built it.
func (s *editSite) warm(t *testing.T) (Options, *Builder) {
	t.Helper()
	if err := os.CopyFS(filepath.Join(s.dir, "layouts"), os.DirFS(repoLayouts)); err != nil {
		t.Fatal(err)
	}
	opts := Options{Source: s.dir, Static: repoStatic}
	b := New(opts)
	if _, err := b.Build(nil); err != nil {
		t.Fatal(err)
	}
	return opts, b
}

// sameAsCold fails unless got (or gotErr) is what a cold build of opts makes.
func sameAsCold(t *testing.T, what string, opts Options, got *Site, gotErr error) {
	t.Helper()
	want, wantErr := New(opts).Build(nil)
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("%s: incremental error %v, cold build error %v", what, gotErr, wantErr)
	}
	if gotErr == nil {
		if diff := treeDiff(got.Files, want.Files); diff != "" {
			t.Fatalf("%s: the incremental build differs from a cold one: %s", what, diff)
		}
	}
}

// treeDiff names the files that differ between two outputs ("" if none).
func treeDiff(a, b map[string][]byte) string {
	var diff []string
	for k, v := range a {
		if w, ok := b[k]; !ok {
			diff = append(diff, "+"+k)
		} else if string(v) != string(w) {
			diff = append(diff, "~"+k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			diff = append(diff, "-"+k)
		}
	}
	sort.Strings(diff)
	if len(diff) > 8 {
		diff = append(diff[:8], fmt.Sprintf("and %d more", len(diff)-8))
	}
	return strings.Join(diff, " ")
}

// TestIncrementalWikiTargets: a page's rendering is kept across builds
// unless what it depends on moved; a wiki-link by title depends on the
// other page's title, so a title edit there renders it again.
func TestIncrementalWikiTargets(t *testing.T) {
	tests := []struct{ name, alpha, want string }{
		{"title moved away", "---\ntitle: Beta\n---\n\nText.\n", `Compare Alpha.`},
		{"title kept", "---\ntitle: Alpha\n---\n\nOther text.\n", `<a class="wikilink" href="/notes/alpha/">Alpha</a>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "content/_index.md"), "---\ntitle: Wiki\n---\n\nLead.\n")
			writeFile(t, filepath.Join(dir, "content/notes/alpha.md"), "---\ntitle: Alpha\n---\n\nText.\n")
			writeFile(t, filepath.Join(dir, "content/notes/beta.md"), "---\ntitle: Other\n---\n\nCompare [[Alpha]].\n")
			opts := Options{Source: dir, Layouts: repoLayouts, Static: repoStatic}
			b := New(opts)
			if _, err := b.Build(nil); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(dir, "content/notes/alpha.md"), tt.alpha)
			got, err := b.Build([]string{"content/notes/alpha.md"})
			if err != nil {
				t.Fatal(err)
			}
			if page := string(got.Files["notes/beta/index.html"]); !strings.Contains(page, tt.want) {
				t.Errorf("notes/beta/ does not hold %q:\n%s", tt.want, page)
			}
			if diff := treeDiff(got.Files, mustBuild(t, opts).Files); diff != "" {
				t.Errorf("the incremental build differs from a cold one: %s", diff)
			}
		})
	}
}

// TestIncrementalInterrupted: builds interrupted by a newer change (their
// context cancelled before they start, or once they hand over the first
// page) leave a Builder whose next build, given only the newer change,
// gives the files of a cold build: what an interrupted build was given is
// built then too, and pages it left unexecuted are executed.
func TestIncrementalInterrupted(t *testing.T) {
	seeds, edits := []int64{4, 5}, 30
	if testing.Short() {
		seeds, edits = seeds[:1], 12
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			s := newEditSite(t, seed, 120)
			opts, b := s.warm(t)
			shown := []string{"sources/page-000/index.html", "notes/page-001/index.html"}
			interrupted := 0
			for i := 0; i < edits; i++ {
				what, changed := s.edit(t)
				ctx, cancel := context.WithCancel(context.Background())
				var early func(map[string][]byte)
				switch s.r.Intn(3) {
				case 0: // stopped before it starts
					cancel()
				case 1: // stopped once the shown pages are handed over
					early = func(map[string][]byte) { cancel() }
				}
				got, gotErr := b.BuildFirstContext(ctx, changed, shown, early)
				cancel()
				if errors.Is(gotErr, ErrInterrupted) {
					interrupted++
					// The next change arrives: here, none but a no-op edit
					// half of the time, which must still finish the work.
					more := []string{}
					if s.r.Intn(2) == 0 {
						what2, changed2 := s.edit(t)
						what, more = what+" then "+what2, changed2
					}
					got, gotErr = b.Build(more)
				}
				sameAsCold(t, fmt.Sprintf("edit %d (%s)", i, what), opts, got, gotErr)
			}
			if interrupted == 0 {
				t.Fatal("no build was interrupted: the test tests nothing")
			}
		})
	}
}

// TestStaticEditIncremental: an edit of a static file (the stylesheet)
// executes no page; adding one (which an image link may name) takes the
// full build; both give the files of a cold build.
func TestStaticEditIncremental(t *testing.T) {
	s := newEditSite(t, 8, 60)
	static := filepath.Join(s.dir, "static")
	if err := os.CopyFS(static, os.DirFS(repoStatic)); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(s.dir, "layouts"), os.DirFS(repoLayouts)); err != nil {
		t.Fatal(err)
	}
	opts := Options{Source: s.dir}
	b := New(opts)
	if _, err := b.Build(nil); err != nil {
		t.Fatal(err)
	}
	css := filepath.Join(static, "css", "site.css")
	data, err := os.ReadFile(css)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, css, string(data)+"\nbody { color: rgb(1, 2, 3); }\n")
	got, err := b.Build([]string{"static/css/site.css"})
	sameAsCold(t, "stylesheet edit", opts, got, err)
	if n := b.executed.Load(); n != 0 {
		t.Errorf("a stylesheet edit executed %d pages", n)
	}
	if !strings.Contains(string(got.Files["css/site.css"]), "rgb(1, 2, 3)") {
		t.Error("the edited stylesheet is not served")
	}
	writeFile(t, filepath.Join(static, "img", "new.png"), "\x89PNG\r\n\x1a\n")
	got, err = b.Build([]string{"static/img/new.png"})
	sameAsCold(t, "new static file", opts, got, err)
}
