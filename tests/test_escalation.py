"""Escalation beyond the reply: operator events, the safety plan, conversation-aware levels, `companion guard`."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from companion.config import load_settings
from companion.pipeline import Pipeline
from guardrails.crisis.events import read_log
from tests.conftest import run_cli


class _Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def hook_server():
    _Hook.received = []
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/events", _Hook.received
    server.shutdown()


def _wait_for(items, n=1, timeout=10.0):
    import time

    deadline = time.time() + timeout
    while len(items) < n and time.time() < deadline:
        time.sleep(0.05)
    return items


def test_webhook_gets_a_minimal_event_and_the_log_keeps_it(tmp_path, retriever, hook_server, monkeypatch):
    url, received = hook_server
    settings = load_settings(env={"COMPANION_DATA_DIR": str(tmp_path), "COMPANION_ESCALATION_WEBHOOK": url})
    pipeline = Pipeline(settings, retriever=retriever)
    pipeline.turn("I want to end my life", "hooked")
    event = _wait_for(received)[0]
    assert event["level"] == "high" and event["session"] == "hooked" and event["time"]
    assert "text" not in event and "end my life" not in json.dumps(event)
    logged = read_log(tmp_path)
    assert len(logged) == 1 and logged[0]["session"] == "hooked" and "text" not in logged[0]
    pipeline.turn("i have the pills here", "hooked")  # means after ideation
    assert [e["level"] for e in read_log(tmp_path)] == ["high", "imminent"]  # appended, earlier line intact
    monkeypatch.setenv("COMPANION_ESCALATION_INCLUDE_TEXT", "1")
    pipeline.turn("I want to kill myself", "hooked-2")
    assert _wait_for(received, 3)[-1]["text"] == "I want to kill myself"
    assert "kill myself" not in (tmp_path / "escalations.jsonl").read_text()  # the log on disk never holds it


def test_a_dead_webhook_never_breaks_the_turn(tmp_path, retriever):
    settings = load_settings(env={"COMPANION_DATA_DIR": str(tmp_path), "COMPANION_ESCALATION_WEBHOOK": "http://127.0.0.1:9/x"})
    reply = Pipeline(settings, retriever=retriever).turn("I want to die", "dead-hook")
    assert reply.crisis.level == "high" and reply.resources
    assert read_log(tmp_path)


def test_benign_turns_are_not_logged(tmp_path, retriever):
    Pipeline(load_settings(env={"COMPANION_DATA_DIR": str(tmp_path)}), retriever=retriever).turn("work was hard", "calm")
    assert read_log(tmp_path) == []


def test_safety_plan_is_built_saved_and_shown_again(sealed_settings, retriever):
    settings = sealed_settings
    pipeline = Pipeline(settings, retriever=retriever, seed=7)
    pipeline.turn("I don't want to be alive anymore", "plan")
    started = pipeline.turn("yes, let's make a safety plan", "plan")
    assert "safety_plan:started" in started.flags and "Step 1" in started.reply and started.resources
    answers = ["when I stop replying to friends", "hot shower and loud music", "skip",
               "my sister Ana 555-0101", "Dr Okafor at the clinic", "ask Ana to keep my meds"]
    for answer in answers:
        reply = pipeline.turn(answer, "plan")
        assert not any(f.startswith("practice") for f in reply.flags)
    assert "safety_plan:saved" in reply.flags
    assert "my sister Ana 555-0101" in reply.reply and "(not filled in yet)" in reply.reply
    shown = pipeline.turn("/safety-plan", "plan")
    assert "hot shower and loud music" in shown.reply
    env = {"COMPANION_DATA_DIR": str(settings.data_dir), "COMPANION_PASSPHRASE": settings.passphrase.get_secret_value()}
    out = run_cli("safety-plan", "--session", "plan", "--json", env=env)
    assert out.returncode == 0 and json.loads(out.stdout)["step6"] == "ask Ana to keep my meds"
    assert run_cli("safety-plan", "--session", "nobody", env=env).returncode == 2
    # The plan is sealed: a wrong passphrase reads nothing, and no line of it is on disk in plain text.
    wrong = run_cli("safety-plan", "--session", "plan", env={**env, "COMPANION_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 2 and b"passphrase" in wrong.stderr and b"Ana" not in wrong.stdout
    assert not [p for p in settings.data_dir.rglob("*") if p.is_file() and b"hot shower" in p.read_bytes()]


def test_means_after_ideation_across_turns_is_imminent(pipeline):
    assert pipeline.turn("I keep thinking I want to die", "x").crisis.level == "high"
    later = pipeline.turn("I've got a rope in the garage", "x")
    assert later.crisis.level == "imminent" and later.resources


def test_signals_spread_over_turns_accumulate(pipeline):
    levels = [pipeline.turn(t, "acc").crisis.level for t in
              ("what's the point of anything", "I feel like such a burden", "nothing will ever get better")]
    assert levels == ["concern", "concern", "high"]


def test_third_party_risk_does_not_put_the_writer_in_safety_mode(pipeline):
    reply = pipeline.turn("my best friend told me she wants to kill herself", "helper")
    assert reply.crisis.subject == "other" and reply.resources
    nxt = pipeline.turn("I don't know how to bring it up with her", "helper")
    assert "safety_mode" not in nxt.flags


def test_guard_cli_screens_both_roles_and_long_posts(tmp_path):
    long_post = ("I've been struggling with work and my relationship for months. " * 330) + "Honestly I want to kill myself."
    lines = [{"id": 1, "text": "kms", "role": "user"}, {"id": "b", "text": "this exam is killing me"},
             {"id": 3, "text": "my son is cutting himself", "role": "user"},
             {"id": 4, "text": "I'm here to listen.", "role": "assistant"},
             {"id": 5, "text": long_post, "role": "user"}]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(l) for l in lines) + '\n{"id": 6, "text": "x", "role": "robot"}\n')
    out = run_cli("guard", "--jsonl", str(path))
    assert out.returncode == 2 and b"line 6" in out.stderr
    results = {r["id"]: r for r in map(json.loads, out.stdout.decode().splitlines())}
    assert len(long_post) > 20_000
    assert results[1]["crisis"] == {"level": "high", "subject": "self", "signals": ["active_ideation"]}
    assert results["b"]["crisis"]["level"] == "none"
    assert results[3]["crisis"]["subject"] == "other"
    assert results[4]["crisis"]["level"] == "none"
    assert results[5]["crisis"]["level"] == "high"
    assert all(r["manipulation"] == {"flagged": False, "categories": []} for r in results.values())
