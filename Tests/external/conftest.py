"""Builds the example portal under a sub-path, serves it on loopback and drives headless Chromium.

The site is built by the megaphone binary given in MEGAPHONE (default: the debug build), with
--now fixed so the pages are the same on every run."""
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOW = "2026-11-25T12:00:00+01:00"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site():
    """Yields (base_url, output_folder)."""
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="megaphone-browser-"))
    handler = functools.partial(QuietHandler, directory=str(workdir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/advocacy/"
    binary = os.environ.get("MEGAPHONE", str(ROOT / ".build" / "debug" / "megaphone"))
    subprocess.run([binary, "build", "--source", str(ROOT), "--output", str(workdir / "advocacy"),
                    "--base-url", base, "--now", NOW], check=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, workdir / "advocacy"
    server.shutdown()
    shutil.rmtree(workdir, ignore_errors=True)


def make_driver(javascript=True, width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


@pytest.fixture
def browser():
    driver = make_driver()
    yield driver
    driver.quit()


@pytest.fixture
def browser_without_js():
    driver = make_driver(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture
def build_site(tmp_path):
    """Builds a little site written inline; returns its output folder."""
    def build(files, config, now=NOW):
        source = tmp_path / "site"
        source.mkdir()
        (source / "site.yml").write_text(config, encoding="utf-8")
        for path, text in files.items():
            target = source / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        (source / "themes").symlink_to(ROOT / "themes")
        binary = os.environ.get("MEGAPHONE", str(ROOT / ".build" / "debug" / "megaphone"))
        subprocess.run([binary, "build", "--source", str(source), "--now", now], check=True, capture_output=True)
        return source / "public"
    return build
