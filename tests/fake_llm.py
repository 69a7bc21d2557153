"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: POST /v1/chat/completions answers from a
script of steps, and every request body is recorded.

A step is a dict: {"reply": str | callable(request) -> str, "finish_reason": "stop"} for a normal answer,
{"status": 429 | 500 | ...} for an error, {"raw": "..."} for a non-JSON body, {"delay": seconds} before any of them.
When the script runs out, the last step repeats.

POST /v1/moderations answers from `moderation` instead: {"scores": {"self-harm": 0.9, ...}} (flagged when any
score is 0.5 or more), {"status": 500} for an error, or {"delay": seconds}. Its requests go to `moderations`.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLLM:
    def __init__(self, steps: list[dict] | None = None) -> None:
        self.steps = list(steps or [{"reply": "Thank you for telling me. What do you need right now?"}])
        self.requests: list[dict] = []
        self.stream_times: list[float] = []
        self.moderation: dict = {"scores": {}}
        self.moderations: list[dict] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _moderation(self, body):
                owner.moderations.append(body)
                step = owner.moderation
                time.sleep(step.get("delay", 0))
                status = step.get("status", 200)
                names = ("harassment", "hate", "self-harm", "self-harm/intent", "self-harm/instructions", "sexual",
                         "violence", "violence/graphic")
                scores = {n: float(step.get("scores", {}).get(n, 0.001)) for n in names}
                payload = json.dumps({"id": "modr-test", "model": body.get("model"), "results": [{
                    "flagged": any(v >= 0.5 for v in scores.values()),
                    "categories": {n: v >= 0.5 for n, v in scores.items()},
                    "category_scores": scores}]} if status == 200 else
                    {"error": {"message": "scripted failure", "type": "server_error"}}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                if self.path.endswith("/moderations"):
                    return self._moderation(body)
                owner.requests.append(body)
                step = owner.steps.pop(0) if len(owner.steps) > 1 else owner.steps[0]
                time.sleep(step.get("delay", 0))
                if "status" in step:
                    payload = json.dumps({"error": {"message": "scripted failure", "type": "server_error"}}).encode()
                    self.send_response(step["status"])
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                if body.get("stream") and "reply" in step:
                    reply = step["reply"](body) if callable(step["reply"]) else step["reply"]
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    pieces = [reply[i:i + 7] for i in range(0, len(reply), 7)]
                    for n, piece in enumerate(pieces):
                        last = n == len(pieces) - 1
                        chunk = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()),
                                 "model": body.get("model", "test"),
                                 "choices": [{"index": 0, "delta": {"content": piece},
                                              "finish_reason": step.get("finish_reason", "stop") if last else None}]}
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                        self.wfile.flush()
                        owner.stream_times.append(time.monotonic())
                        time.sleep(step.get("chunk_delay", 0))
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                    return
                if "raw" in step:
                    payload = step["raw"].encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                else:
                    reply = step["reply"](body) if callable(step["reply"]) else step["reply"]
                    payload = json.dumps({
                        "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                        "model": body.get("model", "test"),
                        "choices": [{"index": 0, "finish_reason": step.get("finish_reason", "stop"),
                                     "message": {"role": "assistant", "content": reply}}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    }).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "FakeLLM":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def reference_ids(request: dict) -> list[str]:
    """The card and document ids the companion put in a request's reference block."""
    import re

    context = next(m["content"] for m in request["messages"] if m["role"] == "system" and "<<<REFERENCE" in m["content"])
    return re.findall(r'<(?:card|document) id="([^"]+)"', context)


def citing_reply(text: str = "It sounds like a lot to carry. What would help most right now?"):
    """A reply that cites the first card it was given, plus an id it was not given (which must be dropped)."""
    return lambda request: f"{text}\nSOURCES: {reference_ids(request)[0]}, made-up-card"
