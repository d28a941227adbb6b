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
import json
import os
import random
import re
import shutil
import struct
import sys
import unicodedata
import zlib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
MARKER = ".megaphone-benchmark-corpus"
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

AUDIENCES = ["sales", "hr", "marketing", "recruiting", "engineering", "all"]

TAGS = [
    "atlas", "produit", "lancement", "industrie", "industrie-4-0", "iiot", "maintenance", "maintenance-predictive",
    "jumeau-numerique", "supervision", "trs", "cloud", "cybersecurite", "donnees", "ia", "energie",
    "rse", "climat", "diversite", "handicap", "inclusion", "recrutement", "emploi", "stage", "alternance",
    "devops", "data-science", "design", "support", "partenariat", "acquisition", "resultats", "finance",
    "international", "germany", "belgium", "spain", "lyon", "paris", "nantes", "toulouse", "salon",
    "webinar", "conference", "evenement", "presse", "temoignage", "client", "etude-de-cas", "innovation",
    "brevet", "open-source", "securite", "qualite", "formation", "culture", "bureaux", "automobile",
    "agroalimentaire", "pharma",
]

CAMPAIGNS = [
    "lancement-atlas", "atlas-dach", "recrutement-2026", "recrutement-2027", "marque-employeur", "rse-2026",
    "resultats-trimestriels", "salon-global-industrie", "salon-hannover-messe", "webinars-maintenance",
    "cybersecurite-usines", "partenariat-ouranos", "acquisition-novasense", "semaine-handicap",
    "journee-femmes-ingenieures", "open-source-days", "clients-temoignent", "atlas-energie", "innovation-awards",
    "bureaux-lyon", "alternance-2026", "green-factory", "acme-academy", "support-excellence", "data-summit",
]

FIRST_NAMES = ["Sophie", "Karim", "Camille", "Yann", "Antoine", "Léa", "Julien", "Nadia", "Thomas", "Inès",
               "Mathieu", "Claire", "Hugo", "Amina", "Pierre", "Chloé", "Lucas", "Sarah", "Éric", "Manon"]
LAST_NAMES = ["Lambert", "Benali", "Bernard", "Le Goff", "Moreau", "Martin", "Dubois", "Haddad", "Roux",
              "Fontaine", "Girard", "Lefèvre", "Mercier", "Nguyen", "Rousseau", "Faure", "Chevalier", "Diallo"]
TEAMS_FR = ["marketing produit", "avant-vente", "recrutement", "communication", "équipe plateforme",
            "relations presse", "RSE", "partenariats", "direction financière", "support client"]
TEAMS_EN = ["product marketing", "presales", "talent acquisition", "communications", "platform team",
            "press relations", "sustainability", "partnerships", "finance", "customer support"]

PRODUCTS = ["Atlas", "Atlas Energy", "Atlas Edge", "Novasense", "Atlas Twin", "Atlas Quality"]
CITIES = ["Lyon", "Paris", "Nantes", "Toulouse", "Lille", "Bordeaux", "Munich", "Bruxelles", "Madrid", "Milan"]
PARTNERS = ["Ouranos Cloud", "Brenner Automation", "Helio Systems", "Nordlicht Data", "Vega Robotics",
            "Lumen Analytics", "Iberia Controls", "Castor Energie"]
SECTORS_FR = ["l'automobile", "l'agroalimentaire", "la pharmacie", "l'aéronautique", "la chimie", "la métallurgie"]
SECTORS_EN = ["automotive", "food and beverage", "pharmaceuticals", "aerospace", "chemicals", "metals"]
PUBLICATIONS = [("Les Echos", "https://www.lesechos.example/"), ("L'Usine Nouvelle", "https://www.usinenouvelle.example/"),
                ("Harvard Business Review", "https://hbr.example/"), ("Industrie & Technologies", "https://www.industrie-techno.example/"),
                ("Financial Times", "https://www.ft.example/")]
