"""The Settings tab: mode and model, locale, the passphrase (unlock, change), export and delete-all."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from companion.errors import CompanionError, InputError
from companion.ui.common import warn
from companion.ui.context import People


def build(people: People, tab: gr.Tab) -> None:
    s = people.settings
    gr.Markdown("### Passphrase\nYour journal and chat history are encrypted with a key only your passphrase opens. "
                "It is never stored; if it is lost, the journal cannot be read.")
    lock_state = gr.Markdown(elem_id="lock-state")
    passphrase = gr.Textbox(label="Passphrase", type="password", elem_id="passphrase")
    with gr.Row():
        unlock = gr.Button("Unlock (or create) my journal", variant="primary", elem_id="unlock")
        lock = gr.Button("Lock", elem_id="lock")
    new_passphrase = gr.Textbox(label="New passphrase", type="password", elem_id="new-passphrase")
    rotate = gr.Button("Change passphrase", elem_id="rotate")

    gr.Markdown("### Conversation")
    llm = "an OpenAI-compatible model is configured" if s.openai_api_key else "no model key is configured (guided mode)"
    from guardrails.crisis.resources import locales

    mode = gr.Radio(["auto", "guided", "llm"], value=s.mode, label=f"Mode ({llm})", elem_id="mode")
    model = gr.Textbox(value=s.model, label="Model name (on the configured server)", elem_id="model")
    locale = gr.Dropdown(sorted(set(locales()) | {s.locale}), value=s.locale, label="Where you are (crisis resources)",
                         elem_id="locale")
    choice_state = gr.Markdown(elem_id="choice-state")

    gr.Markdown("### Your data")
    fmt = gr.Radio(["json", "markdown"], value="json", label="Export format", elem_id="export-format")
    export = gr.Button("Export my journal", elem_id="export")
    exported = gr.File(label="Export", elem_id="export-file")
    importing = gr.File(label="Import a journal export (JSON)", file_types=[".json"], type="filepath",
                        elem_id="import-file")
    import_button = gr.Button("Import", elem_id="import")
    documents = gr.File(label="Your own notes for the companion to draw on (.md, .txt, .pdf; stored encrypted)",
                        file_count="multiple", file_types=[".md", ".txt", ".pdf"], type="filepath", elem_id="ingest-files")
    ingest_button = gr.Button("Add my notes", elem_id="ingest")
    data_status = gr.Markdown(elem_id="data-status")
    confirm = gr.Textbox(label="Type DELETE to delete every entry and conversation", elem_id="delete-confirm")
    delete_all = gr.Button("Delete everything", variant="stop", elem_id="delete-all")

    def state_text(user: str) -> str:
        return f"Journal **{'unlocked' if people.unlocked(user) else 'locked'}** for `{user}`."

    def do_unlock(value: str, request: gr.Request):
        try:
            user = people.user(request)
            people.unlock(user, value)
        except CompanionError as exc:
            warn(exc)
            return gr.update(), state_text(people.user(request))
        return "", state_text(user)

    def do_lock(request: gr.Request):
        user = people.user(request)
        people.lock(user)
        return state_text(user)

    def do_rotate(value: str, request: gr.Request):
        try:
            count = people.journal(people.user(request)).rotate(value)
        except CompanionError as exc:
            warn(exc)
            return gr.update()
        gr.Info(f"Passphrase changed; {count} stored items re-encrypted.")
        return ""

    def chooser(field: str):
        def choose(value: str, request: gr.Request):
            try:
                people.choose(people.user(request), **{field: value})
            except CompanionError as exc:
                warn(exc)
                return gr.update()
            return f"{field.capitalize()} set to `{value}` for you."
        return choose

    def do_export(kind: str, request: gr.Request):
        try:
            text = people.journal(people.user(request)).export(kind)
        except CompanionError as exc:
            warn(exc)
            return gr.update()
        path = Path(tempfile.mkdtemp(prefix="companion-export-")) / f"journal.{'json' if kind == 'json' else 'md'}"
        path.write_text(text, encoding="utf-8")
        return str(path)

    def do_delete(word: str, request: gr.Request):
        try:
            if word.strip() != "DELETE":
                raise InputError("type DELETE in the box to confirm")
            count = people.journal(people.user(request)).delete_all()
        except CompanionError as exc:
            warn(exc)
            return gr.update()
        gr.Info(f"Deleted {count} entries and all conversations.")
        return ""

    def do_import(path: str | None, request: gr.Request):
        try:
            if not path:
                raise InputError("choose an export file first")
            added, skipped = people.journal(people.user(request)).import_json(Path(path).read_bytes())
        except CompanionError as exc:
            warn(exc)
            return gr.update()
        return f"Imported {added} entries ({skipped} already here)."

    def do_ingest(paths: list[str] | None, request: gr.Request):
        from companion.ingest import ingest

        try:
            if not paths:
                raise InputError("choose one or more files first")
            user = people.user(request)
            report = ingest(people.retriever, [Path(p) for p in paths], people.journal(user).vault, user, progress=False)
        except CompanionError as exc:
            warn(exc)
            return gr.update()
        text = f"Added {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}."
        if report.failed:
            text += " Not added: " + "; ".join(report.failed.values())
        return text

    import_button.click(do_import, [importing], [data_status])
    ingest_button.click(do_ingest, [documents], [data_status])
    unlock.click(do_unlock, [passphrase], [passphrase, lock_state])
    passphrase.submit(do_unlock, [passphrase], [passphrase, lock_state])
    lock.click(do_lock, None, [lock_state])
    rotate.click(do_rotate, [new_passphrase], [new_passphrase])
    mode.change(chooser("mode"), [mode], [choice_state])
    model.submit(chooser("model"), [model], [choice_state])
    locale.change(chooser("locale"), [locale], [choice_state])
    export.click(do_export, [fmt], [exported])
    delete_all.click(do_delete, [confirm], [confirm])

    def current(request: gr.Request):
        return state_text(people.user(request))

    tab.select(current, None, [lock_state])
