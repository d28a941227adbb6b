"""The feeds read by independent parsers: feedparser-rs (JSON Feed 1.1), feedparser (Atom),
icalendar (RFC 5545). Values are asserted, not just that parsing succeeded."""
import json
import urllib.parse

import feedparser
import feedparser_rs
import icalendar


def test_json_feed_is_valid_json_feed_1_1_with_the_advocacy_extension(site):
    _, output = site
    feed = feedparser_rs.parse((output / "feed.json").read_bytes())
    assert feed.version == "json11" and not feed.bozo
    assert feed.feed.title == "Ambassadeurs Acme"
    titles = [entry.title for entry in feed.entries]
    # Pinned first, scheduled/expired/draft never.
    assert titles[0].startswith("Acme acquiert NovaSense")
    assert not any("Industrie Connectée 2027" in t for t in titles)
    assert not any("cybersécurité" in t.lower() for t in titles)
    entry = feed.entries[0]
    assert entry.link.endswith("/advocacy/items/acquisition-novasense/")
    assert entry.external_url == "https://www.acme.example/fr/presse/novasense?ref=newsletter"
    assert [t.term for t in entry.tags] == ["acquisition", "ia", "maintenance", "atlas"]
    advocacy = entry.json_extensions["_advocacy"]
    assert advocacy["pinned"] is True and advocacy["campaign"] == "acquisition-novasense"
    share = advocacy["share"]["x"]
    link = urllib.parse.urlsplit(share["link"])
    parameters = urllib.parse.parse_qs(link.query)
    assert parameters["utm_source"] == ["x"] and parameters["utm_medium"] == ["social"] and parameters["ref"] == ["newsletter"]
    intent = urllib.parse.parse_qs(urllib.parse.urlsplit(share["share_url"]).query)
    assert intent["url"] == [share["link"]] and intent["text"] == [share["text"]]
    assert share["limit"] == 280 and share["length"] <= 280
    assert advocacy["networks"][0] == "linkedin"


def test_json_feed_raw_fields_follow_the_spec(site):
    _, output = site
    raw = json.loads((output / "feed.json").read_text(encoding="utf-8"))
    assert raw["version"] == "https://jsonfeed.org/version/1.1"
    assert raw["_advocacy"]["about"].endswith("/advocacy/feed-extension/")
    assert (output / "feed-extension" / "index.html").exists()
    for item in raw["items"]:
        assert item["id"] and item["content_html"] and item["date_published"][10] == "T"
        assert 'href="/' not in item["content_html"], "feed HTML must use absolute URLs"


def test_campaign_and_audience_feeds_hold_only_their_items(site):
    _, output = site
    feed = feedparser_rs.parse((output / "campaigns" / "recrutement-2026" / "feed.json").read_bytes())
    assert feed.entries and all(e.json_extensions["_advocacy"]["campaign"] == "recrutement-2026" for e in feed.entries)
    feed = feedparser_rs.parse((output / "audiences" / "recruiting" / "feed.json").read_bytes())
    assert feed.entries and all("recruiting" in e.json_extensions["_advocacy"]["audiences"] for e in feed.entries)


def test_atom_feed_reads_back_in_feedparser(site):
    _, output = site
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Ambassadeurs Acme"
    json_titles = [i["title"] for i in json.loads((output / "feed.json").read_text())["items"]]
    assert [e.title for e in feed.entries] == json_titles
    first = feed.entries[0]
    assert first.link.endswith("/advocacy/items/acquisition-novasense/")
    assert first.published_parsed[:5] == (2026, 11, 12, 7, 0)


def test_guidelines_and_training_json(site):
    _, output = site
    guidelines = json.loads((output / "guidelines.json").read_text())["guidelines"]
    assert [g["order"] for g in guidelines] == sorted(g["order"] for g in guidelines)
    assert all(g["do"] and g["dont"] for g in guidelines)
    modules = json.loads((output / "training.json").read_text())["modules"]
    linkedin = next(m for m in modules if m["url"].endswith("/training/profil-linkedin/"))
    assert len(linkedin["lessons"]) == 4 and linkedin["quiz"]


