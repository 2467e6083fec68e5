// Package watch reports which source files of a site changed, in batches, so
// that a live preview can rebuild once per save instead of once per event.
//
// It watches a set of directories under a root recursively with fsnotify
// (directories created later are watched too) or, for file systems that send
// no events (NFS, SMB, WSL mounts), by polling modification times and sizes.
// Editor swap and backup files and Chmod-only events are dropped; bursts of
// events are merged into one Batch.
package watch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/briefing-dev/briefing/cmd/internal/content"
)

// Batch is one set of changes to rebuild for.
type Batch struct {
	// Paths are the changed (created, written, removed or renamed) files,
	// slash-separated and relative to the root, sorted and unique.
	Paths []string
	// Full means the watcher may have missed changes (event queue overflow,
	// a whole directory removed or renamed): rebuild everything.
	Full bool
}

// Options configure a Watcher.
type Options struct {
	// Root is the site directory; Dirs are the directories under it to watch
	// (for example "content", "layouts", "static", "seeds"). A directory that
	// does not exist yet is picked up when it is created.
	Root string
	Dirs []string
	// Debounce is how long the watcher waits for quiet after an event before
	// it reports the batch. Default 10ms: editors finish a save within a
	// millisecond or two, and a live preview should feel instant.
	Debounce time.Duration
	// MaxDelay bounds how long a continuous stream of events can hold a batch
	// back. Default 200ms.
	MaxDelay time.Duration
	// Leading reports a burst at its first write of a file that is not
	// empty, without waiting for Debounce, when the watcher was quiet for
	// Debounce before it: a live preview starts rebuilding at once. The rest
	// of the burst (an editor's save writes the file in more than one
	// step; a truncated, empty file is not reported early) comes after
	// quiet as usual, in a second Batch.
	Leading bool
	// Poll, when non-zero, scans the directories at this interval instead of
	// using file system events.
	Poll time.Duration
	// Log receives problems that do not stop the watcher (nil: discarded).
	Log io.Writer
}

// Watcher delivers Batches on C until Close.
type Watcher struct {
	// C receives one Batch per debounced burst of changes. A slow reader
	// gets the changes merged into the next Batch, never dropped.
	C <-chan Batch

	opts    Options
	root    string
	tops    map[string]bool // names of the watched directories under root
	fsw     *fsnotify.Watcher
	changes chan change
	out     chan Batch
	done    chan struct{}
	wg      sync.WaitGroup

	mu      sync.Mutex
	watched map[string]bool // absolute directories with an fsnotify watch
}

// change is one file (or a full-rebuild request) from the event or poll loop.
type change struct {
	path string // slash-separated, relative to root
	full bool
	// written: the file was written and is not empty (Options.Leading)
	written bool
}

// New starts watching. The directories are being watched when New returns,
// so every change made after it is reported.
func New(opts Options) (*Watcher, error) {
	if opts.Debounce <= 0 {
		opts.Debounce = 10 * time.Millisecond
	}
	if opts.MaxDelay <= 0 {
		opts.MaxDelay = 200 * time.Millisecond
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(root); err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("%s: not a directory", opts.Root)
	}
	w := &Watcher{
		opts:    opts,
		root:    root,
		tops:    map[string]bool{},
		changes: make(chan change, 256),
		out:     make(chan Batch),
		done:    make(chan struct{}),
		watched: map[string]bool{},
	}
	w.C = w.out
	for _, d := range opts.Dirs {
		w.tops[filepath.ToSlash(filepath.Clean(d))] = true
	}
	if opts.Poll > 0 {
		state := w.scan()
		w.wg.Add(1)
		go w.pollLoop(state)
	} else {
		w.fsw, err = fsnotify.NewBufferedWatcher(1024)
		if err != nil {
			return nil, err
		}
		// The root itself is watched (not recursively) so that a watched
		// directory created, removed or renamed later is noticed.
		if err := w.fsw.Add(root); err != nil {
			w.fsw.Close()
			return nil, err
		}
		for top := range w.tops {
			w.addTree(filepath.Join(root, filepath.FromSlash(top)), false)
		}
		w.wg.Add(1)
		go w.eventLoop()
	}
	w.wg.Add(1)
	go w.debounce()
	return w, nil
}

