package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

// newServer builds the fake site once and serves it with httptest.
func newServer(t testing.TB) (root string, s *Server, ts *httptest.Server, fb *fakeBuilder) {
	t.Helper()
	root, fb = newSite(t)
	s, err := New(Options{Source: root, Rebuild: fb.Rebuild})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Refresh(nil); err != nil {
		t.Fatal(err)
	}
	ts = httptest.NewServer(s)
	t.Cleanup(func() {
		s.hub.close()
		ts.Close()
	})
	return root, s, ts, fb
}

func TestHandler(t *testing.T) {
	_, s, ts, _ := newServer(t)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		path     string
		status   int
		ctype    string
		contains string
		script   bool
		location string
	}{
		{"/", 200, "text/html; charset=utf-8", "Home page", true, ""},
		{"/economics/", 200, "text/html; charset=utf-8", "Economics text", true, ""},
		{"/economics/index.html", 200, "text/html; charset=utf-8", "Economics text", true, ""},
		{"/economics", 302, "", "", false, "/economics/"},
		{"/sources/a/", 200, "text/html; charset=utf-8", "Source A", true, ""},
		{"/css/style.css", 200, "text/css; charset=utf-8", "color", false, ""},
		{"/img/dot.png", 200, "image/png", "PNG", false, ""},
		{"/data.json", 200, "application/json; charset=utf-8", `"a"`, false, ""},
		{"/notes.txt", 200, "text/plain; charset=utf-8", "plain", false, ""},
		{"/dir/sub/page.xml", 200, "application/xml; charset=utf-8", "<a/>", false, ""},
		{"/dir/", 200, "text/html; charset=utf-8", "dir index", true, ""},
		{"/noclose.html", 200, "text/html; charset=utf-8", "fragment", true, ""},
		{"/missing/", 404, "text/html; charset=utf-8", "Not here", true, ""},
		{"/.hidden", 404, "text/html; charset=utf-8", "Not here", true, ""},
		{"/.well-known/x", 200, "text/plain; charset=utf-8", "published", false, ""}, // as the build publishes it
		{"/css/.env", 404, "text/html; charset=utf-8", "Not here", true, ""},
		{"/../content/economics.md", 404, "", "Not here", true, ""},
		{"/%2e%2e/%2e%2e/etc/passwd", 404, "", "Not here", true, ""},
		{"/css/..%2f..%2fgo.mod", 404, "", "Not here", true, ""},
		{"/css%5cstyle.css", 404, "", "Not here", true, ""},
		{"/layouts/page.html", 404, "", "Not here", true, ""},
		{"/economics/../css/style.css", 404, "", "Not here", true, ""}, // browsers never send "..": refuse it outright
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			req, _ := http.NewRequest("GET", ts.URL+tt.path, nil)
			req.URL.Opaque = tt.path // send the path exactly as written, no client-side cleaning
			resp, err := noRedirect.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
			}
			if tt.ctype != "" && resp.Header.Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", resp.Header.Get("Content-Type"), tt.ctype)
			}
			if !strings.Contains(string(body), tt.contains) {
				t.Errorf("body %q does not contain %q", body, tt.contains)
			}
			if got := strings.Contains(string(body), "data-briefing-livereload"); got != tt.script {
				t.Errorf("script injected = %v, want %v", got, tt.script)
			}
			if tt.location != "" && resp.Header.Get("Location") != tt.location {
				t.Errorf("Location %q, want %q", resp.Header.Get("Location"), tt.location)
			}
			if strings.Contains(string(body), "secret") {
				t.Errorf("served a dot file")
			}
		})
	}
	// The script goes before </body>, and the built files stay untouched.
	resp, _ := http.Get(ts.URL + "/dir/")
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "</script>\n</BODY>") {
		t.Errorf("script not before </BODY>: %s", body)
	}
	for name, data := range s.snap.Load().files {
		if strings.Contains(string(data), "briefing-livereload") {
			t.Errorf("built file %s contains the live-reload script", name)
		}
	}
	// Only GET and HEAD.
	resp, _ = http.Post(ts.URL+"/", "text/plain", strings.NewReader("x"))
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", resp.StatusCode)
	}
	resp, _ = http.Head(ts.URL + "/css/style.css")
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.ContentLength != int64(len("body { color: rgb(0, 0, 0); }")) {
		t.Errorf("HEAD: status %d length %d", resp.StatusCode, resp.ContentLength)
	}
}

