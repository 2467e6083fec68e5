package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestHostGuard: the preview answers only its own host names, and its
// live-reload stream only its own origin (DNS rebinding).
func TestHostGuard(t *testing.T) {
	_, fb := newSite(t)
	tests := []struct {
		bind   string
		allow  []string
		host   string
		origin string // for the events stream; "" asks a page
		status int
	}{
		{"127.0.0.1", nil, "localhost:1313", "", 200},
		{"127.0.0.1", nil, "127.0.0.1:1313", "", 200},
		{"127.0.0.1", nil, "127.0.0.2", "", 200},
		{"127.0.0.1", nil, "[::1]:1313", "", 200},
		{"127.0.0.1", nil, "preview.localhost:1313", "", 200},
		{"127.0.0.1", nil, "LOCALHOST.", "", 200},
		{"127.0.0.1", nil, "rebind.attacker.example:1313", "", 403},
		{"127.0.0.1", nil, "localhost.attacker.example", "", 403},
		{"127.0.0.1", nil, "", "", 403},
		{"127.0.0.1", nil, "192.168.1.5:1313", "", 403},
		{"192.168.1.5", nil, "192.168.1.5:1313", "", 200},
		{"0.0.0.0", nil, "192.168.1.5:1313", "", 200},
		{"0.0.0.0", nil, "box.lan:1313", "", 403},
		{"0.0.0.0", []string{"box.lan"}, "box.lan:1313", "", 200},
		{"127.0.0.1", []string{"*"}, "anything.example", "", 200},
		{"127.0.0.1", nil, "localhost:1313", "http://rebind.attacker.example:1313", 403},
		{"127.0.0.1", nil, "localhost:1313", "null", 403},
		{"127.0.0.1", nil, "localhost:1313", "http://localhost:1313", 200},
	}
	for _, tt := range tests {
		s, err := New(Options{Source: t.TempDir(), Bind: tt.bind, AllowHosts: tt.allow, Rebuild: fb.Rebuild})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Refresh(nil); err != nil {
			t.Fatal(err)
		}
		target := "/"
		if tt.origin != "" {
			target = eventsPath
		}
		r := httptest.NewRequest(http.MethodGet, target, nil)
		r.Host = tt.host
		if tt.origin != "" {
			r.Header.Set("Origin", tt.origin)
			ctx, cancel := context.WithCancel(r.Context())
			cancel() // an allowed stream returns at once
			r = r.WithContext(ctx)
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code != tt.status {
			t.Errorf("bind %s, allow %v, Host %q, Origin %q: status %d, want %d", tt.bind, tt.allow, tt.host, tt.origin, w.Code, tt.status)
		}
		s.hub.close()
	}
}
