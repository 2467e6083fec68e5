// Package sitequality checks a built briefing site against the publishing
// bars of the project: valid HTML (the Nu HTML checker), no accessibility
// violations (axe-core in Chromium, light and dark colour schemes), the page
// weight budget, no request to another host; and it takes screenshots so that
// people can look at the pages.
//
// The tools are not Go modules: vnu-jar and axe-core come from npm and are
// installed outside the repository (see Tools); Chromium comes from the
// system. The checks live here, the verdicts in the package's tests.
package sitequality

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/chromium"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Tools locates the npm-installed checkers.
type Tools struct {
	Dir    string // the npm prefix: $BRIEFING_TOOLS, default ~/.cache/briefing-tools
	VnuJar string // Dir/node_modules/vnu-jar/build/dist/vnu.jar
	AxeJS  string // Dir/node_modules/axe-core/axe.min.js
	Java   string // java on PATH
	Chrome string // $BRIEFING_CHROMIUM, else chromium (Debian) or google-chrome on PATH
}

// InstallHint is the command that installs the npm tools where FindTools looks.
const InstallHint = `npm install --no-audit --no-fund --ignore-scripts --prefix "${BRIEFING_TOOLS:-$HOME/.cache/briefing-tools}" vnu-jar@26.9.27 axe-core@4.14.1`

// FindTools returns the tools it finds; the error names each missing one and
// how to install it, for a test to skip with.
func FindTools() (Tools, error) {
	t := Tools{Dir: os.Getenv("BRIEFING_TOOLS")}
	if t.Dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return t, err
		}
		t.Dir = filepath.Join(home, ".cache", "briefing-tools")
	}
	t.VnuJar = filepath.Join(t.Dir, "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	t.AxeJS = filepath.Join(t.Dir, "node_modules", "axe-core", "axe.min.js")
	var missing []string
	for _, f := range []string{t.VnuJar, t.AxeJS} {
		if _, err := os.Stat(f); err != nil {
			missing = append(missing, f+" (install: "+InstallHint+")")
		}
	}
	if j, err := exec.LookPath("java"); err == nil {
		t.Java = j
	} else {
		missing = append(missing, "java (apt-get install -y default-jre-headless)")
	}
	t.Chrome = os.Getenv("BRIEFING_CHROMIUM")
	for _, name := range []string{"chromium", "google-chrome", "chromium-browser"} {
		if t.Chrome != "" {
			break
		}
		if p, err := exec.LookPath(name); err == nil {
			t.Chrome = p
		}
	}
	if t.Chrome == "" {
		missing = append(missing, "chromium (apt-get install -y chromium)")
	}
	if len(missing) > 0 {
		return t, errors.New("missing: " + strings.Join(missing, "; "))
	}
	return t, nil
}

// VnuMessage is one message of the Nu HTML checker.
type VnuMessage struct {
	Type     string `json:"type"` // "error" (or "info" with subType "warning")
	URL      string `json:"url"`
	LastLine int    `json:"lastLine"`
	Message  string `json:"message"`
	Extract  string `json:"extract"`
}

func (m VnuMessage) String() string {
	return fmt.Sprintf("%s:%d: %s", strings.TrimPrefix(m.URL, "file:"), m.LastLine, m.Message)
}

