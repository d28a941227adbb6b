"""The "Proposer un contenu" page in headless Chromium: with JavaScript, the answers become a
content file that `megaphone check` accepts, an e-mail that carries it and a link to the
repository's web editor; without JavaScript, the form itself posts the answers to the address of
site.yml as a text/plain e-mail."""
import os
import pathlib
import shutil
import subprocess
import tempfile
import urllib.parse

import pytest
import yaml
from selenium.webdriver.common.by import By

from conftest import ROOT, make_driver

TITLE = "Acme recrute 40 ingénieurs à Lyon : « venez ! »"
LINK = "https://www.acme.example/carrieres/lyon?poste=ingenieur&ville=lyon#offres"
WHY = 'Le site de Lyon double ses équipes: un signal fort, "enfin".\n# Pas un titre'
MESSAGE = "Nous recrutons à Lyon ! Rejoignez-nous : #AcmeCarrières"
MAIL = "communication@acme.example"


def fill(browser):
    browser.find_element(By.ID, "suggest-title").send_keys(TITLE)
    browser.find_element(By.ID, "suggest-link").send_keys(LINK)
    browser.find_element(By.ID, "suggest-why").send_keys(WHY)
    browser.find_element(By.ID, "suggest-message").send_keys(MESSAGE)


def megaphone():
    return os.environ.get("MEGAPHONE", str(ROOT / ".build" / "debug" / "megaphone"))


def test_the_generated_file_is_accepted_by_megaphone_check(site, browser):
    base, _ = site
    browser.get(base + "suggest/")
    assert browser.find_element(By.ID, "suggest-file-section").is_displayed()
    fill(browser)
    text = browser.find_element(By.ID, "suggest-file").get_attribute("value")
    path = browser.find_element(By.ID, "suggest-file-name").text
    assert path.startswith("content/items/") and path.endswith("-acme-recrute-40-ingenieurs-a-lyon-venez.md")

    front_matter = yaml.safe_load(text.split("---\n")[1])
    assert front_matter["title"] == TITLE
    assert front_matter["url"] == LINK
    assert front_matter["why"] == WHY
    assert front_matter["share"] == {"linkedin": MESSAGE}
    assert front_matter["draft"] is True

    # The file as the comms team would commit it, in a copy of the example portal.
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="megaphone-suggest-"))
    try:
        for name in ("site.yml", "content", "themes", "data"):
            source = ROOT / name
            (shutil.copytree if source.is_dir() else shutil.copy)(source, workdir / name)
        (workdir / path).write_text(text, encoding="utf-8")
        result = subprocess.run([megaphone(), "check", "--source", str(workdir), "--format", "json"],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        broken = (workdir / path)
        broken.write_text(text.replace("title:", "titel:"), encoding="utf-8")
        result = subprocess.run([megaphone(), "check", "--source", str(workdir)], capture_output=True, text=True)
        assert result.returncode != 0 and "unknown key 'titel'" in result.stderr
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def test_the_email_and_the_editor_link_carry_the_file(site, browser):
    base, _ = site
    browser.get(base + "suggest/")
    fill(browser)
    text = browser.find_element(By.ID, "suggest-file").get_attribute("value")
    name = browser.find_element(By.ID, "suggest-file-name").text.rsplit("/", 1)[1]

    mail = urllib.parse.urlsplit(browser.find_element(By.ID, "suggest-mail").get_attribute("href"))
    assert (mail.scheme, mail.path) == ("mailto", MAIL)
    fields = urllib.parse.parse_qs(mail.query)
    assert fields["subject"] == ["Suggestion de contenu pour le portail : " + TITLE]
    assert fields["body"][0].endswith(text) and name in fields["body"][0]

    editor = urllib.parse.urlsplit(browser.find_element(By.ID, "suggest-editor").get_attribute("href"))
    assert editor.netloc == "git.acme.example" and editor.path.endswith("/new/main/content/items")
    assert urllib.parse.parse_qs(editor.query) == {"filename": [name], "value": [text]}


def test_without_javascript_the_form_emails_its_fields(site):
    base, _ = site
    browser = make_driver(javascript=False)
    try:
        browser.get(base + "suggest/")
        assert not browser.find_element(By.ID, "suggest-file-section").is_displayed()
        form = browser.find_element(By.ID, "suggest-form")
        action = urllib.parse.urlsplit(form.get_attribute("action"))
        assert (action.scheme, action.path) == ("mailto", MAIL)
        assert urllib.parse.parse_qs(action.query) == {"subject": ["Suggestion de contenu pour le portail"]}
        assert (form.get_attribute("method"), form.get_attribute("enctype")) == ("post", "text/plain")
        names = [field.get_attribute("name") for field in form.find_elements(By.CSS_SELECTOR, "input, textarea")]
        assert names == ["title", "link", "why", "message"]
        # The browser's own checks: a required field left empty keeps the form from being sent.
        assert browser.execute_script("return document.getElementById('suggest-form').checkValidity()") is False
        fill(browser)
        assert browser.execute_script("return document.getElementById('suggest-form').checkValidity()") is True
        # The page's policy lets this form, and only mail forms besides the portal's, be sent.
        policy = browser.find_element(By.CSS_SELECTOR, 'meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
        assert "form-action 'self' mailto:" in policy
    finally:
        browser.quit()
