"""The learned layer's contract: it may only raise; over a recognised negation, idiom or history only at its own,
higher threshold (aside_at), and never to concern; an ordinary goodbye it never reads."""

import numpy as np
import pytest

from guardrails.crisis.detector import assess, assess_batch, detect
from guardrails.crisis.learned import MODEL, CrisisModel, Reading, default_model, windows


class FixedModel:
    """A stand-in that reads every message the same way."""

    def __init__(self, escalate=0.0, imminent=0.0, concern=0.0, other=0.0, plain_at=1.1, aside_at=1.1, harm=0.0):
        self.reading = Reading(escalate, imminent, concern, other, harm)
        self.high_at, self.imminent_at, self.concern_at, self.plain_at = 0.8, 0.8, 0.8, plain_at
        self.aside_at = aside_at
        self.seen: list[str] = []

    def read(self, texts):
        self.seen.extend(texts)
        return [self.reading for _ in texts]


def test_it_raises_what_the_patterns_missed():
    a = assess("everyone would manage fine without me by now", model=FixedModel(escalate=0.95))
    assert a.level == "high" and a.subject == "self" and "learned" in a.signals


def test_without_risk_words_it_needs_the_higher_reading():
    reading = FixedModel(escalate=0.99, imminent=0.99, other=0.95)
    assert assess("I'm in the waiting room and they won't tell me anything", model=reading).level == "concern"
    assert assess("He's packing a bag now. I'm sitting on the stairs.", model=reading).level == "concern"
    # With plain_at below the reading, the same message escalates; with risk words, high_at is enough.
    assert assess("He's packing a bag now. I'm sitting on the stairs.",
                  model=FixedModel(escalate=0.99, plain_at=0.95)).level == "high"
    assert assess("He's packing a bag now. I'm sitting on the stairs.",
                  model=FixedModel(escalate=0.9, plain_at=0.95)).level == "concern"
    assert assess("my arms are covered in fresh marks", model=FixedModel(escalate=0.9)).level == "high"
    # Without risk words an escalation stops at high, however imminent the reading.
    assert assess("He's packing a bag now. I'm sitting on the stairs.",
                  model=FixedModel(escalate=0.99, imminent=0.99, plain_at=0.95)).level == "high"


@pytest.mark.parametrize("text", ["my arms are covered in fresh marks again", "someone has been following me home every night",
                                  "I'm on the top floor of the car park", "I keep picturing punching him until he stops moving",
                                  "me da miedo que me vuelva a pegar"])
def test_the_risk_vocabulary_is_broad_enough_for_indirect_wording(text):
    assert assess(text, model=FixedModel(escalate=0.95)).level in ("high", "imminent")


def test_the_screen_spares_ordinary_messages_the_embedding():
    model = default_model()
    assert model.screen is not None and 0.0 < model.screen_at < 0.5
    calls = []
    original = model.embedder.embed
    model.embedder.embed = lambda texts: calls.append(list(texts)) or original(texts)
    try:
        readings = model.read(["we had a lovely picnic in the park today", "i want to end my life tonight"])
    finally:
        model.embedder.embed = original
    assert calls == [["i want to end my life tonight"]]
    assert readings[0].escalate == 0.0 and readings[1].escalate > 0.5


def test_with_risk_words_it_can_escalate_recognise_imminence_and_place_the_subject():
    a = assess("my cousin keeps talking about dying soon", model=FixedModel(escalate=0.95, imminent=0.9, other=0.95))
    assert a.level == "imminent" and a.subject == "other"


def test_it_never_lowers_a_pattern_level():
    assert detect("I want to kill myself").level == "high"
    assert assess("I want to kill myself", model=FixedModel()).level == "high"
    assert assess("I have the pills and I'm doing it tonight", model=FixedModel()).level == "imminent"


@pytest.mark.parametrize("text", ["I'm not suicidal, just tired", "this deadline is killing me",
                                  "I used to self-harm years ago but I'm okay now"])
def test_what_the_patterns_set_aside_needs_the_aside_reading(text):
    # Under aside_at nothing changes, not even to concern; at it, the message escalates.
    assert assess(text, model=FixedModel(escalate=0.95, imminent=0.99, concern=0.99, aside_at=0.97)).level == "none"
    assert assess(text, model=FixedModel(escalate=0.99, aside_at=1.1)).level == "none"
    raised = assess(text, model=FixedModel(escalate=0.98, aside_at=0.97))
    assert raised.level == "high" and "learned" in raised.signals


def test_an_ordinary_goodbye_is_never_read():
    model = FixedModel(escalate=0.99, imminent=0.99, concern=0.99, aside_at=0.5)
    assert assess("ok thanks, gotta go. bye", model=model).level == "none"
    assert model.seen == []


def test_a_denial_followed_by_passive_ideation_can_be_raised():
    text = "I don't want to kill myself. I just wouldn't mind not waking up."
    assert detect(text).level == "none" and "negated" in detect(text).signals
    assert assess(text, model=FixedModel(escalate=0.99, aside_at=0.97)).level == "high"


