"""Reading a message closely enough to reflect it back: feelings, themes, the person's own clause, intent."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Feeling words a person might use → the name the companion offers back (tentatively).
FEELINGS: tuple[tuple[str, str], ...] = (
    (r"ashamed|shame(?:ful|d)?|humiliat\w+", "shame"),
    (r"embarrass\w*|mortified|cringe", "embarrassment"),
    (r"guilt\w*|my fault|blame myself", "guilt"),
    (r"anxious|anxiety|worr\w+|nervous|panic\w*|on edge|dread\w*|uneasy", "worry"),
    (r"scared|afraid|frightened|terrified|fear\w*", "fear"),
    (r"lonely|alone|isolated|left out|no one to talk|nobody to talk", "loneliness"),
    (r"angry|furious|mad at|pissed|rage|resent\w*|irritat\w+", "anger"),
    (r"frustrat\w+|fed up|stuck", "frustration"),
    (r"exhausted|tired|drained|worn out|burn(?:ed|t) out|burnout|no energy|running on empty", "exhaustion"),
    (r"overwhelm\w*|too much|drowning|can't keep up|swamped", "overwhelm"),
    (r"grie\w+|mourn\w*|passed away|died|funeral|lost my (?:mum|mom|dad|father|mother|wife|husband|partner|friend|dog|cat|baby)", "grief"),
    (r"heartbroken|broke up|breakup|dumped|left me", "heartbreak"),
    (r"hurt|betrayed|let down", "hurt"),
    (r"disappoint\w*|let myself down", "disappointment"),
    (r"jealous|envious|envy", "envy"),
    (r"numb|empty|nothing at all|flat", "numbness"),
    (r"sad|down|low|crying|cried|tearful|miserable|depressed|blue", "sadness"),
    (r"confus\w+|lost|don't know what to do", "confusion"),
    (r"stress\w*|pressure|tense", "stress"),
)
_FEELINGS = [(re.compile(rf"\b(?:{rx})\b", re.I), name) for rx, name in FEELINGS]

SELF_CRITICAL = re.compile(
    r"\b(?:i'?m|i am|i feel|i'm such|i'm so|i am so|i'm just|what) (?:a |an |such a |so |just |completely |totally |really )*"
    r"(?:stupid|idiot|failure|useless|worthless|pathetic|loser|disappointment|mess|fraud|joke|terrible person|bad person|"
    r"incompetent|not good enough|weak|too much|a burden)\b|\bhate myself\b|\bwhy am i (?:like this|so)\b|\bi can't do anything right\b|"
    r"\bi (?:always|keep) (?:mess|screw|fuck)(?:ing)? (?:up|things up)\b|\bi (?:messed|screwed|fucked) (?:it |everything |things )?up\b|"
    r"\bmy fault\b|\bblame myself\b|\bi'm (?:so )?(?:dumb|ugly|fat|lazy)\b",
    re.I)
HARMED_OTHER = re.compile(
    r"\bi (?:yelled|shouted|snapped|screamed|lashed out|swore) at\b|\bi (?:hurt|hit|lied to|cheated on|betrayed|insulted|humiliated|ignored|ghosted|blamed) "
    r"(?:my |her\b|him\b|them\b|someone|a friend|my \w+)|\bi was (?:cruel|mean|awful|horrible|rude|nasty) to\b|\bi said (?:something|things) (?:awful|hurtful|mean|cruel)\b",
    re.I)
ASKS_ADVICE = re.compile(r"\bwhat (?:should|do|can) i do\b|\bhow (?:do|can|should) i (?:fix|stop|get over|deal|handle|cope)\b|\bany (?:advice|tips)\b|\bgive me advice\b|\btell me what to do\b", re.I)

THEMES: dict[str, re.Pattern[str]] = {
    "work": re.compile(r"\b(?:work|job|boss|manager|colleague|coworker|meeting|deadline|presentation|project|client|shift|promotion|fired|laid off|interview|career)\b", re.I),
    "study": re.compile(r"\b(?:exam|exams|test|grade|grades|class|school|university|college|thesis|essay|assignment|teacher|professor)\b", re.I),
    "relationship": re.compile(r"\b(?:partner|boyfriend|girlfriend|husband|wife|ex|relationship|dating|marriage|divorce|broke up)\b", re.I),
    "family": re.compile(r"\b(?:mum|mom|mother|dad|father|parents?|sister|brother|family|son|daughter|kids?|children|baby)\b", re.I),
    "friends": re.compile(r"\b(?:friends?|friendship|group chat)\b", re.I),
    "health": re.compile(r"\b(?:sick|illness|diagnos\w+|pain|hospital|doctor|body|health|sleep|insomnia)\b", re.I),
    "caregiving": re.compile(r"\b(?:caring for|caregiver|carer|patients?|nurse|look after)\b", re.I),
}

GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|yo|hola|bonjour|hallo)\b[\s!.,]*(?:there|companion)?[\s!.]*$", re.I)
# "goodbye to my grandma", "need to go to the doctor": not taking leave of this conversation.
GOODBYE = re.compile(r"(?<!without saying )(?<!didn't say )\b(?:bye|goodbye(?! to (?!you\b))|good night|goodnight|see you|see ya|cya|talk (?:to you )?later|ttyl|gtg|g2g|gotta go|got to go|"
                     r"(?:i )?(?:have|need) to go(?! (?:to|through|back|for|in|out|over|with)\b)|i'm going to go|(?:i'm |im )?gonna go(?! (?:to|through|back|for|in|out|over|with|and|on|off|into)\b)|i'll go now|that's all(?: for (?:now|today))?|"
                     r"i'm done(?: for (?:now|today))?|i'll stop (?:here|there)|log(?:ging)? off|signing off|leave it (?:here|there)|"
                     # leave-taking by what comes next: "heading to bed", "going offline for a bit", "calling it a night",
                     # "talk tomorrow"; the ones that could open a story ("I need to sleep but...") only at the end.
                     r"calling it a (?:night|day)|(?:going|heading|gone) offline|talk (?:tomorrow|soon)|speak (?:tomorrow|soon)|"
                     # sets W and X: "gotta sleep, night", "got to run, my ride is here", "I'm off now", "that's it for me for
                     # today", "leaving now, thank you", "I'm going to close the app now", "I should get some sleep" ("time
                     # for me to go" and a bare "that's it for me" stay out: they are also how a last message is said)
                     r"(?<!case i )(?<!if i )(?<!when i )(?:gotta|got to|have to|need to) (?:run|head out|head off|sleep)(?=\s*(?:[.!,;]|$|now|bye|sorry|x+\b|thanks|thank you))|head(?:ing)? (?:out|off)(?: now)?(?=\s*[.!,]*\s*(?:$|thanks|thank you|bye))|"
                     r"(?:^|,\s*)night(?=\s*[!.]*\s*$)|i'?m off(?: now)?(?=\s*[.!]*\s*$)|that'?s it for me for (?:now|today|tonight)|leaving now|"
                     r"(?:close|closing) (?:the|this) app|(?:should|better|must) get some sleep|time for me to (?:head off|log off|sleep)|"
                     r"(?:that's|thats|that is) enough for (?:me|now|today|tonight)|enough for (?:today|tonight)|"
                     r"(?:i )?(?:want|need|would like|'d like) to (?:stop|end) (?:the |this |our )?(?:session|chat|conversation|here|now|for (?:now|today|tonight))|"
                     r"(?:heading|off|going|gotta go|got to go|time) (?:to |for )?(?:bed|sleep)(?: now)?(?=\s*[.!]*\s*$)|"
                     r"(?:need|going) (?:to|some) (?:sleep|rest)(?: now)?(?=\s*[.!]*\s*$)|(?:going|off) to (?:rest|get some rest)(?: now)?(?=\s*[.!]*\s*$)|"
                     # stopping or ending the session: "I'm going to stop, my head hurts", "time for bed, thanks", "end
                     # session please", "I'll conclude here for today".
                     r"(?:i'm|i am|im) (?:going to|gonna) stop(?=\s*(?:[,.!;]|$|for (?:now|today|tonight)|here|now))|"
                     r"(?:time for|off to|heading to) bed,? (?:thanks|thank you|x+)(?=\s*[.!]*\s*$)|"
                     r"(?:end|terminate|close|finish|conclude)(?: the| this| our| my)? (?:session|chat)(?: (?:now|please|here|for (?:now|today)))?(?=\s*[.!]*\s*$)|"
                     r"(?:i'll|i will) conclude here)\b", re.I)
THANKS = re.compile(r"^\s*(?:thanks|thank you|ty|cheers|that helps|that helped)\b[\s\w,.!]{0,30}$", re.I)
IDENTITY = re.compile(r"\b(?:are you (?:a |an )?(?:real|human|person|bot|ai|robot|machine|chatbot)|am i talking to (?:a |an )?(?:real person|human|bot|ai)|who are you|what are you|do you (?:have|feel) (?:feelings|emotions)|do you (?:actually )?care)\b", re.I)
YES = re.compile(r"^\s*(?:yes|yeah|yep|yup|sure|ok|okay|alright|please|let's (?:do it|try|go)|go on|i'?d like that|sounds good)\b[\s\w,.!]{0,20}$", re.I)
NO = re.compile(r"^\s*(?:no|nope|nah|not now|no thanks|no thank you|maybe later|not really)\b[\s.,!]*$", re.I)
LIST_PRACTICES = re.compile(r"^\s*/practices\s*$|\bwhat (?:practices|exercises) (?:do you have|are there)\b|\blist (?:the )?(?:practices|exercises)\b", re.I)
PRACTICE_COMMAND = re.compile(r"^\s*/practice\s+([\w-]+)\s*$", re.I)
PRACTICE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bself[- ]compassion break\b", re.I), "self-compassion-break"),
    (re.compile(r"\b(?:friend[- ]letter|letter (?:to myself|from a friend)|compassionate[- ]friend)\b", re.I), "friend-letter"),
    (re.compile(r"\b(?:breathing|breathe|breath) (?:exercise|practice)\b|\bsoothing[- ]rhythm\b|\bhelp me (?:breathe|calm down)\b", re.I), "soothing-breathing"),
    (re.compile(r"\bcompassion pause\b", re.I), "compassion-pause"),
    (re.compile(r"\bevening reflection\b|\breflect on (?:my|the) day\b", re.I), "evening-reflection"),
    (re.compile(r"\bthree[- ]systems?\b|\bcheck[- ]in\b", re.I), "three-systems-checkin"),
)
PRACTICE_ASK = re.compile(r"\b(?:can we|could we|let's|i(?:'d| would) like to|i want to|start|do|try|walk me through)\b", re.I)

_SWAP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are",
    "i'm": "you're", "im": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd", "was": "were",
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
}
_FILLER = re.compile(r"(?:[\s,]+(?:lol|lmao|haha+|hehe|tbh|idk|smh|ugh|fml|xd)\b|[\s,]*[\U0001F300-\U0001FAFF\u2600-\u27BF:;]-?[()DPp/]?)+[\s.!?]*$", re.I)
_LEADING = re.compile(r"^(?:and|but|so|just|also|then|well|like|honestly|basically|anyway|um+|uh+|ok(?:ay)?|yeah|today|lately)\b[\s,]*", re.I)


@dataclass
class Reading:
    feelings: list[str] = field(default_factory=list)
    named_feelings: list[str] = field(default_factory=list)  # the ones the person put into words
    themes: list[str] = field(default_factory=list)
    clause: str | None = None
    self_critical: bool = False
    harmed_other: bool = False
    asks_advice: bool = False


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def reflect_pronouns(clause: str) -> str | None:
    """First person → second person ('I keep failing my exams' → 'you keep failing your exams').

    Returns None when the clause talks to or about 'you' already: swapping would garble it.
    """
    words = re.findall(r"[\w']+|[^\w\s]", clause)
    if any(w.lower() in {"you", "your", "yours", "yourself", "u"} for w in words):
        return None
    out: list[str] = []
    prev = ""
    for w in words:
        low = w.lower()
        if low == "was" and prev not in {"i"}:
            out.append(w)
        elif low == "am" and prev not in {"i"}:
            out.append(w)
        elif low in _SWAP:
            out.append(_SWAP[low])
        else:
            out.append(w if w != "I" else "you")
        prev = low
    text = " ".join(out)
    text = re.sub(r"\s+([,.;:!?…'])", r"\1", text).replace(" n't", "n't")
    return text


def _score(sentence: str) -> float:
    low = sentence.lower()
    score = 0.0
    score += 2.0 * sum(1 for rx, _ in _FEELINGS if rx.search(low))
    score += 1.5 if SELF_CRITICAL.search(low) else 0.0
    score += 1.0 if re.search(r"\b(?:i|i'm|i've|my|me)\b", low) else 0.0
    score -= 0.05 * max(0, len(low.split()) - 18)
    score -= 3.0 if "?" in sentence else 0.0
    return score


def best_clause(text: str, max_words: int = 18) -> str | None:
    # A question is not reflected back as a statement ("so should you work on..."): only statements count.
    candidates = [s for s in sentences(text) if len(s.split()) >= 3 and not s.rstrip().endswith("?")]
    if not candidates:
        return None
    sentence = max(candidates, key=_score)
    sentence = sentence.rstrip(".!?… ").strip()
    words = sentence.split()
    if len(words) > max_words:
        # Cut at a natural break before the limit, else keep the most feeling-laden part.
        parts = [p.strip() for p in re.split(r",|;|\s-\s|\s(?:and|but|because|so)\s", sentence) if len(p.split()) >= 3]
        parts = [p for p in parts if len(p.split()) <= max_words] or [" ".join(words[:max_words])]
        sentence = max(parts, key=_score)
    sentence = _FILLER.sub("", _LEADING.sub("", sentence)).strip(" ,")
    reflected = reflect_pronouns(sentence)
    if not reflected or len(reflected.split()) < 3:
        return None
    return reflected[0].lower() + reflected[1:] if not reflected.startswith(("I ", "I'")) else reflected


_SUBJECT = re.compile(r"\b(?P<first>i|i'm|im|i've|ive|i'd|i'll|me|myself)\b|\b(?P<third>she|he|they|his|her|their|them|him|"
                      r"my (?:mum|mom|mother|dad|father|son|daughter|partner|friend|boss|sister|brother|kid|wife|husband))\b", re.I)


def is_own_feeling(sentence: str, start: int) -> bool:
    """Whose feeling is it? The nearest subject before the word decides: 'She looked so scared when I
    shouted' is hers; 'I was scared' and a subjectless 'so tired' are the writer's."""
    subjects = list(_SUBJECT.finditer(sentence[:start]))
    return not subjects or subjects[-1].group("first") is not None


def read(text: str) -> Reading:
    reading = Reading()
    for sentence in sentences(text):
        for rx, name in _FEELINGS:
            match = rx.search(sentence)
            if match and is_own_feeling(sentence, match.start()) and name not in reading.feelings:
                reading.feelings.append(name)
                reading.named_feelings.append(name)
    reading.self_critical = bool(SELF_CRITICAL.search(text))
    if reading.self_critical and "shame" not in reading.feelings:
        reading.feelings.append("shame")
    reading.harmed_other = bool(HARMED_OTHER.search(text))
    if reading.harmed_other and "guilt" not in reading.feelings:
        reading.feelings.append("guilt")
    reading.asks_advice = bool(ASKS_ADVICE.search(text))
    reading.themes = [name for name, rx in THEMES.items() if rx.search(text)]
    reading.clause = best_clause(text)
    return reading


def is_goodbye(text: str) -> bool:
    """A short message that takes leave ('ok thanks, bye', 'I need to go now'). Crisis goodbyes never get here:
    the crisis rail answers them first."""
    return len(text.split()) <= 15 and bool(GOODBYE.search(text))


def requested_practice(text: str) -> str | None:
    command = PRACTICE_COMMAND.match(text)
    if command:
        return command.group(1).lower()
    for rx, name in PRACTICE_WORDS:
        if rx.search(text) and (PRACTICE_ASK.search(text) or len(text.split()) <= 4):
            return name
    return None
