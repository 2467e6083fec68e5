package sitequality

import (
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var (
	metaDescRe  = regexp.MustCompile(`<meta name="description" content="([^"]*)">`)
	robotsRe    = regexp.MustCompile(`<meta name="robots" content="([^"]*)">`)
	iconRe      = regexp.MustCompile(`<link rel="icon" href="([^"]*)"`)
	ogLocaleRe  = regexp.MustCompile(`<meta property="og:locale" content="([^"]*)">`)
	ogURLRe     = regexp.MustCompile(`<meta property="og:url" content="([^"]*)">`)
	localeForm  = regexp.MustCompile(`^[a-z]{2,3}_[A-Z]{2}$`)
	sitemapLoc  = regexp.MustCompile(`<loc>([^<]*)</loc>`)
	redirectTag = `http-equiv="refresh"`
)

// TestMeta holds the search-engine and browser bars a Lighthouse SEO run
// looks at, on every page of the built site: a meta description of the
// page's own (not one shared by most pages), a favicon that is in the site,
// og:locale in language_TERRITORY form, og:url only when absolute, the 404
// page kept out of indexes, and no sitemap with relative URLs. It needs no
// tools.
func TestMeta(t *testing.T) {
	dir := siteDir(t)
	byDesc := map[string][]string{}
	pages := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		page := string(data)
		rel, _ := filepath.Rel(dir, p)
		if strings.Contains(page, redirectTag) {
			return nil // an alias redirect, noindex already
		}
		pages++
		m := metaDescRe.FindStringSubmatch(page)
		if m == nil || strings.TrimSpace(m[1]) == "" {
			t.Errorf("%s: no meta description", rel)
		} else {
			d := html.UnescapeString(m[1])
			byDesc[d] = append(byDesc[d], rel)
		}
		if ic := iconRe.FindStringSubmatch(page); ic == nil {
			t.Errorf("%s: no <link rel=\"icon\">", rel)
		} else if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(ic[1], "/")))); err != nil {
			t.Errorf("%s: the favicon %s is not in the site", rel, ic[1])
		}
		if l := ogLocaleRe.FindStringSubmatch(page); l == nil || !localeForm.MatchString(l[1]) {
			t.Errorf("%s: og:locale %v is not in en_US form", rel, l)
		}
		if u := ogURLRe.FindStringSubmatch(page); u != nil && !strings.HasPrefix(u[1], "http") {
			t.Errorf("%s: og:url %q is not absolute", rel, u[1])
		}
		r := robotsRe.FindStringSubmatch(page)
		if noindex := r != nil && strings.Contains(r[1], "noindex"); noindex != (rel == "404.html") {
			t.Errorf("%s: robots meta %v (only the 404 page is noindex)", rel, r)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	most, mostPages := "", 0
	for d, ps := range byDesc {
		if len(ps) > mostPages {
			most, mostPages = d, len(ps)
		}
	}
	t.Logf("%d pages, %d distinct meta descriptions; the most common is on %d pages", pages, len(byDesc), mostPages)
	if pages > 3 && mostPages*3 > pages {
		t.Errorf("%d of %d pages share the meta description %q: pages without a description should use their first paragraph", mostPages, pages, most)
	}
	robots, err := os.ReadFile(filepath.Join(dir, "robots.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sm, err := os.ReadFile(filepath.Join(dir, "sitemap.xml"))
	switch {
	case err != nil && strings.Contains(string(robots), "Sitemap:"):
		t.Errorf("robots.txt names a sitemap the site does not have:\n%s", robots)
	case err == nil:
		for _, m := range sitemapLoc.FindAllStringSubmatch(string(sm), -1) {
			if !strings.HasPrefix(m[1], "http://") && !strings.HasPrefix(m[1], "https://") {
				t.Errorf("sitemap.xml has the relative URL %q", m[1])
				break
			}
		}
	}
}
