"""LLM mode: any OpenAI-compatible chat server (OpenAI, Ollama, vLLM, llama.cpp), through the `openai` client.

Registered like any backend; chosen when OPENAI_API_KEY is set (OPENAI_BASE_URL for a local server). The system
prompt carries the product's principles (prompts/llm/system.txt); retrieved cards travel as clearly delimited
data with their ids, and the model names the ids it drew on in a final `SOURCES:` line, which is parsed off;
only ids that were in the request count. Every fault raises LLMUnavailable with a reason, within the configured
time-out: the pipeline then answers that turn in guided mode, with a notice.
"""

from __future__ import annotations

import json
import re
import time

from companion.errors import CompanionError
from companion.models import Source
from companion.prompts import load
from companion.redact import redact
from companion.responders import Draft, Responder, TurnContext

SOURCES_LINE = re.compile(r"^\s*SOURCES:\s*(.*?)\s*$", re.I | re.M)
BACKOFF = (0.5, 1.0, 2.0)


class LLMUnavailable(CompanionError):
    """The model could not give a usable reply for this turn (the reason is shown in the notice)."""


def unavailable(exc: Exception) -> LLMUnavailable:
    """The reason a client error gives the person, in one place for plain and streamed requests."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return LLMUnavailable("the model did not answer in time")
    if isinstance(exc, openai.RateLimitError):
        return LLMUnavailable("the model server kept failing (rate limited)")
    if isinstance(exc, openai.InternalServerError):
        return LLMUnavailable(f"the model server kept failing (server error {exc.status_code})")
    if isinstance(exc, openai.APIStatusError):
        return LLMUnavailable(f"the model server refused the request ({exc.status_code})")
    if isinstance(exc, openai.APIConnectionError):
        return LLMUnavailable("the model server could not be reached")
    return LLMUnavailable("the model server sent a reply that was not valid JSON")


def _data(text: str) -> str:
    # Cards and documents cannot close the data block or open a new one.
    return text.replace("<<<", "‹‹‹").replace(">>>", "›››").replace("<", "‹").replace(">", "›")


class OpenAIResponder(Responder):
    name = "openai"
    mode = "llm"

    @classmethod
    def available(cls, settings) -> bool:
        return settings.openai_api_key is not None and bool(settings.openai_api_key.get_secret_value())

    def __init__(self, settings) -> None:
        super().__init__(settings)
        from openai import OpenAI

        self.client = OpenAI(api_key=settings.openai_api_key.get_secret_value(), base_url=settings.openai_base_url,
                             max_retries=0, timeout=settings.llm_timeout)
        self.system = load("llm/system.txt").render()

    # -- the request -------------------------------------------------------------------------------------
    def _clean(self, text: str) -> str:
        return redact(text) if self.settings.redact_pii else text

    def messages(self, ctx: TurnContext, feedback: str | None = None) -> list[dict[str, str]]:
        references = "\n".join(
            f'<{hit.kind} id="{hit.id}" title="{_data(hit.title)}">\n{_data(self._clean(hit.text))}\n</{hit.kind}>'
            for hit in ctx.hits) or "(none)"
        summary = f"Earlier in this conversation (summary): {self._clean(ctx.session.summary)}" if ctx.session.summary else ""
        out = [{"role": "system", "content": self.system},
               {"role": "system", "content": load("llm/context.txt").render(references=references, summary=summary)}]
        if ctx.task == "journal":
            from companion.practices import practices
            from companion.reflection import reading_for_prompt

            listed = "; ".join(f"{name} ({cls().summary})" for name, cls in sorted(practices().items()))
            out.append({"role": "system", "content": load("llm/journal.txt").render(
                reading=reading_for_prompt(ctx.analysis), practices=listed)})
        out += [{"role": m["role"], "content": self._clean(m["content"])} for m in ctx.session.history]
        out.append({"role": "user", "content": self._clean(ctx.text)})
        if feedback:
            out.append({"role": "system", "content": load("llm/retry.txt").render(reason=feedback)})
        return out

    def _complete(self, messages: list[dict[str, str]]) -> str:
        """One reply's text, retrying rate limits and server errors with backoff inside the time-out."""
        import openai

        deadline = time.monotonic() + self.settings.llm_timeout
        attempt = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0.05:
                raise LLMUnavailable("the model did not answer in time")
            try:
                response = self.client.with_options(timeout=remaining).chat.completions.create(
                    model=self.settings.model, messages=messages, temperature=0.7, max_tokens=500)
                break
            except (openai.RateLimitError, openai.InternalServerError) as exc:
                if attempt >= len(BACKOFF) or deadline - time.monotonic() < BACKOFF[attempt] + 0.1:
                    raise unavailable(exc) from None
                time.sleep(BACKOFF[attempt])
                attempt += 1
            except (openai.OpenAIError, json.JSONDecodeError, ValueError) as exc:
                raise unavailable(exc) from None
        try:
            choice = response.choices[0]
            text = choice.message.content or ""
            finish = choice.finish_reason
        except (AttributeError, IndexError, TypeError):
            raise LLMUnavailable("the model server sent a malformed reply") from None
        if finish == "length":
            raise LLMUnavailable("the model's reply was cut off")
        if not text.strip():
            raise LLMUnavailable("the model sent an empty reply")
        return text

    def stream(self, ctx: TurnContext):
        """The reply's text as it is generated (chunks). Faults raise LLMUnavailable, as in respond()."""
        import openai

        deadline = time.monotonic() + self.settings.llm_timeout
        try:
            chunks = self.client.with_options(timeout=self.settings.llm_timeout).chat.completions.create(
                model=self.settings.model, messages=self.messages(ctx), temperature=0.7, max_tokens=500, stream=True)
            finished = None
            got_text = False
            for chunk in chunks:
                if time.monotonic() > deadline:
                    raise LLMUnavailable("the model did not answer in time")
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                finished = choice.finish_reason or finished
                delta = choice.delta.content if choice.delta else None
                if delta:
                    got_text = True
                    yield delta
        except (openai.OpenAIError, json.JSONDecodeError, ValueError) as exc:
            raise unavailable(exc) from None
        if finished == "length":
            raise LLMUnavailable("the model's reply was cut off")
        if not got_text:
            raise LLMUnavailable("the model sent an empty reply")

    def finish(self, ctx: TurnContext, text: str) -> Draft:
        """A complete generated text → the reply and the cited sources that were in the request."""
        cited: list[str] = []
        for match in SOURCES_LINE.finditer(text):
            cited += [c.strip().strip(".") for c in match.group(1).split(",") if c.strip()]
        reply = SOURCES_LINE.sub("", text).strip()
        if not reply:
            raise LLMUnavailable("the model sent only a sources line")
        offered = {hit.id: hit for hit in ctx.hits}
        sources: list[Source] = []
        for cid in cited:
            if cid in offered and cid not in {s.id for s in sources}:
                sources.append(offered[cid].source())
        return Draft(reply, sources=sources)

    # -- the turn ----------------------------------------------------------------------------------------
    def respond(self, ctx: TurnContext, feedback: str | None = None) -> Draft:
        return self.finish(ctx, self._complete(self.messages(ctx, feedback)))

    def remember(self, ctx: TurnContext, reply: str) -> None:
        """Keep the last exchanges for the next turn; older ones fold into a short running summary."""
        history = ctx.session.history + [{"role": "user", "content": ctx.text}, {"role": "assistant", "content": reply}]
        keep = 2 * self.settings.history_turns
        older, ctx.session.history = history[:-keep] if keep else history, history[-keep:] if keep else []
        for message in older:
            if message["role"] == "user":
                gist = " ".join(message["content"].split()[:14])
                ctx.session.summary = (ctx.session.summary + f" They said: {gist}…").strip()[-600:]
