// Package diag carries errors that point at a place in an input file, so that
// every stage reports bad input the same way: "path:line: what is wrong".
package diag

import (
	"errors"
	"fmt"
	"strings"
)

// Error is a problem in one input file. Line is 1-based; 0 means the line is
// not known. Path is the file as the user would name it (relative to the
// source directory where possible).
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Errorf returns an *Error for path and line with a formatted message.
func Errorf(path string, line int, format string, args ...any) *Error {
	return &Error{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// List is several input errors reported together (a build reports every bad
// file at once, not just the first). It is sorted by the caller.
type List []*Error

func (l List) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns l as an error, or nil when l is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// All returns the input errors inside err: one for an *Error, each for a List.
func All(err error) []*Error {
	var l List
	if errors.As(err, &l) {
		return l
	}
	var e *Error
	if errors.As(err, &e) {
		return []*Error{e}
	}
	return nil
}
