/* nea_site search: the language site's Pagefind bundle, loaded on first use (no CDN, no server).
 * The index holds CJK text as overlapping character pairs (src/nea_site/search/tokens.py); a query's CJK runs are
 * cut into the same pairs here, so a query finds every page holding it. Document pages are listed first. */
(function () {
  "use strict";
  var root = document.querySelector("[data-nea-search]");
  if (!root) return;
  var input = root.querySelector(".md-search__input");
  var form = root.querySelector(".md-search__form");
  var list = root.querySelector(".md-search-result__list");
  var meta = root.querySelector(".md-search-result__meta");
  var toggle = document.getElementById("__search");
  var bundle = new URL(root.getAttribute("data-nea-search"), document.baseURI);
  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  var CJK_ONE = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/;
  var NO_SPACE = /^[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]$/;  // CJK and its punctuation
  var SHOWN = 10;
  var loading = null;
  var serial = 0;
  var timer = 0;

  function label(name, count) {
    var text = root.getAttribute("data-label-" + name) || "";
    return text.replace("#", String(count));
  }

  function load() {
    if (!loading) {
      loading = import(new URL("pagefind.js", bundle).href).then(function (pagefind) {
        // noWorker: the search runs in this page (one small WebAssembly module), not in a worker fetched first.
        return pagefind.options({ excerptLength: 24, noWorker: true }).then(function () {
          // Pagefind takes its language from <html lang> when it starts, and for "zh" it would cut the query
          // again with the browser's word segmenter, splitting pairs that are no dictionary word into single
          // characters (whose prefix match misses words across index chunks). Started under "und", it finds
          // the language's only index and keeps the pairs as they are; the page's lang is restored at once.
          var html = document.documentElement;
          var lang = html.getAttribute("lang");
          var started;
          html.setAttribute("lang", "und");
          try {
            started = pagefind.init();
          } finally {
            html.setAttribute("lang", lang);
          }
          return started.then(function () { return pagefind; });
        });
      });
    }
    return loading;
  }

  // "秘书处 WTO" -> "秘书 书处 WTO": the pairs the index holds (a lone CJK character stays one term).
  function queryTerms(query) {
    return query.replace(CJK, function (run) {
      if (run.length < 2) return " " + run + " ";
      var pairs = [];
      for (var i = 0; i + 1 < run.length; i++) pairs.push(run.slice(i, i + 2));
      return " " + pairs.join(" ") + " ";
    }).replace(/\s+/g, " ").trim();
  }

  // An excerpt of the index text back to the page's text: "<mark>秘书</mark> <mark>书处</mark> 处成" -> "秘书处成".
  function readable(excerpt) {
    var chars = [];  // [character, marked]
    var previous = "";
    excerpt.split(" ").forEach(function (piece) {
      var marked = piece.indexOf("<mark>") === 0;
      var token = piece.replace(/<\/?mark>/g, "");
      if (!token) return;
      var start = 0;
      if (previous && CJK_ONE.test(previous) && CJK_ONE.test(token[0]) && token[0] === previous && isPairs(token)) {
        start = 1;
        if (marked) chars[chars.length - 1][1] = true;
      } else if (chars.length && !(NO_SPACE.test(token[0]) && NO_SPACE.test(previous))) {
        chars.push([" ", false]);
      }
      for (var i = start; i < token.length; i++) chars.push([token[i], marked]);
      previous = token[token.length - 1];
    });
    var html = "";
    var open = false;
    chars.forEach(function (c) {
      if (c[1] && !open) { html += "<mark>"; open = true; }
      if (!c[1] && open) { html += "</mark>"; open = false; }
      html += c[0];
    });
    return open ? html + "</mark>" : html;
  }

  function isPairs(token) {
    return token.length <= 2 && Array.prototype.every.call(token, function (ch) { return CJK_ONE.test(ch); });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"]/g, function (ch) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[ch];
    });
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.setAttribute("data-search-result", "");
    a.href = data.url;
    a.tabIndex = -1;
    a.innerHTML = '<article class="md-search-result__article md-typeset"><div class="md-search-result__icon md-icon"></div>'
      + "<h1>" + escapeHtml(data.meta.title || data.url) + "</h1><p>" + readable(data.excerpt) + "</p></article>";
    li.appendChild(a);
    return li;
  }

  // Every result of `query`, document pages first (each a Pagefind result: `data()` loads its fragment).
  function find(query) {
    var terms = queryTerms(query);
    return load().then(function (pagefind) {
      return Promise.all([
        pagefind.search(terms, { filters: { document: "yes" } }),
        pagefind.search(terms),
      ]);
    }).then(function (found) {
      var documents = found[0].results;
      var listed = new Set(documents.map(function (result) { return result.id; }));
      return documents.concat(found[1].results.filter(function (result) { return !listed.has(result.id); }));
    });
  }

  // For tests and scripts outside the page: the query terms sent to the index, and every result's URL.
  window.neaSearch = {
    terms: queryTerms,
    urls: function (query) {
      return find(query).then(function (results) {
        return Promise.all(results.map(function (result) { return result.data(); }));
      }).then(function (datas) { return datas.map(function (data) { return data.url; }); });
    },
  };

  function search() {
    var query = input.value.trim();
    var id = ++serial;
    list.removeAttribute("data-search-done");
    if (!query) {
      list.replaceChildren();
      meta.textContent = label("placeholder", 0);
      return;
    }
    find(query).then(function (results) {
      if (id !== serial) return;
      meta.textContent = results.length === 0 ? label("none", 0)
        : label(results.length === 1 ? "one" : "other", results.length);
      list.replaceChildren();
      var shown = results.slice(0, SHOWN);
      // The first result's fragment is fetched alone and shown at once; then the others', shown in order.
      // `data-search-done` on the list says every result shown is there (for tests).
      if (!shown.length) {
        list.setAttribute("data-search-done", "");
        return;
      }
      shown[0].data().then(function (data) {
        if (id !== serial) return null;
        list.appendChild(item(data));
        return Promise.all(shown.slice(1).map(function (result) { return result.data(); }));
      }).then(function (datas) {
        if (id !== serial || !datas) return;
        datas.forEach(function (data) { list.appendChild(item(data)); });
        list.setAttribute("data-search-done", "");
      });
    }).catch(function (error) {
      if (id === serial) meta.textContent = label("none", 0);
      console.warn("search:", error);
    });
  }

  input.addEventListener("focus", function () {
    if (toggle) toggle.checked = true;
    load();
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 80);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("[data-search-result]");
    if (first) window.location.href = first.href;
  });
  form.addEventListener("reset", function () {
    setTimeout(search, 0);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle && toggle.checked) {
      toggle.checked = false;
      input.blur();
    }
  });
})();
