// Package serve is the live preview behind `briefing serve`: it serves a built
// site from memory, rebuilds it when its sources change, and tells the open
// browser pages to update over Server-Sent Events.
//
// The package knows nothing about how a site is built: it calls a Rebuild
// function with the changed source paths and serves the files it returns, so
// it can be tested with a fake builder. The browser is told to update only
// after the new files have replaced the old ones, so a reload never shows a
// stale or half-built page.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/watch"
)

// Rebuild builds the site and returns every file of it, keyed by slash path
// under the public root ("index.html", "economics/index.html",
// "css/style.css", "404.html"). changed lists the source paths (relative to
// the site directory, slash-separated) changed since the last call; nil means
// everything. The returned map and its contents must not be modified later.
// Errors that point into a file should be *diag.Error or diag.List, so that
// the browser overlay can show file:line.
type Rebuild func(changed []string) (map[string][]byte, error)

// RebuildFirst is Rebuild for a builder that can build some pages first:
// first lists the files of the pages browsers are showing ("economics/index.html"),
// and early, if the builder calls it, gets their new versions as soon as
// they are ready, while the rest is still being built. ctx is cancelled
// when newer changes arrive: the builder may then stop and return any
// error; the server calls it again with changed and the newer changes.
type RebuildFirst func(ctx context.Context, changed, first []string, early func(files map[string][]byte)) (map[string][]byte, error)

// Reimport re-runs the import for changed seed files (paths like
// "seeds/x.txt"). It writes content/ files, which the watcher then reports.
type Reimport func(changed []string) error

// WatchedDirs are the source directories whose changes trigger a rebuild.
var WatchedDirs = []string{"content", "layouts", "static", "seeds"}

// Options configure a Server.
type Options struct {
	Source string // site directory holding content/, layouts/, static/, seeds/
	Bind   string // address to listen on; default 127.0.0.1
	Port   int    // first port to try; 0 picks any free port
	// AllowHosts are Host names answered besides localhost, loopback and
	// the Bind address ("*": any); see hosts.go.
	AllowHosts []string
	// Poll, when non-zero, watches by scanning at this interval instead of
	// relying on file system events.
	Poll     time.Duration
	Debounce time.Duration // see watch.Options.Debounce
	Rebuild  Rebuild       // required unless RebuildFirst is given
	// RebuildFirst, when given, is used instead of Rebuild: the pages
	// browsers last asked for are served as soon as the builder has them.
	RebuildFirst RebuildFirst
	Reimport     Reimport  // optional; nil passes seed changes to Rebuild
	Log          io.Writer // one line per rebuild; nil discards
	Verbose      bool      // also log the changed paths
	// BasePath, when not "" or "/", serves the site under that path (the
	// path of the published base URL, e.g. "/repo/"), as GitHub project
	// pages do; "/" redirects there.
	BasePath string
}

// Problem is one build error as the browser overlay shows it.
type Problem struct {
	Path string `json:"path,omitempty"`
	Line int    `json:"line,omitempty"`
	Msg  string `json:"msg"`
}

// String formats p as "path:line: msg".
func (p Problem) String() string {
	switch {
	case p.Path == "":
		return p.Msg
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
	}
	return p.Path + ": " + p.Msg
}

// snapshot is the state being served: the last good build and, if the most
// recent build failed, its problems. It is replaced whole, never modified.
type snapshot struct {
	files map[string][]byte
	// over are pages a build in progress handed over early, served
	// instead of those in files.
	over     map[string][]byte
	id       string // identifies files and over; changes whenever they do
	problems []Problem
}

// file is the served file name.
func (s *snapshot) file(name string) ([]byte, bool) {
	if data, ok := s.over[name]; ok {
		return data, true
	}
	data, ok := s.files[name]
	return data, ok
}

// Server serves a site and keeps it up to date.
type Server struct {
	opts     Options
	instance string // distinguishes this process's builds from a previous run's
	builds   int    // guarded by buildMu
	buildMu  sync.Mutex
	snap     atomic.Pointer[snapshot]
	hub      *hub
	log      io.Writer
	// viewed are the HTML files last served, most recent first: the pages
	// browsers show, which a rebuild serves first (RebuildFirst).
	viewedMu sync.Mutex
	viewed   []string
}

