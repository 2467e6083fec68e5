package serve

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// TestRebuildFirst: with RebuildFirst, the pages browsers asked for are
// named to the builder first, and what it hands over early is served while
// the rest of the site is still being built; a build failing afterwards
// puts the last good files back.
func TestRebuildFirst(t *testing.T) {
	tests := []struct {
		name string
		fail bool // the build fails after the early hand-over
		want string
	}{
		{"build succeeds", false, "Economics, finished"},
		{"build fails", true, "Economics text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, fb := newSite(t)
			release := make(chan struct{})
			during := make(chan string, 1)
			var firsts [][]string
			var ts *httptest.Server
			rebuild := func(changed, first []string, early func(map[string][]byte)) (map[string][]byte, error) {
				files, err := fb.Rebuild(changed)
				if changed == nil || err != nil {
					return files, err
				}
				firsts = append(firsts, first)
				early(map[string][]byte{"economics/index.html": []byte("<html><body>Economics, early</body></html>")})
				go func() { _, body := get(t, ts.URL+"/economics/"); during <- body }()
				<-release
				if tt.fail {
					return nil, errTest
				}
				files["economics/index.html"] = []byte("<html><body>Economics, finished</body></html>")
				return files, nil
			}
			s, err := New(Options{Source: root, RebuildFirst: rebuild})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Refresh(nil); err != nil {
				t.Fatal(err)
			}
			ts = httptest.NewServer(s)
			defer ts.Close()
			defer s.hub.close()
			get(t, ts.URL+"/sources/a/")
			get(t, ts.URL+"/economics/")
			done := make(chan error, 1)
			go func() { done <- s.Refresh([]string{"content/economics.md"}) }()
			if body := <-during; !strings.Contains(body, "Economics, early") {
				t.Errorf("while building, /economics/ served %q, want the early page", body)
			}
			close(release)
			<-done
			if _, body := get(t, ts.URL+"/economics/"); !strings.Contains(body, tt.want) {
				t.Errorf("after the build, /economics/ served %q, want %q", body, tt.want)
			}
			if len(firsts) != 1 || !slices.Equal(firsts[0], []string{"economics/index.html", "sources/a/index.html"}) {
				t.Errorf("first pages = %q, want the two pages asked for, the latest first", firsts)
			}
		})
	}
}

var errTest = testError("the build failed after the early pages")

type testError string

func (e testError) Error() string { return string(e) }
