package build

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
)

// Write puts the site at dest in one step: every file is written into a
// temporary directory beside dest (".public-tmp-*" in the same parent, so
// that rename works), then the old dest is moved aside, the new one renamed
// into place, and the old one removed. If anything fails before the swap,
// dest is left exactly as it was.
func (s *Site) Write(dest string) (err error) {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if fi, err := os.Stat(dest); err == nil && !fi.IsDir() {
		return fmt.Errorf("%s exists and is not a directory", dest)
	}
	if err := replaceable(dest); err != nil {
		return err
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, ".public-tmp-*")
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
	old, err := os.MkdirTemp(parent, ".public-old-*")
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
