"""The app in a real browser: Playwright driving Debian's Chromium (installed by scripts/install.sh --test)
against `python app.py` on loopback. Screenshots go to test-artifacts/ (kept by CI as artefacts)."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(tmp: Path, extra: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "COMPANION_DATA_DIR": str(tmp / "data"), **extra}
    log = (tmp / "app.log").open("wb")
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError((tmp / "app.log").read_text())
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("the app did not start in 180 s:\n" + (tmp / "app.log").read_text())


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("app")
    proc, url = _serve(tmp, {"COMPANION_PASSPHRASE": "browser test passphrase"})
    yield url
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `bash scripts/install.sh --test`"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1200, "height": 1000})
    outside: list[str] = []
    context.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    assert outside == [], f"the page made outside requests: {outside[:5]}"


def _send(page, text: str) -> None:
    page.locator("#message textarea").fill(text)
    page.locator("#send").click()


def test_a_chat_turn_shows_the_reply_and_expandable_citations(app_url, page):
    page.goto(app_url, wait_until="load")
    assert page.locator("#resources-always").inner_text().count("988")  # always visible
    _send(page, "I keep replaying a mistake I made at work and calling myself stupid.")
    citation = page.locator("#sources details.citation").first
    citation.wait_for()
    bot = page.locator("#chat .message.bot, #chat [data-testid='bot']").last
    assert "?" in bot.inner_text()
    citation.locator("summary").click()
    assert citation.locator("p").inner_text().strip()  # the cited document and section
    assert not page.locator("#crisis").is_visible()
    assert page.locator("#chat button[aria-label*='share' i], #chat button[title*='share' i]").count() == 0
    # Keyboard only: type, Tab to Send, Enter (the reply count grows); every visible control has a label.
    before = page.locator("#chat .message.bot, #chat [data-testid='bot']").count()
    page.locator("#message textarea").focus()
    page.keyboard.type("Thank you, that helps a little.")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "send"
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('#chat .message.bot, #chat [data-testid=\"bot\"]').length > {before}")
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('textarea, input:not([type=hidden]), button')]
        .filter(e => e.offsetParent !== null)
        .filter(e => !(e.getAttribute('aria-label') || e.labels?.length || e.innerText.trim() || e.title))
        .map(e => e.outerHTML.slice(0, 120))""")
    assert unlabelled == [], unlabelled


def test_a_crisis_turn_shows_the_resources_banner(app_url, page):
    page.goto(app_url, wait_until="load")
    _send(page, "I want to end my life")
    banner = page.locator("#crisis")
    banner.wait_for(state="visible")
    assert "988" in banner.inner_text() or "116 123" in banner.inner_text()


def test_a_practice_is_one_click_away(app_url, page):
    page.goto(app_url, wait_until="load")
    page.locator("#practice-soothing-breathing").click()
    page.locator("#sources details.citation").first.wait_for()
    assert "stop" in page.locator("#chat").inner_text().lower()


def test_journal_round_trip(app_url, page):
    page.goto(app_url, wait_until="load")
    page.get_by_role("tab", name="Journal").click()
    page.locator("#journal-text textarea").fill("I snapped at my sister about nothing and I feel like a terrible person.")
    page.locator("#journal-reflect").click()
    reflection = page.locator("#journal-reflection")
    page.wait_for_function("document.querySelector('#journal-reflection').innerText.includes('?')")
    assert reflection.inner_text().count("?") == 1
    page.locator("#journal-sources details.citation").first.wait_for()
    history = page.locator("#journal-history")
    page.wait_for_function("document.querySelector('#journal-history').innerText.includes('snapped at my sister')")
    # Search finds it; then delete it by id.
    page.locator("#journal-search textarea, #journal-search input").first.fill("sister")
    page.locator("#journal-search-go").click()
    page.wait_for_function("document.querySelector('#journal-status').innerText.includes('1 entry')")
    entry_id = re.search(r"\b[0-9a-f]{32}\b", history.inner_text()).group(0)
    page.locator("#journal-id textarea, #journal-id input").first.fill(entry_id)
    page.locator("#journal-show").click()
    page.wait_for_function("document.querySelector('#journal-shown').innerText.includes('terrible person')")
    page.locator("#journal-delete").click()
    page.wait_for_function("!document.querySelector('#journal-history').innerText.includes('snapped at my sister')")
    # Insights draw from the journal.
    page.locator("#journal-text textarea").fill("A calmer day; a long walk helped.")
    page.locator("#journal-save").click()
    page.wait_for_function("document.querySelector('#journal-history').innerText.includes('long walk')")
    page.get_by_role("tab", name="Insights").click()
    page.locator("#insights-refresh").click()
    page.locator("#plot-mood img").wait_for()
    page.wait_for_function("document.querySelector('#insights-summary').innerText.includes('Week of')")