func TestFilePath(t *testing.T) {
	tests := []struct {
		in, key string
		ok      bool
	}{
		{"/", "", true},
		{"/a/b", "a/b", true},
		{"/a/b/", "a/b/", true},
		{"/a//b", "a/b", true},
		{"/a/../b", "", false},
		{"/..", "", false},
		{"/a/../../etc/passwd", "", false},
		{"/.git/config", "", false},
		{"/a/.env", "", false},
		{"/.env", "", false},
		{"/.well-known/security.txt", ".well-known/security.txt", true},
		{"/.well-known/", ".well-known/", true},
		{"/a/.well-known/x", "", false},
		{"/.nojekyll", ".nojekyll", true},
		{"a", "", false},
		{"/a\\..\\b", "", false},
		{"/a\x00", "", false},
	}
	for _, tt := range tests {
		key, ok := filePath(tt.in)
		if key != tt.key || ok != tt.ok {
			t.Errorf("filePath(%q) = %q, %v; want %q, %v", tt.in, key, ok, tt.key, tt.ok)
		}
	}
}

func FuzzFilePath(f *testing.F) {
	for _, s := range []string{"/", "/a/../b", "/.git", "/a/./b/", "//x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		key, ok := filePath(p)
		if !ok {
			return
		}
		if strings.HasPrefix(key, "/") || !content.Published(strings.TrimSuffix(key, "/")) || strings.Contains(key, "\\") || strings.Contains("/"+key+"/", "/../") {
			t.Errorf("filePath(%q) = %q escapes or names a dot file", p, key)
		}
	})
}

func TestInject(t *testing.T) {
	tests := []struct{ in, before string }{
		{"<html><body>x</body></html>", "</body></html>"},
		{"<html><body>x</BODY></html>", "</BODY></html>"},
		{"<p>no body", ""},
		{"<body><pre>&lt;/body&gt;</pre></body>", "</body>"},
	}
	for _, tt := range tests {
		got := string(inject([]byte(tt.in), "id1"))
		i := strings.Index(got, "<script data-briefing-livereload>")
		j := strings.Index(got, "</script>\n")
		if i < 0 || j < 0 || got[j+len("</script>\n"):] != tt.before {
			t.Errorf("inject(%q) = %q", tt.in, got)
		}
		if !strings.Contains(got, `var id="id1"`) {
			t.Errorf("inject(%q) does not carry the build id", tt.in)
		}
	}
}

// sseClient reads events from the live-reload stream.
type sseClient struct {
	resp   *http.Response
	events chan [2]string
}

func dialSSE(t testing.TB, url string) *sseClient {
	t.Helper()
	resp, err := http.Get(url + eventsPath)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("Content-Type %q", ct)
	}
	c := &sseClient{resp: resp, events: make(chan [2]string, 100)}
	go func() {
		defer close(c.events)
		sc := bufio.NewScanner(resp.Body)
		var ev, data string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				data = line[len("data: "):]
			case line == "" && ev != "":
				c.events <- [2]string{ev, data}
				ev, data = "", ""
			}
		}
	}()
	t.Cleanup(func() { resp.Body.Close() })
	return c
}

func (c *sseClient) next(t testing.TB) (event string, data map[string]any) {
	t.Helper()
	select {
	case e, ok := <-c.events:
		if !ok {
			t.Fatal("stream ended")
		}
		if err := json.Unmarshal([]byte(e[1]), &data); err != nil {
			t.Fatalf("event %s: bad data %q", e[0], e[1])
		}
		return e[0], data
	case <-time.After(5 * time.Second):
		t.Fatal("no event within 5s")
	}
	return "", nil
}

