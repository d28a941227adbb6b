"""`megaphone serve` in a browser: an open page reloads by itself after its source is saved, and
shows the build's errors while the site does not build."""
import os
import pathlib
import socket
import subprocess
import time
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT

ITEM = "---\ntitle: {title}\ndate: 2026-11-20\n{extra}---\nLe premier paragraphe.\n"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_open_page_reloads_after_an_edit_and_shows_errors(tmp_path, browser):
    source = tmp_path / "site"
    (source / "content" / "items").mkdir(parents=True)
    (source / "site.yml").write_text("title: Aperçu\nbase_url: https://intranet.example.com/advocacy/\n", encoding="utf-8")
    item = source / "content" / "items" / "2026-11-20-atlas.md"
    item.write_text(ITEM.format(title="Atlas est lancé", extra=""), encoding="utf-8")
    (source / "themes").symlink_to(ROOT / "themes")
    port = free_port()
    binary = os.environ.get("MEGAPHONE", str(ROOT / ".build" / "debug" / "megaphone"))
    server = subprocess.Popen([binary, "serve", "--source", str(source), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        page = f"http://127.0.0.1:{port}/advocacy/items/atlas/"
        for _ in range(100):
            try:
                urllib.request.urlopen(page)
                break
            except OSError:
                time.sleep(0.1)
        browser.get(page)
        assert browser.find_element(By.TAG_NAME, "h1").text == "Atlas est lancé"

        # Saved in an editor: the open page changes without anyone touching the browser.
        item.write_text(ITEM.format(title="Atlas arrive en Allemagne", extra=""), encoding="utf-8")
        WebDriverWait(browser, 15).until(lambda b: b.find_element(By.TAG_NAME, "h1").text == "Atlas arrive en Allemagne")

        item.write_text(ITEM.format(title="Atlas", extra="campain: lancement\n"), encoding="utf-8")
        WebDriverWait(browser, 15).until(lambda b: "does not build" in b.find_element(By.TAG_NAME, "h1").text)
        assert "content/items/2026-11-20-atlas.md:4:1: error: unknown key 'campain'" in browser.find_element(By.TAG_NAME, "ol").text

        item.write_text(ITEM.format(title="Atlas corrigé", extra=""), encoding="utf-8")
        WebDriverWait(browser, 15).until(lambda b: b.find_element(By.TAG_NAME, "h1").text == "Atlas corrigé")
    finally:
        server.terminate()
        server.wait(timeout=10)