// maxViewed is how many recently served pages a rebuild serves first.
const maxViewed = 4

// sawPage notes that the HTML file name was served.
func (s *Server) sawPage(name string) {
	s.viewedMu.Lock()
	defer s.viewedMu.Unlock()
	if len(s.viewed) > 0 && s.viewed[0] == name {
		return
	}
	next := []string{name}
	for _, v := range s.viewed {
		if v != name && len(next) < maxViewed {
			next = append(next, v)
		}
	}
	s.viewed = next
}

func (s *Server) viewedPages() []string {
	s.viewedMu.Lock()
	defer s.viewedMu.Unlock()
	return append([]string(nil), s.viewed...)
}

// rebuild calls the Rebuild function; with RebuildFirst, the pages browsers
// show are swapped in as soon as the builder hands them over, and the
// browsers told, before the rest of the site is done.
func (s *Server) rebuild(ctx context.Context, changed []string, old *snapshot) (map[string][]byte, error) {
	if s.opts.RebuildFirst == nil {
		return s.opts.Rebuild(changed)
	}
	return s.opts.RebuildFirst(ctx, changed, s.viewedPages(), func(early map[string][]byte) {
		if len(early) == 0 || len(old.files) == 0 {
			return
		}
		cur := s.snap.Load()
		over := maps.Clone(cur.over)
		if over == nil {
			over = make(map[string][]byte, len(early))
		}
		maps.Copy(over, early)
		s.builds++
		next := &snapshot{files: cur.files, over: over, id: s.instance + "-" + strconv.Itoa(s.builds), problems: cur.problems}
		s.snap.Store(next)
		s.hub.broadcast(message{event: "reload", data: jsonString(map[string]any{"id": next.id})})
	})
}

// New returns a Server; nothing is built or served until Refresh or Run.
func New(opts Options) (*Server, error) {
	if opts.Rebuild == nil && opts.RebuildFirst == nil {
		return nil, errors.New("serve: no Rebuild function")
	}
	if opts.Bind == "" {
		opts.Bind = "127.0.0.1"
	}
	opts.BasePath = "/" + strings.Trim(opts.BasePath, "/") + "/"
	if opts.BasePath == "//" {
		opts.BasePath = "/"
	}
	if opts.Source == "" {
		opts.Source = "."
	}
	s := &Server{
		opts:     opts,
		instance: strconv.FormatInt(time.Now().UnixNano(), 36),
		hub:      newHub(),
		log:      opts.Log,
	}
	if s.log == nil {
		s.log = io.Discard
	}
	s.snap.Store(&snapshot{files: map[string][]byte{}})
	return s, nil
}

// Refresh rebuilds the site for the changed source paths (nil: everything),
// swaps the result in and only then notifies the browsers: a reload, a
// stylesheet swap when only CSS changed, or the build's problems. A failed
// build keeps the last good files being served.
func (s *Server) Refresh(changed []string) error {
	return s.refresh(context.Background(), changed)
}

// errInterrupted is refresh's error when ctx was cancelled during the
// build (a newer change): nothing was swapped in but the pages handed over
// early, and the changes are to be built again with the newer ones.
var errInterrupted = errors.New("interrupted by a newer change")

func (s *Server) refresh(ctx context.Context, changed []string) error {
	s.buildMu.Lock()
	defer s.buildMu.Unlock()
	start := time.Now()
	old := s.snap.Load()

	var err error
	if s.opts.Reimport != nil && changed != nil {
		var seeds, rest []string
		for _, p := range changed {
			if strings.HasPrefix(p, "seeds/") {
				seeds = append(seeds, p)
			} else {
				rest = append(rest, p)
			}
		}
		if len(seeds) > 0 {
			err = s.opts.Reimport(seeds)
			changed = rest
			if err == nil && len(rest) == 0 {
				// The import's writes to content/ come back as their own
				// batch; there is nothing else to build for.
				s.logf(start, changed, "reimported %d seed(s)", len(seeds))
				return nil
			}
		}
	}
	var files map[string][]byte
	if err == nil {
		files, err = s.rebuild(ctx, changed, old)
		if err != nil && ctx.Err() != nil {
			s.logf(start, changed, "interrupted by a newer change")
			return errInterrupted
		}
	}
	if err != nil {
		probs := problems(err)
		s.snap.Store(&snapshot{files: old.files, id: old.id, problems: probs})
		s.hub.broadcast(message{event: "problems", data: jsonString(map[string]any{"problems": probs})})
		for _, p := range probs {
			fmt.Fprintf(s.log, "%s\n", p)
		}
		s.logf(start, changed, "build failed; still serving the last good build")
		return err
	}
	s.swap(start, changed, old, files)
	return nil
}

