"""Write the HTML report for the bundled articles, and optionally a screenshot.

Run::

    python examples/make_report.py                       # examples/report.html
    python examples/make_report.py --screenshot docs/report.png

The screenshot needs selenium and headless Chromium at /usr/bin/chromium with
/usr/bin/chromedriver (``apt-get install chromium chromium-driver``); the
driver path is given, so selenium-manager downloads nothing.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import claimtrack as ct

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
TITLE = "The coalition leaves Iraq: where the record disagrees"


def write_report(path: Path) -> Path:
    claims, problems = ct.extract_paths([ARTICLES], workers=1)
    for problem in problems:
        print(f"skipped {problem}")
    report = ct.find_conflicts(claims)
    ct.write_html(report, path, claims=claims, title=TITLE)
    print(f"{path}: {len(report)} conflicts from {len(claims)} claims")
    return path


def screenshot(page: Path, png: Path, width: int = 1100, height: int = 2300) -> Path:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        for argument in (
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
        ):
            options.add_argument(argument)
        driver = webdriver.Chrome(
            service=Service("/usr/bin/chromedriver"), options=options
        )
        try:
            driver.get(page.resolve().as_uri())
            driver.save_screenshot(str(png))
        finally:
            driver.quit()
    print(f"{png}: screenshot of {page}")
    return png


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=HERE / "report.html")
    parser.add_argument(
        "--screenshot", type=Path, help="PNG to write, e.g. docs/report.png"
    )
    args = parser.parse_args(argv)
    page = write_report(args.output)
    if args.screenshot:
        screenshot(page, args.screenshot)


if __name__ == "__main__":
    main()
