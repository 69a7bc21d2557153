"""The companion's app: `python app.py` serves it on 127.0.0.1 (GRADIO_SERVER_NAME / GRADIO_SERVER_PORT).

Tabs: Chat, Journal, Insights, Evaluate, Settings (companion/ui/). Single-user with no sign-in by default;
COMPANION_AUTH_FILE turns on sign-in, COMPANION_TRUSTED_USER_HEADER trusts a reverse proxy's user header.
No analytics and no outside requests: the theme uses system fonts.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["ANONYMIZED_TELEMETRY"] = "False"

import gradio as gr  # noqa: E402

from companion.config import load_settings  # noqa: E402
from companion.ui import CSS, THEME_FONTS, build_app  # noqa: E402
from companion.ui.context import People, check_login  # noqa: E402


def main() -> None:
    people = People(load_settings())
    people.retriever.card_collection()  # build the card index now, not on the first person's first message
    demo = build_app(people)
    auth = None
    if people.auth_file is not None:
        path: Path = people.auth_file
        auth = lambda name, password: check_login(path, name, password)  # noqa: E731
    demo.queue(default_concurrency_limit=4).launch(
        server_name=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
        server_port=int(os.environ.get("GRADIO_SERVER_PORT", "7860")),
        theme=gr.themes.Soft(**THEME_FONTS),
        css=CSS,
        auth=auth,
        auth_message="Sign in to your companion." if auth else None,
        footer_links=[],
    )


if __name__ == "__main__":
    main()
