package build

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// Write puts the site at dest in one step: every file is written into a
// temporary directory beside dest (".public-tmp-<pid>-*" in the same parent,
// so that rename works), which then takes dest's place in one atomic
// exchange where the OS has one (Linux renameat2 RENAME_EXCHANGE), so that
// at every instant dest is either the whole old site or the whole new one,
// even if the build is killed. Elsewhere the old dest is moved aside first
// and the next Write puts it back if a kill left no dest. Temporary trees of
// killed builds (their process is gone) are removed by the next Write. If
// anything fails before the swap, dest is left exactly as it was.
func (s *Site) Write(dest string) (err error) {
	t, err := openTree(dest)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			t.abort()
		}
	}()
	names := make([]string, 0, len(s.Files))
	for name := range s.Files {
		names = append(names, name)
	}
	if err := t.writeAll(names, s.Files); err != nil {
		return err
	}
	return t.commit()
}

// outTree is a site being written: a temporary directory beside dest that
// commit swaps in (see Site.Write) and abort removes. Files may be written
// into it from several goroutines, as a build finishes them.
type outTree struct {
	dest, tmp string
	mu        sync.Mutex
	dirs      map[string]bool // directories made under tmp
}

func openTree(dest string) (*outTree, error) {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if fi, err := os.Stat(dest); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("%s exists and is not a directory", dest)
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	recoverStale(dest)
	if err := replaceable(dest); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, fmt.Sprintf(".%s-tmp-%d-*", filepath.Base(dest), os.Getpid()))
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	return &outTree{dest: dest, tmp: tmp, dirs: map[string]bool{".": true}}, nil
}

// mkdirs makes the directory d (a slash path under the tree) and its parents.
func (t *outTree) mkdirs(d string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	var todo []string
	for ; !t.dirs[d]; d = path.Dir(d) {
		todo = append(todo, d)
	}
	for i := len(todo) - 1; i >= 0; i-- { // parents before children
		if err := os.Mkdir(filepath.Join(t.tmp, filepath.FromSlash(todo[i])), 0o755); err != nil && !os.IsExist(err) {
			return err
		}
		t.dirs[todo[i]] = true
	}
	return nil
}

// write writes one file (a slash path under the site root).
func (t *outTree) write(name string, data []byte) error {
	if err := t.mkdirs(path.Dir(name)); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(t.tmp, filepath.FromSlash(name)), data, 0o644)
}

// writeAll writes the named files of files, in parallel.
func (t *outTree) writeAll(names []string, files map[string][]byte) error {
	errs := make([]error, len(names))
	parallel(len(names), func(i int) { errs[i] = t.write(names[i], files[names[i]]) })
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// abort removes the tree; dest stays as it was.
func (t *outTree) abort() { os.RemoveAll(t.tmp) }

// commit puts the tree in dest's place (see Site.Write).
func (t *outTree) commit() error {
	dest, tmp, parent := t.dest, t.tmp, filepath.Dir(t.dest)
	if _, err := os.Stat(dest); os.IsNotExist(err) {
		if err := os.Rename(tmp, dest); err != nil {
			t.abort()
			return err
		}
		return nil
	}
	if exchange(tmp, dest) == nil {
		// tmp now holds the old site; a kill from here on leaves it to
		// the next Write's clean-up.
		return os.RemoveAll(tmp)
	}
	old, err := os.MkdirTemp(parent, fmt.Sprintf(".%s-old-%d-*", filepath.Base(dest), os.Getpid()))
	if err != nil {
		t.abort()
		return err
	}
	aside := filepath.Join(old, "public")
	if err := os.Rename(dest, aside); err != nil {
		os.RemoveAll(old)
		t.abort()
		return err
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Rename(aside, dest) // put the old site back
		os.RemoveAll(old)
		t.abort()
		return err
	}
	return os.RemoveAll(old)
}

// recoverStale cleans up after Writes to dest that were killed: if dest is
// missing but a killed Write moved it aside, it is put back; then the
// temporary trees of Writes whose process is gone are removed. A tree of a
// Write still running (another briefing build) is left alone.
func recoverStale(dest string) {
	parent, base := filepath.Split(dest)
	entries, err := os.ReadDir(filepath.Clean(parent))
	if err != nil {
		return
	}
	_, statErr := os.Stat(dest)
	missing := os.IsNotExist(statErr)
	for _, e := range entries {
		kind, pid, ok := staleName(e.Name(), base)
		if !ok || processAlive(pid) {
			continue
		}
		p := filepath.Join(parent, e.Name())
		if kind == "old" && missing {
			if os.Rename(filepath.Join(p, "public"), dest) == nil {
				missing = false
			}
		}
		os.RemoveAll(p)
	}
}

// staleName parses ".<base>-tmp-<pid>-<random>" and ".<base>-old-<pid>-<random>".
func staleName(name, base string) (kind string, pid int, ok bool) {
	rest, ok := strings.CutPrefix(name, "."+base+"-")
	if !ok {
		return "", 0, false
	}
	kind, rest, ok = strings.Cut(rest, "-")
	if !ok || kind != "tmp" && kind != "old" {
		return "", 0, false
	}
	digits, _, ok := strings.Cut(rest, "-")
	if !ok {
		return "", 0, false
	}
	pid, err := strconv.Atoi(digits)
	if err != nil || pid <= 0 {
		return "", 0, false
	}
	return kind, pid, true
}

// replaceable refuses to replace a directory that is not an earlier build:
// Write removes what it replaces, and "-d ." or "-d content" must not
// delete a site's sources. An empty or missing directory is fine; a
// non-empty one must hold the .nojekyll file every build writes.
func replaceable(dest string) error {
	entries, err := os.ReadDir(dest)
	if err != nil || len(entries) == 0 {
		return nil // missing (or unreadable: the rename below will say so)
	}
	if _, err := os.Stat(filepath.Join(dest, ".nojekyll")); err == nil {
		return nil
	}
	return fmt.Errorf("%s: refusing to replace a directory that is not a briefing build (it has no .nojekyll); choose an empty or new output directory with -d", dest)
}
