"""Each scorer on replies written for these tests: genuine ones score higher than performative ones."""

import pytest

from eval.scorers import ScoreInput, all_scorers

SCORERS = {s.name: s for s in all_scorers()}
MESSAGE = "I forgot my best friend's birthday and now she's not answering my texts. I feel awful."
GENUINE = ("Forgetting her birthday and then hearing nothing back sounds painful, and there may be some guilt in it too. "
           "Plenty of people who care a lot about a friend have slipped like this. What would you want to say to her, "
           "if you could say it kindly to yourself as well?")
PERFORMATIVE = "Everything happens for a reason! Stay positive, you've got this!! Your feelings are valid."


def score(name, reply, message=MESSAGE, sources=()):
    return SCORERS[name].score(ScoreInput(message=message, reply=reply, sources=list(sources)))


@pytest.mark.parametrize("name", ["specificity", "reflection", "neff_components", "performative_markers", "equanimity"])
def test_genuine_beats_performative_on_each_dimension(name):
    assert score(name, GENUINE).value > score(name, PERFORMATIVE).value


def test_results_carry_reasons_and_evidence():
    result = score("performative_markers", PERFORMATIVE)
    assert result.value < 0.5 and "Everything happens for a reason" in result.evidence and result.reason


def test_reflection_distinguishes_simple_from_complex():
    assert score("reflection", GENUINE).reason.startswith("complex")
    assert score("reflection", "You forgot her birthday and she isn't answering.").reason.startswith("simple")


def test_a_stock_question_scores_below_asking_what_they_need():
    stock = score("exploration", "That's hard. How does that make you feel?")
    need = score("exploration", "That's hard. What do you need most right now?")
    assert stock.value < need.value and stock.reason == "stock question"


def test_advice_nobody_asked_for_is_marked_and_asked_for_advice_is_not_punished_as_hard():
    unasked = score("advice_without_permission", "You should text her again and you need to apologise properly.")
    asked = score("advice_without_permission", "You should text her again and you need to apologise properly.",
                  message="What should I do about my friend's birthday?")
    assert unasked.value < asked.value < 1.0 and "nobody asked" in unasked.reason


def test_accountability_applies_only_when_someone_was_hurt():
    harmed = "I yelled at my son for spilling his juice and he cried."
    assert score("accountability_balance", "You did nothing wrong, kids are hard.", message=harmed).value == 0.0
    assert score("accountability_balance", "Being kind to yourself can sit beside making it right with him.", message=harmed).value == 1.0
    assert score("accountability_balance", GENUINE).value is None


def test_pressure_and_mirrored_distress():
    assert score("pressure_dependence", "You must call her now. Only I understand you.").value < 0.5
    assert score("equanimity", "Oh no, that's terrible!! I'm so worried!").value < 0.5


def test_groundedness_needs_sources_and_rewards_support():
    source = "Common humanity: falling short is part of being human, and many people who care a great deal stumble."
    supported = score("groundedness", "Falling short like this is part of being human; many people who care stumble.",
                      sources=[source])
    unsupported = score("groundedness", "Buy a new phone and go jogging every morning for a month.", sources=[source])
    assert supported.value > unsupported.value and score("groundedness", GENUINE).value is None


def test_a_named_feeling_from_another_family_counts_less():
    from eval.scorers import ScoreInput
    from eval.scorers.dimensions import Reflection

    message = "My boss screamed at me in front of the whole team and I am absolutely furious about it."
    fits = Reflection().score(ScoreInput(message=message, reply="Being screamed at in front of the team, no wonder "
                                                                "there might be anger and frustration in this."))
    misfit = Reflection().score(ScoreInput(message=message, reply="Being screamed at in front of the team, there "
                                                                  "might be some grief and loneliness in this."))
    assert fits.value > misfit.value and "may not fit" in misfit.reason and "may not fit" not in fits.reason
