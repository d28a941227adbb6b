"""Sharing as an employee does it, in headless Chromium, on the built example portal."""
import urllib.parse

from selenium.webdriver.common.by import By

ITEM = "items/acquisition-novasense/"
UTM = ("utm_source", "utm_medium", "utm_campaign", "utm_content")


def share_links(driver):
    return {a.find_element(By.XPATH, "ancestor::section[contains(@class,'share-card')]").get_attribute("data-network"): a.get_attribute("href")
            for a in driver.find_elements(By.CSS_SELECTOR, "a.share-button")}


def tracked_link(network, href):
    """The UTM link a share URL carries, wherever that network reads it."""
    parsed = urllib.parse.urlsplit(href)
    query = urllib.parse.parse_qs(parsed.query, keep_blank_values=True)
    if parsed.scheme == "mailto":
        body = query["body"][0]
        return body.split("\r\n\r\n")[-1]
    for name in ("url", "u"):
        if name in query:
            return query[name][0]
    return query["text"][0].split("\n\n")[-1]


def link_parameters(link):
    return urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)


def test_every_share_link_carries_full_utm_without_javascript(site, browser_without_js):
    base, _ = site
    browser_without_js.get(base + ITEM)
    links = share_links(browser_without_js)
    assert set(links) == {"linkedin", "x", "facebook", "xing", "bluesky", "mastodon", "threads", "whatsapp", "email"}
    for network, href in links.items():
        parameters = link_parameters(tracked_link(network, href))
        for name in UTM:
            assert len(parameters[name]) == 1, (network, name, href)
        assert parameters["utm_source"] == [network]
        assert parameters["utm_medium"] == ["email" if network == "email" else "social"]
        assert parameters["utm_campaign"] == ["acquisition-novasense"]
        assert parameters["ref"] == ["newsletter"]
    # Without JavaScript nothing pretends to work: no copy buttons, no code field, read-only messages.
    assert all(not b.is_displayed() for b in browser_without_js.find_elements(By.CSS_SELECTOR, ".copy-message, .copy-link"))
    assert not browser_without_js.find_element(By.CSS_SELECTOR, "form.personal-code").is_displayed()
    assert browser_without_js.find_element(By.ID, "message-x").get_attribute("readonly") is not None


def test_personal_code_is_added_to_every_share_link_and_remembered(site, browser):
    base, _ = site
    browser.get(base + ITEM)
    field = browser.find_element(By.ID, "personal-code")
    field.send_keys("amb-42\n")
    links = share_links(browser)
    assert len(links) == 9
    for network, href in links.items():
        parameters = link_parameters(tracked_link(network, href))
        assert parameters.get("utm_term") == ["amb-42"], (network, href)
        for name in UTM:
            assert len(parameters[name]) == 1
    # Another item page, later: the code was kept in the browser.
    browser.get(base + "items/lancement-atlas/")
    assert browser.find_element(By.ID, "personal-code").get_attribute("value") == "amb-42"
    for network, href in share_links(browser).items():
        assert link_parameters(tracked_link(network, href)).get("utm_term") == ["amb-42"], network


def test_a_code_that_could_identify_someone_is_refused(site, browser):
    base, _ = site
    browser.get(base + ITEM)
    field = browser.find_element(By.ID, "personal-code")
    field.send_keys("Jean Dupont\n")
    assert field.get_attribute("aria-invalid") == "true"
    assert "a-z" in browser.find_element(By.ID, "personal-code-status").text
    for network, href in share_links(browser).items():
        assert "utm_term" not in link_parameters(tracked_link(network, href))


def test_editing_a_message_updates_the_count_and_the_share_link(site, browser):
    base, _ = site
    browser.get(base + ITEM)
    card = browser.find_element(By.CSS_SELECTOR, ".share-card[data-network=x]")
    message = card.find_element(By.CSS_SELECTOR, "textarea")
    length = card.find_element(By.CSS_SELECTOR, ".length")
    message.clear()
    message.send_keys("é" * 250 + " 😀")
    # X: 250 + 1 + 2 (emoji) + 1 (space before the link) + 23 (the link) = 277
    assert length.find_element(By.CSS_SELECTOR, ".length-value").text == "277"
    assert "over-limit" not in length.get_attribute("class")
    message.send_keys("あ")  # CJK weighs 2: 279
    message.send_keys("あ")  # 281: over
    assert length.find_element(By.CSS_SELECTOR, ".length-value").text == "281"
    assert "over-limit" in length.get_attribute("class")
    href = card.find_element(By.CSS_SELECTOR, "a.share-button").get_attribute("href")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)["text"] == ["é" * 250 + " 😀ああ"]


def test_copy_puts_the_message_with_the_tracked_link_on_the_clipboard(site, browser):
    base, _ = site
    browser.execute_cdp_cmd("Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
                                                         "origin": base.split("/advocacy/")[0]})
    browser.get(base + ITEM)
    browser.find_element(By.ID, "personal-code").send_keys("amb-7\n")
    card = browser.find_element(By.CSS_SELECTOR, ".share-card[data-network=linkedin]")
    card.find_element(By.CSS_SELECTOR, ".copy-message").click()
    copied = browser.execute_async_script("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('ERROR ' + e))")
    message, link = copied.rsplit("\n\n", 1)
    assert message.startswith("Grande nouvelle chez Acme")
    assert message.endswith("#AcmeAmbassadors")
    parameters = link_parameters(link)
    assert parameters["utm_source"] == ["linkedin"] and parameters["utm_term"] == ["amb-7"]
    assert card.find_element(By.CSS_SELECTOR, ".copy-status").text != ""


def test_mastodon_server_is_asked_once_and_kept(site, browser):
    base, _ = site
    browser.get(base + ITEM)
    field = browser.find_element(By.ID, "mastodon-instance")
    field.clear()
    field.send_keys("piaille.fr\t")
    assert share_links(browser)["mastodon"].startswith("https://piaille.fr/share?text=")
    browser.get(base + "items/lancement-atlas/")
    assert share_links(browser)["mastodon"].startswith("https://piaille.fr/share?text=")


def test_an_item_that_expired_after_the_build_hides_its_buttons(site, browser):
    base, _ = site
    # The webinar expires on 2026-12-03: pretend the employee opens the page in January.
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                            {"source": "Date.now = () => Date.parse('2027-01-10T10:00:00Z');"})
    browser.get(base + "items/webinar-maintenance-predictive/")
    assert not browser.find_element(By.CSS_SELECTOR, ".shares").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, ".expired-later").is_displayed()
