"""The Content-Security-Policy seen by Chromium: no page type of the example breaks it (not even
while its scripts run), and the policy is in force (a page given an inline script, an inline
style and a remote image by a fixture theme runs, styles and loads none of them)."""
import functools
import http.server
import pathlib
import re
import threading

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import QuietHandler, make_driver
from test_accessibility import PAGE_TYPES

# Injected by DevTools before any page script, so it sees every violation a page reports.
LISTENER = ("window.__violations = [];"
            "document.addEventListener('securitypolicyviolation', e =>"
            " window.__violations.push(e.effectiveDirective + ' ' + (e.blockedURI || 'inline')), true);")

POLICY = re.compile(r'<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def watched_browser():
    browser = make_driver()
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTENER})
    return browser


def violations(browser):
    reported = browser.execute_script("return window.__violations || ['listener missing'];")
    console = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
    return reported + console


def test_every_page_carries_the_policy_before_anything_it_governs(site):
    _, output = site
    pages = sorted(output.rglob("*.html"))
    assert len(pages) > 60
    for page in pages:
        match = POLICY.search(page.read_text(encoding="utf-8"))
        assert match, f"{page.relative_to(output)} has no policy right after its charset"
        directives = dict(d.split(" ", 1) for d in match.group(1).split("; "))
        assert directives["default-src"] == "'self'" and directives["script-src"] == "'self'"
        assert directives["object-src"] == "'none'" and directives["base-uri"] == "'self'"
        assert "unsafe" not in match.group(1)


def test_no_page_type_breaks_the_policy_even_while_its_scripts_run(site):
    base, _ = site
    browser = watched_browser()
    try:
        failures = {}
        for name, path in PAGE_TYPES.items():
            browser.get(base + path)
            if name == "search":
                WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-results li"))
            if name == "item list":
                Select(browser.find_element(By.ID, "filter-campaign")).select_by_index(1)
            found = violations(browser)
            if found:
                failures[name] = found
        assert failures == {}
        # The item page's buttons (copy, personal code) run under the policy too.
        browser.get(base + PAGE_TYPES["item"])
        for button in browser.find_elements(By.CSS_SELECTOR, "button.copy-link")[:2]:
            button.click()
        assert violations(browser) == []
    finally:
        browser.quit()


def test_the_policy_is_in_force(build_site):
    fixture = ('{{<base}}{{$main}}<h1>Piège</h1>'
               '<script>document.documentElement.dataset.inline = "ran";</script>'
               '<p id="styled" style="color: rgb(255, 0, 0)">Rouge ?</p>'
               '<img id="remote" alt="" src="http://localhost:9/pixel.png">'
               '{{/main}}{{/base}}\n')
    output = build_site({"content/pages/piege.md": "---\ntitle: Piège\n---\nTexte.\n", "layouts/page.mustache": fixture},
                        "title: Test\nbase_url: https://intranet.example.com/\n")
    handler = functools.partial(QuietHandler, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    browser = watched_browser()
    try:
        browser.get(f"http://127.0.0.1:{server.server_address[1]}/pages/piege/")
        assert browser.find_element(By.TAG_NAME, "h1").text == "Piège"
        assert browser.execute_script("return document.documentElement.dataset.inline") is None
        assert browser.execute_script("return getComputedStyle(document.getElementById('styled')).color") != "rgb(255, 0, 0)"
        WebDriverWait(browser, 5).until(lambda b: len(b.execute_script("return window.__violations")) >= 3)
        reported = browser.execute_script("return window.__violations")
        assert "script-src-elem inline" in reported
        assert "style-src-attr inline" in reported
        assert "img-src http://localhost:9/pixel.png" in reported
    finally:
        browser.quit()
        server.shutdown()
