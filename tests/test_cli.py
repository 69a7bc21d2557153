"""The `companion` command's contract, run as a separate process the way other tools call it."""

import json

import pytest

from tests.conftest import run_cli

CONTRACT_KEYS = {"reply", "mode", "crisis", "resources", "sources", "flags", "notice"}


def check_contract(obj):
    assert CONTRACT_KEYS <= obj.keys()
    assert isinstance(obj["reply"], str) and obj["reply"]
    assert obj["mode"] in {"guided", "llm"}
    assert obj["crisis"]["level"] in {"none", "concern", "high", "imminent"}
    assert obj["crisis"]["subject"] in {"self", "other", None}
    assert set(obj["crisis"]) == {"level", "subject"}
    for r in obj["resources"]:
        assert set(r) == {"name", "contact"}
    for s in obj["sources"]:
        assert set(s) == {"id", "title", "citation"}
    assert all(isinstance(f, str) for f in obj["flags"])
    assert obj["notice"] is None or isinstance(obj["notice"], str)


def test_once_json_prints_one_contract_object():
    out = run_cli("chat", "--once", "I feel like I let my whole team down today.", "--json")
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    check_contract(obj)
    assert set(obj) == CONTRACT_KEYS
    assert obj["mode"] == "guided" and obj["sources"]


def test_session_continues_across_processes():
    assert run_cli("chat", "--once", "/practice evening-reflection", "--session", "cli-1", "--json").returncode == 0
    second = json.loads(run_cli("chat", "--once", "the commute", "--session", "cli-1", "--json").stdout)
    assert "practice:evening-reflection" in second["flags"] and "the commute" in second["reply"]


def test_unknown_session_starts_fresh_and_malformed_id_is_refused():
    fresh = run_cli("chat", "--once", "hello", "--session", "never-seen-before", "--json")
    assert fresh.returncode == 0 and json.loads(fresh.stdout)["reply"]
    bad = run_cli("chat", "--once", "hello", "--session", "../etc/passwd", "--json")
    assert bad.returncode == 2 and bad.stdout == b"" and b"session id" in bad.stderr


def test_jsonl_answers_every_line_with_its_id_in_one_process(tmp_path):
    lines = [
        {"id": "a", "text": "I messed up at work again.", "session": "j"},
        {"id": 2, "text": "I want to die"},
        "not json",
        {"id": "empty", "text": "   "},
        {"id": "c", "text": "My partner and I keep arguing about money."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n")
    with path.open("ab") as fh:
        fh.write(b'{"id": "latin", "text": "caf\xe9"}\n')
    out = run_cli("chat", "--jsonl", str(path))
    assert out.returncode == 2  # some lines failed ...
    objs = [json.loads(l) for l in out.stdout.decode().splitlines()]
    assert [o["id"] for o in objs] == ["a", 2, "c"]  # ... and every good line was still answered, in order
    for o in objs:
        check_contract(o)
    assert objs[1]["crisis"]["level"] == "high" and objs[1]["resources"]
    err = out.stderr.decode()
    assert "line 3" in err and "line 4" in err and "empty" in err and "line 6" in err and "UTF-8" in err


@pytest.mark.parametrize("args, message", [
    (["chat", "--once", "", "--json"], b"empty"),
    (["chat", "--once", "   \n ", "--json"], b"empty"),
    (["chat", "--once", "x" * 100_000, "--json"], b"limit"),
    (["chat", "--once", b"caf\xe9 \xff", "--json"], b"UTF-8"),
])
def test_bad_input_is_a_clear_error_on_stderr(args, message):
    out = run_cli(*args)
    assert out.returncode == 2
    assert out.stdout == b""
    assert message in out.stderr and b"Traceback" not in out.stderr


def test_stdin_message_with_bad_encoding():
    out = run_cli("chat", "--once", "-", "--json", input=b"\xff\xfe\xfa broken")
    assert out.returncode == 2 and b"UTF-8" in out.stderr


def test_broken_config_is_a_clear_error(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("locale = [unclosed")
    out = run_cli("chat", "--once", "hi", "--json", env={"COMPANION_CONFIG": str(cfg)})
    assert out.returncode == 2 and b"not valid TOML" in out.stderr
    cfg.write_text('surprise = "key"')
    out = run_cli("chat", "--once", "hi", "--json", env={"COMPANION_CONFIG": str(cfg)})
    assert out.returncode == 2 and b"surprise" in out.stderr


def test_ingest_command_and_rerun_is_a_no_op(tmp_path):
    doc = tmp_path / "notes.md"
    doc.write_text("When I panic I name five things I can see.")
    locked = run_cli("ingest", str(doc), "--json", "--quiet")
    assert locked.returncode == 2 and b"passphrase is needed" in locked.stderr
    env = {"COMPANION_PASSPHRASE": "ingest passphrase"}
    first = run_cli("ingest", str(doc), "--json", "--quiet", env=env)
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)["added"]) == 1
    again = json.loads(run_cli("ingest", str(doc), "--json", "--quiet", env=env).stdout)
    assert again["added"] == [] and len(again["unchanged"]) == 1
    missing = run_cli("ingest", str(tmp_path / "nope.md"), env=env)
    assert missing.returncode == 2 and b"no such file" in missing.stderr


def test_practices_and_eval_retrieval_commands():
    out = run_cli("practices")
    assert out.returncode == 0 and b"self-compassion-break" in out.stdout
    ev = run_cli("eval", "retrieval", "--json")
    assert ev.returncode == 0, ev.stderr
    result = json.loads(ev.stdout)
    assert result["n"] >= 40 and result["recall"] >= 0.9


def test_interactive_chat_reads_until_quit():
    out = run_cli("chat", "--session", "tty", input=b"I had an awful day\n/quit\n")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert "Sources:" in text and "companion chat --session tty" in text
