"""Takes the README's screenshots with headless Chromium (see scripts/screenshots)."""
import base64
import functools
import http.server
import pathlib
import subprocess
import sys
import tempfile
import threading

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "external"))
from conftest import NOW, QuietHandler, make_driver  # noqa: E402

PAGES = {"home": "", "item": "items/acquisition-novasense/", "lesson": "training/profil-linkedin/02-titre/"}
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
MAX_HEIGHT = {"desktop": 2200, "phone": 3200}


def main():
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = pathlib.Path(tempfile.mkdtemp(prefix="megaphone-shots-"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(work)))
    base = f"http://127.0.0.1:{server.server_address[1]}/advocacy/"
    subprocess.run([str(ROOT / ".build/debug/megaphone"), "build", "--source", str(ROOT), "--output", str(work / "advocacy"),
                    "--base-url", base, "--now", NOW], check=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    for size, (width, height) in SIZES.items():
        driver = make_driver(width=width, height=height)
        try:
            for scheme in ("light", "dark"):
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                for name, path in PAGES.items():
                    driver.get(base + path)
                    full = driver.execute_script("return document.documentElement.scrollHeight")
                    shot_height = min(full, MAX_HEIGHT[size])
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                        "width": width, "height": shot_height, "deviceScaleFactor": 1, "mobile": size == "phone"})
                    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})["data"]
                    target = out / f"{name}-{size}-{scheme}.png"
                    target.write_bytes(base64.b64decode(data))
                    print(target.relative_to(ROOT))
                    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        finally:
            driver.quit()
    server.shutdown()


if __name__ == "__main__":
    main()
