package diag

import (
	"fmt"
	"testing"
)

func TestError(t *testing.T) {
	tests := []struct {
		err  error
		want string
		n    int
	}{
		{Errorf("content/a.md", 3, "bad %s", "thing"), "content/a.md:3: bad thing", 1},
		{Errorf("content/a.md", 0, "unreadable"), "content/a.md: unreadable", 1},
		{List{Errorf("a", 1, "x"), Errorf("b", 2, "y")}, "a:1: x\nb:2: y", 2},
		{fmt.Errorf("wrapped: %w", Errorf("c", 4, "z")), "wrapped: c:4: z", 1},
		{fmt.Errorf("plain"), "plain", 0},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if got := len(All(tt.err)); got != tt.n {
			t.Errorf("All(%q) has %d errors, want %d", tt.err, got, tt.n)
		}
	}
	if (List{}).Err() != nil {
		t.Error("empty List.Err() != nil")
	}
}