def test_concern_needs_its_own_threshold():
    assert assess("the days all blur together", model=FixedModel(concern=0.9)).level == "concern"
    assert assess("the days all blur together", model=FixedModel(concern=0.5)).level == "none"


def test_windows_keep_every_word_once():
    text = " ".join(f"Sentence number {i} is here." for i in range(40))
    parts = windows(text)
    assert len(parts) > 1 and " ".join(parts).split() == text.split()


def test_the_shipped_weights_load_and_read_sensibly():
    assert MODEL.exists()
    model = default_model()
    assert isinstance(model, CrisisModel)
    assert 0.3 <= model.high_at <= 0.995 and 0.3 <= model.concern_at <= 0.995
    risky, calm = model.read(["i want to die", "we had a lovely picnic in the park today"])
    assert risky.escalate > 0.5 > calm.escalate
    batch = assess_batch(["we had a lovely picnic", "I want to kill myself"])
    assert [a.level for a in batch] == ["none", "high"]


def test_the_tfidf_views_match_scikit_learn():
    """The run-time transform (no scikit-learn) against the fitted vectorizers it stands in for."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from guardrails.crisis.features import Tfidf, char_wb_ngrams, project, word_ngrams

    corpus = ["I can't sleep and the deadline is killing me", "my  brother said he wants to die", "Ça va, merci",
              "I want to die, I want to die", "nothing feels real anymore and I keep thinking about the bridge",
              "the bridge was closed so I was late", "kms lol this exam"]
    unseen = ["the deadline wants to die", "merci for the bridge  exam", "zzz qqq", ""]
    weights = np.random.default_rng(0).normal(size=(5000, 3))
    for vectorizer, analyzer in ((TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), word_ngrams),
                                 (TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True), char_wb_ngrams)):
        vectorizer.fit(corpus)
        ours = Tfidf(dict(vectorizer.vocabulary_), vectorizer.idf_, analyzer)
        expected = vectorizer.transform(corpus + unseen)
        w = weights[:len(ours.idf)]
        assert np.allclose(project(ours.rows(corpus + unseen), w), expected @ w)
        dense = np.zeros(expected.shape)
        for row, (cols, vals) in enumerate(ours.rows(corpus + unseen)):
            dense[row, cols] = vals
        assert np.allclose(dense, expected.toarray())


def test_kind_probabilities_are_summed_into_their_levels():
    from guardrails.crisis.learned import by_level

    kinds = np.array([[0.1, 0.2, 0.3, 0.4], [0.7, 0.1, 0.1, 0.1]])
    out = by_level(kinds, np.array([0, 2, 2, 3]))
    assert np.allclose(out, [[0.1, 0.0, 0.5, 0.4], [0.7, 0.0, 0.2, 0.1]])


def test_a_kind_head_needs_the_level_of_each_kind():
    model = default_model()
    with pytest.raises(ValueError):
        CrisisModel(model.word, model.char, model.level, model.subject, {"high_at": 0.8, "imminent_at": 0.8,
                                                                          "concern_at": 0.8}, kind=model.kind)


def test_the_shipped_level_reading_averages_the_level_and_kind_heads():
    from guardrails.crisis.learned import Views, by_level, softmax

    model = default_model()
    assert model.kind is not None and set(model.kind_levels.tolist()) == {0, 1, 2, 3}
    texts = ["i want to die", "this deadline is killing me", "my friend says she wants to end it tonight"]
    views = Views.of(model.word, model.char, texts, model.embedder.embed(texts))
    level_only = softmax(model.level.scores(views))
    kind_only = by_level(softmax(model.kind.scores(views)), model.kind_levels)
    both = model.level_probs(views)
    assert np.allclose(both, (level_only + kind_only) / 2) and np.allclose(both.sum(axis=1), 1.0)
    assert not np.allclose(level_only, kind_only)  # the kind head reads differently, or averaging would be idle


def test_a_learned_reading_of_harm_to_a_named_person_gets_the_reply_for_harm_to_others():
    from guardrails.crisis.rail import CrisisRail

    text = "he's asleep upstairs and I keep looking at the hammer in the shed"
    a = assess(text, model=FixedModel(escalate=0.95, harm=0.8, plain_at=0.9))
    assert a.escalate and a.subject == "other" and "harm_to_others" in a.signals
    assert CrisisRail._template(a) == "harm_to_others"
    # Without another person in the message, or with the kind head unsure, it stays the writer's own risk,
    # asked about directly.
    alone = assess("I'm honestly going to do it one of these days, the hammer's in the shed", model=FixedModel(escalate=0.95, harm=0.8, plain_at=0.9))
    unsure = assess(text, model=FixedModel(escalate=0.95, harm=0.3, plain_at=0.9))
    for b in (alone, unsure):
        assert b.escalate and b.subject == "self" and "harm_to_others" not in b.signals
        assert CrisisRail._template(b) == "direct_check"


def test_the_real_model_reads_harm_shares_from_its_kind_head():
    model = default_model()
    readings = model.read(["tonight i'm going round to his house with the knife and he won't see it coming",
                           "i want to end my life tonight"])
    assert readings[0].harm > 0.5 > readings[1].harm