// swap serves files, the new build, in place of old and tells the
// browsers: nothing when they already show it (pages handed over early).
// files is served as it is: a Rebuild never modifies a map it returned.
func (s *Server) swap(start time.Time, changed []string, old *snapshot, files map[string][]byte) {
	cur := s.snap.Load() // old, or the pages handed over early over it
	diff := changedFiles(old.files, files)
	shown := diff[:0:0]
	for _, p := range diff {
		if data, ok := cur.over[p]; !ok || !sameBytes(data, files[p]) {
			shown = append(shown, p)
		}
	}
	for p, data := range cur.over {
		if _, inDiff := slices.BinarySearch(diff, p); !inDiff && !sameBytes(data, files[p]) {
			shown = append(shown, p) // an early page of an interrupted build
		}
	}
	sortStrings(shown)
	if len(shown) == 0 {
		if cur.problems != nil || cur.over != nil {
			s.snap.Store(&snapshot{files: files, id: cur.id})
			if cur.problems != nil {
				s.hub.broadcast(message{event: "ok", data: "{}"})
			}
		}
		if len(diff) > 0 {
			s.logf(start, changed, "%d output file(s) changed, served early", len(diff))
		} else {
			s.logf(start, changed, "no output changed")
		}
		return
	}
	s.builds++
	next := &snapshot{files: files, id: s.instance + "-" + strconv.Itoa(s.builds)}
	// Swap first, broadcast second: a browser told to reload must get the
	// new files.
	s.snap.Store(next)
	if allCSS(shown) && len(old.files) > 0 {
		s.hub.broadcast(message{event: "css", data: jsonString(map[string]any{"id": next.id, "paths": shown})})
	} else {
		s.hub.broadcast(message{event: "reload", data: jsonString(map[string]any{"id": next.id})})
	}
	if len(old.files) == 0 {
		s.logf(start, changed, "built %d file(s)", len(files))
	} else {
		s.logf(start, changed, "%d output file(s) changed", len(diff))
	}
}

func (s *Server) logf(start time.Time, changed []string, format string, args ...any) {
	what := "everything"
	if changed != nil {
		what = strconv.Itoa(len(changed)) + " change(s)"
		if s.opts.Verbose {
			what = strings.Join(changed, ", ")
		}
	}
	fmt.Fprintf(s.log, "%s: %s in %s\n", what, fmt.Sprintf(format, args...), time.Since(start).Round(100*time.Microsecond))
}

// problems turns a build error into overlay entries.
func problems(err error) []Problem {
	all := diag.All(err)
	if len(all) == 0 {
		return []Problem{{Msg: err.Error()}}
	}
	out := make([]Problem, len(all))
	for i, e := range all {
		out[i] = Problem{Path: e.Path, Line: e.Line, Msg: e.Msg}
	}
	return out
}

// changedFiles lists the paths added, removed or modified between two builds, sorted.
func changedFiles(old, cur map[string][]byte) []string {
	var out []string
	for p, b := range cur {
		if ob, ok := old[p]; !ok || !sameBytes(ob, b) {
			out = append(out, p)
		}
	}
	for p := range old {
		if _, ok := cur[p]; !ok {
			out = append(out, p)
		}
	}
	sortStrings(out)
	return out
}

// sameBytes compares contents, cheaply when a builder reuses unchanged slices.
func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || &a[0] == &b[0] {
		return true
	}
	return string(a) == string(b)
}

func allCSS(paths []string) bool {
	for _, p := range paths {
		if !strings.HasSuffix(p, ".css") {
			return false
		}
	}
	return true
}

