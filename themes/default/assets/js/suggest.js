// The suggestion form, enhanced: the answers become the content file the communications team
// would write (front matter that `megaphone check` accepts, marked draft), to copy, to send in
// the e-mail, or to create in the repository's web editor. Without JavaScript the form still
// e-mails its fields (text/plain), so nothing here is needed to suggest.
(function () {
  "use strict";
  var form = document.getElementById("suggest-form");
  var section = document.getElementById("suggest-file-section");
  if (!form || !section) return;
  var fileText = document.getElementById("suggest-file");
  var fileName = document.getElementById("suggest-file-name");
  var mail = document.getElementById("suggest-mail");
  var editor = document.getElementById("suggest-editor");
  var status = document.getElementById("suggest-status");
  var copyButton = document.getElementById("suggest-copy");
  var data = form.dataset;

  function field(name) { return (form.elements[name].value || "").trim(); }
  function pad(number) { return (number < 10 ? "0" : "") + number; }
  function today() {
    var now = new Date();
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }
  // The file name's slug, as Megaphone makes it: accents dropped, [a-z0-9-] only.
  function slug(text) {
    var made = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
    return made || "suggestion";
  }
  // A JSON string is a YAML double-quoted scalar: quotes, colons and line breaks stay text.
  function quoted(text) { return JSON.stringify(text); }

  function file() {
    var title = field("title"), link = field("link"), why = field("why"), message = field("message");
    var lines = ["---", "title: " + quoted(title || "…"), "date: " + today()];
    if (/^https?:\/\/[^\s"<>]+\.[^\s"<>]+$/i.test(link)) lines.push("url: " + quoted(link));
    else if (link) lines.push("# url: " + link.replace(/\s+/g, " ") + "  (not an https:// address: check it)");
    if (why) lines.push("why: " + quoted(why));
    if (message) lines.push("share:", "  " + data.network + ": " + quoted(message));
    lines.push("draft: true", "---", "");
    if (why) lines.push(why, "");
    return { name: today() + "-" + slug(title) + ".md", text: lines.join("\n") };
  }

  function update() {
    var made = file();
    fileName.textContent = data.folder + made.name;
    fileText.value = made.text;
    var subject = data.subject + (field("title") ? " : " + field("title") : "");
    var body = data.bodyIntro + "\n\n" + data.folder + made.name + "\n\n" + made.text;
    mail.href = "mailto:" + data.mail + "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(body);
    if (editor && data.editor) {
      editor.href = data.editor.replace("{filename}", encodeURIComponent(made.name)).replace("{content}", encodeURIComponent(made.text));
    }
  }

  copyButton.addEventListener("click", function () {
    function done(ok) { status.textContent = ok ? form.dataset.copied : form.dataset.copyFailed; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(fileText.value).then(function () { done(true); }, function () { done(false); });
    } else {
      fileText.select();
      done(document.execCommand && document.execCommand("copy"));
    }
  });
  // The e-mail the script writes carries the file; the browser's own form checks still apply.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
    window.location.href = mail.href;
  });
  form.addEventListener("input", update);
  section.hidden = false;
  update();
})();
