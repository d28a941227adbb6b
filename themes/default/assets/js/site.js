/* Megaphone: progressive enhancement only. Every share link works without this script; it adds
   copy buttons, an editable message with a live count (same rules as the build: see
   Sources/Megaphone/Sharing/TextCounter.swift), the employee's Mastodon server and personal code
   (kept in localStorage, never sent anywhere but in the links the employee clicks), and hides
   share buttons of an item that expired after the build. No request is ever made. */
(function () {
  "use strict";

  var store = {
    get: function (key) { try { return window.localStorage.getItem("megaphone." + key) || ""; } catch (e) { return ""; } },
    set: function (key, value) { try { if (value) { window.localStorage.setItem("megaphone." + key, value); } else { window.localStorage.removeItem("megaphone." + key); } } catch (e) { /* private mode */ } }
  };

  // ---- Counting, as each network does (mirror of TextCounter.swift) ----
  var linkPattern = /https?:\/\/[^\s]+/g;
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
  function graphemes(text) {
    if (segmenter) { return Array.from(segmenter.segment(text), function (s) { return s.segment; }); }
    return Array.from(text);
  }
  function isEmoji(g) { return /\p{Emoji_Presentation}/u.test(g) || (g.indexOf("\uFE0F") >= 0 && /\p{Emoji}/u.test(g)); }
  function xWeight(g) {
    if (isEmoji(g)) { return 2; }
    var total = 0;
    Array.from(g).forEach(function (ch) {
      var v = ch.codePointAt(0);
      var light = v <= 4351 || (v >= 8192 && v <= 8205) || (v >= 8208 && v <= 8223) || (v >= 8242 && v <= 8247);
      total += light ? 1 : 2;
    });
    return total;
  }
  function count(text, rule) {
    var links;
    switch (rule) {
      case "graphemes": return graphemes(text).length;
      case "linksAs23":
        links = (text.match(linkPattern) || []).length;
        return Array.from(text.replace(linkPattern, "")).length + 23 * links;
      case "xWeighted":
        text = text.normalize("NFC");
        links = (text.match(linkPattern) || []).length;
        return graphemes(text.replace(linkPattern, "")).reduce(function (sum, g) { return sum + xWeight(g); }, 0) + 23 * links;
      default: return Array.from(text).length;
    }
  }

  // ---- Links (mirror of TrackedLink.swift and SharePlanner.swift) ----
  function encode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, function (c) { return "%" + c.charCodeAt(0).toString(16).toUpperCase(); });
  }
  function withParameter(link, name, value) {
    if (!link || !value) { return link; }
    var hash = link.indexOf("#");
    var fragment = hash >= 0 ? link.slice(hash) : "";
    var rest = hash >= 0 ? link.slice(0, hash) : link;
    return rest + (rest.indexOf("?") >= 0 ? "&" : "?") + encode(name) + "=" + encode(value) + fragment;
  }
  function compose(card, message, code, instance) {
    var d = card.dataset;
    var takesText = d.takesText === "true", takesLink = d.takesLink === "true";
    var link = withParameter(d.link || "", card.closest(".shares").dataset.personalParam, code);
    var post = link ? message + (takesText && takesLink ? " " : "\n\n") + link : message;
    var text = takesLink ? message : post;
    if (d.crlf === "true") { text = text.replace(/\r?\n/g, "\r\n"); }
    var url = d.template.replace("{instance}", instance).replace("{url}", encode(link))
      .replace("{title}", encode(d.title || "")).replace("{text}", encode(text));
    return { link: link, post: post, url: url };
  }

  function copy(text, status, messages) {
    function done(ok) { status.textContent = ok ? messages.copied : messages.copyFailed; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function setUpShares(shares) {
    var messages = { copied: shares.dataset.copied, copyFailed: shares.dataset.copyFailed };
    var cards = Array.from(shares.querySelectorAll(".share-card"));
    var codeForm = shares.querySelector(".personal-code");
    var codeInput = codeForm && codeForm.querySelector("input");
    var codeStatus = codeForm && codeForm.querySelector("[role=status]");
    var instanceInput = shares.querySelector("#mastodon-instance");
    var codePattern = /^[a-z0-9-]{2,32}$/;
    var code = store.get("personalCode");
    if (!codePattern.test(code)) { code = ""; }
    var instance = store.get("mastodonInstance") || (instanceInput ? instanceInput.value : "");

    function refresh(card) {
      var input = card.querySelector(".message-input");
      var result = compose(card, input.value, code, instance);
      var button = card.querySelector(".share-button");
      if (button) { button.href = result.url; }
      card.querySelector(".post-preview").textContent = result.post;
      var length = count(result.post, card.dataset.counting);
      var lengthBox = card.querySelector(".length");
      lengthBox.querySelector(".length-value").textContent = String(length);
      var limit = card.dataset.limit ? Number(card.dataset.limit) : 0;
      lengthBox.classList.toggle("over-limit", limit > 0 && length > limit);
      card.currentPost = result.post;
      card.currentLink = result.link;
    }
    function refreshAll() { cards.forEach(refresh); }

    cards.forEach(function (card) {
      var input = card.querySelector(".message-input");
      input.removeAttribute("readonly");
      input.addEventListener("input", function () { refresh(card); });
      var status = card.querySelector(".copy-status");
      var copyMessage = card.querySelector(".copy-message");
      copyMessage.hidden = false;
      copyMessage.addEventListener("click", function () { copy(card.currentPost, status, messages); });
      var copyLink = card.querySelector(".copy-link");
      if (copyLink) {
        copyLink.hidden = false;
        copyLink.addEventListener("click", function () { copy(card.currentLink, status, messages); });
      }
    });

    if (instanceInput) {
      instanceInput.closest(".mastodon-instance").hidden = false;
      instanceInput.value = instance;
      instanceInput.addEventListener("change", function () {
        var value = instanceInput.value.trim().replace(/\/+$/, "");
        if (value && !/^https?:\/\//.test(value)) { value = "https://" + value; }
        if (/^https?:\/\/[^\s/]+$/.test(value)) {
          instance = value;
          instanceInput.value = value;
          store.set("mastodonInstance", value);
          refreshAll();
        }
      });
    }

    if (codeForm) {
      codeForm.hidden = false;
      codeInput.value = code;
      // Applied when the employee confirms (Enter, or leaving the field), never half-typed:
      // "Jean Dupont" must not be saved as "jean" on the way.
      var apply = function () {
        var value = codeInput.value.trim().toLowerCase();
        if (value === "") {
          code = "";
          store.set("personalCode", "");
          codeStatus.textContent = shares.dataset.codeCleared;
        } else if (codePattern.test(value)) {
          code = value;
          codeInput.value = value;
          store.set("personalCode", value);
          codeStatus.textContent = shares.dataset.codeSaved;
        } else {
          codeStatus.textContent = shares.dataset.codeInvalid;
          codeInput.setAttribute("aria-invalid", "true");
          return;
        }
        codeInput.removeAttribute("aria-invalid");
        refreshAll();
      };
      codeForm.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
      codeInput.addEventListener("change", apply);
      codeInput.addEventListener("input", function () {
        var value = codeInput.value.trim().toLowerCase();
        if (value === "" || codePattern.test(value)) { codeInput.removeAttribute("aria-invalid"); }
        else { codeInput.setAttribute("aria-invalid", "true"); }
      });
    }
    refreshAll();
  }

  // An item whose end date passed after the build: no more share buttons.
  function checkExpiry(item) {
    var expires = Date.parse(item.dataset.expires || "");
    if (isNaN(expires) || Date.now() < expires) { return; }
    item.classList.add("expired-now");
    var shares = item.querySelector(".shares");
    if (shares) { shares.hidden = true; }
    var notice = item.querySelector(".expired-later");
    if (notice) { notice.hidden = false; }
  }


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
          var type = document.createElement("span");
          type.className = "search-type";
          type.textContent = " · " + (types[entry.type] || entry.type);
          li.appendChild(type);
          if (entry.summary) {
            var p = document.createElement("p");
            p.textContent = entry.summary;
            li.appendChild(p);
          }
          results.appendChild(li);
        });
        shown += page.length;
        if (more) { more.hidden = shown >= found.length; }
        status.textContent = (found.length ? d.count.replace("{n}", String(found.length)) : d.none).replace("{q}", query);
      });
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


  // ---- Item list: filter in place (the lists of links above work without JavaScript) ----
  function setUpFilter(form) {
    var cards = Array.from(document.querySelectorAll(".cards .card"));
    var selects = Array.from(form.querySelectorAll("select"));
    var status = form.querySelector(".filter-status");
    form.hidden = false;
    function apply() {
      var shown = 0;
      cards.forEach(function (card) {
        var visible = selects.every(function (select) {
          if (!select.value) { return true; }
          var values = (card.dataset[select.dataset.filter] || "").split(" ");
          return values.indexOf(select.value) >= 0;
        });
        card.hidden = !visible;
        if (visible) { shown += 1; }
      });
      status.textContent = status.dataset.template.replace("{n}", String(shown));
      // A listing in pages filters the page shown; one chosen term also links to its own
      // listing, which holds every item of it.
      var all = form.querySelector(".filter-all");
      if (all) {
        var chosen = selects.filter(function (select) { return select.value; });
        var option = chosen.length === 1 ? chosen[0].selectedOptions[0] : null;
        all.hidden = !(option && option.dataset.url);
        if (option && option.dataset.url) {
          all.firstElementChild.href = option.dataset.url;
          all.firstElementChild.textContent = all.dataset.template.replace("{name}", option.textContent);
        }
      }
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  }

  // ---- Training: progress kept in this browser ----
  function doneLessons() {
    try { return JSON.parse(store.get("lessonsDone") || "[]"); } catch (e) { return []; }
  }
  function showProgress() {
    var done = doneLessons();
    document.querySelectorAll("[data-lesson]").forEach(function (element) {
      var mark = element.querySelector(".done-mark");
      if (mark) { mark.hidden = done.indexOf(element.dataset.lesson) < 0; }
    });
    document.querySelectorAll(".module-progress").forEach(function (progress) {
      var lessons = progress.dataset.lessons.trim().split(/\s+/).filter(Boolean);
      if (lessons.length === 0) { return; }
      var count = lessons.filter(function (url) { return done.indexOf(url) >= 0; }).length;
      progress.textContent = progress.dataset.template.replace("{done}", String(count)).replace("{total}", String(lessons.length));
      progress.hidden = false;
    });
    document.querySelectorAll(".mark-done").forEach(function (button) {
      var isDone = done.indexOf(button.dataset.lesson) >= 0;
      button.setAttribute("aria-pressed", String(isDone));
      button.textContent = isDone ? button.dataset.doneLabel + " ✓" : button.dataset.todoLabel;
    });
  }
  function setUpLessonButton(button) {
    button.closest(".lesson-done").hidden = false;
    button.addEventListener("click", function () {
      var done = doneLessons();
      var at = done.indexOf(button.dataset.lesson);
      if (at >= 0) { done.splice(at, 1); } else { done.push(button.dataset.lesson); }
      store.set("lessonsDone", JSON.stringify(done));
      showProgress();
    });
  }

  // ---- Quiz: check the chosen answer (the answer is also in a disclosure, for no-JS readers) ----
  function setUpQuiz(fieldset) {
    var feedback = fieldset.querySelector(".quiz-feedback");
    var details = fieldset.querySelector("details");
    fieldset.querySelectorAll("input[type=radio]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        var right = radio.value === fieldset.dataset.answer;
        feedback.textContent = right ? fieldset.dataset.right : fieldset.dataset.wrong;
        feedback.className = "quiz-feedback " + (right ? "quiz-right" : "quiz-wrong");
        if (details) { details.open = true; }
      });
    });
  }

  document.querySelectorAll(".item[data-expires]").forEach(checkExpiry);
  document.querySelectorAll(".item-filter").forEach(setUpFilter);
  document.querySelectorAll(".mark-done").forEach(setUpLessonButton);
  document.querySelectorAll(".quiz-question").forEach(setUpQuiz);
  showProgress();
  document.querySelectorAll(".search-page-form").forEach(setUpSearch);
  document.querySelectorAll(".shares").forEach(setUpShares);
})();