def test_an_evaluation_upload_scores_every_line(app_url, page, tmp_path):
    lines = [{"id": "a", "message": "My dog died yesterday.", "response": "Everything happens for a reason! Stay positive!"},
             {"id": "b", "message": "My dog died yesterday.",
              "response": "Losing him yesterday sounds so raw. It makes sense that it hurts. What do you need most tonight?"}]
    upload = tmp_path / "pairs.jsonl"
    upload.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    page.goto(app_url, wait_until="load")
    page.get_by_role("tab", name="Evaluate").click()
    page.locator("#eval-upload input[type=file]").set_input_files(str(upload))
    page.locator("#eval-run").click()
    page.wait_for_function("document.querySelector('#eval-summary').innerText.includes('2 replies scored')")
    assert "line 3" in page.locator("#eval-summary").inner_text()
    table = page.locator("#eval-table").inner_text()
    assert "a" in table and "b" in table
    page.locator("#eval-report iframe").wait_for()
    page.locator("#eval-downloads").get_by_text("report.html").wait_for()


def test_settings_export_delete_everything_and_import_back(app_url, page, tmp_path):
    page.goto(app_url, wait_until="load")
    page.get_by_role("tab", name="Journal").click()
    page.locator("#journal-text textarea").fill("An entry to carry across: the quiet after the storm.")
    page.locator("#journal-save").click()
    page.wait_for_function("document.querySelector('#journal-history').innerText.includes('quiet after the storm')")
    page.get_by_role("tab", name="Settings").click()
    page.wait_for_function("document.querySelector('#lock-state').innerText.includes('unlocked')")
    with page.expect_download() as download:
        page.locator("#export").click()
        page.locator("#export-file a").first.click()
    exported = tmp_path / "export.json"
    download.value.save_as(exported)
    assert "quiet after the storm" in exported.read_text()
    page.locator("#delete-confirm textarea, #delete-confirm input").first.fill("DELETE")
    page.locator("#delete-all").click()
    page.wait_for_function("(document.querySelector('#delete-confirm textarea, #delete-confirm input') || {}).value === ''")
    page.get_by_role("tab", name="Journal").click()
    page.wait_for_function("document.querySelector('#journal-status').innerText.includes('0 entries')")
    page.get_by_role("tab", name="Settings").click()
    page.locator("#import-file input[type=file]").set_input_files(str(exported))
    page.locator("#import").click()
    page.wait_for_function("document.querySelector('#data-status').innerText.includes('Imported')")
    assert "Imported" in page.locator("#data-status").inner_text()
    notes = tmp_path / "notes.md"
    notes.write_text("When evenings get long, I call my sister and go for a slow walk.")
    page.locator("#ingest-files input[type=file]").set_input_files(str(notes))
    page.locator("#ingest").click()
    page.wait_for_function("document.querySelector('#data-status').innerText.includes('Added 1')")
    page.get_by_role("tab", name="Journal").click()
    page.wait_for_function("document.querySelector('#journal-history').innerText.includes('quiet after the storm')")


def _explain(opened: list, log: Path) -> str:
    """What the open pages showed when a multi-user step failed: their status lines and console, a screenshot
    each in test-artifacts/, and the end of the server's log."""
    ARTIFACTS.mkdir(exist_ok=True)
    parts = []
    for n, (pg, console) in enumerate(opened):
        if pg.is_closed():
            continue
        pg.screenshot(path=str(ARTIFACTS / f"multi_user_failure_{n}.png"), full_page=True)
        shown = pg.evaluate("""() => Object.fromEntries(['#journal-status', '#lock-state', '#journal-history']
            .map(s => [s, document.querySelector(s)?.innerText.slice(0, 300) ?? null]))""")
        parts.append(f"page {n}: {shown}\nconsole: {console[-15:]}")
    return "\n".join(parts) + "\nserver log (end):\n" + log.read_text(errors="replace")[-3000:]


