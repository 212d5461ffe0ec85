"""The pages in a real headless Chromium: the journalist's two clicks, and the query page.

Starts `regkg serve` on the seed build (127.0.0.1, a free port), drives Debian's `chromium`
through `chromedriver` (Selenium), and saves a PNG of each page it visits. The PNGs go to a
temporary folder, so a test run never changes tracked files; `REGKG_SCREENSHOTS=docs/img`
refreshes the README's pictures. Skipped when no browser is installed: `bash .ci/browser.sh`
installs one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.pages.server import REPO, built_store, serve

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
# Where the PNGs go: the README's folder only when asked (regression: a plain test run
# rewrote docs/img/*.png, leaving the checkout dirty after every CI run).
IMAGES = Path(os.environ.get("REGKG_SCREENSHOTS")
              or Path(tempfile.gettempdir()) / "regkg-screenshots")
if not IMAGES.is_absolute():
    IMAGES = REPO / IMAGES
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,900", "--lang=en")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None,
                       reason="no headless browser: install Debian's chromium and "
                              "chromium-driver (bash .ci/browser.sh)"),
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    store = built_store(tmp_path_factory)
    log = tmp_path_factory.mktemp("browser") / "server.log"
    with serve(store, log, pages=True) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not look for downloads
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                                  options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver, name: str) -> Path:
    """A PNG of the whole page (up to 2400 px high) at IMAGES/screenshot-NAME.png."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(int(height) + 120, 700), 2400))
    driver.execute_script("window.scrollTo(0, 0)")
    IMAGES.mkdir(parents=True, exist_ok=True)
    path = IMAGES / f"screenshot-{name}.png"
    assert driver.save_screenshot(str(path)), f"no screenshot of {name}"
    driver.set_window_size(1280, 900)
    assert path.stat().st_size > 10_000 and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return path


def test_two_clicks_to_what_the_uk_did_and_where_it_comes_from(browser, base_url):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(base_url + "/")
    assert "Authorities acting against online platforms" in driver.find_element(By.TAG_NAME,
                                                                                 "h1").text
    screenshot(driver, "home")

    follow(driver, driver.find_element(By.LINK_TEXT, "United Kingdom"),
           "/browse/jurisdiction/GB")  # click 1
    expected = httpx.get(base_url + "/browse/jurisdiction/GB.json", timeout=30).json()
    ofcom = next(a for a in expected["actions"] if a["type"] == "investigation"
                 and a["actor"] and a["actor"]["id"] == "authority/ofcom")
    row = driver.find_element(By.ID, f"action-{ofcom['id']}")
    assert "Ofcom" in row.text and "investigation" in row.text
    sentence = ofcom["sources"][0]["evidence"]
    assert row.find_element(By.CSS_SELECTOR, ".sentence").text.strip() == sentence
    assert driver.find_elements(By.CSS_SELECTOR, "svg.timeline circle.dot")
    screenshot(driver, "jurisdiction")

    # click 2: the sentence in its article
    follow(driver, row.find_element(By.CSS_SELECTOR, "a.src"), f"#fact-{ofcom['id']}")
    marks = [m.text for m in driver.find_elements(By.TAG_NAME, "mark")]
    assert sentence in marks
    assert driver.find_elements(By.CSS_SELECTOR, f'a.factref[href="/browse/action/{ofcom["id"]}"]')
    screenshot(driver, "article")


def test_an_entity_page(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/browse/authority/ofcom")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Ofcom")
    assert browser.find_elements(By.CSS_SELECTOR, "table.actions tbody tr")
    screenshot(browser, "entity")


def test_run_an_example_query(browser, base_url):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(base_url + "/query")
    follow(driver, driver.find_element(By.LINK_TEXT, "jurisdiction-action-counts"),
           "example=jurisdiction-action-counts")
    editor = driver.find_element(By.TAG_NAME, "textarea")
    assert "jurisdiction-action-counts" in editor.get_attribute("value")
    driver.find_element(By.ID, "run").click()
    rows = _rows_after_submit(driver)
    assert rows, driver.page_source[:2000]
    assert driver.find_elements(By.CSS_SELECTOR,
                                'table.results a[href="/browse/jurisdiction/GB"]')
    assert "download CSV" in driver.find_element(By.ID, "result-summary").text
    screenshot(driver, "query")


def follow(driver, link, url_part: str, seconds: float = 30.0) -> None:
    """Click a link and wait until the browser is at a URL holding `url_part`: a click does not
    wait for the page it loads, and reading at once can read the page being left."""
    from selenium.webdriver.support.ui import WebDriverWait

    link.click()
    WebDriverWait(driver, seconds).until(lambda d: url_part in d.current_url)


def _rows_after_submit(driver, seconds: float = 30.0):
    """The result rows of the page the form's submit loads. A click on a submit button does not
    wait for the next page: reading the rows at once raced the navigation and read the form's
    own page, with no results, on a loaded machine (CI, 2026-11-25). Waiting for the old
    textarea to go stale raced it too: chromedriver answered "Node with given id does not
    belong to the document" (a WebDriverException, not a stale-element one) mid-navigation
    (CI, 2026-11-25, second time). So wait for what only the submitted page has, the `query=`
    in its URL and result rows, and poll past any driver error of a page being replaced (or
    give up after `seconds`: the assertion shows the page)."""
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def submitted_rows(d):
        if "query=" not in d.current_url:
            return []
        return d.find_elements(By.CSS_SELECTOR, "table.results tbody tr")

    wait = WebDriverWait(driver, seconds, ignored_exceptions=(WebDriverException,))
    try:
        return wait.until(submitted_rows)
    except TimeoutException:
        return []
