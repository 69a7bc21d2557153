"""The journal: sealed at rest, round-trips, a wrong passphrase, rotation, export/import, delete, PostgreSQL,
two writers at once, and a writer killed mid-way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from companion import db
from companion.config import load_settings
from companion.errors import CompanionError, InputError
from companion.journal import Journal, NotFound
from companion.vault import WrongPassphrase
from tests.conftest import PASSPHRASE, run_cli

MARK = "zebracorn-velvet"  # a string that appears nowhere else, to look for on disk


def _env(data_dir: Path, passphrase: str = PASSPHRASE, **more: str) -> dict[str, str]:
    return {"COMPANION_DATA_DIR": str(data_dir), "COMPANION_PASSPHRASE": passphrase, **more}


def _cli_json(*args: str, env: dict[str, str], input: bytes | None = None):
    out = run_cli(*args, env=env, input=input)
    assert out.returncode == 0, out.stderr.decode()
    return json.loads(out.stdout)


def _plaintext_files(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_cli_round_trip_and_nothing_in_plain_text(tmp_path):
    env = _env(tmp_path / "data")
    added = _cli_json("journal", "add", "--text", f"Walked by the quillwort pond, {MARK}, and felt calmer.", "--mood", "6",
                      "--json", env=env)
    assert set(added) >= {"id"} and added["crisis"] == "none"
    listed = _cli_json("journal", "list", "--json", env=env)
    assert [e["id"] for e in listed] == [added["id"]] and listed[0]["mood"] == 6
    shown = _cli_json("journal", "show", added["id"], "--json", env=env)
    assert MARK in shown["text"] and shown["analysis"]["emotions"] is not None
    reflected = _cli_json("journal", "reflect", added["id"], "--json", env=env)
    assert reflected["reply"] and reflected["sources"] and reflected["reply"].count("?") == 1
    assert {"id", "title", "citation"} <= set(reflected["sources"][0])
    # A chat with the same passphrase keeps its transcript, sealed too.
    chat = run_cli("chat", "--once", f"I keep thinking about {MARK}", "--session", "s1", "--json", env=env)
    assert chat.returncode == 0, chat.stderr.decode()
    assert _plaintext_files(tmp_path / "data", MARK) == []
    assert _plaintext_files(tmp_path / "data", "quillwort") == []


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(tmp_path):
    env = _env(tmp_path / "data")
    entry = _cli_json("journal", "add", "--text", "first entry", "--json", env=env)
    before = _cli_json("journal", "export", env=env)
    for args in (("journal", "list", "--json"), ("journal", "add", "--text", "sneaky", "--json"),
                 ("journal", "delete", entry["id"], "--yes"), ("journal", "delete", "--all", "--yes")):
        out = run_cli(*args, env=_env(tmp_path / "data", "not the right one"))
        assert out.returncode == 2 and b"passphrase does not open" in out.stderr, out.stderr
    assert _cli_json("journal", "export", env=env) == before
    missing = run_cli("journal", "list", env={"COMPANION_DATA_DIR": str(tmp_path / "data")})
    assert missing.returncode == 2 and b"passphrase is needed" in missing.stderr


def test_rotation_reseals_everything(sealed_settings, retriever):
    from companion.pipeline import Pipeline

    journal = Journal.open(sealed_settings)
    entry = journal.add("The exam went badly and I keep replaying it.", mood=3)
    pipeline = Pipeline(sealed_settings, retriever=retriever, vault=journal.vault)
    pipeline.turn("I can't stop replaying the exam", "talk")
    resealed = journal.rotate("a brand new passphrase")
    assert resealed >= 4  # the entry body, the session, and both transcript lines
    with pytest.raises(WrongPassphrase):
        Journal.open(sealed_settings)
    reopened = Journal.open(sealed_settings, "a brand new passphrase")
    assert reopened.get(entry.id).text == entry.text
    rotated = Pipeline(sealed_settings.model_copy(update={"passphrase": None}), retriever=retriever, vault=reopened.vault)
    assert [m["text"] for m in rotated.store.transcript("talk")][0] == "I can't stop replaying the exam"
    with pytest.raises(CompanionError, match="at least 8"):  # too short: refused before anything changes
        reopened.rotate("short")
    assert Journal.open(sealed_settings, "a brand new passphrase").get(entry.id).mood == 3


def test_export_import_round_trip_into_a_new_journal(tmp_path):
    source = _env(tmp_path / "a")
    for i in range(3):
        _cli_json("journal", "add", "--text", f"entry number {i} about work", "--mood", str(i + 3), "--json", env=source)
    exported = run_cli("journal", "export", "--format", "json", env=source)
    markdown = run_cli("journal", "export", "--format", "markdown", env=source).stdout.decode()
    assert "entry number 2 about work" in markdown and "mood 5/10" in markdown
    dump = tmp_path / "export.json"
    dump.write_bytes(exported.stdout)
    target = _env(tmp_path / "b", "another passphrase")
    assert _cli_json("journal", "import", str(dump), env=target) == {"added": 3, "skipped": 0}
    assert _cli_json("journal", "import", str(dump), env=target) == {"added": 0, "skipped": 3}
    a, b = json.loads(exported.stdout), _cli_json("journal", "export", env=target)
    assert a["entries"] == b["entries"]
    for bad, message in ((b"\xff\xfe not utf-8", b"not UTF-8"), (b"{nope", b"not JSON"), (b'{"a": 1}', b"not a companion")):
        (tmp_path / "bad.json").write_bytes(bad)
        out = run_cli("journal", "import", str(tmp_path / "bad.json"), env=target)
        assert out.returncode == 2 and message in out.stderr
    assert len(_cli_json("journal", "list", "--json", env=target)) == 3


def test_delete_one_and_all(tmp_path):
    env = _env(tmp_path / "data")
    ids = [_cli_json("journal", "add", "--text", f"note {i}", "--json", env=env)["id"] for i in range(3)]
    refused = run_cli("journal", "delete", ids[0], env=env)
    assert refused.returncode == 2 and b"--yes" in refused.stderr
    assert _cli_json("journal", "delete", ids[0], "--yes", env=env) == {"deleted": 1}
    assert [e["id"] for e in _cli_json("journal", "list", "--json", env=env)] == ids[1:]
    gone = run_cli("journal", "show", ids[0], env=env)
    assert gone.returncode == 2 and b"no journal entry" in gone.stderr
    assert _cli_json("journal", "delete", "--all", "--yes", env=env) == {"deleted": 2}
    assert _cli_json("journal", "list", "--json", env=env) == []
    assert _cli_json("journal", "add", "--text", "after", "--json", env=env)["id"]  # the passphrase still works


def test_bad_entries_are_refused_and_nothing_is_saved(sealed_settings):
    journal = Journal.open(sealed_settings)
    for text in ("", "   ", "x" * (sealed_settings.max_entry_chars + 1)):
        with pytest.raises(InputError):
            journal.add(text)
    with pytest.raises(InputError):
        journal.add("fine", mood=11)
    assert journal.entries() == []
    out = run_cli("journal", "add", "--text", "-", input=b"caf\xe9", env=_env(sealed_settings.data_dir))
    assert out.returncode == 2 and b"not valid UTF-8" in out.stderr
    huge = run_cli("journal", "add", "--text", "-", input=b"word " * 60_000, env=_env(sealed_settings.data_dir))
    assert huge.returncode == 2 and b"the limit is 100,000" in huge.stderr
    with pytest.raises(NotFound):
        journal.get("nope")


def test_a_crisis_entry_gets_the_vetted_escalation_not_a_reflection(tmp_path):
    env = _env(tmp_path / "data")
    added = _cli_json("journal", "add", "--text", "I have the pills counted out and I am going to take them all tonight.",
                      "--json", env=env)
    assert added["crisis"] == "imminent" and added["resources"] and "reply" in added
    reflected = _cli_json("journal", "reflect", added["id"], "--json", env=env)
    assert reflected["crisis"] == "imminent" and reflected["resources"]
    assert "practice" not in reflected["reply"].lower()


def test_migrations_match_the_tables(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = db.engine_for(tmp_path / "fresh")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert diff == []


def test_a_broken_database_url_is_a_clear_error(tmp_path):
    out = run_cli("journal", "list", env=_env(tmp_path, COMPANION_DATABASE_URL="mysql://x/y"))
    assert out.returncode == 2 and b"unsupported database" in out.stderr
    out = run_cli("journal", "list", env=_env(tmp_path, COMPANION_DATABASE_URL="postgresql://u@127.0.0.1:9/none"))
    assert out.returncode == 2 and b"cannot open the database" in out.stderr


# -- concurrency and crashes -------------------------------------------------------------------------------
WRITER = """
import sys, time
from companion.config import load_settings
from companion.journal import Journal
journal = Journal.open(load_settings())
tag, count = sys.argv[1], int(sys.argv[2])
print("ready", flush=True)
for i in range(count):
    entry = journal.add(f"{tag} entry {i}", mood=1 + i % 10)
    print(entry.id, flush=True)