REFS = ["newsletter", "intranet", "ambassadeurs", "linkedin-page", "x"]

# Title templates: {p} product, {c} city, {n} number, {s} sector, {q} quarter, {y} year, {partner}.
TITLES_FR = [
    "{p} : {n} nouvelles usines clientes en {y}",
    "Lancement de {p} dans le secteur de {s}",
    "On recrute : ingénieur·e {role} à {c} (CDI)",
    "Nouveaux bureaux à {c} : visite en images",
    "Résultats du {q} {y} : une croissance de {n} %",
    "Partenariat avec {partner} pour accélérer {p}",
    "Webinar : la maintenance prédictive dans {s}",
    "Portrait : l'équipe {team} de {c}",
    "Salon de l'industrie connectée {y} : retrouvez-nous à {c}",
    "Étude de cas : comment {p} a réduit les arrêts de {n} %",
    "Notre rapport RSE {y} est en ligne",
    "Semaine de l'emploi des personnes handicapées à {c}",
    "Cybersécurité des usines : nos {n} conseils",
    "Alternance {y} : {n} postes ouverts à {c}",
    "{p} obtient la certification ISO 27001",
    "Journée portes ouvertes du site de {c}",
    "Tribune : pourquoi l'industrie a besoin de jumeaux numériques",
    "Acme rejoint le programme French Tech {y}",
]
TITLES_EN = [
    "{p} now serves {n} plants across Europe",
    "{p} launches in {s}",
    "We are hiring: {role} engineer in {c}",
    "Meet the {team} team in {c}",
    "Q{qn} {y} results: revenue up {n}%",
    "Partnership with {partner} brings {p} to new markets",
    "Webinar: predictive maintenance in {s}",
    "Case study: how {p} cut downtime by {n}%",
    "Our {y} sustainability report is out",
    "Join us at the Connected Industry Show {y} in {c}",
    "{p} earns ISO 27001 certification",
    "Open day at our {c} site",
    "Why manufacturing needs digital twins",
]
ROLES = ["DevOps", "data", "logiciel embarqué", "cybersécurité", "full-stack", "support", "cloud", "QA"]
ROLES_EN = ["DevOps", "data", "embedded software", "security", "full-stack", "support", "cloud", "QA"]

