#!/usr/bin/env python3
"""Edits one item of a generated corpus, as a commit would: the newest published item (on the
home page, its listings and feeds) gets a sentence added to its body, or removed if it is there.
Run before each build of the "one item edited" series of benchmarks/run."""
import pathlib
import sys

SENTENCE = "\nMise à jour : la page de l'événement est en ligne.\n"
items = pathlib.Path(sys.argv[1]) / "content" / "items"
published = [p for p in sorted(items.glob("*.md"))
             if p.name[:10] <= "2026-11-25" and "draft: true" not in p.read_text(encoding="utf-8")]
target = published[-1]
text = target.read_text(encoding="utf-8")
target.write_text(text[:-len(SENTENCE)] if text.endswith(SENTENCE) else text + SENTENCE, encoding="utf-8")
