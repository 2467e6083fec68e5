package build

import (
	"errors"
	"syscall"

	"golang.org/x/sys/unix"
)

// exchange swaps the directories at a and b in one atomic step.
func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}

// processAlive reports whether process pid exists (it may be another
// user's: EPERM still means alive).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