// Close stops the watcher and closes C.
func (w *Watcher) Close() error {
	select {
	case <-w.done:
		return nil
	default:
	}
	close(w.done)
	var err error
	if w.fsw != nil {
		err = w.fsw.Close()
	}
	w.wg.Wait()
	close(w.out)
	return err
}

// Ignored reports whether a file name (no directory) is an editor's swap,
// backup, lock or temporary file that must not trigger a rebuild: the same
// predicate the build uses to skip them (content.Ignored).
func Ignored(name string) bool { return content.Ignored(name) }

// rel turns an absolute path under root into a slash path relative to root;
// ok is false for the root itself and paths outside it.
func (w *Watcher) rel(abs string) (string, bool) {
	r, err := filepath.Rel(w.root, abs)
	if err != nil || r == "." || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// inScope reports whether rel lies in (or is) one of the watched directories.
func (w *Watcher) inScope(rel string) bool {
	top, _, _ := strings.Cut(rel, "/")
	return w.tops[top]
}

func (w *Watcher) send(c change) {
	select {
	case w.changes <- c:
	case <-w.done:
	}
}

// addTree watches dir and every directory below it. With report set it also
// reports every file found, because files created in a new directory before
// its watch was added produced no events.
func (w *Watcher) addTree(dir string, report bool) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				fmt.Fprintf(w.opts.Log, "watch: %v\n", err)
			}
			return nil
		}
		if d.IsDir() {
			if p != dir && Ignored(d.Name()) {
				return fs.SkipDir
			}
			if err := w.fsw.Add(p); err != nil {
				if !errors.Is(err, fs.ErrNotExist) {
					fmt.Fprintf(w.opts.Log, "watch: %v\n", err)
				}
				return nil
			}
			w.mu.Lock()
			w.watched[p] = true
			w.mu.Unlock()
			return nil
		}
		if report && !Ignored(d.Name()) {
			if r, ok := w.rel(p); ok {
				w.send(change{path: r})
			}
		}
		return nil
	})
}

// dropTree forgets the watches of dir and everything below it, and reports
// whether dir was a watched directory.
func (w *Watcher) dropTree(dir string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	was := w.watched[dir]
	prefix := dir + string(filepath.Separator)
	for p := range w.watched {
		if p == dir || strings.HasPrefix(p, prefix) {
			delete(w.watched, p)
			// The kernel has usually dropped the watch already (deleted) or
			// it now follows the directory elsewhere (renamed); either way
			// it must go, and an error only says it is gone.
			w.fsw.Remove(p)
		}
	}
	return was
}

func (w *Watcher) eventLoop() {
	defer w.wg.Done()
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			w.handle(ev)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				// Events were lost, possibly directory creations too: watch
				// whatever is there now and rebuild everything.
				fmt.Fprintln(w.opts.Log, "watch: event queue overflowed; rebuilding everything")
				for top := range w.tops {
					w.addTree(filepath.Join(w.root, filepath.FromSlash(top)), false)
				}
				w.send(change{full: true})
				continue
			}
			fmt.Fprintf(w.opts.Log, "watch: %v\n", err)
		}
	}
}

