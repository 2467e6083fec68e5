package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkEditToServed measures edit-to-served over HTTP, side by side with
// Hugo: `briefing serve` (this package's own wiring, in the benchmark's
// process) on a copy of a gencorpus.go site with the repository's theme, and
// `hugo server` (a child process, live reload off, Hugo's default fast
// render) on another copy with the corpus's own layouts. Each round writes
// one edit to each tool, alternating which goes first, and polls the page
// over HTTP until the edit is served:
//
//   - content: a paragraph with a unique word appended to one page's body;
//   - layout: a hidden element with a unique word put at the end of the
//     single-page layout's main block (an HTML comment would not do: both
//     tools' html/template drop comments).
//
// Each edit starts from idle servers (waitIdle: neither process uses CPU),
// so that it is not timed behind the previous edit's remaining work or the
// other tool's rebuild on the same cores.
//
// It prints the median and p90 per (tool, edit kind); a first round, not
// counted, warms both servers up. .ci/bench-serve makes the corpus and runs it:
//
//	BRIEFING_SERVE_CORPUS=/tmp/corpus1k BRIEFING_SERVE_EDITS=20 \
//	  go test ./cmd/briefing -run '^$' -bench EditToServed -benchtime 1x
//
// BRIEFING_HUGO names the hugo binary (default: hugo on $PATH).
func BenchmarkEditToServed(b *testing.B) {
	corpus := os.Getenv("BRIEFING_SERVE_CORPUS")
	if corpus == "" {
		b.Skip("set BRIEFING_SERVE_CORPUS to a site made by gencorpus.go (see .ci/bench-serve)")
	}
	edits := 20
	if s := os.Getenv("BRIEFING_SERVE_EDITS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("BRIEFING_SERVE_EDITS=%q: want a positive number of edits", s)
		}
		edits = n
	}
	hugo := os.Getenv("BRIEFING_HUGO")
	if hugo == "" {
		hugo = "hugo"
	}
	if _, err := exec.LookPath(hugo); err != nil {
		b.Fatalf("%s not found (apt-get install -y hugo, or set BRIEFING_HUGO): %v", hugo, err)
	}
	const page = "economics/page-00002"
	pages := countPages(b, filepath.Join(corpus, "content"))

	bsite, hsite := b.TempDir(), b.TempDir()
	copyTree(b, filepath.Join(corpus, "content"), filepath.Join(bsite, "content"))
	copyTree(b, "../../layouts", filepath.Join(bsite, "layouts"))
	copyTree(b, "../../static", filepath.Join(bsite, "static"))
	copyTree(b, corpus, hsite)
	hugoURL, hugoPid := startHugo(b, hugo, hsite)
	tools := []*servedSite{
		{name: "briefing", url: startServe(b, bsite, serveLog()), site: bsite, layout: "layouts/_default/page.html"},
		{name: "hugo", url: hugoURL, site: hsite, layout: "layouts/_default/single.html"},
	}
	for _, t := range tools {
		t.page = t.url + "/" + page + "/"
		t.content = filepath.Join(t.site, "content", page+".md")
		if _, err := pollFor(t.page, nil, 10*time.Minute); err != nil {
			b.Fatalf("%s never served %s: %v", t.name, t.page, err)
		}
	}
	kinds := []string{"content", "layout"}
	for range b.N {
		took := map[string][]time.Duration{}
		for round := 0; round <= edits; round++ {
			for _, kind := range kinds {
				for k := range tools {
					t := tools[(k+round)%len(tools)] // alternate who goes first
					waitIdle(0, hugoPid)
					d, err := t.edit(kind, fmt.Sprintf("benchmark%dx%d", time.Now().UnixNano(), round))
					if err != nil {
						b.Fatal(err)
					}
					if round > 0 { // round 0 warms up
						took[t.name+" "+kind] = append(took[t.name+" "+kind], d)
					}
				}
			}
		}
		for _, kind := range kinds {
			for _, t := range tools {
				ds := took[t.name+" "+kind]
				slices.Sort(ds)
				med, p90 := ms(percentile(ds, 50)), ms(percentile(ds, 90))
				fmt.Printf("edit-to-served  %6d pages  %-8s  %-7s edit  median %7.1f ms  p90 %7.1f ms  (%d edits)\n",
					pages, t.name, kind, med, p90, len(ds))
				b.ReportMetric(med, "ms-median-"+t.name+"-"+kind)
				b.ReportMetric(p90, "ms-p90-"+t.name+"-"+kind)
			}
		}
	}
	for _, t := range tools { // leave the corpus copies as they were
		t.restore(b)
	}
}

