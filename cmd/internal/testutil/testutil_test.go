package testutil

import "testing"

func TestDiff(t *testing.T) {
	tests := []struct {
		want, got, diff string
	}{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\nc\n", "a\nB\nc\n", "@@ line 1\n a\n-b\n+B\n c\n"},
		{"1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\n5\n6\n7\n8\nnine\n", "@@ line 7\n 7\n 8\n+nine\n"},
		{"1\n2\n3\n4\n5\n6\n7\n8\n9\n", "x\n2\n3\n4\n5\n6\n7\n8\ny\n", "@@ line 1\n-1\n+x\n 2\n 3\n@@ line 7\n 7\n 8\n-9\n+y\n"},
		{"no newline", "no newline!", "@@ line 1\n-no newline\n+no newline!\n"},
	}
	for _, tt := range tests {
		if got := Diff(tt.want, tt.got); got != tt.diff {
			t.Errorf("Diff(%q, %q) =\n%s\nwant\n%s", tt.want, tt.got, got, tt.diff)
		}
	}
}
