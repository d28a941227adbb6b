"""The example portal's results, recomputed here from the same export files by an independent
reading (Python's csv module, the contract's attribution rules), must equal what Megaphone wrote in
results.json and on the pages; the privacy threshold holds in every file of the output."""
import collections
import csv
import html.parser
import io
import json
import pathlib
import re

import yaml

from conftest import ROOT

ANALYTICS = ROOT / "data" / "analytics"


def portal_items():
    """slug → campaign of every item with a page (drafts and the item dated after --now have none)."""
    items = {}
    for path in (ROOT / "content" / "items").glob("*.md"):
        if re.search(r"\.[a-z]{2}\.md$", path.name):
            continue  # a translation (NAME.en.md) shares its original's slug and figures
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        date = str(front["date"])[:10]
        if front.get("draft") or date > "2026-11-25":
            continue
        items[front.get("slug") or re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)] = front.get("campaign")
    return items


def export_rows():
    """(source, campaign, content, term, sessions, engaged) of every data row of every export."""
    for path in sorted(ANALYTICS.glob("*.csv")):
        text = path.read_bytes().decode("utf-8-sig")
        lines = [line for line in text.splitlines() if not line.startswith("#") and line.strip()]
        for row in csv.DictReader(io.StringIO("\n".join(lines))):
            if "visits" in row:  # Plausible
                sessions = int(row["visits"])
                yield (row["utm_source"] or row["source"], row["utm_campaign"], row["utm_content"], row["utm_term"],
                       sessions, sessions - int(row["bounces"]))
            else:  # GA4
                source = row["Session source / medium"].split(" / ")[0]
                term = "" if row["Session manual term"] == "(not set)" else row["Session manual term"]
                yield (source, row["Session manual campaign name"], row["Session manual ad content"], term,
                       int(row["Sessions"]), int(row["Engaged sessions"]))


def expected():
    items = portal_items()
    campaigns = {campaign for campaign in items.values() if campaign}
    totals = collections.Counter()
    networks, by_campaign, by_item = (collections.defaultdict(collections.Counter) for _ in range(3))
    codes = collections.Counter()
    for source, campaign, content, term, sessions, engaged in export_rows():
        item = next((slug for slug in items if slug.lower() == content.lower()), None)
        counted_campaign = items[item] if item else next((c for c in campaigns if c.lower() == campaign.lower()), None)
        if not item and not counted_campaign:
            continue
        figures = collections.Counter(sessions=sessions, engaged_sessions=engaged)
        totals.update(figures)
        networks[source.lower()].update(figures)
        if counted_campaign:
            by_campaign[counted_campaign].update(figures)
        if item:
            by_item[item].update(figures)
        if term:
            codes[term.lower()] += sessions
    return totals, networks, by_campaign, by_item, codes


def test_results_json_equals_an_independent_sum(site):
    _, output = site
    results = json.loads((output / "results.json").read_text(encoding="utf-8"))
    totals, networks, campaigns, items, codes = expected()
    assert results["totals"]["sessions"] == totals["sessions"] > 1000
    assert results["totals"]["engaged_sessions"] == totals["engaged_sessions"]
    assert {k: v["sessions"] for k, v in results["networks"].items()} == {k: v["sessions"] for k, v in networks.items()}
    assert {k: v["sessions"] for k, v in results["campaigns"].items()} == {k: v["sessions"] for k, v in campaigns.items()}
    assert {k: v["sessions"] for k, v in results["items"].items()} == {k: v["sessions"] for k, v in items.items()}
    assert {k: v["engaged_sessions"] for k, v in results["items"].items()} == {k: v["engaged_sessions"] for k, v in items.items()}
    assert results["ambassadors"]["active"] == len(codes)
    assert [entry["code"] for entry in results["leaderboard"]] == [code for code, n in sorted(
        codes.items(), key=lambda pair: (-pair[1], pair[0])) if n >= 5][:10]
    assert results["period"] == {"start": "2026-10-01", "end": "2026-11-25"}


class Tables(html.parser.HTMLParser):
    """Every table of a page as rows of cell texts, and the figures of its `<dl>` lists."""

    def __init__(self):
        super().__init__()
        self.tables, self.figures, self.cell, self.term = [], {}, None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th", "dt", "dd"):
            self.cell = ""

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None and self.tables:
            self.tables[-1][-1].append(self.cell.strip())
        elif tag == "dt":
            self.term = self.cell.strip()
        elif tag == "dd" and self.term is not None:
            self.figures.setdefault(self.term, self.cell.strip())
        if tag in ("td", "th", "dt", "dd"):
            self.cell = None


def number(text):
    return int(re.sub(r"\D", "", text))


def parse(path):
    tables = Tables()
    tables.feed(path.read_text(encoding="utf-8"))
    return tables


def test_results_page_shows_the_same_figures(site):
    _, output = site
    totals, networks, campaigns, items, _ = expected()
    page = parse(output / "results" / "index.html")
    assert number(page.figures["Visites"]) == totals["sessions"]
    assert number(page.figures["Visites engagées"]) == totals["engaged_sessions"]
    network_rows = next(rows for rows in page.tables if rows and rows[0][0] == "Réseau")
    labels = {"LinkedIn": "linkedin", "X": "x", "Facebook": "facebook", "XING": "xing", "Bluesky": "bluesky",
              "WhatsApp": "whatsapp", "E-mail": "email"}
    assert {labels[row[0]]: number(row[1]) for row in network_rows[1:]} == {k: v["sessions"] for k, v in networks.items()}
    campaign_rows = next(rows for rows in page.tables if rows and rows[0][0] == "Campagne")
    assert {row[0]: number(row[1]) for row in campaign_rows[1:]} == {k: v["sessions"] for k, v in campaigns.items()}


def test_item_and_campaign_pages_show_their_figures(site):
    _, output = site
    _, _, campaigns, items, _ = expected()
    for slug, figures in items.items():
        # An item's page is in its language's tree: English-only items under en/, where pages say
        # "Sessions"; a translated item shows the same figures in both trees.
        pages = [p for p in (output / "items" / slug / "index.html", output / "en" / "items" / slug / "index.html") if p.exists()]
        assert pages, slug
        for path in pages:
            label = "Sessions" if '<html lang="en"' in path.read_text(encoding="utf-8") else "Visites"
            page = parse(path)
            assert number(page.figures[label]) == figures["sessions"], path
    page = parse(output / "campaigns" / "lancement-atlas" / "index.html")
    assert number(page.figures["Visites"]) == campaigns["lancement-atlas"]["sessions"]


def test_every_chart_has_an_accessible_name_and_a_table(site):
    _, output = site
    text = (output / "results" / "index.html").read_text(encoding="utf-8")
    charts = re.findall(r'<svg class="chart-svg[^"]*"[^>]*aria-labelledby="([^"]+)"', text)
    assert len(charts) == 4
    for title in charts:
        assert re.search(rf'<title id="{title}">[^<]+</title>', text)
        chart = title.removesuffix("-title")
        assert f'<caption id="{chart}-caption">' in text


def test_codes_under_the_threshold_are_in_no_file(site):
    _, output = site
    *_, codes = expected()
    rare = [code for code, sessions in codes.items() if sessions < 5]
    shown = [code for code, sessions in codes.items() if sessions >= 5]
    assert rare and shown, "the example should have codes on both sides of min_sessions"
    for path in output.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            for code in rare:
                assert code not in text, f"{path.relative_to(output)} shows {code}"
