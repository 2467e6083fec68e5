// Package atomicfile writes files so that a reader sees either the old
// content or the new, never a half-written file.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Write replaces path with data: it writes a temporary file in the same
// directory, syncs it, and renames it over path. Missing parent directories
// are created. On error the old file, if any, is untouched.
func Write(path string, data []byte, perm os.FileMode) (err error) {
	return WriteIf(path, data, perm, nil)
}

// tempInfix is how the temporary files of Write are named (for
// os.CreateTemp): a dotfile beside the target. A run killed between the
// write and the rename leaves one behind; IsTemp recognises it.
const tempInfix = ".tmp-"

// IsTemp reports whether a file name is one of Write's temporary files.
func IsTemp(name string) bool {
	return strings.HasPrefix(name, ".") && strings.Contains(name, tempInfix)
}

// WriteIf is Write, except that check, when not nil, is called after the
// new content is safely on disk and right before the rename: if it returns
// an error, path is left alone and that error is returned.
func WriteIf(path string, data []byte, perm os.FileMode, check func() error) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+tempInfix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if check != nil {
		if err = check(); err != nil {
			return err
		}
	}
	return os.Rename(tmp, path)
}
