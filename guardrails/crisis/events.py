"""What an operator learns of an escalation: an append-only log in the data directory and, when
COMPANION_ESCALATION_WEBHOOK is set, a minimal JSON event POSTed to it (level, time, session; the person's
text only in the webhook and only when COMPANION_ESCALATION_INCLUDE_TEXT=1). Delivery never delays or breaks the person's turn."""

from __future__ import annotations

import json
import logging
import os
import threading
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, ConfigDict

log = logging.getLogger(__name__)
_write_lock = threading.Lock()


class EscalationEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    level: str
    subject: str | None
    time: str
    session: str
    signals: list[str]
    text: str | None = None


def make_event(level: str, subject: str | None, session: str, signals: list[str], text: str) -> EscalationEvent:
    include = os.environ.get("COMPANION_ESCALATION_INCLUDE_TEXT") == "1"
    return EscalationEvent(level=level, subject=subject, session=session, signals=signals,
                           time=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                           text=text if include else None)


def append_log(data_dir: Path, event: EscalationEvent) -> None:
    """One JSON line per escalation, opened in append mode: earlier lines are never rewritten."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with _write_lock, (data_dir / "escalations.jsonl").open("a", encoding="utf-8") as fh:
        # Never the person's text: the data directory holds nothing they wrote in plain text.
        fh.write(event.model_dump_json(exclude_none=True, exclude={"text"}) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def post_webhook(url: str, event: EscalationEvent, timeout: float = 5.0) -> threading.Thread:
    """POST the event from a background thread; failures are logged, never raised."""

    def send() -> None:
        body = event.model_dump_json(exclude_none=True).encode()
        request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except Exception as exc:  # a dead hook must not touch the conversation
            log.warning("escalation webhook failed: %s", exc)

    thread = threading.Thread(target=send, name="escalation-webhook", daemon=False)
    thread.start()
    return thread


def read_log(data_dir: Path) -> list[dict]:
    path = data_dir / "escalations.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
