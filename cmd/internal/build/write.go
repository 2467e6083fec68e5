package build

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
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
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if fi, err := os.Stat(dest); err == nil && !fi.IsDir() {
		return fmt.Errorf("%s exists and is not a directory", dest)
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	recoverStale(dest)
	if err := replaceable(dest); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, fmt.Sprintf(".%s-tmp-%d-*", filepath.Base(dest), os.Getpid()))
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(s.Files))
	dirs := map[string]bool{}
	for name := range s.Files {
		names = append(names, name)
		for d := path.Dir(name); d != "." && !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	dirList := make([]string, 0, len(dirs))
	for d := range dirs {
		dirList = append(dirList, d)
	}
	sort.Strings(dirList) // parents before children
	for _, d := range dirList {
		if err := os.Mkdir(filepath.Join(tmp, filepath.FromSlash(d)), 0o755); err != nil {
			return err
		}
	}
	errs := make([]error, len(names))
	parallel(len(names), func(i int) {
		errs[i] = os.WriteFile(filepath.Join(tmp, filepath.FromSlash(names[i])), s.Files[names[i]], 0o644)
	})
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	if _, err := os.Stat(dest); os.IsNotExist(err) {
		return os.Rename(tmp, dest)
	}
	if exchange(tmp, dest) == nil {
		// tmp now holds the old site; a kill from here on leaves it to
		// the next Write's clean-up.
		return os.RemoveAll(tmp)
	}
	old, err := os.MkdirTemp(parent, fmt.Sprintf(".%s-old-%d-*", filepath.Base(dest), os.Getpid()))
	if err != nil {
		return err
	}
	aside := filepath.Join(old, "public")
	if err := os.Rename(dest, aside); err != nil {
		os.RemoveAll(old)
		return err
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Rename(aside, dest) // put the old site back
		os.RemoveAll(old)
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
