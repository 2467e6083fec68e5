package serve

import (
	"bytes"
	"html"
	"mime"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/content"
)

// eventsPath is the live-reload stream. It starts with a dot, and no site
// file is served under a dot name, so it cannot shadow a page.
const eventsPath = "/.briefing/livereload"

// contentTypes fixes the types of the files a site is made of, so that they
// do not depend on the host's mime.types.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".htm":   "text/html; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".json":  "application/json; charset=utf-8",
	".map":   "application/json; charset=utf-8",
	".xml":   "application/xml; charset=utf-8",
	".txt":   "text/plain; charset=utf-8",
	".md":    "text/markdown; charset=utf-8",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".jpeg":  "image/jpeg",
	".gif":   "image/gif",
	".webp":  "image/webp",
	".avif":  "image/avif",
	".ico":   "image/vnd.microsoft.icon",
	".woff":  "font/woff",
	".woff2": "font/woff2",
	".pdf":   "application/pdf",
	".wasm":  "application/wasm",
}

// contentType returns the Content-Type for a file name and its contents.
func contentType(name string, data []byte) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	t := mime.TypeByExtension(ext)
	if t == "" {
		t = http.DetectContentType(data)
	}
	if strings.HasPrefix(t, "text/") && !strings.Contains(t, "charset") {
		t += "; charset=utf-8"
	}
	return t
}

// ServeHTTP serves the current build from memory: files by path, index.html
// for directories, the site's 404.html for anything else, and the
// live-reload stream. Names starting with a dot are never served.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.checkHost(w, r) {
		return
	}
	if r.URL.Path == eventsPath {
		if !s.originAllowed(r) {
			http.Error(w, "briefing serve: origin not allowed", http.StatusForbidden)
			return
		}
		s.serveEvents(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	snap := s.snap.Load()
	if len(snap.files) == 0 && snap.problems != nil {
		// No good build yet: show the problems; the page reloads once fixed.
		s.serveProblems(w, r, snap)
		return
	}
	urlPath := r.URL.Path
	if base := s.opts.BasePath; base != "" && base != "/" {
		if !strings.HasPrefix(urlPath, base) {
			if urlPath == "/" || urlPath+"/" == base {
				http.Redirect(w, r, base, http.StatusFound)
				return
			}
			s.notFound(w, r, snap)
			return
		}
		urlPath = urlPath[len(base)-1:]
	}
	key, ok := filePath(urlPath)
	if !ok {
		s.notFound(w, r, snap)
		return
	}
	data, found := snap.file(key)
	if !found && key != "" && !strings.HasSuffix(key, "/") {
		if _, dir := snap.file(key + "/index.html"); dir {
			// A directory asked for without its slash: relative links in
			// its index.html need the slash to resolve.
			target := s.opts.BasePath + key + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusFound)
			return
		}
	}
	if key == "" || strings.HasSuffix(key, "/") {
		key += "index.html"
		data, found = snap.file(key)
	}
	if !found {
		s.notFound(w, r, snap)
		return
	}
	if strings.HasSuffix(key, ".html") {
		s.sawPage(key)
	}
	s.serveFile(w, r, key, data, snap, http.StatusOK)
}

// filePath maps a URL path to a key of the site's files ("" for the root,
// a trailing slash for a directory). ok is false for paths that may never be
// served: "." and ".." (browsers resolve them before asking), dot names the
// build does not publish (content.Published), backslashes and NULs.
func filePath(urlPath string) (key string, ok bool) {
	if !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
		return "", false
	}
	for _, seg := range strings.Split(urlPath, "/") {
		if seg == "." || seg == ".." {
			return "", false
		}
	}
	key = strings.TrimPrefix(path.Clean(urlPath), "/")
	if !content.Published(key) {
		return "", false // the build's rule: no dotfiles but .well-known/
	}
	if key != "" && strings.HasSuffix(urlPath, "/") {
		key += "/"
	}
	return key, true
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, snap *snapshot) {
	if page, ok := snap.file("404.html"); ok {
		s.serveFile(w, r, "404.html", page, snap, http.StatusNotFound)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, "404 page not found", http.StatusNotFound)
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, name string, data []byte, snap *snapshot, status int) {
	ct := contentType(name, data)
	if strings.HasPrefix(ct, "text/html") {
		data = inject(data, snap.id)
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("X-Content-Type-Options", "nosniff")
	// A preview must never show a cached old version.
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// serveProblems answers every request with a page listing the build's
// problems while there is no good build to serve.
func (s *Server) serveProblems(w http.ResponseWriter, r *http.Request, snap *snapshot) {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><h1>Build failed</h1><pre>")
	for _, p := range snap.problems {
		b.WriteString(html.EscapeString(p.String()))
		b.WriteByte('\n')
	}
	b.WriteString("</pre></body></html>\n")
	s.serveFile(w, r, "error.html", b.Bytes(), snap, http.StatusInternalServerError)
}

// inject adds the live-reload script to an HTML page, before its last
// </body> (or at the end when it has none). Only serve does this; built
// files never contain the script.
func inject(page []byte, id string) []byte {
	script := liveReloadScript(id)
	i := lastIndexFold(page, []byte("</body"))
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(script))
	out = append(out, page[:i]...)
	out = append(out, script...)
	return append(out, page[i:]...)
}

// lastIndexFold is bytes.LastIndex ignoring ASCII case.
func lastIndexFold(s, sep []byte) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}

func sortStrings(s []string) { sort.Strings(s) }
