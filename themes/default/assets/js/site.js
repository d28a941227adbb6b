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
  document.querySelectorAll(".shares").forEach(setUpShares);
})();
