// Package testutil holds what the tests of several packages share: golden
// files with an -update flag and a line diff, the synthetic corpus
// (Lexicon, SynthParagraphs) and a server run for the length of a test
// (Serve). Only tests import it.
package testutil

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// Update reports whether the test runs with -update: golden files are to be
// rewritten with what the code produces now.
func Update() bool { return *update }

// Golden compares got with the golden file at path. With -update it writes
// got there instead (creating its directory). A difference fails the test
// with a line diff.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update accepts the new output):\n%s", path, Diff(string(want), string(got)))
	}
}

// Diff returns the lines that differ between want and got, "-" for a line
// only want has and "+" for one only got has, with up to two lines of
// context around each change and "@@ line N" before each hunk ("" when the
// texts are equal).
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	a, b := lines(want), lines(got)
	// Longest common subsequence, by dynamic programming from the ends.
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type op struct {
		kind byte // ' ', '-', '+'
		line string
		n    int // line number in want (for ' ' and '-') or got ('+')
	}
	var ops []op
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, op{' ', a[i], i + 1})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, op{'-', a[i], i + 1})
			i++
		default:
			ops = append(ops, op{'+', b[j], j + 1})
			j++
		}
	}
	const context = 2
	show := make([]bool, len(ops))
	for k, o := range ops {
		if o.kind != ' ' {
			for x := max(0, k-context); x <= min(len(ops)-1, k+context); x++ {
				show[x] = true
			}
		}
	}
	var out strings.Builder
	for k, o := range ops {
		if !show[k] {
			continue
		}
		if k == 0 || !show[k-1] {
			fmt.Fprintf(&out, "@@ line %d\n", o.n)
		}
		writeOp(&out, o.kind, o.line)
	}
	return out.String()
}

// lines splits s after each newline; a last line without one is a line too.
func lines(s string) []string {
	ls := strings.SplitAfter(s, "\n")
	if ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

func writeOp(b *strings.Builder, kind byte, line string) {
	b.WriteByte(kind)
	b.WriteString(strings.TrimSuffix(line, "\n"))
	b.WriteByte('\n')
}
