"""Crisis language patterns, applied to normalised text (see normalise.py) clause by clause.

Each pattern names a signal, the level it raises, and whom the risk concerns. Idioms are removed before
matching; a negator just before a match, or a clause that places the thought in a resolved past,
silences that match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Pattern:
    signal: str
    level: Literal["concern", "high", "imminent"]
    subject: Literal["self", "other"]
    regex: re.Pattern[str]
    negatable: bool = True


def _p(signal, level, subject, regex, negatable=True):
    return Pattern(signal, level, subject, re.compile(regex), negatable)


ME = r"(?:i|i'm|im|i am|i've|ive|i have|i'll|ill|i will|i'd|id|i was|i feel|i keep|i just|i really|me)"
SELF_END = (r"(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life|it|everything|things)|take my (?:own )?life|"
            r"suicide|die|be dead|unalive myself)")
OTHER = (r"(?:my (?:friend|best friend|brother|sister|son|daughter|kid|child|partner|boyfriend|girlfriend|husband|wife|"
         r"mom|mum|mother|dad|father|roommate|flatmate|classmate|coworker|colleague|student|client|cousin|niece|nephew)|"
         r"he|she|they|someone i know|a friend)")
THIRD_REFLEXIVE = r"(?:himself|herself|themselves|themself)"

# Removed before matching: figures of speech that only look like risk.
IDIOMS = re.compile(
    r"(?:is|are|was|it's|its|this|that|they're|you're|these \w+|this \w+|the \w+) (?:is |are )?(?:literally |actually |honestly )?killing me"
    r"|killing me softly|dying to|to die for|die (?:of|from) (?:embarrassment|shame|laughter|boredom|cringe)"
    r"|(?:i'd|id|i would) (?:honestly |literally )?rather die than|dead (?:tired|on my feet|serious|last)"
    r"|bored to death|scared to death|killed it|kill(?:ing)? it\b|kill (?:some )?time|my feet are killing"
    r"|could (?:just )?die of|dying of (?:laughter|embarrassment)|(?:phone|battery|laptop) (?:is |was )?(?:dead|dying)"
    r"|die[- ]hard|over my dead body|to death\b|killer \w+|kill(?:ed|ing)? (?:the|a|my) (?:vibe|mood|bug|process|weeds|spider)"
)

PATTERNS: tuple[Pattern, ...] = (
    # Imminent: plan, means, timeline, goodbyes, giving things away, attempt under way.
    _p("plan", "imminent", "self", r"\b(?:i've|ive|i have|i) (?:got|made|have|written|wrote|worked out) (?:a|the|my) plan\b.*\b(?:die|kill|end|suicide|it)\b|\bmy (?:suicide )?plan (?:is|to)\b|\bplan(?:ning)? (?:how|when) (?:to|i'll|i will) (?:kill myself|end it|die)"),
    _p("plan", "imminent", "self", r"\b(?:suicide|goodbye) (?:note|letter)\b|\bwrote (?:my|a) (?:last|final) (?:note|letter)"),
    _p("means", "imminent", "self", r"\b(?:bought|got|have|collected|saved up|stockpil\w*|hoard\w*|counted out|ready) (?:a |the |some |all |enough |my )?(?:\w+ )?(?:pills|tablets|rope|noose|gun|razor|blades?|poison|meds|medication)\b.*\b(?:kill|die|end|suicide|overdose|it|tonight|enough)\b"),
    _p("means", "imminent", "self", r"\b(?:how many|what dose|lethal dose|how much) .*(?:to (?:die|kill myself|overdose|end it))|\bhow (?:do|can|could) i (?:kill myself|end my life|die painlessly|overdose)"),
    _p("timeline", "imminent", "self", rf"\b(?:tonight|today|tomorrow|this weekend|this week|in an hour|soon as|after (?:the|my|everyone) \w+)\b.*\b(?:kill myself|end (?:it|my life|it all|everything)|suicide|unalive)|\b(?:kill myself|end (?:it|my life|it all)|suicide)\b.*\b(?:tonight|today|tomorrow|this weekend|in an hour)\b"),
    _p("goodbye", "imminent", "self", r"\b(?:this is (?:my )?(?:final |last )?goodbye|saying (?:my )?goodbyes?|goodbye (?:forever|everyone|world)|won't be (?:around|here|alive) (?:tomorrow|much longer|anymore)|last (?:message|time you'll hear from me)|you won't hear from me again)"),
    _p("giving_away", "imminent", "self", r"\bgiv(?:e|ing|en) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|possessions|cat|dog|pets?|savings) (?:away|to)\b|\bgiv(?:e|ing) away (?:all )?my\b|\b(?:put|putting|getting) my affairs in order|\bwrote my will\b"),
    _p("attempt", "imminent", "self", r"\bi (?:just |already )?(?:took|swallowed|overdosed|downed) (?:\w+ ){0,3}(?:pills|tablets|bottle|everything|overdose|all of)|\bi(?:'m| am) (?:standing|sitting) on (?:the|a) (?:edge|ledge|bridge|roof|tracks)|\bi(?:'ve| have) (?:just )?(?:cut|slit) (?:my|myself) .*(?:deep|bleeding|won't stop)|\bbleeding (?:a lot|badly|and it won't stop)", negatable=False),
    # High, self: active and passive ideation, self-harm, danger from others.
    _p("active_ideation", "high", "self", rf"\b{ME} (?:\w+ ){{0,3}}(?:want|wanna|going|gonna|plan|planning|decided|ready|thinking about|think about|thought about|considering|need|about) (?:to )?(?:\w+ )?{SELF_END}\b"),
    _p("active_ideation", "high", "self", r"\b(?:kill myself|killing myself|commit suicide|end my (?:own )?life|take my (?:own )?life|unalive myself|kms|ctb|catch the bus|sewer ?slide)\b"),
    _p("active_ideation", "high", "self", r"\b(?:i'm|im|i am|i feel|feeling|i've been|been) (?:\w+ )?suicidal\b|\bsuicidal (?:thoughts|ideation|again|feelings)\b|\bthoughts? (?:of|about) (?:suicide|killing myself|ending (?:it|my life))"),
    _p("passive_ideation", "high", "self", r"\bwish (?:i|i'd|id) (?:was|were|could be|had) (?:dead|died|never been born|not born)|\bwish i could (?:just )?(?:go to )?sleep and (?:never|not) wake up|\bdon't want to wake up\b|\bhope i don't wake up", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:better off|be better|happier|easier) (?:\w+ ){0,2}without me\b|\b(?:everyone|they|the world) would (?:be )?(?:better|happier) (?:off )?(?:if i (?:was|were) (?:gone|dead|not here)|without me)", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:want|wish|wanna|would rather) (?:to )?(?:just )?(?:not (?:be here|exist|be alive|wake up)|stop existing|cease to exist|disappear (?:forever|for good|permanently))\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:i )?(?:don't|do not|dont) want to (?:be alive|live|exist|be here|keep living|go on)(?: anymore| any more)?\b|\bno (?:reason|point) (?:to|in) (?:live|living|being alive|going on)|\bcan't go on (?:living|like this)?|\bwant to disappear (?:forever|for good)|\btired of (?:living|being alive|life)\b|\bready to die\b|\bwant(?:ed)? (?:it|everything|life) to (?:end|be over)\b", negatable=False),
    _p("self_harm", "high", "self", r"\b(?:i|i've|ive|i have|i've been|been|i keep|keep|started|want to|wanna|urge to|going to|gonna) (?:\w+ ){0,2}(?:cut(?:ting)?|burn(?:ing|t)?|hurt(?:ing)?|harm(?:ing)?|hit(?:ting)?|scratch(?:ing)?|starv(?:e|ing)) myself\b|\bself[- ]?harm(?:ing|ed)?\b|\brelapsed? (?:on|into) (?:cutting|self[- ]?harm)|\bcutting again\b"),
    _p("danger_from_others", "high", "self", rf"\b(?:{OTHER}|my ex|my stepdad|my stepmom|my uncle|my boss) (?:\w+ )?(?:hits|hit|beats|beat|chokes|choked|strangled|kicks|kicked|hurts|hurt|threatens|threatened|rapes|raped|abuses|abused) me\b|\b(?:scared|afraid|terrified) (?:that )?(?:he|she|they|my \w+)(?:'ll| will| is going to| are going to| might) (?:hurt|kill|hit|find) me|\b(?:i'm|im|i am|being) (?:being )?(?:abused|beaten|raped|trafficked)\b|\bthreatened to kill me\b|\bnot safe at home\b", negatable=False),
    # High, other: intent to harm someone else; another person at risk.
    _p("harm_to_others", "high", "other", r"\b(?:i|i'm|im|i am|i've|i feel like i) (?:\w+ ){0,2}(?:want|wanna|going|gonna|plan|planning|might|could|will|about) (?:to )?(?:kill|hurt|stab|shoot|strangle|beat up|attack) (?:him|her|them|someone|somebody|people|everyone|my (?:\w+))\b|\bi'm going to make (?:him|her|them) pay\b"),
    _p("other_at_risk", "high", "other", rf"\b{OTHER} (?:\w+ ){{0,4}}(?:wants? to die|is suicidal|are suicidal|(?:said|says|told me|talks? about|talking about|thinking about|threatening to|threatened to|tried to|going to|wants to|want to) (?:\w+ )?(?:kill(?:ing)? {THIRD_REFLEXIVE}|end (?:it|(?:his|her|their) life)|suicide|die))|\b{OTHER} (?:is |has been |keeps |are |have been )?(?:cutting|hurting|harming) {THIRD_REFLEXIVE}|\b{OTHER} (?:took|swallowed|overdosed)\b"),
    # Concern: hopelessness and distress without a statement of risk.
    _p("hopelessness", "concern", "self", r"\bwhat(?:'s| is) the point\b|\bnothing (?:will |is going to |is gonna )?(?:ever )?(?:gets?|change|changes|be) (?:better|different)\b|\b(?:it|things|life) (?:will never|won't ever|won't|is never going to|never) (?:gets?|get|be|change)(?: any)? (?:better|different)\b|\bi give up\b|\bhopeless\b|\bno way out\b|\btrapped\b|\b(?:i'm|im|i am|i feel like|i feel) (?:such |just )?(?:a |such a )?burden\b|\bcan't (?:do|take) (?:this|it) anymore\b|\bempty inside\b|\bno future\b|\bno one would (?:notice|care)\b|\bnobody would (?:notice|care|miss me)\b"),
    # Spanish, French, German, Portuguese basics (accents are stripped by normalise()).
    _p("active_ideation", "high", "self", r"\b(?:quiero|voy a|pienso en) (?:morir|morirme|matarme|suicidarme)\b|\bme quiero (?:morir|matar)\b|\bno quiero (?:seguir )?vivir\b|\bquitarme la vida\b|\bsuicidarme\b"),
    _p("active_ideation", "high", "self", r"\bje (?:veux|vais) (?:mourir|me tuer|me suicider|en finir)\b|\benvie de (?:mourir|me tuer|en finir)\b|\bme suicider\b|\bje ne veux plus vivre\b"),
    _p("active_ideation", "high", "self", r"\bich (?:will|mochte|werde|mochte) (?:nicht mehr leben|sterben|mich umbringen)\b|\bmich (?:umbringen|toten)\b|\b(?:selbstmord|suizid)gedanken\b|\bnicht mehr leben\b|\bich bringe mich um\b"),
    _p("active_ideation", "high", "self", r"\b(?:quero|vou) (?:morrer|me matar|suicidar|me suicidar)\b|\bnao quero (?:mais )?viver\b|\bme matar\b|\btirar (?:a )?minha (?:propria )?vida\b"),
    _p("self_harm", "high", "self", r"\b(?:me corto|cortarme|me lastimo|me hago dano|je me scarifie|me mutiler|ich ritze mich|mich ritzen|me cortar|me machucar|automutila\w*|autolesi\w*|selbstverletz\w*)\b"),
    _p("hopelessness", "concern", "self", r"\b(?:sin esperanza|no tiene sentido|sans espoir|a quoi bon|hoffnungslos|sem esperanca|nao aguento mais|no puedo mas|je n'en peux plus|ich kann nicht mehr)\b"),
)

NEGATORS = re.compile(r"\b(?:not|never|no|don't|dont|do not|didn't|won't|wouldn't|would never|no longer|isn't|aren't|nor|without)\b")
BREAKERS = re.compile(r"\b(?:if|whether|but|yet|still|and|or|because|so)\b")
PAST = re.compile(r"\b(?:used to|years ago|months ago|long time ago|when i was (?:younger|a kid|a teen|in school|little)|in the past|back in (?:high school|college|school|\d{4})|as a teen(?:ager)?|at \d+ i|once tried|recovered|in recovery)\b")
PRESENT = re.compile(r"\b(?:again|now|lately|these days|tonight|today|recently|this week|right now|still|currently|coming back)\b")
RESOLVED = re.compile(r"\b(?:i'm|im|i am) (?:ok|okay|fine|better|good|safe|doing (?:well|better))(?: now)?\b|\b(?:haven't|have not|no longer|not anymore|don't anymore)\b|\bclean for\b")