SENTENCES_FR = [
    "{p} collecte les données des automates et des capteurs sans développement spécifique.",
    "Le projet a été mené avec des équipes de production, directement en usine.",
    "Nos clients de {s} voient le taux de rendement de chaque ligne en temps réel.",
    "L'équipe de {c} a travaillé pendant {n} mois sur cette nouvelle version.",
    "Ce résultat est d'abord celui des équipes terrain, qui ont fait remonter chaque irritant.",
    "Les données restent hébergées en France, ou dans l'usine du client pour les sites sensibles.",
    "Nous avons déjà formé {n} techniciens de maintenance à ces nouveaux outils.",
    "Le pilote, mené dans quatre usines partenaires, a duré dix-huit mois.",
    "Chaque arrêt de ligne est désormais classé automatiquement par cause.",
    "La prochaine étape sera l'ouverture du service à nos clients de {c}.",
    "Les candidatures sont étudiées au fil de l'eau, sans date limite.",
    "L'équipe compte aujourd'hui {n} personnes et continue de grandir.",
    "Vous pouvez en parler librement : toutes les informations de cette page sont publiques.",
    "Merci de ne pas citer les noms de nos clients, même quand vous les connaissez.",
    "Le plus efficace n'est pas de recopier la fiche produit, mais de raconter ce que vous avez vu.",
    "Une démonstration qui vous a marqué vaut mieux qu'une liste de fonctionnalités.",
    "Nos commerciaux constatent que les prospects ont souvent déjà vu passer ces publications.",
    "Le marché de {s} représente désormais {n} % de notre chiffre d'affaires.",
    "La consommation d'énergie des lignes a baissé de {n} % chez les premiers clients.",
    "Cette annonce s'inscrit dans notre feuille de route pour {y}.",
    "Le télétravail reste possible deux jours par semaine pour l'ensemble de l'équipe.",
    "Les bureaux de {c} accueilleront aussi nos clients pour des démonstrations.",
    "Notre partenaire {partner} apporte son expérience de l'intégration en usine.",
    "Les retours des premiers utilisateurs sont très encourageants.",
    "Nous publierons un bilan détaillé à la fin du trimestre.",
    "Vos questions sont les bienvenues sur le canal #ambassadeurs.",
]
SENTENCES_EN = [
    "{p} collects data from controllers and sensors without custom development.",
    "The project was built together with production teams, on the factory floor.",
    "Our customers in {s} see the efficiency of every line in real time.",
    "The {c} team spent {n} months on this new release.",
    "This result belongs first to the field teams, who reported every pain point.",
    "Data stays hosted in Europe, or on site for the most sensitive plants.",
    "We have already trained {n} maintenance technicians on the new tools.",
    "The pilot ran for eighteen months in four partner plants.",
    "Every line stop is now classified by cause automatically.",
    "The next step is opening the service to our customers in {c}.",
    "Applications are reviewed as they arrive, with no deadline.",
    "The team has {n} people today and keeps growing.",
    "Feel free to talk about it: everything on this page is public.",
    "Please do not name our customers, even when you know them.",
    "What works best is not copying the product sheet but telling what you saw.",
    "A demo that impressed you is worth more than a list of features.",
    "Our sales teams notice that prospects have often seen these posts already.",
    "The {s} market now accounts for {n}% of our revenue.",
    "Energy use on the lines dropped by {n}% for the first customers.",
    "This announcement is part of our roadmap for {y}.",
    "Remote work remains possible two days a week for the whole team.",
    "Our partner {partner} brings its experience of plant integration.",
    "Feedback from the first users is very encouraging.",
    "We will publish a detailed review at the end of the quarter.",
    "Questions are welcome in the #ambassadors channel.",
]
HEADINGS_FR = ["Ce qu'il faut retenir", "Comment en parler", "Le contexte", "Les chiffres clés", "Ce qui change",
               "Le poste", "Le profil recherché", "Pourquoi c'est important", "Les prochaines étapes",
               "Questions fréquentes", "Ce qu'en disent nos clients", "À ne pas dire"]
HEADINGS_EN = ["Key points", "How to talk about it", "Background", "Key figures", "What changes", "The role",
               "Who we are looking for", "Why it matters", "Next steps", "Frequently asked questions",
               "What our customers say", "What not to say"]
BULLETS_FR = [
    "**Supervision en temps réel** : les données de toutes les machines remontent sans délai.",
    "**TRS automatique**, calculé en continu pour chaque ligne.",
    "un *jumeau numérique* pour simuler un changement de cadence.",
    "**Hébergé en France**, ou installé chez le client.",
    "{n} postes ouverts, en CDI, à {c}.",
    "deux jours de télétravail par semaine.",
    "une équipe de {n} personnes, *bienveillante* et exigeante.",
    "des astreintes rémunérées, une semaine sur huit.",
    "un budget formation de {n} heures par an.",
    "des données *chiffrées* et vérifiées par la direction financière.",
    "**pas de nom de client** dans vos messages.",
    "le hashtag #AcmeAmbassadors, ajouté automatiquement.",
]
BULLETS_EN = [
    "**Real-time monitoring**: data from every machine, with no delay.",
    "**Automatic OEE**, computed continuously for each line.",
    "a *digital twin* to simulate a change of pace.",
    "**Hosted in Europe**, or installed on site.",
    "{n} open positions in {c}.",
    "two days of remote work a week.",
    "a team of {n} people, *friendly* and demanding.",
    "paid on-call, one week in eight.",
    "{n} hours of training a year.",
    "figures *checked* by the finance team.",
    "**no customer names** in your posts.",
    "the #AcmeAmbassadors hashtag, added automatically.",
]
LINK_TEXT_FR = ["la présentation complète", "le communiqué", "la fiche produit", "l'annonce", "le replay", "le rapport"]
LINK_TEXT_EN = ["the full presentation", "the press release", "the product page", "the job ad", "the replay", "the report"]
SEE_ALSO_FR = ["voir", "à lire aussi", "l'annonce précédente", "notre article sur le sujet"]
SEE_ALSO_EN = ["see", "also worth reading", "the previous announcement", "our earlier post"]