def test_multi_user_sign_in_keeps_people_apart(tmp_path_factory, browser):
    from companion.ui.context import add_user

    tmp = tmp_path_factory.mktemp("multi")
    auth = tmp / "users"
    add_user(auth, "ana", "ana password 1")
    add_user(auth, "ben", "ben password 1")
    proc, url = _serve(tmp, {"COMPANION_AUTH_FILE": str(auth)})
    opened: list = []  # (page, its console lines), kept to explain a failure
    try:
        def signed_in(name: str, password: str):
            context = browser.new_context()
            pg = context.new_page()
            console: list[str] = []
            pg.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
            opened.append((pg, console))
            pg.set_default_timeout(60_000)
            pg.goto(url, wait_until="load")
            pg.get_by_label("username").fill(name)
            pg.get_by_label("password").fill(password)
            pg.get_by_role("button", name="Login").click()
            pg.get_by_role("tab", name="Settings").wait_for()
            return context, pg

        context, ana = signed_in("ana", "ana password 1")
        ana.get_by_role("tab", name="Journal").click()
        ana.locator("#journal-text textarea").fill("Ana's own entry")
        ana.locator("#journal-save").click()
        ana.wait_for_function("document.querySelector('#journal-status').innerText.includes('locked')")
        ana.get_by_role("tab", name="Settings").click()
        ana.locator("#passphrase input").fill("ana's own passphrase")
        ana.locator("#unlock").click()
        ana.wait_for_function("document.querySelector('#lock-state').innerText.includes('unlocked')")
        ana.get_by_role("tab", name="Journal").click()
        ana.locator("#journal-text textarea").fill("Ana's own entry")
        ana.locator("#journal-save").click()
        ana.wait_for_function("document.querySelector('#journal-history').innerText.includes(\"Ana's own entry\")")
        ARTIFACTS.mkdir(exist_ok=True)
        ana.screenshot(path=str(ARTIFACTS / "multi_user_ana.png"), full_page=True)
        context.close()
        context, ben = signed_in("ben", "ben password 1")
        ben.get_by_role("tab", name="Settings").click()
        ben.locator("#passphrase input").fill("ben's own passphrase")
        ben.locator("#unlock").click()
        ben.wait_for_function("document.querySelector('#lock-state').innerText.includes('unlocked for `ben`') || "
                              "document.querySelector('#lock-state').innerText.includes('unlocked for ben')")
        ben.get_by_role("tab", name="Journal").click()
        ben.wait_for_function("document.querySelector('#journal-status').innerText.includes('0 entries')")
        assert "Ana's own entry" not in ben.locator("#journal-history").inner_text()
        context.close()
        bad = browser.new_context().new_page()
        bad.goto(url, wait_until="load")
        bad.get_by_label("username").fill("ana")
        bad.get_by_label("password").fill("wrong password")
        bad.get_by_role("button", name="Login").click()
        bad.get_by_text("Incorrect", exact=False).first.wait_for(timeout=30_000)
    except Exception as exc:
        raise AssertionError(_explain(opened, tmp / "app.log")) from exc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_measurements_guard_screen_and_a_chosen_locale(app_url, page, tmp_path):
    page.goto(app_url, wait_until="load")
    page.get_by_role("tab", name="Evaluate").click()
    page.get_by_text("Measurements (as").click()
    page.locator("#measure-which input").click()
    page.get_by_role("option", name="self-criticism index").click()
    page.locator("#measure-run").click()
    page.wait_for_function("document.querySelector('#measure-result').innerText.includes('spearman')")
    lines = tmp_path / "guard.jsonl"
    lines.write_text(json.dumps({"id": "a", "text": "I want to end my life", "role": "user"}) + "\n" +
                     json.dumps({"id": "b", "text": "Lunch was nice", "role": "user"}) + "\n")
    page.get_by_text("Screen messages with the guardrails").click()
    page.locator("#guard-upload input[type=file]").set_input_files(str(lines))
    page.locator("#guard-run").click()
    page.wait_for_function("document.querySelector('#guard-result textarea').value.includes('\"id\":\"b\"')")
    screened = [json.loads(x) for x in page.locator("#guard-result textarea").input_value().splitlines()]
    assert screened[0]["crisis"]["level"] in ("high", "imminent") and screened[1]["crisis"]["level"] == "none"
    page.get_by_role("tab", name="Settings").click()
    page.locator("#locale input").click()
    page.get_by_role("option", name="en_GB").click()
    page.wait_for_function("document.querySelector('#choice-state').innerText.includes('en_GB')")
    page.get_by_role("tab", name="Chat").click()
    _send(page, "I don't want to be alive anymore")
    page.locator("#crisis").wait_for(state="visible")
    assert "116 123" in page.locator("#crisis").inner_text()
