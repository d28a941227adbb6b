#!/usr/bin/env python3
"""Turns a generated Megaphone corpus into a Hugo site with the same content, for a side-by-side
measurement (benchmarks/run --hugo). Only the front matter keys Hugo reserves are renamed: `url`
(Hugo would use it as the page's address) becomes `link`, `expires` becomes `expiryDate`."""
import argparse
import pathlib
import re
import shutil

HERE = pathlib.Path(__file__).resolve().parent

CONFIG = """baseURL: https://intranet.example.com/advocacy/
title: Ambassadeurs (Hugo)
languageCode: fr
disableKinds: [sitemap, robotsTXT]
timeZone: Europe/Paris
taxonomies: {tag: tags, campaign: campaigns, audience: audiences}
outputs:
  home: [HTML, RSS, JSON]
  section: [HTML, RSS]
  taxonomy: [HTML]
  term: [HTML, RSS]
params:
  disclosure: "#AcmeAmbassadors"
  networks:
"""
# The same nine networks, templates and limits as Sources/MegaphoneSharing/Network.swift.
NETWORKS = [
    ("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url={url}", 3000),
    ("x", "X", "https://x.com/intent/tweet?text={text}&url={url}", 280),
    ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}", 63206),
    ("xing", "XING", "https://www.xing.com/spi/shares/new?url={url}", 3000),
    ("bluesky", "Bluesky", "https://bsky.app/intent/compose?text={text}", 300),
    ("mastodon", "Mastodon", "https://mastodon.social/share?text={text}", 500),
    ("threads", "Threads", "https://www.threads.com/intent/post?text={text}&url={url}", 500),
    ("whatsapp", "WhatsApp", "https://wa.me/?text={text}", 65536),
    ("email", "E-mail", "mailto:?subject={title}&body={text}", 100000),
]


def convert_front_matter(text):
    if not text.startswith("---\n"):
        return text
    end = text.index("\n---\n", 4)
    yaml, body = text[4:end], text[end + 5:]
    yaml = re.sub(r"(?m)^url:", "link:", yaml)
    yaml = re.sub(r"(?m)^expires:", "expiryDate:", yaml)
    return "---\n" + yaml + "\n---\n" + body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    (args.out / "content").mkdir(parents=True)
    config = CONFIG + "".join(
        f"    - {{id: {i}, label: {label}, template: \"{template}\", limit: {limit}}}\n" for i, label, template, limit in NETWORKS)
    (args.out / "hugo.yaml").write_text(config, encoding="utf-8")
    shutil.copytree(HERE / "layouts", args.out / "layouts")
    source = args.corpus / "content"
    for path in sorted(source.rglob("*")):
        target = args.out / "content" / path.relative_to(source)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif path.suffix == ".md":
            target.parent.mkdir(parents=True, exist_ok=True)
            # A Megaphone module folder's index.md is Hugo's _index.md (a section).
            if path.name == "index.md":
                target = target.with_name("_index.md")
            target.write_text(convert_front_matter(path.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    print(f"{args.out}: {sum(1 for _ in (args.out / 'content').rglob('*.md'))} Markdown files")


if __name__ == "__main__":
    main()
