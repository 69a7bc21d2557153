"""`companion journal …`: write, read, reflect on, export, import, delete and re-key the journal.

The passphrase comes from COMPANION_PASSPHRASE or, at a terminal, a prompt (asked twice when the journal is
new). Output with --json is one JSON document on stdout; errors go to stderr with a non-zero exit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from companion.errors import CompanionError, InputError


def _settings():
    from companion.config import load_settings

    return load_settings()


def ask_passphrase(settings) -> str | None:
    """COMPANION_PASSPHRASE, else (at a terminal) a prompt: asked twice when no key exists yet, so a typo cannot
    become the passphrase. None when neither is possible (the caller's unlock then says what is needed)."""
    from sqlalchemy import select

    from companion import db

    if settings.passphrase is not None:
        return settings.passphrase.get_secret_value()
    if not sys.stdin.isatty():
        return None
    engine = db.engine_for(settings.data_dir, settings.database_url)
    with engine.begin() as connection:
        exists = connection.execute(select(db.keyring.c.owner).where(db.keyring.c.owner == settings.user)).first()
    return click.prompt("Journal passphrase" if exists else "Choose a journal passphrase (8+ characters)",
                        hide_input=True, confirmation_prompt=not exists, err=True)


def _journal():
    from companion.journal import Journal

    settings = _settings()
    return Journal.open(settings, ask_passphrase(settings))


def _print_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False))


@click.group("journal")
def journal_group() -> None:
    """A private journal: entries encrypted at rest, reflections, patterns over time."""


@journal_group.command("add")
@click.option("--text", "text", required=True, metavar="TEXT", help="The entry ('-' reads it from stdin).")
@click.option("--mood", type=click.IntRange(1, 10), default=None, help="How you feel, 1 (low) to 10 (good).")
@click.option("--json", "as_json", is_flag=True)
def add(text: str, mood: int | None, as_json: bool) -> None:
    """Save an entry. A crisis in it is answered at once with the vetted response and resources."""
    from companion.patterns import analyse
    from guardrails.crisis.detector import assess

    if text == "-":
        raw = sys.stdin.buffer.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"standard input is not valid UTF-8 (byte {exc.start}); check its encoding") from None
    journal = _journal()
    entry = journal.add(text, mood=mood, analyser=analyse)
    level = assess(text).level
    out = {"id": entry.id, "crisis": level}
    if level in ("high", "imminent"):
        from companion.reflection import reflect

        reflection = reflect(_pipeline(journal), journal, entry.id)
        out.update(reply=reflection.reply, resources=[r.model_dump() for r in reflection.resources])
    if as_json:
        _print_json(out)
        return
    click.echo(f"Saved entry {entry.id}.")
    if "reply" in out:
        click.echo()
        click.echo(out["reply"])
        for r in out["resources"]:
            click.echo(f"  - {r['name']}: {r['contact']}")


def _pipeline(journal):
    from companion.pipeline import Pipeline

    return Pipeline(journal.settings, vault=journal.vault)


@journal_group.command("list")
@click.option("--json", "as_json", is_flag=True)
def list_entries(as_json: bool) -> None:
    """Entries, oldest first."""
    entries = _journal().entries()
    if as_json:
        _print_json([{"id": e.id, "created": e.created, "mood": e.mood, "origin": e.origin,
                      "preview": e.text[:80], "reflected": e.reflection is not None} for e in entries])
        return
    if not entries:
        click.echo("No entries yet.")
    for e in entries:
        mood = f" mood {e.mood}" if e.mood else ""
        click.echo(f"{e.id}  {e.created[:16].replace('T', ' ')}{mood}  {e.text[:60].replace(chr(10), ' ')}")


@journal_group.command("show")
@click.argument("entry_id")
@click.option("--json", "as_json", is_flag=True)
def show(entry_id: str, as_json: bool) -> None:
    """One entry, with its reflection if it has one."""
    entry = _journal().get(entry_id)
    if as_json:
        _print_json(entry.model_dump(exclude_none=True))
        return
    click.echo(f"{entry.created[:16].replace('T', ' ')} UTC" + (f" · mood {entry.mood}/10" if entry.mood else ""))
    click.echo()
    click.echo(entry.text)
    if entry.reflection:
        click.echo()
        click.echo("Reflection: " + entry.reflection.reply)


