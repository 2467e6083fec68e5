package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// message is one Server-Sent Event.
type message struct {
	event string
	data  string // JSON, one line
}

// hub fans messages out to the connected live-reload streams.
type hub struct {
	mu      sync.Mutex
	clients map[chan message]struct{}
	closed  bool
}

func newHub() *hub { return &hub{clients: map[chan message]struct{}{}} }

// clientBuffer is how many messages a stream may fall behind before it is
// dropped; the browser then reconnects and catches up from its hello.
const clientBuffer = 16

// subscribe returns a stream's channel, or nil once the hub is closed.
func (h *hub) subscribe() chan message {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil
	}
	ch := make(chan message, clientBuffer)
	h.clients[ch] = struct{}{}
	return ch
}

func (h *hub) unsubscribe(ch chan message) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.clients[ch]; ok {
		delete(h.clients, ch)
		close(ch)
	}
}

// broadcast sends m to every stream without waiting for any of them.
func (h *hub) broadcast(m message) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.clients {
		select {
		case ch <- m:
		default:
			// Too far behind: end its stream rather than lose a message.
			delete(h.clients, ch)
			close(ch)
		}
	}
}

// close ends every stream and refuses new ones.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.clients {
		delete(h.clients, ch)
		close(ch)
	}
}

// clients reports how many streams are connected.
func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}

// keepAlive is how often an idle stream gets a comment, so that a dead
// connection is noticed and proxies do not time it out.
var keepAlive = 15 * time.Second

// serveEvents is the live-reload stream. It starts with a hello carrying the
// id of the build being served (and its problems, if the last build failed):
// a page built from another id (a server restart, or a build missed while
// disconnected) reloads itself.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch := s.hub.subscribe()
	if ch == nil {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	defer s.hub.unsubscribe(ch)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)

	snap := s.snap.Load()
	hello := map[string]any{"id": snap.id}
	if snap.problems != nil {
		hello["problems"] = snap.problems
	}
	// retry: how soon the browser reconnects after the server went away.
	fmt.Fprintf(w, "retry: 300\n\n")
	writeEvent(w, message{event: "hello", data: jsonString(hello)})
	flusher.Flush()

	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case m, ok := <-ch:
			if !ok {
				return
			}
			if writeEvent(w, m) != nil {
				return
			}
			flusher.Flush()
		case <-tick.C:
			if _, err := fmt.Fprint(w, ": ping\n\n"); err != nil {
				return
			}
			flusher.Flush()
		case <-r.Context().Done():
			return
		}
	}
}

func writeEvent(w http.ResponseWriter, m message) error {
	_, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", m.event, m.data)
	return err
}

func jsonString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only maps of strings, ints and Problems are marshalled
	}
	return string(b)
}

// liveReloadScript is the script injected into served HTML pages. id is the
// build the page comes from.
func liveReloadScript(id string) string {
	return "<script data-briefing-livereload>(function(){var id=" + strconv.Quote(id) + ";" + scriptBody + "})();</script>\n"
}

