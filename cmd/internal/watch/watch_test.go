package watch

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"page.md", false},
		{"style.css", false},
		{"index.html", false},
		{"notes.swp.md", false},
		{"#hash.md", false},
		{".page.md.swp", true},
		{".page.md.swx", true},
		{".page.md.swo", true},
		{"page.md~", true},
		{"4913", true},
		{".#page.md", true},
		{"#page.md#", true},
		{"page.md___jb_tmp___", true},
		{"page.md___jb_old___", true},
		{".goutputstream-ABC123", true},
	}
	for _, tt := range tests {
		if got := Ignored(tt.name); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// site makes a temporary site with content/ and static/ and returns its root.
func site(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, d := range []string{"content/sub", "static/css"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(t, root, "content/a.md", "a")
	write(t, root, "static/css/style.css", "body{}")
	return root
}

func write(t *testing.T, root, rel, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(root, rel), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func start(t *testing.T, root string, poll time.Duration) *Watcher {
	t.Helper()
	// A loaded CI machine (the race detector, parallel packages) can space
	// a burst's writes far apart: a generous debounce and MaxDelay keep
	// "one burst, one batch" a property of the watcher, not of the load.
	w, err := New(Options{Root: root, Dirs: []string{"content", "layouts", "static", "seeds"},
		Debounce: 60 * time.Millisecond, MaxDelay: 5 * time.Second, Poll: poll})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// next waits for the next batch.
func next(t *testing.T, w *Watcher) Batch {
	t.Helper()
	select {
	case b := <-w.C:
		return b
	case <-time.After(5 * time.Second):
		t.Fatal("no batch within 5s")
	}
	return Batch{}
}

// collect gathers the batches that arrive until quiet.
func collect(w *Watcher, quiet time.Duration) (paths []string, full bool, n int) {
	for {
		select {
		case b := <-w.C:
			n++
			paths = append(paths, b.Paths...)
			full = full || b.Full
		case <-time.After(quiet):
			slices.Sort(paths)
			return slices.Compact(paths), full, n
		}
	}
}

func TestWatcher(t *testing.T) {
	tests := []struct {
		name string
		do   func(t *testing.T, root string)
		want []string // changed paths, in order
		full bool
	}{
		{"write", func(t *testing.T, root string) { write(t, root, "content/a.md", "b") }, []string{"content/a.md"}, false},
		{"burst into one batch", func(t *testing.T, root string) {
			for i := range 20 {
				write(t, root, "content/a.md", string(rune('a'+i)))
				write(t, root, "content/sub/b.md", string(rune('a'+i)))
			}
		}, []string{"content/a.md", "content/sub/b.md"}, false},
		{"atomic rename save", func(t *testing.T, root string) {
			write(t, root, "content/a.md.tmp123", "new")
			if err := os.Rename(filepath.Join(root, "content/a.md.tmp123"), filepath.Join(root, "content/a.md")); err != nil {
				t.Fatal(err)
			}
		}, []string{"content/a.md"}, false},
		{"vim save with swap and backup", func(t *testing.T, root string) {
			write(t, root, "content/.a.md.swp", "swap")
			write(t, root, "content/4913", "")
			os.Remove(filepath.Join(root, "content/4913"))
			os.Rename(filepath.Join(root, "content/a.md"), filepath.Join(root, "content/a.md~"))
			write(t, root, "content/a.md", "new")
			os.Remove(filepath.Join(root, "content/a.md~"))
		}, []string{"content/a.md"}, false},
		{"jetbrains safe write", func(t *testing.T, root string) {
			write(t, root, "content/a.md___jb_tmp___", "new")
			os.Rename(filepath.Join(root, "content/a.md"), filepath.Join(root, "content/a.md___jb_old___"))
			os.Rename(filepath.Join(root, "content/a.md___jb_tmp___"), filepath.Join(root, "content/a.md"))
			os.Remove(filepath.Join(root, "content/a.md___jb_old___"))
		}, []string{"content/a.md"}, false},
		{"delete", func(t *testing.T, root string) { os.Remove(filepath.Join(root, "content/a.md")) }, []string{"content/a.md"}, false},
		{"new subdir watched", func(t *testing.T, root string) {
			os.MkdirAll(filepath.Join(root, "content/new/deeper"), 0o755)
			write(t, root, "content/new/deeper/x.md", "x")
		}, []string{"content/new/deeper/x.md"}, false},
		{"new top dir watched", func(t *testing.T, root string) {
			os.MkdirAll(filepath.Join(root, "layouts"), 0o755)
			write(t, root, "layouts/page.html", "x")
		}, []string{"layouts/page.html"}, true},
		{"dir removed is full", func(t *testing.T, root string) {
			os.RemoveAll(filepath.Join(root, "content/sub"))
		}, nil, true},
	}
	for _, mode := range []struct {
		name string
		poll time.Duration
	}{{"fsnotify", 0}, {"poll", 20 * time.Millisecond}} {
		for _, tt := range tests {
			t.Run(mode.name+"/"+tt.name, func(t *testing.T) {
				root := site(t)
				write(t, root, "content/sub/b.md", "b")
				if mode.poll > 0 {
					// Let the modification time move past the initial scan's.
					time.Sleep(20 * time.Millisecond)
				}
				w := start(t, root, mode.poll)
				tt.do(t, root)
				paths, full, n := collect(w, 300*time.Millisecond)
				wantFull := tt.full
				if mode.poll > 0 && tt.name == "new top dir watched" {
					wantFull = false // polling sees the files; there is no watch to lose
				}
				if full != wantFull || !subset(tt.want, paths) || (!tt.full && tt.name != "atomic rename save" && !slices.Equal(paths, tt.want)) {
					t.Errorf("got paths %q full %v, want %q full %v", paths, full, tt.want, tt.full)
				}
				if n == 0 {
					t.Errorf("no batch")
				}
				if mode.poll == 0 && n > 1 && tt.name == "burst into one batch" {
					t.Errorf("burst came in %d batches, want 1", n)
				}
			})
		}
	}
}

func subset(want, got []string) bool {
	for _, w := range want {
		if !slices.Contains(got, w) {
			return false
		}
	}
	return true
}

func TestChmodIgnored(t *testing.T) {
	root := site(t)
	w := start(t, root, 0)
	if err := os.Chmod(filepath.Join(root, "content/a.md"), 0o600); err != nil {
		t.Fatal(err)
	}
	now := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(root, "static/css/style.css"), now, now)
	if paths, full, n := collect(w, 200*time.Millisecond); n != 0 {
		t.Errorf("chmod gave a batch: %q full=%v", paths, full)
	}
}

func TestOutsideDirsIgnored(t *testing.T) {
	root := site(t)
	w := start(t, root, 0)
	os.MkdirAll(filepath.Join(root, "public"), 0o755)
	write(t, root, "public/index.html", "x")
	write(t, root, "go.mod", "x")
	if paths, full, n := collect(w, 200*time.Millisecond); n != 0 {
		t.Errorf("changes outside the watched dirs gave a batch: %q full=%v", paths, full)
	}
}

// A directory removed and created again, or renamed, must be watched again.
func TestDirRecreatedAndRenamed(t *testing.T) {
	root := site(t)
	w := start(t, root, 0)
	sub := filepath.Join(root, "content/sub")
	if err := os.RemoveAll(sub); err != nil {
		t.Fatal(err)
	}
	if b := next(t, w); !b.Full {
		t.Errorf("removing a directory: got %+v, want Full", b)
	}
	os.Mkdir(sub, 0o755)
	collect(w, 150*time.Millisecond)
	write(t, root, "content/sub/c.md", "c")
	if b := next(t, w); !slices.Equal(b.Paths, []string{"content/sub/c.md"}) {
		t.Errorf("write in re-created dir: got %+v", b)
	}

	if err := os.Rename(sub, filepath.Join(root, "content/moved")); err != nil {
		t.Fatal(err)
	}
	if _, full, _ := collect(w, 150*time.Millisecond); !full {
		t.Errorf("renaming a directory: want a Full batch")
	}
	write(t, root, "content/moved/d.md", "d")
	if b := next(t, w); !slices.Equal(b.Paths, []string{"content/moved/d.md"}) {
		t.Errorf("write in renamed dir: got %+v", b)
	}

	// The whole content/ directory removed and created again.
	os.RemoveAll(filepath.Join(root, "content"))
	collect(w, 150*time.Millisecond)
	os.Mkdir(filepath.Join(root, "content"), 0o755)
	collect(w, 150*time.Millisecond)
	write(t, root, "content/e.md", "e")
	if b := next(t, w); !slices.Equal(b.Paths, []string{"content/e.md"}) {
		t.Errorf("write in re-created content/: got %+v", b)
	}
}

// A reader that is busy gets the changes it missed merged into one batch.
func TestSlowReaderMerged(t *testing.T) {
	root := site(t)
	w := start(t, root, 0)
	write(t, root, "content/a.md", "1")
	time.Sleep(100 * time.Millisecond) // batch ready, nobody reading
	write(t, root, "content/sub/b.md", "2")
	time.Sleep(100 * time.Millisecond)
	b := next(t, w)
	if !slices.Equal(b.Paths, []string{"content/a.md", "content/sub/b.md"}) {
		t.Errorf("got %+v, want both files in one batch", b)
	}
}

func TestCloseClosesC(t *testing.T) {
	root := site(t)
	w, err := New(Options{Root: root, Dirs: []string{"content"}})
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if _, ok := <-w.C; ok {
		t.Error("C not closed")
	}
	w.Close() // twice is fine
}

// TestLeading: with Leading, a write after quiet is reported at once, long
// before the debounce, and the rest of its burst in the next batch; a file
// truncated to nothing (the first step of an in-place save) is not.
func TestLeading(t *testing.T) {
	const debounce = 3 * time.Second
	root := site(t)
	w, err := New(Options{Root: root, Dirs: []string{"content"}, Debounce: debounce, MaxDelay: 10 * time.Second, Leading: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	start := time.Now()
	write(t, root, "content/a.md", "")
	write(t, root, "content/a.md", "saved")
	b := next(t, w)
	if took := time.Since(start); took > debounce/2 || !slices.Equal(b.Paths, []string{"content/a.md"}) {
		t.Fatalf("first batch %+v after %v, want content/a.md at once", b, took)
	}
	write(t, root, "content/sub/b.md", "more of the burst")
	b = next(t, w)
	if took := time.Since(start); took < debounce || !slices.Contains(b.Paths, "content/sub/b.md") {
		t.Fatalf("second batch %+v after %v, want content/sub/b.md after the debounce", b, took)
	}
	time.Sleep(debounce) // quiet again
	start = time.Now()
	write(t, root, "content/a.md", "")
	b = next(t, w)
	if took := time.Since(start); took < debounce {
		t.Fatalf("an emptied file was reported after %v (%+v), before the debounce", took, b)
	}
}
