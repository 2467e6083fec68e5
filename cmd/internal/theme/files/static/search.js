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
 * tokenize and stem must agree with cmd/internal/search (tested from Go).
 * Matching: every query word must match an index term exactly, as a prefix
 * (the last word, still being typed) or, failing both, within one or two
 * typos (Damerau-Levenshtein); results are ranked by how well and where
 * (title or text) they match. */
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
  /* joinInitialisms: "U.S.-led" -> "US-led" (search.JoinInitialisms in Go). */
  var INITIALS = /(^|[^\p{L}\p{N}])((?:\p{L}\.)+\p{L}(?![\p{L}\p{N}])\.?)/gu;
  function joinInitialisms(s) {
    return s.indexOf(".") < 0 ? s : s.replace(INITIALS, function (m, pre, run) { return pre + run.replace(/\./g, ""); });
  }
  function words(s) { return fold(joinInitialisms(s)).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w; }); }
  function tokenize(s) {
    return words(s).filter(function (w) { return Array.from(w).length > 1 && !STOP[w]; }).map(stem);
  }

  /* within reports whether a and b are at most k edits apart (insert,
   * delete, substitute, swap two neighbours): the fuzzy match, so that
   * "sanktions" finds "sanctions". */
  function within(a, b, k) {
    var n = a.length, m = b.length;
    if (Math.abs(n - m) > k) return false;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= m; j++) prev[j] = j;
    for (i = 1; i <= n; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= m; j++) {
        var c = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + c);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < best) best = v;
      }
      if (best > k) return false;
      prev2 = prev; prev = cur;
    }
    return prev[m] <= k;
  }
  /* edits is how many typos a query word may hold: none in short words,
   * where one edit makes another word. */
  function edits(w) { var n = Array.from(w).length; return n < 5 ? 0 : n < 8 ? 1 : 2; }

  /* matches finds the index terms one query word stands for, each with a
   * weight: the word itself 1, a longer word it begins (while typing the
   * last word) 0.7, a near miss 0.5 (only when there is neither). */
  function matches(ix, keys, w, isLast) {
    var out = {}, found = false, t = stem(w);
    if (ix.terms[t]) { out[t] = 1; found = true; }
    if (isLast) {
      [t, w].forEach(function (p) {
        for (var i = lower(keys, p); i < keys.length && keys[i].indexOf(p) === 0; i++)
          if (!out[keys[i]]) { out[keys[i]] = 0.7; found = true; }
      });
    }
    var k = edits(t);
    if (!found && k) keys.forEach(function (key) { if (within(t, key, k)) out[key] = 0.5; });
    return out;
  }

  /* search returns [{d: doc, score}] best first. Every query word must match
   * (the last one as a prefix, the reader still typing it; any with a typo
   * or two). A doc scores the weight of each word's best match, three times
   * in its title, once more for every further passage word that matches. */
  function search(ix, keys, q) {
    var ws = words(q), endsInWord = /[\p{L}\p{N}]$/u.test(q), per = [];
    ws.forEach(function (w, i) {
      if (STOP[w] || Array.from(w).length < 2 && !(endsInWord && i === ws.length - 1)) return;
      per.push(matches(ix, keys, w, endsInWord && i === ws.length - 1));
    });
    if (!per.length) return [];
    var score = null;
    per.forEach(function (m) {
      var got = {};
      Object.keys(m).forEach(function (key) {
        ix.terms[key].forEach(function (id) { got[id] = Math.max(got[id] || 0, m[key]); });
      });
      if (score === null) score = got;
      else Object.keys(score).forEach(function (id) { if (got[id]) score[id] += got[id]; else delete score[id]; });
    });
    return Object.keys(score).map(function (id) {
      id = Number(id);
      var d = ix.docs[id], s = score[id], title = {};
      tokenize(d.t).forEach(function (x) { title[x] = 1; });
      per.forEach(function (m) {
        for (var key in m) if (title[key]) { s += 2 * m[key]; break; }
      });
      return { d: d, score: s, id: id };
    }).sort(function (a, b) { return b.score - a.score || a.id - b.id; });
  }
  function lower(a, x) { var lo = 0, hi = a.length; while (lo < hi) { var m = (lo + hi) >> 1; if (a[m] < x) lo = m + 1; else hi = m; } return lo; }

  /* WORD is a word as shown: a dotted initialism ("U.S.") or a run of
   * letters and digits. */
  var WORD = /(?:\p{L}\.)+\p{L}(?![\p{L}\p{N}])\.?|[\p{L}\p{N}]+/gu;
  function hit(word, qs) {
    var f = fold(word.replace(/\./g, "")), s = stem(f);
    return qs.some(function (x) { return s.indexOf(x) === 0 || f.indexOf(x) === 0 || edits(x) && within(x, s, edits(x)); });
  }
  /* mark appends text to el, wrapping each word that matches one of the
   * query stems (as a prefix, or within its typos) in <mark>. */
  function mark(el, text, qs) {
    var re = new RegExp(WORD.source, "gu"), at = 0, m;
    while ((m = re.exec(text))) {
      if (hit(m[0], qs)) {
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
    var re = new RegExp(WORD.source, "gu"), m, at = 0;
    while ((m = re.exec(text))) {
      if (hit(m[0], qs)) { at = m.index; break; }
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
    module.exports = { tokenize: tokenize, stem: stem, search: search, snippet: snippet, joinInitialisms: joinInitialisms, within: within };
  } else {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-search]"), setup);
  }
})();