func (c *sseClient) quiet(t testing.TB, d time.Duration) {
	t.Helper()
	select {
	case e := <-c.events:
		t.Errorf("unexpected event %v", e)
	case <-time.After(d):
	}
}

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestEvents(t *testing.T) {
	root, s, ts, _ := newServer(t)
	c := dialSSE(t, ts.URL)
	ev, d := c.next(t)
	if ev != "hello" || d["id"] != s.snap.Load().id || d["problems"] != nil {
		t.Fatalf("first event %s %v", ev, d)
	}

	steps := []struct {
		name  string
		edit  func()
		event string
		check func(d map[string]any)
	}{
		{"content edit reloads", func() { writeFile(t, root, "content/economics.md", "New economics") }, "reload", nil},
		{"css edit swaps the stylesheet", func() { writeFile(t, root, "static/css/style.css", "body{color:red}") }, "css", func(d map[string]any) {
			if fmt.Sprint(d["paths"]) != "[css/style.css]" {
				t.Errorf("css paths %v", d["paths"])
			}
		}},
		{"broken template shows problems", func() { writeFile(t, root, "layouts/page.html", "<html>\n<body>\n{{broken\n</body></html>") }, "problems", func(d map[string]any) {
			want := `[map[line:3 msg:unclosed action path:layouts/page.html]]`
			if fmt.Sprint(d["problems"]) != want {
				t.Errorf("problems %v, want %v", d["problems"], want)
			}
		}},
		{"still broken", func() { writeFile(t, root, "content/economics.md", "Newer") }, "problems", nil},
		{"fixed reloads", func() { writeFile(t, root, "layouts/page.html", testLayout) }, "reload", nil},
		{"broken again", func() { writeFile(t, root, "layouts/page.html", "{{broken") }, "problems", nil},
		{"fixed with the same output clears", func() { writeFile(t, root, "layouts/page.html", testLayout) }, "ok", nil},
	}
	for _, st := range steps {
		st.edit()
		s.Refresh([]string{"x"})
		ev, d := c.next(t)
		if ev != st.event {
			t.Fatalf("%s: event %s %v, want %s", st.name, ev, d, st.event)
		}
		if st.check != nil {
			st.check(d)
		}
		if st.event == "problems" {
			// The last good build is still served, and a new stream hears of the problem.
			if code, body := get(t, ts.URL+"/sources/a/"); code != 200 || !strings.Contains(body, "Source A") {
				t.Errorf("%s: not serving the last good build: %d", st.name, code)
			}
			c2 := dialSSE(t, ts.URL)
			if ev, d := c2.next(t); ev != "hello" || d["problems"] == nil {
				t.Errorf("%s: hello %s %v lacks the problems", st.name, ev, d)
			}
			c2.resp.Body.Close()
		}
	}
	// A save that changes nothing sends nothing.
	s.Refresh([]string{"content/economics.md"})
	c.quiet(t, 100*time.Millisecond)
}

// When the browser hears "reload", the new page must already be served.
func TestReloadAfterSwap(t *testing.T) {
	root, s, ts, _ := newServer(t)
	c := dialSSE(t, ts.URL)
	c.next(t)
	for i := range 50 {
		text := fmt.Sprintf("version %d", i)
		writeFile(t, root, "content/economics.md", text)
		go s.Refresh([]string{"content/economics.md"})
		if ev, _ := c.next(t); ev != "reload" {
			t.Fatalf("event %s", ev)
		}
		if _, body := get(t, ts.URL+"/economics/"); !strings.Contains(body, text) {
			t.Fatalf("after reload event, page lacks %q", text)
		}
	}
}