// scriptBody keeps the page in step with the server:
//   - reload: fetch the page again; when only its <main> changed (the usual
//     content edit), swap <main> in place, which keeps the scroll position
//     and skips re-loading styles and scripts; otherwise store the scroll
//     position in sessionStorage and reload, and the reloaded page restores it.
//     The page's frame (all but <main>) is fetched once when it loads, and a
//     reload waits for it (a loaded machine may send the reload first), and
//     for the reload before it: responses are swapped in the order asked.
//   - css: replace the changed stylesheets with a cache-busting query, adding
//     the new link before removing the old one so the page never flashes.
//   - problems: show an overlay with file:line and the message; ok, css and
//     a reload clear it.
//   - hello (on every connect and reconnect): reload if the server's build is
//     not the page's; otherwise mark <html data-briefing-live> (tests wait
//     for it, since a change made before the page listens arrives as a
//     reload on connect).
const scriptBody = `
var key="briefing-scroll:"+location.pathname;
try{var saved=sessionStorage.getItem(key);if(saved!==null){sessionStorage.removeItem(key);var xy=saved.split(",");var restore=function(){window.scrollTo(+xy[0],+xy[1]);};if(document.readyState==="complete"){restore();}else{addEventListener("load",restore);}}}catch(e){}
function reload(){try{sessionStorage.setItem(key,window.scrollX+","+window.scrollY);}catch(e){}location.reload();}
function frame(t){t=t.replace(/<script data-briefing-livereload>[\s\S]*?<\/script>\n?/,"");var a=t.indexOf("<main"),b=t.lastIndexOf("</main>");return a<0||b<a?null:t.slice(0,a)+t.slice(b);}
function fetchPage(){return fetch(location.href,{cache:"no-store",credentials:"same-origin"}).then(function(r){if(!r.ok){throw new Error(r.status);}return r.text();});}
var shell=fetchPage().then(frame),queue=Promise.resolve();
function refresh(next){queue=queue.then(function(){return Promise.all([shell,fetchPage()]);}).then(function(v){var t=v[1],f=frame(t),om=document.querySelector("main");
if(f===null||v[0]===null||f!==v[0]||!om){throw new Error("page frame changed");}
var nm=new DOMParser().parseFromString(t,"text/html").querySelector("main");if(!nm){throw new Error("no main");}
om.replaceWith(document.adoptNode(nm));if(next){id=next;}overlay(null);document.documentElement.setAttribute("data-briefing-live",id);
}).catch(function(){reload();});}
function overlay(problems){var o=document.getElementById("briefing-error-overlay");if(!problems||!problems.length){if(o){o.remove();}return;}
if(!o){o=document.createElement("div");o.id="briefing-error-overlay";o.setAttribute("role","alert");o.setAttribute("style","position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2em;background:rgba(30,0,0,.93);color:#ffd7d7;font:15px/1.5 ui-monospace,monospace;white-space:pre-wrap");(document.body||document.documentElement).appendChild(o);}
o.textContent="Build failed\n\n"+problems.map(function(p){return (p.path?p.path+(p.line?":"+p.line:"")+": ":"")+p.msg;}).join("\n");}
function swapCSS(paths){var links=[].slice.call(document.querySelectorAll('link[rel~="stylesheet"]'));
var mine=links.filter(function(l){var u=new URL(l.href,location.href);return u.origin===location.origin&&paths.some(function(p){return ("/"+u.pathname).slice(-p.length-1)==="/"+p;});});
if(!mine.length){mine=links.filter(function(l){return new URL(l.href,location.href).origin===location.origin;});}
mine.forEach(function(l){var u=new URL(l.href,location.href);u.searchParams.set("briefing",id);var n=l.cloneNode();n.href=u.href;n.onload=n.onerror=function(){l.remove();};l.parentNode.insertBefore(n,l.nextSibling);});}
var es;
function connect(){es=new EventSource("` + eventsPath + `");
es.addEventListener("hello",function(e){var d=JSON.parse(e.data);if(d.id!==id){reload();return;}document.documentElement.setAttribute("data-briefing-live",id);overlay(d.problems);});
es.addEventListener("reload",function(e){var d=JSON.parse(e.data||"{}");refresh(d.id);});
es.addEventListener("css",function(e){var d=JSON.parse(e.data);id=d.id;overlay(null);swapCSS(d.paths);});
es.addEventListener("problems",function(e){overlay(JSON.parse(e.data).problems);});
es.addEventListener("ok",function(){overlay(null);});
es.onerror=function(){if(es.readyState===EventSource.CLOSED){setTimeout(connect,1000);}};}
connect();
addEventListener("pagehide",function(){es.close();});
addEventListener("pageshow",function(e){if(e.persisted){connect();}});
`