// Listen opens the listener on Bind:Port, or on the next free port if that
// one is taken (saying so on the log).
func (s *Server) Listen() (net.Listener, error) {
	const tries = 20
	for i := 0; i < tries; i++ {
		port := s.opts.Port + i
		ln, err := net.Listen("tcp", net.JoinHostPort(s.opts.Bind, strconv.Itoa(port)))
		if err == nil {
			if i > 0 {
				fmt.Fprintf(s.log, "port %d is in use; using %d\n", s.opts.Port, port)
			}
			return ln, nil
		}
		if !errors.Is(err, syscall.EADDRINUSE) || s.opts.Port == 0 {
			return nil, err
		}
	}
	return nil, fmt.Errorf("ports %d to %d are all in use; pick another with --port", s.opts.Port, s.opts.Port+tries-1)
}

// URL is the address to open in a browser for a listener.
func URL(ln net.Listener) string {
	addr := ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(addr.Port)) + "/"
}

// Run builds the site, serves it on ln and rebuilds on every change until ctx
// is done; then it stops watching, ends the live-reload streams and shuts the
// HTTP server down. A failing build does not stop it.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	w, err := watch.New(watch.Options{
		Root: s.opts.Source, Dirs: WatchedDirs, Leading: true,
		Debounce: s.opts.Debounce, Poll: s.opts.Poll, Log: s.log,
	})
	if err != nil {
		ln.Close()
		return err
	}
	defer w.Close()
	// Build after the watcher started, so no edit slips between the two.
	s.Refresh(nil)

	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(s.log, "Serving %s at %s (Ctrl-C to stop)\n", s.opts.Source, strings.TrimSuffix(URL(ln), "/")+s.opts.BasePath)

	q := &queue{s: s, pending: map[string]bool{}, done: make(chan *queued, 1)}
	defer q.stop()
	for {
		select {
		case <-ctx.Done():
			q.stop()
			w.Close()
			s.hub.close() // ends the SSE streams, which Shutdown would wait for
			shctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(shctx)
		case err := <-served:
			s.hub.close()
			return err
		case b, ok := <-w.C:
			if !ok {
				return nil
			}
			q.add(b.Paths, b.Full)
		case r := <-q.done:
			q.finished(r)
		}
	}
}

// queue runs one rebuild at a time for the watcher's batches. A batch
// arriving during a rebuild interrupts it (its context is cancelled): the
// rebuild's changes and the new ones are then built together, so that a
// new edit does not wait for the rest of an older one's rebuild.
type queue struct {
	s       *Server
	pending map[string]bool
	full    bool // a batch asked for everything
	has     bool // pending or full holds something to build
	// running is the rebuild in progress (nil: none): its changes
	// (nil: everything) and how to interrupt it.
	running *queued
	done    chan *queued
}

type queued struct {
	changed []string
	cancel  context.CancelFunc
	err     error
}

func (q *queue) add(paths []string, full bool) {
	for _, p := range paths {
		q.pending[p] = true
	}
	q.full = q.full || full
	q.has = true
	if q.running != nil {
		q.running.cancel()
		return
	}
	q.start()
}

func (q *queue) start() {
	var changed []string
	if !q.full {
		changed = make([]string, 0, len(q.pending))
		for p := range q.pending {
			changed = append(changed, p)
		}
		sortStrings(changed)
	}
	clear(q.pending)
	q.full, q.has = false, false
	ctx, cancel := context.WithCancel(context.Background())
	r := &queued{changed: changed, cancel: cancel}
	q.running = r
	go func() {
		r.err = q.s.refresh(ctx, changed)
		cancel()
		q.done <- r
	}()
}

// finished takes the end of the running rebuild and starts the next one:
// an interrupted rebuild's changes are built again.
func (q *queue) finished(r *queued) {
	q.running = nil
	if r.err == errInterrupted {
		if r.changed == nil {
			q.full = true
		}
		for _, p := range r.changed {
			q.pending[p] = true
		}
		q.has = true
	}
	if q.has {
		q.start()
	}
}

// stop interrupts the running rebuild and waits for it.
func (q *queue) stop() {
	if q.running != nil {
		q.running.cancel()
		<-q.done
		q.running = nil
	}
}