func TestInitialBuildFails(t *testing.T) {
	root, fb := newSite(t)
	writeFile(t, root, "layouts/page.html", "ok\n{{broken")
	s, _ := New(Options{Source: root, Rebuild: fb.Rebuild})
	if err := s.Refresh(nil); err == nil {
		t.Fatal("no error")
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	defer s.hub.close()
	code, body := get(t, ts.URL+"/economics/")
	if code != 500 || !strings.Contains(body, "layouts/page.html:2: unclosed action") || !strings.Contains(body, "data-briefing-livereload") {
		t.Errorf("got %d %q", code, body)
	}
	c := dialSSE(t, ts.URL)
	c.next(t)
	writeFile(t, root, "layouts/page.html", testLayout)
	s.Refresh(nil)
	if ev, _ := c.next(t); ev != "reload" {
		t.Errorf("event %s after the fix", ev)
	}
	if code, _ := get(t, ts.URL+"/economics/"); code != 200 {
		t.Errorf("status %d after the fix", code)
	}
}

func TestReimport(t *testing.T) {
	root, fb := newSite(t)
	var got [][]string
	s, _ := New(Options{Source: root, Rebuild: fb.Rebuild, Reimport: func(seeds []string) error {
		got = append(got, seeds)
		return nil
	}})
	s.Refresh(nil)
	fb.calls = nil
	s.Refresh([]string{"seeds/a.txt"})
	if fmt.Sprint(got) != "[[seeds/a.txt]]" || len(fb.calls) != 0 {
		t.Errorf("seed-only change: reimport %v, rebuilds %v", got, fb.calls)
	}
	s.Refresh([]string{"content/a.md", "seeds/b.txt"})
	if fmt.Sprint(got) != "[[seeds/a.txt] [seeds/b.txt]]" || fmt.Sprint(fb.calls) != "[[content/a.md]]" {
		t.Errorf("mixed change: reimport %v, rebuilds %v", got, fb.calls)
	}
}

// runServer runs s on a free port until the test ends and returns its URL.
func runServer(t testing.TB, root string, rebuild Rebuild, poll time.Duration) (*Server, string) {
	t.Helper()
	s, err := New(Options{Source: root, Rebuild: rebuild, Poll: poll, Log: t.Output(), Verbose: true})
	if err != nil {
		t.Fatal(err)
	}
	ln := testutil.Serve(t, s)
	url := URL(ln)
	// Run builds before serving; wait for the first page.
	for i := 0; ; i++ {
		if code, _ := get(t, url); code == 200 {
			break
		}
		if i > 200 {
			t.Fatal("site never came up")
		}
		time.Sleep(10 * time.Millisecond)
	}
	return s, strings.TrimSuffix(url, "/")
}

func TestRunWatchesAndShutsDown(t *testing.T) {
	for _, poll := range []time.Duration{0, 50 * time.Millisecond} {
		t.Run(fmt.Sprint("poll=", poll), func(t *testing.T) {
			root, fb := newSite(t)
			_, url := runServer(t, root, fb.Rebuild, poll)
			c := dialSSE(t, url)
			c.next(t)
			renameSave(t, root, "content/economics.md", "Saved by rename")
			if ev, _ := c.next(t); ev != "reload" {
				t.Fatalf("event %s", ev)
			}
			if _, body := get(t, url+"/economics/"); !strings.Contains(body, "Saved by rename") {
				t.Errorf("page not updated: %s", body)
			}
			fb.mu.Lock()
			last := fb.calls[len(fb.calls)-1]
			fb.mu.Unlock()
			if !contains(last, "content/economics.md") {
				t.Errorf("rebuild got changed=%q", last)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestShutdownEndsStreams(t *testing.T) {
	root, fb := newSite(t)
	s, _ := New(Options{Source: root, Rebuild: fb.Rebuild})
	ln, _ := s.Listen()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, ln) }()
	url := strings.TrimSuffix(URL(ln), "/")
	var c *sseClient
	for i := 0; i < 100; i++ {
		if code, _ := get(t, url); code == 200 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	c = dialSSE(t, url)
	c.next(t)
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Run did not stop with a stream open")
	}
	select {
	case _, ok := <-c.events:
		if ok {
			t.Error("event after shutdown")
		}
	case <-time.After(2 * time.Second):
		t.Error("stream not ended by shutdown")
	}
}

func TestPortInUse(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	port := busy.Addr().(*net.TCPAddr).Port
	var log strings.Builder
	s, _ := New(Options{Port: port, Rebuild: func([]string) (map[string][]byte, error) { return nil, nil }, Log: &log})
	ln, err := s.Listen()
	if err != nil {
		t.Skipf("no free port next to %d: %v", port, err)
	}
	defer ln.Close()
	if got := ln.Addr().(*net.TCPAddr).Port; got == port {
		t.Errorf("listened on the busy port")
	}
	if !strings.Contains(log.String(), fmt.Sprintf("port %d is in use; using", port)) {
		t.Errorf("log %q does not say the port moved", log.String())
	}
	if !strings.HasPrefix(URL(ln), "http://127.0.0.1:") {
		t.Errorf("URL %s", URL(ln))
	}
}

// 1,000 saves in 10 seconds: no crash, and the last version is what is served.
func TestManySaves(t *testing.T) {
	if testing.Short() {
		t.Skip("10 s load test")
	}
	root, fb := newSite(t)
	_, url := runServer(t, root, fb.Rebuild, 0)
	c := dialSSE(t, url)
	c.next(t)
	go func() {
		for range c.events { // keep the stream drained like a browser would
		}
	}()
	const saves = 1000
	tick := time.NewTicker(10 * time.Second / saves)
	defer tick.Stop()
	for i := range saves {
		<-tick.C
		text := fmt.Sprintf("save number %d", i)
		if i%2 == 0 {
			writeFile(t, root, "content/economics.md", text)
		} else {
			renameSave(t, root, "content/economics.md", text)
		}
	}
	want := fmt.Sprintf("save number %d", saves-1)
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, body := get(t, url+"/economics/")
		if strings.Contains(body, want+"<") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("last version never served; page: %.200s", body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	fb.mu.Lock()
	t.Logf("%d saves -> %d rebuilds", saves, len(fb.calls))
	fb.mu.Unlock()
}

func openFDs(t testing.TB) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	return len(ents)
}

// 100 live-reload clients connected and then closed leave nothing behind.
func TestClientsLeaveNoLeak(t *testing.T) {
	_, s, ts, _ := newServer(t)
	tr := &http.Transport{DisableKeepAlives: true}
	client := &http.Client{Transport: tr}
	get(t, ts.URL) // warm up
	tr.CloseIdleConnections()
	http.DefaultTransport.(*http.Transport).CloseIdleConnections()
	settle := func(cond func() bool) {
		for i := 0; i < 200 && !cond(); i++ {
			time.Sleep(10 * time.Millisecond)
			runtime.GC()
		}
	}
	baseG, baseFD := runtime.NumGoroutine(), openFDs(t)

	const n = 100
	var bodies []io.ReadCloser
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := client.Get(ts.URL + eventsPath)
			if err != nil {
				t.Error(err)
				return
			}
			// Read the hello so the stream is surely established.
			br := bufio.NewReader(resp.Body)
			for {
				line, err := br.ReadString('\n')
				if err != nil || strings.HasPrefix(line, "event: hello") {
					break
				}
			}
			mu.Lock()
			bodies = append(bodies, resp.Body)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if got := s.hub.count(); got != n {
		t.Fatalf("%d streams connected, want %d", got, n)
	}
	s.hub.broadcast(message{event: "reload", data: "{}"})
	for _, b := range bodies {
		b.Close()
	}
	tr.CloseIdleConnections()
	settle(func() bool { return s.hub.count() == 0 })
	if got := s.hub.count(); got != 0 {
		t.Errorf("%d streams still registered", got)
	}
	settle(func() bool { return runtime.NumGoroutine() <= baseG+2 && openFDs(t) <= baseFD+2 })
	if g, fd := runtime.NumGoroutine(), openFDs(t); g > baseG+2 || fd > baseFD+2 {
		t.Errorf("after closing %d clients: goroutines %d (was %d), fds %d (was %d)", n, g, baseG, fd, baseFD)
	}
}

// startHTTP serves s on ln and returns a function that shuts it down (also
// run when the test ends).
func startHTTP(t testing.TB, s *Server, ln net.Listener) (stop func()) {
	srv := &http.Server{Handler: s}
	go srv.Serve(ln)
	var once sync.Once
	stop = func() {
		once.Do(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			srv.Shutdown(ctx)
		})
	}
	t.Cleanup(stop)
	return stop
}

// listenRetry listens on addr, waiting for a just-closed listener to let go.
func listenRetry(addr string) (net.Listener, error) {
	var err error
	for range 100 {
		var ln net.Listener
		if ln, err = net.Listen("tcp", addr); err == nil {
			return ln, nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return nil, err
}
