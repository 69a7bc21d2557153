"""One or more examples per category of the crisis issue, through the full detector (patterns + learned layer).

These are behaviour checks written for the tests, not the measured sets in eval/data (which the eval command
reports on)."""

import pytest

from guardrails.crisis.detector import assess, detect

RISK = [
    ("explicit", "i keep thinking about killing myself when everyone's asleep", "high", "self"),
    ("passive", "honestly it would be fine with me if i just never woke up tomorrow", "high", "self"),
    ("self_harm", "I burned my arm with a lighter again last night", "high", "self"),
    ("imminent", "I've written the letters and I'm going to do it tonight", "imminent", "self"),
    ("danger_from_others", "my stepfather hits me when he's drunk and I'm scared to go home", "high", "self"),
    ("harm_to_others", "I keep having urges to hurt my roommate and I'm scared I'll do it", "high", "other"),
    ("third_party", "my little brother told me he wants to kill himself", "high", "other"),
    ("slang", "lowkey wanna unalive myself rn", "high", "self"),
    ("multilingual es", "ya no quiero vivir más", "high", "self"),
    ("multilingual fr", "j'ai envie de mourir ce soir", "high", "self"),
    ("multilingual de", "ich will nicht mehr leben", "high", "self"),
    ("multilingual pt", "quero me matar", "high", "self"),
]
SAFE = [
    ("idiom", "my sister's wedding speech is killing me, I'd rather die than read it aloud"),
    ("idiom", "I'm dying to try that new ramen place"),
    ("negation", "no, I'm not suicidal, I'm just worn out from night shifts"),
    ("history", "I used to self-harm when I was sixteen; it's been nine years and I'm doing well now"),
    ("benign_sadness", "I miss my grandmother so much since the funeral"),
    ("benign_sadness", "failed my driving test again and I feel like an idiot"),
]


@pytest.mark.parametrize("category, text, level, subject", RISK, ids=[r[0] for r in RISK])
def test_risk_categories_escalate(category, text, level, subject):
    a = assess(text)
    assert a.level in ({"high", "imminent"} if level == "high" else {"imminent"}), (a, text)
    assert a.subject == subject


@pytest.mark.parametrize("category, text", SAFE, ids=[s[0] for s in SAFE])
def test_look_alikes_do_not_escalate(category, text):
    assert not assess(text).escalate


def test_hopelessness_is_concern():
    assert assess("what's the point of trying anymore, nothing ever changes").level == "concern"


@pytest.mark.parametrize("text", ["ok thanks, bye", "I need to go now, goodnight", "I'm going to log off, see you",
                                  "have to go, the nurse is here. bye", "gotta go make dinner. bye",
                                  "I'm going to go to bed now, bye", "leave it there for today, bye"])
def test_ordinary_goodbyes_are_never_escalated(text):
    assert assess(text).level == "none"


def test_a_goodbye_with_finality_is_still_read():
    assert assess("goodbye everyone, thanks for everything. I won't be around anymore").escalate


@pytest.mark.parametrize("text", ["I keep beating myself up about the divorce", "stop beating yourself up over one email",
                                  "I beat myself up for days after I snapped at my son"])
def test_beating_oneself_up_is_self_criticism(text):
    a = assess(text)
    assert a.level in ("none", "concern") and "idiom" in detect(text).signals


def test_beating_oneself_up_taken_literally_is_still_read():
    assert "idiom" not in detect("I beat myself up until I bruised last night").signals
    assert assess("I keep beating myself up about the divorce and I want to kill myself").level == "high"
