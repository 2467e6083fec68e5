/* briefing search: searches the site's search-index.json as you type.
 * No library, nothing from another host. Progressive enhancement: every
 * <form data-search> works without this script (it submits to /search/?q=);
 * with it, results appear under the box as you type.
 * Markup it expects (see layouts/partials/search-form.html):
 *   <form data-search data-index="/search-index.json" action="/search/">
 *     <input type="search" name="q" aria-controls="ID" ...>
 *   </form>
 *   <div id="ID" data-search-results></div>   (the results region)
 * Keyboard: Down/Up move between results, Enter follows, Escape goes back to
 * the box (a second Escape clears it).
 * tokenize and stem must agree with cmd/internal/search (tested from Go). */
(function () {
  "use strict";
  var STOP = {};
  "a an and are as at be but by for from has have in is it its of on or that the their this to was were will with"
    .split(" ").forEach(function (w) { STOP[w] = 1; });

  function stem(w) {
    var n = w.length, e = function (s) { return w.slice(-s.length) === s; };
    if (n > 4 && e("ies")) w = w.slice(0, -3) + "y";
    else if (n > 4 && (e("sses") || e("xes") || e("ches") || e("shes"))) w = w.slice(0, -2);
    else if (n > 3 && e("s") && !e("ss") && !e("us") && !e("is")) w = w.slice(0, -1);
    n = w.length;
    if (n > 5 && e("ing")) w = w.slice(0, -3);
    else if (n > 4 && e("ed") && !e("eed")) w = w.slice(0, -2);
    return w;
  }
  function fold(s) { return s.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase(); }
  function words(s) { return fold(s).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w; }); }
  function tokenize(s) {
    return words(s).filter(function (w) { return Array.from(w).length > 1 && !STOP[w]; }).map(stem);
  }

  /* search returns [{d: doc, score}] best first. The last query word is a
   * prefix (the reader is still typing it); the others must match a token. */
  function search(ix, keys, q) {
    var ws = words(q), last = ws.length && /[\p{L}\p{N}]$/u.test(q) ? ws.pop() : null, sets = [];
    tokenize(ws.join(" ")).forEach(function (t) { sets.push(ix.terms[t] || []); });
    if (last && !STOP[last]) {
      var ids = {};
      [stem(last), last].forEach(function (p) {
        for (var i = lower(keys, p); i < keys.length && keys[i].indexOf(p) === 0; i++)
          ix.terms[keys[i]].forEach(function (id) { ids[id] = 1; });
      });
      sets.push(Object.keys(ids).map(Number));
    }
    if (!sets.length) return [];
    sets.sort(function (a, b) { return a.length - b.length; });
    var hits = sets[0].filter(function (id) {
      return sets.every(function (s) { return s.indexOf(id) >= 0; });
    });
    var qs = tokenize(q);
    return hits.map(function (id) {
      var d = ix.docs[id], t = tokenize(d.t), score = 0;
      qs.forEach(function (x) { t.forEach(function (y) { if (y.indexOf(x) === 0) score += 3; }); });
      return { d: d, score: score, id: id };
    }).sort(function (a, b) { return b.score - a.score || a.id - b.id; });
  }
  function lower(a, x) { var lo = 0, hi = a.length; while (lo < hi) { var m = (lo + hi) >> 1; if (a[m] < x) lo = m + 1; else hi = m; } return lo; }

  /* mark appends text to el, wrapping each word whose folded stem starts
   * with one of the query stems in <mark>. */
  function mark(el, text, qs) {
    var re = /[\p{L}\p{N}]+/gu, at = 0, m;
    while ((m = re.exec(text))) {
      var f = fold(m[0]), s = stem(f);
      if (qs.some(function (x) { return s.indexOf(x) === 0 || f.indexOf(x) === 0; })) {
        el.appendChild(document.createTextNode(text.slice(at, m.index)));
        el.appendChild(document.createElement("mark")).textContent = m[0];
        at = m.index + m[0].length;
      }
    }
    el.appendChild(document.createTextNode(text.slice(at)));
  }
  /* snippet cuts about 160 characters of text around the first match. */
  function snippet(text, qs) {
    if (text.length <= 180) return text;
    var re = /[\p{L}\p{N}]+/gu, m, at = 0;
    while ((m = re.exec(text))) {
      var s = stem(fold(m[0]));
      if (qs.some(function (x) { return s.indexOf(x) === 0; })) { at = m.index; break; }
    }
    var from = Math.max(0, at - 60), to = Math.min(text.length, from + 170);
    return (from ? "…" : "") + text.slice(from, to) + (to < text.length ? "…" : "");
  }

  /* index fetches the search index once per page, however many boxes use it. */
  var indexes = {};
  function index(url) {
    return indexes[url] || (indexes[url] = fetch(url).then(function (r) { return r.json(); }).then(function (j) {
      if (j.v !== 1) throw new Error("search index version " + j.v);
      j.keys = Object.keys(j.terms).sort();
      return j;
    }));
  }

  function setup(form) {
    var input = form.querySelector("input[name=q]"), out = document.getElementById(input.getAttribute("aria-controls"));
    if (!out) return;
    var status = out.querySelector("[role=status]") || out.appendChild(document.createElement("p"));
    status.setAttribute("role", "status");
    var list = out.querySelector("ol") || out.appendChild(document.createElement("ol"));
    var ix = null, keys = null, timer = 0;
    function load() {
      return index(form.getAttribute("data-index")).then(function (j) { ix = j; keys = j.keys; })
        .catch(function () { status.textContent = "Search is not available; the form still works."; });
    }
    function run() {
      var q = input.value.trim();
      list.textContent = "";
      out.hidden = !q;
      if (!q) { status.textContent = ""; return; }
      load().then(function () {
        if (!ix || input.value.trim() !== q) return;
        var res = search(ix, keys, q), qs = words(q).map(stem);
        status.textContent = res.length ? res.length + (res.length === 1 ? " result" : " results") + " for “" + q + "”" : "No results for “" + q + "”";
        res.slice(0, 50).forEach(function (r) {
          var li = list.appendChild(document.createElement("li")), a = li.appendChild(document.createElement("a"));
          a.href = r.d.u;
          mark(a, r.d.t, qs);
          if (r.d.s || r.d.k) li.appendChild(document.createElement("small")).textContent = " " + [r.d.k, r.d.s].filter(Boolean).join(" · ");
          mark(li.appendChild(document.createElement("p")), snippet(r.d.x, qs), qs);
        });
      });
    }
    input.addEventListener("focus", load);
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 60); });
    form.addEventListener("keydown", function (e) { nav(e, input, list); });
    out.addEventListener("keydown", function (e) { nav(e, input, list); });
    var q = new URLSearchParams(location.search).get("q");
    if (q && !input.value) input.value = q;
    if (input.value) run(); else out.hidden = true;
  }
  function nav(e, input, list) {
    var links = Array.prototype.slice.call(list.querySelectorAll("li > a")), i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!links.length) return;
      e.preventDefault();
      var j = e.key === "ArrowDown" ? (i < 0 ? 0 : Math.min(i + 1, links.length - 1)) : i - 1;
      (j < 0 ? input : links[j]).focus();
    } else if (e.key === "Escape") {
      if (document.activeElement === input) { input.value = ""; input.dispatchEvent(new Event("input")); }
      else input.focus();
    } else if (e.key === "Enter" && document.activeElement === input && links.length && !e.isComposing) {
      e.preventDefault(); location.href = links[0].href;
    }
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { tokenize: tokenize, stem: stem, search: search, snippet: snippet };
  } else {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-search]"), setup);
  }
})();
