"""An optional LLM judge: the rubric in prompts/eval/judge.txt, a pydantic verdict, bounded retries.

Used only when a model is configured (OPENAI_API_KEY, OPENAI_BASE_URL). A judgment that fails (no answer,
invalid JSON, a value out of range, after the retries) is counted as a failure and reported; it never becomes a
score. `agreement` compares the judge with the model-free genuineness score on the pairs both scored.
"""

from __future__ import annotations

import json
import re
import statistics

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from companion.config import Settings
from companion.errors import ConfigError
from companion.prompts import load

ATTEMPTS = 2
_JSON = re.compile(r"\{.*\}", re.S)


class Verdict(BaseModel):
    model_config = ConfigDict(extra="ignore")
    genuineness: float = Field(ge=0, le=1)
    markers: list[str] = Field(default_factory=list)
    reason: str = Field(min_length=1)


class Judgment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verdict: Verdict | None = None
    error: str | None = None
    attempts: int


def _safe(text: str) -> str:
    return text.replace("<<<", "‹‹‹").replace(">>>", "›››")


class Judge:
    def __init__(self, settings: Settings) -> None:
        if settings.openai_api_key is None:
            raise ConfigError("the LLM judge needs a model: set OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)")
        from openai import OpenAI

        self.settings = settings
        self.client = OpenAI(api_key=settings.openai_api_key.get_secret_value(), base_url=settings.openai_base_url,
                             max_retries=1, timeout=settings.llm_timeout)

    def judge(self, message: str, reply: str) -> Judgment:
        import openai

        prompt = load("eval/judge.txt").render(message=_safe(message), reply=_safe(reply))
        error = "no attempt"
        for attempt in range(1, ATTEMPTS + 1):
            try:
                response = self.client.chat.completions.create(
                    model=self.settings.model, temperature=0, max_tokens=300,
                    messages=[{"role": "user", "content": prompt}])
                text = response.choices[0].message.content or ""
            except (openai.OpenAIError, json.JSONDecodeError, ValueError, AttributeError, IndexError) as exc:
                error = f"the model could not be asked ({type(exc).__name__})"
                continue
            found = _JSON.search(text)
            try:
                return Judgment(verdict=Verdict.model_validate_json(found.group(0) if found else text), attempts=attempt)
            except ValidationError as exc:
                error = f"the verdict was not valid ({exc.errors()[0]['msg']})"
        return Judgment(error=error, attempts=ATTEMPTS)


def agreement(judged: list[float | None], model_free: list[float]) -> dict:
    """Pearson correlation and agreement on the genuine/performative call (at 0.5), over pairs both scored."""
    pairs = [(j, m) for j, m in zip(judged, model_free) if j is not None]
    failures = len(judged) - len(pairs)
    out = {"pairs": len(pairs), "failures": failures, "pearson": None, "same_call": None}
    if len(pairs) >= 2:
        js, ms = zip(*pairs)
        if statistics.pstdev(js) > 0 and statistics.pstdev(ms) > 0:
            out["pearson"] = round(statistics.correlation(js, ms), 4)
    if pairs:
        out["same_call"] = round(sum((j >= 0.5) == (m >= 0.5) for j, m in pairs) / len(pairs), 4)
    return out
