package sitequality

import (
	"encoding/json"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// chromiumOnly is tools(t) for a test that needs nothing but the browser.
func chromiumOnly(t *testing.T) Tools {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	tl, err := FindTools()
	if tl.Chrome == "" {
		if os.Getenv("BRIEFING_REQUIRE_TOOLS") != "" {
			t.Fatalf("chromium not installed: %v", err)
		}
		t.Skipf("chromium not installed, skipping: %v", err)
	}
	return tl
}

// phoneCheck runs in a page at 390 px: how wide the page is before and after
// focusing each glossary term (and whether the definition shows), and, on a
// page with the briefing map, whether every topic of its table is inside the
// viewport and at a readable size.
const phoneCheck = `(() => {
  const vw = document.documentElement.clientWidth;
  const width = () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  const out = {vw, before: width(), after: 0, terms: 0, shown: 0, mapRows: 0, mapBad: [], svgShown: false};
  for (const a of document.querySelectorAll("a.term[data-definition]")) {
    a.focus();
    out.terms++;
    if (getComputedStyle(a, "::after").content !== "none") out.shown++;
    out.after = Math.max(out.after, width());
    a.blur();
  }
  const svg = document.querySelector("#briefing-map svg");
  out.svgShown = !!svg && svg.getBoundingClientRect().width > 0;
  const table = document.querySelector("#briefing-map .bmap-table");
  if (table) {
    for (const th of table.querySelectorAll("tbody th, thead th")) {
      out.mapRows++;
      const r = th.getBoundingClientRect();
      const size = parseFloat(getComputedStyle(th).fontSize);
      if (r.width === 0 || r.left < 0 || r.right > vw + 0.5 || size < 12) out.mapBad.push(th.textContent + " " + JSON.stringify([r.left, r.right, size]));
    }
  }
  return JSON.stringify(out);
})()`

// TestPhone loads every page of the built site at 390x844: no page is wider
// than the viewport, before or after focusing any glossary term; every
// glossary definition shows on focus; the briefing map is shown as its table
// with every topic and section label inside the viewport.
func TestPhone(t *testing.T) {
	tl := chromiumOnly(t)
	dir := siteDir(t)
	site := Serve(dir)
	defer site.Close()
	ctx := browser(t, tl)
	var pages []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == "index.html" {
			// An alias's redirect page navigates away at once; the page it
			// leads to is checked under its own path.
			if data, err := os.ReadFile(p); err != nil || strings.Contains(string(data), redirectTag) {
				return nil
			}
			rel, _ := filepath.Rel(dir, filepath.Dir(p))
			pages = append(pages, "/"+strings.TrimPrefix(filepath.ToSlash(rel)+"/", "./"))
		}
		return nil
	})
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	maps, terms := 0, 0
	for _, p := range pages {
		if err := open(ctx, site.URL(p), 390, Light, ""); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
			t.Fatal(err)
		}
		// A Tab first, as a keyboard user would: focus moved by the keyboard
		// is what shows a definition (:focus-visible).
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			t.Fatal(err)
		}
		raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](phoneCheck))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var r struct {
			VW, Before, After, Terms, Shown, MapRows int
			MapBad                                   []string
			SVGShown                                 bool
		}
		if err := json.Unmarshal([]byte(raw), &r); err != nil {
			t.Fatal(err)
		}
		terms += r.Terms
		if r.Before > r.VW {
			t.Errorf("%s is %d px wide in a %d px viewport", p, r.Before, r.VW)
		}
		if r.After > r.VW {
			t.Errorf("%s becomes %d px wide in a %d px viewport when a glossary term is focused", p, r.After, r.VW)
		}
		if r.Shown != r.Terms {
			t.Errorf("%s: %d of %d glossary terms show no definition on focus", p, r.Terms-r.Shown, r.Terms)
		}
		if r.MapRows > 0 {
			maps++
			if r.SVGShown {
				t.Errorf("%s: the map's SVG shows at 390 px, where its labels are too small", p)
			}
			for _, b := range r.MapBad {
				t.Errorf("%s: map label cut off or too small at 390 px: %s", p, b)
			}
		}
	}
	t.Logf("%d pages at 390x844, %d glossary terms focused, %d briefing maps", len(pages), terms, maps)
	if exists(dir, "/topics/") && maps == 0 {
		t.Error("the site has topics but no page shows the briefing map table")
	}
}

// TestSearchFindsTyposAndInitialisms searches the built site in Chromium
// for a misspelt word and an initialism, on the search page as a reader
// would: each finds results.
func TestSearchFindsTyposAndInitialisms(t *testing.T) {
	tl := chromiumOnly(t)
	site := Serve(siteDir(t))
	defer site.Close()
	ctx := browser(t, tl)
	for _, q := range []string{"sanktions", "U.S."} {
		if err := open(ctx, site.URL("/search/?q="+url.QueryEscape(q)), 390, Light, searchWait); err != nil {
			t.Fatal(err)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#search-results li").length`))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%q: %d results", q, n)
		if n == 0 {
			t.Errorf("searching %q finds nothing", q)
		}
	}
}