// servedSite is one tool serving its copy of the corpus.
type servedSite struct {
	name, url, site string
	page            string // the URL polled
	content, layout string // the page's content file; the single-page layout (site-relative)
	orig            map[string][]byte
}

// edit writes one edit of kind carrying marker and returns the time from the
// write to the first response serving it.
func (t *servedSite) edit(kind, marker string) (time.Duration, error) {
	file := t.content
	if kind == "layout" {
		file = filepath.Join(t.site, t.layout)
	}
	if t.orig == nil {
		t.orig = map[string][]byte{}
	}
	orig, ok := t.orig[file]
	if !ok {
		data, err := os.ReadFile(file)
		if err != nil {
			return 0, err
		}
		t.orig[file], orig = data, data
	}
	var updated []byte
	switch kind {
	case "content":
		updated = append(slices.Clip(orig), "\n\nA paragraph written by the benchmark: "+marker+".\n"...)
	case "layout":
		end := bytes.LastIndex(orig, []byte("{{ end }}"))
		if end < 0 {
			return 0, fmt.Errorf("%s has no {{ end }} to put the marker before", file)
		}
		updated = slices.Concat(orig[:end], []byte(`<p hidden>`+marker+`</p>`), orig[end:])
	}
	start := time.Now()
	if err := os.WriteFile(file, updated, 0o644); err != nil {
		return 0, err
	}
	if _, err := pollFor(t.page, []byte(marker), 5*time.Minute); err != nil {
		return 0, fmt.Errorf("%s, %s edit: %v", t.name, kind, err)
	}
	return time.Since(start), nil
}

func (t *servedSite) restore(tb testing.TB) {
	for file, data := range t.orig {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			tb.Error(err)
		}
	}
}

// pollFor GETs url until it answers 200 with a body containing want, and
// returns how long that took.
func pollFor(url string, want []byte, timeout time.Duration) (time.Duration, error) {
	start := time.Now()
	var last string
	for time.Since(start) < timeout {
		resp, err := http.Get(url)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && bytes.Contains(body, want) {
				return time.Since(start), nil
			}
			last = resp.Status
		} else {
			last = err.Error()
		}
		time.Sleep(2 * time.Millisecond)
	}
	return 0, fmt.Errorf("GET %s: not served after %v (last: %s)", url, timeout, last)
}

// startHugo runs `hugo server` for site on a free port until the benchmark
// ends and returns its base URL.
func startHugo(tb testing.TB, hugo, site string) (string, int) {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	var out bytes.Buffer
	cmd := exec.Command(hugo, "server", "--source", site, "--bind", "127.0.0.1", "--port", strconv.Itoa(port),
		"--disableLiveReload", "--appendPort=true", "--baseURL", "http://127.0.0.1/")
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if tb.Failed() {
			tb.Logf("hugo server output:\n%s", out.String())
		}
	})
	return "http://127.0.0.1:" + strconv.Itoa(port), cmd.Process.Pid
}

// waitIdle waits until the processes pids (0: this one, which runs
// briefing serve) use no CPU for 200 ms, at most a minute: an edit is timed
// from servers that have finished the work of the edit before (a layout
// edit hands over the page shown first and goes on re-rendering the rest),
// not queued behind it. It returns how long it waited.
func waitIdle(pids ...int) time.Duration {
	start := time.Now()
	ticks := func() (n int64) {
		for _, pid := range pids {
			name := "/proc/self/stat"
			if pid > 0 {
				name = "/proc/" + strconv.Itoa(pid) + "/stat"
			}
			data, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			// utime and stime are fields 14 and 15, after the ")" that
			// closes the command name.
			f := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
			if len(f) > 12 {
				u, _ := strconv.ParseInt(f[11], 10, 64)
				s, _ := strconv.ParseInt(f[12], 10, 64)
				n += u + s
			}
		}
		return n
	}
	for time.Since(start) < time.Minute {
		before := ticks()
		time.Sleep(200 * time.Millisecond)
		if ticks()-before <= 2 { // 20 ms of CPU at 100 ticks a second: the pollers and timers
			break
		}
	}
	return time.Since(start)
}

// countPages counts the Markdown pages under dir that are not section indexes.
func countPages(tb testing.TB, dir string) int {
	tb.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && d.Name() != "_index.md" {
			n++
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// percentile is the nearest-rank percentile q of sorted durations.
func percentile(sorted []time.Duration, q int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*q+99)/100 - 1
	return sorted[max(i, 0)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// serveLog is where briefing serve's rebuild lines go: stderr with
// BRIEFING_SERVE_LOG=1, else nowhere.
func serveLog() io.Writer {
	if os.Getenv("BRIEFING_SERVE_LOG") != "" {
		return os.Stderr
	}
	return io.Discard
}
