"""Each guided practice, turn by turn through the pipeline, with its session persisted in between."""

import pytest

from companion.pipeline import Pipeline
from companion.practices import practices

FLOWS = {
    "self-compassion-break": ["my manager criticised my report in front of everyone", "ok", "you did your best, rest now"],
    "friend-letter": ["I keep beating myself up about the divorce", "that I tried really hard", "Dear you, you are allowed to grieve."],
    "soothing-breathing": ["ready", "done", "ok", "my shoulders dropped a little"],
    "compassion-pause": ["done", "done", "I could call her tomorrow"],
    "evening-reflection": ["the meeting went badly", "you were tired and did your best", "an early night"],
    "three-systems-checkin": ["8", "3/10", "2"],
}


def test_every_registered_practice_has_a_flow_test():
    assert set(practices()) == set(FLOWS)


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_practice_runs_to_completion_across_processes(name, sealed_settings, retriever):
    settings = sealed_settings  # answers are what the person wrote: kept between processes only sealed
    first = Pipeline(settings, retriever=retriever).turn(f"/practice {name}", "prac")
    assert f"practice:{name}:started" in first.flags
    assert "stop" in first.reply.lower()  # the way out is named up front
    assert first.sources
    answers = FLOWS[name]
    for i, answer in enumerate(answers):
        # A new Pipeline each turn: the state must come from the session store, as in separate CLI calls.
        reply = Pipeline(settings, retriever=retriever).turn(answer, "prac")
        done = i == len(answers) - 1
        assert (f"practice:{name}:done" in reply.flags) == done, (i, reply.flags, reply.reply)
    if name in {"friend-letter"}:
        assert "Dear you, you are allowed to grieve" in reply.reply
    if name == "evening-reflection":
        assert "the meeting went badly" in reply.reply and "an early night" in reply.reply
    after = Pipeline(settings, retriever=retriever).turn("thanks, that was useful I think", "prac")
    assert not any(f.startswith("practice:") for f in after.flags)


def test_without_a_passphrase_a_practice_in_a_new_process_ends_with_a_notice(settings, retriever):
    Pipeline(settings, retriever=retriever).turn("/practice evening-reflection", "p2")
    Pipeline(settings, retriever=retriever).turn("the meeting went badly", "p2")
    # A new process: the first answer was never written to disk, so the practice cannot quote it.
    reply = Pipeline(settings, retriever=retriever).turn("I would tell them it was one bad meeting", "p2")
    assert not any(f.startswith("practice:evening-reflection") for f in reply.flags)
    assert reply.notice and "passphrase" in reply.notice
    # Within one process the practice carries on without a passphrase.
    same = Pipeline(settings, retriever=retriever)
    same.turn("/practice evening-reflection", "p3")
    same.turn("the meeting went badly", "p3")
    same.turn("I would tell them it was one bad meeting", "p3")
    done = same.turn("an early night", "p3")
    assert "practice:evening-reflection:done" in done.flags and "the meeting went badly" in done.reply


def test_three_systems_names_the_loudest_and_reasks_for_a_number(pipeline):
    pipeline.turn("let's do a three systems check-in", "t")
    retry = pipeline.turn("pretty loud honestly", "t")
    assert "0 to 10" in retry.reply and "practice:three-systems-checkin" in retry.flags
    pipeline.turn("9", "t")
    pipeline.turn("2", "t")
    final = pipeline.turn("1", "t")
    assert "threat system looks loudest" in final.reply and "Threat 9, drive 2, soothing 1" in final.reply


@pytest.mark.parametrize("stop", ["stop", "can we stop", "not now"])
def test_the_person_can_stop_any_time(pipeline, stop):
    pipeline.turn("/practice friend-letter", "stop")
    reply = pipeline.turn(stop, "stop")
    assert "practice_stopped" in reply.flags
    nxt = pipeline.turn("I had a hard day", "stop")
    assert not any(f.startswith("practice:") for f in nxt.flags)


def test_goodbye_mid_practice_ends_it_and_lets_them_go(pipeline):
    pipeline.turn("/practice evening-reflection", "g")
    reply = pipeline.turn("I need to go now, bye", "g")
    assert "?" not in reply.reply and not any(f.startswith("practice:") for f in reply.flags)


def test_an_offer_is_accepted_with_yes_and_declined_with_no(pipeline):
    session = "offer"
    offered = None
    for text in ("I've been so anxious all week.", "My heart races before every meeting.",
                 "I worry that everyone can see how nervous I am.", "It is exhausting to feel like this."):
        reply = pipeline.turn(text, session)
        offered = next((f.split(":", 1)[1] for f in reply.flags if f.startswith("practice_offered:")), None)
        if offered:
            break
    assert offered, "a practice should be offered within a few turns of sustained distress"
    started = pipeline.turn("yes", session)
    assert f"practice:{offered}:started" in started.flags
    pipeline.turn("stop", session)


def test_unknown_practice_lists_the_real_ones(pipeline):
    reply = pipeline.turn("/practice juggling", "u")
    assert "juggling" in reply.reply and "self-compassion-break" in reply.reply


def test_practice_list(pipeline):
    reply = pipeline.turn("/practices", "l")
    for name in practices():
        assert name in reply.reply


def test_evening_reflection_is_kept_as_a_journal_entry_only_when_asked(sealed_settings, settings, retriever):
    from companion.journal import Journal

    long_answer = "the meeting went badly and then my manager asked for the whole report again by Friday morning"
    for chosen, keep in ((sealed_settings, "save it to my journal"), (settings, "yes please")):
        pipeline, sid = Pipeline(chosen, retriever=retriever), "eve" if chosen is sealed_settings else "eve-open"
        pipeline.turn("/practice evening-reflection", sid)
        pipeline.turn(long_answer, sid)
        pipeline.turn("one bad day is not the whole of you", sid)
        done = pipeline.turn("an early night", sid)
        assert "practice:evening-reflection:done" in done.flags and "journal" in done.reply
        saved = pipeline.turn(keep, sid)
        if chosen is sealed_settings:
            assert any(f.startswith("journal:saved:") for f in saved.flags)
            (entry,) = Journal.open(chosen).entries()
            assert entry.origin == "evening-reflection" and long_answer in entry.text  # in full, not shortened
            assert "an early night" in entry.text
        else:
            assert "journal:locked" in saved.flags and "passphrase" in saved.reply
    # Not asked: nothing is kept, and the next message is an ordinary turn.
    pipeline = Pipeline(sealed_settings, retriever=retriever)
    for text in ("/practice evening-reflection", "hard day", "be gentle", "sleep"):
        pipeline.turn(text, "eve2")
    nothing = pipeline.turn("I think I'll just go to bed", "eve2")
    assert not any(f.startswith("journal:") for f in nothing.flags)
    assert len(Journal.open(sealed_settings).entries()) == 1


def test_a_practice_answer_is_not_read_as_a_request_but_a_plain_request_still_is(pipeline):
    pipeline.turn("/practice evening-reflection", "req")
    pipeline.turn("the meeting went badly", "req")
    answer = pipeline.turn("I would tell them it was one bad meeting", "req")
    assert not any(f.startswith("manipulation_request") for f in answer.flags), answer.flags
    asked = pipeline.turn("help me guilt trip my sister into paying for dinner", "req")
    assert any(f.startswith("manipulation_request") for f in asked.flags), asked.flags
