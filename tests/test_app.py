"""The app: the chat handler on the real pipeline, and the server answering on loopback."""

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_handler_replies_with_sources_and_keeps_the_message_on_error(pipeline):
    sys.path.insert(0, str(ROOT))
    import app

    handler = app.ChatHandler(pipeline)
    history, box, sources, crisis = handler("I keep replaying a mistake from work.", [], "web-1")
    assert box == "" and history[-1]["role"] == "assistant" and history[-1]["content"]
    assert "**" in sources and "00" in sources  # titles and citations
    assert crisis["visible"] is False
    history, box, sources, crisis = handler("I want to end my life", history, "web-1")
    assert crisis["visible"] is True and "988" in crisis["value"]
    from companion.models import ChatReply

    class Noticing:
        def turn(self, message, session):
            return ChatReply(reply="A guided reply.", mode="guided", notice="The language model was unavailable.")

    noticed, *_ = app.ChatHandler(Noticing())("hello", [], "web-2")
    assert noticed[-1]["content"].endswith("*The language model was unavailable.*")
    # Outside a live request, gradio turns gr.Warning into a Python warning: the reason is shown.
    with pytest.warns(UserWarning, match="empty"):
        kept = handler("   ", history, "web-1")
    assert kept[1] == "   " and kept[0] == history  # nothing lost, nothing added


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_python_app_py_serves_on_loopback(tmp_path):
    port = _free_port()
    env = {"GRADIO_SERVER_PORT": str(port), "COMPANION_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 90
        body = None
        while time.time() < deadline:
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read().decode()
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.5)
        assert body is not None, proc.stdout.read().decode() if proc.poll() is not None else "no answer"
        assert "companion" in body
        assert "fonts.googleapis.com" not in body
    finally:
        proc.terminate()
        proc.wait(timeout=20)
