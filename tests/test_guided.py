"""The guided responder, through the real pipeline (real Chroma, real cards, real session store)."""

import re

import pytest

from companion.knowledge import load_cards
from tests.conftest import ROOT

CARDS = load_cards(ROOT / "knowledge")
HUMAN_CLAIMS = re.compile(r"\bi (?:feel|felt|am sorry|'m sorry|love|miss|understand exactly)\b|\bme too\b|\bi've been there\b", re.I)
PLATITUDES = re.compile(r"everything happens for a reason|stay positive|at least|look on the bright side|you should|"
                        r"you did nothing wrong|it's not your fault", re.I)


def ask(pipeline, text, session="s"):
    return pipeline.turn(text, session)


def test_reflects_their_words_and_names_the_feeling_tentatively(pipeline):
    r = ask(pipeline, "I messed up a presentation at work today and I can't stop thinking about how stupid I am.")
    assert r.mode == "guided" and r.crisis.level == "none"
    assert "you can't stop thinking about how stupid you are" in r.reply
    assert re.search(r"shame", r.reply) and re.search(r"might|could|if that word fits|something like", r.reply)
    assert r.reply.count("?") == 1
    assert not HUMAN_CLAIMS.search(r.reply) and not PLATITUDES.search(r.reply)


def test_cites_the_cards_it_drew_on(pipeline):
    r = ask(pipeline, "I keep calling myself an idiot for every little mistake.")
    assert r.sources and all(s.id in CARDS for s in r.sources)
    used_offers = [CARDS[s.id].offer for s in r.sources if CARDS[s.id].offer and CARDS[s.id].offer in r.reply]
    assert used_offers, "the grounding line should come from a cited card"
    assert all(s.citation.startswith("00") for s in r.sources)


def test_self_criticism_invites_the_friend_or_kinder_voice(pipeline):
    r = ask(pipeline, "I'm such a failure, I can't do anything right.")
    assert {"friend-question", "neff-self-kindness", "compassionate-self"} & {s.id for s in r.sources}


def test_a_feeling_about_someone_else_is_not_attributed_to_the_writer(pipeline):
    r = ask(pipeline, "She looked so scared when I shouted.")
    assert "fear" not in r.reply.lower()


def test_kindness_keeps_accountability_when_they_hurt_someone(pipeline):
    r = ask(pipeline, "I yelled at my daughter this morning and I feel like the worst parent alive.")
    assert "kindness-with-accountability" in {s.id for s in r.sources}
    assert re.search(r"responsib|making it right|repair|put(?:ting)? it right", r.reply)
    assert not PLATITUDES.search(r.reply)


def test_advice_request_meets_presence_first(pipeline):
    r = ask(pipeline, "What should I do? I failed my driving test for the third time.")
    assert "presence-over-advice" in {s.id for s in r.sources}
    assert r.reply.count("?") == 1


def test_no_opening_repeats_within_a_session(pipeline):
    messages = [
        "Work has been relentless and I am so tired.", "My sister didn't call me back again.",
        "I feel like I'm falling behind everyone my age.", "I couldn't sleep, my mind kept racing about money.",
        "I snapped at a coworker who didn't deserve it.", "Everything feels grey this week.",
        "My exam results were worse than I hoped.", "I miss how things used to be with my partner.",
        "I keep comparing myself to people online.", "I'm anxious about the hospital appointment tomorrow.",
    ]
    openings = []
    for m in messages:
        reply = ask(pipeline, m, "long").reply
        openings.append(re.split(r"(?<=[.?])\s", reply)[0])
        assert reply.count("?") <= 1, reply
    templates = [o.split()[:2] for o in openings]
    assert len(set(openings)) == len(openings)
    assert len({tuple(t) for t in templates}) >= 8, openings


def test_goodbye_is_short_warm_and_hookless(pipeline):
    ask(pipeline, "I had a rough day at work.", "bye")
    r = ask(pipeline, "ok thanks, bye", "bye")
    assert "?" not in r.reply and len(r.reply.split()) <= 20
    assert not re.search(r"come back|don't go|before you go|miss|wait|upgrade|premium", r.reply, re.I)


def test_identity_question_is_answered_honestly(pipeline):
    r = ask(pipeline, "are you a real person?")
    assert "AI" in r.reply and "not a person" in r.reply
    assert "do not have feelings" in r.reply


def test_first_turn_offers_no_practice_and_later_turns_may(pipeline):
    first = ask(pipeline, "I'm so anxious about everything lately.", "p")
    assert not any(f.startswith("practice_offered") for f in first.flags)
    later = [ask(pipeline, t, "p") for t in ("My chest gets tight before meetings.", "I worry people think I'm useless.")]
    offered = [f for r in later for f in r.flags if f.startswith("practice_offered")]
    assert len(offered) <= 1  # offered at most once in a while, never pushed


def test_chat_filler_is_not_echoed(pipeline):
    r = ask(pipeline, "this week has been a total mess lol")
    assert "lol" not in r.reply
