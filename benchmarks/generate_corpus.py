#!/usr/bin/env python3
"""Generates a complete, deterministic Megaphone site for benchmarks.

    python3 benchmarks/generate_corpus.py --items 1000 --out benchmarks/corpus/items-1000

writes into --out:
    site.yml                   the structure of the example portal's site.yml
    themes -> <repo>/themes    a symlink (or a copy with --copy-theme) to this clone's themes
    content/items/             N content items (French and English), plus three small PNGs
    content/guidelines/        6 guidelines
    content/training/          3 single-file modules and 1 folder module with 4 lessons
    content/pages/             2 pages

Everything is derived from --seed (default 2026) and a fixed reference date, 2026-11-25T12:00
Europe/Paris, so the same arguments always give byte-identical files. Build the result with
`megaphone build --source DIR --now 2026-11-25T12:00:00+01:00`: with that clock ~5% of the items are
scheduled, ~10% expired and ~2% drafts. Python 3 standard library only.
"""

import argparse
import datetime as dt
import os
import random
import shutil
import sys
from pathlib import Path

from corpus_program import ProgramDocuments
from corpus_support import (Item, MAX_TRACKED_LINK, block, flow_list, prepare, put, q, remove_stale, slugify,
                            tiny_png, tracked_link, yaml_list)
from corpus_words import (AUDIENCES, TAGS, CAMPAIGNS, FIRST_NAMES, LAST_NAMES, TEAMS_FR, TEAMS_EN,
                          PRODUCTS, CITIES, PARTNERS, SECTORS_FR, SECTORS_EN, PUBLICATIONS, REFS,
                          TITLES_FR, TITLES_EN, ROLES, ROLES_EN, SENTENCES_FR, SENTENCES_EN,
                          HEADINGS_FR, HEADINGS_EN, BULLETS_FR, BULLETS_EN, LINK_TEXT_FR,
                          LINK_TEXT_EN, SEE_ALSO_FR, SEE_ALSO_EN, LINKEDIN_OPENERS_FR,
                          LINKEDIN_OPENERS_EN, LINKEDIN_CLOSERS_FR, LINKEDIN_CLOSERS_EN, BLUESKY_FR,
                          BLUESKY_EN)

REPO_ROOT = Path(__file__).resolve().parent.parent
BASE_URL = "https://intranet.example.com/advocacy/"

# The clock the benchmark builds with (--now 2026-11-25T12:00:00+01:00).
REFERENCE = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
HISTORY_DAYS = 548  # 18 months

SCHEDULED_SHARE = 0.05
EXPIRED_SHARE = 0.10
EXPIRES_LATER_SHARE = 0.08
DRAFT_SHARE = 0.02
HIGH_PRIORITY_SHARE = 0.10
ENGLISH_SHARE = 0.25

def paris_offset(moment: dt.datetime) -> dt.timezone:
    """Europe/Paris: UTC+2 from the last Sunday of March to the last Sunday of October."""
    def last_sunday(year, month):
        day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
        return day - dt.timedelta(days=(day.weekday() + 1) % 7)
    start, end = last_sunday(moment.year, 3), last_sunday(moment.year, 10)
    return dt.timezone(dt.timedelta(hours=2 if start <= moment.date() < end else 1))


