/* nea_site Explore page: filters in the URL, counts per facet value, results linked to their paragraphs.
 * Reads data/index.json, then only the shards a filter needs (render/explore_files.py describes them).
 * Source text is data, never markup: every text goes in with textContent or createTextNode. */
(function () {
  "use strict";
  var root = document.getElementById("nea-explore");
  var script = document.currentScript;
  if (!root || !script) { return; }
  var DATA = new URL("data/", script.src);
  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = new URL("explore.css", script.src).href;
  document.head.appendChild(style);
  var L = JSON.parse(root.getAttribute("data-labels") || "{}");
  var DOCUMENT = root.getAttribute("data-document") || "../documents/{id}/";
  var PAGE = 20;
  var ENTITY = ["country", "actor", "theme"];
  var KINDS = ["document", "event", "statistic", "claim"];
  var cache = {};
  var index = null;
  var shown = PAGE;
  var generation = 0;

  function fetchData(name, binary) {
    if (!cache[name]) {
      cache[name] = fetch(new URL(name, DATA).href).then(function (r) {
        if (!r.ok) { throw new Error(name + ": HTTP " + r.status); }
        return binary ? r.arrayBuffer() : r.json();
      });
    }
    return cache[name];
  }

  /* ---- the filter in the URL ---- */
  function list(params, name) {
    var raw = params.get(name);
    if (!raw) { return []; }
    var seen = {};
    return raw.split(/[,|]/).map(function (s) { return s.trim(); }).filter(function (s) {
      if (!s || seen[s]) { return false; }
      seen[s] = true;
      return true;
    });
  }

  function parseYear(raw) {
    var m = /^\s*(\d{1,4})?\s*(?:-\s*(\d{1,4})?)?\s*$/.exec(raw || "");
    if (!raw || !m || (m[1] === undefined && m[2] === undefined)) { return null; }
    var from = m[1] !== undefined ? parseInt(m[1], 10) : -Infinity;
    var to = m[2] !== undefined ? parseInt(m[2], 10) : (raw.indexOf("-") >= 0 ? Infinity : from);
    return from <= to ? [from, to] : [to, from];
  }

  function readState(search) {
    var p = new URLSearchParams(search);
    return {
      country: list(p, "country"), actor: list(p, "actor"), theme: list(p, "theme"),
      kind: list(p, "kind"), lang: list(p, "lang"), year: parseYear(p.get("year"))
    };
  }

  function yearText(year) {
    if (!year) { return ""; }
    var from = isFinite(year[0]) ? String(year[0]) : "";
    var to = isFinite(year[1]) ? String(year[1]) : "";
    return from === to ? from : from + "-" + to;
  }

  function query(state) {
    var parts = [];
    ["country", "actor", "theme"].forEach(function (f) {
      if (state[f].length) { parts.push(f + "=" + state[f].map(encodeURIComponent).join(",")); }
    });
    if (state.year) { parts.push("year=" + yearText(state.year)); }
    ["kind", "lang"].forEach(function (f) {
      if (state[f].length) { parts.push(f + "=" + state[f].map(encodeURIComponent).join(",")); }
    });
    return parts.length ? "?" + parts.join("&") : location.pathname;
  }

  function withValue(state, facet, value, on) {
    var next = {
      country: state.country.slice(), actor: state.actor.slice(), theme: state.theme.slice(),
      kind: state.kind.slice(), lang: state.lang.slice(), year: state.year
    };
    if (facet === "year") {
      next.year = on ? value : null;
    } else if (on) {
      next[facet].push(value);
    } else {
      next[facet] = next[facet].filter(function (v) { return v !== value; });
    }
    return next;
  }

  /* ---- items ---- */
  function decode(buffer) {
    var bytes = new Uint8Array(buffer);
    var pos = 0;
    var base = index.base;
    function read() {
      var value = 0, mul = 1, b;
      do { b = bytes[pos++]; value += (b & 127) * mul; mul *= 128; } while (b >= 128);
      return value;
    }
    var out = [];
    var number = -1;
    while (pos < bytes.length) {
      number += read() + 1;
      var kind = bytes[pos++];
      var code = read();
      var y0 = null, y1 = null;
      if (code) { y0 = code - 1 + base; y1 = y0 + read(); }
      var n = read();
      var values = new Array(n);
      var last = 0;
      for (var i = 0; i < n; i++) { last += read(); values[i] = last; }
      out.push({ n: number, kind: kind, y0: y0, y1: y1, values: values });
    }
    return out;
  }

  function docOf(n) {
    var starts = index.docs.start, lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= n) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  function langOf(n) { return index.docs.lang[docOf(n)]; }

  /* Which files hold every item the filter can match: the rarest chosen value's, or the chosen kinds' decades. */
  function plan(state, ids) {
    var chosen = [];
    for (var f = 0; f < ENTITY.length; f++) {
      for (var j = 0; j < state[ENTITY[f]].length; j++) {
        var at = ids[ENTITY[f] + ":" + state[ENTITY[f]][j]];
        if (at === undefined) { return { files: [], none: true }; }
        chosen.push(at);
      }
    }
    if (chosen.length) {
      chosen.sort(function (a, b) { return index.values[a][3] - index.values[b][3]; });
      return { files: [index.values[chosen[0]][4]], none: false, entity: chosen[0] };
    }
    var kinds = state.kind.length ? state.kind.map(function (k) { return KINDS.indexOf(k); }) : [0, 1, 2, 3];
    var files = index.kindShards.filter(function (s) {
      if (kinds.indexOf(s[0]) < 0) { return false; }
      if (!state.year) { return true; }
      return s[2] !== null && s[2] <= state.year[1] && s[3] >= state.year[0];
    }).map(function (s) { return s[1]; });
    return { files: files, none: false };
  }

  function test(item, state, wanted, skip) {
    if (skip !== "kind" && state.kind.length && state.kind.indexOf(KINDS[item.kind]) < 0) { return false; }
    if (skip !== "lang" && state.lang.length && state.lang.indexOf(langOf(item.n)) < 0) { return false; }
    if (skip !== "year" && state.year) {
      if (item.y0 === null || item.y0 > state.year[1] || item.y1 < state.year[0]) { return false; }
    }
    for (var i = 0; i < wanted.length; i++) {
      if (item.values.indexOf(wanted[i]) < 0) { return false; }
    }
    return true;
  }

  function isEmpty(state) {
    return !state.country.length && !state.actor.length && !state.theme.length && !state.kind.length &&
      !state.lang.length && !state.year;
  }

  /* Counts: a country, actor or theme counts the results that also name it (choosing it narrows to that
   * number); a kind, language or year counts what the other filters give with that value instead. */
  function count(state, ids, items, entityChosen) {
    var wanted = [];
    ENTITY.forEach(function (f) { state[f].forEach(function (v) { wanted.push(ids[f + ":" + v]); }); });
    var values = {}, kinds = {}, langs = {}, years = {}, results = [];
    var i;
    if (items === null) {  /* no filter: the index's own counts */
      index.values.forEach(function (v, at) { values[at] = v[3]; });
      for (i = 0; i < index.total && results.length < shown; i++) { results.push(i); }
      return { values: values, kinds: cubeCounts(state, "kind"), langs: cubeCounts(state, "lang"),
        years: cubeCounts(state, "year"), total: index.total, results: results };
    }
    for (i = 0; i < items.length; i++) {
      var item = items[i];
      if (!test(item, state, wanted, "")) {
        if (entityChosen) {
          if (test(item, state, wanted, "kind")) { kinds[item.kind] = (kinds[item.kind] || 0) + 1; }
          if (test(item, state, wanted, "lang")) { var l = langOf(item.n); langs[l] = (langs[l] || 0) + 1; }
          if (item.y0 !== null && test(item, state, wanted, "year")) { addYears(years, item); }
        }
        continue;
      }
      results.push(item.n);
      for (var j = 0; j < item.values.length; j++) { values[item.values[j]] = (values[item.values[j]] || 0) + 1; }
      if (entityChosen) {
        kinds[item.kind] = (kinds[item.kind] || 0) + 1;
        var lang = langOf(item.n);
        langs[lang] = (langs[lang] || 0) + 1;
        if (item.y0 !== null) { addYears(years, item); }
      }
    }
    if (!entityChosen) {
      kinds = cubeCounts(state, "kind");
      langs = cubeCounts(state, "lang");
      years = cubeCounts(state, "year");
    }
    return { values: values, kinds: kinds, langs: langs, years: years, total: results.length, results: results };
  }

  function addYears(years, item) {
    for (var y = item.y0; y <= item.y1; y++) { years[y] = (years[y] || 0) + 1; }
  }

  /* Kind, language and year counts without a country, actor or theme chosen, from the index's cube. */
  function cubeCounts(state, skip) {
    var out = {};
    index.cube.forEach(function (c) {
      var kind = c[0], lang = index.langs[c[1]][0], y0 = c[2] ? c[2] - 1 + index.base : null;
      var y1 = y0 === null ? null : y0 + c[3];
      if (skip !== "kind" && state.kind.length && state.kind.indexOf(KINDS[kind]) < 0) { return; }
      if (skip !== "lang" && state.lang.length && state.lang.indexOf(lang) < 0) { return; }
      if (skip !== "year" && state.year && (y0 === null || y0 > state.year[1] || y1 < state.year[0])) { return; }
      if (skip === "kind") { out[kind] = (out[kind] || 0) + c[4]; }
      if (skip === "lang") { out[lang] = (out[lang] || 0) + c[4]; }
      if (skip === "year" && y0 !== null) {
        for (var y = y0; y <= y1; y++) { out[y] = (out[y] || 0) + c[4]; }
      }
    });
    return out;
  }

  /* ---- drawing ---- */
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function link(state, text, facet, value, on) {
    var a = el("a", "nea-explore-link", text);
    var next = withValue(state, facet, value, on);
    a.href = query(next);
    a.addEventListener("click", function (event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
      event.preventDefault();
      go(query(next));
    });
    return a;
  }

  function facetBox(title, facet, entries, state, selected, target) {
    /* entries: [value, name, count]; chosen ones first, each with a link that removes it; then by count.
     * target(entry) gives the [value, on] its link sets (default: add the value, or remove a chosen one). */
    var box = el("section", "nea-explore-facet");
    box.setAttribute("data-facet", facet);
    box.appendChild(el("h3", "", title));
    var shortList = el("ul");
    var more = el("ul");
    var rows = entries.filter(function (e) { return e[2] > 0 || selected.indexOf(e[0]) >= 0; });
    rows.sort(function (a, b) {
      var sa = selected.indexOf(a[0]) >= 0 ? 1 : 0, sb = selected.indexOf(b[0]) >= 0 ? 1 : 0;
      if (sa !== sb) { return sb - sa; }
      if (facet === "year") { return b[0] - a[0]; }
      return b[2] - a[2] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    });
    rows.forEach(function (e, at) {
      var on = selected.indexOf(e[0]) >= 0;
      var to = target ? target(e) : [e[0], !on];
      var li = el("li", on ? "nea-explore-on" : "");
      li.setAttribute("data-value", String(e[0]));
      li.setAttribute("data-count", String(e[2]));
      li.appendChild(link(state, on ? "✕ " + e[1] : e[1], facet, to[0], to[1]));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "nea-explore-count", e[2]));
      (at < 10 || on ? shortList : more).appendChild(li);
    });
    if (!rows.length) { shortList.appendChild(el("li", "nea-explore-empty", "—")); }
    box.appendChild(shortList);
    if (more.childNodes.length) {
      var toggle = el("button", "nea-explore-toggle", L.more_values.replace("{count}", String(more.childNodes.length)));
      toggle.type = "button";
      toggle.setAttribute("aria-expanded", "false");
      more.hidden = true;
      toggle.addEventListener("click", function () {
        more.hidden = !more.hidden;
        toggle.setAttribute("aria-expanded", String(!more.hidden));
      });
      box.appendChild(more);
      box.appendChild(toggle);
    }
    return box;
  }

  function yearBox(state, years) {
    var entries = Object.keys(years).map(function (y) { return [parseInt(y, 10), y, years[y]]; });
    var box = facetBox(L.facet_year, "year", entries, state, [], function (e) { return [[e[0], e[0]], true]; });
    var form = el("form", "nea-explore-years");
    var from = el("input");
    var to = el("input");
    [[from, L.year_from, state.year ? state.year[0] : NaN], [to, L.year_to, state.year ? state.year[1] : NaN]]
      .forEach(function (f) {
        f[0].type = "number";
        f[0].placeholder = f[1];
        f[0].setAttribute("aria-label", f[1]);
        f[0].value = isFinite(f[2]) ? String(f[2]) : "";
      });
    form.appendChild(from);
    form.appendChild(document.createTextNode(" – "));
    form.appendChild(to);
    form.appendChild(document.createTextNode(" "));
    var apply = el("button", "md-button", L.apply);
    apply.type = "submit";
    form.appendChild(apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var a = from.value ? parseInt(from.value, 10) : -Infinity;
      var b = to.value ? parseInt(to.value, 10) : Infinity;
      var range = isFinite(a) || isFinite(b) ? (a <= b ? [a, b] : [b, a]) : null;
      go(query(withValue(state, "year", range, range !== null)));
    });
    box.insertBefore(form, box.children[1]);
    if (state.year) {
      var chosen = el("p", "nea-explore-on");
      chosen.setAttribute("data-value", yearText(state.year));
      chosen.appendChild(link(state, "✕ " + yearText(state.year), "year", null, false));
      box.insertBefore(chosen, form);
    }
    return box;
  }

  /* entries plus any chosen value the data does not know (count 0), so that its link can remove it */
  function withChosen(entries, chosen) {
    chosen.forEach(function (id) {
      if (!entries.some(function (e) { return e[0] === id; })) { entries.push([id, id, 0]); }
    });
    return entries;
  }

  function drawFacets(state, counts) {
    var box = document.getElementById("nea-explore-facets");
    box.textContent = "";
    var byFacet = { country: [], actor: [], theme: [] };
    index.values.forEach(function (v, at) { byFacet[v[0]].push([v[1], v[2], counts.values[at] || 0]); });
    var kinds = index.kinds.map(function (k, at) { return [k[0], k[1], counts.kinds[at] || 0]; });
    var langs = index.langs.map(function (l) { return [l[0], l[1], counts.langs[l[0]] || 0]; });
    box.appendChild(facetBox(L.facet_kind, "kind", withChosen(kinds, state.kind), state, state.kind));
    box.appendChild(facetBox(L.facet_country, "country", withChosen(byFacet.country, state.country), state,
      state.country));
    box.appendChild(facetBox(L.facet_theme, "theme", withChosen(byFacet.theme, state.theme), state, state.theme));
    box.appendChild(yearBox(state, counts.years));
    box.appendChild(facetBox(L.facet_lang, "lang", withChosen(langs, state.lang), state, state.lang));
    box.appendChild(facetBox(L.facet_actor, "actor", withChosen(byFacet.actor, state.actor), state, state.actor));
  }

  function drawResults(state, counts, mine) {
    var head = document.getElementById("nea-explore-total");
    head.textContent = "";
    head.setAttribute("data-count", String(counts.total));
    head.appendChild(document.createTextNode(L.results.replace("{count}", String(counts.total)) + " "));
    if (!isEmpty(state)) {
      var clear = el("a", "nea-explore-clear", L.clear);
      clear.href = location.pathname;
      clear.addEventListener("click", function (event) { event.preventDefault(); go(location.pathname); });
      head.appendChild(clear);
    }
    var list = document.getElementById("nea-explore-results");
    list.textContent = "";
    var wanted = counts.results.slice(0, shown);
    var chunks = {};
    wanted.forEach(function (n) { chunks[Math.floor(n / index.chunk)] = true; });
    var names = Object.keys(chunks);
    if (!wanted.length) { list.appendChild(el("li", "nea-explore-empty", L.none)); }
    var slots = wanted.map(function () {
      var li = el("li", "nea-explore-pending", L.loading);
      list.appendChild(li);
      return li;
    });
    var moreButton = document.getElementById("nea-explore-more");
    moreButton.hidden = counts.results.length <= shown;
    names.forEach(function (c) {
      fetchData("t" + c + ".json", false).then(function (chunk) {
        if (mine !== generation) { return; }
        var docs = {};
        chunk.docs.forEach(function (d) { docs[d[0]] = d; });
        wanted.forEach(function (n, at) {
          if (Math.floor(n / index.chunk) !== Number(c)) { return; }
          slots[at].replaceWith(row(chunk.rows[n - Number(c) * index.chunk], docs[docOf(n)]));
        });
      }).catch(fail);
    });
  }

  function row(r, doc) {
    /* r: [row kind, record id, date, text, paragraph]; doc: [index, id, title] */
    var li = el("li", "nea-explore-result");
    li.setAttribute("data-id", r[1]);
    li.setAttribute("data-kind", index.rowKinds[r[0]][0]);
    li.appendChild(el("span", "nea-explore-kind", index.rowKinds[r[0]][1]));
    if (r[2]) { li.appendChild(el("span", "nea-explore-date", r[2])); }
    var href = DOCUMENT.replace("{id}", encodeURIComponent(doc[1])) + (r[4] ? "#p-" + r[4] : "");
    var a = el("a", "nea-explore-text", r[3]);
    a.href = href;
    li.appendChild(a);
    if (r[4]) {
      var source = el("span", "nea-explore-source");
      source.appendChild(document.createTextNode(doc[2] + " ¶" + r[4]));
      li.appendChild(source);
    }
    return li;
  }

  function fail(error) {
    var status = document.getElementById("nea-explore-status");
    status.hidden = false;
    status.textContent = L.error + " (" + String(error && error.message ? error.message : error) + ")";
  }

  function render() {
    var mine = ++generation;
    var state = readState(location.search);
    var ids = {};
    index.values.forEach(function (v, at) { ids[v[0] + ":" + v[1]] = at; });
    var entityChosen = state.country.length + state.actor.length + state.theme.length > 0;
    if (isEmpty(state)) {
      var c = count(state, ids, null, false);
      drawFacets(state, c);
      drawResults(state, c, mine);
      return Promise.resolve();
    }
    var p = plan(state, ids);
    return Promise.all(p.files.map(function (f) { return fetchData(f + ".bin", true); })).then(function (buffers) {
      if (mine !== generation) { return; }
      var items = [];
      buffers.forEach(function (b) { items = items.concat(decode(b)); });
      if (!p.entity && p.files.length > 1) { items.sort(function (a, b) { return a.n - b.n; }); }
      var c = count(state, ids, items, entityChosen);
      drawFacets(state, c);
      drawResults(state, c, mine);
    });
  }

  function go(url) {
    history.pushState(null, "", url);
    shown = PAGE;
    render().catch(fail);
  }

  window.addEventListener("popstate", function () { shown = PAGE; render().catch(fail); });
  document.getElementById("nea-explore-more").addEventListener("click", function () {
    shown += PAGE;
    render().catch(fail);
  });
  fetchData("index.json", false).then(function (data) {
    index = data;
    root.hidden = false;
    return render();
  }).catch(fail);
})();
