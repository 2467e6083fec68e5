package sitequality

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestSearchAsYouType drives static/search.js with the keyboard on the
// fixture site: typing shows results in the header box, Down moves into
// them, Up returns to the box, Escape clears it.
func TestSearchAsYouType(t *testing.T) {
	tl := chromiumOnly(t) // needs nothing but the browser
	site := Serve(writeFixtureSite(t))
	defer site.Close()
	ctx := browser(t, tl)
	if err := open(ctx, site.URL("/economics/"), 1280, Light, ""); err != nil {
		t.Fatal(err)
	}
	active := func() string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id || document.activeElement.getAttribute("href") || document.activeElement.tagName`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	waitFor := func(js string) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+js+")"))
			if err != nil {
				t.Fatal(err)
			}
			if ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", js)
			}
			time.Sleep(30 * time.Millisecond)
		}
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#search-head"), "sanctions ch")); err != nil {
		t.Fatal(err)
	}
	waitFor(`document.querySelectorAll("#search-head-results li").length === 1`)
	status, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#search-head-results [role=status]").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if status != "1 result for “sanctions ch”" {
		t.Errorf("status = %q", status)
	}
	steps := []struct{ key, want string }{
		{kb.ArrowDown, "/economics/#p1"},
		{kb.ArrowDown, "/economics/#p1"}, // stays on the last result
		{kb.ArrowUp, "search-head"},
		{kb.ArrowDown, "/economics/#p1"},
		{kb.Escape, "search-head"}, // back to the box, text kept
	}
	for i, s := range steps {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(s.key)); err != nil {
			t.Fatal(err)
		}
		if got := active(); got != s.want {
			t.Errorf("step %d: focus on %q, want %q", i, got, s.want)
		}
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil { // a second Escape clears
		t.Fatal(err)
	}
	waitFor(`document.querySelector("#search-head").value === "" && document.querySelector("#search-head-results").hidden`)
}