class Generator(ProgramDocuments):
    def __init__(self, count: int, seed: int):
        self.count = count
        self.rng = random.Random(seed)

    # --- small helpers -------------------------------------------------------------------------
    def fill(self, template: str, item) -> str:
        r = self.rng
        return template.format(
            p=item.product, c=item.city, n=r.choice([3, 5, 8, 12, 15, 20, 25, 40, 60, 120, 300]),
            s=item.sector, y=item.year, q=f"{r.randint(1, 4)}e trimestre" if r.random() < 0.5 else f"T{r.randint(1, 4)}",
            qn=r.randint(1, 4), partner=item.partner, team=item.team, role=item.role)

    def sentence(self, item) -> str:
        return self.fill(self.rng.choice(SENTENCES_EN if item.lang == "en" else SENTENCES_FR), item)

    def paragraph(self, item, low=2, high=5) -> str:
        sentences = [self.sentence(item) for _ in range(self.rng.randint(low, high))]
        # Some emphasis inside running text.
        if self.rng.random() < 0.5:
            k = self.rng.randrange(len(sentences))
            words = sentences[k].split(" ")
            if len(words) > 4:
                a = self.rng.randrange(0, len(words) - 3)
                marker = self.rng.choice(["**", "*"])
                words[a] = marker + words[a]
                words[a + 1] = words[a + 1] + marker
                sentences[k] = " ".join(words)
        return " ".join(sentences)

    # --- items ---------------------------------------------------------------------------------
    def make_items(self):
        r = self.rng
        items, used_slugs = [], set()
        for index in range(self.count):
            item = Item()
            item.index = index
            item.lang = "en" if r.random() < ENGLISH_SHARE else "fr"
            en = item.lang == "en"
            item.product, item.city, item.partner = r.choice(PRODUCTS), r.choice(CITIES), r.choice(PARTNERS)
            item.sector = r.choice(SECTORS_EN if en else SECTORS_FR)
            item.team = r.choice(TEAMS_EN if en else TEAMS_FR)
            item.role = r.choice(ROLES_EN if en else ROLES)

            roll = r.random()
            if roll < SCHEDULED_SHARE:
                moment = REFERENCE + dt.timedelta(days=r.randint(1, 90), hours=r.randint(-3, 6))
            else:
                moment = REFERENCE - dt.timedelta(days=r.randint(0, HISTORY_DAYS - 1), hours=r.randint(3, 10))
            moment = moment.replace(minute=r.choice([0, 0, 15, 30, 45]), second=0)
            local = moment.astimezone(paris_offset(moment))
            local = local.astimezone(paris_offset(local))
            item.local = local
            item.year = local.year
            item.scheduled = local > REFERENCE
            item.date_text = local.strftime("%Y-%m-%d") if r.random() < 0.35 else local.isoformat()
            day_start = local.replace(hour=0, minute=0)  # what a date-only value means
            effective = day_start if len(item.date_text) == 10 else local
            item.scheduled = effective > REFERENCE

            item.expires_text, item.expired = None, False
            age_days = (REFERENCE - effective).days
            roll = r.random()
            if not item.scheduled and roll < EXPIRED_SHARE and age_days >= 3:
                expires = effective + dt.timedelta(days=r.randint(1, min(120, age_days - 1)))
                item.expires_text = expires.strftime("%Y-%m-%d")
                item.expired = True
            elif roll < EXPIRED_SHARE + EXPIRES_LATER_SHARE:
                expires = max(REFERENCE, effective) + dt.timedelta(days=r.randint(10, 200))
                item.expires_text = expires.strftime("%Y-%m-%d")
            item.draft = r.random() < DRAFT_SHARE
            item.current = not (item.scheduled or item.expired or item.draft)

            item.title = self.fill(r.choice(TITLES_EN if en else TITLES_FR), item)
            words = slugify(item.title).split("-")[:6]
            while len(words) > 2 and len("-".join(words)) > 40:
                words.pop()
            base = "-".join(words)
            slug, n = base, 2
            while slug in used_slugs:
                slug, n = f"{base}-{n}", n + 1
            used_slugs.add(slug)
            item.slug = slug
            item.file = (f"{local:%Y-%m-%d}-{slug}.md" if r.random() < 0.9 else f"{slug}.md")
            item.tags = r.sample(TAGS, r.randint(1, 5))
            item.campaign = r.choice(CAMPAIGNS)
            item.audiences = r.sample(AUDIENCES, r.randint(1, 3))
            item.priority_high = r.random() < HIGH_PRIORITY_SHARE
            items.append(item)
        return items

    def url_for(self, item) -> str:
        r = self.rng
        section = {"fr": r.choice(["fr/actualites", "fr/produits", "offres"]),
                   "en": r.choice(["en/news", "en/products", "careers"])}[item.lang]
        host = "careers.acme.example" if section in ("offres", "careers") else "www.acme.example"
        query, roll = "", r.random()
        if roll < 0.4:
            query = "?ref=" + r.choice(REFS)
        elif roll < 0.5:
            query = "?ref=" + r.choice(REFS) + "#" + r.choice(["details", "video", "postuler"])
        # Bluesky counts the tracked link in full within its 300 characters: keep room for the
        # message (< 60), the disclosure and the line breaks by shortening the path if needed.
        path = item.slug[:32].strip("-")
        url = f"https://{host}/{section}/{path}{query}"
        while len(tracked_link(url, "bluesky", item.campaign, item.slug)) > MAX_TRACKED_LINK and "-" in path:
            path = path.rsplit("-", 1)[0]
            url = f"https://{host}/{section}/{path}{query}"
        # A long slug (numbered in a 100,000-item corpus) fills utm_content: drop the query too.
        if len(tracked_link(url, "bluesky", item.campaign, item.slug)) > MAX_TRACKED_LINK:
            url = f"https://{host}/{section}/{path}"
        return url

    def share_messages(self, item):
        r, en = self.rng, item.lang == "en"
        sentences = SENTENCES_EN if en else SENTENCES_FR
        # LinkedIn: a long post in 3-5 paragraphs.
        paragraphs = [r.choice(LINKEDIN_OPENERS_EN if en else LINKEDIN_OPENERS_FR)]
        for _ in range(r.randint(2, 4)):
            paragraphs.append(" ".join(self.fill(r.choice(sentences), item) for _ in range(r.randint(2, 3))))
        paragraphs.append(r.choice(LINKEDIN_CLOSERS_EN if en else LINKEDIN_CLOSERS_FR))
        linkedin = "\n\n".join(paragraphs)
        # X: under 200 characters.
        x = item.title.rstrip(".!?") + ". " + self.fill(r.choice(sentences), item)
        while len(x) >= 200:
            x = item.title if len(item.title) < 200 else item.title[:190].rstrip() + "…"
        # Bluesky: under 60 characters.
        bluesky = self.fill(r.choice(BLUESKY_EN if en else BLUESKY_FR), item)
        if len(bluesky) >= 60:
            bluesky = "À lire et partager." if not en else "Worth a read."
        messages = [("linkedin", linkedin), ("x", x), ("bluesky", bluesky)]
        if r.random() < 0.3:
            messages.append(("mastodon", (item.title + ". " + self.fill(r.choice(sentences), item))[:300]))
        if r.random() < 0.2:
            hello, thanks = ("Hello,", "Best regards,") if en else ("Bonjour,", "Bien à vous,")
            messages.append(("email", f"{hello}\n\n{self.fill(r.choice(sentences), item)}\n\n{thanks}"))
        return messages

    def item_body(self, item, current_files, guideline_files):
        r, en = self.rng, item.lang == "en"
        target_words = r.randint(300, 800)
        parts = [self.paragraph(item, 3, 5)]
        if item.image:
            parts.append(f"![{item.image_alt}]({item.image})")
        headings = r.sample(HEADINGS_EN if en else HEADINGS_FR, len(HEADINGS_FR))
        links_left = r.choice([0, 0, 1, 1, 2]) if current_files else 0
        count = lambda blocks: sum(len(b.split()) for b in blocks)
        sections = []
        while count(parts) + sum(count(x) for x in sections) < target_words:
            section = ["## " + headings[len(sections) % len(headings)]]
            kind = r.random()
            if kind < 0.45:
                bullets = r.sample(BULLETS_EN if en else BULLETS_FR, r.randint(3, 5))
                section.append("\n".join("- " + self.fill(b, item) for b in bullets))
            elif kind < 0.6:
                section.append("\n".join(f"{i}. " + self.sentence(item) for i in range(1, r.randint(3, 5) + 1)))
            elif kind < 0.7:
                section.append("> " + self.sentence(item) + " " + self.sentence(item))
            paragraph = self.paragraph(item)
            if r.random() < 0.5:
                text = r.choice(LINK_TEXT_EN if en else LINK_TEXT_FR)
                paragraph += f" {'See' if en else 'Voir'} [{text}](https://www.acme.example/{item.lang}/{r.choice(['news', 'produits', 'rapports'])}/{r.randint(100, 999)})."
            if links_left:
                other = r.choice(current_files)
                if other != item.file:
                    text = r.choice(SEE_ALSO_EN if en else SEE_ALSO_FR)
                    paragraph += f" ([{text}](../items/{other}))"
                    links_left -= 1
            if r.random() < 0.1:
                paragraph += f" ({'see' if en else 'voir'} [{'the rules' if en else 'les règles'}](../guidelines/{r.choice(guideline_files)}))"
            section.append(paragraph)
            sections.append(section)
        # The last section may overshoot: keep the body within 300-800 words.
        while len(sections) > 1 and count(parts) + sum(count(x) for x in sections) > 800:
            sections.pop()
        for section in sections:
            parts += section
        return "\n\n".join(parts) + "\n"

    def write_items(self, content: Path, items, guideline_files):
        r = self.rng
        folder = content / "items"
        folder.mkdir(parents=True, exist_ok=True)
        images = [("photo-usine.png", (30, 90, 160)), ("equipe-lyon.png", (200, 120, 40)), ("atlas-visuel.png", (40, 160, 90))]
        for name, colour in images:
            put(folder / name, tiny_png(64, 32, colour))
        current_files = [i.file for i in items if i.current]
        for item in items:
            en = item.lang == "en"
            item.image = None
            if r.random() < 0.05:
                item.image = r.choice(images)[0]
                item.image_alt = "Photo of an Acme site" if en else "Photo d'un site d'Acme"
            lines = ["---", f"title: {q(item.title)}", f"date: {item.date_text}"]
            if item.expires_text:
                lines.append(f"expires: {item.expires_text}")
            if r.random() < 0.85:
                lines.append(f"url: {self.url_for(item)}")
            summary = self.sentence(item) + " " + self.sentence(item)
            lines.append(f"summary: {q(summary)}")
            if item.image:
                lines += [f"image: {item.image}", f"image_alt: {q(item.image_alt)}"]
            if en:
                lines.append("lang: en")
            lines.append(f"campaign: {item.campaign}")
            lines.append(f"tags: {flow_list(item.tags)}")
            lines.append(f"audiences: {flow_list(item.audiences)}")
            if item.priority_high:
                lines.append("priority: high")
            if item.draft:
                lines.append("draft: true")
            if r.random() < 0.15:
                name, url = r.choice(PUBLICATIONS)
                lines.append(f"source: {{name: {q(name)}, url: {q(url + item.slug[:30])}}}")
            why = (("Every share helps our teams start conversations. " if en else
                    "Chacun de vos partages aide nos équipes à ouvrir la conversation. ") + self.sentence(item))
            lines.append(f"why: {q(why)}")
            lines.append("contacts:")
            teams = TEAMS_EN if en else TEAMS_FR
            contacts = []
            for _ in range(r.randint(1, 2)):
                first, last = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
                contacts.append(f"{first} {last}, {r.choice(teams)} ({slugify(first)}.{slugify(last).replace('-', '')}@acme.example)")
            lines.append(yaml_list(contacts))
            lines.append("share:")
            for network, message in self.share_messages(item):
                lines.append(f"  {network}: " + (block(message) if "\n" in message else q(message)))
            lines.append("---")
            body = self.item_body(item, current_files, guideline_files)
            put(folder / item.file, "\n".join(lines) + "\n" + body)

