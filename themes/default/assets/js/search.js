// The portal's search (search/ only): loaded by the search page, not by every page.
// Without JavaScript, the page says so and links to the listings.
(function () {
  "use strict";

  // ---- Search: the index is fetched from the portal itself, and folded like the build folds it ----
  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(text) { return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; }); }

  // The index is split (see SearchIndexBuilder.swift): a small manifest, word shards by prefix,
  // documents in chunks. A query fetches the shards of its words and the chunks of the results
  // it shows, never the whole index.
  function hex(text) {
    if (!text) { return "all"; }
    return Array.from(new TextEncoder().encode(text)).map(function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  function setUpSearch(form) {
    var input = form.querySelector("input[type=search]");
    var status = document.getElementById("search-status");
    var results = document.getElementById("search-results");
    var more = document.getElementById("search-more");
    var nojs = document.querySelector(".search-nojs");
    if (nojs) { nojs.hidden = true; }
    var d = form.dataset;
    var types = { item: d.typeItem, guideline: d.typeGuideline, training: d.typeTraining, page: d.typePage };
    var indexURL = new URL(d.index, window.location.href);
    var files = {};
    function load(path) {
      var url = new URL(path, indexURL).href;
      if (!files[url]) {
        files[url] = fetch(url).then(function (r) {
          if (!r.ok) { throw new Error(url + ": " + r.status); }
          return r.json();
        });
      }
      return files[url];
    }
    var manifest = load(d.index);
    var pageSize = 20;
    var found = [];
    var shown = 0;
    var generation = 0;

    // The shards that may hold words starting with `term`: the longest prefix of the term that
    // has a shard, and every shard of a longer prefix that starts with the term.
    function shardsFor(index, term) {
      var best = null;
      var wanted = [];
      index.shards.forEach(function (prefix) {
        if (term.indexOf(prefix) === 0) {
          if (best === null || prefix.length > best.length) { best = prefix; }
        } else if (prefix.indexOf(term) === 0) {
          wanted.push(prefix);
        }
      });
      if (best !== null) { wanted.push(best); }
      return wanted;
    }

    // Documents holding a word that starts with `term`, each with its best score (3 in the
    // heading, 1 in the body).
    function matches(index, term) {
      return Promise.all(shardsFor(index, term).map(function (prefix) { return load(index.terms + hex(prefix) + ".json"); }))
        .then(function (shards) {
          var scores = new Map();
          shards.forEach(function (shard) {
            Object.keys(shard).forEach(function (word) {
              if (word.indexOf(term) !== 0) { return; }
              shard[word].forEach(function (code) {
                var id = code >> 1;
                var score = code & 1 ? 3 : 1;
                if ((scores.get(id) || 0) < score) { scores.set(id, score); }
              });
            });
          });
          return scores;
        });
    }

    function showMore(index, query, current) {
      var page = found.slice(shown, shown + pageSize);
      var chunks = Array.from(new Set(page.map(function (hit) { return Math.floor(hit.id / index.chunk); })));
      return Promise.all(chunks.map(function (chunk) { return load(index.docs + chunk + ".json"); })).then(function (loaded) {
        if (current !== generation) { return; }
        var byChunk = {};
        chunks.forEach(function (chunk, i) { byChunk[chunk] = loaded[i]; });
        page.forEach(function (hit) {
          var entry = byChunk[Math.floor(hit.id / index.chunk)][hit.id % index.chunk];
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = entry.url;
          a.textContent = entry.title;
          li.appendChild(a);
          // A document that exists only in another language: marked with it, as the listings do.
          if (entry.lang) {
            a.lang = entry.lang;
            a.hreflang = entry.lang;
            var badge = document.createElement("span");
            badge.className = "badge badge-lang";
            badge.lang = entry.lang;
            badge.textContent = languageName(entry.lang);
            li.appendChild(document.createTextNode(" "));
            li.appendChild(badge);
          }
          var type = document.createElement("span");
          type.className = "search-type";
          type.textContent = " · " + (types[entry.type] || entry.type);
          li.appendChild(type);
          if (entry.summary) {
            var p = document.createElement("p");
            p.textContent = entry.summary;
            if (entry.lang) { p.lang = entry.lang; }
            li.appendChild(p);
          }
          results.appendChild(li);
        });
        shown += page.length;
        if (more) { more.hidden = shown >= found.length; }
        status.textContent = (found.length ? d.count.replace("{n}", String(found.length)) : d.none).replace("{q}", query);
      });
    }

    // The language's name in itself (Français, English), as the build writes it on cards.
    function languageName(code) {
      try {
        var name = new Intl.DisplayNames([code], { type: "language" }).of(code);
        return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
      } catch (e) {
        return code.toUpperCase();
      }
    }

    function run() {
      var current = ++generation;
      var query = input.value.trim();
      var terms = words(query).filter(function (w) { return w.length >= 2; });
      results.textContent = "";
      found = [];
      shown = 0;
      if (more) { more.hidden = true; }
      if (terms.length === 0) { status.textContent = ""; return; }
      manifest.then(function (index) {
        return Promise.all(terms.map(function (term) { return matches(index, term); })).then(function (perTerm) {
          if (current !== generation) { return; }
          // Every word of the query must match; scores add up; ties go to the newest (higher id).
          perTerm[0].forEach(function (score, id) {
            var total = score;
            for (var i = 1; i < perTerm.length; i++) {
              var other = perTerm[i].get(id);
              if (!other) { return; }
              total += other;
            }
            found.push({ id: id, score: total });
          });
          found.sort(function (a, b) { return b.score - a.score || b.id - a.id; });
          return showMore(index, query, current);
        });
      }).catch(function () { status.textContent = d.failed || ""; });
    }

    if (more) {
      more.addEventListener("click", function () {
        manifest.then(function (index) { return showMore(index, input.value.trim(), generation); });
      });
    }
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    run();
    var timer = null;
    input.addEventListener("input", function () { window.clearTimeout(timer); timer = window.setTimeout(run, 120); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      window.history.replaceState(null, "", url);
      run();
    });
  }

  document.querySelectorAll(".search-page-form").forEach(setUpSearch);
})();
