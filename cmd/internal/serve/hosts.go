package serve

import (
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Host and Origin checks against DNS rebinding: a web page on another site
// can make the browser send requests to the preview under a name of its own
// that resolves to 127.0.0.1, and read the answers. The preview therefore
// answers only Host names that cannot be an attacker's: localhost (and
// *.localhost), IP literals that are loopback or the --bind address (any IP
// literal when bound to all interfaces: rebinding needs a name), and the
// names given with --allow-host ("*" allows any). The live-reload stream
// also refuses a cross-site Origin.

// hostAllowed reports whether a Host header (with or without port) names
// this preview.
func (s *Server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if host == "" {
		return false
	}
	for _, a := range s.opts.AllowHosts {
		if a == "*" || strings.EqualFold(a, host) {
			return true
		}
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false
	}
	if ip.IsLoopback() {
		return true
	}
	bind := net.ParseIP(strings.Trim(s.opts.Bind, "[]"))
	return bind != nil && (bind.IsUnspecified() || bind.Equal(ip))
}

// originAllowed reports whether a request's Origin (absent for same-origin
// EventSource requests in some browsers) is this preview.
func (s *Server) originAllowed(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	return s.hostAllowed(u.Host)
}

// checkHost answers 403 and returns false when the request's Host is not
// this preview.
func (s *Server) checkHost(w http.ResponseWriter, r *http.Request) bool {
	if s.hostAllowed(r.Host) {
		return true
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, "briefing serve: host "+r.Host+" not allowed (a DNS-rebinding guard); open http://localhost/ or start serve with --allow-host "+hostOnly(r.Host), http.StatusForbidden)
	return false
}

func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return hostport
}