LINKEDIN_OPENERS_FR = ["Je suis fier de partager cette nouvelle !", "Une belle étape pour nous.", "Mon équipe recrute !",
                       "Après des mois de travail, c'est officiel.", "Une nouvelle qui me tient à cœur."]
LINKEDIN_OPENERS_EN = ["Proud to share this news!", "A big milestone for us.", "My team is hiring!",
                       "After months of work, it is official.", "News that matters to me."]
LINKEDIN_CLOSERS_FR = ["Si vous travaillez dans l'industrie, je serais ravi d'avoir votre avis.",
                       "Vous connaissez la bonne personne ? Écrivez-moi.", "N'hésitez pas à partager autour de vous."]
LINKEDIN_CLOSERS_EN = ["If you work in manufacturing, I would love your feedback.",
                       "Know the right person? Send me a message.", "Feel free to pass it on."]
BLUESKY_FR = ["Belle nouvelle chez Acme !", "On recrute, faites passer !", "Fiers de cette étape.", "À lire et partager.",
              "Nouveau chez Acme cette semaine.", "Une étape de plus pour {p}."]
BLUESKY_EN = ["Big news at Acme!", "We are hiring, pass it on!", "Proud of this milestone.", "Worth a read.",
              "New at Acme this week.", "One more step for {p}."]


def paris_offset(moment: dt.datetime) -> dt.timezone:
    """Europe/Paris: UTC+2 from the last Sunday of March to the last Sunday of October."""
    def last_sunday(year, month):
        day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
        return day - dt.timedelta(days=(day.weekday() + 1) % 7)
    start, end = last_sunday(moment.year, 3), last_sunday(moment.year, 10)
    return dt.timezone(dt.timedelta(hours=2 if start <= moment.date() < end else 1))


# A Bluesky post: message (< 60) + " #AcmeAmbassadors" + blank line + tracked link <= 300.
MAX_TRACKED_LINK = 300 - 60 - len(" #AcmeAmbassadors") - 2 - 5


def tracked_link(url: str, network: str, campaign: str, slug: str) -> str:
    """The link as Megaphone shares it with this corpus's site.yml (utm_* appended, #fragment last)."""
    url, _, fragment = url.partition("#")
    base, _, query = url.partition("?")
    kept = [pair for pair in query.split("&") if pair and not pair.lower().startswith("utm_")]
    medium = "email" if network == "email" else "social"
    utm = [f"utm_source={network}", f"utm_medium={medium}", f"utm_campaign={campaign}", f"utm_content={slug}",
           "utm_source_platform=employee-advocacy"]
    return base + "?" + "&".join(kept + utm) + ("#" + fragment if fragment else "")


def slugify(text: str) -> str:
    text = text.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def block(text: str, indent: int = 4) -> str:
    """A YAML literal block scalar (`|`) holding `text`."""
    pad = " " * indent
    return "|\n" + "\n".join(pad + line if line else "" for line in text.split("\n"))


def flow_list(values) -> str:
    return "[" + ", ".join(values) + "]"


def yaml_list(values, indent: int = 2) -> str:
    return "\n".join(" " * indent + "- " + q(v) for v in values)


def tiny_png(width: int, height: int, rgb) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


class Item:
    pass


