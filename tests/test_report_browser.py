"""The report in a real browser: headless Chromium shows it as intended.

Needs /usr/bin/chromium, /usr/bin/chromedriver and selenium; skips otherwise.
Selenium is given the driver's path, so selenium-manager never runs (it would
download a browser), and Chromium's background networking is switched off.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimtrack as ct

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parents[1]

if not CHROMIUM.is_file() or not CHROMEDRIVER.is_file():
    pytest.skip(
        f"headless browser test needs {CHROMIUM} and {CHROMEDRIVER} "
        "(apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )
webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium is not installed (pip install selenium)"
)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    claims, problems = ct.extract_paths([ROOT / "examples" / "articles"], workers=1)
    assert problems == []
    path = tmp_path_factory.mktemp("report") / "report.html"
    ct.write_html(claims, path, title="Coalition leaving Iraq")
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
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
        f"--user-data-dir={profile}",
        "--window-size=1200,1600",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_report_reads_in_the_browser(
    browser: Any, report_html: Path, tmp_path: Path
) -> None:
    browser.get(report_html.as_uri())
    assert browser.title == "Coalition leaving Iraq"

    # The 86 vs "more than 60" conflict is on the page and visible.
    conflicts = browser.find_elements(By.CSS_SELECTOR, "section.conflict")
    coalition = [
        c for c in conflicts if "86 countries" in c.text and "more than 60" in c.text
    ]
    assert coalition, [c.text[:80] for c in conflicts]
    [section] = coalition
    browser.execute_script("arguments[0].scrollIntoView()", section)
    assert section.is_displayed()

    # Its Arabic evidence reads right to left, the figure marked inside it.
    arabic = section.find_element(By.CSS_SELECTOR, 'blockquote[lang="ar"]')
    assert arabic.is_displayed()
    assert "دولة" in arabic.text
    direction = browser.execute_script(
        "return getComputedStyle(arguments[0]).direction", arabic
    )
    assert direction == "rtl"
    mark = arabic.find_element(By.TAG_NAME, "mark")
    assert mark.is_displayed()
    assert mark.text.startswith("86")

    # The English side stays left to right beside it.
    english = section.find_element(By.CSS_SELECTOR, 'blockquote[lang="en"]')
    assert (
        browser.execute_script(
            "return getComputedStyle(arguments[0]).direction", english
        )
        == "ltr"
    )

    # Timelines are inline SVG that the browser lays out.
    svgs = browser.find_elements(By.CSS_SELECTOR, "#timelines svg")
    assert svgs
    assert svgs[0].size["width"] > 200

    browser.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes().startswith(b"\x89PNG")