@journal_group.command("reflect")
@click.argument("entry_id")
@click.option("--json", "as_json", is_flag=True)
@click.option("--mode", type=click.Choice(["auto", "guided", "llm"]), default=None)
def reflect_cmd(entry_id: str, as_json: bool, mode: str | None) -> None:
    """A considered reflection on an entry: one question and, where it fits, one practice."""
    from companion.reflection import reflect

    journal = _journal()
    if mode:
        journal.settings = journal.settings.model_copy(update={"mode": mode})
    reflection = reflect(_pipeline(journal), journal, entry_id)
    if as_json:
        _print_json({"reply": reflection.reply, "sources": [s.model_dump() for s in reflection.sources],
                     "mode": reflection.mode, "crisis": reflection.crisis,
                     "resources": [r.model_dump() for r in reflection.resources], "notice": reflection.notice})
        return
    click.echo(reflection.reply)
    for r in reflection.resources:
        click.echo(f"  - {r.name}: {r.contact}")
    if reflection.sources:
        click.echo("Sources: " + "; ".join(f"{s.title} [{s.id}]" for s in reflection.sources))
    if reflection.notice:
        click.echo(reflection.notice)


@journal_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "markdown"]), default="json", show_default=True)
def export(fmt: str) -> None:
    """Every entry, decrypted, to stdout (keep the file somewhere private)."""
    click.echo(_journal().export(fmt))


@journal_group.command("import")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
def import_cmd(path: str) -> None:
    """Entries from a JSON export; entries already here are skipped."""
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    added, skipped = _journal().import_json(raw)
    click.echo(json.dumps({"added": added, "skipped": skipped}))


@journal_group.command("delete")
@click.argument("entry_id", required=False)
@click.option("--all", "everything", is_flag=True, help="Every entry, chat transcript and session.")
@click.option("--yes", is_flag=True, help="Do it without asking.")
def delete(entry_id: str | None, everything: bool, yes: bool) -> None:
    """Delete one entry, or everything with --all."""
    if bool(entry_id) == everything:
        raise InputError("give an entry id, or --all")
    if not yes:
        what = "every entry and conversation" if everything else f"entry {entry_id}"
        if not sys.stdin.isatty() or not click.confirm(f"Delete {what}? This cannot be undone", err=True):
            raise InputError("not deleted: add --yes to confirm")
    journal = _journal()
    if everything:
        click.echo(json.dumps({"deleted": journal.delete_all()}))
    else:
        journal.delete(entry_id)
        click.echo(json.dumps({"deleted": 1}))


@journal_group.command("rotate")
def rotate() -> None:
    """Change the passphrase: a new key, every entry and transcript re-encrypted in one transaction.
    The new passphrase comes from COMPANION_NEW_PASSPHRASE or a prompt."""
    import os

    journal = _journal()
    new = os.environ.get("COMPANION_NEW_PASSPHRASE")
    if not new:
        if not sys.stdin.isatty():
            raise InputError("set COMPANION_NEW_PASSPHRASE, or run this at a terminal")
        new = click.prompt("New passphrase", hide_input=True, confirmation_prompt=True, err=True)
    count = journal.rotate(new)
    click.echo(json.dumps({"rotated": True, "resealed": count}))


@journal_group.command("patterns")
@click.option("--json", "as_json", is_flag=True)
def patterns_cmd(as_json: bool) -> None:
    """A summary for each week: entries, mood, the most frequent emotions and themes, the inner voice."""
    from companion.patterns import weekly

    weeks = weekly(_journal().entries())
    if as_json:
        _print_json([w.model_dump() for w in weeks])
        return
    if not weeks:
        click.echo("No entries yet.")
    for w in weeks:
        click.echo(f"Week of {w.week_of}: {w.summary}")


@journal_group.command("plot")
@click.option("--kind", type=click.Choice(["mood", "emotions", "self-criticism"]), default="mood", show_default=True)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="PNG file to write.")
def plot_cmd(kind: str, out: Path) -> None:
    """Write a plot over time as PNG."""
    from companion.patterns import plot

    png = plot(_journal().entries(), kind)
    out.write_bytes(png)
    click.echo(json.dumps({"plot": kind, "path": str(out), "bytes": len(png)}))
