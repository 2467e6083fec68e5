package build

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

// The repository's own theme: the tests build with it, so they test it too.
var (
	repoLayouts = filepath.Join("..", "..", "..", "layouts")
	repoStatic  = filepath.Join("..", "..", "..", "static")
)

const subPathBase = "https://user.github.io/repo/"

// copyTree copies testdata/site (or another tree) into a temp dir so that a
// test may change it.
func copyTree(t testing.TB, from string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func writeFile(t testing.TB, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func build(t testing.TB, opts Options) (*Site, error) {
	t.Helper()
	if opts.Layouts == "" {
		opts.Layouts = repoLayouts
	}
	if opts.Static == "" {
		opts.Static = repoStatic
	}
	return New(opts).Build(nil)
}

func mustBuild(t testing.TB, opts Options) *Site {
	t.Helper()
	s, err := build(t, opts)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return s
}

func TestGolden(t *testing.T) {
	site := mustBuild(t, Options{Source: "testdata/site", BaseURL: subPathBase})
	golden := filepath.Join("testdata", "golden")
	// Static files are copied as is: they are checked against static/
	// itself, not kept a second time among the golden files.
	static := readDir(t, repoStatic)
	if testutil.Update() {
		if err := os.RemoveAll(golden); err != nil {
			t.Fatal(err)
		}
		if err := site.Write(golden); err != nil {
			t.Fatal(err)
		}
		for name := range static {
			if err := os.Remove(filepath.Join(golden, filepath.FromSlash(name))); err != nil {
				t.Fatal(err)
			}
			os.Remove(filepath.Dir(filepath.Join(golden, filepath.FromSlash(name)))) // if now empty
		}
		return
	}
	want := readDir(t, golden)
	for name, data := range site.Files {
		if src, ok := static[name]; ok {
			if !bytes.Equal(data, src) {
				t.Errorf("%s: not a byte-for-byte copy of static/%s", name, name)
			}
			continue
		}
		w, ok := want[name]
		if !ok {
			t.Errorf("%s: not in golden output (run go test -update)", name)
			continue
		}
		if !bytes.Equal(data, w) {
			t.Errorf("%s differs from golden (run go test -update and review the diff):\n%s", name, data)
		}
	}
	for name := range want {
		if _, ok := site.Files[name]; !ok {
			t.Errorf("%s: in golden output but not built", name)
		}
	}
	for name := range static {
		if _, ok := site.Files[name]; !ok {
			t.Errorf("static/%s was not copied into the site", name)
		}
	}
	if site.Stats.Pages != 11 || site.Stats.Aliases != 1 {
		t.Errorf("stats = %+v", site.Stats)
	}
}

func readDir(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

var hrefRe = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// TestOutputLinks checks that every href and src in the output resolves to
// a file of the output (and an id in it), or is external, for the test site
// and the repository's own briefing (whose map, topic and glossary pages
// are generated HTML, not Markdown the link checker sees), at the root and
// under a sub-path.
func TestOutputLinks(t *testing.T) {
	for _, src := range []string{"testdata/site", filepath.Join("..", "..", "..")} {
		for _, base := range []string{"", "/", subPathBase, "/sub/path/"} {
			t.Run(src+"@"+base, func(t *testing.T) {
				opts := Options{Source: src, BaseURL: base}
				if src != "testdata/site" {
					opts.Layouts = repoLayouts
				}
				site := mustBuild(t, opts)
				basePath := site.Info.BasePath
				host := strings.TrimSuffix(site.Info.BaseURL, basePath)
				checked := 0
				for name, data := range site.Files {
					if !strings.HasSuffix(name, ".html") {
						continue
					}
					for _, m := range hrefRe.FindAllSubmatch(data, -1) {
						u := string(m[1])
						if host != "" {
							u = strings.TrimPrefix(u, host)
						}
						if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
							continue // external
						}
						target, frag, _ := strings.Cut(u, "#")
						var file string
						switch {
						case target == "":
							file = name
						case strings.HasPrefix(target, basePath):
							file = outputPath(strings.TrimPrefix(target, basePath))
						default:
							t.Errorf("%s: link %q is neither external nor under the base path %s", name, m[1], basePath)
							continue
						}
						out, ok := site.Files[file]
						if !ok {
							t.Errorf("%s: link %q: no file %s in the output", name, m[1], file)
							continue
						}
						if frag != "" && !bytes.Contains(out, []byte(`id="`+frag+`"`)) {
							t.Errorf("%s: link %q: no id %q in %s", name, m[1], frag, file)
						}
						checked++
					}
				}
				if checked < 50 {
					t.Errorf("only %d links checked; is the link pattern right?", checked)
				}
			})
		}
	}
}

func TestBaseURLSubPath(t *testing.T) {
	site := mustBuild(t, Options{Source: "testdata/site", BaseURL: subPathBase})
	for _, tc := range []struct{ file, want string }{
		{"index.html", `<link rel="stylesheet" href="/repo/css/site.css">`},
		{"index.html", `<link rel="canonical" href="https://user.github.io/repo/">`},
		{"index.html", `<a href="/repo/economics/">the economics</a>`},
		{"economics/index.html", `<a href="/repo/sources/000_seed/#L3" class="source-link">`},
		{"economics/index.html", `<meta property="og:url" content="https://user.github.io/repo/economics/">`},
		{"economics/index.html", `href="/repo/index.xml"`},
		{"world/index.html", `<a href="/repo/notes/first/">link to the notes</a>`},
		{"sitemap.xml", `<loc>https://user.github.io/repo/world/</loc>`},
		{"robots.txt", "Sitemap: https://user.github.io/repo/sitemap.xml"},
		{"index.xml", `<link rel="self" href="https://user.github.io/repo/index.xml"/>`},
		{"old/background/index.html", `<meta http-equiv="refresh" content="0; url=/repo/background/">`},
		{"404.html", `<a href="/repo/">home page</a>`},
	} {
		if got := string(site.Files[tc.file]); !strings.Contains(got, tc.want) {
			t.Errorf("%s lacks %q", tc.file, tc.want)
		}
	}
	for name, data := range site.Files {
		for _, m := range hrefRe.FindAllSubmatch(data, -1) {
			u := string(m[1])
			if strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "/repo/") {
				t.Errorf("%s: internal URL %q ignores the base path", name, u)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := mustBuild(t, Options{Source: "testdata/site", BaseURL: subPathBase})
	b := mustBuild(t, Options{Source: "testdata/site", BaseURL: subPathBase})
	if len(a.Files) != len(b.Files) {
		t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
	}
	for name, data := range a.Files {
		if !bytes.Equal(data, b.Files[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
	dir := t.TempDir()
	for _, s := range []*Site{a, b} {
		if err := s.Write(filepath.Join(dir, "public")); err != nil {
			t.Fatal(err)
		}
	}
	written := readDir(t, filepath.Join(dir, "public"))
	for name, data := range a.Files {
		if !bytes.Equal(written[name], data) {
			t.Errorf("%s written differs from built", name)
		}
	}
}

// TestAtomic: a build that fails (here on a template error met half-way
// through rendering) writes nothing, and a good one replaces the old output
// whole, so deleted pages disappear and no temporary directory stays behind.
func TestAtomic(t *testing.T) {
	src := copyTree(t, "testdata/site")
	layouts := copyTree(t, repoLayouts)
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	opts := Options{Source: src, Layouts: layouts}
	site := mustBuild(t, opts)
	if err := site.Write(dest); err != nil {
		t.Fatal(err)
	}
	before := readDir(t, dest)

	// Only pages with a date hit the broken call, so rendering is under way when it fails.
	writeFile(t, filepath.Join(layouts, "_default", "page.html"),
		`{{ define "main" }}{{ if not .Date.IsZero }}{{ .Date.NoSuchMethod }}{{ end }}{{ .Content }}{{ end }}`)
	if _, err := build(t, opts); err == nil {
		t.Fatal("build with a broken layout succeeded")
	} else if !strings.Contains(err.Error(), "layouts/_default/page.html:1: executing") {
		t.Errorf("error = %v", err)
	}
	if after := readDir(t, dest); !equalTrees(before, after) {
		t.Error("failed build changed the output")
	}

	// Repair the layout, delete a page, rebuild: the page is gone.
	if err := os.Remove(filepath.Join(src, "content", "notes", "first.md")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(src, "content", "geopolitics.md"), "---\ntitle: Geopolitics\nweight: 4\n---\n\nNo links.\n")
	if err := os.RemoveAll(layouts); err != nil {
		t.Fatal(err)
	}
	site = mustBuild(t, Options{Source: src})
	if err := site.Write(dest); err != nil {
		t.Fatal(err)
	}
	after := readDir(t, dest)
	if _, ok := after["notes/first/index.html"]; ok {
		t.Error("deleted page still in the output")
	}
	if !equalTrees(site.Files, after) {
		t.Error("output is not exactly the new build")
	}
	onlyOutputIn(t, parent)
}

func equalTrees(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || !bytes.Equal(v, w) {
			return false
		}
	}
	return true
}

// TestBadInput: each bad input fails the build with path:line: message.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // relative to the site; "content/..." or "layouts/..."
		want  []string          // each error line's prefix, in order
	}{
		{"unclosed yaml front matter", map[string]string{"content/bad.md": "---\ntitle: x\n\nBody.\n"},
			[]string{`content/bad.md:1: front matter opened with "---" is never closed`}},
		{"unclosed toml front matter", map[string]string{"content/bad.md": "\n+++\ntitle = 'x'\n"},
			[]string{`content/bad.md:2: front matter opened with "+++" is never closed`}},
		{"broken yaml", map[string]string{"content/bad.md": "---\ntitle: x\ndescription: [a, b\n---\nBody.\n"},
			[]string{"content/bad.md:3: bad front matter: did not find expected ',' or ']'"}},
		{"broken toml", map[string]string{"content/bad.md": "+++\ntitle = 'x'\nweight = = 3\n+++\n"},
			[]string{"content/bad.md:3: bad front matter: "}},
		{"weight not a number", map[string]string{"content/bad.md": "---\ntitle: x\nweight: abc\n---\n"},
			[]string{`content/bad.md:3: front matter field "weight" must be a whole number, not "abc"`}},
		{"draft not a bool", map[string]string{"content/bad.md": "---\ndraft: \"maybe\"\n---\n"},
			[]string{`content/bad.md:2: front matter field "draft" must be true or false, not "maybe"`}},
		{"aliases not a list", map[string]string{"content/bad.md": "---\ntitle: x\n\naliases: 3\n---\n"},
			[]string{`content/bad.md:4: front matter field "aliases" must be a list of strings, not 3`}},
		{"toml title not a string", map[string]string{"content/bad.md": "+++\ntitle = 12\n+++\n"},
			[]string{`content/bad.md:2: front matter field "title" must be a string, not 12`}},
		{"bad date", map[string]string{"content/bad.md": "---\ntitle: x\ndate: someday\n---\n"},
			[]string{`content/bad.md:3: front matter field "date" must be a date`}},
		{"non-UTF-8", map[string]string{"content/bad.md": "---\ntitle: x\n---\n\nfine\ncaf\xe9\n"},
			[]string{"content/bad.md:6: file is not valid UTF-8"}},
		{"unknown layout", map[string]string{"content/bad.md": "---\ntitle: x\nlayout: fancy\n---\n"},
			[]string{`content/bad.md:3: unknown layout "fancy": there is no layouts/_default/fancy.html`}},
		{"template parse error", map[string]string{"layouts/_default/page.html": "{{ define \"main\" }}\n{{ .Title \n{{ end }}"},
			[]string{"layouts/_default/page.html:3: unexpected \"{\" in operand"}},
		{"template unknown function", map[string]string{"layouts/partials/footer.html": "<footer>\n{{ nosuch .Title }}</footer>"},
			[]string{`layouts/partials/footer.html:2: function "nosuch" not defined`}},
		{"template exec error", map[string]string{"layouts/_default/section.html": "{{ define \"main\" }}\n\n{{ .Title.Nope }}{{ end }}"},
			[]string{`layouts/_default/section.html:3: executing "main" at <.Title.Nope>: can't evaluate field Nope in type string (rendering content/background.md and 3 other pages)`}},
		{"two pages one URL", map[string]string{"content/zzz.md": "---\ntitle: x\nslug: economics\n---\n"},
			[]string{"content/zzz.md:3: URL /economics/ is claimed by both content/economics.md and content/zzz.md"}},
		{"alias claims a page URL", map[string]string{"content/bad.md": "---\ntitle: x\naliases: [/economics/]\n---\n"},
			[]string{"content/bad.md:3: alias /economics/ is claimed by both content/economics.md and content/bad.md"}},
		{"slug climbing into another page's URL", map[string]string{"content/d/esc.md": "---\ntitle: x\nslug: ../economics\n---\n"},
			[]string{"content/d/esc.md:3: URL /economics/ is claimed by both content/economics.md and content/d/esc.md"}},
		{"slug leaving public/", map[string]string{"content/d/esc.md": "---\ntitle: x\nslug: ../../x\n---\n"},
			[]string{`content/d/esc.md:3: slug "../../x" leads outside the site`}},
		{"slug over a static file", map[string]string{"content/bad.md": "---\ntitle: x\nslug: search.js\n---\n"},
			[]string{"content/bad.md:3: URL /search.js/ needs a directory search.js/, but search.js is static/search.js"}},
		{"alias over a static file", map[string]string{"content/bad.md": "---\ntitle: x\naliases: [/css/site.css/x]\n---\n"},
			[]string{"content/bad.md:3: alias /css/site.css/x needs a directory css/site.css/, but css/site.css is static/css/site.css"}},
		{"alias equal to a static file", map[string]string{"content/bad.md": "---\ntitle: x\naliases: [/css/x.html]\n---\n", "static/css/x.html": "<p>x</p>"},
			[]string{"content/bad.md:3: alias /css/x.html is claimed by both static/css/x.html and content/bad.md"}},
		{"alias leaving public/", map[string]string{"content/bad.md": "---\ntitle: x\naliases: [/a/../../x/]\n---\n"},
			[]string{`content/bad.md:3: alias "/a/../../x/" is not a site path such as /old/name/`}},
		{"links written as URLs", map[string]string{"content/bad.md": "---\ntitle: x\n---\n\n[a](/nope/) [b](nope/)\n\n[c](/economics/#no-anchor) [d](../economics/#trade-tariffs) [e](/economics) [f](/index.xml)\n"},
			[]string{"content/bad.md:5: link to /nope/: there is no such page or file in the site",
				"content/bad.md:5: link to nope/: there is no such page or file in the site",
				"content/bad.md:7: link to /economics/#no-anchor: has no anchor #no-anchor"}},
		{"link a layout makes", map[string]string{"layouts/partials/footer.html": "<footer><a href=\"{{ relURL \"gone/\" }}\">x</a></footer>"},
			[]string{"content/background.md: link to /gone/: there is no such page or file in the site; fix the link or add the page (a link the layouts make on this page and 10 others)"}},
		{"link to missing page", map[string]string{"content/bad.md": "---\ntitle: x\n---\n\nIntro.\n\nSee [gone](sources/gone.md).\n"},
			[]string{"content/bad.md:7: link to sources/gone.md: there is no page content/sources/gone.md"}},
		{"link to missing anchor", map[string]string{"content/bad.md": "---\ntitle: x\n---\nSee [it](sources/000_seed.md#L99).\n"},
			[]string{"content/bad.md:4: link to sources/000_seed.md#L99: content/sources/000_seed.md has no anchor #L99"}},
		{"missing page and missing anchor, reported together", map[string]string{"content/bad.md": "See [gone](sources/gone.md).\n\nSee [it](sources/000_seed.md#L99).\n"},
			[]string{"content/bad.md:1: link to sources/gone.md: there is no page", "content/bad.md:3: link to sources/000_seed.md#L99: content/sources/000_seed.md has no anchor #L99"}},
		{"link to draft page", map[string]string{"content/bad.md": "See [it](notes/deep/second.md).\n"},
			[]string{"content/bad.md:1: link to notes/deep/second.md: there is no page"}},
		{"every bad file at once", map[string]string{
			"content/a.md":      "---\nweight: abc\n---\n",
			"content/b/c.md":    "---\ndraft: maybe\n---\n",
			"content/z.md":      "---\ntitle: [\n",
			"content/zz/bad.md": "ok\n\xff\n"},
			[]string{"content/a.md:2:", "content/b/c.md:2:", "content/z.md:1:", "content/zz/bad.md:2:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := copyTree(t, "testdata/site")
			layouts := copyTree(t, repoLayouts)
			static := copyTree(t, repoStatic)
			for name, data := range tt.files {
				if strings.HasPrefix(name, "layouts/") {
					writeFile(t, filepath.Join(layouts, strings.TrimPrefix(name, "layouts/")), data)
				} else if strings.HasPrefix(name, "static/") {
					writeFile(t, filepath.Join(static, strings.TrimPrefix(name, "static/")), data)
				} else {
					writeFile(t, filepath.Join(src, name), data)
				}
			}
			_, err := build(t, Options{Source: src, Layouts: layouts, Static: static})
			checkErrors(t, err, tt.want)
		})
	}
}

func checkErrors(t *testing.T, err error, want []string) {
	t.Helper()
	if err == nil {
		t.Fatal("build succeeded")
	}
	all := diag.All(err)
	if len(all) == 0 {
		t.Fatalf("error %T is not a diag error: %v", err, err)
	}
	if len(all) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(all), len(want), err)
	}
	for i, e := range all {
		if !strings.HasPrefix(e.Error(), want[i]) {
			t.Errorf("error %d = %q\nwant prefix %q", i, e.Error(), want[i])
		}
	}
}

func TestUnreadableFile(t *testing.T) {
	src := copyTree(t, "testdata/site")
	// A dangling symlink cannot be read, whoever runs the test (root reads mode-000 files).
	if err := os.Symlink(filepath.Join(src, "nowhere"), filepath.Join(src, "content", "broken.md")); err != nil {
		t.Skip("no symlinks:", err)
	}
	_, err := build(t, Options{Source: src})
	checkErrors(t, err, []string{"content/broken.md: cannot read: no such file or directory"})
}

func TestDrafts(t *testing.T) {
	without := mustBuild(t, Options{Source: "testdata/site"})
	with := mustBuild(t, Options{Source: "testdata/site", Drafts: true})
	if _, ok := without.Files["notes/deep/second/index.html"]; ok {
		t.Error("draft built without --drafts")
	}
	if _, ok := with.Files["notes/deep/second/index.html"]; !ok {
		t.Error("draft not built with --drafts")
	}
}

// TestIncremental: a rebuild after an edit, told what changed, gives the
// same output as a fresh build.
func TestIncremental(t *testing.T) {
	src := copyTree(t, "testdata/site")
	b := New(Options{Source: src, Layouts: repoLayouts, Static: repoStatic})
	if _, err := b.Build(nil); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		file, data string
	}{
		{"content/economics.md", "---\ntitle: Economics, revised\nweight: 3\n---\n\nNew text. [source](sources/000_seed.md#L6)\n"},
		{"content/notes/new.md", "---\ntitle: New note\n---\n\nSee [economics](../economics.md).\n"},
		{"content/sources/000_seed.md", "---\ntitle: Seed\n---\n\nFirst. {#L3}\n\nThe second paragraph, edited. {#L6}\n"},
	}
	for _, st := range steps {
		writeFile(t, filepath.Join(src, st.file), st.data)
		got, err := b.Build([]string{st.file})
		if err != nil {
			t.Fatalf("after %s: %v", st.file, err)
		}
		want := mustBuild(t, Options{Source: src})
		if !equalTrees(got.Files, want.Files) {
			t.Errorf("after editing %s the incremental build differs from a fresh one", st.file)
		}
	}
	// A page whose target moves (new slug) must be re-rendered with the new URL.
	writeFile(t, filepath.Join(src, "content/sources/000_seed.md"), "---\ntitle: Seed\nslug: seed\n---\n\nFirst. {#L3}\n\nSecond. {#L6}\n")
	got, err := b.Build([]string{"content/sources/000_seed.md"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got.Files["background/index.html"], []byte(`href="/sources/seed/#L3"`)) {
		t.Error("link not rewritten to the moved page")
	}
	if want := mustBuild(t, Options{Source: src}); !equalTrees(got.Files, want.Files) {
		t.Error("after a slug change the incremental build differs from a fresh one")
	}
	// A link to a missing page fails; adding the page fixes it.
	writeFile(t, filepath.Join(src, "content/notes/first.md"), "See [later](later.md).\n")
	_, err = b.Build([]string{"content/notes/first.md"})
	checkErrors(t, err, []string{"content/notes/first.md:1: link to later.md: there is no page content/notes/later.md"})
	writeFile(t, filepath.Join(src, "content/notes/later.md"), "Later.\n")
	if got, err = b.Build([]string{"content/notes/later.md"}); err != nil {
		t.Fatal(err)
	}
	if want := mustBuild(t, Options{Source: src}); !equalTrees(got.Files, want.Files) {
		t.Error("after adding the missing page the incremental build differs from a fresh one")
	}
	// Deleting it fails the build again.
	os.Remove(filepath.Join(src, "content/notes/later.md"))
	_, err = b.Build([]string{"content/notes/later.md"})
	checkErrors(t, err, []string{"content/notes/first.md:1: link to later.md"})
	writeFile(t, filepath.Join(src, "content/notes/first.md"), "No link.\n")

	// Removing the anchor a page links to must fail the incremental build too.
	writeFile(t, filepath.Join(src, "content/sources/000_seed.md"), "---\ntitle: Seed\n---\n\nNo anchors.\n")
	_, err = b.Build([]string{"content/sources/000_seed.md", "content/notes/first.md"})
	checkErrors(t, err, []string{"content/background.md:", "content/economics.md:"})
}

func TestPageModel(t *testing.T) {
	site := mustBuild(t, Options{Source: "testdata/site"})
	byURL := map[string]int{}
	for i, p := range site.Pages {
		byURL[p.URL] = i
	}
	eco := site.Pages[byURL["economics/"]]
	if len(eco.Links) != 3 || !eco.Links[1].Source || eco.Links[1].Paragraph != "000_seed-L3" {
		t.Errorf("economics links = %+v", eco.Links)
	}
	var names []string
	for _, s := range site.Info.Sections {
		names = append(names, s.Title)
	}
	if got := strings.Join(names, ","); got != "Background,US dominance,Economics,Geopolitics" {
		t.Errorf("sections = %s", got)
	}
	if eco.Prev.Title != "US dominance" || eco.Next.Title != "Geopolitics" {
		t.Errorf("prev/next = %s/%s", eco.Prev.Title, eco.Next.Title)
	}
	src := site.Pages[byURL["sources/000_seed/"]]
	if strings.Join(src.Anchors, ",") != "L1,L3,L6" {
		t.Errorf("anchors = %v", src.Anchors)
	}
	var files []string
	for f := range site.Files {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, want := range []string{"404.html", ".nojekyll", "robots.txt", "index.xml", "notes/deep/index.html"} {
		if i := sort.SearchStrings(files, want); i == len(files) || files[i] != want {
			t.Errorf("no %s in the output", want)
		}
	}
	// Built without a base URL naming a host, the site cannot list absolute
	// URLs: no sitemap, and robots.txt names none.
	if _, ok := site.Files["sitemap.xml"]; ok || strings.Contains(string(site.Files["robots.txt"]), "Sitemap") {
		t.Errorf("a local build has a sitemap with relative URLs, or robots.txt names one:\n%s", site.Files["robots.txt"])
	}
}

// Write replaces only an earlier build: "-d ." or "-d content" must never
// delete a site's sources.
func TestWriteRefusesNonBuildDir(t *testing.T) {
	src := copyTree(t, "testdata/site")
	site := mustBuild(t, Options{Source: src, Layouts: copyTree(t, repoLayouts)})
	tests := []struct {
		name    string
		dest    string
		wantErr bool
	}{
		{"the site itself", src, true},
		{"its content", filepath.Join(src, "content"), true},
		{"a new directory", filepath.Join(t.TempDir(), "public"), false},
		{"an empty directory", t.TempDir(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before map[string][]byte
			if tt.wantErr {
				before = readDir(t, tt.dest)
			}
			err := site.Write(tt.dest)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Write(%s) error = %v, want error %v", tt.dest, err, tt.wantErr)
			}
			if tt.wantErr {
				if !strings.Contains(err.Error(), "not a briefing build") {
					t.Errorf("error %q does not say why", err)
				}
				if after := readDir(t, tt.dest); !maps.EqualFunc(before, after, bytes.Equal) {
					t.Error("the refused directory changed")
				}
				return
			}
			// Once it holds a build, the next build may replace it.
			if err := site.Write(tt.dest); err != nil {
				t.Fatalf("rebuilding into %s: %v", tt.dest, err)
			}
		})
	}
}

// TestEmptySection: a section file with no body is not a page of the site
// (no page, no menu entry, no prev/next link to it), in a full build and
// after an edit that empties or fills it.
func TestEmptySection(t *testing.T) {
	src := copyTree(t, "testdata/site")
	const empty = "---\ntitle: Geopolitics\nweight: 4\nslug: world\n---\n\n"
	const filled = "---\ntitle: Geopolitics\nweight: 4\nslug: world\n---\n\nNew text. [source](sources/000_seed.md#L6)\n"
	b := New(Options{Source: src, Layouts: repoLayouts, Static: repoStatic})
	if _, err := b.Build(nil); err != nil {
		t.Fatal(err)
	}
	for _, st := range []struct {
		data  string
		built bool
	}{{empty, false}, {filled, true}, {empty, false}} {
		writeFile(t, filepath.Join(src, "content/geopolitics.md"), st.data)
		got, err := b.Build([]string{"content/geopolitics.md"})
		if err != nil {
			t.Fatal(err)
		}
		fresh := mustBuild(t, Options{Source: src})
		if !equalTrees(got.Files, fresh.Files) {
			t.Errorf("built=%v: the incremental build differs from a fresh one", st.built)
		}
		_, page := fresh.Files["world/index.html"]
		listed := slices.Contains(fresh.Info.Empty, "content/geopolitics.md")
		linked := bytes.Contains(fresh.Files["index.html"], []byte(`href="/world/"`))
		if page != st.built || listed == st.built || linked != st.built {
			t.Errorf("built=%v: page %v, in Info.Empty %v, linked from the home page %v", st.built, page, listed, linked)
		}
	}
}
