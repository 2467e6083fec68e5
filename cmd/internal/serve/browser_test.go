package serve

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/serve/browsertest"
)

// The editor's experience in a real browser, against a fake builder.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	ctx := browsertest.New(t)
	root, fb := newSite(t)
	_, url := runServer(t, root, fb.Rebuild, 0)
	const wait = 10 * time.Second
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	// A page is only told of changes once it listens.
	mainHas := func(s string) string {
		return `document.documentElement.hasAttribute("data-briefing-live") && document.getElementById("main").textContent.includes(` + jsString(s) + `)`
	}

	must("open", browsertest.Navigate(ctx, url+"/economics/"))
	_, err := browsertest.Wait(ctx, mainHas("Economics text"), wait)
	must("first page", err)

	// A content edit shows without a manual reload, at the same scroll
	// position: only <main> changed, so it is swapped in place (the page
	// does not navigate: the marker survives).
	must("mark", evalErr(browsertest.Eval[float64](ctx, `window.scrollTo(0, 700); window.marker = 42; window.scrollY`)))
	writeFile(t, root, "content/economics.md", "Edited economics")
	d, err := browsertest.Wait(ctx, mainHas("Edited economics"), wait)
	must("content edit", err)
	t.Logf("content edit shown after %v", d)
	_, err = browsertest.Wait(ctx, `window.marker === 42 && window.scrollY === 700`, wait)
	must("main swapped at the same scroll position", err)

	// A CSS edit changes the style without navigating.
	must("mark", evalErr(browsertest.Eval[float64](ctx, `window.marker = 7`)))
	writeFile(t, root, "static/css/style.css", "body { color: rgb(255, 0, 0); }")
	_, err = browsertest.Wait(ctx, `getComputedStyle(document.body).color === "rgb(255, 0, 0)"`, wait)
	must("css edit", err)
	marker, err := browsertest.Eval[float64](ctx, `window.marker`)
	must("marker", err)
	if marker != 7 {
		t.Errorf("the page navigated on a CSS edit (marker %v)", marker)
	}
	links, err := browsertest.Eval[int](ctx, `document.querySelectorAll('link[rel=stylesheet]').length`)
	must("links", err)
	if links != 1 {
		t.Errorf("%d stylesheets after the swap, want 1", links)
	}

	// A broken template shows an overlay with file:line; the fix clears it.
	writeFile(t, root, "layouts/page.html", strings.Replace(testLayout, "<body>", "<body>{{broken", 1))
	_, err = browsertest.Wait(ctx, `document.getElementById("briefing-error-overlay").textContent.includes("layouts/page.html:4: unclosed action")`, wait)
	must("error overlay", err)
	must("mark", evalErr(browsertest.Eval[float64](ctx, `window.marker = 9`)))
	writeFile(t, root, "layouts/page.html", strings.Replace(testLayout, "<main", "<p>fixed</p><main", 1))
	_, err = browsertest.Wait(ctx, `!document.getElementById("briefing-error-overlay") && document.body.textContent.includes("fixed") && document.documentElement.hasAttribute("data-briefing-live")`, wait)
	must("overlay cleared", err)
	// The fix changed the page outside <main>, so the page reloaded, and
	// kept its scroll position (give or take the new line above <main>,
	// which Chromium's scroll anchoring may add).
	_, err = browsertest.Wait(ctx, `window.marker === undefined && Math.abs(window.scrollY - 700) <= 50`, wait)
	if err != nil {
		st, _ := browsertest.Eval[string](ctx, `String(window.marker)+" "+window.scrollY`)
		t.Logf("marker and scroll: %s", st)
	}
	must("reloaded at the same scroll position", err)

	// An atomic save (temp file renamed over the original) is seen.
	renameSave(t, root, "content/economics.md", "Saved by rename")
	_, err = browsertest.Wait(ctx, mainHas("Saved by rename"), wait)
	must("rename save", err)

	// A new page in a new directory is served and shown.
	writeFile(t, root, "content/fresh/new.md", "Brand new page")
	time.Sleep(100 * time.Millisecond)
	must("open new page", browsertest.Navigate(ctx, url+"/fresh/new/"))
	_, err = browsertest.Wait(ctx, mainHas("Brand new page"), wait)
	must("new page", err)
}

// The page reconnects and reloads after the server restarts.
func TestBrowserReconnect(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	ctx := browsertest.New(t)
	root, fb := newSite(t)
	s1, err := New(Options{Source: root, Rebuild: fb.Rebuild})
	if err != nil {
		t.Fatal(err)
	}
	s1.Refresh(nil)
	ln, err := s1.Listen()
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	srv1 := startHTTP(t, s1, ln)
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	must("open", browsertest.Navigate(ctx, "http://"+addr+"/economics/"))
	_, err = browsertest.Wait(ctx, `document.body.textContent.includes("Economics text") && document.documentElement.hasAttribute("data-briefing-live")`, 10*time.Second)
	must("page", err)
	must("mark", evalErr(browsertest.Eval[float64](ctx, `window.marker = 1`)))

	// Stop the server, change the site, start a new server on the same address.
	s1.hub.close()
	srv1()
	writeFile(t, root, "content/economics.md", "After restart")
	s2, _ := New(Options{Source: root, Rebuild: fb.Rebuild})
	s2.Refresh(nil)
	ln2, err := listenRetry(addr)
	must("listen again", err)
	startHTTP(t, s2, ln2)
	_, err = browsertest.Wait(ctx, `window.marker === undefined && document.body.textContent.includes("After restart")`, 10*time.Second)
	must("reconnected and reloaded", err)
	s2.hub.close()
}

func jsString(s string) string { return jsonString(s) }

func evalErr[T any](_ T, err error) error { return err }

// TestBrowserReloadBeforeFrame: a reload that arrives before the page has
// fetched its own frame (a loaded machine answers that fetch late) waits
// for it and swaps <main> in place, instead of navigating.
func TestBrowserReloadBeforeFrame(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	ctx := browsertest.New(t)
	root, fb := newSite(t)
	s, err := New(Options{Source: root, Rebuild: fb.Rebuild})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Refresh(nil); err != nil {
		t.Fatal(err)
	}
	// The page's first fetch of itself (its frame, not a navigation) is
	// answered late, after the reload's fetch.
	var fetches atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/economics/" && r.Header.Get("Sec-Fetch-Mode") != "navigate" && fetches.Add(1) == 1 {
			time.Sleep(1500 * time.Millisecond)
		}
		s.ServeHTTP(w, r)
	}))
	defer ts.Close()
	defer s.hub.close()
	const wait = 10 * time.Second
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	live := `document.documentElement.hasAttribute("data-briefing-live")`
	must("open", browsertest.Navigate(ctx, ts.URL+"/economics/"))
	_, err = browsertest.Wait(ctx, live+` && document.getElementById("main").textContent.includes("Economics text")`, wait)
	must("first page", err)
	must("mark", evalErr(browsertest.Eval[float64](ctx, `window.marker = 42`)))
	writeFile(t, root, "content/economics.md", "Edited before the frame came")
	must("refresh", s.Refresh([]string{"content/economics.md"}))
	_, err = browsertest.Wait(ctx, `document.getElementById("main").textContent.includes("Edited before the frame came")`, wait)
	must("content edit", err)
	if marker, err := browsertest.Eval[float64](ctx, `window.marker`); err != nil || marker != 42 {
		t.Errorf("the page navigated (marker %v, %v), want <main> swapped in place", marker, err)
	}
}
