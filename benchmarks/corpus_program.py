"""The program's own documents of a generated corpus: guidelines, training modules, pages (French)."""

import json
from pathlib import Path

from corpus_support import Item, flow_list, put, q, yaml_list
from corpus_words import BULLETS_FR, HEADINGS_FR


class ProgramDocuments:
    """Mixed into the generator, whose `rng`, `sentence` and `paragraph` it uses."""

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