// Validate runs the Nu HTML checker over every .html and .svg file under dir
// and returns its errors (warnings are not asked for).
func (t Tools) Validate(ctx context.Context, dir string) ([]VnuMessage, error) {
	cmd := exec.CommandContext(ctx, t.Java, "-jar", t.VnuJar, "--errors-only", "--format", "json",
		"--skip-non-html", "--also-check-svg", dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr // vnu writes its report to stderr
	runErr := cmd.Run()
	var report struct {
		Messages []VnuMessage `json:"messages"`
	}
	if err := json.Unmarshal(stderr.Bytes(), &report); err != nil {
		return nil, fmt.Errorf("vnu: %v (exit: %v): %s", err, runErr, stderr.Bytes())
	}
	var errs []VnuMessage
	for _, m := range report.Messages {
		if m.Type == "error" || m.Type == "non-document-error" {
			errs = append(errs, m)
		}
	}
	return errs, nil
}

// Site serves a built site over HTTP on a loopback port for the browser
// checks, with its files at the root (the site must be built with base URL "/").
type Site struct {
	Dir string
	srv *httptest.Server
}

// Serve starts serving dir; Close stops it.
func Serve(dir string) *Site {
	return &Site{Dir: dir, srv: httptest.NewServer(http.FileServer(http.Dir(dir)))}
}

// URL is the absolute URL of a site path such as "/economics/".
func (s *Site) URL(p string) string { return s.srv.URL + p }

// Close stops the server.
func (s *Site) Close() { s.srv.Close() }

// Browser starts a headless Chromium with a throw-away profile. Cancel the
// returned context to stop it.
func (t Tools) Browser(ctx context.Context) (context.Context, context.CancelFunc, error) {
	return chromium.Start(ctx, t.Chrome)
}

// Scheme is a colour scheme to emulate.
type Scheme string

// The colour schemes the theme supports.
const (
	Light Scheme = "light"
	Dark  Scheme = "dark"
)

// Print is not a colour scheme but the print medium, for screenshots of how
// a page prints.
const Print Scheme = "print"

func emulate(ctx context.Context, width int64, scheme Scheme) error {
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)); err != nil {
		return err
	}
	params := emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: string(scheme)}},
	}
	if scheme == Print {
		params = emulation.SetEmulatedMediaParams{Media: "print"}
	}
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, params)
	return err
}

// open emulates a viewport and scheme, loads u and, if waitJS is set, polls
// it until it is true (e.g. until search results are shown).
func open(ctx context.Context, u string, width int64, scheme Scheme, waitJS string) error {
	if err := emulate(ctx, width, scheme); err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
		return fmt.Errorf("loading %s: %w", u, err)
	}
	if waitJS == "" {
		return nil
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+waitJS+")"))
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: %s never became true", u, waitJS)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// AxeViolation is one failed axe-core rule on a page.
type AxeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

func (v AxeViolation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for i, n := range v.Nodes {
		if i == 3 {
			fmt.Fprintf(&b, "\n    … %d more", len(v.Nodes)-3)
			break
		}
		fmt.Fprintf(&b, "\n    %v %s\n      %s", n.Target, n.HTML, strings.ReplaceAll(n.Summary, "\n", "; "))
	}
	return b.String()
}

// Axe loads u at the given width and colour scheme, waits for waitJS (may be
// empty), injects axe-core and returns its violations (all rules axe enables
// by default: WCAG 2.x A/AA and best practices).
func (t Tools) Axe(ctx context.Context, u string, width int64, scheme Scheme, waitJS string) ([]AxeViolation, error) {
	src, err := os.ReadFile(t.AxeJS)
	if err != nil {
		return nil, err
	}
	if err := open(ctx, u, width, scheme, waitJS); err != nil {
		return nil, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](string(src)+";true")); err != nil {
		return nil, fmt.Errorf("injecting axe-core: %w", err)
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("axe on %s: %w", u, err)
	}
	var vs []AxeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		return nil, err
	}
	return vs, nil
}

// Weight is what a page costs to load.
type Weight struct {
	// GzipBytes is the gzip-compressed size (what a server that compresses
	// sends) of the page's HTML, CSS and JS, per URL; Total sums them.
	GzipBytes map[string]int
	Total     int
	// Other is every other same-host request (images, fetches such as the
	// search index), which the budget does not count.
	Other []string
	// Foreign is every request to another host: there must be none.
	Foreign []string
}

