"""Crisis detector: normalisation + patterns, clause by clause, with idiom, negation and history handling."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from companion.models import CRISIS_ORDER, CrisisLevel
from guardrails.crisis.normalise import normalise
from guardrails.crisis.patterns import (ACROSS, BREAKERS, FINAL_OR_RISK, IDIOMS, NEGATORS, ORDINARY_LEAVING, ORDINARY_SIGNALS, PAST,
                                       PATTERNS, PRESENT, RESOLVED, Pattern)

# A clause that opens on someone else ("my girlfriend told me she...", "i think my brother...") reports their
# state; risk words later in it are theirs unless the writer joins in ("and so do i", "me too").
THIRD_OPENING = re.compile(
    r"^(?:(?:i think|i'm (?:worried|scared|afraid)(?: that)?|i (?:just )?found out(?: that)?|i know|honestly|so|and|but|yesterday|today|"
    r"last night) )*(?:my (?!(?:last|final|plan|note|letter|message|post|entry|mind|head|life|body|own|whole|only|pills|meds|medication|"
    r"tablets|stuff|things|will|goodbyes?|decision|time|days?|nights?|phone|car|room|bed|house|job|work|arms?|wrists?|legs?|thighs?|skin|"
    r"blood|thoughts?|urges?|recovery|journals?|diary|diaries|tattoos?|old|suicidal|history|past|scars?|story|mental|depression|"
    r"anxiety|ocd|eating|brain|feelings|moods?|worst|darkest|lowest|first|attempts?|overdose|self)\b)\w+(?: \w+)?|his \w+|her \w+|he|she|they|a (?:guy|girl|friend|kid|student|coworker|colleague|client)|"
    r"someone|somebody|one of my \w+|the (?:kid|guy|girl|person)(?: \w+){0,3})\b")
WRITER_JOINS = re.compile(r"\b(?:and|but|so) (?:i|i'm|me)\b|\bme too\b|\bso do i\b|\bi also\b|\bsame for me\b")
# A quote opens on a quote mark after no letter and closes on one before none: "it doesn't" holds no quote.
_QUOTED = re.compile(r"(?<!\w)'.*?'(?!\w)|\"[^\"]*\"")


_RELATIVE_HEAD = re.compile(r"\b(?:someone|somebody|anyone|a (?:guy|girl|man|woman|friend|kid|lad|person|boy)|"
                            r"(?:the|this|that) (?:guy|girl|man|woman|person|kid|lad|boy)|people|friend|mate) (?:that |who )?$")
_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b")
_PRONOUN = re.compile(r"\b(?P<first>i|i'm|i've|i'd|i'll|me|myself)\b|\b(?P<third>he|she|they|he's|she's|they're|him|her|them|himself|herself|themselves)\b")


def _about_someone_else(clause: str, start: int, end: int) -> bool:
    """Is the risk at clause[start:end] someone else's? Reported speech ("my friend keeps saying 'I'm going to
    unalive myself'") belongs to whoever the clause opens on; otherwise the match must not speak in the first
    person and the nearest pronoun before it must be third person (or, with none, the clause opens on someone)."""
    quoted = [m.span() for m in _QUOTED.finditer(clause)]
    if any(a <= start < b for a, b in quoted):
        return bool(THIRD_OPENING.match(clause))
    if _FIRST.search(clause[start:end]):
        return False
    before = _QUOTED.sub(" ", clause[:start])
    if WRITER_JOINS.search(before):
        return False
    # "Counted them out, just waiting until the house goes quiet": "them" is never a subject and is often things
    # (pills, letters); it does not make the risk someone else's.
    # "Someone I've been chatting with said...": a first person inside a relative clause is not the subject.
    pronouns = [p for p in _PRONOUN.finditer(before) if p.group(0) != "them"
                and not (p.group("first") and _RELATIVE_HEAD.search(before, 0, p.start()))]
    if pronouns:
        return pronouns[-1].group("third") is not None
    return bool(THIRD_OPENING.match(clause))


_FALLBACK_PATTERN = Pattern("risk_words", "high", "self", re.compile("(?!)"))
_FALLBACK_OTHER = Pattern("other_at_risk", "high", "other", re.compile("(?!)"))
_CLAUSES = re.compile(r"(?<=[.!?;\n])\s+|\s+(?:but|although|though|however)\s+")


class Assessment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    level: CrisisLevel = "none"
    subject: str | None = None
    signals: list[str] = Field(default_factory=list)

    @property
    def escalate(self) -> bool:
        return CRISIS_ORDER[self.level] >= CRISIS_ORDER["high"]


QUESTIONED = re.compile(r"\b(?:asked|asks|asking) (?:me )?(?:if|whether|about)\b")
RECANTED = re.compile(r"(?<!never )(?<!didn't )(?<!not )\b(?:lied|the truth is|honestly yes|actually yes|but yes|i do|i was lying)\b")
# Taken back later in the message, in so many words ("i said no. i lied."); "i do" elsewhere is too common to count.
RECANTED_LATER = re.compile(r"(?<!never )(?<!didn't )(?<!not )\b(?:lied|i was lying|the truth is)\b")
NEGATED_THOUGHTS = re.compile(r"\b(?:no|zero|not (?:have|having) any|don't (?:have|get) any|never (?:had|have)|without any|(?:haven't|hasn't|have not|has not) (?:had|felt|noticed) any) "
                              r"(?:\w+ )?(?:thoughts?|urges?|plans?|intention|desire)\b"
                              r"|\b(?:nao tenho|no tengo|je n'ai pas de|ich habe keine|keine) (?:\w+ )?(?:pensamentos|pensamientos|pensees|gedanken)\b")
# "Suicidal, no." "Self-harm? No." "a: nope" "and no, i'm really not": a denial right after the words.
DENIED_AFTER = re.compile(r"^[\s\W]{0,4}(?:(?:\w+ ){0,5}(?:is|was) )?(?:a:\s*|honestly,? |answer:? )?(?:no|nope|nah|never|none|not at all|all no's)\b(?!\s+(?:one|body|longer|more|matter|cap))"
                          # Spanish and Portuguese put "no"/"nao" before the verb it negates ("no se me va de la cabeza");
                          # "no, I don't want to talk about it" refuses a topic, not the risk.
                          r"(?!\s+(?:se|me|te|lo|la|le|puedo|paro|dejo|deja|para|sai|consigo)\b)(?!,?\s+i (?:don't|do not) (?:want|need) to (?:talk|discuss|go into|get into|explain))"
                          r"|^[\s\W]{0,4}(?:hasn't|has not|haven't|have not) (?:come back|returned|been back)\b"
                          r"|^[\s\W]{0,4}(?:and|but)? ?no,? i'?m (?:really |honestly )?not\b|^[\s\W]{0,4}i'?m not\b(?! (?:going to lie|lying|kidding|joking))|^[\s\W]{0,4}never have\b"
                          # "self harm isn't something I'd do", "ending my life isn't on my mind", "suicide has never
                          # been on the table for me": the words named only to be ruled out ("isn't off the table" is not).
                          r"|^[\s\W]{0,4}(?:isn't|is not|'s not|has never been|have never been|was never|is never|never was|hasn't been|has not been) "
                          r"(?:really |ever |even )?(?:something i(?:'d| would| will|'m| am)? (?:do|consider|considering|think about|thinking about)|on (?:my|the) "
                          r"(?:mind|table|radar|cards)|an option for me|a thing for me|in my head|what (?:this|i'm|i am) (?:is|feeling|about))"
                          # ... unless it is taken back: "until now", "it's something I have to do".
                          r"(?!.{0,60}\b(?:until (?:now|recently|lately|this)|till now|but now|have to do|need to do|must do)\b)")
NOT_SELF_RISK_EXTRA = re.compile(r"\bsuicide (?:risk|screening|assessment|questions?)\b|\bscreen\w* (?:me )?for suicide\b")
FALLBACK = re.compile(r"\bsuicid(?:e|al)\b|\bunaliv\w*\b|\bkill myself\b")
NOT_SELF_RISK = re.compile(r"\bsuicide (?:prevention|rates?|awareness|hotline|squad|mission|bombers?|doors?|watch)\b|"
                           r"\b(?:died|death|lost \w+(?: \w+)? to|loss to|killed) (?:by )?suicide\b|\b(?:his|her|their|friend's|'s) suicide\b")


# Negative words right before the words that do not negate them: "struggling not to self harm", "why not just end it".
NOT_A_DENIAL = re.compile(r"\b(?:struggling|struggle|trying|try|tried|hard|fighting|fight|resisting|battling|so close|barely) not to$|"
                          r"\bwhy not(?: just)?$")
# "idk" (normalised to "i don't know") is no negator wherever it stands; a denial beside it still is. Nor is a
# disclaimer that insists the words are meant ("i'm not joking, i want to die", "it wasn't a cry for help").
NO_NEGATION = re.compile(r"\bi don't know\b|\bno joke\b|\bno cap\b|\bnot (?:going to|gonna) lie\b|\b(?:not|isn't|wasn't|no)\s+(?:even\s+)?(?:joking|kidding|exaggerating|lying|"
                         r"being dramatic|a joke|a cry for help|(?:doing it |saying this |saying it )?for attention)\b")
# A streak ("40 days without self harm", "got through christmas without it") is a denial only while it holds.
STREAK = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|several|few|many) (?:days?|weeks?|months?|years?) without$|"
                    r"\bgot through (?:\w+ ){1,3}without$|\bday \d+ without$")
STREAK_BROKEN = re.compile(r"\b(?:urges?|struggl\w*|so hard|so close|gave in|give in|giving in|broke|breaking|relaps\w*|"
                           r"did it|again|tonight|last night|slipped|tempted)\b")


_COMMA = re.compile(r"[,;:]")
_PERFECT_DENIAL = re.compile(r"\b(?:haven't|hasn't|have not|has not)\b")


def _negated(clause: str, start: int, end: int, inside: bool = True, full: str = "") -> bool:
    """A negator inside the match ('i'm not suicidal') or among the few words before it, not cut off by
    'if', 'but', 'just' and the like. Patterns whose wording is itself negative ('nothing ever gets better') look
    only before the match (inside=False) or are marked not negatable. A streak the message says is breaking
    ('day 12 without self-harming. the urges come at night') is no denial."""
    lead = clause[:start].rstrip()
    if NOT_A_DENIAL.search(lead) or (STREAK.search(lead) and STREAK_BROKEN.search(full or clause)):
        return False
    if _until_now_after(clause, end):
        return False  # "I haven't wanted to die in years, until this week": the denial ends now
    if inside and NEGATORS.search(clause[start:end]):
        return True
    if DENIED_AFTER.search(clause[end:end + 60]):
        return True
    before_text = " ".join(clause[:start].split()[-8:])
    # Asked and answered "no" ... unless taken back anywhere in the message ("i said no. i lied.").
    if QUESTIONED.search(before_text) and not RECANTED.search(clause[end:]) and not RECANTED_LATER.search(full):
        return True
    # "no thoughts of", "haven't had any urges to cut": the denial may stand before the words that matched or run
    # into them.
    if NEGATED_THOUGHTS.search(f"{before_text} {clause[start:end]}"):
        return True
    # Distress phrases are often preceded by other negative words: only a negator right before them counts.
    before = NO_NEGATION.sub(" ", clause[:start]).split()[-(4 if inside else 1):]
    window = " ".join(before)
    cut = list(BREAKERS.finditer(window))
    if cut:
        window = window[cut[-1].end():]
    # "i said yeah but im not, i want to kill myself": a negator closed off by a comma belongs to what came before
    # (but "no, i haven't self harmed" is still the "no" answering).
    tail = _COMMA.split(window)[-1]
    if not _PERFECT_DENIAL.search(tail):
        window = tail
    return bool(NEGATORS.search(window))


NOW_RISK = re.compile(r"\b(?:(?<!used to )want to die|wanna die|"
                      r"going to (?:kill|end|do it)|i can't (?:go on|do this)|i don't want to be here|i (?:want|wanna|am going|'m going) to do the same|"
                      r"(?:haven't|hasn't|have not|has not|never) stopped|won't stop|warming up to|now (?:they|it) (?:feel|feels|seem|seems) like)\b")
# Time words place risk in the present, read over the whole message ("Years ago I tried. Tonight I'm thinking about
# it."), unless the message says the risk is over and the sentence with the time word holds nothing of risk or
# struggle: "Seven years ago I tried to end my life; I'm not that person anymore. Tonight I'm making pasta".
NOW_TIME = re.compile(r"(?<!ago )(?<!the )\b(?:right now|tonight|last night|yesterday|this morning|these days)\b")
TIME_STATE = re.compile(r"\b(?:it|that|again|back|still|urges?|thoughts?|think\w*|thought|want\w*|wish\w*|feel\w*|felt|tempt\w*|"
                        r"struggl\w*|scared|afraid|can't|cannot|hard|bad|dark|low|numb|relaps\w*|die|dying|dead|death|suicid\w*|"
                        r"kill\w*|end|ending|hurt\w*|harm\w*|cut\w*|burn\w*|blood|pills|tablets|meds|rope|bridge|edge|roof|jump\w*|"
                        r"overdos\w*|notes?|letters?|goodbyes?|bye|ready|plan\w*|done|enough|alone|cry\w*|cried|drunk|drinking|"
                        r"car|garage|stood|standing|sitting|nobody|anymore|any more)\b")
_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")


def _now_risk(full: str) -> bool:
    if NOW_RISK.search(full):
        return True
    resolved = bool(RESOLVED.search(full))
    return any(NOW_TIME.search(s) and (not resolved or TIME_STATE.search(s)) for s in _SENTENCES.split(full))


RELAPSE = re.compile(r"\b(?:again|are back|is back|it's back|came back|coming back|started (?:again|up)|relaps\w*|this week|lately|recently|"
                     r"getting worse|worse now|right back|back there|back to where|now (?:it's|its) every)\b")


# Years back, not days or weeks: "came back a few days ago" is a relapse now.
DATED = re.compile(r"\b(?:in|back in) (?:19|20)\d\d\b|\byears? ago\b|\ba decade ago\b")
# First-person risk said in the present tense: never resolved history, whatever else the message says of the past.
PRESENT_INTENT = re.compile(r"\b(?:i|i'm|im|i am)\s+(?:(?!(?:was|were|had|used|did|once|would|wanted|felt|thought)\b)\w+\s+){0,2}(?:want|wanna|need|going|planning|plan|ready|about|thinking|think|keep thinking)"
                            r"\s+(?:to|of|about)\s+(?:\w+\s+){0,2}(?:kill|end|die|hurt|harm|cut|suicide|disappear|not (?:be|exist|wake))"
                            # "I'll end it at 6": a future that is not a past (unless reported: "at 14 I thought I'll kill myself one day").
                            r"|(?<!thought )(?<!said )(?<!swore )(?<!myself )\b(?:i'll|ill|i will)\s+(?:\w+\s+)?(?:kill myself|end it|end my life|unalive myself)\b")


# Thoughts or urges returning now: a present perfect or an "until this week" is recent whatever else the clause
# dates ("the suicidal thoughts I had years ago have come back").
RETURNED = re.compile(r"\b(?:thoughts?|urges?|feelings?|ideation|voices?|it|they)(?: \w+){0,5} (?:have|has|'ve|'s|are|is|keep) (?:\w+ )?"
                      r"(?:come|crept|started coming|creeping|coming|been coming) back\b|\b(?:thoughts?|urges?|feelings?|ideation) "
                      r"(?:have|has) returned\b")
UNTIL_NOW = re.compile(r"\buntil (?:this|last) (?:week|month|night|weekend|morning)\b|\buntil (?:today|yesterday|recently|tonight|now|lately)\b|"
                       r"\buntil (?:a few|a couple of|two|three|\d+) (?:days|weeks) ago\b")


def _until_now_after(clause: str, end: int) -> bool:
    """"... until this week" right after a match, nothing like "just" or "but" between: the statement ends now.
    ("I'm not suicidal, I just couldn't sleep until this morning" keeps its denial.)"""
    until = UNTIL_NOW.search(clause, end, end + 60)
    return bool(until) and not BREAKERS.search(clause[end:until.start()])


URGE_BACK = re.compile(r"\b(?:urges?|thoughts?|ideation|feelings?|voices?)(?: \w+){0,3} (?:is|are|'s|'re|have|has|keep) "
                       r"(?!not |no longer |never )(?:\w+ )?(?:back|returned|come back|coming back|crept back|creeping back)\b")
ATTEMPT_CONTEXT = re.compile(r"\b(?:suicid\w*|attempt(?:ed)?|overdos\w*|kill(?:ing)? myself|end(?:ing)? (?:it|my life|things)|die|dying|"
                             r"not (?:be )?(?:here|alive)|unaliv\w*)\b")
HARM_CONTEXT = re.compile(r"\b(?:self[- ]?harm\w*|cut(?:ting)?|burn(?:ing)? myself|hurt(?:ing)? myself|sh)\b")
WISH_UNTIL_NOW = re.compile(r"\b(?:want|wanna|wanted|wanting|wished|wishing|thought|thinking|felt like) (?:about |of )?(?:to )?(?:die|dying|suicide|"
                            r"end(?:ing)? (?:it|my life|things)|kill(?:ing)? myself|not (?:be )?(?:here|alive|waking up|wake up)|"
                            r"(?:self[- ]?harm\w*|cut(?:ting)?|hurt(?:ing)? myself))\b")
_RETURNED_IDEATION = Pattern("active_ideation", "high", "self", re.compile("(?!)"))
_RETURNED_HARM = Pattern("self_harm", "high", "self", re.compile("(?!)"))


def _returned_now(clauses: list[str]) -> str | None:
    """Whose urges or wishes about dying or self-harm are back now: "self", "other" or None."""
    about_risk = any(ATTEMPT_CONTEXT.search(c) or HARM_CONTEXT.search(c) for c in clauses)
    subject = None
    for clause in clauses:
        wish = WISH_UNTIL_NOW.search(clause)
        for match in (URGE_BACK.search(clause) if about_risk else None,
                      wish if wish and _until_now_after(clause, wish.end()) else None):
            if match:
                if not _about_someone_else(clause, match.start(), match.end()):
                    return "self"
                subject = "other"
    return subject


def _relapse_now(full: str) -> bool:
    """A relapse the message speaks of, unless it is dated in the past ('I relapsed in 2019, but that was the last time')."""
    for part in _CLAUSES.split(full):
        if RETURNED.search(part) or UNTIL_NOW.search(part) or (RELAPSE.search(part) and not DATED.search(part)):
            return True
    return False


_MILESTONE_NOW = re.compile(r"(\b(?:\w+ )?(?:years?|months?|\d{3,} days) (?:free|clean|sober|since)\b[^.!?]{0,60}?)\b(?:this week|today|tonight)\b"
                            r"(?![^.!?]*\b(?:i|i'm|want|wanted|urges?|tempt\w*|again|struggl\w*|hard)\b)")


def _is_resolved_history(clause: str, full: str) -> bool:
    """Risk placed in a past the person says is over: 'I used to self-harm; 500 days clean today'."""
    # A milestone marked now ("two years free from self harm this week") dates the streak, not the risk.
    clause, full = _MILESTONE_NOW.sub(r"\1", clause), _MILESTONE_NOW.sub(r"\1", full)
    if PRESENT.search(clause) or _relapse_now(full) or _now_risk(full) or PRESENT_INTENT.search(clause):
        return False
    if PAST.search(clause):
        return bool(RESOLVED.search(full)) or "used to" in clause or bool(re.search(r"\bago\b|\bat (?:age )?\d|\bwhen i was (?:\d+|a (?:kid|teen|teenager)|younger|little)\b|\b(?:years?|months?)(?: today| ago today)? since i\b|\b\d{3,} days since i\b|\b(?:years?|months?) since my last\b|\bin (?:19|20)\d\d\b|\bmy old (?:self[- ]?harm|cutting) scars\b", clause))
    # The clause itself may be present-tense framing ("two years since I last hurt myself"): the message
    # must then both place the risk in the past and say it is over.
    return bool(PAST.search(full)) and bool(RESOLVED.search(full))


#: Each pattern's own signal, by its regex: a pattern about someone else keeps its regex under a new signal.
_NAMED = {id(p.regex): p.signal for p in PATTERNS}


def detect(text: str) -> Assessment:
    norm = normalise(text)
    idiom = bool(IDIOMS.search(norm))
    norm = IDIOMS.sub(" ", norm)
    found: list[tuple[Pattern, str]] = []
    history = False
    negated = False
    clauses = _CLAUSES.split(norm)
    for n, clause in enumerate(clauses):
        # A question's answer often stands in the next clause ("Self-harm? No."): read on into it.
        if clause.rstrip().endswith("?") and n + 1 < len(clauses):
            clause = clause + " " + clauses[n + 1]
        for pattern in PATTERNS:
            match = pattern.regex.search(clause)
            if not match:
                continue
            inside = pattern.negatable is True and pattern.level != "concern"
            if pattern.negatable and _negated(clause, match.start(), match.end(), inside=inside, full=norm):
                negated = True
                continue
            if pattern.level != "concern" and _is_resolved_history(clause, norm):
                history = True
                continue
            if pattern.subject == "self" and pattern.signal != "danger_from_others" and \
                    _about_someone_else(clause, match.start(), match.end()):
                pattern = Pattern("other_at_risk" if pattern.signal != "danger_from_others" else pattern.signal,
                                  pattern.level, "other", pattern.regex)
            found.append((pattern, clause))
        # A last net: the plain words, in a clause where nothing more specific fired.
        if not any(c == clause for _, c in found):
            match = FALLBACK.search(clause)
            if match and not NOT_SELF_RISK.search(clause) and not NOT_SELF_RISK_EXTRA.search(clause):
                if DENIED_AFTER.search(clause[match.end():match.end() + 60]):
                    # Ruled out in so many words after it ("suicide has never been on the table for me"): set aside.
                    negated = True
                elif _negated(clause, match.start(), match.end(), full=norm):
                    # A negator before it ("not suicidal. just would be happy to die", "j'arrete pas de penser au
                    # suicide") leaves the message to the learned layer.
                    pass
                elif _is_resolved_history(clause, norm):
                    history = True
                elif _about_someone_else(clause, match.start(), match.end()):
                    found.append((_FALLBACK_OTHER, clause))
                else:
                    found.append((_FALLBACK_PATTERN, clause))
    across = [pattern for pattern in ACROSS if pattern.regex.search(norm)]
    if across and not _is_resolved_history(norm, norm):
        found += [(pattern, norm) for pattern in across]
    # Judged by what the patterns named, before a goodbye said of someone else became "other_at_risk" ("we dropped
    # her off at uni and said goodbye in the car park").
    kinds = {_NAMED.get(id(p.regex), p.signal) for p, _ in found}
    everyday = bool(found) and kinds <= ORDINARY_SIGNALS and bool(ORDINARY_LEAVING.search(norm)) \
        and not FINAL_OR_RISK.search(norm)
    if everyday:
        found = []
    returned = None if found else _returned_now(clauses)
    if returned:
        # A return in a message about that risk: "it's been 5 years since my attempt and the urge is back",
        # "I haven't wanted to die in years, until this week".
        pattern = _RETURNED_HARM if HARM_CONTEXT.search(norm) else _RETURNED_IDEATION
        found.append((pattern if returned == "self" else _FALLBACK_OTHER, norm))
    if not found:
        set_aside = [name for name, flag in (("history_resolved", history), ("negated", negated), ("idiom", idiom),
                                             ("everyday", everyday)) if flag]
        return Assessment(signals=set_aside)
    top = max(CRISIS_ORDER[p.level] for p, _ in found)
    level = next(lvl for lvl, rank in CRISIS_ORDER.items() if rank == top)
    signals = sorted({p.signal for p, _ in found})
    # A clause in which a third-party pattern fired is about that person, whatever else matched in it;
    # self-risk elsewhere in the message still makes the writer the subject.
    other_clauses = {c for p, c in found if p.subject == "other"}
    at_top = [(p, c) for p, c in found if CRISIS_ORDER[p.level] == top]
    subject = "self" if any(p.subject == "self" and c not in other_clauses for p, c in at_top) else "other"
    if subject == "other" and not any(p.subject == "other" for p, _ in at_top):
        # The top level came only from self patterns inside third-party clauses: it is their risk.
        top = max(CRISIS_ORDER[p.level] for p, _ in found if p.subject == "other") if level == "imminent" else top
    return Assessment(level=level, subject=subject, signals=signals)


SET_ASIDE = frozenset({"history_resolved", "negated", "idiom", "everyday"})
# Finality that turns leave-taking into a possible last message.
FINAL_WORDS = re.compile(r"\b(?:everyone|everybody|all of you|forever|for good|for the last time|last|final|thanks for everything|"
                         r"sorry for everything|love you all|won't be|not be around|remember me|take care of (?:my|the)|it's time|"
                         # a goodbye that is a thing sent or left, or comes with an act: "my goodbye post", "pills taken. goodbye"
                         r"permanently|or ever|for real|other side|arrangements|doing it|nice knowing|blames? (?:themselves|yourselves|yourself)|"
                         r"(?:my|a|the|her|his) goodbye|goodbye (?:post|text|letter|note|poem|message|video|story)s?|pills?|taken|tablets|"
                         # set AB: a goodbye from a place or with means, or one reported ("texted me goodbye")
                         r"cliffs?|bridge|roof|edge|tracks|ledge|overpass|balcony|exhaust|engine|floor|window|rope|blade|water|"
                         r"texted|messaged|not answering|isn't answering|i'm done|"
                         # a note or letter left behind beside the goodbye ("Left a note under my pillow. I'm heading out.")
                         r"notes?|letters?)\b", re.I)


def ordinary_goodbye(text: str) -> bool:
    """'ok thanks, bye', 'gotta go make dinner. bye': a short leave-taking with no note of finality. The
    learned layer does not read these (its training goodbyes were mostly last messages); a goodbye after risk
    talk is still caught by the crisis rail's conversation context."""
    from companion.language import is_goodbye

    return len(text.split()) <= 12 and is_goodbye(text) and not FINAL_WORDS.search(text)


def learned_reads(assessment: Assessment, text: str) -> str | None:
    """How the learned layer may read a message the patterns assessed: "open" (it may raise the level), "aside"
    (the patterns set it aside as a negation, an idiom, a resolved history or ordinary leave-taking: only a
    reading of the model's aside_at or more raises it, to high or above, never to concern), or None (already
    imminent, under three words, or an ordinary goodbye: the patterns' alone). Every conversation ends in a goodbye, so even a rare
    false reading there would put many people in safety mode ("They're coming to take me down now. Bye." read
    0.95); a goodbye after risk talk is the crisis rail's, from the conversation."""
    from guardrails.crisis.learned import gated

    if assessment.level == "imminent" or not gated(text) or ordinary_goodbye(text):
        return None
    return "aside" if SET_ASIDE & set(assessment.signals) else "open"


#: The kind head's share for harm to others, among the risk kinds, at which a learned-only escalation is read as
#: harm to others (on blind sets AE and AF: 50 of 64 such messages, against one danger-from-others message; an
#: explicit "going to do it one of these days", with nobody named, stays the writer's).
HARM_SHARE = 0.5
ANOTHER_PERSON = re.compile(r"\b(?:him|her|them|his|he|she|they|he's|she's|they're|someone|somebody|people|everyone|anyone|"
                            r"my (?:\w+ )?(?:ex|boss|wife|husband|partner|boyfriend|girlfriend|brother|sister|mum|mom|mother|dad|father|"
                            r"son|daughter|baby|kid|kids|child|children|neighbou?r|teacher|roommate|flatmate|stepdad|stepmum|stepmom|"
                            r"nan|gran|grandma|grandad|coworker|colleague|manager|landlord|friend|mate))\b")


def assess_batch(texts: list[str], model=None) -> list[Assessment]:
    """Patterns, then the learned layer, which may only raise a level (at a higher threshold for messages without
    risk vocabulary, and a higher one still for what the patterns set aside: "I'm not suicidal, I just wouldn't
    mind not waking up" is set aside as a negation, yet is passive ideation). Messages under three words and
    ordinary goodbyes are left to the patterns."""
    from guardrails.crisis.learned import default_model, may_escalate

    model = model if model is not None else default_model()
    results = [detect(t) for t in texts]
    if model is None:
        return results
    reads = {i: how for i, a in enumerate(results) if (how := learned_reads(a, texts[i]))}
    if not reads:
        return results
    normalised = {i: normalise(texts[i]) for i in reads}
    for i, r in zip(reads, model.read([normalised[i] for i in reads])):
        a = results[i]
        level = a.level
        # On everyday narration ("I'm in the waiting room", "this is my stop, bye") the layer's readings ran
        # high, so a message without risk vocabulary (learned.ESCALATION_GATE) needs a higher reading (plain_at)
        # to escalate, and then only to high: imminence needs the vocabulary of means, plans or goodbyes. What the
        # patterns set aside needs aside_at, and is never raised to concern (it holds no pattern, so it is never high).
        worded = may_escalate(normalised[i])
        aside = reads[i] == "aside"
        if r.escalate >= (model.aside_at if aside else model.high_at if worded else model.plain_at):
            level = "imminent" if worded and r.imminent >= model.imminent_at else max(level, "high", key=CRISIS_ORDER.get)
        elif a.level == "high" and r.imminent >= model.imminent_at:
            level = "imminent"
        elif not aside and (r.escalate >= model.high_at or r.concern >= model.concern_at) and a.level == "none":
            level = "concern"
        if level != a.level:
            # Without a pattern to place it, the risk is the writer's unless the subject head is very sure, or the
            # kind head reads harm to another person named in the message ("he's asleep and I'm holding the knife"):
            # then the reply is the one for harm to others, not a question about the writer's own safety.
            signals = [*a.signals, "learned"]
            subject = a.subject
            if subject is None and CRISIS_ORDER[level] >= CRISIS_ORDER["high"] and r.harm >= HARM_SHARE \
                    and ANOTHER_PERSON.search(normalised[i]):
                subject, signals = "other", [*a.signals, "harm_to_others", "learned"]
            results[i] = Assessment(level=level, subject=subject or ("other" if r.other >= 0.9 else "self"), signals=signals)
    return results


def assess(text: str, model=None) -> Assessment:
    return assess_batch([text], model)[0]
