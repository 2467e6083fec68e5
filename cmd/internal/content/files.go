package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// MaxFileBytes caps a content file (and a static file): a page this big is
// a mistake (a dump pasted whole), and converting it would take minutes.
// Seeds have their own, larger cap (extract.MaxSeedBytes).
const MaxFileBytes = 8 << 20

// Ignored reports whether a file name (no directory) is an editor's swap,
// lock, backup or temporary file. The build skips them in content/ and
// static/ and the watcher does not rebuild for them, so that an open editor
// neither breaks nor triggers a build.
func Ignored(name string) bool {
	switch {
	case name == "4913", // vim probes whether it may create files with this name
		strings.HasSuffix(name, "~"),  // vim, emacs, gedit backups
		strings.HasPrefix(name, ".#"), // emacs lock files (dangling symlinks)
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#") && len(name) > 1, // emacs auto-save
		strings.Contains(name, "jb_tmp___"),                                           // JetBrains safe write
		strings.Contains(name, "jb_old___"),
		strings.HasPrefix(name, ".goutputstream-"), // GIO (gedit, GNOME) safe write
		strings.HasSuffix(name, ".swx"),
		name == ".DS_Store":
		return true
	}
	// vim swap files: .swp, then .swo, .swn, ... down to .swa.
	if ext := filepath.Ext(name); len(ext) == 4 && strings.HasPrefix(ext, ".sw") && ext[3] >= 'a' && ext[3] <= 'p' {
		return true
	}
	return false
}

// Published reports whether a static file at rel (a slash path under
// static/ or public/) is part of the published site: no segment may start
// with a dot (.env, .git/, .htaccess stay private), except a top-level
// .well-known/ (security.txt, domain verification) and the build's own
// .nojekyll. Build and serve use this one rule, so the preview shows what
// is published.
func Published(rel string) bool {
	if rel == ".nojekyll" {
		return true
	}
	for i, seg := range strings.Split(rel, "/") {
		if strings.HasPrefix(seg, ".") && !(i == 0 && seg == ".well-known") {
			return false
		}
	}
	return true
}

// ReadFile reads the file at p in the tree rooted at root for the build. It
// refuses, with an error naming name (the path as the user sees it), what
// the site must not publish: a symlink whose target lies outside root, a
// symlink to a directory, anything but a regular file (a FIFO would block
// the build), and a file larger than MaxFileBytes. Reading is bounded by the
// cap, so memory stays linear in it whatever the file's size.
func ReadFile(root, p, name string) ([]byte, error) {
	fi, err := os.Lstat(p)
	if err != nil {
		return nil, diag.Errorf(name, 0, "cannot read: %v", unwrap(err))
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		if err := insideRoot(root, p); err != nil {
			return nil, diag.Errorf(name, 0, "%v", err)
		}
		if fi, err = os.Stat(p); err != nil {
			return nil, diag.Errorf(name, 0, "cannot read: %v", unwrap(err))
		}
		if fi.IsDir() {
			return nil, diag.Errorf(name, 0, "is a symlink to a directory, which the build does not follow; link the files, or move the directory in")
		}
	}
	if !fi.Mode().IsRegular() {
		return nil, diag.Errorf(name, 0, "not a regular file (%s); remove it", fi.Mode().Type())
	}
	if fi.Size() > MaxFileBytes {
		return nil, diag.Errorf(name, 1, "file is %d bytes, larger than the %d MiB limit; split it or remove it", fi.Size(), MaxFileBytes>>20)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, diag.Errorf(name, 0, "cannot read: %v", unwrap(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil, diag.Errorf(name, 0, "not a regular file; remove it") // replaced since the Lstat
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, diag.Errorf(name, 0, "cannot read: %v", unwrap(err))
	}
	if len(data) > MaxFileBytes {
		return nil, diag.Errorf(name, 1, "file is larger than the %d MiB limit; split it or remove it", MaxFileBytes>>20)
	}
	return data, nil
}

// insideRoot fails when the symlink at p resolves outside root.
func insideRoot(root, p string) error {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return fmt.Errorf("cannot read: %v", unwrap(err))
	}
	r, err := filepath.EvalSymlinks(root)
	if err != nil {
		return fmt.Errorf("cannot read: %v", unwrap(err))
	}
	rel, err := filepath.Rel(r, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return fmt.Errorf("is a symlink to %s, outside %s/; the build publishes only files inside it: copy the file in", target, filepath.Base(root))
	}
	return nil
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