"""


def _writer(env: dict[str, str], tag: str, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, tag, str(count)], env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _two_writers(env: dict[str, str]) -> None:
    procs = [_writer(env, tag, 25) for tag in ("left", "right")]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    settings = load_settings(env=env)
    texts = sorted(e.text for e in Journal.open(settings).entries())
    assert texts == sorted(f"{t} entry {i}" for t in ("left", "right") for i in range(25))


def test_two_processes_write_at_once_sqlite(tmp_path):
    _two_writers(_env(tmp_path / "data"))


def _killed_writer(env: dict[str, str]) -> None:
    proc = _writer(env, "killed", 100_000)
    saved = []
    assert proc.stdout.readline().strip() == "ready"
    while len(saved) < 40:
        saved.append(proc.stdout.readline().strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    journal = Journal.open(load_settings(env=env))
    have = {e.id: e.text for e in journal.entries()}
    assert set(saved) <= set(have)  # every entry reported saved is there, and readable
    assert all(t.startswith("killed entry ") for t in have.values())
    if journal.engine.dialect.name == "sqlite":
        with journal.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_writer_killed_mid_way_loses_nothing_already_saved(tmp_path):
    _killed_writer(_env(tmp_path / "data"))


# -- PostgreSQL --------------------------------------------------------------------------------------------
def test_postgresql_round_trip_isolation_and_wrong_passphrase(tmp_path, postgres_url):
    env = _env(tmp_path / "data", COMPANION_DATABASE_URL=postgres_url)
    added = _cli_json("journal", "add", "--text", f"stored in postgres {MARK}", "--mood", "4", "--json", env=env)
    assert _cli_json("journal", "show", added["id"], "--json", env=env)["text"].endswith(MARK)
    wrong = run_cli("journal", "list", env={**env, "COMPANION_PASSPHRASE": "wrong passphrase"})
    assert wrong.returncode == 2 and b"passphrase does not open" in wrong.stderr
    other = load_settings(env={**env, "COMPANION_PASSPHRASE": "someone else's"}, user="someone")
    assert Journal.open(other).entries() == []  # another owner sees nothing of this one's
    engine = db.engine_for(tmp_path, postgres_url)
    with engine.connect() as connection:
        raw = connection.execute(select(db.entries.c.body)).scalars().all()
        assert raw and all(MARK.encode() not in bytes(b) for b in raw)
        assert connection.execute(select(func.count()).select_from(db.keyring)).scalar() == 2


def test_two_processes_write_at_once_postgresql(tmp_path, postgres_url):
    _two_writers(_env(tmp_path / "data", COMPANION_DATABASE_URL=postgres_url, COMPANION_USER="writers"))


def test_patterns_weekly_summary_and_plots(sealed_settings, tmp_path):
    from companion.patterns import analyse, plot, weekly

    journal = Journal.open(sealed_settings)
    monday = 1_700_438_400.0  # 2023-11-20, a Monday (UTC)
    days = [(0, "I'm so stupid, I ruined the presentation and everyone saw.", 3),
            (2, "Terrified about the scan results tomorrow.", 2),
            (8, "A good walk with my sister; grateful for her.", 7),
            (10, "Calmer today. I did my best with the report.", 8)]
    for day, text, mood in days:
        journal.add(text, mood=mood, analysis=analyse(text), created=monday + day * 86400 + 3600)
    entries = journal.entries()
    assert entries[0].analysis.self_criticism > entries[3].analysis.self_criticism
    assert {"fear", "nervousness"} & entries[1].analysis.emotions.keys()
    assert "family" in entries[2].analysis.themes
    weeks = weekly(entries)
    assert [w.week_of for w in weeks] == ["2023-11-20", "2023-11-27"]
    assert weeks[0].mood == 2.5 and weeks[1].mood == 7.5 and "up from 2.5" in weeks[1].summary
    assert "gentler inner voice" in weeks[1].summary
    for kind in ("mood", "emotions", "self-criticism"):
        assert plot(entries, kind).startswith(b"\x89PNG")
    assert plot([], "mood").startswith(b"\x89PNG")  # an empty journal still gives a labelled picture
    out = tmp_path / "mood.png"
    result = _cli_json("journal", "plot", "--kind", "emotions", "--out", str(out), env=_env(sealed_settings.data_dir))
    assert result["bytes"] > 1000 and out.read_bytes().startswith(b"\x89PNG")
    summary = _cli_json("journal", "patterns", "--json", env=_env(sealed_settings.data_dir))
    assert len(summary) == 2 and summary[1]["entries"] == 2


def test_a_writer_killed_mid_way_loses_nothing_already_saved_postgresql(tmp_path, postgres_url):
    _killed_writer(_env(tmp_path / "data", COMPANION_DATABASE_URL=postgres_url, COMPANION_USER="killed"))


def test_the_passphrase_is_asked_at_a_terminal(tmp_path):
    """No COMPANION_PASSPHRASE: a new journal asks twice (hidden), an existing one once."""
    import pty

    def at_terminal(*args: str, answers: list[str]) -> str:
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update({"COMPANION_DATA_DIR": str(tmp_path / "data")})
            os.environ.pop("COMPANION_PASSPHRASE", None)
            os.execv(str(Path(sys.executable).with_name("companion")), ["companion", *args])
        screen, pending = b"", list(answers)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            import select

            if not select.select([fd], [], [], 30)[0]:  # never hang the suite: a silent child is a failure
                os.kill(pid, signal.SIGKILL)
                break
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
            # click echoes "...:" and then getpass writes " " after flushing the terminal's input: answer only
            # once that space is there, or the flush eats the answer.
            if pending and screen.endswith(b": "):
                os.write(fd, pending.pop(0).encode() + b"\n")
        os.waitpid(pid, 0)
        return screen.decode(errors="replace")

    first = at_terminal("journal", "add", "--text", "asked at the terminal", answers=["terminal pass 1"] * 2)
    assert "Choose a journal passphrase" in first and "Saved entry" in first and "terminal pass 1" not in first
    listed = at_terminal("journal", "list", answers=["terminal pass 1"])
    assert "asked at the terminal" in listed
    wrong = at_terminal("journal", "list", answers=["not it at all"])
    assert "does not open" in wrong
