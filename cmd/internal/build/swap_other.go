//go:build !linux

package build

import (
	"errors"
	"os"
	"syscall"
)

// exchange is not available: Write falls back to two renames.
func exchange(a, b string) error { return errors.ErrUnsupported }

// processAlive reports whether process pid exists, where signal 0 can
// tell; elsewhere every process is taken to be alive (nothing is removed).
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, os.ErrPermission) || errors.Is(err, errors.ErrUnsupported)
}
