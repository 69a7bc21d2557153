"""The optional moderation second opinion, against the loopback OpenAI-compatible server (tests/fake_llm.py)."""

from __future__ import annotations

import time

import pytest

from companion.config import load_settings
from companion.errors import ConfigError
from companion.pipeline import Pipeline
from tests.fake_llm import FakeLLM

QUIET = "Everything feels heavy lately and the days all blur together."  # the local layers read concern


def _settings(tmp_path, url, **extra):
    env = {"COMPANION_DATA_DIR": str(tmp_path / "data"), "OPENAI_API_KEY": "k", "OPENAI_BASE_URL": url,
           "COMPANION_MODERATION": "1", "COMPANION_MODE": "guided", **extra}
    return load_settings(env=env)


def test_a_self_harm_second_opinion_raises_to_the_graded_direct_question(tmp_path, retriever):
    with FakeLLM() as fake:
        fake.moderation = {"scores": {"self-harm/intent": 0.93}}
        reply = Pipeline(_settings(tmp_path, fake.url), retriever=retriever).turn(QUIET, "m1")
        assert fake.moderations and fake.moderations[0]["input"] == QUIET
    assert reply.crisis.level == "high" and reply.resources
    assert "escalation:direct_check" in reply.flags  # a question, not the strongest response


def test_a_low_score_changes_nothing_and_a_high_local_reading_is_never_sent_or_lowered(tmp_path, retriever):
    with FakeLLM() as fake:
        fake.moderation = {"scores": {"self-harm": 0.02}}
        pipeline = Pipeline(_settings(tmp_path, fake.url), retriever=retriever)
        calm = pipeline.turn("Work was long today and the train was late.", "m2")
        assert calm.crisis.level == "none" and len(fake.moderations) == 1
        fake.moderation = {"scores": {}}
        high = pipeline.turn("I want to kill myself", "m3")
        assert high.crisis.level in ("high", "imminent") and len(fake.moderations) == 1


@pytest.mark.parametrize("fault", [{"status": 500}, {"delay": 10}])
def test_a_failed_or_slow_second_opinion_changes_nothing_and_does_not_hold_the_turn(tmp_path, retriever, fault):
    with FakeLLM() as fake:
        fake.moderation = {**fault, "scores": {"self-harm": 0.99}}
        pipeline = Pipeline(_settings(tmp_path, fake.url), retriever=retriever)
        started = time.monotonic()
        reply = pipeline.turn("Work was long today and the train was late.", "m4")
        took = time.monotonic() - started
    assert reply.crisis.level == "none" and reply.reply
    assert took < 4.0 + 3.0  # the moderation time-out plus the turn itself


def test_moderation_needs_a_key_and_redacts_when_asked(tmp_path, retriever):
    with pytest.raises(ConfigError, match="COMPANION_MODERATION needs OPENAI_API_KEY"):
        load_settings(env={"COMPANION_DATA_DIR": str(tmp_path), "COMPANION_MODERATION": "1"})
    with FakeLLM() as fake:
        pipeline = Pipeline(_settings(tmp_path, fake.url, COMPANION_REDACT_PII="1"), retriever=retriever)
        pipeline.turn("Email me at ana.lopez@example.com, I feel low.", "m5")
        assert "ana.lopez@example.com" not in fake.moderations[0]["input"]
