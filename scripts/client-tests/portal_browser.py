"""The portal in a real browser (issue 16): Debian's chromium, headless, driven by Selenium through
Debian's chromium-driver (Service(executable_path=...), SE_OFFLINE=true: Selenium never downloads one).

The scenario: refused without signing in; sign in with the link `armlet serve` printed; a disk and an
incremental snapshot created from the CLI, whose copy progress bar is seen below 100% and then reaching
100% without a reload; a second incremental snapshot through Create snapshot (Incremental, Review +
create, Create) watched the same way; Copy snapshot to another region; the seed's template uploaded,
its `2022-03-22` error shown at its template line, fixed, what-if, lint, create; the deployment's page.
A screenshot of each page goes to ARMLET_PORTAL_OUTPUT.

Environment (scripts/portal-tests.sh sets it): ARMLET_BIN, ARMLET_HOME, ARMLET_SERVE_LOG, ARMLET_PORTAL_OUTPUT.
"""
import base64
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

os.environ["SE_OFFLINE"] = "true"
STARTED = time.monotonic()
BIN = os.environ["ARMLET_BIN"]
OUTPUT = pathlib.Path(os.environ["ARMLET_PORTAL_OUTPUT"])
OUTPUT.mkdir(parents=True, exist_ok=True)
for stale in [*OUTPUT.glob("*.png"), *OUTPUT.glob("failure.html")]:
    stale.unlink()
SEED_TEMPLATE = pathlib.Path(__file__).resolve().parents[2] / "Templates" / "incremental-snapshot.json"
GROUP = "portal-rg"
checks = 0


def check(condition, what):
    global checks
    if not condition:
        sys.exit(f"FAILED: {what}")
    checks += 1
    print(f"ok {checks}: {what}")


def armlet(*args):
    return subprocess.run([BIN, *args], check=True, capture_output=True, text=True).stdout.strip()


def write_disk(offset_mib, size_mib):
    """Writes random bytes to the disk as its VM would (Armlet's `disk write`)."""
    with tempfile.NamedTemporaryFile(delete=False) as data:
        data.write(os.urandom(size_mib * 1024 * 1024))
    try:
        armlet("disk", "write", "-g", GROUP, "-n", "data1", "--offset", str(offset_mib * 1024 * 1024), "--file", data.name)
    finally:
        os.unlink(data.name)


def sign_in_link():
    text = pathlib.Path(os.environ["ARMLET_SERVE_LOG"]).read_text()
    match = re.search(r"^Portal: (https://\S+/portal/signin\?token=\S+)$", text, re.M)
    check(match is not None, "armlet serve printed a 'Portal: <sign-in link>' line")
    return match.group(1)


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1000", "--lang=en-US"):
        options.add_argument(argument)
    # The server's certificate comes from Armlet's own local CA, which this browser profile does not trust.
    options.accept_insecure_certs = True
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


def shot(driver, name):
    """A screenshot of the whole page (up to 4000 px high), through the DevTools protocol."""
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 4000), "scale": 1}
    image = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip})
    (OUTPUT / f"{name}.png").write_bytes(base64.b64decode(image["data"]))


def progress_value(driver, name):
    bar = driver.find_element(By.CSS_SELECTOR, f"progress[aria-label='Copy progress of {name}']")
    return int(float(bar.get_attribute("value")))


def watch_progress(driver, name, below_shot, done_shot):
    """The bar starts below 100 and reaches it by polling, without the page reloading."""
    start = progress_value(driver, name)
    check(start < 100, f"{name}: the copy progress bar shows {start}% (below 100%)")
    shot(driver, below_shot)
    driver.execute_script("window.portalTestMarker = 'same page';")
    WebDriverWait(driver, 90, poll_frequency=0.5).until(lambda d: progress_value(d, name) >= 100)
    check(driver.execute_script("return window.portalTestMarker") == "same page",
          f"{name}: the bar reached 100% without reloading the page")
    check(driver.find_element(By.CSS_SELECTOR, f"progress[aria-label='Copy progress of {name}'] + output").text == "100%",
          f"{name}: the percentage beside the bar reads 100%")
    shot(driver, done_shot)


