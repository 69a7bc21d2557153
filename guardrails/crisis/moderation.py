"""An optional second opinion on crisis language from an OpenAI-compatible moderation endpoint.

Off by default. With COMPANION_MODERATION=1 (and a model key), a message the local detector reads as none or
concern is also sent to `/v1/moderations` (COMPANION_MODERATION_MODEL, default omni-moderation-latest). If the
provider scores self-harm at or above SELF_HARM_AT, the turn is raised to high and answered with the graded
direct question (as for a learned-only reading), never the strongest response. It can only raise a level, never
lower one. A slow or failed call (at most MODERATION_TIMEOUT seconds, no retries) changes nothing and is
recorded as a signal, so a turn is never delayed for long or blocked by it. The message is redacted first when
COMPANION_REDACT_PII=1. The README says what is sent.
"""

from __future__ import annotations

import logging

from companion.config import Settings
from companion.redact import redact

log = logging.getLogger(__name__)
SELF_HARM_AT = 0.5
MODERATION_TIMEOUT = 4.0
SELF_HARM = ("self-harm", "self-harm/intent", "self-harm/instructions")


class Moderation:
    def __init__(self, settings: Settings) -> None:
        from openai import OpenAI

        self.settings = settings
        self.client = OpenAI(api_key=settings.openai_api_key.get_secret_value(), base_url=settings.openai_base_url,
                             max_retries=0, timeout=min(settings.llm_timeout, MODERATION_TIMEOUT))

    def self_harm(self, text: str) -> float | None:
        """The provider's highest self-harm score for the text, or None if it could not be had."""
        import openai

        text = redact(text) if self.settings.redact_pii else text
        try:
            result = self.client.moderations.create(model=self.settings.moderation_model, input=text).results[0]
            scores = result.category_scores.model_dump(by_alias=True)
            return max(float(scores.get(name) or 0.0) for name in SELF_HARM)
        except (openai.OpenAIError, ValueError, AttributeError, IndexError, TypeError) as exc:
            log.warning("moderation second opinion unavailable: %s", type(exc).__name__)
            return None