def test_calendar_reads_back_in_icalendar(site):
    base, output = site
    calendar = icalendar.Calendar.from_ical((output / "calendar.ics").read_bytes())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    salon = next(e for title, e in events.items() if "Industrie Connectée 2027" in title)
    assert salon.decoded("DTSTART").isoformat() == "2027-01-15T08:00:00+00:00"
    assert str(salon["UID"]) == "item-salon-industrie-connectee-2027@" + urllib.parse.urlsplit(base).hostname
    assert str(salon["URL"]).endswith("/advocacy/items/salon-industrie-connectee-2027/")
    assert not any("cybersécurité" in t.lower() for t in events)  # expired
    for line in (output / "calendar.ics").read_bytes().split(b"\r\n"):
        assert len(line) <= 75


TRICKY_TITLE = 'Les "3" équipes & <Atlas>, enfin : 🚀 ça décolle; vite, très vite'
TRICKY_MESSAGE = 'Citez-nous : "on y va" & <on> fonce, 🎉\nDeuxième ligne; avec, des virgules'


def test_special_characters_round_trip_through_every_format(build_site):
    output = build_site({
        "content/items/2026-11-20-tricky.md": "---\n"
        f"title: {json.dumps(TRICKY_TITLE, ensure_ascii=False)}\n"
        "date: 2026-11-20T09:00:00+01:00\n"
        "url: https://www.acme.example/a?x=1&y=\"2\"#frag\n".replace('"2"', "%222%22") +
        f"summary: {json.dumps(TRICKY_TITLE + ' — résumé', ensure_ascii=False)}\n"
        "share:\n"
        f"  linkedin: {json.dumps(TRICKY_MESSAGE, ensure_ascii=False)}\n"
        "---\nCorps avec <b>HTML</b> & \"guillemets\".\n",
    }, "title: 'Test & <co>'\nbase_url: https://intranet.example.com/advocacy/\n")

    # feedparser-rs accepts the feed; it sanitizes titles as if they were HTML (dropping "<Atlas>"),
    # so the exact values are read with Python's own JSON parser: JSON Feed titles are plain text.
    feed = feedparser_rs.parse((output / "feed.json").read_bytes())
    assert feed.version == "json11" and not feed.bozo and len(feed.entries) == 1
    raw = json.loads((output / "feed.json").read_text(encoding="utf-8"))
    item = raw["items"][0]
    assert item["title"] == TRICKY_TITLE
    assert item["summary"] == TRICKY_TITLE + " — résumé"
    assert item["_advocacy"]["share"]["linkedin"]["text"] == TRICKY_MESSAGE
    assert raw["title"] == "Test & <co>"
    linkedin = urllib.parse.parse_qs(urllib.parse.urlsplit(item["_advocacy"]["share"]["linkedin"]["share_url"]).query)
    tracked = urllib.parse.urlsplit(linkedin["url"][0])
    assert tracked.fragment == "frag" and urllib.parse.parse_qs(tracked.query)["y"] == ['"2"']

    atom = feedparser.parse((output / "feed.xml").read_bytes())
    assert not atom.bozo, atom.get("bozo_exception")
    assert atom.entries[0].title == TRICKY_TITLE
    assert atom.entries[0].summary == TRICKY_TITLE + " — résumé"
    assert atom.feed.title == "Test & <co>"
    assert "&lt;b&gt;HTML&lt;/b&gt;" not in atom.entries[0].content[0].value  # raw HTML left out in safe mode

    calendar = icalendar.Calendar.from_ical((output / "calendar.ics").read_bytes())
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["SUMMARY"]) == TRICKY_TITLE
    assert str(event["DESCRIPTION"]).startswith(TRICKY_TITLE + " — résumé")