// PageWeight loads u, waits for waitJS (may be empty; e.g. for lazy
// scripts), and measures what the browser requested. Sizes are measured on
// the files served, compressed with gzip at the default level, so that the
// figure does not depend on the test server's own compression.
func (s *Site) PageWeight(ctx context.Context, u string, waitJS string) (Weight, error) {
	type req struct {
		url string
		typ network.ResourceType
	}
	var mu sync.Mutex
	var reqs []req
	lctx, stop := context.WithCancel(ctx)
	defer stop()
	if err := chromedp.Listen(lctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			reqs = append(reqs, req{e.Request.URL, e.Type})
			mu.Unlock()
		}
	}); err != nil {
		return Weight{}, err
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return Weight{}, err
	}
	// A cached resource may not be requested again: measure a cold load.
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return Weight{}, err
	}
	if err := open(ctx, u, 1280, Light, waitJS); err != nil {
		return Weight{}, err
	}
	time.Sleep(300 * time.Millisecond) // let late requests (fonts, lazy images) start
	stop()
	mu.Lock()
	defer mu.Unlock()
	home, _ := url.Parse(s.srv.URL)
	w := Weight{GzipBytes: map[string]int{}}
	for _, r := range reqs {
		pu, err := url.Parse(r.url)
		if err != nil || pu.Scheme == "data" || pu.Scheme == "blob" || pu.Scheme == "about" {
			continue
		}
		if pu.Host != home.Host {
			w.Foreign = append(w.Foreign, r.url)
			continue
		}
		switch r.typ {
		case network.ResourceTypeDocument, network.ResourceTypeStylesheet, network.ResourceTypeScript:
		default:
			w.Other = append(w.Other, r.url)
			continue
		}
		n, err := gzipSize(s.Dir, pu.Path)
		if err != nil {
			return w, err
		}
		w.GzipBytes[pu.Path] = n
	}
	for _, n := range w.GzipBytes {
		w.Total += n
	}
	sort.Strings(w.Other)
	sort.Strings(w.Foreign)
	return w, nil
}

// gzipSize is the gzip-compressed size of the file a URL path serves.
func gzipSize(dir, urlPath string) (int, error) {
	p := path.Clean("/" + urlPath)
	if strings.HasSuffix(urlPath, "/") {
		p = path.Join(p, "index.html")
	}
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
	if err != nil {
		return 0, err
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Len(), nil
}

// Shot is one screenshot to take.
type Shot struct {
	Name     string // file name without extension, e.g. "home-390"
	Path     string // site path, e.g. "/"
	Width    int64
	Selector string // CSS selector of one element to capture; empty for the full page
	Wait     string // JavaScript condition to wait for before the shot (may be empty)
	Scheme   Scheme // Light (the default), Dark or Print
}

// Screenshot takes shot into dir/<Name>.png and returns the file's path.
func (s *Site) Screenshot(ctx context.Context, shot Shot, dir string) (string, error) {
	scheme := shot.Scheme
	if scheme == "" {
		scheme = Light
	}
	if err := open(ctx, s.URL(shot.Path), shot.Width, scheme, shot.Wait); err != nil {
		return "", err
	}
	var png []byte
	var err error
	if shot.Selector == "" {
		png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	} else {
		// chromedp waits for a selector to match; say so at once instead.
		found, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf("!!document.querySelector(%q)", shot.Selector)))
		if err != nil {
			return "", err
		}
		if !found {
			return "", fmt.Errorf("screenshot %s: %s has no element %s: %w", shot.Name, shot.Path, shot.Selector, ErrNoElement)
		}
		png, err = chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(shot.Selector)))
	}
	if err != nil {
		return "", fmt.Errorf("screenshot %s: %w", shot.Name, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	out := filepath.Join(dir, shot.Name+".png")
	return out, os.WriteFile(out, png, 0o644)
}

// ErrNoElement is returned by Screenshot when the page has no element for
// the shot's selector.
var ErrNoElement = errors.New("no such element")

// ScreenshotDir is where screenshots go: $BRIEFING_SCREENSHOTS, else
// briefing-screenshots in the OS temporary directory (never inside the
// repository or the published site).
func ScreenshotDir() string {
	if d := os.Getenv("BRIEFING_SCREENSHOTS"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "briefing-screenshots")
}
