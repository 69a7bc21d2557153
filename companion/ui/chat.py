"""The Chat tab: a conversation that streams (text appears only after the output guard passed it), sources as
expandable citations, practices one click away, a crisis banner on high/imminent turns, resources always shown."""

from __future__ import annotations

import queue
import threading

import gradio as gr

from companion.errors import CompanionError
from companion.practices import practices
from companion.sessions import new_session_id
from companion.ui.common import RESOURCES_LINE, citations_html, reply_text, resources_markdown, warn
from companion.ui.context import People


def stream_turn(people: People, user: str, message: str, session_id: str):
    """Yield (text so far, final reply or None) while the pipeline runs in a worker thread."""
    pipeline = people.pipeline(user)
    chunks: queue.Queue = queue.Queue()
    result: dict = {}

    def on_text(chunk: str, replace: bool = False) -> None:
        chunks.put(("replace" if replace else "add", chunk))

    def work() -> None:
        try:
            result["reply"] = pipeline.turn(message, session_id, on_text=on_text)
        except CompanionError as exc:
            result["error"] = exc
        finally:
            chunks.put(("done", ""))

    threading.Thread(target=work, daemon=True).start()
    shown = ""
    while True:
        kind, chunk = chunks.get()
        if kind == "done":
            break
        shown = chunk if kind == "replace" else shown + chunk
        yield shown, None
    if "error" in result:
        raise result["error"]
    yield shown, result["reply"]


def build(people: People) -> None:
    session = gr.State(new_session_id)
    crisis = gr.Markdown(visible=False, elem_id="crisis")
    # No share button: it would send the conversation to an outside service.
    chat = gr.Chatbot(label="Conversation", height=440, elem_id="chat", buttons=["copy", "copy_all"])
    with gr.Row():
        box = gr.Textbox(label="Your message", placeholder="Write whatever is on your mind…", lines=2, scale=5,
                         elem_id="message")
        send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
    with gr.Row(elem_id="practices"):
        buttons = [(name, gr.Button(cls().title.capitalize(), size="sm", elem_id=f"practice-{name}"))
                   for name, cls in sorted(practices().items())]
        plan = gr.Button("My safety plan", size="sm", elem_id="safety-plan")
    gr.Markdown("Practices start with one click; say “stop” at any point to leave one.", elem_classes=["muted"])
    with gr.Accordion("Sources for the last reply", open=True):
        sources = gr.HTML("<p class='muted'>Sources appear here after each reply.</p>", elem_id="sources")
    gr.Markdown(RESOURCES_LINE, elem_id="resources-always")

    def respond(message: str, history: list, session_id: str, request: gr.Request):
        history = list(history or [])
        try:
            user = people.user(request)
            people.limit.check(user)
            if not (message or "").strip():
                raise CompanionError("the message is empty; write something, even a word")
            base = history + [{"role": "user", "content": message}]
            final = None
            for shown, final in stream_turn(people, user, message, session_id):
                if final is None:
                    yield base + [{"role": "assistant", "content": shown}], "", gr.update(), gr.update()
        except CompanionError as exc:
            warn(exc)  # the message stays in the box: nothing is lost
            yield history, message, gr.update(), gr.update()
            return
        banner = resources_markdown(final.resources) if final.crisis.level in ("high", "imminent") else ""
        yield (base + [{"role": "assistant", "content": reply_text(final)}], "", citations_html(final.sources),
               gr.update(visible=bool(banner), value=banner))

    outputs = [chat, box, sources, crisis]
    send.click(respond, [box, chat, session], outputs)
    box.submit(respond, [box, chat, session], outputs)
    for name, button in buttons:
        button.click(respond, [gr.State(f"/practice {name}"), chat, session], outputs)
    plan.click(respond, [gr.State("/safety-plan"), chat, session], outputs)