def navigate(driver, element):
    """Clicks a link or a submit button and waits for the next page to replace this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 30).until(expected_conditions.staleness_of(page))


def click_link(driver, text):
    navigate(driver, driver.find_element(By.LINK_TEXT, text))


def press(driver, css):
    navigate(driver, driver.find_element(By.CSS_SELECTOR, css))


def main():
    # Set-up from the CLI: a Premium SSD v2 disk holding 8 MiB, and its first incremental snapshot.
    armlet("group", "create", "-n", GROUP, "-l", "westus", "-o", "none")
    armlet("disk", "create", "-g", GROUP, "-n", "data1", "--size-gb", "64", "--sku", "PremiumV2_LRS",
           "--logical-sector-size", "4096", "-o", "none")
    write_disk(0, 8)
    armlet("snapshot", "create", "-g", GROUP, "-n", "snap-cli", "--source", "data1", "--incremental", "true", "-o", "none")
    disk_id = armlet("disk", "show", "-g", GROUP, "-n", "data1", "--query", "id", "-o", "tsv")
    link = sign_in_link()
    base = link.split("/portal/")[0]

    driver = browser()
    try:
        driver.get(base + "/portal/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/" + GROUP)
        check(driver.current_url.endswith("/portal/signin") and "not signed in" in driver.page_source,
              "without signing in, a portal page redirects to the sign-in page")
        check(GROUP not in driver.find_element(By.TAG_NAME, "main").text, "the refused page shows no resources")
        shot(driver, "00-refused-without-sign-in")

        driver.get(link)
        check(driver.find_element(By.TAG_NAME, "h1").text == "Subscriptions", "the sign-in link opens the portal")
        shot(driver, "01-subscriptions")
        click_link(driver, "Armlet Local Subscription")
        shot(driver, "02-resource-groups")
        click_link(driver, GROUP)
        check(driver.find_element(By.TAG_NAME, "h1").text == GROUP, "the group's page is reachable by links")
        watch_progress(driver, "snap-cli", "03-group-snapshot-copying", "04-group-snapshot-copied")

        # 8 MiB more, so the next incremental snapshot has changed pages to copy.
        write_disk(8, 8)
        click_link(driver, "data1")
        main_text = driver.find_element(By.TAG_NAME, "main").text
        check("PremiumV2_LRS" in main_text and "4096" in main_text and "Unique ID" in main_text,
              "the disk's overview shows its SKU, sector size and uniqueId")
        check("snap-cli" in driver.find_element(By.ID, "snapshots").text, "the disk lists its incremental snapshot")
        shot(driver, "05-disk")

        click_link(driver, "Create snapshot")
        driver.find_element(By.ID, "name").send_keys("snap-portal")
        driver.find_element(By.CSS_SELECTOR, "input[name=type][value=Incremental]").click()
        check(Select(driver.find_element(By.ID, "resourceGroup")).first_selected_option.text == GROUP,
              "the form preselects the disk's resource group")
        check(Select(driver.find_element(By.ID, "sourceDisk")).first_selected_option.text == "data1",
              "the form preselects the source disk")
        shot(driver, "06-create-snapshot-basics")
        # Keyboard: the arrow keys move between the tabs.
        driver.find_element(By.ID, "tab-basics").send_keys(Keys.ARROW_RIGHT)
        check(driver.switch_to.active_element.get_attribute("id") == "tab-encryption"
              and driver.find_element(By.ID, "tab-encryption").get_attribute("aria-selected") == "true",
              "ArrowRight moves to and selects the Encryption tab")
        driver.find_element(By.ID, "tab-tags").click()
        check(not driver.find_element(By.ID, "panel-tags").get_attribute("hidden")
              and driver.find_element(By.ID, "panel-basics").get_attribute("hidden"), "the Tags tab shows its panel only")
        driver.find_element(By.ID, "tag-name-1").send_keys("env")
        driver.find_element(By.ID, "tag-value-1").send_keys("portal")
        shot(driver, "07-create-snapshot-tags")
        press(driver, "button[value=review]")
        review = driver.find_element(By.TAG_NAME, "main").text
        check("Incremental" in review and "env: portal" in review and "Validation passed" in review,
              "Review + create validates and summarises the snapshot")
        shot(driver, "08-review-create")
        press(driver, "#create")
        check(driver.find_element(By.TAG_NAME, "h1").text == "snap-portal", "Create opens the new snapshot's page")
        watch_progress(driver, "snap-portal", "09-snapshot-copying", "10-snapshot-copied")
        created = armlet("snapshot", "show", "-g", GROUP, "-n", "snap-portal", "--query",
                         "[incremental, creationData.sourceResourceId, tags.env]", "-o", "tsv").split()
        check(created == ["true", disk_id, "portal"], f"the CLI sees the portal's incremental snapshot of the disk ({created})")

        click_link(driver, "Copy snapshot")
        name = driver.find_element(By.ID, "name")
        name.clear()
        name.send_keys("snap-portal-eastus")
        Select(driver.find_element(By.ID, "region")).select_by_value("eastus")
        driver.find_element(By.CSS_SELECTOR, "input[name=type][value=Incremental]").click()
        shot(driver, "11-copy-snapshot")
        press(driver, "button.primary")
        main_text = driver.find_element(By.TAG_NAME, "main").text
        check(driver.find_element(By.TAG_NAME, "h1").text == "snap-portal-eastus" and "eastus" in main_text
              and "CopyStart" in main_text, "Copy snapshot starts a CopyStart copy in eastus")
        shot(driver, "12-copied-snapshot")

        click_link(driver, GROUP)
        click_link(driver, "Deploy a custom template")
        driver.find_element(By.ID, "template-file").send_keys(str(SEED_TEMPLATE))
        WebDriverWait(driver, 10).until(lambda d: "2022-03-22" in d.find_element(By.ID, "template").get_property("value"))
        press(driver, "button[value=load]")
        parameter = driver.find_element(By.CSS_SELECTOR, "input[name='param.diskResourceId']")
        parameter.clear()
        parameter.send_keys(disk_id)
        deployment = driver.find_element(By.ID, "deploymentName")
        deployment.clear()
        deployment.send_keys("seed-snapshot")
        press(driver, "button[value=validate]")
        outcome = driver.find_element(By.ID, "outcome").text
        check("NoRegisteredProviderFound" in outcome and "2022-03-22" in outcome and "Did you mean '2022-03-02'?" in outcome,
              "Validate shows NoRegisteredProviderFound for 2022-03-22 with the suggestion")
        check("Template line 19, column 5" in outcome and '"apiVersion": "2022-03-22",' in outcome,
              "the error names its template line and quotes it")
        shot(driver, "13-validate-error-at-line")

        driver.execute_script("var t = document.getElementById('template'); t.value = t.value.replace('2022-03-22', '2022-03-02');")
        press(driver, "button[value=whatif]")
        creates = driver.find_elements(By.CSS_SELECTOR, ".whatif .changes > li.wi-create")
        check(len(creates) == 1 and "Microsoft.Compute/snapshots/contosodisk1_snapshot1" in creates[0].text,
              "What-if shows the snapshot to create")
        colour = creates[0].find_element(By.CSS_SELECTOR, ".sym").value_of_css_property("color")
        check(colour in ("rgba(16, 124, 16, 1)", "rgb(16, 124, 16)"), f"the create line is green ({colour})")
        shot(driver, "14-what-if")
        press(driver, "button[value=lint]")
        check("use-recent-api-versions" in driver.find_element(By.ID, "lint").text, "Lint lists the template's findings")
        shot(driver, "15-lint")
        press(driver, "button[value=create]")
        check(driver.find_element(By.TAG_NAME, "h1").text == "seed-snapshot"
              and "Succeeded" in driver.find_element(By.CSS_SELECTOR, "dl.overview").text,
              "Create deploys the template and opens the deployment")
        check("contosodisk1_snapshot1" in driver.find_element(By.ID, "operations").text,
              "the deployment lists its operation")
        shot(driver, "16-deployment")
        click_link(driver, f"Deployment history of {GROUP}")
        check("seed-snapshot" in driver.find_element(By.ID, "deployments").text, "the group's history lists the deployment")
        shot(driver, "17-group-history")
    except BaseException:
        # What the browser showed when the scenario stopped, for the log and the output folder.
        driver.save_screenshot(str(OUTPUT / "failure.png"))
        (OUTPUT / "failure.html").write_text(driver.page_source)
        print(f"stopped at {driver.current_url}; see {OUTPUT}/failure.png", file=sys.stderr)
        raise
    finally:
        driver.quit()
    print(f"portal browser scenario: {checks} checks passed in {time.monotonic() - STARTED:.1f} s; "
          f"screenshots in {OUTPUT}")


if __name__ == "__main__":
    main()
