"""The Journal tab: write (with mood), reflect, history, search, delete. Locked until the passphrase is given
(in Settings, or COMPANION_PASSPHRASE for a single-user install)."""

from __future__ import annotations

import gradio as gr

from companion.errors import CompanionError
from companion.ui.common import citations_html, resources_markdown, warn
from companion.ui.context import People

COLUMNS = ["id", "when (UTC)", "mood", "entry", "reflected"]


def _rows(entries) -> list[list]:
    return [[e.id, e.created[:16].replace("T", " "), e.mood or "", e.text[:90].replace("\n", " "),
             "yes" if e.reflection else ""] for e in reversed(entries)]


def build(people: People, tab: gr.Tab) -> None:
    status = gr.Markdown(elem_id="journal-status")
    text = gr.Textbox(label="Journal entry", lines=6, placeholder="Write as much or as little as you like.",
                      elem_id="journal-text")
    mood = gr.Slider(1, 10, value=5, step=1, label="Mood (1 low, 10 good)", elem_id="journal-mood")
    with gr.Row():
        save = gr.Button("Save entry", variant="primary", elem_id="journal-save")
        reflect = gr.Button("Save and reflect", elem_id="journal-reflect")
    reflection = gr.Markdown(elem_id="journal-reflection")
    reflection_sources = gr.HTML(elem_id="journal-sources")
    with gr.Row():
        search = gr.Textbox(label="Search your entries", scale=4, elem_id="journal-search")
        search_go = gr.Button("Search", scale=1, elem_id="journal-search-go")
    history = gr.Dataframe(headers=COLUMNS, label="Your entries (newest first)", interactive=False,
                           elem_id="journal-history", wrap=True)
    with gr.Row():
        chosen = gr.Textbox(label="Entry id", scale=3, elem_id="journal-id")
        show = gr.Button("Show", scale=1, elem_id="journal-show")
        reflect_one = gr.Button("Reflect on it", scale=1, elem_id="journal-reflect-one")
        delete = gr.Button("Delete", variant="stop", scale=1, elem_id="journal-delete")
    shown = gr.Markdown(elem_id="journal-shown")

    def listing(request: gr.Request, words: str = ""):
        try:
            journal = people.journal(people.user(request))
        except CompanionError as exc:
            return str(exc), gr.update(value=[])
        entries = journal.search(words) if words.strip() else journal.entries()
        return f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}.", gr.update(value=_rows(entries))

    def _reflect(user: str, entry_id: str):
        from companion.reflection import reflect as run_reflection

        people.limit.check(user)
        r = run_reflection(people.pipeline(user), people.journal(user), entry_id)
        body = r.reply + (f"\n\n*{r.notice}*" if r.notice else "")
        if r.resources:
            body += "\n\n" + resources_markdown(r.resources)
        return body, citations_html(r.sources)

    def add(entry: str, mood_value: float, with_reflection: bool, request: gr.Request):
        from companion.patterns import analyse

        try:
            user = people.user(request)
            journal = people.journal(user)
            saved = journal.add(entry, mood=int(mood_value), analyser=analyse)
            body, cites = _reflect(user, saved.id) if with_reflection else (f"Saved ({saved.id}).", "")
        except CompanionError as exc:
            warn(exc)  # the entry stays in the box
            return (entry, gr.update(), gr.update(), *listing(request))
        return ("", body, cites, *listing(request))

    def show_entry(entry_id: str, request: gr.Request):
        try:
            e = people.journal(people.user(request)).get(entry_id.strip())
        except CompanionError as exc:
            warn(exc)
            return gr.update()
        out = f"**{e.created[:16].replace('T', ' ')} UTC**" + (f" · mood {e.mood}/10" if e.mood else "") + f"\n\n{e.text}"
        if e.reflection:
            out += f"\n\n> {e.reflection.reply}"
        return out

    def reflect_entry(entry_id: str, request: gr.Request):
        try:
            body, cites = _reflect(people.user(request), entry_id.strip())
        except CompanionError as exc:
            warn(exc)
            return gr.update(), gr.update(), *listing(request)
        return body, cites, *listing(request)

    def delete_entry(entry_id: str, request: gr.Request):
        try:
            people.journal(people.user(request)).delete(entry_id.strip())
        except CompanionError as exc:
            warn(exc)
            return entry_id, *listing(request)
        gr.Info("Entry deleted.")
        return "", *listing(request)

    def save_only(entry: str, mood_value: float, request: gr.Request):
        return add(entry, mood_value, False, request)

    def save_and_reflect(entry: str, mood_value: float, request: gr.Request):
        return add(entry, mood_value, True, request)

    def find(words: str, request: gr.Request):
        return listing(request, words)

    def pick(evt: gr.SelectData):
        row = getattr(evt, "row_value", None)
        return row[0] if row else gr.update()

    outs = [text, reflection, reflection_sources, status, history]
    save.click(save_only, [text, mood], outs)
    reflect.click(save_and_reflect, [text, mood], outs)
    search_go.click(find, [search], [status, history])
    search.submit(find, [search], [status, history])
    show.click(show_entry, [chosen], [shown])
    reflect_one.click(reflect_entry, [chosen], [reflection, reflection_sources, status, history])
    delete.click(delete_entry, [chosen], [chosen, status, history])
    history.select(pick, None, [chosen])

    def refresh(request: gr.Request):
        return listing(request)

    tab.select(refresh, None, [status, history])
