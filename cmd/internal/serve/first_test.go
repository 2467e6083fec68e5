package serve

import (
	"context"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/testutil"
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
			rebuild := func(_ context.Context, changed, first []string, early func(map[string][]byte)) (map[string][]byte, error) {
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

// TestNewerChangeInterrupts: a save arriving while a rebuild is running
// cancels that rebuild's context; the server then builds the interrupted
// rebuild's changes and the new ones together, and serves the result, not
// what the interrupted rebuild would have made.
func TestNewerChangeInterrupts(t *testing.T) {
	root, fb := newSite(t)
	started := make(chan []string, 4)
	var mu sync.Mutex
	var calls [][]string
	interrupted := 0
	rebuild := func(ctx context.Context, changed, first []string, early func(map[string][]byte)) (map[string][]byte, error) {
		mu.Lock()
		calls = append(calls, changed)
		mu.Unlock()
		if changed != nil && slices.Contains(changed, "layouts/page.html") && !slices.Contains(changed, "content/economics.md") {
			started <- changed
			select { // a long layout rebuild, until a newer change
			case <-ctx.Done():
				mu.Lock()
				interrupted++
				mu.Unlock()
				return nil, ctx.Err()
			case <-time.After(20 * time.Second):
				return nil, errTest
			}
		}
		return fb.Rebuild(changed)
	}
	s, err := New(Options{Source: root, RebuildFirst: rebuild, Log: t.Output(), Verbose: true})
	if err != nil {
		t.Fatal(err)
	}
	ln := testutil.Serve(t, s)
	url := strings.TrimSuffix(URL(ln), "/")
	for i := 0; ; i++ {
		if code, _ := get(t, url+"/"); code == 200 {
			break
		}
		if i > 500 {
			t.Fatal("site never came up")
		}
		time.Sleep(10 * time.Millisecond)
	}
	writeFile(t, root, "layouts/page.html", strings.Replace(testLayout, "<main", "<p>new layout</p><main", 1))
	select {
	case <-started:
	case <-time.After(10 * time.Second):
		t.Fatal("the layout rebuild never started")
	}
	start := time.Now()
	writeFile(t, root, "content/economics.md", "Economics, edited after the layout")
	for {
		_, body := get(t, url+"/economics/")
		if strings.Contains(body, "edited after the layout") && strings.Contains(body, "new layout") {
			break
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("the newer edit was not served with the layout edit within 10 s: %.300s", body)
		}
		time.Sleep(5 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	if interrupted == 0 { // more if the layout save came in two batches
		t.Errorf("no rebuild interrupted")
	}
	last := calls[len(calls)-1]
	if !slices.Contains(last, "layouts/page.html") || !slices.Contains(last, "content/economics.md") {
		t.Errorf("the rebuild after the interruption got %q, want both changes", last)
	}
}