class Generator:
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

    # --- guidelines, training, pages -------------------------------------------------------------
    def _program(self):
        dummy = Item()
        dummy.lang, dummy.product, dummy.city, dummy.partner = "fr", "Atlas", "Lyon", "Ouranos Cloud"
        dummy.sector, dummy.team, dummy.role, dummy.year = "l'industrie", "communication", "DevOps", 2026
        return dummy

    def french_paragraph(self, count=4) -> str:
        return self.paragraph(self._program(), count, count + 2)

    def french_sentence(self) -> str:
        return self.sentence(self._program())

    GUIDELINES = [
        ("01-transparence", "Transparence : dites que vous travaillez chez Acme"),
        ("02-confidentialite", "Confidentialité : ce qui reste interne"),
        ("03-ton-et-respect", "Ton et respect"),
        ("04-sujets-sensibles", "Sujets sensibles"),
        ("05-commentaires-negatifs", "Réagir aux commentaires négatifs"),
        ("06-cadre-legal", "Le cadre légal"),
    ]

    def write_guidelines(self, content: Path):
        r = self.rng
        folder = content / "guidelines"
        folder.mkdir(parents=True, exist_ok=True)
        for order, (name, title) in enumerate(self.GUIDELINES, start=1):
            do = [f"À faire : {self.french_sentence()}" for _ in range(4)]
            dont = [f"À éviter : {self.french_sentence()}" for _ in range(3)]
            other = self.GUIDELINES[order % len(self.GUIDELINES)][0]
            body = [self.french_paragraph()]
            for heading in r.sample(HEADINGS_FR, 3):
                body += [f"## {heading}", self.french_paragraph(),
                         "\n".join("- " + b.format(n=12, c="Lyon") for b in r.sample(BULLETS_FR, 3))]
            body.append(f"Voir aussi [la règle suivante]({other}.md) et [la formation](../training/reseaux-sociaux-101.md).")
            text = ["---", f"title: {q(title)}", f"order: {order}", f"summary: {q(self.french_sentence() + ' ' + self.french_sentence())}",
                    "do:", yaml_list(do), "dont:", yaml_list(dont), f"updated: 2026-0{order}-15", "---",
                    "\n\n".join(body)]
            put(folder / f"{name}.md", "\n".join(text) + "\n")

    def quiz(self) -> str:
        lines = ["quiz:"]
        for number in range(1, 4):
            lines += [f"  - question: {q(f'Question {number} : quelle est la bonne pratique ?')}",
                      f"    choices: {json.dumps(['Réponse A', 'Réponse B', 'Réponse C', 'Réponse D'], ensure_ascii=False)}",
                      f"    answer: {number % 4}",
                      f"    explanation: {q(self.french_sentence())}"]
        return "\n".join(lines)

    def write_training(self, content: Path):
        r = self.rng
        folder = content / "training"
        (folder / "profil-linkedin").mkdir(parents=True, exist_ok=True)
        modules = [("reseaux-sociaux-101", "Les réseaux sociaux 101", "beginner", []),
                   ("ecrire-un-post-qui-engage", "Écrire un post qui engage", "intermediate", ["reseaux-sociaux-101"]),
                   ("reagir-aux-commentaires-negatifs", "Réagir aux commentaires négatifs", "advanced",
                    ["reseaux-sociaux-101", "ecrire-un-post-qui-engage"])]
        for order, (name, title, level, prerequisites) in enumerate(modules, start=1):
            body = [self.french_paragraph()]
            for heading in r.sample(HEADINGS_FR, 4):
                body += [f"## {heading}", self.french_paragraph(),
                         "\n".join(f"{i}. " + self.french_sentence() for i in range(1, 4))]
            body.append("Relisez [la règle de transparence](../guidelines/01-transparence.md) avant de publier.")
            text = ["---", f"title: {q(title)}", f"order: {order}", f"level: {level}", f"duration: {15 * (order + 1)}",
                    "objectives:", yaml_list([self.french_sentence() for _ in range(3)]),
                    f"prerequisites: {flow_list(prerequisites)}", self.quiz(), "---", "\n\n".join(body)]
            put(folder / f"{name}.md", "\n".join(text) + "\n")

        lessons = [("01-photo", "La photo de profil"), ("02-titre", "Le titre"), ("03-resume", "La section « Infos »"),
                   ("04-banniere", "La bannière")]
        index = ["---", 'title: "Optimiser son profil LinkedIn"', "order: 4", "level: beginner", "duration: 40",
                 "network: linkedin", "objectives:", yaml_list(["Choisir une photo.", "Rédiger un titre.", "Écrire la section Infos."]),
                 "prerequisites: [reseaux-sociaux-101]", self.quiz(), "---", self.french_paragraph(), "", "## Les leçons", "",
                 "\n".join(f"{i}. [{t}]({n}.md)" for i, (n, t) in enumerate(lessons, start=1)), "",
                 "Voir aussi [la transparence](../../guidelines/01-transparence.md)."]
        put(folder / "profil-linkedin" / "index.md", "\n".join(index) + "\n")
        for order, (name, title) in enumerate(lessons, start=1):
            body = [self.french_paragraph(), "## Les bons réglages",
                    "\n".join("- " + b.format(n=10, c="Paris") for b in r.sample(BULLETS_FR, 4)),
                    "## À faire maintenant", self.french_paragraph(3)]
            text = ["---", f"title: {q(title)}", f"order: {order}", "duration: 10", "---", "\n\n".join(body)]
            put(folder / "profil-linkedin" / f"{name}.md", "\n".join(text) + "\n")

    def write_pages(self, content: Path):
        r = self.rng
        folder = content / "pages"
        folder.mkdir(parents=True, exist_ok=True)
        for order, (name, title) in enumerate([("a-propos", "À propos du programme"), ("faq", "Questions fréquentes")], start=1):
            body = [self.french_paragraph()]
            for heading in r.sample(HEADINGS_FR, 5):
                body += [f"## {heading}", self.french_paragraph()]
            body.append("Voir [les règles](../guidelines/01-transparence.md) et [la formation](../training/profil-linkedin/index.md).")
            text = ["---", f"title: {q(title)}", f"order: {order}", "menu: true", "---", "\n\n".join(body)]
            put(folder / f"{name}.md", "\n".join(text) + "\n")


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


