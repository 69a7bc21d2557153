"""The self-criticism index: ordering, context (negation, other voices, reassurance), evidence, and its figures."""

import json

import pytest

from companion.selfcriticism import SelfCriticism, level, self_criticism
from eval.selfcriticism import DATA, evaluate, load, spearman, tune_thresholds

# Fresh examples, not in eval/data/selfcriticism_dev.jsonl.
HARSH = ["I'm a worthless idiot and I hate myself for it.",
         "Everything I touch falls apart. I'm disgusting and I deserve to be alone."]
MILD = ["I should have double-checked the booking. Bit of an idiot move.",
        "I'm not very good at keeping in touch with people."]
NONE = ["Cycled to work along the canal and saw a heron.",
        "I apologised to my flatmate for the mess and we cleaned it up together."]


def test_harsh_above_mild_above_none():
    harsh = [self_criticism(t).index for t in HARSH]
    mild = [self_criticism(t).index for t in MILD]
    none = [self_criticism(t).index for t in NONE]
    assert min(harsh) > max(mild) > max(none)
    assert [level(x) for x in harsh] == ["strong", "strong"]
    assert [level(x) for x in mild] == ["mild", "mild"]
    assert [level(x) for x in none] == ["none", "none"]


def test_hated_and_inadequate_are_told_apart():
    hated = self_criticism("I loathe myself. I'm repulsive.")
    inadequate = self_criticism("I always get the directions wrong. I'm hopeless with maps.")
    assert hated.hated > hated.inadequate and hated.hated > 0.7
    assert inadequate.inadequate > inadequate.hated and inadequate.hated == 0


@pytest.mark.parametrize("negated, plain", [
    ("I'm not stupid, I just needed more time.", "I'm stupid, I just needed more time."),
    ("I don't think it's my fault the shop closed.", "It's my fault the shop closed."),
    ("I'm trying not to beat myself up over the exam.", "I keep beating myself up over the exam."),
])
def test_negation_cancels_criticism(negated, plain):
    assert self_criticism(negated).index < 0.1 < self_criticism(plain).index


def test_negating_a_good_quality_is_criticism():
    assert level(self_criticism("I'm not good enough for this team.").index) != "none"
    assert self_criticism("I'm good enough for this team.").index == 0


@pytest.mark.parametrize("reported, own", [
    ("My dad always told me I was useless.", "I'm useless."),
    ('She called me "a pathetic excuse for a friend" in front of everyone.', "I'm a pathetic excuse for a friend."),
    ("My coach says I'm lazy, which isn't fair.", "I'm so lazy."),
])
def test_other_peoples_words_count_far_less(reported, own):
    them, me = self_criticism(reported).index, self_criticism(own).index
    assert them < 0.15 and me > 0.3 and them < me / 3


def test_agreeing_with_a_critic_counts():
    assert self_criticism("My dad always told me I was useless, and he was probably right.").index >= 0.14


def test_reassurance_lowers_the_index():
    harsh = "I messed up the interview and I feel like a failure."
    softened = harsh + " But I did my best, and it's okay to have an off day."
    a, b = self_criticism(harsh), self_criticism(softened)
    assert b.reassured > 0.5 and a.reassured == 0
    assert b.index < a.index * 0.8


def test_one_harsh_sentence_in_a_long_entry_registers_but_less():
    harsh = "I'm such a failure."
    entry = ("Got up early and took the dog out. The park was empty and frosty. Work was busy but fine, "
             "lots of small jobs. " + harsh + " Then I cooked dinner and rang my sister. We talked about her trip.")
    alone, within = self_criticism(harsh).index, self_criticism(entry).index
    assert 0.14 <= within < alone
    assert within >= 0.6 * alone - 1e-9


def test_evidence_is_taken_from_the_text():
    text = "Honestly I’m such an idiot. I ruin everything, and I can’t stand myself. At least I did my best."
    r = self_criticism(text)
    assert r.evidence and all(span in text for span in r.evidence)
    assert any("idiot" in s for s in r.evidence) and any("did my best" in s for s in r.evidence)
    assert r.hated > 0 and r.reassured > 0 and r.reason
    assert 0 <= r.index <= 1


def test_neutral_text_has_no_evidence_and_the_model_is_strict():
    r = self_criticism("The bus was late.")
    assert r.index == 0 and r.evidence == [] and "no self-critical" in r.reason
    with pytest.raises(ValueError):
        SelfCriticism(index=0, inadequate=0, hated=0, reassured=0, evidence=[], reason="", extra=1)


def test_the_data_file_is_split_in_halves_and_balanced():
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 150
    for split in ("tune", "report"):
        part = load(split)
        assert abs(len(part) - len(rows) / 2) <= 1
        assert min(sum(i.level == lv for i in part) for lv in ("none", "mild", "strong")) >= 20
    assert not {r["text"] for r in rows} & set(HARSH + MILD + NONE)


def test_spearman_is_rank_correlation():
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([0.1, 0.1, 0.5], [0, 1, 2]) == pytest.approx(0.866, abs=1e-3)


def test_report_half_figures():
    """Observed on the report half: Spearman 0.94, accuracy 0.95 (thresholds set on the tune half)."""
    result = evaluate("report")
    assert result["n"] >= 75
    assert result["spearman"] > 0.8
    assert result["accuracy"] > 0.8
    assert result["mean_index"]["none"] < result["mean_index"]["mild"] < result["mean_index"]["strong"]


def test_shipped_thresholds_are_the_tuned_ones():
    from companion.selfcriticism import MILD_AT, STRONG_AT

    mild_at, strong_at, accuracy = tune_thresholds("tune")
    assert (mild_at, strong_at) == pytest.approx((MILD_AT, STRONG_AT), abs=0.06)
    assert accuracy > 0.85
