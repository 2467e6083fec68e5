package testutil

import (
	"context"
	"net"
	"testing"
	"time"
)

// Server is a server a test runs: serve.Server, which listens on a free
// port and serves until its context ends.
type Server interface {
	Listen() (net.Listener, error)
	Run(ctx context.Context, ln net.Listener) error
}

// Serve starts s on a free port for the rest of the test and returns its
// listener. When the test ends, Run's context is cancelled, and the test
// fails if Run then returns an error or does not return within ten seconds.
func Serve(t testing.TB, s Server) net.Listener {
	t.Helper()
	ln, err := s.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("Run did not stop")
		}
	})
	return ln
}