# The files this run wrote or found already right: whatever else a previous run left is removed.
WRITTEN: set = set()


def put(path: Path, data):
    """Writes `data` (str as UTF-8, or bytes) unless the file already holds exactly it.

    A corpus made again with the same arguments leaves its files in place: deleting and creating
    10,000 files right before the timed builds made the kernel scan for recently deleted inodes
    (ext4 without a journal), which the first-build figures then measured (benchmarks/run).
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    WRITTEN.add(path)
    try:
        if path.read_bytes() == raw:
            return
    except FileNotFoundError:
        pass
    path.write_bytes(raw)


def prepare(out: Path):
    """Checks --out is a corpus this script made (or an empty folder, or nothing yet)."""
    if out.exists():
        if not out.is_dir():
            sys.exit(f"{out} exists and is not a folder")
        if any(out.iterdir()) and not (out / MARKER).exists():
            sys.exit(f"{out} is not empty and was not made by this script ({MARKER} missing); refusing to overwrite it")
    out.mkdir(parents=True, exist_ok=True)
    put(out / MARKER, "Generated by benchmarks/generate_corpus.py; safe to delete.\n")


def remove_stale(out: Path, theme: Path):
    """Removes what an earlier run left that this one did not write (another size or seed)."""
    for root, folders, files in os.walk(out, topdown=False):
        base = Path(root)
        if base == theme or theme in base.parents:
            continue
        for name in files:
            if base / name not in WRITTEN:
                (base / name).unlink()
        for name in folders:
            folder = base / name
            if folder != theme and not folder.is_symlink() and not any(folder.iterdir()):
                folder.rmdir()


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
