"""The companion's app: `python app.py` serves it on 127.0.0.1 (GRADIO_SERVER_NAME / GRADIO_SERVER_PORT).

Guided mode, the cited sources of every reply, and crisis resources whenever they apply. No analytics and
no outside requests: the theme uses system fonts.
"""

from __future__ import annotations

import os
import threading

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["ANONYMIZED_TELEMETRY"] = "False"

import gradio as gr  # noqa: E402

from companion.config import load_settings  # noqa: E402
from companion.errors import CompanionError  # noqa: E402
from companion.models import ChatReply  # noqa: E402
from companion.pipeline import Pipeline  # noqa: E402
from companion.sessions import new_session_id  # noqa: E402

INTRO = ("A quiet place to think out loud. This is an AI reflection companion: not a person and not a therapist. "
         "If you are in danger, call your local emergency number now.")
CSS = """
.gradio-container { max-width: 860px !important; margin: auto; font-size: 17px; line-height: 1.55; }
#crisis { border: 2px solid #8a3b12; border-radius: 8px; padding: 0.5rem 1rem; background: #fff7f0; }
"""


def sources_markdown(reply: ChatReply) -> str:
    if not reply.sources:
        return "_No sources for this reply._"
    return "\n".join(f"- **{s.title}** (`{s.id}`): {s.citation}" for s in reply.sources)


def resources_markdown(reply: ChatReply) -> str:
    if not reply.resources:
        return ""
    lines = "\n".join(f"- **{r.name}**: {r.contact}" for r in reply.resources)
    return f"### Support, right now\n{lines}"


class ChatHandler:
    """One pipeline for the app; turns are serialised (single-user local default)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self._lock = threading.Lock()

    def __call__(self, message: str, history: list[dict], session_id: str):
        history = list(history or [])
        try:
            with self._lock:
                reply = self.pipeline.turn(message, session_id)
        except CompanionError as exc:
            # The message stays in the box so nothing is lost; the reason is shown.
            gr.Warning(str(exc))
            return history, message, gr.update(), gr.update(visible=False, value="")
        content = reply.reply + (f"\n\n*{reply.notice}*" if reply.notice else "")
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": content}]
        crisis = resources_markdown(reply)
        return history, "", sources_markdown(reply), gr.update(visible=bool(crisis), value=crisis)


def build_app(pipeline: Pipeline | None = None) -> gr.Blocks:
    handler = ChatHandler(pipeline or Pipeline(load_settings()))
    with gr.Blocks(title="companion", analytics_enabled=False) as demo:
        session = gr.State(new_session_id)
        gr.Markdown("## companion")
        gr.Markdown(INTRO)
        crisis = gr.Markdown(visible=False, elem_id="crisis")
        chat = gr.Chatbot(label="Conversation", height=460, elem_id="chat")
        with gr.Row():
            box = gr.Textbox(label="Your message", placeholder="Write whatever is on your mind…", lines=2, scale=5,
                             elem_id="message")
            send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
        with gr.Accordion("Sources for the last reply", open=False):
            sources = gr.Markdown("_Sources appear here after each reply._", elem_id="sources")
        gr.Markdown("Guided practices: type `/practices` to list them. Resources: in the US call or text 988; "
                    "in the UK and Ireland call Samaritans on 116 123; elsewhere, findahelpline.com.")
        outputs = [chat, box, sources, crisis]
        send.click(handler, [box, chat, session], outputs)
        box.submit(handler, [box, chat, session], outputs)
    return demo


def main() -> None:
    pipeline = Pipeline(load_settings())
    pipeline.retriever.card_collection()  # build the card index now, not on the first person's first message
    demo = build_app(pipeline)
    demo.launch(
        server_name=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
        server_port=int(os.environ.get("GRADIO_SERVER_PORT", "7860")),
        theme=gr.themes.Soft(font=["system-ui", "Segoe UI", "Helvetica", "sans-serif"],
                             font_mono=["ui-monospace", "monospace"]),
        css=CSS,
        footer_links=[],
    )


if __name__ == "__main__":
    main()