SITE_YML = """\
title: Ambassadeurs Acme (corpus de benchmark)
description: "Corpus généré par benchmarks/generate_corpus.py : {count} contenus, 6 règles, 4 modules de formation, 2 pages."
base_url: {base_url}   # a sub-path must work
language: fr
languages: [fr, en]          # other languages live under /en/
timezone: Europe/Paris
theme: default
networks: [linkedin, x, facebook, xing, bluesky, mastodon, threads, whatsapp, email]
mastodon_instance: https://mastodon.social
utm:
  source: "{{network}}"
  medium: social              # the email network uses "email"
  campaign: "{{campaign}}"      # the item's campaign, else its slug
  content: "{{slug}}"
  personal: utm_term          # carries an employee's personal code
  extra: {{utm_source_platform: employee-advocacy}}
disclosure: "#AcmeAmbassadors"  # added to every suggested message
feed: {{items: 50}}
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, required=True, help="number of content items")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the site into (emptied first)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument("--copy-theme", action="store_true", help="copy themes/ instead of symlinking it")
    args = parser.parse_args()
    if args.items < 1:
        parser.error("--items must be at least 1")

    out = args.out.resolve()
    prepare(out)
    themes = REPO_ROOT / "themes"
    if not (themes / "default").is_dir():
        sys.exit(f"no theme at {themes}/default")
    theme_link = out / "themes"
    if theme_link.is_symlink() and (args.copy_theme or os.readlink(theme_link) != str(themes)):
        theme_link.unlink()
    elif theme_link.is_dir() and not theme_link.is_symlink():
        shutil.rmtree(theme_link)  # a copy is made again: the theme may have changed
    if args.copy_theme:
        shutil.copytree(themes, theme_link)
    elif not theme_link.is_symlink():
        os.symlink(themes, theme_link, target_is_directory=True)
    put(out / "site.yml", SITE_YML.format(count=args.items, base_url=BASE_URL))

    generator = Generator(args.items, args.seed)
    content = out / "content"
    items = generator.make_items()
    generator.write_guidelines(content)
    guideline_files = [name + ".md" for name, _ in Generator.GUIDELINES]
    generator.write_items(content, items, guideline_files)
    generator.write_training(content)
    generator.write_pages(content)
    remove_stale(out, theme_link)

    stats = {
        "items": len(items),
        "current": sum(i.current for i in items),
        "scheduled": sum(i.scheduled for i in items),
        "expired": sum(i.expired for i in items),
        "drafts": sum(i.draft for i in items),
        "english": sum(i.lang == "en" for i in items),
        "high_priority": sum(i.priority_high for i in items),
    }
    print(f"{out}: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in stats.items()))


if __name__ == "__main__":
    main()
