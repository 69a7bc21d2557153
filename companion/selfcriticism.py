"""A transparent self-criticism index for first-person writing, in [0, 1].

It follows the three forms in Gilbert's account of self-criticism and self-reassurance (Forms of
Self-Criticising/Attacking & Self-Reassuring Scale; Gilbert et al., 2004), with our own lexicon:

- inadequate self: labelling oneself a failure, sweeping "always/never" judgements, blame and hindsight
  ("I should have known", "it's my fault"), comparison ("everyone else manages");
- hated self: self-disgust, contempt and wishing to punish oneself ("I hate myself", "I deserve this");
- reassured self: warmth and perspective ("I did my best", "it's okay to struggle"), which lowers the index.

Every signal is a weighted pattern; the matched spans are returned as evidence, so a reading can be checked by
eye. Context changes a match's weight:
- negation between the speaker and the word ("I'm not stupid") cancels it, except for words whose negation is
  the criticism ("I'm not good enough", "not worth");
- "don't think" or "doesn't mean" before a match disputes it (cancelled); "used to think", "no longer" mark it
  as resolved (20%); a harsh word about an act ("idiot move", "stupid mistake") counts 60%;
- criticism voiced by someone else ("my boss said I'm useless", or in quotes) counts at 15%, plus a small amount
  if the writer agrees with it ("...and maybe he has a point");
- hedges ("a bit", "sometimes") soften a sentence; intensifiers ("so", "completely", "every single") sharpen it.

Within a form, weights combine as a noisy-or (1 - prod(1 - w)), so repeated harshness accumulates without
exceeding 1. Length: the harshness is multiplied by 0.6 + 0.4 * (share of sentences that are critical), so one
harsh sentence in a long entry still registers (at least 60% of its strength), while an entry that is nothing
but harshness keeps all of it. Reassurance then scales the index by (1 - 0.6 * reassured).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

# Thresholds for a three-way reading (none < MILD_AT <= mild < STRONG_AT <= strong), set on the tune half
# of eval/data/selfcriticism_dev.jsonl by eval/selfcriticism.py:tune_thresholds.
MILD_AT, STRONG_AT = 0.14, 0.6

REPORTED_FACTOR, RESOLVED_FACTOR, HEDGE_FACTOR, INTENSE_FACTOR = 0.15, 0.2, 0.7, 1.25


class SelfCriticism(BaseModel):
    model_config = ConfigDict(extra="forbid")
    index: float
    inadequate: float
    hated: float
    reassured: float
    evidence: list[str]
    reason: str


# Words that criticise the self when the writer applies them to themselves (category, weight).
_NEG_TRAITS: dict[str, tuple[str, float]] = {
    r"useless": ("inadequate", 0.6), r"stupid": ("inadequate", 0.5), r"(?:an )?idiot": ("inadequate", 0.55),
    r"(?:a )?moron": ("inadequate", 0.6), r"dumb": ("inadequate", 0.45), r"(?:a )?fool": ("inadequate", 0.45),
    r"hopeless": ("inadequate", 0.55), r"incompetent": ("inadequate", 0.55), r"(?:a )?failure": ("inadequate", 0.6),
    r"failing": ("inadequate", 0.4), r"(?:a |such a )?mess": ("inadequate", 0.4), r"(?:a )?disaster": ("inadequate", 0.4),
    r"(?:a )?fraud": ("inadequate", 0.5), r"(?:a )?loser": ("inadequate", 0.6), r"(?:a )?joke": ("inadequate", 0.5),
    r"(?:a )?klutz": ("inadequate", 0.3), r"(?:a )?slacker": ("inadequate", 0.4), r"rubbish": ("inadequate", 0.35), r"(?:bad|terrible|awful|hopeless) at": ("inadequate", 0.35),
    r"weak": ("inadequate", 0.45), r"lazy": ("inadequate", 0.4), r"pathetic": ("inadequate", 0.55),
    r"inadequate": ("inadequate", 0.5), r"(?:a )?disappointment": ("inadequate", 0.5), r"(?:a )?coward": ("inadequate", 0.5),
    r"the problem(?! (?:solver|with|is|here))": ("inadequate", 0.5), r"the worst": ("inadequate", 0.55), r"broken(?! (?:up|hearted|down))": ("inadequate", 0.5),
    r"too much": ("inadequate", 0.35), r"silly": ("inadequate", 0.2), r"(?:a )?screw-?up": ("inadequate", 0.5),
    r"(?:a )?let-?down": ("inadequate", 0.5), r"(?:a )?liar": ("inadequate", 0.5), r"clueless": ("inadequate", 0.35),
    r"awful to": ("inadequate", 0.35), r"(?:a )?(?:terrible|bad|awful|horrible|useless) (?:mother|father|mum|mom|dad|parent|friend|partner|wife|husband|daughter|son|sister|brother)": ("inadequate", 0.6),
    r"ashamed": ("inadequate", 0.45), r"an embarrassment": ("hated", 0.6), r"worthless": ("hated", 0.8),
    r"disgusting": ("hated", 0.8), r"revolting": ("hated", 0.8), r"repulsive": ("hated", 0.8), r"vile": ("hated", 0.8),
    r"rotten(?: inside)?": ("hated", 0.7), r"(?:a )?monster": ("hated", 0.8), r"evil": ("hated", 0.75),
    r"unlovable": ("hated", 0.8), r"(?:a )?burden": ("hated", 0.6), r"(?:a |such a )?waste of (?:space|air|oxygen)": ("hated", 0.85),
    r"(?:(?<=\bam )|(?<='m )|(?<=was ))nothing(?! (?:like|but|if|to|left|special|new|else|much|more|wrong|compared))": ("hated", 0.75), r"(?:a |an )?(?:\w+, )?(?:terrible|horrible|awful|bad|selfish|disgusting|rotten|vile) person": ("hated", 0.75),
    r"(?:a )?disgrace": ("hated", 0.7), r"(?:garbage|trash|scum)": ("hated", 0.8),
}
# Words whose *negation* is the criticism ("I'm not good enough").
_POS_TRAITS: dict[str, tuple[str, float]] = {
    r"good enough": ("inadequate", 0.5), r"enough": ("inadequate", 0.45), r"smart enough": ("inadequate", 0.45),
    r"as (?:smart|good|clever|capable|talented) as": ("inadequate", 0.35), r"cut out for": ("inadequate", 0.4),
    r"good at (?:anything|this|that|\w+ing)": ("inadequate", 0.4), r"capable": ("inadequate", 0.4),
    r"(?:a )?(?:very |particularly )?good (?:friend|mother|father|mum|mom|dad|parent|partner|person|daughter|son)": ("inadequate", 0.45),
    r"worth (?:anything|it|anyone's time|\w+'s time|the effort|loving|much|saving)": ("hated", 0.7), r"lovable": ("hated", 0.7),
}
# Whole phrases that carry their own subject (category, weight).
_PHRASES: list[tuple[str, str, float]] = [
    ("hated", r"\bi (?:really |just |fucking |so )?(?:hate|despise|loathe|detest|can't stand|cannot stand) (?:myself|me|being me|who i am|what i am|everything about me)\b", 0.9),
    ("hated", r"\bi (?:hate|despise|loathe) (?:my (?:\w+ )?(?:body|face|brain|self|guts|life)|the person inside)", 0.8),
    ("hated", r"\bi (?:hate|despise) (?:how|that) (?:weak|stupid|pathetic|useless|ugly) i am", 0.6),
    ("hated", r"\b(?:disgusted|sick) (?:with|of) myself\b", 0.85),
    ("hated", r"\bi deserve (?:to (?:suffer|feel (?:this|so) bad|be (?:punished|alone|hurt|miserable))|this|it|every bad thing|everything bad|what i get)\b", 0.8),
    ("hated", r"\bi (?:don't|do not|didn't) deserve (?:to be (?:happy|loved)|my \w+|the \w+|anything|love|kindness|good things|happiness|\w+)", 0.7),
    ("hated", r"\b(?:should|need to|want to|ought to) (?:be )?punish(?:ed)?(?: myself)?\b", 0.8),
    ("hated", r"\b(?:deserves?|deserved) (?:so )?(?:much )?better than me\b", 0.6),
    ("hated", r"\b(?:nobody|no one|no-one) (?:could|would|will|can) (?:ever )?(?:love|want|like) (?:someone like )?me\b", 0.8),
    ("hated", r"\b(?:right|reason) to hate me\b", 0.55),
    ("hated", r"\ba walking (?:mistake|disaster)\b", 0.7),
    ("hated", r"\bashamed of myself\b", 0.6),
    ("hated", r"\bcan't (?:ever )?forgive myself\b", 0.6),
    ("inadequate", r"\bi (?:always|keep|constantly) (?:mess|screw|fuck|muck) (?:it|things|everything) up\b|\bi always (?:ruin|mess up|screw up|get it wrong)\b", 0.5),
    ("inadequate", r"\bi (?:ruin|destroy|wreck) (?:everything|every \w+)\b", 0.55),
    ("inadequate", r"\b(?:i can't|i cannot|i can never|i never) (?:do|get) (?:anything|a single thing|one thing) right\b", 0.55),
    ("inadequate", r"\beverything i do is wrong\b", 0.6),
    ("inadequate", r"\b(?:it's|it is|it was|this is|that's) (?:all |entirely |totally |probably )?my fault\b|\bis my fault\b", 0.5),
    ("inadequate", r"\bi (?:should|shouldn't|should've|should not|should never) (?:have|'ve) \w+", 0.35),
    ("inadequate", r"\bi should be (?:further|better|able|more|over)\b", 0.35),
    ("inadequate", r"\bi could have (?:handled|done) (?:that|it|this|things) (?:so much |much |a lot )?better\b", 0.35),
    ("inadequate", r"\bi (?:let|have let|keep letting) (?:them|everyone|you|him|her|the team|us|my \w+) down\b|\blet (?:them|everyone|the team) down\b", 0.4),
    ("inadequate", r"\bwhat(?:'s| is) wrong with me\b|\bwhy am i (?:like this|so \w+)\b|\bwhy can't i (?:ever )?(?:just )?\w+", 0.4),
    ("inadequate", r"\bwhy do i always\b|\bhow many times (?:do|will|must) i\b", 0.35),
    ("inadequate", r"\bi (?:always|keep) (?:say|saying|do|doing|get|getting) (?:the wrong|it wrong|everything wrong)\b", 0.4),
    ("inadequate", r"\bi (?:always )?(?:seem to )?disappoint (?:people|everyone|them)\b|\bi never finish anything\b", 0.4),
    ("inadequate", r"\b(?:angry|furious|disappointed|frustrated|annoyed) (?:with|at|in) myself\b", 0.4),
    ("inadequate", r"\bbeat(?:ing)? myself up\b|\b(?:being )?hard on myself\b", 0.3),
    ("inadequate", r"\bembarrass(?:ed)? myself\b|\bembarrassed by (?:how|what) i\b|\bcringing\b", 0.3),
    ("inadequate", r"\b(?:i )?(?:messed|screwed|mucked|fucked) (?:it |things |everything )?up\b|\bi ruined\b|\bi blew it\b", 0.3),
    ("inadequate", r"\b(?:everyone|everybody) else (?:seems to|can|manages|has)\b|\bcoming up short\b|\blike normal people\b|\beveryone my age\b", 0.3),
    ("inadequate", r"\bwhat kind of (?:mother|father|mum|mom|dad|parent|friend|person|partner)\b|\bcan't \w+ to save my life\b", 0.4),
    ("inadequate", r"\bi wish i (?:were|was) (?:more|less|better)\b|\bit's (?:always )?me\b(?! too)|\b(?:my )?big mouth\b", 0.3),
    ("inadequate", r"^\W*(?:stupid|idiot|useless|pathetic|moron)\b(?!\s+(?:system|thing|\w+ing))|\bstupid (?:oversight|mistake)\b|\b(?:never|won't ever) amount to anything\b", 0.45),
    ("inadequate", r"\bkick(?:ing)? myself\b|\bcame across as (?:rude|stupid|an idiot|pathetic|desperate|needy|awkward)\b|\bnot my (?:finest|proudest|best) moment\b", 0.3),
    ("inadequate", r"\bi'?m the reason\b|\bthat's all i am\b|\bif i'?m (?:any|even) good\b", 0.45),
    ("inadequate", r"\bi'?m not the (?:partner|friend|mother|father|parent|daughter|son|wife|husband) (?:she|he|they|you) deserves?\b", 0.45),
    ("inadequate", r"\b(?:great|good|nice|brilliant|well) (?:job|done|going|work)?,? me\b|\bgenius move\b", 0.4),
]
_REASSURE: list[tuple[str, float]] = [
    (r"\bi (?:did|gave it|tried) (?:my|the) (?:very )?best(?: shot)?\b|\bi'?m doing (?:my|the) best\b|\bdid what i could\b", 0.5),
    (r"\b(?:it's|it is|that's|that is) (?:okay|ok|alright|all right|normal|human|understandable)\b", 0.5),
    (r"\b(?:being|be|trying to be|to be) (?:kind|kinder|gentle|gentler|patient|compassionate|easy|easier) (?:to|with|on) myself\b", 0.6),
    (r"\bi'?m allowed to\b|\b(?:nobody|no one|no-one)(?:'s| is) perfect\b|\beveryone makes mistakes\b|\bdon't (?:need|have) to be perfect\b", 0.5),
    (r"\bproud of (?:myself|how|that|what|me)\b|\bi'?m (?:happy|pleased|content) with\b|\bi handled\b|\bi got through\b|\bsmall win\b", 0.4),
    (r"\bi forgive myself\b|\blet (?:it|myself) (?:go|off the hook)\b|\bwhat i'?d (?:say|tell) (?:to )?a friend\b", 0.5),
    (r"\b(?:you're|i'm|you are|i am) doing (?:fine|okay|ok|well|alright)\b|\bi(?:'m| am) (?:enough|learning)\b", 0.5),
    (r"\b(?:doesn't|does not|don't) (?:mean|make) (?:i'm|i am|me) \w+|\b(?:don't|do not|no longer) believe (?:that|it)\b", 0.5),
    (r"\bsays more about (?:him|her|them)\b|\b(?:he|she|they) (?:was|were) wrong\b|\bnot the truth\b|\bnot (?:fully |entirely )?true\b|\bdon't agree\b", 0.4),
    (r"\btrying not to (?:beat|be hard on) myself\b|\bnoticed i was being (?:hard|harsh|critical|mean) (?:on|to|with) myself\b", 0.5),
    (r"\btomorrow'?s?(?: is)? another day\b|\bi'?ll survive\b|\bi can (?:use|learn from) (?:it|this)\b|\bowning it\b|\bnext time i'?ll\b", 0.3),
    (r"\bi'?ll apologi[sz]e\b|\bi apologi[sz]ed\b|\basked for help\b|\bi don't take it personally\b", 0.25),
]

_FLAGS = re.I
_TRAIT_RX = [(re.compile(rf"\b{p}\b", _FLAGS), c, w, False) for p, (c, w) in _NEG_TRAITS.items()] + \
            [(re.compile(rf"\b{p}\b", _FLAGS), c, w, True) for p, (c, w) in _POS_TRAITS.items()]
_PHRASE_RX = [(re.compile(p, _FLAGS), c, w) for c, p, w in _PHRASES]
_REASSURE_RX = [(re.compile(p, _FLAGS), w) for p, w in _REASSURE]

_ANCHOR = re.compile(r"(?:i|i'm|im|i've|i'd|i'll|me|myself|feel|feels|felt|feeling)", _FLAGS)
_NEGATION = re.compile(r"\b(?:not|never|no longer|hardly)\b|n't\b", _FLAGS)
# Words that may stand between the speaker and the label ("I'm just such a ...", "felt like an ...").
_LINK = set("""am 'm was were been be being become becoming turned into getting get going to seem seems seemed look looks
looked sound sounded like such so a an the really completely totally utterly absolute absolutely complete total utter
pretty bit of kind sort kinda sorta very particularly always ever still truly little too quite and just not never no
honestly literally actually basically seriously fucking sometimes lately probably maybe have has had will would must
might can could only also don't didn't do does doesn't i'm i've i'll i'd as than what how oh ugh god yet now again
today even much more most entirely bloody damn all at times""".split())
_TRAIT_WORD = re.compile("|".join(_NEG_TRAITS), _FLAGS)
_DISPUTED = re.compile(r"\b(?:(?:don't|do not|didn't) (?:think|believe)|(?:doesn't|does not|don't) (?:mean|make))\b", _FLAGS)
_RESOLVED = re.compile(r"\b(?:used to (?:think|believe|feel|call myself)|no longer|stopped (?:thinking|believing))\b", _FLAGS)
_ACT = re.compile(r"^\s*(?:move|mistake|thing to do|oversight|error|decision|idea|question)\b", _FLAGS)
_REPORTED = re.compile(r"\b(?:said|says|told me|tells me|telling me|tell me|call(?:s|ed|ing)? me|"
                       r"thinks?|thought|joked|shouted|yelled|accused me|according to|apparently|used to tell me)\b", _FLAGS)
_AGREE = re.compile(r"\b(?:(?:he|she|they)(?:'s| is| are|'re| was| were)? (?:probably |totally |completely )?right|has a point|have a point|"
                    r"they're not wrong|(?:he|she) isn't wrong|fair enough)\b", _FLAGS)
_QUOTED = re.compile(r"[\"“]([^\"”]{2,120})[\"”]|(?<!\w)['‘]([^'‘’]{2,80})['’](?!\w)")
_HEDGE = re.compile(r"\b(?:a bit|a little|kind of|kinda|sort of|sometimes|some days|at the moment|part of me|probably|"
                    r"maybe|yet|lately|slightly|at times|bit of)\b", _FLAGS)
_INTENSE = re.compile(r"\b(?:so|such|completely|totally|total|utterly|absolute|absolutely|complete|every single|everything|"
                      r"always (?:have been|will be)|as a person|at everything|all of it|really)\b", _FLAGS)
_DENIED = re.compile(r"(?:\bnot|n't|\bnever)(?: to)?\s*$", _FLAGS)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _speaker_is_writer(prefix: str, positive: bool) -> tuple[bool, bool]:
    """(applies to the writer, negated) for a label, from the words before it in its sentence: walking back
    from the label over linking words only ("I'm just such a", "felt like an", "I'm stupid and"), we must reach
    the writer ("I", "me", "felt") or, in a fragment ("Feeling a bit silly."), the start of the sentence."""
    words = [w.strip(",;:\"()!?.").lower() for w in prefix.split()]
    chain: list[str] = []
    for w in reversed(words):
        if not (w in _LINK or _ANCHOR.fullmatch(w) or _TRAIT_WORD.fullmatch(w)):
            break
        chain.append(w)
    negated = bool(_NEGATION.search(" ".join(chain)))
    if any(_ANCHOR.fullmatch(w) for w in chain):
        return True, negated
    return (len(chain) == len(words) and not positive), False


def _scan(text: str) -> tuple[list[tuple[int, int, str, float]], int, set[int]]:
    """All weighted matches as (start, end, category, weight), the sentence count, and the critical sentences."""
    norm = text.replace("’", "'").replace("‘", "'")
    found: list[tuple[int, int, str, float, int]] = []
    sentences = [s for s in _SENTENCE.finditer(norm) if s.group().strip()]
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(norm)]
    for n, s in enumerate(sentences):
        body, base = s.group(), s.start()
        # Someone else's voice: a reporting verb whose subject (the three words before it) is not the writer.
        reported = next((m for m in _REPORTED.finditer(body)
                         if not re.search(r"\b(?:i|me|myself)\b", " ".join(body[:m.start()].split()[-3:]), _FLAGS)), None)
        scale = (HEDGE_FACTOR if _HEDGE.search(body) else 1.0) * (INTENSE_FACTOR if _INTENSE.search(body) else 1.0)
        hits: list[tuple[int, int, str, float]] = []
        for rx, cat, w, positive in _TRAIT_RX:
            for m in rx.finditer(body):
                mine, negated = _speaker_is_writer(body[:m.start()], positive)
                if mine and negated == positive:  # an act, not the self: "idiot move", "stupid mistake"
                    hits.append((m.start(), m.end(), cat, w * (0.6 if _ACT.match(body[m.end():]) else 1.0)))
        for rx, cat, w in _PHRASE_RX:  # a phrase right after a negation is denied: "trying not to beat myself up"
            hits += [(m.start(), m.end(), cat, w) for m in rx.finditer(body) if not _DENIED.search(body[:m.start()])]
        for a, b, cat, w in hits:
            before = body[:a]
            if _DISPUTED.search(before):
                continue  # "I don't think it's my fault", "struggling doesn't mean I'm failing"
            if _RESOLVED.search(before):
                w *= RESOLVED_FACTOR
            elif any(qa <= base + a < qb for qa, qb in quoted) or (reported and reported.start() < a):
                w *= REPORTED_FACTOR
            found.append((base + a, base + b, cat, min(0.95, w * scale), n))
        if reported and (m := _AGREE.search(body)) and m.start() > reported.start():
            found.append((base + m.start(), base + m.end(), "inadequate", 0.35, n))
        found += [(base + m.start(), base + m.end(), "reassured", w, n) for rx, w in _REASSURE_RX for m in rx.finditer(body)]
    # Overlapping matches: keep the strongest (then the longest) so one phrase is never counted twice.
    kept: list[tuple[int, int, str, float, int]] = []
    for f in sorted(found, key=lambda f: (-f[3], f[0] - f[1])):
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    critical = {f[4] for f in kept if f[2] != "reassured" and f[3] >= 0.1}
    return [f[:4] for f in sorted(kept)], max(1, len(sentences)), critical


def _noisy_or(weights: list[float]) -> float:
    out = 1.0
    for w in weights:
        out *= 1.0 - w
    return 1.0 - out


def self_criticism(text: str) -> SelfCriticism:
    """Read how self-critical a piece of first-person writing is (0 = not at all, 1 = wholly harsh)."""
    matches, n_sentences, critical = _scan(text)
    by = {c: _noisy_or([w for _, _, cat, w in matches if cat == c]) for c in ("inadequate", "hated", "reassured")}
    harsh = 1.0 - (1.0 - by["inadequate"]) * (1.0 - by["hated"])
    coverage = len(critical) / n_sentences
    index = harsh * (0.6 + 0.4 * coverage) * (1.0 - 0.6 * by["reassured"])
    if not matches:
        reason = "no self-critical or self-reassuring language found"
    else:
        parts = [f"{c} self {by[c]:.2f}" for c in ("inadequate", "hated") if by[c] > 0]
        if by["reassured"] > 0:
            parts.append(f"reassurance {by['reassured']:.2f} lowers it")
        parts.append(f"{len(critical)} of {n_sentences} sentences critical")
        reason = "; ".join(parts)
    return SelfCriticism(index=round(index, 4), inadequate=round(by["inadequate"], 4), hated=round(by["hated"], 4),
                         reassured=round(by["reassured"], 4), evidence=[text[a:b] for a, b, _, _ in matches], reason=reason)


def level(index: float) -> str:
    """The three-way reading used in evaluation: none, mild or strong."""
    return "none" if index < MILD_AT else "mild" if index < STRONG_AT else "strong"
