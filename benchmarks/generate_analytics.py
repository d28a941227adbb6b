#!/usr/bin/env python3
"""Analytics exports shaped like the real ones, with plausible figures.

  generate_analytics.py example SITE   the example portal's GA4 export (October) and Plausible
                                       export (November), written to SITE/data/analytics/
  generate_analytics.py year SITE      a year of daily rows for every item of SITE in Megaphone's
                                       own CSV (the benchmark's "with analytics" corpus)

Deterministic (fixed seed): the committed example files are this script's output.
"""
import csv, datetime, io, pathlib, random, re, sys

NETWORKS = [("linkedin", 0.55), ("x", 0.12), ("facebook", 0.08), ("xing", 0.05), ("bluesky", 0.05),
            ("whatsapp", 0.07), ("email", 0.08)]
CODES = ["phare-12", "ambre", "colibri-7", "nord-ouest", "jade-lyon", "atlas-fan", "orque-3", "lumen",
         "sirocco", "tilleul-9", "marine-b", "helios", "castor-21", "iris-56", "boreal", "zephyr-4",
         "opale", "cedre-2", "pivert", "saphir-88", "rare-code-1", "rare-code-2"]


def items(site):
    """(slug, campaign, date) of every item of the site."""
    found = []
    for path in sorted((site / "content" / "items").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
        written = re.search(r"^slug:\s*(\S+)", text, re.M)
        campaign = re.search(r"^campaign:\s*(\S+)", text, re.M)
        date = re.search(r"^date:\s*(\d{4}-\d{2}-\d{2})", text, re.M)
        if re.search(r"^draft:\s*true", text, re.M):
            continue
        found.append((written.group(1) if written else slug, campaign.group(1) if campaign else "",
                      datetime.date.fromisoformat(date.group(1))))
    return found


def daily_sessions(rng, published, day, peak, tail):
    """Sessions an item brings on a day: a peak after publication that fades over two weeks, then
    (with `tail`) a visit now and then for as long as the link lives."""
    age = (day - published).days
    if age < 0 or (age > 40 and not tail):
        return 0
    return max(0, int(rng.gauss(peak * 0.8 ** age, peak * 0.1))) + (bool(tail) and rng.random() < tail) * 7


def rows_for(rng, site_items, start, end, peak_of, tail=0.0):
    day = start
    while day <= end:
        for slug, campaign, published in site_items:
            total = daily_sessions(rng, published, day, peak_of(slug), tail)
            for network, share in NETWORKS:
                sessions = int(total * share + rng.random())
                if sessions == 0:
                    continue
                # Most visits come through a personal code; some codes bring a handful only.
                code = rng.choice(CODES[:-2]) if rng.random() < 0.7 else ""
                if rng.random() < 0.004:
                    code = rng.choice(CODES[-2:])
                    sessions = 1
                engaged = int(sessions * rng.uniform(0.45, 0.75))
                rate = 0.08 if campaign == "recrutement-2026" else 0.01
                conversions = sum(rng.random() < rate for _ in range(sessions))
                yield day, network, campaign or slug, slug, code, sessions, engaged, conversions
        day += datetime.timedelta(days=1)


def example(site):
    rng = random.Random(2026)
    site_items = [entry for entry in items(site) if entry[2] <= datetime.date(2026, 11, 25)]
    peaks = {slug: rng.choice([18, 25, 40, 60, 90]) for slug, _, _ in site_items}
    folder = site / "data" / "analytics"
    folder.mkdir(parents=True, exist_ok=True)

    # GA4, Traffic acquisition explored with the manual dimensions and Date, October 2026.
    out = io.StringIO()
    out.write("# ----------------------------------------\n# Acquisition de trafic : contenu publicitaire manuel\n"
              "# Compte : Acme\n# Propriété : intranet.acme.example\n# ----------------------------------------\n#\n"
              "# Tous les utilisateurs\n# Start date: 20261001\n# End date: 20261031\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Date", "Session manual ad content", "Session source / medium", "Session manual campaign name",
                     "Session manual term", "Sessions", "Engaged sessions", "Engagement rate", "Key events"])
    grouped = {}
    for day, network, campaign, slug, code, sessions, engaged, conversions in rows_for(
            rng, site_items, datetime.date(2026, 10, 1), datetime.date(2026, 10, 31), peaks.get):
        # GA4 keeps the case links were written in: some old links said "LinkedIn".
        source = "LinkedIn" if network == "linkedin" and rng.random() < 0.1 else network
        medium = "email" if network == "email" else "social"
        key = (day.strftime("%Y%m%d"), slug, f"{source} / {medium}", campaign, code or "(not set)")
        totals = grouped.setdefault(key, [0, 0, 0])
        totals[0] += sessions; totals[1] += engaged; totals[2] += conversions
    for (day, slug, source_medium, campaign, code), (sessions, engaged, conversions) in sorted(grouped.items()):
        writer.writerow([day, slug, source_medium, campaign, code, sessions, engaged, f"{engaged / sessions:.4f}", conversions])
    # What a real property holds besides the portal's links: ignored, and counted as such.
    writer.writerow(["20261014", "(not set)", "google / organic", "(organic)", "(not set)", 412, 233, "0.5655", 3])
    writer.writerow(["20261020", "newsletter-octobre", "brevo / email", "newsletter, octobre", "(not set)", 138, 61, "0.4420", 0])
    writer.writerow(["20261031", "(other)", "(other)", "(other)", "(other)", 57, 20, "0.3509", 0])
    (folder / "ga4-acquisition-2026-10.csv").write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))

    # Plausible's site export (imported_sources), November 1 to 25.
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "source", "referrer", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term",
                     "pageviews", "visitors", "visits", "visit_duration", "bounces"])
    labels = {"linkedin": "LinkedIn", "x": "Twitter", "facebook": "Facebook", "xing": "Xing", "bluesky": "Bluesky",
              "whatsapp": "WhatsApp", "email": ""}
    for day, network, campaign, slug, code, sessions, engaged, _ in rows_for(
            rng, site_items, datetime.date(2026, 11, 1), datetime.date(2026, 11, 25), peaks.get):
        medium = "email" if network == "email" else "social"
        writer.writerow([day.isoformat(), labels[network], "", network, medium, campaign, slug, code,
                         int(sessions * 1.6), max(1, int(sessions * 0.9)), sessions, sessions * 74, sessions - engaged])
    writer.writerow(["2026-11-18", "Google", "www.google.com", "", "", "", "", "", 640, 402, 455, 30120, 210])
    (folder / "imported_sources_20261101_20261125.csv").write_text(out.getvalue(), encoding="utf-8")


def year(site):
    """A year of daily rows: every item brings visits every day from its publication on, through
    every network, a heavier input than a real portal's (most links stop bringing visits within weeks)."""
    rng = random.Random(7)
    site_items = items(site)
    end = max(published for _, _, published in site_items)
    start = end - datetime.timedelta(days=364)
    folder = site / "data" / "analytics"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "megaphone-year.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["date", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "sessions",
                         "engaged_sessions", "conversions"])
        count = 0
        for day, network, campaign, slug, code, sessions, engaged, conversions in rows_for(
                rng, site_items, start, end, lambda _: 30, tail=0.2):
            writer.writerow([day.isoformat(), network, "social", campaign, slug, code, sessions, engaged, conversions])
            count += 1
    print(f"{count} rows from {start} to {end}")


if __name__ == "__main__":
    {"example": example, "year": year}[sys.argv[1]](pathlib.Path(sys.argv[2]))
