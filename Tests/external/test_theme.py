"""Training and listing behaviour employees rely on, in Chromium."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def test_quiz_works_without_javascript_and_checks_answers_with_it(site, browser, browser_without_js):
    base, _ = site
    browser_without_js.get(base + "training/profil-linkedin/")
    details = browser_without_js.find_elements(By.CSS_SELECTOR, ".quiz-question details")
    assert details and all(d.find_element(By.TAG_NAME, "summary").is_displayed() for d in details)

    browser.get(base + "training/profil-linkedin/")
    question = browser.find_element(By.CSS_SELECTOR, ".quiz-question")
    right = question.get_attribute("data-answer")
    wrong = next(r for r in question.find_elements(By.CSS_SELECTOR, "input[type=radio]") if r.get_attribute("value") != right)
    browser.find_element(By.CSS_SELECTOR, f"label[for='{wrong.get_attribute('id')}']").click()
    assert "quiz-wrong" in question.find_element(By.CSS_SELECTOR, ".quiz-feedback").get_attribute("class")
    assert question.find_element(By.TAG_NAME, "details").get_attribute("open") is not None
    correct = question.find_element(By.CSS_SELECTOR, f"input[value='{right}']")
    browser.find_element(By.CSS_SELECTOR, f"label[for='{correct.get_attribute('id')}']").click()
    assert "quiz-right" in question.find_element(By.CSS_SELECTOR, ".quiz-feedback").get_attribute("class")


def test_lessons_marked_done_show_as_progress(site, browser):
    base, _ = site
    browser.get(base + "training/profil-linkedin/01-photo/")
    browser.find_element(By.CSS_SELECTOR, ".mark-done").click()
    assert browser.find_element(By.CSS_SELECTOR, ".mark-done").get_attribute("aria-pressed") == "true"
    browser.get(base + "training/profil-linkedin/")
    assert browser.find_element(By.CSS_SELECTOR, ".module-progress").text.startswith("1 leçon(s) terminée(s) sur 4")
    browser.get(base + "training/")
    progress = [p.text for p in browser.find_elements(By.CSS_SELECTOR, ".module-progress") if p.is_displayed()]
    assert "1 leçon(s) terminée(s) sur 4" in progress


def test_item_list_filters_in_place(site, browser):
    base, _ = site
    browser.get(base + "items/")
    cards = browser.find_elements(By.CSS_SELECTOR, ".cards .card")
    Select(browser.find_element(By.ID, "filter-audience")).select_by_value("recruiting")
    shown = [c for c in cards if c.is_displayed()]
    assert 0 < len(shown) < len(cards)
    assert all("recruiting" in c.get_attribute("data-audiences").split() for c in shown)
    assert browser.find_element(By.CSS_SELECTOR, ".filter-status").text.startswith(str(len(shown)))