func (w *Watcher) handle(ev fsnotify.Event) {
	if ev.Op&^fsnotify.Chmod == 0 {
		return // permission or timestamp change only: the content is the same
	}
	r, ok := w.rel(ev.Name)
	if !ok || !w.inScope(r) {
		return
	}
	isTop := !strings.Contains(r, "/")
	if !isTop && Ignored(filepath.Base(ev.Name)) {
		return
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		if w.dropTree(ev.Name) || isTop {
			w.send(change{full: true})
		} else {
			w.send(change{path: r})
		}
	}
	if ev.Has(fsnotify.Create) {
		fi, err := os.Lstat(ev.Name)
		if err == nil && fi.IsDir() {
			// A new directory, or one renamed or moved into place: nothing
			// in it is watched yet.
			w.addTree(ev.Name, true)
			if isTop {
				w.send(change{full: true})
			}
			return
		}
		if isTop {
			return // a file named like a watched directory
		}
		w.send(change{path: r})
	}
	if ev.Has(fsnotify.Write) && !isTop {
		written := false
		if w.opts.Leading {
			fi, err := os.Lstat(ev.Name)
			written = err == nil && fi.Mode().IsRegular() && fi.Size() > 0
		}
		w.send(change{path: r, written: written})
	}
}

// fileState is what polling compares between scans.
type fileState struct {
	mod  time.Time
	size int64
	dir  bool
}

// scan records the state of every file under the watched directories.
func (w *Watcher) scan() map[string]fileState {
	state := map[string]fileState{}
	for top := range w.tops {
		filepath.WalkDir(filepath.Join(w.root, filepath.FromSlash(top)), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			r, ok := w.rel(p)
			if !ok || (strings.Contains(r, "/") && Ignored(d.Name())) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			fi, err := d.Info()
			if err != nil {
				return nil
			}
			state[r] = fileState{mod: fi.ModTime(), size: fi.Size(), dir: d.IsDir()}
			return nil
		})
	}
	return state
}

func (w *Watcher) pollLoop(prev map[string]fileState) {
	defer w.wg.Done()
	t := time.NewTicker(w.opts.Poll)
	defer t.Stop()
	for {
		select {
		case <-w.done:
			return
		case <-t.C:
		}
		cur := w.scan()
		for p, s := range cur {
			if old, ok := prev[p]; !ok || (!s.dir && (old.mod != s.mod || old.size != s.size || old.dir)) {
				if !s.dir {
					w.send(change{path: p, written: ok && w.opts.Leading && s.size > 0})
				}
			}
		}
		for p, s := range prev {
			if _, ok := cur[p]; !ok {
				w.send(change{path: p, full: s.dir})
			}
		}
		prev = cur
	}
}

// debounce merges changes into Batches: a batch is ready once no change has
// arrived for Debounce (or MaxDelay after its first change), and changes that
// arrive while the reader is busy are merged into the waiting batch. With
// Options.Leading, a burst that began after quiet is ready at its first
// write of a non-empty file, and what follows makes the next batch.
func (w *Watcher) debounce() {
	defer w.wg.Done()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	pending := map[string]bool{}
	full := false
	var first, last time.Time // of the batch's first change; of the last change
	leadable := false         // the batch's burst began after quiet and has not led
	var ready chan<- Batch    // non-nil once the batch is ready to deliver
	var batch Batch
	makeBatch := func() Batch {
		b := Batch{Full: full, Paths: make([]string, 0, len(pending))}
		for p := range pending {
			b.Paths = append(b.Paths, p)
		}
		sort.Strings(b.Paths)
		return b
	}
	for {
		select {
		case <-w.done:
			timer.Stop()
			return
		case c := <-w.changes:
			if c.full {
				full = true
			} else {
				pending[c.path] = true
			}
			now := time.Now()
			quiet := last.IsZero() || now.Sub(last) >= w.opts.Debounce
			last = now
			if ready != nil {
				batch = makeBatch()
				continue
			}
			if first.IsZero() {
				first = now
				leadable = w.opts.Leading && quiet
			}
			if leadable && c.written {
				timer.Stop()
				leadable = false
				ready, batch = w.out, makeBatch()
				continue
			}
			wait := w.opts.Debounce
			if left := first.Add(w.opts.MaxDelay).Sub(now); left < wait {
				wait = max(left, 0)
			}
			timer.Reset(wait)
		case <-timer.C:
			ready = w.out
			batch = makeBatch()
		case ready <- batch:
			ready = nil
			pending = map[string]bool{}
			full = false
			first = time.Time{}
		}
	}
}
