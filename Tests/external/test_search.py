"""The search box, as an employee types in it."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait


def results(browser):
    WebDriverWait(browser, 5).until(expected_conditions.text_to_be_present_in_element((By.ID, "search-status"), "«"))
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#search-results li > a")]


def test_a_word_without_accents_finds_the_accented_item(site, browser):
    base, _ = site
    browser.get(base + "search/")
    browser.find_element(By.ID, "search-query").send_keys("equipe grenobloise")
    found = results(browser)
    assert found and found[0].startswith("Acme acquiert NovaSense")


def test_the_header_box_leads_to_results_and_finds_guidelines_and_training(site, browser):
    base, _ = site
    browser.get(base)
    box = browser.find_element(By.ID, "site-search-query")
    box.send_keys("diffamation\n")
    WebDriverWait(browser, 5).until(expected_conditions.url_contains("search/?q=diffamation"))
    assert any("légal" in title.lower() or "juridique" in title.lower() for title in results(browser))


def test_no_result_is_said(site, browser):
    base, _ = site
    browser.get(base + "search/?q=zzzyxw")
    assert results(browser) == []
    assert "zzzyxw" in browser.find_element(By.ID, "search-status").text
