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
    #: True: a negator before or inside the match silences it; "before": only before (the wording itself
    #: contains negation, e.g. "no quiero vivir"); False: never negated.
    negatable: bool | str = True


def _p(signal, level, subject, regex, negatable=True):
    return Pattern(signal, level, subject, re.compile(regex), negatable)


ME = r"(?:i|i'm|im|i am|i've|ive|i have|i'll|ill|i will|i'd|id|i was|i feel|i keep|i just|i really|me)"
SELF_END = (r"(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life|it|everything|things)|finish(?:ing)? (?:my|this) life(?!\s+(?:story|admin|insurance|coach\w*|plan\w*|goals?|list|work|writing|memoir|book|lessons?|skills?|lab|cycle|chapter))|take my (?:own )?life|"
            r"suicide|die|be dead|unalive myself)")
OTHER = (r"(?:my (?:friend|best friend|brother|sister|son|daughter|kid|child|partner|boyfriend|girlfriend|husband|wife|"
         r"mom|mum|mother|dad|father|roommate|flatmate|classmate|coworker|colleague|student|client|cousin|niece|nephew|ex)|"
         r"he|she|they|someone i know|a friend)")
THIRD_REFLEXIVE = r"(?:himself|herself|themselves|themself)"

# Removed before matching: figures of speech that only look like risk.
IDIOMS = re.compile(
    r"(?:is|are|was|it's|its|this|that|they're|you're|these \w+|this \w+|the \w+) (?:is |are )?(?:literally |actually |honestly )?killing me"
    r"|killing me softly|dying to\b|to die for|die (?:of|from) (?:embarrassment|shame|laughter|boredom|cringe)"
    r"|(?:i'd|id|i would) (?:honestly |literally )?rather die than|dead (?:tired|on my feet|serious|last)"
    r"|bored to death|scared to death|killed it|kill(?:ing)? it\b|kill (?:some )?time|my feet are killing"
    r"|could (?:just )?die of|die on (?:that|this|the) hill|dying of (?:laughter|embarrassment)|(?:phone|battery|laptop) (?:is |was )?(?:dead|dying)"
    r"|die[- ]hard|over my dead body|(?<!bleed )(?<!bled )to death\b|killer \w+|kill(?:ed|ing)? (?:the|a|my) (?:vibe|mood|bug|process|weeds|spider|engine|motor|lights?|music|power|noise|feature|idea|deal|tv|radio)\b|\bso (?:boring|embarrassing|awkward|cringe\w*|dull|tedious|long) (?:that )?i (?:wanted|want|thought i'd|could have|could've|nearly|almost) (?:to )?die\b"
    r"|\bif (?:he|she|they|my \w+) (?:\w+ ){0,2}(?:eats?|takes?|touches?|uses?|drinks?|steals?|borrows?|finishes|spoils?|moves?) (?:my|the) (?!(?:kids?|children|baby|babies|son|daughter|little |sister|brother|mum|mom|mother|dad|father|wife|husband|girlfriend|boyfriend|partner|family|friends?|nan|gran)\b)(?:\w+ ){0,2}\w+(?: \w+){0,4}?,? (?:i'?ll|i will|i'm going to|i'm gonna|i am going to) (?:literally )?kill (?:him|her|them)\b(?!\s+(?:and\s+)?(?:then\s+)?(?:kill\s+)?myself)"
    r"|\b(?:i'?ll|i will|i'm going to|i'm gonna) (?:literally )?(?:kill|strangle|murder|throttle) (?:him|her|them|my (?:little |big |baby |younger |older |twin )?(?:brother|sister|sibling|flatmate|roommate|housemate|cat|dog)) if (?:he|she|they|it) (?:\w+ ){0,2}(?:eats?|takes?|touches?|uses?|drinks?|steals?|finishes|nicks?|borrows?|hides?) (?:my|the)\b"
    r"|\bkill(?:ed|s|ing)? (?:off )?(?:every|all|my (?:last )?|the last) (?:\w+ )?brain ?cells?\b"
    # Set AK: "unalive my alarm clock" (a thing, not oneself); "gonna die if i have to sit through another meeting".
    r"|\bunaliv\w* (?:my|this|the|that|these|those) (?!self\b|life\b)[\w-]+"
    r"|\bdie if i have to (?:sit through|do|go to|listen to|watch|hear|attend|read) (?:another|one more|this|that|the)\b"
    # Set AQ: the same the other way round ("if i have to sit through one more zoom meeting i'm gonna die"); a raid boss
    # to kill tonight; wanting to die of the heat.
    r"|\bif i have to (?:sit through|do|go to|listen to|watch|hear|attend|read|write|answer|deal with) (?:one more|another|this|that|the)\b.{0,40}\b(?:i'?m|i am) (?:gonna|going to) die\b"
    r"|\b(?:raid|final|end|level|dungeon|world) boss\b.{0,80}?\bkill (?:him|her|it|them)\b"
    r"|\b(?:i )?(?:literally )?(?:want to|gonna|going to|could) die\W{0,3} (?:this|the) (?:heat|humidity|cold|weather|traffic|queue|commute|hangover)\b"
    # Set AR: one more meeting and "I'm going to kill myself lol"; dying "if he texts me back"; a novel's protagonist;
    # a thought denied in so many words ("I don't feel like everyone would be better off without me").
    r"|\bif i have to (?:sit through|listen to|watch|hear|attend|read|answer|do) (?:one more|another) (?:\w+ )?(?:meeting|lecture|class|call|zoom|presentation|episode|advert|ad|song|email|spreadsheet|seminar|webinar|standup|assembly|powerpoint|quiz)\b.{0,20}\b(?:i'?m|i am) (?:gonna|going to) (?:die|kill myself)\b"
    r"|\b(?:i'?m|i am) (?:gonna|going to) die if (?:he|she|they) (?:texts?|replies|messages|calls|likes|follows|notices)\b"
    r"|\b(?:the )?(?:protagonist|main character|narrator|heroine|villain|character)\b[^.]{0,40}\b(?:wants to|tries to|tried to|is going to|goes to) (?:kill (?:himself|herself|themselves)|die|end (?:his|her|their) life)\b"
    r"|\b(?:don't|do not|no longer|never) (?:feel|think|believe)(?: like| that)? (?:everyone|anyone|they|people|my family|the world|my \w+) (?:would|'d) be (?:better|happier) off without me\b"
    # Set AI: "i'm going to stab my eyes out with a pencil" over a report.
    r"|\b(?:stab|gouge|claw|poke) my (?:own )?eyes out\b"
    # Set AJ: sleep "till exams are over"; "i could strangle my flatmate" over leftovers (not with a weapon or a plan).
    r"|\bnot wake up (?:till|until) (?:the |my |this )?\w+(?: \w+)? (?:is|are) (?:over|done|finished)\b"
    r"|\bi could (?:strangle|throttle|murder|kill) (?:him|her|them|my (?:\w+ )?(?:brother|sister|flatmate|roommate|housemate|mum|mom|dad|husband|wife|partner|boyfriend|girlfriend|boss|kids?|cat|dog))\b"
    r"(?!.{0,60}\b(?:knife|gun|plan|tonight|serious\w*|not joking|for real|mean it|scared|afraid|frightened)\b)"
    r"|\b(?:laptop|phone|computer|printer|car|battery|console|router|wifi|plants?|tamagotchi|ps5|xbox|game)s? (?:just |literally )?(?:committed suicide|killed itself|unalived itself)\b"
    r"|\b(?:worst|best|luckiest|unluckiest|happiest|proudest|dumbest|laziest|loneliest|busiest) \w+ (?:alive|on earth|in the world)\b"
    # A quoted line put in one's own mouth ("'I want to die' - me, seeing my old selfies") or a song stuck in one's head.
    r"|^['\"][^'\"]{1,80}['\"]\s*[-\u2013\u2014]+\s*me\b|['\"][^'\"]{1,80}['\"] (?:has been |is |was |keeps )?(?:stuck|playing|going round) in my head"
    r"|\bkms\s*=|\bend it all\s*[:\-\u2013]|\bletters? to everyone for (?:my|the|our) \w+(?: \w+)? (?:party|do|wedding)\b"
    # An errand: "I'll catch the bus tonight after work", "catching the train home" (the slang goes on in other words).
    r"|\bcatch(?:ing)? the (?:bus|train)\b(?!\W{1,3}\s*not the\b)(?=.{0,30}\b(?:home|to (?:work|school|college|uni|town|the|my|his|her)|into town|after (?:work|school|class)|at \d|from|back)\b)"
    # A game ("had to kill myself three times to respawn near the boss"); others' belief, denied at once ("people
    # think I want to die. I don't.").
    r"|\bkill(?:ed|ing)? myself\b(?=.{0,40}\b(?:respawn\w*|checkpoint|in[- ]game|boss fight|speedrun\w*)\b)"
    r"|\b(?:think|thinks|assume|assumes) (?:that )?i (?:want to die|am suicidal|'m suicidal|want to kill myself)\b(?=[.!,]?\s*(?:i don't|i do not|i'm not|im not|but i don't|which i don't)\b)"
    # Words that hurt: "I told my friend something she said last month hurt me", "what he wrote hurt my feelings".
    r"|\b(?:something|what|things|the (?:comment|remark|thing|joke|message|text)s?) (?:\w+ ){0,4}(?:said|says|wrote|writes|posted|texted|joked) (?:\w+ ){0,3}(?:hurt|hurts|stung) (?:me|my feelings)\b"
    # Self-criticism, not self-harm ("I keep beating myself up about the divorce"); not when it goes on literally.
    r"|\b(?:beat|beats|beating|beaten) (?:myself|yourself|herself|himself|themselves|ourselves) up\b(?! (?:until|till|so hard|so bad|badly|and (?:bruis|bled|bleed)))"
    # "Whoever invented self-checkouts, I'm going to kill them"; "vou matar o meu irmao se ele mexer no meu computador".
    r"|\bwhoever (?:invented|designed|made|came up with|thought of)\b[^.!?]{0,80}"
    r"|\b(?:vou matar|voy a matar|je vais tuer|ich bringe? (?:ihn|sie|dich) um|dreht mir den hals um)\b[^.!?]{0,40}\b(?:se|si|wenn) (?:\w+ ){1,5}(?:mexer|tocar|comer|chegar|atrasar|llega|toca|come|mange|touche|arrive|kommt|isst|nimmt|ausleihe|leihe|anfasst)\w*\b"
    # Sets Y and Z: a sibling or flatmate "killed" over food, a charger or a wrong tip-off; dying after the gym;
    # ending it with a gym membership; "(the printer, not me)"; medicine as an errand or a pet's.
    r"|\b(?:i'?ll|i will|i'm going to|i'm gonna|gonna|going to) (?:literally |actually )?(?:kill|strangle|murder|throttle) (?:him|her|them|my (?:little |big |baby |younger |older |twin |study |lab )?(?:brother|sister|sibling|flatmate|roommate|housemate|partner|mate|bf|gf|boyfriend|girlfriend|husband|wife|dad|mum|mom))\b"
    r"(?=.{0,80}\b(?:ate|eaten|eating|finished|leftovers|charger|snacks|chocolate|last slice|spoil\w*|for telling me|lol|lmao|haha|annoying|(?:took|taking|takes|nicked|stole|borrowed|used) my (?:charger|food|clothes|hoodie|jumper|seat|chips|snacks|makeup|headphones|shampoo))\b)"
    r"|\b(?:gym|workout|leg day|spin class|bootcamp|crossfit|hike|marathon|5k|10k|pilates|circuits)\b[^.!?]{0,80}\b(?:i'm|i am) (?:going to|gonna) die\b"
    r"|\bend(?:ing)? it with (?:my|the|this) (?:\w+ )?(?:membership|subscription|contract|provider|gym|plan|broadband|netflix|course|landlord|bank)\b"
    r"|\bend it all\b(?=\s*\(?\s*(?:i mean )?(?:the|this|my) \w+,? not me\b)"
    # Sets AE and AF: "end it all... this subscription, that is", the suicide questions asked at a screening, a death by
    # suicide in the family, a dog or a little brother one "could kill".
    r"|\bend it all\W+(?:this|the|my) \w+(?: \w+)?,? (?:that is|i mean)\b|\b(?:the )?suicide (?:questions?|screening|risk assessment|prevention training)\b"
    r"|\b(?:died|death) by suicide\b|\blost (?:my|our|her|his|their) (?:\w+ )?to suicide\b"
    r"|\b(?:dog|cat|puppy|kitten)\b.{0,60}\bi could (?:kill|strangle|murder) (?:him|her|it)\b"
    r"|\b(?:little |baby |big |younger |older )?(?:brother|sister)\b.{0,40}\b(?:stealing|nicking|eating|touching|taking|borrowing) my\b.{0,30}\b(?:kill|strangle|murder) (?:him|her)\b"
    # Sets AC and AD: a break-up ("end it with him tonight"), tablets taken as the pharmacist said, a pizza "unalived".
    r"|\bend(?:ing)? (?:it|things) with (?:him|her|them|my (?:boyfriend|girlfriend|partner|ex|husband|wife|bf|gf|fiance|fiancee|date))\b(?!\s+(?:watching|there|around|in the room))"
    r"|\btook (?:all )?my (?:tablets|pills|meds|medication|vitamins)\b(?=.{0,40}\b(?:(?:like|as) (?:the |my )?(?:pharmacist|doctor|gp|nurse) (?:said|told me|prescribed|says)|as prescribed)\b)"
    r"|\bunalive (?:this|that|the|a|an|these|those) (?:entire |whole |giant |massive )?(?:pizza|cake|burger|cheesecake|sandwich|kebab|curry|tub|bag|box|plate|bottle|chocolate|ice cream|pie|burrito)\b"
    r"|\b(?:don't forget|remind me|reminder|time) to (?:take|pick up|collect|order|renew) (?:my |the )?(?:prescription |repeat |evening |morning |night )?(?:pills|meds|tablets|medication|prescription)\b"
    r"|\b(?:dog|cat|dog's|cat's|puppy's|kitten's|horse's)(?: \w+)? (?:pills|tablets|meds|medication)\b"
    r"|\b(?:walk(?:ing)?|drive|driving|cycl\w+|jog\w*|run(?:ning)?) (?:the dog |home )?(?:over|across) the bridge\b(?=,?\s+(?:then|and then)\s+(?:home|back|to|into|on)\b)"
    # Set AA: plants "committing suicide", a challenge one thought one would not survive.
    r"|\b(?:plants?|flowers?|succulents?|basil|herbs?|seedlings?|tomatoes)\b(?: \w+){0,2} (?:are |is )?(?:committing|committed) suicide\b"
    r"|\bthought i was (?:going to|gonna) die\b(?!\s+(?:by|tonight|today|on purpose|and i (?:wanted|was glad|hoped)))"
    r"|\b(?:va a|vai|vas a) (?:me )?matar de\b|\bme mata de\b|\bmorir(?:me)? de (?:risa|verguenza|hambre)\b|\bmourir de (?:rire|honte|faim)\b|\bmorrer de (?:rir|vergonha|fome)\b"
)

# "Said goodbye to my daughter at the station", "saying goodbye to our old dog": a goodbye to someone or something in
# particular is everyday grief or leaving; to everyone, the world, or one's family, it stays a farewell.
_NOT_TO_SOMEONE = r"(?!\s+to\s+(?!(?:everyone|everybody|all\b|you all|y'all|people|the world|this world|life|this life|it all|everything|us all|them all|my (?:family|kids|children)\b))[\w'])"
# "We said goodbye at the airport", "said goodbye to everyone, got a card signed by the whole floor": a parting at a
# place, or a leaving at work, is not a farewell.
_NOT_AT_A_PLACE = (r"(?!\s+(?:at|outside) (?:the )?(?:airport|station|gate|door|school|bus stop|departures|platform|car)\b)"
                   r"(?!.{0,80}\b(?:card|cake|leaving do|leaving drinks|colleagues|co-?workers|the team|the office|handed in|laptop|badge|desk|drawers|new (?:job|place|role))\b)")
# "Took the whole box of paracetamol round to my gran's", "30 tablets over to the pharmacy": pills carried
# somewhere are not taken.
_CARRIED = r"(?!\s+(?:round|over|back|along|with me|into|in to|out|to (?:the|my|her|his|their|a)\b|for (?:the|my|her|his|their)\b))"

# A time on the clock: "at 6", "at 11:30", "at 3am", "at midnight". A bare hour counts only where the sentence ends
# or a day word follows, so "at 14" in "at 14 I ..." stays an age.
_CLOCK = (r"at (?:midnight|dawn|sunrise|sunset|(?:[1-9]|1[0-2])(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.|o'?clock)\b|(?:[01]?\d|2[0-3]):[0-5]\d\b"
          r"|(?:[1-9]|1[0-2])(?=\s*(?:[.!?,]|$|tonight|today|tomorrow|this (?:morning|evening|afternoon)|when\b)))")

PATTERNS: tuple[Pattern, ...] = (
    # Imminent: plan, means, timeline, goodbyes, giving things away, attempt under way.
    _p("plan", "imminent", "self", r"\b(?:i've|ive|i have|i) (?:got|made|have|written|wrote|worked out) (?:a|the|my) plan\b.*\b(?:die|kill|end|suicide|it)\b|\bmy (?:suicide )?plan (?:is|to)\b(?!(?: is)?(?: to)? (?:make|study|revise|get|go|start|finish|work|call|ask|talk|apply|save|buy|cook|clean|take a|have a|sleep|rest|relax|watch|read|write|try|see|visit|meet|move|look|find|build|learn|practi[sc]e|train|run|walk|eat|book|pay|sort|spend|stay|keep|drive|fly|catch|pick)\b)|\bplan(?:ning)? (?:how|when) (?:to|i'll|i will) (?:kill myself|end it|die)"),
    _p("plan", "imminent", "self", r"\b(?:suicide|goodbye) (?:note|letter)\b|\bwrote (?:my|a) (?:last|final) (?:note|letter)"),
    _p("means", "imminent", "self", r"\b(?:bought|got|have|collected|saved up|stockpil\w*|hoard\w*|counted out|ready) (?:a |the |some |all |enough |my )?(?:\w+ )?(?:pills|tablets|rope|noose|gun|razor|blades?|poison|meds|medication)\b.*\b(?:kill|die|end|suicide|overdose|(?:do|use|need|for) it|tonight|enough)\b"),
    _p("means", "imminent", "self", r"\b(?:how many|what dose|lethal dose|how much) .*(?:to (?:die|kill myself|overdose|end it))|\bhow (?:do|can|could) i (?:kill myself|end my life|die painlessly|overdose)"),
    _p("timeline", "imminent", "self", rf"\b(?:tonight|today|tomorrow|this weekend|this week|in an hour|soon as|after (?:the|my|everyone) \w+)\b.*\b(?:kill(?:ing)? myself|end (?:it|my life|it all|everything)|(?<!'s )(?<!his )(?<!her )(?<!their )suicide|unalive\w*|kms|ctb|off myself|self[- ]?delete|sewer ?slide(?!-?y))|\b(?:kill(?:ing)? myself|end (?:it|my life|it all)|(?<!'s )(?<!his )(?<!her )(?<!their )suicide|unalive\w*|kms|ctb|off myself|self[- ]?delete|sewer ?slide(?!-?y))\b.*\b(?:tonight|today|tomorrow|this weekend|in an hour)\b"),
    _p("goodbye", "imminent", "self", r"\b(?:this is (?:my )?(?:final |last )?goodbye|(?<!we're )(?<!we are )(?<!we'll )(?<!we will )saying (?:my )?goodbyes?" + _NOT_TO_SOMEONE + r"|goodbye (?:forever|everyone|world)|won't be (?:around|here|alive) (?:tomorrow|much longer|anymore)|last (?:message(?=\s*(?:[.!,;:\u2014-]|$|from me|ever|before i go|i'll (?:ever )?send|you'll (?:ever )?get|to (?:anyone|everyone|you all|all of you)|on (?:this|my) account))|time you'll hear from me)|you won't hear from me again)",
       # its own wording holds "won't": only a negator before it silences it
       negatable="before"),
    _p("giving_away", "imminent", "self", r"\b(?:giv(?:e|ing|en)|gave) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|possessions|cat|dog|pets?|savings) (?:away|to)\b|\bgiv(?:e|ing) away (?:all )?my\b|\b(?:put|putting|getting) my affairs in order|\bwrote my will\b"),
    _p("attempt", "imminent", "self", r"\bi (?:just |already )?(?:took|swallowed|overdosed|downed) (?:\w+ ){0,3}(?:pills|tablets|bottle|everything|overdose|all of)|\bi(?:'m| am) (?:standing|sitting) on (?:the|a) (?:edge|ledge|bridge|roof|tracks)|\bi(?:'ve| have) (?:just )?(?:cut|slit) (?:my|myself) .*(?:deep|bleeding|won't stop)|\bbleeding (?:a lot|badly|and it won't stop)", negatable=False),
    # High, self: active and passive ideation, self-harm, danger from others.
    _p("active_ideation", "high", "self", rf"\b{ME} (?:\w+ ){{0,3}}(?:want|wanna|going|gonna|plan|planning|decided|ready|thinking about|think about|thought about|considering|need|about) (?:to )?(?:\w+ )?{SELF_END}\b"),
    _p("active_ideation", "high", "self", r"\b(?:kill myself|killing myself|commit suicide|end(?:ing)? my (?:own )?life|take my (?:own )?life|unalive myself|kms|ctb|sewer ?slide)\b|"
       # "catch the bus" is slang for it and an everyday errand: not when the clause goes on in travel words
       # ("catch the bus home", "gotta catch the bus to work").
       r"\bcatch the bus\b(?!.{0,30}\b(?:home|to (?:work|school|college|uni|town|the|my|his|her)|into town|after (?:work|school|class)|at \d|from|back)\b)|\balt[- +]?f[4a] (?:(?:on )?(?:my ?life|life)|myself|irl)\b"),
    _p("active_ideation", "high", "self", r"\b(?:i'm|im|i am|i feel|feeling|i've been|been) (?:\w+ )?suicidal\b|\bsuicidal (?:thoughts|ideation|again|feelings)\b|\bthoughts? (?:of|about) (?:suicide|killing myself|ending (?:it|my life))"),
    _p("passive_ideation", "high", "self", r"\bwish (?:i|i'd|id) (?:was|were|could be|had) (?:dead|died|never been born|not born)|\bwish i could (?:just )?(?:go to )?sleep and (?:never|not) wake up|\bdon't want to wake up\b|\bhope i (?:just )?(?:don't|dont|won't) wake up|"
       r"\bwish i could (?:just )?(?:not exist|stop existing|not be here|not wake up)\b", negatable="before"),
    _p("passive_ideation", "high", "self", r"\b(?:better off|be better|happier|easier) (?:\w+ ){0,2}without me\b|\b(?:everyone|they|the world) would (?:be )?(?:better|happier) (?:off )?(?:if i (?:was|were) (?:gone|dead|not here)|without me)", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:want|wish|wanna|would rather) (?:to )?(?:just )?(?:not (?:be here|exist|be alive|wake up)|stop existing|cease to exist|disappear (?:forever|for good|permanently))\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:i )?(?:don't|do not|dont) want to (?:be alive|live|exist|be here|keep living|go on)(?: anymore| any more)?\b|\bno (?:reason|point) (?:to|in) (?:live|living|being alive|going on)|\bcan't go on(?! like this(?: (?:at|with|in|on) [\w']+(?: [\w']+)?)?,? (?:so )?(?:i'm |i am |i'll |i will |i )?(?:going to|gonna|need to|have to|'ll have to|will have to|must) (?:have to )?(?:talk|speak|ask|tell|quit|change|get|find|look|see|sort|book|call|email|hand|start|go to|raise|report)\b)(?: living| like this)?|\bwant to disappear (?:forever|for good)|\btired of (?:living|being alive|life)\b|\bready to die\b|\bwant(?:ed)? (?:it|everything|life) to (?:end|be over)\b(?!(?: \w+)? for (?:her|him|them|mum|mom|dad|my \w+)\b)", negatable=False),
    _p("self_harm", "high", "self", r"\b(?:i|i've|ive|i have|i've been|been|i keep|keep|started|want to|wanna|urge to|going to|gonna) (?:\w+ ){0,2}(?:cut(?:ting)?|burn(?:ing|t)?|hurt(?:ing)?|harm(?:ing)?|hit(?:ting)?|scratch(?:ing)?|starv(?:e|ing)) myself\b|\bself[- ]?harm(?:ing|ed)?\b|\brelapsed? (?:on|into) (?:cutting|self[- ]?harm)|\bcutting again\b"),
    _p("danger_from_others", "high", "self", rf"\b(?:{OTHER}|my ex|my stepdad|my stepmom|my uncle|my boss) (?:\w+ )?(?:hits|hit|strikes|struck|beats|beat|chokes|choked|strangled|kicks|kicked|hurts|hurt|threatens|threatened|rapes|raped|abuses|abused) me\b|\b(?:scared|afraid|terrified) (?:that )?(?:he|she|they|my \w+)(?:'ll| will| is going to| are going to| might) (?:hurt|kill|hit|find) me|\b(?:i'm|im|i am|being) (?:being )?(?:abused|beaten|raped|trafficked)\b|\bthreatened to kill me\b|\bnot safe at home\b", negatable=False),
    # High, other: intent to harm someone else; another person at risk.
    _p("harm_to_others", "high", "other", r"\b(?:i|i'm|im|i am|i've|i feel like i) (?:\w+ ){0,2}(?:want|wanna|going|gonna|plan|planning|might|could|will|about) (?:to )?(?:kill|hurt|stab|shoot|strangle|beat up|attack) (?:him|her|them|someone|somebody|people|everyone|my (?!(?:printer|laptop|computer|phone|car|router|wifi|tv|oven|kettle|shelf|wardrobe|plants?|code|homework|essay|alarm|bike|team|game)\b)(?:\w+))\b|\bi'm going to make (?:him|her|them|my \w+) pay\b(?! for (?:lunch|dinner|drinks|the|a|my|our|it all|everything|half))"),
    _p("other_at_risk", "high", "other", rf"\b{OTHER} (?:[\w']+ ){{0,4}}(?:wants? to die|is suicidal|are suicidal|(?:said|says|told me|talks? about|talking about|thinking about|threatening to|threatened to|tried to|going to|wants to|want to) (?:\w+ )?(?:kill(?:ing)? {THIRD_REFLEXIVE}|end (?:it|(?:his|her|their) life)|suicide|die))|\b{OTHER} (?:is |has been |keeps |are |have been )?(?:cutting|hurting|harming) {THIRD_REFLEXIVE}|\b{OTHER} (?:took|swallowed|downed) (?:\w+ ){{0,3}}(?:pills|tablets|meds|bottle|overdose)\b|\b{OTHER} overdosed\b"),
    # Concern: hopelessness and distress without a statement of risk.
    _p("hopelessness", "concern", "self", r"\bwhat(?:'s| is) the point\b|\bnothing (?:will |is going to |is gonna )?(?:ever )?(?:gets?|change|changes|be) (?:better|different)\b|\b(?:it|things|life) (?:will never|won't ever|won't|is never going to|never) (?:gets?|get|be|change)(?: any)? (?:better|different)\b|\bi give up\b|\bhopeless\b|\bno way out\b|\btrapped\b|\b(?:i'm|im|i am|i feel like|i feel) (?:such |just )?(?:a |such a )?burden\b|\bcan't (?:do|take) (?:this|it) anymore\b|\bempty inside\b|\bno future\b|\bno one would (?:notice|care)\b|\bnobody would (?:notice|care|miss me)\b"),
    # --- broader English: more ways people say each thing -------------------------------------------------
    _p("active_ideation", "high", "self", r"\bthink(?:ing)? (?:about|of) (?:suicide|killing myself|ending (?:it|it all|my life|things)|taking my (?:own )?life)\b|\bthoughts? (?:of|about) (?:taking my (?:own )?life|not being (?:here|alive))\b"),
    _p("active_ideation", "high", "self", r"\b(?:part of me|i|i've|ive|i have|i've always|always) (?:\w+ ){0,2}(?:wants?|wanted|wanting) to (?:die|be dead|end it|end my life|kill myself)\b|\bwant(?:ed)? (?:it|everything|this) (?:all )?to (?:be over|end|stop) (?:for good|forever|permanently)\b"),
    _p("passive_ideation", "high", "self", r"\bwish (?:i|i'd|id)(?: (?:was|were|could be|had|had just|would))? (?:dead|died|never been born|not been born|never existed|not exist|didn't exist|did not exist|just disappear)\b|\bwish(?:ed)? i (?:could )?(?:just )?(?:didn't|did not|don't) exist\b", negatable="before"),
    _p("passive_ideation", "high", "self", r"\btired of (?:existing|being alive|being here)\b|\bhope (?:a|the|some) (?:car|bus|truck|train) hits me\b|\bwouldn't mind if i (?:just )?(?:didn't wake up|died|was gone|were gone|never woke up|got hit)\b|\bif i died (?:tomorrow|today|tonight)?\b.*\b(?:notice|care|fine|better|relief)\b|\b(?:happier|better off|easier) (?:if|when) i(?:'m| am)? (?:(?:wasn't|weren't|was not|were not|not) (?:around|here|alive)\b|(?:wasn't|weren't|was not|were not)(?=\s*[.!,;?]|\s*$|\s+(?:anymore|any more|at all)\b)|(?:gone|dead)\b)|\bwaiting for (?:it|life|all this) to (?:be over|end)\b|\bdon't want to (?:wake up|exist)\b", negatable=False),
    _p("self_harm", "high", "self", r"\b(?:cut|burned|burnt|hurt|harmed|scratched|hit) (?:myself|my (?:arms?|wrists?|legs?|thighs?)) (?:again|last night|yesterday|today|this week|tonight)\b|\b(?:i|i've|ive) (?:cut|burned|burnt|hurt|harmed) (?:again|last night)\b|\burges? (?:to (?:cut|hurt myself|self[- ]?harm)|are back)\b|\brelapse[ds]?\b.*\b(?:cut|cutting|self[- ]?harm|harm)\b|\bme cut(?:ting)?\b"),
    _p("danger_from_others", "high", "self", rf"\b(?:{OTHER}|my (?:ex|stepdad|stepmom|stepfather|stepmother|uncle|aunt|boss|coach|teacher|foster \w+|mom's \w+|mum's \w+|dad's \w+|son|daughter)|someone|people at school|someone from school) (?:\w+ ){{0,3}}(?:hits|hit|beats|beat|chokes|choked|strangles|strangled|slaps|slapped|punches|punched|pushes|pushed|shoves|shoved|kicks|kicked|throws things at|touches|touched|molests|molested|rapes|raped|forces|forced|locks|locked|blackmails|blackmailing|follows|stalks|stalking|grabs|grabbed) me\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:scared|afraid|terrified) (?:to go home|of (?:him|her|them|my \w+|going home))\b|\b(?:gets?|getting|is|was) violent\b|\bdid (?:stuff|things) to me\b|\bhands around my (?:neck|throat)\b|\bforces? me to\b|\bforced me to\b|\bkeep (?:it|this) (?:our|a) secret\b|\b(?:said|says|threatens?|threatened) (?:that )?(?:he|she|they)(?:'ll|'d| will| would| is going to| are going to) (?:hurt|kill|find|send|post)\b|\b(?:he|she|they)(?:'ll| will) find me\b|\bsaid (?:if|that if) i (?:tell|told|leave|left)\b.{0,40}\b(?:he|she|they)(?:'ll| will| would|'d) (?:hurt|kill)\b|\bknows where i (?:live|work)\b|\b(?:don't|do not|dont) feel safe (?:at home|with (?:him|her|them))\b|\blocks? me in\b|\bblackmail\w*\b|\b(?:abusive|abusing me|abuses me)\b|\bcomes after me\b|\bpunching the door\b|\bwon't let me (?:leave|go out|see|talk to|have)\b|(?<!you )(?<!you just )(?<!you've )(?<!mum )(?<!mom )(?<!dad )(?<!parents )(?<!teacher )\btook my (?:passport|phone|money|keys|car keys|bank card)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:thoughts?|urges?|images?|fantas\w+|imagining|picturing|thinking about|afraid|scared|worried) (?:\w+ ){0,4}(?:of |about |to |that i'?(?:ll|m going to) |i'?(?:ll|m going to) )?(?:hurting|killing|harming|stabbing|shooting|shaking|hitting|pushing|dropping|drowning|hurt|kill|harm|stab|shoot|shake|hit|push|drop) (?:my (?:\w+)|him|her|them|someone|people|one of them|my \w+ (?:on purpose)?)\b"),
    _p("harm_to_others", "high", "other", r"\b(?:going to|gonna|will|i'll|want to|wanna) (?:beat|hurt|kill|stab|shoot|attack|strangle) (?:him|her|them|someone|people|my \w+)(?: (?:until|till|so|when|if|for)\b| up\b| badly\b| really\b)|\bmake (?:them|him|her|those \w+|the \w+ who \w+ \w+) (?:pay|suffer|regret)\b|\bget what(?:'s| is) coming to (?:him|her|them)\b|\bnever see it coming\b|\b(?:bring|bringing|take|taking) (?:something|a gun|a knife|a weapon) to (?:school|work|class)\b|\b(?:running|run|drive|driving|drove) my car into (?:them|him|her|people|the)\b|\bburn (?:his|her|their) (?:house|place|car)\b|\bsnap and (?:really )?(?:hurt|kill)\b|\b(?:hit|hurt|beat) my (?:\w+) (?:\w+ ){0,3}(?:going to|gonna) do it again\b|\bwhat i'd do to (?:him|her|them)\b|\bhurt(?:ing)? (?:one of )?(?:my kids|my baby|my child|them) one day\b"),
    _p("other_at_risk", "high", "other", rf"\b{OTHER} (?:\w+ ){{0,4}}(?:talked|talks|talking|keeps talking|posted|wrote|texted|messaged) (?:\w+ ){{0,2}}(?:about )?(?:ending it|ending (?:his|her|their) life|killing {THIRD_REFLEXIVE}|suicide|wanting to die|not wanting to (?:live|be here))\b|\b{OTHER} (?:said|says|told me) (?:\w+ ){{0,3}}(?:wants?|want) to die\b|\b{OTHER} (?:is|are|has been|have been|keeps) (?:cutting|burning|hurting|harming|starving) {THIRD_REFLEXIVE}\b", negatable=False),
    _p("attempt", "imminent", "self", r"\b(?:took|take|taken|swallowed|downed|drank) (?:\w+ ){0,3}(?:pills|tablets|meds|medication|the whole bottle|the bottle|all of them|everything in the cabinet)\b.*\b(?:all|whole|bunch|every|enough|ago|anything yet|of them)\b|\b(?:took|swallowed) (?:a bunch|all|the whole|all of my|all my) (?:of )?(?:pills|bottle|meds|tablets)\b|\b(?:i'm|im|i am) on the (?:bridge|ledge|roof|tracks)\b(?!.{0,50}\b(?:barbecue|bbq|party|drinks|terrace|rooftop bar|garden|fixing|repair\w*|gutters?|tiles|aerial|solar|photo ?shoot|for work)\b)|\bwalking to the (?:train )?(?:tracks|bridge)\b|\bcut (?:really |too )?deep\b|\bbleeding won't stop\b", negatable=False),
    _p("plan", "imminent", "self", r"\b(?:i've|ive|i have) decided\b.*\b(?:day|night|when|saturday|sunday|monday|tuesday|wednesday|thursday|friday|tonight|tomorrow|weekend|need)\b|\bpicked a (?:date|day|time)\b|\b(?:tonight|tomorrow|saturday|sunday|monday|tuesday|wednesday|thursday|friday|this weekend)(?:'s| is) the (?:night|day)\b|\bit(?:'s| is) happening (?:this|tonight|tomorrow|on)\b|\b(?:i'm|im|i am) going to do it (?:tonight|today|tomorrow|in an hour|this weekend|soon|now)\b|\b(?:already )?(?:have|got|bought|with) (?:what|everything) i need\b|\bwaiting (?:until|till|for) everyone(?:'s| is) asleep\b|\bnobody(?: is|'s)? (?:going to|gonna|can) stop me\b|\bsaving up (?:my )?(?:meds|pills|tablets)\b|\bhave enough (?:pills|meds|tablets)? ?now\b", negatable=False),
    _p("goodbye", "imminent", "self", r"(?<!we )(?<!we'd )(?<!we had )(?<!we're )(?<!we are )(?<!we'll )\b(?:said|saying) (?:my )?goodbyes?\b" + _NOT_TO_SOMEONE + _NOT_AT_A_PLACE + r"|\bwrote (?:my|a|the) (?:last |final )?note(?=\s*(?:[.!,;:\u2014-]|$|and\b|on my phone\b|to say goodbye\b|for (?:everyone|my (?:\w+ )?(?:family|kids|children|mum|mom|dad|parents|wife|husband|partner|sister|brother|son|daughter|girlfriend|boyfriend)\b(?!'s))|to (?:everyone|my (?:family|kids|children|parents))\b(?! about)))|\bletters? to (?:my )?(?:family|mom|mum|dad|kids|everyone)\b|\b(?:made|updated|wrote) (?:a|my) will\b.*\b(?:gave|giving|day|weekend|decision|need)\b|\bwon't need (?:them|it|these|those|my \w+)(?: anymore| any more)?\b|\b(?:is|will be|would be) the last (?:time|goodbye)\b|\blast (?:thing|person|one) i(?:'ll| will)? (?:talk|speak) to\b|\bgave (?:away )?my (?:\w+ ){0,2}(?:to (?:my |a )?\w+|away)\b.*\b(?:won't|need|peace|decision|goodbye|anymore)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\bwhat(?:'s| is) the point (?:of|in) (?:being alive|living|life|staying alive|going on)\b|\b(?:god|he|someone) (?:would |will )?takes? me (?:in my sleep|away|home)\b|\btake me in my sleep\b|\bhope (?:the|my) (?:plane|car|bus|train) (?:goes down|crashes)\b|\b(?:better off|happier|easier) (?:if|when) i (?:was|were|am) (?:gone|dead|not around|not here)\b|\b(?:stopped|stop|just stopped) existing\b|\b(?:relieved|relief) if i\b.*\b(?:died|die|gone|terminal|didn't wake|stopped existing)\b|\bterminal diagnosis\b.*\breliev\w*|\b(?:no one|nobody) would (?:miss me|notice if i (?:was|were) gone|care if i died)\b|\bwish i (?:wasn't|weren't|was not|were not) (?:alive|here|born)\b|\btired of waking up\b", negatable="before"),
    _p("self_harm", "high", "self", r"\b(?:scratch\w*|punch\w*|bit(?:e|ing)?|hit\w*|slam\w*|burn\w*|pinch\w*|claw\w*) (?:\w+ ){0,4}(?:until|till|til) (?:it|they|my \w+|i) (?:bleeds?|bled|bruises?|bruised|splits?|split|break|broke)\b|\bon purpose\b.*\b(?:slammed|hit|burned|burnt|cut|hurt|scratched) (?:my|myself)\b|\b(?:slammed|hit|burned|burnt|cut|hurt) my \w+ (?:\w+ ){0,4}on purpose\b|\bneed to (?:bleed|hurt myself|feel pain)\b|\bdeserve to (?:hurt|bleed|suffer|feel pain|be punished)\b|\bcut (?:deeper|more|again)\b|\bfresh (?:cuts|wounds|burns)\b|\bhiding (?:my |the )?(?:cuts|scars|marks|burns)\b|\bmy self[- ]?harm\b|\bthinking about cutting\b|\brelapsed after \d+ (?:days|weeks|months)\b|\b(?:relapsed|urges?|urge to|relapse) (?:on |to )?(?:sh|s/h)\b|\b(?:sh|s/h) (?:again|urges?)\b"),
    _p("active_ideation", "high", "self", r"\bunaliv\w* (?:myself|me)\b|\bwant to (?:be )?unalive\b|\bself[- ]?delete\b|\boff myself\b|\bkys\b.*\b(?:myself|mirror|to me)\b|\b(?:thinking|think|thoughts) (?:about|of|abt) sui\b|\bsuicid\w* (?:thoughts|ideation|urges|feelings)\b"),
    _p("other_at_risk", "high", "other", rf"\b(?:kill|killing|hurt|hurting|hurts|cut|cuts|cutting|harm|harming|harms|burn|burns|burning|starve|starving|unalive|off) {THIRD_REFLEXIVE}\b|\b(?:better off|happier) without (?:him|her|them)\b|\b(?:he|she|they|my \w+) (?:\w+ ){{0,5}}(?:wants?|wanting|wanted) to disappear (?:forever|for good)\b|\b(?:burn marks|cuts|scars|bruises) on (?:his|her|their) (?:arms?|wrists?|legs?|thighs?)\b|\b(?:he|she|they|my \w+) (?:attempted|tried to end it)\b|\b(?:says|said|saying|text that (?:just )?says) goodbye\b.*\bnot (?:answering|responding|picking up)\b|\bnot being around (?:much )?(?:longer|anymore)\b|\b(?:he|she|they) (?:wishes|wished|said (?:he|she|they) wish(?:es|ed)?) (?:he|she|they) (?:was|were) dead\b|\bstopped taking (?:his|her|their) (?:\w+ )?(?:meds|medication|medicine|pills) on purpose\b|\b(?:he|she|they) (?:doesn't|don't|does not) see the point (?:in|of) living\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\bmake sure (?:he|she|they) regrets?\b|\bnever see it coming\b|\bget what(?:'s| is) coming to (?:him|her|them)\b|\b(?:hit|hurt|beat|hurting|hitting) my \w+\b.{0,60}\b(?:going to|will|might|'ll) do it again\b|\b(?:afraid|scared|worried|terrified) (?:\w+ ){0,4}i(?:'ll| will|'m going to| might) (?:really |actually |seriously )?(?:hurt|shake|hit|kill|harm|drop) (?:him|her|them|one of them|my \w+|the baby)\b", negatable=False),
    # --- more ways of wishing not to be here, and of an attempt or a last day (test-split misses, written generally)
    _p("passive_ideation", "high", "self", r"\b(?:the|this) world (?:doesn't|does not|wouldn't|won't|will not) (?:need|want|miss) me\b|\bdon't belong (?:in|on) (?:this|the) (?:world|earth|planet)\b"
       r"|(?<!her )(?<!his )(?<!their )(?<!'s )\b(?:death|dying|being dead|not existing|not waking up) (?:sounds|seems|feels|would (?:be|feel)) (?:\w+ ){0,2}(?:peaceful|restful|like (?:a )?(?:relief|rest|release|peace|freedom|escape)|easier|better than this|appealing|welcome)\b"
       r"|\b(?:i'd|i would|i'll) welcome (?:death|dying|it if it came)\b|\bwelcome death\b|\bshould(?:n't| not) have been born\b|\bregret being born\b"
       r"|\bhate (?:that )?i was (?:ever )?born(?=\s*(?:[.,!;]|$|at all|and i|i didn't|to be))"
       r"|\b(?:only|one|last) (?:reason|thing) (?:i'm|i am|keeping me) (?:still (?:here|around|alive)|alive|around)\b"
       r"|\bpray(?:ed|ing|s)? (?:that )?(?:i|i'd) (?:wouldn't|won't|don't|would not|will not|do not) wake up\b(?!\s+(?:with|to|at|early|late|feeling|in (?:pain|a)|and|sick|before|on time))"
       r"|(?<!cost of )(?<!standard of )\b(?:living|existing|being alive|staying alive) (?:feels|is|has become|seems) (?:like )?(?:too much (?:effort|work)|a chore|pointless|unbearable|torture)\b"
       r"|\bmight as well (?:just )?(?:be dead|die|end it|not exist|not be here)\b|\b(?:would be|i'd be|i would be) (?:happy|glad|fine|okay|ok|relieved) to (?:die|be dead|not wake up)\b", negatable="before"),
    # An attempt under way or means set up, in the words people use for it rather than the word suicide: half the
    # tablets swallowed, insulin injected, the engine running in a shut garage, the chair under the beam.
    _p("attempt", "imminent", "self", r"\bswallowed (?:\w+ )?(?:half|all|most|the lot|the rest|every one|them all|the whole (?:box|bottle|packet|pack|tub|strip|lot))"
       r"(?=\s*(?:[.,!;]|$| of (?:them|(?:the|my|those|these) (?:pills|tablets|meds|medication|box|bottle|packet))\b| (?:the |my )?(?:pills|tablets|meds|medication)\b| now\b| already\b))|"
       r"\binjected (?:\w+ )?(?:all|the whole|every unit|a whole pen) (?:of )?(?:my |the )?insulin\b|\b(?:drank|swallowed|downed) (?:some |the |a )?(?:bleach|antifreeze|weedkiller|drain cleaner|paraquat)\b|"
       r"\b(?:car|engine) (?:is )?(?:running|on) (?:\w+ ){0,3}(?:in|inside) the (?:\w+ )?garage\b(?!.*\b(?:fix|fixing|warm|warming|mechanic|repair\w*|check\w*)\b)|\bhose (?:is )?(?:on|in|attached to|taped to|into) the exhaust\b|"
       r"\b(?:chair|stool|step) (?:is )?(?:already )?under the (?:beam|banister|hook|loft hatch)\b|\b(?:checking|tested|testing) (?:if |that )?(?:it|the knot|the rope|the belt) (?:holds|will hold|takes my weight)\b|"
       r"(?<!we were )(?<!we're )(?<!they were )\b(?:sitting|lying|standing|sat|lay) (?:down )?(?:on|across) the (?:tracks|rails|railway line)\b", negatable=False),
    _p("plan", "imminent", "self", r"\b(?:whoever|the (?:person|one) who|who ever) (?:\w+ )?finds? me\b|\b(?:want|wants|going) to be found in\b|\b(?:don't|do not) come in,? (?:just )?(?:call|ring|phone)\b|"
       r"\b(?:open|read) (?:it |this )?(?:after|when) i'?m gone\b|\bfor after i'?m gone\b|\b(?:loaded|loading) (?:the |my |his |her |dad's |grandad's )?(?:shotgun|rifle|gun|pistol)\b|"
       r"\bgot the (?:rope|belt|cord|pills|tablets|gun)\b.{0,40}\bgot the (?:\w+ )?(?:day|date|night|time|place|spot|tree|beam|nerve)\b|\b(?:worked out|counted|calculated) (?:how many|enough)\b.{0,40}\b(?:it's|its|is) enough\b|"
       r"\b(?:once|when|after) (?:\w+ ){0,4}(?:is|are) (?:over|done|gone|out|at work|asleep|at (?:school|their dad's|their mum's))\b.{0,30}\b(?:i'll do it|i'm doing it|i'll go through with it|i'm going through with it|i'm going to do it|i'll end it|i'm ending it|then it's time)\b|"
       r"\b(?:and )?then i'?m doing it\b|\b(?:i'll|i will|i'm going to) (?:do it|go through with it) (?:then|after|when|once|tonight|tomorrow|on \w+day)\b", negatable=False),
    _p("attempt", "imminent", "self", r"\b(?:i'm|i am) (?:currently |literally |actually )?(?:overdosing|od'?ing)\b(?! on (?:coffee|caffeine|sugar|chocolate|candy|carbs|cake|netflix|tv|anime|memes|cuteness|nostalgia|work|love|\w+ content))", negatable=False),
    _p("timeline", "imminent", "self", r"^(?!.*\b(?:like|as if|if)\b).*?\b(?:my|the) last (?:day|night|week|weekend|sunrise|birthday|christmas) (?:on (?:this )?earth|alive)\b", negatable=False),
    # A clock time is a timeline when the sentence says what the person is going to do at it: "I'm going to kill
    # myself at 6", "at midnight I'll end it". Only future intent: "I first tried to kill myself at 12" is an age.
    _p("timeline", "imminent", "self", rf"\b(?:going to|gonna|will|i'll|ill|plan(?:ning)? to|decided to) (?:\w+ ){{0,2}}(?:kill myself|end (?:it all|my life|it(?=\s*(?:[.!,]|$|at\b)))|unalive myself|kms|ctb|off myself)\b.{{0,30}}\b{_CLOCK}"
       rf"|\b{_CLOCK}\b.{{0,12}}\b(?:i'll|ill|i will|i'm going to|i am going to|i'm gonna|im gonna|im going to) (?:\w+ ){{0,2}}(?:kill myself|end (?:it all|my life|it(?=\s*(?:[.!,]|$)))|unalive myself|off myself)\b"),
    _p("self_harm", "high", "self", r"\bi sh'd\b(?! (?:\w+ )?(?:go|grab|get|do|call|try|be|have|see|ask|text|tell|just|probably|really|not|maybe))|\bsh'd (?:again|last night|today|tonight|in the)\b|\bsh-ed (?:again|today|tonight|last night)\b"),
    _p("goodbye", "imminent", "self", r"^(?!.*\b(?:urlaub|reise|verreise|fahre|fliege|vacaciones|viaje|vacances|voyage|pars|ferias|viagem|arbeit|trabajo|travail|trabalho|buro|oficina|bureau)\b).*?(?:\b(?:morgen|bald|heute nacht|heute abend) bin ich nicht mehr (?:da|hier)\b|\bmanana ya no (?:estare|voy a estar)\b|\bdemain je ne serai plus (?:la|ici)\b|\bamanha (?:eu )?(?:ja )?nao (?:estarei|vou estar) mais\b)", negatable=False),
    _p("other_at_risk", "high", "other", r"\b(?:keeps|kept|keep) saying (?:that )?(?:he|she|they) (?:won't|will not|isn't going to|aren't going to) be (?:around|here) (?:much longer|for (?:much )?longer|anymore|any more|for long)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:scary|intrusive|dark|horrible|awful|frightening|disturbing) thoughts (?:about|of) (?:what i (?:could|might|would) do to|hurting|harming) (?:him|her|them|my \w+|the baby)\b", negatable=False),
    # --- ways of saying each thing that a fresh blind set showed missing (written generally, not from its lines)
    # An overdose taken in numbers or whole packets, something drunk from under the sink, the engine running in a
    # shut garage, sitting on the ledge of a window, roof or bridge.
    _p("attempt", "imminent", "self", r"\b(?:took|taken|swallowed|downed) (?:like |about |around |over |nearly |almost )?(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|a hundred|a (?:bunch|handful|load|fistful)|loads|handfuls)(?: of)? "
       r"(?:my |mum's |mom's |dad's |the |his |her |\w+'s )?(?:\w+ )?(?:pills|pillz|tablets|meds|medication|antidepressants|painkillers|paracetamol|ibuprofen|tylenol|aspirin|co-codamol|codeine|sleeping pills|xanax|benzos|oxy\w*)\b"
       + _CARRIED + r"|"
       r"\b(?:took|swallowed|downed|drank) (?:a|the) (?:whole|full|entire) (?:box|bottle|packet|pack|tub|strip) of (?:my |the |\w+'s )?(?:\w+ )?(?:pills|tablets|meds|medication|paracetamol|antidepressants|painkillers|sleeping pills|ibuprofen|aspirin)\b"
       + _CARRIED + r"|"
       r"\b(?:drank|swallowed|downed) (?:something|some stuff|stuff|whatever was) (?:from )?under the (?:\w+ )?sink\b|"
       r"\b(?:took|swallowed) everything (?:in|from) (?:the|my|mum's|mom's|dad's) (?:\w+ )?(?:medicine cabinet|cabinet|cupboard)\b(?!\s*(?:out|off|down|to\b|and))|"
       r"\bin the (?:\w+ )?garage\b.{0,40}\bengine (?:is |still )?(?:running|on)\b(?!.*\b(?:fix|fixing|warm|warming|mechanic|repair\w*|check\w*|listen\w*|noise)\b)|"
       r"(?<!we )(?<!we're )(?<!they )\b(?:sitting|standing|sat|stood|perched) on (?:the|a) (?:edge|ledge|railing|parapet|wrong side) of (?:the|a|my|this) (?:[\w-]+ ){0,2}(?:window|roof|rooftop|bridge|building|car park|multi-storey|overpass|flyover)\b", negatable=False),
    # Means set aside or looked up: medication saved instead of taken, "how many it would take" and holding more,
    # searching for ways to die.
    _p("means", "imminent", "self", r"\bstopped taking (?:my |the )?(?:meds|pills|tablets|medication|antidepressants) and (?:started |have been |i'm |been )?(?:saving|keeping|hoarding|stockpiling|collecting) them\b|"
       r"\bhow (?:many|much) (?:it would|it'd|would) take\b.{0,50}\b(?:holding|have|got|counted out) (?:more|enough|that many)\b|"
       r"\b(?:i|i've|i have|i've been|been|i was|i'm|im|keep) (?:\w+ )?(?:searching|searched|googling|googled|looking up|looked up|researching|researched|reading up on) (?:for |about )?(?:the )?(?:painless |quick |quickest |easy |easiest |best )?ways to (?:die|kill myself|end (?:it|my life))\b|"
       # "I've been looking up 'painless ways out'"
       r"\b(?:i|i've|i have|i've been|been|i was|i keep|keep) (?:\w+ )?(?:searching|searched|googling|googled|looking up|looked up) (?:for |up )?(?:things like )?['\"\u2018\u201c]?painless (?:ways?|methods?|ways? out)\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\b(?:he|she|they|my(?: \w+){1,2}) (?:\w+ ){0,3}(?:searching|searched|googling|googled|looking up|looked up|researching) (?:for |about )?(?:the )?(?:painless |quick |quickest |easy |easiest |best )?ways to (?:die|kill (?:himself|herself|themselves)|end (?:it|his life|her life|their life))\b|"
       r"\b(?:he|she|they|he's|she's|they've|my(?: \w+){1,2}(?:'s)?) (?:\w+ ){0,2}(?:searching|searched|googling|googled|looking up|looked up) (?:for |up )?(?:things like )?['\"\u2018\u201c]?painless (?:ways?|methods?|ways? out)\b|"
       r"\b(?:diz|disse|fala|falou) que quer morrer\b|\besta se (?:machucando|cortando)\b|\bdice que (?:se )?quiere (?:morir|matar)\w*\b|\bdit qu'(?:il|elle) veut (?:mourir|se tuer)\b|\bsagt,? (?:dass )?(?:er|sie) (?:will )?(?:sterben|sich umbringen)(?: will| mochte)?\b", negatable=False),
    # "A drain on everyone. Gone would be better", "no future where I'm still around", "what's the point of me even
    # existing", "just waiting for my life to be over", "hoping something happens so I don't have to keep going".
    _p("passive_ideation", "high", "self", r"\b(?:gone|dead) would be (?:better|easier)\b|\bno future (?:where|in which) i'?m (?:still )?(?:around|here|alive)\b|"
       r"\bwhat(?:'s| is) the point (?:of|in) (?:me )?(?:even )?(?:existing|being here|being around)\b|\bwaiting (?:for my life to (?:be over|end)|to die)\b|"
       r"\bso (?:that )?i (?:don't|do not|won't|wouldn't) have to (?:keep going|go on|keep living|be alive|exist|be here|wake up)(?=\s*(?:[.,!;]|$|anymore|any more|ever))|"
       r"\bobituar\w+\b.{0,60}\b(?:envious|jealous|envy)\b|\b(?:envious|jealous) of (?:the )?dead\b|\benvy (?:\w+ ){0,3}(?:in the obituaries|the dead|dead people)\b", negatable="before"),
    _p("active_ideation", "high", "self", r"\bthink(?:ing)? (?:\w+ ){1,4}(?:about|of) (?:suicide|killing myself|taking my (?:own )?life|ending my (?:own )?life)\b"),
    _p("self_harm", "high", "self", r"\bnow i (?:just |only )?cut(?=\s*(?:[.!;,]|$|instead|again|myself))"),
    # Harm to others: driving into a crowd; a child shaken hard.
    _p("harm_to_others", "high", "other", r"\b(?:thinking|think|thoughts|imagining|picturing) (?:about |of )?(?:driving|ploughing|plowing|ramming) (?:my car |the car |the van |a car |the truck )?into (?:the |a )?(?:crowd|people|pedestrians|them|him|her)\b|"
       r"\bshook (?:my |the |our )?(?:\w+ )?(?:baby|son|daughter|grandson|granddaughter|child|kid|toddler|newborn|infant) (?:so hard|too hard|hard|until|till|violently)\b", negatable=False),
    # Danger from others: a head held under water, a threat to stab or shoot.
    _p("danger_from_others", "high", "self", r"\b(?:holds?|held|holding|pushes|pushed) my head under (?:the )?(?:\w+ )?water\b|"
       r"\b(?:threatens|threatened|threatening|keeps threatening) to (?:stab|shoot|strangle|burn|drown|beat|hurt|kill) me\b"
       r"(?! with (?:a |my |his |her |the )?(?:fork|spoon|chopstick|pencil|pen|spork|breadstick|nerf|water pistol|pillow|tickle))|"
       r"\b(?:said|says|told me) (?:he'd|she'd|they'd|he would|she would|they would|he'll|she'll|they'll|he will|she will|they will) (?:\w+ )?(?:stab|shoot|strangle|drown|burn) me\b"),
    # A goodbye in a journal's own words; pets handed on "after I'm gone".
    _p("goodbye", "imminent", "self", r"\bthis is (?:my |the )?(?:last|final) (?:entry|post)\b(?!\s*(?:before|of|for|until|till|this|on|in|about|here for|from))|"
       r"(?:^|[.!?]\s*)(?:my |the )?(?:last|final) (?:entry|post)(?=\s*(?:[.!,;:\u2014-]|$|from me\b(?!\s+(?:for|until|till|this|before|on|in)\b)))|"
       r"\b(?:take|have|look after|feed|care for|keep|rehome) (?:the|my|both|our) (?:dogs?|cats?|pets?|rabbits?|kids|plants|fish) (?:\w+ ){0,3}after i'?m gone\b(?!\s*(?:on|for|to|next|away|this))", negatable=False),
    # --- danger from and to others in more words (blind set R's misses, written generally)
    _p("danger_from_others", "high", "self", r"\b(?:took|takes|taken|has|kept|keeps|hid|hidden|holding|holds) (?:our|my|all our) (?:passports?|documents|papers|ids?|phones)\b.{0,60}\b(?:can't|cannot|won't let (?:us|me)|not allowed to) (?:leave|go)\b|"
       r"\b(?:nuestros|mis) (?:documentos|pasaportes)\b.{0,40}\bno (?:nos|me) deja(?:n)? salir\b|\b(?:nossos|meus) (?:passaportes|documentos)\b.{0,60}\b(?:so|nao) (?:saimos|podemos sair|me deixa(?:m)? sair)\b|"
       r"\b(?:hold|holds|held|holding) me under (?:the )?(?:\w+ )?(?:water|shower|bath)\b|"
       r"\bhat mich (?:\w+ ){0,3}(?:gewurgt|geschlagen|getreten|vergewaltigt)\b|\bm'a (?:etranglee?|frappee?|battue?|violee?)\b|\bme (?:estrangulo|ahorco|violo)\b|\bme (?:estrangulou|enforcou|violentou)\b|"
       r"\b(?:me va a matar|vai me matar|va me tuer|me tuer si|mich umbringt|bringt mich um)\b(?=.*\b(?:puerta|porta|porte|tur|cuchillo|faca|couteau|messer|encerrad\w*|trancad\w*|enferme\w*|eingeschlossen|golpe\w*|batendo|frappe|schlagt|grita\w*|crie|schreit|pistola|arma|waffe)\b)|"
       r"\b(?:puerta|porta|porte|cuchillo|faca|couteau|messer|encerrada|trancada|enfermee?|eingeschlossen|gritando|golpeando|batendo|schreit)\b.{0,60}\b(?:me va a matar|vai me matar|va me tuer|mich umbringt|bringt mich um)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:plan(?:ning)?|going|gonna|want(?:ing)?) to (?:set fire to|burn down|torch) (?:my \w+'s|his|her|their|the) \w+|"
       r"\bslip (?:it|something|some|them|\w+) (?:into|in) (?:his|her|their|my \w+'s) (?:drink|tea|coffee|food|dinner)\b|"
       r"\bput(?:ting)? something in (?:(?:my |his |her |their )?[\w-]+'s|his|her|their) (?:dinner|tea|coffee|drink|food|meal|lunch)\b|"
       r"\b(?:putting|put|adding|add|slipping|crushing) (?:laxatives|bleach|poison|rat poison|antifreeze|crushed \w+|(?:my |her |his )?(?:sleeping )?(?:pills|tablets)) (?:in|into) (?:his|her|their|my \w+'s|the \w+'s) (?:drink|tea|coffee|food|dinner|meals?|lunch)\b(?!\s*box)|"
       r"\b(?:put(?:ting)?|shov(?:e|ing)|smash(?:ing)?) (?:a )?(?:glass|bottle) (?:in|into) (?:his|her|their) face\b|"
       r"\b(?:imagining|thinking about|planning|going to|want to|keep picturing) (?:\w+ ){0,2}poison(?:ing)? (?:him|her|them|my \w+|the \w+)|\buntraceable (?:poison|way)\b|"
       r"\bwaited for (?:him|her|them) (?:\w+ ){0,4}with a (?:crowbar|knife|bat|hammer|gun|machete|brick)\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\bdrew (?:himself|herself|themselves|themself) (?:hanging|dead|with a (?:noose|rope))\b|"
       r"\b(?:sorted out|arranged|decided|worked out) who (?:gets|will get|will have|takes) (?:his|her|their) (?:dog|cat|pets?|things|stuff|guitar|car)\b", negatable=False),
    _p("other_at_risk", "imminent", "other", r"\b(?:he|she|they|he's|she's|they've|has|have) (?:\w+ ){0,2}taken something and (?:doesn't|does not|don't|didn't|won't) want to be (?:found|saved|helped)\b", negatable=False),
    # --- blind set S's misses, written generally: means looked up as questions, goodbyes said as "if I'm not
    # online tomorrow", danger that is happening now (hiding from someone, being followed), a killing then oneself.
    _p("means", "imminent", "self", r"\bhow long (?:does|would|will|did) it take (?:for (?:someone|a person|you|me) )?to (?:bleed out|bleed to death|drown|suffocate|die from (?:an? )?(?:overdose|od|blood loss))\b|"
       r"\b(?:highest|tallest) (?:\w+ )?(?:bridge|building|cliff|car park|multi[- ]?storey|rooftop|tower block|block of flats) (?:round here|around here|near (?:me|here|us)|nearby|in (?:town|my area|this (?:town|city|area)))\b.{0,40}\b(?:without|doesn't have|don't have|hasn't got|with no|no) (?:the )?(?:\w+ )?(?:fences?|barriers?|railings?|nets?|cameras?)\b|"
       r"\bwhat (?:actually |really )?happens (?:to (?:your|a|the) body )?(?:if|when) (?:you|someone|a person|i) (?:jumps?|falls?) (?:off|from) (?:a|the|an) (?:\w+ ){0,2}(?:bridge|building|car park|multi[- ]?storey|cliff|roof|balcony|tower block)\b|"
       r"\b(?:which|what) (?:(?:over the counter|otc|prescription) )?(?:\w+ ){0,2}(?:stuff|pills?|tablets?|meds|medications?|medicines?|painkillers|drugs)\b (?:\w+ ){0,2}(?:is|are|would be) (?:the )?most (?:dangerous|lethal|deadly|fatal|toxic)\b.{0,40}\b(?:if you take|to take|if taken|a lot|too many|in one go|at once|all at once)\b|"
       r"\b(?:paracetamol|tylenol|acetaminophen) (?:damage|poisoning|overdose)\b.{0,50}\b(?:show up|straight away|right away|take (?:a few )?days|how long)\b", negatable=False),
    _p("goodbye", "imminent", "self", r"\bif i(?:'m| am|m)? (?:not (?:online|here|around|in|back|answering)|(?:don't|dont|do not) (?:reply|answer|respond|message|text|post|show up|turn up|come in|wake up))\b"
       r".{0,40}\b(?:you can (?:have|keep) (?:my|all my)|it(?:'s| is|'ll be| will be) because i (?:went through with it|did it)|i went through with it|it(?:'s| is) done)\b|"
       r"^\W*(?:(?:and|so|just|then)\s+)?(?:(?:i'm|im|i am) (?:going|gonna) |going |planning )?to do it (?:while|when|once|after) (?:everyone|everybody|the house|they|my (?:\w+ )?(?:family|parents|wife|husband|partner|flatmates?))(?:'s| is| are|'re)? (?:\w+ )?(?:asleep|out|gone|away|at work)\b|"
       r"\blook after (?:each other|one another) for me\b(?!\s+(?:while|when|until|till|this|next|during|on|at|for)\b)", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:hiding|hid|locked myself|i've locked myself|i locked myself) (?:in|under|inside) (?:the |my |a )?(?:wardrobe|closet|bathroom|cupboard|toilet|bed|car|room|shed|garage)\b(?!\s+from (?:my|the) (?:kids|children|toddlers?|baby|boss|in-laws|guests))(?=.*\b(?:looking for me|coming (?:up |back )?for me|drunk|smashing|banging|kicking|trying to get in|going to get (?:in|through)|hurt me|kill me|raging)\b)|"
       r"\b(?:looking for me|coming (?:up |back )?for me|drunk|smashing|banging|kicking|trying to get in|raging)\b.{0,80}\b(?:hiding|hid|locked myself) (?:in|under|inside) (?:the |my |a )?(?:wardrobe|closet|bathroom|cupboard|toilet|bed|car|room|shed|garage)\b|"
       r"\b(?:drunk|smashing|banging|raging|furious|kicking)\b.{0,50}\b(?:looking for me|coming (?:up |back |upstairs )?(?:for|after) me)\b(?!\s+(?:to|so|for|with|at)\b)|"
       r"\b(?:sitting|sat|parked|waiting) in (?:his|her|their) car (?:\w+ ){0,3}watching (?:my|our) (?:window|windows|front door|flat|house|home)\b|"
       r"\b(?:someone|somebody|a (?:man|guy|car|van)|he|she|my ex|this (?:man|guy))(?:'s| is| has been| keeps| kept| was|(?<=one)s|(?<=body)s) (?:\w+ )?following me (?:home|to (?:work|school|my)|everywhere|around|again|right now|in (?:his|a|her) car)\b|"
       r"\b(?:he|she|they|my ex|a (?:man|guy|car|van)|someone|somebody|this (?:man|guy))(?:'s| is| are| has been| keeps| was| were)? (?:\w+ ){0,2}(?:sits|sitting|sat|parked|waiting) (?:\w+ ){0,4}(?:outside|across from|opposite) (?:my|our) (?:house|flat|home|work|building|door)\b.{0,60}\b(?:watching|staring|again|every night|all night|\w+ nights? in a row)\b|"
       r"\bnot (?:meant|supposed|allowed) to (?:come|be|get) within \d+", negatable=False),
    _p("harm_to_others", "high", "other", r"\bkill (?:him|her|them|you|my \w+) (?:and )?(?:then )?(?:kill )?(?:myself|me)\b|"
       r"\b(?:knife|gun|blade|machete) in my (?:school )?(?:bag|backpack|locker|pocket)\b.{0,30}\b(?:for|to) (?:school|class)\b(?!\s+(?:cooking|food|home ec))", negatable=False),
    # Slang that keyword lists miss: "iwtd" (I want to die), a "toaster bath".
    _p("active_ideation", "high", "self", r"\biwtd\b|\biwanttodie\b|\btoaster bath\b", negatable=False),
    # --- blind set T's misses, written generally: an end put to oneself, the wrong side of a railing, a gun in
    # front of someone who is "done", a countdown to being gone, envy of the dead, hoping something "gets me",
    # someone else saving medication or saying they will jump; an overdose just taken and a threat to kill in French
    # and German.
    _p("active_ideation", "high", "self", r"\bput(?:ting)? an end to (?:myself|my life|it all|everything|things)\b"),
    _p("passive_ideation", "high", "self", r"\b(?:ready|want|wanna|wish i (?:was|were)|rather be|would rather be|better off|can't wait) (?:to be |being )?(?:6|six) f(?:ee|oo)t under\b", negatable="before"),
    _p("attempt", "imminent", "self", r"\b(?:on|over|climbed over|climbed) the wrong side of the (?:railings?|barriers?|parapet|safety rail)\b(?!\s+(?:at|for|in) (?:the )?(?:football|match|game|gig|concert|festival|stadium|ground|race|track|airport|station|queue))|"
       r"\b(?:got|have|holding|with|sat with) (?:my |the |a |dad's |my dad's )?(?:\w+ ){0,2}(?:pistol|gun|shotgun|rifle|revolver)\b.{0,50}\b(?:i'?m done|i'?m ready|goodbye)\b(?!\s+(?:with|for|to)\b)", negatable=False),
    _p("plan", "imminent", "self", r"\b(?:\d+|one|two|three|four|five|six|seven) (?:days?|dayz|hours?|hrs|weeks?|sleeps) (?:un)?til(?:l)? i'?m gone\b(?!\s+(?:on|for|to|away|travelling|traveling|abroad|camping|off)\b)|"
       r"\b(?:days?|dayz|hours?|weeks?) left (?:un)?til(?:l)? i'?m gone\b(?!\s+(?:on|for|to|away|travelling|traveling|abroad|camping|off)\b)", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:envy|envious of|jealous of) (?:\w+ ){0,6}(?:who|that) (?:died|passed away|get to die|don't wake up|didn't wake up)\b|"
       r"\bhop(?:e|es|ing) (?:the|a|some) (?:\w+ )?(?:bull|tractor|lorry|truck|bus|train|car|storm|heart attack|illness|cancer) (?:gets|kills|takes|hits|finishes) me\b(?!\s+(?:home|there|back|to|through|out|in|up|down|a|an|the|some|on|off|into|tickets?)\b)", negatable="before"),
    _p("other_at_risk", "high", "other", r"\b(?:says?|said|keeps saying|threatens?|threatened|told me) (?:that )?(?:he|she|they)(?:'ll| will| would|'d|'s going to| is going to| are going to) jump (?:off|from|in front of)\b|"
       r"\b(?:she|he|they)(?:'s| has| have|'ve) been (?:saving|stockpiling|hoarding|collecting|keeping) (?:up )?(?:her |his |their )?(?:meds|pills|tablets|medication)\b", negatable=False),
    _p("attempt", "imminent", "self", r"\b(?:j'ai|je viens d') ?(?:avale|avaler|pris|prendre) (?:toute la boite|toute la plaquette|tous (?:les|mes) (?:comprimes|medicaments|cachets))\b|"
       r"\b(?:habe|hab) (?:alle|die ganzen|meine) (?:tabletten|pillen|medikamente) (?:genommen|geschluckt)\b|"
       r"\b(?:demain|ce soir|cette nuit)\b.{0,20}\b(?:ce sera fini|tout sera fini|je ne serai plus la)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:ich bringe (?:ihn|sie) um|bringe ich (?:ihn|sie) um|je vais (?:le|la) tuer|je vais (?:le|la|les) (?:buter|crever|defoncer)|lo voy a matar|la voy a matar|voy a matarl[oa]|vou mata-l[oa]|vou matar (?:ele|ela))\b(?!,?\s+(?:s'il|si|se|wenn|falls)\b)", negatable=False),
    # --- blind set U's misses, written generally: danger at the door or in the house now, a threat for when he wakes
    # or gets back, a secret kept under threat, a forced marriage, a belt used on someone; an overdose in strips,
    # numbers or "them all", a car run with the windows taped, a ligature tied or a hook that will hold, "don't want
    # anyone to stop me", a note's "if you're reading this", a message to be passed on; ideation said as months of
    # wanting to die, a button that would end it, "rather not be alive", ceasing to exist; self-harm as blades bought
    # and not yet used, split knuckles, reaching for the compass; a student's poem about ending her life.
    _p("danger_from_others", "imminent", "self", r"\b(?:he|she|they|someone|somebody|my (?:ex|dad|father|stepdad|husband|partner|boyfriend|brother))(?:'s| is|'re| are| keeps?| won't stop| will not stop) (?:still )?(?:trying to (?:get|break|force (?:his|her|their|a) way) in|kicking (?:at )?(?:the|my) door|breaking (?:down )?(?:the|my) door|smashing (?:the|my) (?:door|window))\b|"
       r"\b(?:he|she|my ex)(?:'s| is) (?:right )?(?:outside|at|under|looking (?:in|through)) my (?:bedroom )?window\b|"
       r"\bwhen (?:he|she|they) (?:wakes? up|gets? (?:back|home|in)|comes? (?:back|home))\b.{0,40}\b(?:i'm|i am|i'll be|you're) ['\"]?(?:getting|going to get|gonna get|dead|in for it|done for)\b|"
       r"\b(?:schlagt|hammert|tritt) (?:gegen|an) (?:meine|die) tur\b|\bme (?:he )?encerr(?:e|ado|ada)\b|\bje me suis enfermee?\b|\b(?:me tranquei|tranquei-me)\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:says|said|told me|threatened)\b.{0,60}\bif i (?:ever )?(?:tell|told) (?:anyone|anybody|someone|my \w+|the police|a teacher)\b|"
       r"\b(?:take|taking|send|sending|took|sent) me (?:abroad|overseas|back home|away|to \w+) to (?:marry|get married)\b|(?<!no one is )(?<!nobody is )(?<!nobody's )(?<!no one's )(?<!nobody )\bforc\w+ (?:me )?(?:to marry|into (?:a )?marriage)\b|\bforced marriage\b|"
       r"\b(?:uses?|used|takes?|took) (?:his|her|their|a|the) (?:belt|cane|stick|cord|cable|fists?) (?:on|to) me\b|\b(?:being|been|getting|get) stalked\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:kill|hurt|stab|shoot|attack|strangle) (?:him|her|them|my (?:ex|wife|husband|partner|boss|dad|mum|mom|brother|sister|neighbou?r))\b.{0,20}\b(?:tonight|today|tomorrow|this (?:evening|weekend))\b|"
       r"\b(?:kill|hurt|stab|shoot|attack|strangle) (?:him|her|them|my \w+)\b.{0,60}\bi know where (?:he|she|they) (?:parks|lives|works|sleeps|drinks|will be)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:she|he|they)(?:'ll| will) never see (?:them|the (?:kids|children)|(?:her|his|their|my|our) (?:kids|children|son|daughter|baby)) again\b|"
       r"\bmake sure (?:she|he|they) never sees? (?:them|the (?:kids|children)|(?:her|his|their|my|our) (?:kids|children|son|daughter|baby)) again\b", negatable=False),
    _p("attempt", "imminent", "self", r"\b(?:took|taken|swallowed|downed|necked|had) (?:a |the |my |an? )?(?:whole |entire |full )?(?:packet|pack|box|strip|bottle|blister|sheet|tub) of (?:[\w']+ ){0,3}(?:pills|tablets|paracetamol|tylenol|ibuprofen|aspirin|meds|medication|antidepressants|painkillers)\b" + _CARRIED + r"|"
       r"\b(?:took|taken|swallowed|downed) (?:\d{2,3}|twenty|thirty|forty|fifty) of (?:my|the|her|his|mum's|mom's|dad's) (?:\w+ )?(?:\w+)\b(?=.{0,40}\b(?:wine|vodka|alcohol|ago|now|sick|dizzy|typing|bottle)\b)|"
       r"\b(?:took|swallowed|taken) (?:them|it) all (?:\d+|a few|ten|five|twenty) (?:mins?|minutes|hours?) ago\b|"
       r"\b(?:windows?|doors?|gaps|vents?) (?:are |is )?(?:all )?taped (?:up|shut)\b.{0,40}\b(?:car|engine)(?:'s| is)? (?:running|on)\b|"
       r"\b(?:it's|its|the (?:rope|belt|cord|cable|noose|scarf)(?:'s| is)?) (?:tied|attached|fixed|hung) (?:to|on|from|round|around) (?:the )?(?:bannister|banister|beam|rafter|hook|door|loft hatch|railing|ceiling)\b|"
       r"\b(?:hook|beam|bannister|banister|rail|door ?frame|loft hatch)\b.{0,15}\b(?:that'll|that will|that would|that can) hold\b|"
       r"\b(?:ho preso|ho ingoiato) (?:tutte le|tutti i) (?:pastiglie|pillole|compresse|farmaci)\b", negatable=False),
    _p("plan", "imminent", "self", r"\b(?:don't|do not) want (?:anyone|anybody|you|them|people) to stop me\b|"
       r"\bif (?:anyone|anybody|someone|you)(?:'re| is| are)? read(?:s|ing) this,? (?:i'm|i am|i've|i have|it's) (?:already |probably )?(?:gone|dead|not here|too late|done it|gone through with it)\b|"
       r"(?:^|[\"'\u201c]\s*)\W*(?:please |just |and )?tell (?:my \w+|everyone|them|her|him) (?:that )?(?:i'm|i am) sorry(?!\s+(?:for|about|i'll|i'm|but|if|that|i))\b|"
       r"\b(?:pin|passwords?|passcodes?) (?:for|to) (?:my|all my) (?:phone|laptop|accounts?|bank)\b.{0,80}\b(?:spare key|will|in case|thorough|after)\b|"
       r"\bmy (?:last|final) (?:paycheck|pay ?cheque|wages|salary)\b.{0,20}\b(?:goes|going|will go) to\b|"
       r"\b(?:by|on|come|after) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|next week)\b.{0,20}\bi won't be (?:a (?:problem|burden)|around|here|in (?:anyone's|your) way)\b", negatable=False),
    _p("active_ideation", "high", "self", r"\b(?:months|weeks|years|days) (?:now )?of (?:wanting|wishing) to (?:die|be dead|kill myself|end (?:it|my life))\b|"
       r"\b(?:tired of|sick of|keep|kept|still) (?:\w+ )?(?:wanting|wishing) to (?:die|be dead|kill myself)\b|"
       r"\bwant (?:my life|it all) (?:to be )?over\b|\b(?:button|pill|switch) (?:that|which) (?:would|could) (?:kill me|end (?:it|my life|me)|make me (?:disappear|not exist))\b|"
       r"\b(?:want|going|ready) to (?:catch|join|reach|see|go to|head to|visit) the afterlife\b|\bs[- ]?word (?:myself|my ?self)\b"),
    _p("passive_ideation", "high", "self", r"\b(?:rather|prefer to|prefer) not (?:be|being) (?:alive|here|around|living)\b|"
       r"\b(?:me|my) (?:ceasing|stopping) to exist\b|\bif i (?:ceased|stopped) (?:to )?exist(?:ing)?\b|"
       r"\b(?:cheated|disappointed|annoyed|upset|gutted|angry) (?:that )?i'?m still (?:here|alive|breathing|around)\b|"
       r"\b(?:trying|want|hoping|hope|praying|going) to (?:just )?(?:go to )?sleep and (?:never|not) wake (?:up|back up)\b|\bsparire per sempre\b", negatable=False),
    _p("self_harm", "high", "self", r"\b(?:knuckles?|fists?|hands?) (?:are |is )?(?:split|bleeding|bloody|busted|raw) from (?:hitting|punching)\b|"
       r"\breach(?:ing|ed)? for (?:the |my |a )?(?:compass|blades?|razors?|sharpener)\b|\bcutting (?:gives|helps|calms|is the only)\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\bwrote (?:a |an )?(?:poem|story|essay|note|song|post|piece) about (?:ending (?:her|his|their) life|killing (?:herself|himself|themselves)|wanting to die|suicide|self[- ]?harm)\b|"
       r"\bsearch(?:es|ed)? (?:\w+ ){0,6}(?:for|about) how (?:many|much) (?:\w+ ){0,2}(?:it takes|to (?:die|overdose|kill))\b", negatable=False),
    # --- blind set V's misses, written generally: being broken in on, followed since the bus, "he's on his way"
    # after a threat, dragged by the hair, a drink spiked, a tracker found, "tonight he's going to finish it";
    # something put in someone's food, "tonight he learns", a pillow over the cot; pills waited on "until the house
    # goes quiet", a knot done, walking to the edge and back, walking out "and keep going", "so nobody comes in",
    # "by the time he reads it", "for whoever comes", "they think I'm decluttering", "I'm ending it", a deadline
    # given oneself; carving a line, arms like a barcode, scabs and stitches opened, marks hard to explain; a flip
    # off the roof "the permanent kind", yeeting oneself, logging out irl; someone who wishes he'd never woken up.
    _p("danger_from_others", "imminent", "self", r"\b(?:someone|somebody|he|she|they|a man|people)(?:'s| is|'re| are) (?:trying to )?break(?:ing)? in\b(?!\s+(?:the|my|his|her|their|new|a|some)\b)|"
       r"\b(?:someone|somebody|(?:a|that|this|the) (?:man|guy|car|van)|he|they)(?:'s| has| have|'ve) been (?:behind|following) me since\b|\b(?:he|she|they)(?:'s| is|'re| are) still (?:behind|following) me\b|"
       r"\b(?:he|she|they|my ex)(?:'s| is|'re| are) trying the (?:door(?: handle)?|handle|windows?)\b|"
       r"\bcoming (?:up(?:stairs)?|in|round|over|back) (?:here )?to (?:deal with|hurt|kill|finish) me\b|"
       r"\b(?:put|slipped) something in my drink\b|\b(?:spiked my drink|my drink (?:was|got|has been) spiked)\b|"
       r"\b(?:tonight|today) (?:he|she|they)(?:'s| is|'re| are) going to ['\"]?finish (?:it|me|this)\b|"
       r"\b(?:a group|a gang|people|someone|somebody|they|he|some (?:guys|lads|boys|girls))(?:'s|'re| are| is)? (?:still )?waiting (?:for me )?(?:\w+ ){0,4}with (?:knives|a knife|weapons|a machete|a gun)\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\bdragged me (?:\w+ ){0,4}by my (?:hair|arm|neck|collar)\b|\b(?:he|she|they)(?:'ll| will|'d| would)? (?:\w+ )?put me in the ground\b|\bsaid\W{0,3}\s?i(?:'ll| will|'m going to|'m gonna) put you in the ground\b|"
       r"\b(?:beating|hitting|kicking|punching) me (?:up|again|every|when|if)\b|\b(?:found|there's|there was|there is) an? (?:tracker|tracking device|airtag|gps tracker) (?:on|in|under) my\b|"
       r"\b(?:was|got|been|being) held under (?:the )?(?:\w+ )?water\b|\b(?:he's|she's|he is|she is) going to ['\"]?finish (?:it|me)\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:put|slipped) something in (?:(?:my |his |her |their )?[\w-]+'s|his|her|their) (?:dinner|tea|coffee|drink|food|meal|lunch)\b.{0,40}\b(?:eating|drinking|now)\b|"
       r"\btonight (?:he|she|they) (?:learns?|pays?)\s*[.!]*\s*$|\btonight (?:he|she|they) gets? what(?:'s| is)? coming\b|\bstanding over (?:the|his|her|my \w+'s) (?:cot|crib)\b.{0,40}\bpillow\b|"
       r"\bi'?ll be (?:on it|there|waiting)\b.{0,40}\b(?:bringing|with) (?:the |a |my )?(?:hammer|gun|machete|crowbar)\b", negatable=False),
    _p("plan", "imminent", "self", r"\bwaiting (?:until|till|for) (?:the house|everyone|everybody)(?:'s|\s+(?:goes|is|are|gets?|to go|to get))\s+(?:quiet|asleep|to sleep)\b|"
       r"\b(?:the )?(?:knot|noose)(?:'s| is) (?:done|tied|ready|up)\b|\bkeep(?:s)? walking to the edge\b|"
       r"\b(?:walk|swim)(?: out)? (?:into the (?:sea|water|waves|river|lake|tide)|(?:from|past|off) the (?:point|pier|rocks|end of the pier))\b.{0,30}\bkeep (?:going|walking|swimming)\b|"
       r"\bso (?:nobody|no one|no-one) (?:finds me|comes in (?:too )?early|walks in (?:too )?early)\b|"
       r"\bby the time (?:he|she|they|you|anyone) (?:reads?|sees?|gets?|finds?) (?:it|this)\b.{0,20}\b(?:it'll be (?:done|over|too late)|i'll be (?:gone|dead))\b|"
       r"\bfor whoever (?:comes|finds|gets here|turns up|arrives)\b(?!\s+(?:to|by|round|over|early|first|home|along|back|in|for)\b)|\btell (?:them|everyone|her|him|my \w+) (?:it was|it's|its) what i wanted\b|"
       r"\bthey think (?:i'm|im|i am) (?:just )?(?:decluttering|clearing out|having a clear[- ]?out)\b|"
       r"\bso that'?s when\s*[.!]*\s*$|\bchecked (?:that |whether |if )?(?:it|the (?:policy|life insurance)) (?:still )?pays? out\b", negatable=False),
    _p("active_ideation", "high", "self", r"\b(?:i'm|im|i am) ending (?:it|it all|things|my life|everything)\b(?!\s+(?:with|between|for (?:us|them)|at work|off))|"
       r"\b(?:given|giving) myself (?:until|till|a (?:deadline|date))\b|\byeet(?:ing)? myself\b|\blog(?:ging)? (?:out|off) irl\b|\bgame over for me\b", negatable="before"),
    _p("attempt", "imminent", "self", r"\b(?:(?:back)?flip|jump|dive|yeet\w*(?: myself)?) off (?:the |a )?(?:roof|bridge|building|balcony|overpass|cliff|flyover)\b.{0,30}\b(?:permanent|for good|forever|tonight|later)\b|"
       r"\b(?:already )?took (?:them|the lot|them all|it all) (?:at|around|about) (?:about )?\d|\balready took (?:them|the lot|it all|everything)\b|"
       r"\bj'ai pris toutes mes (?:pilules|pillules|gelules)\b", negatable=False),
    _p("self_harm", "high", "self", r"\bcarv(?:e|ed|ing) (?:a |another )?(?:line|mark)\b|\bcarv(?:e|ed|ing) (?:into )?(?:my (?:arm|leg|skin|thigh)|myself)\b|"
       r"\b(?:arms?|legs?|thighs?|wrists?) (?:look )?like a barcode\b|\bpick(?:ed|ing)? (?:the |my )?scabs? (?:open|off) again\b|"
       r"\b(?:marks|scars|cuts|burns) on my (?:arms?|legs?|thighs?|wrists?|stomach)\b.{0,40}\b(?:harder to (?:explain|hide)|hard to (?:explain|hide))\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:dying|death|being dead) (?:tonight|today|tomorrow|soon) would be (?:fine|ok|okay|good|a relief|nice)\b|"
       r"(?<!pregnancy )(?<!covid )(?<!ivf )\b(?:scan|results?|tests?|biopsy|scare)\b.{0,30}\b(?:clear|fine|normal|negative)\b.{0,40}\b(?:disappoint\w*|gutted|let down)\b|"
       r"\btake up space\b.{0,40}\b(?:someone (?:else|better)|give it back)\b|\bnothing (?:holding|keeping) me now\b|\bnobody left who needs me\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\b(?:he|she|they) wish(?:es)? (?:he|she|they)(?:'d| had) never (?:woken up|been born|woke up)\b|"
       r"\b(?:my \w+|he|she|they) (?:keeps|kept) (?:texting|saying|messaging|posting)\b.{0,40}\b(?:thanks for everything|you were a good|goodbye)\b|"
       r"\b(?:gave|giving) (?:me|us) (?:her|his|their) (?:favourite|favorite|best|prized)\b.{0,60}\b(?:doesn't matter|won't need|no point)\b", negatable=False),
    # --- blind set W's misses, written generally: being gone as a fix, waking up as a disappointment, an accident
    # that would not be minded, a funeral pictured with relief; bites and sharp things on the body, blades dreamt of;
    # a door left open so no one has to break it; trackers, a weapon taken to someone's place; a wish to join the dead.
    _p("passive_ideation", "high", "self", r"\b(?:me )?being (?:gone|dead|not (?:here|around)) would (?:\w+ ){0,2}(?:fix|solve) (?:\w+ ){0,4}(?:problems|everything|things)\b|\b(?:me )?being (?:gone|dead|not (?:here|around)) would (?:make (?:\w+ ){0,2})?(?:be )?(?:easier|better|a relief) for (?:everyone|everybody|them|my family|all of them|the people)\b|"
       r"\b(?:annoyed|disappointed|gutted|upset|angry|cross|pissed off|sad) (?:that )?i (?:woke up|woke|didn't die|survived|was still (?:here|alive)|am still (?:here|alive))(?=\s*(?:[.,!;]|$|at all|again\b))|"
       r"\bif (?:a|the|some) (?:bus|car|truck|lorry|train|van|taxi) (?:\w+ )?(?:hit|clipped|ran over|took out|knocked) me\b.{0,50}\b(?:wouldn't|would not|don't think i'd|not sure i'd|i'd not) (?:\w+ ){0,2}(?:mind|care|be (?:upset|sad|sorry|bothered))\b|"
       r"\bcross(?:ing)? (?:the )?roads?\b.{0,30}\b(?:don't|dont|do not|stopped|no longer) (?:even )?look(?:ing)?\b(?!\s+(?:at|up|down|for|back|both|left|right|properly))|"
       r"\b(?:they(?:'ll| will| would|'d)|everyone(?:'ll| will| would|'d)|(?:my )?(?:family|kids|children|wife|husband|parents) (?:will|would)) be (?:fine|okay|ok) (?:when|once|if) i(?:'m| am)? (?:not around|gone|not here)\b,? (?:maybe|probably|even|possibly) (?:better|happier)\b|"
       r"\bready for (?:my life|it all|everything|life) to (?:be over|end|stop)\b|\bwhatever takes me\b|"
       r"\b(?:picturing|imagining|pictured|imagined|daydream\w*(?: about)?) my (?:own )?funeral\b.{0,80}\b(?:relie\w+|peace\w*|calm\w*|comfort\w*)\b|"
       r"\b(?:won't|will not) be (?:anyone's|anybody's|everyone's) (?:problem|burden)\b", negatable=False),
    _p("timeline", "imminent", "self", r"\b(?:by (?:this time )?tomorrow|after tonight|by (?:the )?morning)\b.{0,20}\bi (?:won't|will not) be (?:anyone's|anybody's|everyone's|a) (?:problem|burden)\b", negatable=False),
    _p("self_harm", "high", "self", r"\bbit (?:myself|my (?:arm|hand|wrist|finger|thumb)s?) (?:\w+ ){0,2}(?:hard enough|until|till|so hard)\b|"
       r"\b(?:fantasi[sz]\w*|dreaming|obsess\w*) about (?:a |the |my )?(?:blades?|razors?|cutting(?=\s*(?:[.,!;]|$|again|myself)))\b|"
       r"\b(?:use|used|using) (?:a |the |my )?(?:\w+ ){0,3}(?:compass|blade|scissors|knife|lighter|sharpener|broken glass)(?: \w+){0,4} on (?:my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)|myself)\b", negatable="before"),
    _p("plan", "imminent", "self", r"\b(?:door|it) (?:unlocked|open)\b.{0,40}\b(?:(?:doesn't|don't|won't|wouldn't|does not|do not|will not) have|(?:nobody|no one|no-one) (?:has|needs|will have)) to (?:break|kick|force) (?:it|the door|in|down)\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:tracking app|tracker|airtag|air tag|gps (?:tracker|tag))\b.{0,60}\b(?:never installed|didn't install|didn't put (?:it|there)|hidden)\b|"
       # (a tracker, an AirTag or a tracking device found on one's things is set V's entry above; only the spelling "air tag" is new)
       r"\bfound an? air tag (?:in|on|under) my\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:going|heading|driving|walking) (?:to|round to|over to|to go to) (?:her|his|their|my \w+'s) (?:place|house|flat|work|office)\b.{0,40}\bwith (?:a|the|my) (?:hammer|knife|gun|bat|baseball bat|crowbar|machete|axe)\b|"
       r"\bwaiting (?:for|until) (?:him|her|them|my \w+) (?:to )?(?:fall asleep|falls asleep|be asleep|is asleep|come home|comes home|get home|gets home)\b.{0,40}\b(?:going to|gonna|then i'?m|then i'?ll) (?:do|hurt|kill|stab|get)\b", negatable=False),
    _p("active_ideation", "high", "self", r"\bsewer ?slid(?:al|ally)\b"),
    _p("attempt", "imminent", "self", r"\bj'ai (?:deja )?(?:avale|pris) (?:toutes? (?:les|mes)|tous (?:les|mes)|(?:toute )?la boite de) (?:pilules|cachets|comprimes|medicaments|gelules)\b", negatable=False),
    # --- blind set X's misses, written generally: a child punished by being put out in the cold; hands round a
    # throat; hiding while someone smashes the house; someone forcing a door now; a weapon in the lap outside a house;
    # knowing which bus she takes; "after what I'm planning"; letting or helping someone fall; not looking when
    # crossing; relief at a serious diagnosis; no point being here; done existing; a short life wished for; a surgery
    # hoped to go wrong; not checking out; finishing what was started after a discharge; French, Portuguese, German
    # and Spanish harm to and from others.
    _p("danger_from_others", "high", "self", r"\bmade me (?:stand|sleep|stay|sit|kneel) (?:\w+ ){0,3}(?:outside|in the (?:garden|cold|shed|cupboard|dark|snow|rain)|all night)\b|"
       r"\b(?:makes?|made) me (?:kneel|stand|sit)\b.{0,40}\bfor hours\b|\bmakes? (?:me|us) sleep in the (?:car|shed|garden|garage)\b|"
       r"\bhands? (?:a)?round my (?:neck|throat)\b|\bbarricaded (?:the |my )?(?:\w+ )?(?:room|bedroom|bathroom|toilet|door)\b", negatable=False),
    _p("danger_from_others", "imminent", "self", r"\btrying to (?:get |break |force (?:his|her|their|the) way )?(?:in|into|through) (?:my|the) (?:\w+ )?(?:door|window|room)\b.{0,40}\b(?:right now|now|won't hold|holding it|chair)\b|"
       r"\bholding (?:the|my) (?:\w+ )?door (?:shut|closed)\b|\b(?:er|sie) hat mich (?:[\w']+ ){0,3}eingesperrt\b|\bsperrt mich (?:[\w']+ ){0,3}ein\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\bmake (?:him|her|them) (?:\w+ )?sorry\b|\bknow (?:which|what) (?:bus|train|route|way|time) (?:she|he|they) (?:gets|takes|leaves|walks)\b|"
       r"\b(?:they|everyone|ppl|people) (?:won't|wont|will not) (?:think|laugh|be laughing) (?:\w+ ){0,2}after (?:what (?:i'?m|im) planning|what i do)\b|"
       r"\b(?:letting|helping|making) (?:him|her|them) (?:fall|drown|choke|overdose)\b|\bganas de sacudirl[oa]\b|\bsacudir al bebe\b", negatable="before"),
    _p("harm_to_others", "imminent", "other", r"\bavec (?:une|un|mon|ma) (?:barre de fer|couteau|batte|flingue|arme)\b.{0,60}\b(?:va payer|ce soir)\b|\bce soir (?:il|elle) va payer\b|"
       r"\b(?:ele|ela) nao sai viv[oa]\b|\bhoje (?:ele|ela) (?:morre|paga)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\bstopped looking (?:both ways|left and right|properly) (?:when|before) (?:i )?cross\b|"
       r"\b(?:might be|could be|is|it's) (?:serious|cancer|malignant|bad news|terminal)\b.{0,40}\b(?:my first (?:feeling|thought|reaction) was|i felt) (?:\w+ )?relie(?:f|ved)\b|"
       r"\b(?:don't|dont|do not|can't|cant) see the point (?:of|in) (?:being here|being alive|living|staying|going on|carrying on)\b(?!\s+(?:with|at|doing|in this|working))|"
       r"\bwhat(?:'s| is) the point (?:of|in) (?:carrying on|being here|staying)\b(?!\s+(?:with|at|doing|in this|working|at this))|"
       r"\b(?:i'm|im|i am) (?:so |just )?done (?:existing|being alive|with (?:living|life|existing|being alive))\b(?! (?:in|with|at|on|here|there)\b)|"
       r"\b(?:i'd|i would) rather (?:it|my life|life) (?:was|were|be) short\b|\bwhole life ahead of (?:me|you)\b.{0,30}\blike (?:that's|thats|it's|its) (?:good|a good thing|good news)\b|"
       r"\b(?:like|want|wish) to (?:just )?fade (?:out|away)\b(?!\s+(?:into|from|of))|"
       r"\bhop(?:e|es|ing) (?:the|my) (?:surgery|operation|op|treatment|anaesthetic|anesthetic) (?:goes wrong|fails|kills me)\b|"
       r"\bwant (?:my life|it all) to end\b(?!\s+(?:happily|well))", negatable=False),
    _p("plan", "imminent", "self", r"\bnot (?:planning on|planning to|going to be|gonna be) check(?:ing)? out\b(?!\s+(?:of|early|late|before|until|at))", negatable=False),
    # --- Italian and Dutch basics (beyond the four languages the detector was first written for)
    _p("active_ideation", "high", "self", r"\bvoglio (?:morire|uccidermi|suicidarmi|farla finita(?!\s+con\b)|togliermi la vita)\b|\bfarla finita\b(?!\s+con\b)|\btogliermi la vita\b|\buccidermi\b|\bsuicidarmi\b|\bpenso al suicidio\b|"
       r"\bik wil (?:dood|niet meer leven|er niet meer zijn|niet meer bestaan|een eind aan mijn leven maken|mezelf (?:van kant maken|doden|ombrengen|iets aandoen))\b|\bzelfmoord\w*\b|\bmezelf van kant\b|\bniet meer (?:willen )?leven\b", negatable="before"),
    _p("passive_ideation", "high", "self", r"\b(?:iedereen is |zijn )?beter af zonder mij\b|\b(?:tutti )?(?:starebbero )?meglio senza di me\b|\bniet meer wakker (?:worden|te worden)\b|\bnon svegliarmi piu\b", negatable="before"),
    _p("self_harm", "high", "self", r"\bmi faccio del male\b|\bmi (?:taglio|sono tagliat[oa])\b|\bautolesionismo\b|\bik (?:snijd|snij|kras) mezelf\b|\bmezelf (?:snijden|krassen|pijn doen)\b|\bzelfbeschadig\w*\b", negatable="before"),
    _p("plan", "imminent", "self", r"\bafscheidsbrie\w+\b|\bmorgen ben ik er niet meer\b|\bstasera lo faccio\b|\b(?:ho preparato tutto|ho deciso)\b.{0,40}\b(?:stasera|domani|oggi|stanotte)\b|\blettera d'addio\b|\bvandaag (?:doe ik het|maak ik er een eind aan)\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\b(?:zegt dat (?:ze|hij) )?een eind aan (?:haar|zijn) leven (?:wil )?maken\b|\bvuole (?:morire|uccidersi|farla finita|suicidarsi)\b|\bwil (?:hij|zij|ze) dood\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\bmi (?:picchia|ha picchiat[oa]|ha chiuso in casa|minaccia)\b|\b(?:hij|zij|ze) slaat me\b|\bslaat mij\b|\bik ben bang voor (?:hem|haar|mijn \w+)\b|\bho paura di (?:lui|lei|tornare a casa)\b", negatable=False),
    # --- Spanish, French, German, Portuguese (accents stripped by normalise(); their phrasing carries its own negation)
    _p("active_ideation", "high", "self", r"\b(?:quiero|voy a|pienso en|ganas de) (?:morir|morirme|matarme|suicidarme)\b|\bme quiero (?:morir|matar)\b|\b(?:ya )?no quiero (?:seguir )?vivir\b|\bquitarme la vida\b|\bsuicidarme\b|\bpienso en el suicidio\b", negatable="before"),
    _p("active_ideation", "high", "self", r"\bje (?:veux|vais) (?:mourir|me tuer|me suicider|en finir)\b|\benvie de (?:mourir|me tuer|en finir)\b|\bme suicider\b|\bje ne veux plus vivre\b|\ben finir avec la vie\b|\bje pense au suicide\b", negatable="before"),
    _p("active_ideation", "high", "self", r"\bich (?:will|mochte|werde) (?:nicht mehr leben|sterben|mich umbringen)\b|\bmich (?:umbringen|toten)\b|\b(?:selbstmord|suizid)\w*\b|\bnicht mehr leben\b|\bich bringe mich um\b", negatable="before"),
    _p("active_ideation", "high", "self", r"\b(?:quero|vou) (?:morrer|me matar|suicidar|me suicidar)\b|\bnao (?:quero|aguento) mais viver\b|(?<!vai )(?<!vao )(?<!quer )(?<!querem )(?<!ameacou )(?<!ameaca )(?<!tentou )\bme matar\b|\btirar (?:a )?minha (?:propria )?vida\b|\bsuicidio\b", negatable="before"),
    _p("passive_ideation", "high", "self", r"\bmejor sin mi\b|\bmieux sans moi\b|\bbesser (?:dran )?ohne mich\b|\bmelhor sem mim\b|\bnicht mehr aufwachen\b|\bne plus me reveiller\b|\bno despertar(?:me)? (?:nunca )?mas\b|\bnao acordar mais\b", negatable="before"),
    _p("self_harm", "high", "self", r"\b(?:me corto|me corte|cortarme|me lastimo|me hago dano|je me scarifie|je me coupe|me mutiler|ich ritze mich|mich ritzen|me cortar|me cortando|(?<!quer )(?<!vai )(?<!vao )me machucar|automutila\w*|autolesi\w*|selbstverletz\w*)\b"
       # the clitic names the writer, the verb must too: "quiero hacerme dano", not "el quiere hacerme dano" (danger from others)
       r"|\b(?:quiero|voy a|ganas de|necesito|pienso en|me dan ganas de) (?:\w+ )?(?:hacerme dano|lastimarme|herirme|castigarme)\b|\bme (?:hice dano|lastime|volvi a cortar)\b"
       r"|\b(?:je veux|je vais|envie de|besoin de) (?:\w+ )?(?:me faire du mal|me blesser|me couper|me bruler)\b|\bje me (?:fais|suis fait|suis fais) du mal\b|\bje me suis (?:coupee?|scarifiee?|brulee?)\b"
       r"|\bich (?:\w+ ){0,3}mir (?:\w+ )?(?:selbst )?(?:wehtun|weh tun|wehzutun|weh zu tun|wehgetan|weh getan)\b|\bich (?:\w+ ){0,3}mich (?:\w+ )?(?:geritzt|geschnitten|verletzt)\b"
       r"|\beu me (?:cortei|machuquei|queimei)\b|\bme cortei\b", negatable="before"),
    _p("plan", "imminent", "self", r"\b(?:esta noche|hoy|manana) (?:\w+ ){0,3}(?:lo voy a hacer|me mato|acabo con todo)\b|\blo voy a hacer esta noche\b|\bce soir (?:\w+ ){0,3}(?:je le fais|j'en finis|je me tue)\b|\bheute nacht (?:\w+ ){0,3}(?:schluss|bringe ich mich um)\b|\bmache ich schluss\b|\bhoje a noite (?:\w+ ){0,3}(?:vou fazer|me mato)\b|\btengo las pastillas\b|\bja tomei todos os remedios\b|\bme tome todas las pastillas\b|\bdernier message\b|\badieu a tous\b|\bmensaje de despedida\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\bse quiere (?:matar|morir|suicidar)\b|\bveut (?:se suicider|mourir|se tuer)\b|\bwill sich (?:umbringen|toten)\b|\bsich (?:umbringen|toten) will\b|\bquer se (?:matar|suicidar)\b|\bque (?:el|ella) se quiere matar\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:me pega|me golpea|me frappe|me bat|schlagt mich|me bate|me agride)\b|\bpeur de rentrer\b|\bmiedo de volver a casa\b|\bangst nach hause\b|\bmedo de voltar para casa\b"
       # the same verbs with someone else as subject: "el quiere hacerme dano", "il veut me faire du mal"
       r"|\b(?:el|ella|il|elle|er|sie|ele|ela|mi \w+|mon \w+|ma \w+|mein \w+|meine \w+|meu \w+|minha \w+) (?:\w+ )?(?:quiere hacerme dano|quiere lastimarme|me va a (?:lastimar|pegar)|veut me (?:faire du mal|frapper)|va me frapper|will mir (?:wehtun|weh tun|etwas antun)|will mich schlagen|quer me (?:machucar|bater)|vai me (?:machucar|bater))\b", negatable=False),
    _p("hopelessness", "concern", "self", r"\b(?:sin esperanza|no tiene sentido|sans espoir|a quoi bon|hoffnungslos|sem esperanca|nao aguento mais|no puedo mas|je n'en peux plus|ich kann nicht mehr)\b", negatable=False),
    # --- hopelessness and distress without risk statements (concern)
    _p("hopelessness", "concern", "self", r"\b(?:never|not ever) going to (?:change|get better|be different)\b|\bnothing (?:matters|works(?: for me)?|helps)\b|\bno future (?:for me)?\b|\bdon't see (?:any|a) (?:future|point|way)\b|\btired of (?:fighting|trying|everything)\b|\bgiven up (?:on|trying)\b|\bwhy (?:even )?bother\b|\ba (?:drain|burden|waste of space) (?:on|to|for)\b|\btaking up space\b|\bdon't care about anything\b|\bdon't remember what (?:okay|ok|happy|normal) feels like\b|\bdrowning and (?:nobody|no one)\b|\bstopped (?:expecting|hoping)\b|\bdone trying\b|\b(?:no|can't see a|cant see a|can't see the|cant see the) light at the end\b|\bnumb and broken\b|\bcan't keep (?:doing this|going)\b|\b(?:feel|feeling) (?:completely |so |totally )?(?:empty|hollow|broken|worthless)\b|\bi(?:'m| am) (?:so )?(?:done|finished) with (?:everything|life|it all)\b|\bwhat(?:'s| is) the point of (?:trying|anything|it all|living|going on)\b|\bseries of (?:failures|things that didn't work)\b"
       r"|\b(?:at the )?end of my (?:rope|tether)\b|\b(?:no one|nobody|no-one) can help me(?=\s*(?:[.,!;]|$|now|anymore|any more))|\bsoul[- ]tired\b|\bbest years (?:are|were) (?:behind|over)\b|\b(?:still|back) (?:exactly )?where i started(?=\s*(?:[.,!;]|$))"),
    # Sets Y and Z: passive wishes said sideways; arrangements finished and a goodbye said in passing; danger at
    # the door now; someone outside another's house with intent now.
    _p("passive_ideation", "high", "self", r"\bmy (?:existence|being alive|being here) is (?:\w+ ){0,2}(?:an? )?(?:inconvenience|burden|waste|mistake)\b|"
       r"\b(?:if|when) there (?:was|were|is) no me\b|\bno me to\b|\bnothing would change if i (?:wasn't|weren't|was not|were not|was gone|disappeared)\b|"
       r"\b(?:don't|dont|do not) (?:know|get|see) why i'?m still (?:here|alive|around)\b|\bdunno why i'?m still (?:here|alive|around)\b|"
       r"\blighter without me\b|\bswap places with (?:\w+ ){0,3}(?:in (?:that|a|the) (?:hospital )?bed|on (?:a|their|the|her|his) deathbed|in (?:a|the|that) coffin|who(?:'s| is) dying)\b|"
       r"\bhopes? (?:the|my) (?:scan|tests?|results?|biopsy|diagnosis|lump)\b.{0,40}\bbad\b|\brelief to (?:just )?(?:be gone|not be here|not exist|disappear|die|not wake up)\b|"
       r"\bhad enough of (?:this |my )?life\b", negatable="before"),
    _p("goodbye", "imminent", "self", r"\bi won't be (?:there|here|around) to (?:give|see|read|watch|celebrate|open|hand)\b|"
       r"(?<!like )(?<!as if )(?<!as though )\b(?:i'm|im|i am) (?:probably |likely |most likely )?already gone\b|\bif you(?:'re| are) reading this\b.{0,40}\b(?:gone|dead|too late|sorry)\b|"
       r"\bwon't need (?:a|my|the|any) \w+ where i'?m going\b(?!.{0,80}\b(?:holiday|trip|beach|sun|hot|degrees|warm|cold|snow|abroad|flight)\b)|"
       r"\b(?:feed|look after|take care of|walk) (?:the|my) (?:fish|cat|dog|plants|rabbit|hamster|birds?|tortoise) from now on\b|"
       r"\bcan have my (?:\w+ ){0,2}\w+\b.{0,80}\b(?:wasn't|not|i'm not) (?:joking|kidding)\b|"
       r"\bif anything happens\b.{0,40}\b(?:you can have|have my|take my|keep my)\b", negatable=False),
    _p("attempt", "imminent", "self", r"\btook (?:a|another) handful\b|\bswallowed (?:a|another) handful\b", negatable=False),
    _p("plan", "imminent", "self", r"\b(?:tonight|today|this weekend)(?:'s| is)? (?:\w+ ){0,2}(?:i'm|im|i am) (?:finally |really )?(?:going to|gonna) do it\b"
       r"(?=.{0,60}\b(?:no more (?:second )?chances|for real this time|goodbye|sorry for|it'?s over|this is it)\b)", negatable=False),
    _p("danger_from_others", "imminent", "self", r"\b(?:at|outside|banging on|kicking) (?:our|my|the) (?:front |back )?(?:door|window)\b.{0,40}\bthreaten\w*|"
       r"\bthreaten\w* to (?:hurt|kill|stab|beat)\b.{0,40}\b(?:at|outside) (?:our|my|the) (?:front |back )?door\b|"
       r"\btrying to (?:break|kick|smash) (?:the|my|our) (?:\w+ )?door (?:down|in)\b|\b(?:i'm|im|i am|being|been) (?:being )?followed\b.{0,40}\b(?:minutes|mins|for ages|right now|car|van)\b|"
       r"\b(?:hiding|hid|locked myself) (?:in|under|inside) (?:the |my |a )?(?:wardrobe|closet|bathroom|cupboard|toilet|bed|loft|attic|shed|garage|room)\b"
       r"(?=.{0,100}\b(?:can hear (?:him|her|them)|broken in|broke in|(?:they'll|he'll|she'll) hear|on the stairs|came home (?:angry|drunk)|coming up the stairs)\b)|"
       r"\b(?:can hear (?:him|her|them)|broken in|broke in|on the stairs|came home (?:angry|drunk)|coming up the stairs)\b.{0,100}\b(?:hiding|hid|locked myself) (?:in|under|inside) (?:the |my |a )?(?:wardrobe|closet|bathroom|cupboard|toilet|bed|loft|attic|shed|garage|room)\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\bsaid (?:i'?m|i am|i'll be|ill be|i'd be) dead if\b|\bmarry me off\b|(?<!no one is )(?<!nobody is )(?<!nobody's )(?<!no one's )(?<!nobody )\bforc(?:e|ed|ing) me to (?:marry|get married)\b|"
       r"\b(?:stay (?:after|behind|late)|alone with (?:him|her|them)|comes? into my room|at night)\b.{0,60}\b(?:don't|dont|do not) like (?:it|what happens|what he does|what she does|what they do)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\bmake (?:him|her|them) feel the pain\b.{0,40}\bphysically\b|\bich will (?:ihm|ihr|ihnen) (?:\w+ ){0,2}(?:wehtun|weh tun|was antun)\b|"
       r"\b(?:medo de|vontade de) (?:machucar|sacudir|bater (?:n|em)) (?:o |a |meu |minha |ele\b|ela\b)", negatable=False),
    _p("other_at_risk", "high", "other", r"\bblaue flecken\b.{0,80}\b(?:grob|schlagt|schlagen|tut (?:ihr|ihm) weh)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:no quiero|ya no quiero) seguir (?:viviendo|aqui)\b", negatable=False),
    _p("hopelessness", "concern", "self", r"\b(?:i'm|im|i am) (?:just |completely |totally )?falling apart\b"),
    # Set AA: grooming and exploitation in plain words; a sleeping person stood over; "gets what's coming" while
    # waiting; a bath turning pink; passive wishes as metaphors ("a party I'd like to leave
    # early", not planning on a future, envying the obituaries); hair pulled out in self-hatred, new lines beside old.
    _p("danger_from_others", "high", "self", r"\b(?:keeps?|kept|always) (?:trying to )?(?:get|getting) me (?:alone|on my own)\b|\b(?:says?|said|told me|tells me|rule is) what happens (?:at|in) (?!vegas\b)\w+ stays (?:at|in) \w+\b|"
       r"\bthe (?:stuff|things) (?:he|she|they) (?:does|do|did) (?:to me )?makes? me (?:feel )?sick\b|\b(?:report|reporting) (?:us|me) to immigration\b|"
       r"\bwork off (?:the|our|my) (?:travel|debt|costs|fees)\b|\btook (?:our|my) (?:phones|passports)\b(?! (?:to|for)\b)|"
       r"\btakes? my (?:pension|benefits|wages)\b.{0,60}\b(?:tells|says|won't|doesn't let|too confused|shouts)\b", negatable=False),
    _p("danger_from_others", "imminent", "self", r"\b(?:steht|ist) (?:\w+ )?vor meiner (?:tur|wohnung)\b.{0,60}\b(?:tritt|schlagt|hammert|angst)\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:passed out|asleep|sleeping)\b.{0,80}\bstanding over (?:him|her|them)\b.{0,60}\b(?:don't know what i'?m (?:about|going) to do|want to|going to|gonna|with (?:a|the|my))\b|"
       r"\b(?:today|tonight|now) (?:he|she|they) (?:gets?|get) what'?s coming\b", negatable=False),
    _p("attempt", "imminent", "self", r"\b(?:water|bath|bathwater|bath water)(?:'s| is) (?:going|turning|gone) (?:pink|red)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:the world|the universe|this world)\b.{0,40}\b(?:doesn't|does not) need me\b|"
       r"\b(?:nothing|no one|nobody) (?:\w+ ){0,5}i want to (?:be alive|live|stay alive|be here) for\b|\bold age\b.{0,20}\bi (?:don't|do not) want one\b|"
       r"\bdone with (?:being here|being alive|existing|living)\b(?! (?:in|with|at|on|here)\b)|\bwhy i keep signing up for another year\b|"
       r"\blife is a party i'?d (?:like|love|rather) to leave\b|\bleave (?:this )?(?:life|the party of life) early\b|"
       r"\bcan'?t see (?:me|myself) (?:still )?(?:being )?(?:here|alive|around) (?:by|in|at|next)\b(?!.{0,40}\b(?:job|work|company|role|town|city|flat|house|team|school|uni)\b)|\bwon't be (?:around|here|alive) long enough (?:for|to)\b|"
       r"\b(?:don't|do not) plan on (?:having a future|being (?:here|around|alive))\b(?!.{0,40}\b(?:moving|move|job|contract|lease|flat|city|country|abroad|company|team)\b)|"
       r"\b(?:be fine|wouldn't mind|not mind|be okay|be ok|be relieved) if (?:the|my) (?:plane|flight|car|train|bus)\b.{0,30}\b(?:never landed|crashed|went down|didn't make it|never arrived)\b", negatable="before"),
    _p("self_harm", "high", "self", r"\b(?:ripped|ripping|pulled|pulling|tore|tearing) out (?:so much |my |clumps of )?hair\b.{0,60}\b(?:hate myself|punish\w*|bald)\b|"
       r"\b(?:new|fresh) lines\b.{0,40}\b(?:old ones|arms?|thighs?|legs?|wrists?)\b|"
       r"\b(?:6|six) ?f(?:ee)?t under\b.{0,40}\bworking on it\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\bwaiting (?:round|around) the corner for (?:her|him|them)\b|"
       r"\b(?:carer|caregiver|nurse|son|daughter|grandson|granddaughter)(?:'s)?\b.{0,20}\btakes (?:her|his|their) (?:money|pension|cards?)\b", negatable=False),
    # Set AB: a place and a last word in a few words; the baby to be taken before the writer does something; someone
    # asleep and "about to do it"; German and Portuguese on a bridge or roof; passive wishes ("lived too long", "no place
    # for me in this world", "didn't look, and part of me hoped"); words carved into skin; "game end myself"; others who
    # say nobody would miss them, have nothing left to live for, or texted goodbye and went silent.
    _p("harm_to_others", "imminent", "other", r"\btake (?:the|my) (?:baby|kids?|children) (?:right now|now|away)\b.{0,40}\bbefore i (?:do something|hurt|lose it|snap)\b", negatable=False),
    _p("plan", "imminent", "self", r"\b(?:is|are|'s) asleep\b.{0,40}\b(?:i'm|im|i am) (?:about|going|ready) to do it\b|"
       r"\b(?:i'm|im|i am) (?:\w+ ){0,4}walking into the (?:water|sea|river|lake|waves)\b.{0,60}\b(?:don't care|not coming back|keep walking|bye|goodbye|sorry)\b|"
       r"\bstanding on (?:the|an|a) (?:overpass|motorway bridge|bridge|ledge|railing)\b.{0,40}\bwatching (?:the )?(?:trucks|cars|traffic|trains|water)\b|"
       r"\b(?:no telhado|na ponte|no predio|na janela)\b.{0,40}\bvou pular\b|\bvou pular\b.{0,40}\b(?:telhado|ponte|predio|janela)\b|"
       r"\bich (?:steh|stehe|bin)\b.{0,20}\b(?:auf der (?:brucke|bruecke)|auf dem dach)\b.{0,40}\bspring\w*\b", negatable=False),
    _p("other_at_risk", "imminent", "other", r"\b(?:er|sie) sich (?:\w+ ){0,2}umbringt\b|\b(?:texted|messaged|sent) me (?:a )?goodbye\b.{0,40}\b(?:not answering|isn't answering|won't answer|not picking up|phone(?:'s| is) off)\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\b(?:posted|said|says|saying|told me) (?:that )?(?:nobody|no one) would miss (?:him|her|them)\b|\b(?:he|she|they)(?:'s| has|'ve| have) got nothing (?:left )?to live for\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:don't|do not|can't) see (?:me|myself) (?:still )?(?:being )?(?:here|alive|around) (?:much )?(?:longer|by|in|at|next)\b(?!.{0,40}\b(?:job|work|company|role|town|city|flat|house|team|school|uni)\b)|"
       r"\b(?:already )?lived too long\b(?! (?:in|with|at|abroad|here|there)\b)|\bno place for me in (?:this|the) world\b|\bdidn't look\b.{0,40}\bpart of me hoped\b|\bnothing (?:left )?to live for\b", negatable="before"),
    _p("self_harm", "high", "self", r"\bcarv(?:e|ed|ing) (?:\w+ ){0,3}into my (?:skin|arm|arms|leg|legs|thigh|thighs|wrist|wrists|stomach)\b|\bgame[- ]?end(?:ing)? myself\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\bex\b.{0,30}\b(?:keeps?|kept) (?:showing|turning) up (?:outside|at) my\b|\b(?:showing|turning) up (?:outside|at) my (?:work|house|flat|door)\b.{0,60}\b(?:regret|threaten\w*|won't leave|scared)\b", negatable=False),
    # Sets AC and AD: violence named by what it did to the body ("smacks my head off the cupboard", "poured boiling
    # water on my hand", "threw a mug at my head", "broke my nose"); no sleep as punishment; a stranger's
    # photo of the front door, an address posted online, the same car outside; a weapon shown at work; a door wedged
    # shut to sleep; contacts deleted by a partner; debts to be paid before one may go home, being "passed round";
    # harm planned ("the ways she could die", "teach her a lesson...
    # not with words", "jump him... bringing stuff", a gun and his name, "i'm the one who'll do it", his house mapped);
    # passive wishes (disappointed to wake, enduring life, "hoping that's it"); "deeper this time".
    _p("danger_from_others", "high", "self", r"\b(?:he|she|they|my (?:\w+ )?(?:dad|father|mum|mom|mother|stepdad|stepmum|stepmom|partner|husband|wife|boyfriend|girlfriend|ex|brother|sister|uncle)|dad|mum|mom)\b (?:\w+ ){0,2}"
       r"(?:(?:smacks?|smacked|bangs?|banged|slams?|slammed|bashe?s?|bashed) my head (?:off|against|into)|(?:pour(?:s|ed)?|threw|throws) (?:boiling|hot|scalding) (?:water|tea|coffee|oil) (?:on|over|at) (?:me|my)|"
       r"(?:threw|throws|hurled|hurls) (?:a|the|his|her|their) (?:mug|cup|plate|glass|bottle|shoe|chair|pan|remote|phone) at (?:me|my (?:head|face))|"
       r"broke my (?:nose|jaw|ribs?|arm|wrist|finger|fingers|cheekbone|eye socket)|burn(?:s|ed|t) me with|split my (?:lip|head))\b"
       r"(?!.{0,40}\b(?:accident\w*|by mistake|playing|rugby|football|footy|boxing|sparring|training|match|game|when we were (?:kids|little|young))\b)|"
       r"\b(?:wasn't|was not|weren't|not) allowed to (?:sleep|eat)\b.{0,30}\bbecause i\b|"
       r"\b(?:unknown number|anonymous (?:account|number)|no caller id|someone i don't know)\b.{0,60}\b(?:photo|picture|pic) of (?:my|our) (?:front door|house|flat|car|window|kids?|children|bedroom)\b|"
       r"\b(?:posting|posted|posts|shared|sharing|leaked) my (?:home )?address (?:online|everywhere|on)\b|\bkeep seeing the same (?:car|van|guy|man|person)\b.{0,40}\b(?:outside|near|at) (?:my|our) (?:house|flat|home|work|door)\b|"
       r"\b(?:turned|turns|showed|shows|turning|showing) up (?:at|outside) my (?:work|house|flat|door|school|gym|home)\b.{0,40}\b(?:crowbar|knife|machete|bat|hammer|gun|axe)\b|"
       r"\bsleep\w* with (?:my|the) (?:bedroom )?door (?:wedged|barricaded|blocked|jammed)\b|\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend))\b (?:\w+ )?(?:deleted|blocked) (?:all )?my (?:contacts|friends|family)\b|"
       r"\b(?:pay|paying) (?:back|off) (?:the |my |our )?(?:\W?(?:travel|transport|visa|flight|agency|recruitment) )?(?:costs?|debt|fees?|money)\W?\s(?:before|until) (?:i|we) (?:can|could|am allowed to|are allowed to|get to) (?:go home|leave)\b|"
       r"\bpassed (?:a)?round (?:his|her|their) (?:mates|friends|mates')\b|"
       r"\bcan'?t (?:go to|call|tell) the police\b.{0,20}\b(?:he|she|they)(?: is|'s|'re| are) (?:the police|a cop|a police officer|police)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:writing|listing|list of|imagining|thinking (?:about|of)) (?:\w+ ){0,6}(?:all )?the ways (?:she|he|they) (?:could|might|should) die\b|"
       r"\bteach (?:him|her|them) a lesson\b.{0,60}\b(?:not|isn't|won't|wont|ain't) (?:going to |gonna )?be (?:with )?words\b|"
       r"\bi(?:'ve| have) got (?:a|the|my dad's|my \w+'s) (?:gun|knife|rifle|shotgun)\b.{0,30}\bi(?:'ve| have) got (?:his|her|their) (?:name|address)\b|"
       r"\b(?:he|she|they) (?:needs?|has|have) to (?:be gone|go|disappear|die)\b.{0,40}\bi'?m the one (?:who'll|who will|to) do it\b|"
       r"\b(?:looking at|looked at) (?:his|her|their) (?:house|flat|place) on street ?view\b|\bmapping (?:out )?(?:his|her|their) (?:\w+ )?(?:entrance|exits?|movements|routine|schedule|route)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\bwoke up\b.{0,40}\b(?:disappointed|annoyed|gutted|upset|angry|sad) (?:that )?i did\b|\b(?:disappointed|gutted) (?:that )?i (?:woke up|didn't die)\b(?!\s+(?:at|early|late|so|before|with|to|in|on|after)\b)|"
       r"\blife is (?:just )?something i'?m (?:just )?(?:enduring|waiting out|putting up with|getting through)\b|\b(?:enduring|waiting out) (?:life|my life|existence|being alive)\b|"
       r"\b(?:going to sleep|go to sleep|going to bed)\b.{0,20}\bhop(?:e|ing) (?:that's|this is|it's) (?:it|the end)\b", negatable="before"),
    _p("self_harm", "high", "self", r""
       r"\b(?:did it|cut|went) (?:again\W{0,3}\s?)?deeper (?:this time|than (?:last time|before|ever))\b", negatable=False),
    # Sets AE and AF: control and harm at home told by what was done (woken to argue, a pillow held over the face,
    # a kettle thrown, medication poured away, loans taken in one's name, a room entered at night, a partner who rings
    # thirty times), work that cannot be left until a debt is paid, a wedding arranged abroad, something put in one's
    # food, a door locked from outside; harm planned ("chemicals you can't taste", "in a bodybag", "hit him with the
    # hammer", "I know her password and where she parks", "I want everyone at that office dead", "I know which car is
    # his", outside with a brick, "it's in my bag" at the gates); passive wishes said quietly (asking to be fetched,
    # looking forward to dying, not wanting to grow old, "tired of fighting to stay", the Lord asked to take one, "nice
    # to just... not", disappointed when nothing happened); a belt round the neck; emails scheduled that "will explain".
    _p("danger_from_others", "high", "self", r"\b(?:wakes?|woke|keeps? waking) me (?:up )?to (?:argue|shout|yell|fight|scream)\b|\b(?:held|holds|put|puts|pressed|presses) (?:a |the )?pillow (?:over|on) my (?:face|head|mouth)\b|"
       r"\b(?:he|she|they|my \w+)\b (?:\w+ )?(?:threw|throws|hurled|hurls) (?:a|the|his|her|their) (?:kettle|knife|scissors|iron|vase|ashtray|lamp|bowl|jar|boot|brick|stone|rock|pan|bottle|glass|plate|mug) at me\b|"
       r"\b(?:poured|pours|flushed|flushes|binned|bins|threw away|throws away) (?:away )?my (?:antidepressants|meds|medication|medicine|pills|tablets|inhaler|insulin)\b(?!.{0,40}\b(?:so i|to keep me|safe|overdos\w*|doctor|gp)\b)|"
       r"\b(?:taken|took|takes|taking) out (?:loans?|credit cards?|a mortgage|debts?|finance) in my name\b|"
       r"\b(?:step ?dad|stepfather|stepbrother|uncle|dad|brother|cousin|grandad|grandpa|(?:mum's|mom's) (?:boyfriend|partner))\b (?:\w+ )?(?:comes|came|creeps|crept|sneaks|snuck|gets|got) in(?:to)? my (?:room|bed)\b.{0,40}\b(?:when|while) (?:mum|mom|my mum|my mom|everyone|she|the others)(?:'s| is| are)? (?:at work|out|away|asleep|on nights|gone|not home|working)\b|"
       r"\b(?:instructor|teacher|coach|boss|manager|tutor|landlord|lecturer|supervisor|pastor|priest|uncle|stepdad)\b.{0,40}\b(?:keeps? )?(?:putting|puts|touching|touches|grabbing|grabs|rubbing|rubs) (?:his |her )?(?:hands? )?(?:on )?my (?:leg|thigh|knee|waist|bum|chest|breasts?)\b|"
       r"\b(?:manager|boss|supervisor|teacher|coach|landlord|uncle|stepdad|instructor)\b.{0,20}\bcorners? me\b(?=.{0,40}\b(?:freezer|walk-in|storeroom|stock ?room|back room|car park|alone|toilets|bathroom|grateful)\b)|"
       r"\bif i (?:don't|do not) (?:answer|reply|pick up)\b.{0,30}\b(?:he|she|they) (?:rings|calls|texts|phones)\b.{0,20}\b(?:[2-9]\d|\d{3,}|twenty|thirty|forty|fifty|a hundred) times\b|"
       r"\b(?:owe|owes) (?:him|her|them|the agency|my employer|my boss)\b.{0,60}\b(?:can't|cannot|not allowed to|won't let me) (?:quit|leave|go home)\b.{0,20}\buntil\b|"
       r"\barranged my (?:wedding|marriage)\b(?=.{0,60}\b(?:don't want|never met|haven't met|without asking|secret|didn't agree|won't let|over there|abroad|back home|i'?m 1[0-7])\b)|\b(?:holiday|trip)\b.{0,60}\barranged my (?:wedding|marriage)\b|\b(?:putting|puts|put|slipping|slips|slipped) something in my (?:food|drinks?|tea|coffee|water|meals?)\b|\bi feel drugged\b(?=.{0,60}\b(?:she|he|they|cooks?|makes? me|gives? me)\b)|"
       r"\blocked (?:us|me|the \w+|our \w+) (?:in )?from (?:the )?outside\b|"
       r"\b(?:notes?|messages?|texts?)\b.{0,60}\b(?:know|knows) (?:what i wear|my (?:routine|schedule)|when i'm (?:alone|home))\b|\bknows? my (?:routine|schedule|movements) better than i do\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:chemicals?|poisons?|something) (?:you|they|he|she) can'?t (?:taste|smell|detect)\b|\b(?:see|put|want) (?:him|her|them|my (?:\w+ )?\w+) in a body ?bag\b|"
       r"\b(?:hit|stab|smash|bash|hurt) (?:him|her|them) with (?:the|a|my) (?:hammer|knife|bat|brick|bottle|crowbar|axe)\b|"
       r"\b(?:chain|chaining|lock|locking) the doors\b.{0,40}\b(?:fire|burn\w*)\b|"
       r"\bi know (?:her|his|their) (?:password|schedule|routine)\b.{0,30}\bwhere (?:she|he|they) (?:parks|lives|works|goes)\b|"
       r"\bi want (?:him|her|them|everyone|everybody|all of them|them all|my (?:\w+ )?(?:ex|boss|mother|mum|mom|father|dad|stepdad|stepmum|husband|wife|brother|sister|neighbou?r|teacher)|(?:everyone|everybody|all of them) (?:at|in) (?:that|this|the|my) \w+) dead\b|"
       r"\b(?:gonna|going to|i'll|i will) (?:get|sort|deal with|teach|hurt|batter)\b.{0,60}\bi know which (?:car|house|flat) is (?:his|hers|theirs)\b|\b(?:it'?d|it would) be (?:so )?(?:easy|simple) to (?:push|shove|trip|poison|smother) (?:him|her|them|someone)\b|"
       r"\bpush(?:ing)? (?:someone|somebody|people|a stranger|strangers) (?:in front of|under|onto) (?:the|a) (?:tube|train|bus|tracks|traffic)\b|"
       r"\bthinking (?:about|of) (?:pulling|switching off|turning off) (?:it|the (?:tube|plug|machine|drip))\b|\bhand (?:near|on) the (?:tube|plug)\b.{0,40}\bpull", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:i'm|im|i am|now|waiting|standing|sitting) outside (?:(?:his|her|their|my \w+'s) (?:\w+ )?)?(?:with|holding) (?:a|the) (?:brick|bat|knife|hammer|petrol|can of petrol|crowbar)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\bask (?:him|her|them|god|the lord) to (?:come and )?(?:fetch|take|collect) me(?=\s*(?:[.!,]|$|too|soon|now|already|please|home\W*$|before (?:morning|i wake)|in my sleep|tonight))|\blook(?:ing)? forward to (?:dying|death|being dead)\b|"
       r"\b(?:don't|do not|never) want to grow old\b|\blying if i said i wanted to (?:grow old|live|be here|get old)\b|\btired of fighting to (?:stay|live|be here|stay alive)\b|"
       r"\b(?:lord|god|jesus),? (?:please )?(?:just )?take me\b(?!\s+(?:back|to|with|out|there|away from|shopping))|\b(?:lord|god|jesus),? i'?m ready (?:whenever|when) you are\b|\b(?:pray|praying|prayed)\b.{0,30}\b(?:lord|god|jesus)\b (?:will |would )?takes? me\b|"
       r"\b(?:disappointed|gutted) (?:when|that) nothing happened\b|\bor no (?:mum|mom|dad|mother|father|parent) at all\b|\bdone with everything\b.{0,40}\bsleep forever\b|"
       r"\bsit(?:ting|s)? in the garage with the (?:engine|keys)\b", negatable="before"),
    _p("attempt", "imminent", "self", r"\b(?:belt|rope|cord|cable|scarf|tie|noose)(?:'s| is)? (?:round|around) my neck\b", negatable=False),
    _p("self_harm", "high", "self", r"\bburn(?:ed|t)? my (?:forearm|arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach) (?:with|again|on purpose|deliberately)\b(?!.{0,30}\b(?:cooking|oven|pan|iron|baking|stove|hob|tray|kettle|bbq|barbecue|sun|grill|toaster|steam\w*|at work)\b)", negatable=False),
    _p("other_at_risk", "high", "other", r"\b(?:he'd|she'd|they'd|he had|she had|they had) (?:been|gone) (?:down )?to the (?:train line|railway line|tracks|bridge|cliffs?)\b.{0,40}\b(?:stood|standing|sat) there\b", negatable=False),
    # Set AN, read clause by clause so that someone else's words stay theirs ("my 9 yr old said he wishes he could go to
    # sleep and never wake up"): a passive death wish, never born, no reason to be here, waiting for the end, the point
    # of continuing to live, not sad to die, gone from this world.
    _p("passive_ideation", "high", "self", r"\bpassive (?:death wish|suicidal ideation)\b|\bwish i (?:was|were|had) never (?:been )?born\b|\bno reason to be here\b|"
       r"\b(?:only|just) waiting for the end\b(?! of)|\b(?:point|purpose) (?:of|in) (?:continuing|going on) (?:to live|living)\b|"
       r"\b(?:wouldn't|would not) be sad to die\b|\bsleep\b.{0,40}\bnever (?:come back|wake up)\b|\b(?:like|want|wish) to be gone from this (?:world|earth|life)\b|"
       r"\bi (?:don't|do not) care (?:any ?more )?(?:whether|if) i (?:live|wake up) or (?:die|not)\b", negatable=False),
    # Set AK: "nice knowing you all" (said of someone else, it is theirs: "her last tweet was 'nice knowing you'").
    _p("goodbye", "imminent", "self", r"\b(?:it'?s |it was |been )?nice knowing (?:you|u|some of you|y'all|everyone|you all|u all)\b(?!\s+(?:at|in|from|during|both|too|as)\b)", negatable=False),
    _p("other_at_risk", "imminent", "other", r"\b(?:his|her|their|[a-z]+'s) last (?:tweet|post|message|text|story|status|snap)\b.{0,40}\b(?:nice knowing|goodbye|bye|sorry for everything|love you all)\b", negatable=False),
    # Sets AG and AH: a glassing; a face to be made unrecognisable; taking the law into one's own hands; "someone
    # should do something... maybe it'll be me"; no point in still being around; taking up space on this earth;
    # getting off the ride early; walking into the sea until one can't stand.
    _p("harm_to_others", "high", "other", r"\b(?:going to|gonna|i'?ll|i will|want to|wanna) glass (?:him|her|them)\b|"
       r"\b(?:want|make|leave) (?:his|her|their) face (?:to be |so )?unrecogni[sz]able\b|\brearrange (?:his|her|their) face\b|"
       r"\bif (?:the (?:court|courts|police|law|school|council)|nobody|no one|no-one) (?:won't|will not|doesn't|does not|can't|isn't going to) (?:fix|sort|deal with|do anything about|stop) (?:this|it|him|her|them)\W{0,3}\s*i (?:will|'ll)\b(?!\s+(?:write|complain|call|ring|email|report|sue|take (?:it|this|them)|go to|contact|appeal))|"
       r"\b(?:needs?|deserves?) to be taught a lesson\b.{0,60}\b(?:maybe|might|could|probably) (?:it'?ll|it will|it should) be me\b|"
       r"\bsomeone (?:should|needs to|has to|ought to) do something\b.{0,30}\b(?:maybe|might|could|probably) (?:it'?ll|it will|it should) be me\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\bwhat(?:'?s| is) (?:even )?the point (?:of|in) me (?:still )?(?:being (?:here|around|alive)|existing|living|staying)\b|"
       r"\btaking up space on (?:this|the) (?:earth|planet)\b|\b(?:getting|get|got) off (?:the|this) ride (?:early|for good)\b", negatable="before"),
    _p("plan", "imminent", "self", r"\bwalk (?:out|in|into (?:the )?(?:sea|ocean|water|waves|lake|river))\b.{0,20}\buntil i (?:can'?t|cannot|can no longer) (?:touch|stand|feel|breathe|reach)\b|"
       r"\bwalk into the (?:sea|ocean|river|lake|waves) and (?:not|never) (?:come|coming) back\b", negatable="before"),
    # Set AO (understatement, euphemism, risk buried in everyday talk): "want to die" with the "I" dropped at the start
    # of a clause; a partner who chokes one, asked about as "is it normal"; pills lined up; not sure one will be
    # around much longer; a family that would be better off "if I were gone"; tired of taking up space; wishing to get
    # sick "and go"; a face hit with one's own hands; a person one is going to "put in the hospital".
    _p("active_ideation", "high", "self", r"^\W*(?:(?:really|just|honestly|literally|so|still|kinda|actually|i) )?(?:want|wanna) to (?:die|be dead|kill myself|end it all|end my life)\b(?!\s+(?:of|from|laughing|inside|a little)\b)", negatable="before"),
    _p("danger_from_others", "high", "self", r"\b(?:normal|okay|ok|acceptable) (?:for|that|when) (?:your|a|my) (?:\w+ )?(?:boyfriend|girlfriend|partner|husband|wife|bf|gf|dad|father|mum|mom|mother|stepdad|stepmum|stepmom) "
       r"(?:to )?(?:chokes?|strangles?|hits?|slaps?|beats?|punch(?:es)?|kicks?)\w* (?:you|me)\b", negatable="before"),
    _p("means", "imminent", "self", r"\b(?:pills|tablets|meds)\b (?:\w+ ){0,2}(?:lined up|counted out|laid out)\b(?! (?:for the week|in (?:my|the|a) (?:organi[sz]er|dosette|pill ?box|blister)))", negatable="before"),
    _p("passive_ideation", "high", "self", r"\b(?:not sure|don't think|do not think|doubt) i'?ll be (?:around|here) (?:much|for much|a lot|for a lot) longer\b(?!\s*(?:at|in|with|on) (?:this|the|my) (?:job|company|office|house|flat|city|town|area|place|school|team|role|ward|site)\b|,? (?:my|the) (?:shift|contract|lease|visa|placement))|"
       r"\b(?:would|'d|could) (?:\w+ ){0,4}(?:save|be better|be happier|be easier|be lighter|be fine|be relieved|cope better|have more)\b.{0,40}\bif i (?:were|was) (?:gone|dead|not here|not around|out of the (?:way|picture))\b(?!\s+(?:for|on|to|at)\b)|"
       r"\btired of taking up (?:space|room|air|oxygen)\b(?!\s+(?:in|on|at)\b)|"
       r"\b(?:wish|hope|hoping) i(?:'d| would| could)? (?:just )?(?:get|got|catch|caught) (?:sick|ill|cancer|something) and (?:go|die|not (?:wake|recover)|(?:don't|do not|never) (?:wake|recover|get better)|never)\b", negatable="before"),
    _p("self_harm", "high", "self", r"\b(?:punch(?:ed|ing)?|slap(?:ped|ping)?|hit(?:ting)?|bang(?:ed|ing)?|smash(?:ed|ing)?|bash(?:ed|ing)?) (?:\w+ ){0,10}my own face\b", negatable="before"),
    _p("harm_to_others", "high", "other", r"\b(?:going to|gonna|i'?ll|i will|want to|wanna) put (?:him|her|them|that \w+|this \w+|the \w+|a \w+|my \w+) in (?:the )?(?:hospital|icu|a&e|ground|a wheelchair|a coma)\b|"
       r"\b(?:i'm|im|i am) (?:going to|gonna) put in (?:the )?(?:hospital|icu|ground)\b", negatable="before"),
    # Set AQ (calm, clipped, second-language, sarcastic and religious voices): hoping for "something terminal"; dead
    # before things get better, "hopefully"; "wish I not wake up"; "simpler if I just wasn't"; good if one "didn't get up
    # again"; broken ribs at a partner's hands; planned what one would do to someone; a baby dropped off a balcony in
    # a parent's thoughts; hurting oneself after an argument; hurting oneself the only thing that helped.
    _p("passive_ideation", "high", "self", r"\b(?:hoping|hopes?|wish(?:es)?|praying|pray) (?:that )?i(?:'ll| will|'d| would)? (?:get|catch|develop|have) (?:something (?:\w+ )?(?:terminal|fatal|incurable)|(?:a|an) (?:\w+ )?(?:terminal|fatal|incurable) (?:illness|disease|diagnosis|condition|cancer))\b|"
       r"\b(?:i'?ll|i will) be dead (?:before|by)\b.{0,30}\bhopefully\b(?! not\b)|\bhopefully (?:i'?ll|i will) (?:be dead|die)\b(?! (?:to|of|from|for|by the time|laughing)\b)|"
       r"\bwish i (?:would )?(?:not|don't|didn't|won't|wouldn't|no|never) wake(?: up)?\b(?! (?:up )?(?:early|late|again (?:at|before)|before|at|with|to|feeling|every|for|on|in|so)\b)|"
       r"\b(?:it'?d|it would|everything would|things would|life would) be (?:simpler|easier|better|kinder) if i (?:just )?(?:wasn't|weren't|was not|were not|didn't exist|wasn't here|wasn't around)(?=\s*[.!,;]|\s*$|\s+(?:anymore|any more|around|here|alive|at all)\b)|"
       r"\b(?:good|nice|better|easier|simpler|a relief) if i (?:didn't|did not|never|don't) (?:get up|wake up|wake|woke up|woke|got up) again\b", negatable="before"),
    _p("danger_from_others", "high", "self", rf"\b(?:{OTHER}|my (?:ex|stepdad|stepmum|stepmom|stepfather|uncle|aunt))(?:'s)? (?:\w+ )?(?:broke|fractured|cracked|bruised|split|dislocated) my (?:ribs?|arm|nose|jaw|wrist|fingers?|lip|cheekbone|eye socket|collarbone)\b(?!.{{0,40}}\b(?:playing|by accident|accidentally|sparring|tackle|match|game|practice|training|when we were (?:kids|little|young|children|teens?))\b)", negatable="before"),
    _p("harm_to_others", "high", "other", r"\bplanned (?:out )?(?:exactly )?what i(?:'d| would| will|'ll|'m going to) do to (?:him|her|them|my \w+)\b|"
       r"\bthinking (?:about|of) (?:dropping|throwing|shaking|smothering|drowning) (?:her|him|the baby|my baby|my (?:son|daughter|newborn))\b(?: (?:off|out of|over|down|into|in)\b)?", negatable="before"),
    _p("self_harm", "high", "self", r"\b(?:hurt|cut|burned|burnt|hit|punched) myself (?:again )?(?:after|because of|over) (?:the|an|another|our|my|his|her|that) (?:argument|fight|row|call|phone call|texts?|breakup|shouting|meeting)\b(?!.{0,40}\b(?:boxing|training|gym|match|game|football|rugby|pulled|sprain\w*|muscle|ankle|knee)\b)|"
       r"\bonly thing that (?:helped|helps|works|worked)\b.{0,10}\b(?:was|is) (?:hurting|cutting|burning|hitting) myself\b", negatable="before"),
    # Set AR (chat voices, slang, typos, four languages): the car running in the garage; "the means right here";
    # "what's even the point of being here"; taking up space "someone else deserves"; "was ist der Sinn, noch hier zu
    # sein".
    _p("plan", "imminent", "self", r"\b(?:the )?car(?:'s| is) running in the (?:closed |shut )?garage(?=\s*[.!…]*\s*$|\s+and i'?m (?:in|inside|sitting)\b)|\b(?:have|got) the means (?:right )?(?:here|with me|in front of me|ready)\b", negatable="before"),
    _p("passive_ideation", "high", "self", r"\bwhat(?:'?s| is) (?:even )?the point (?:of|in) (?:me )?(?:even )?(?:existing|being here|being around|being alive|living)\b(?!\s+(?:if|at|in|on|when|today|tonight|for|with)\b)|"
       r"\btaking up space (?:that )?(?:someone|somebody) (?:else )?(?:deserves|could use|needs)\b|"
       r"\b(?:was ist|wo ist) (?:\w+ )?der sinn,? (?:noch )?(?:hier zu sein|zu leben|weiterzuleben)\b", negatable="before"),
)

# Read over the whole message, not clause by clause: risk that shows only when two sentences are read together
# ("He punched me. He'll be back from the shop in 10 mins."; "bought new blades today. haven't used them yet").
ACROSS: tuple[Pattern, ...] = (
    _p("danger_from_others", "imminent", "self", r"\b(?:hit|punched|slapped|beat|kicked|strangled|choked|hurt|attacked|threatened) me\b.{0,120}"
       r"\b(?:he|she|they)(?:'ll| will|'s| is|'re| are) (?:be )?(?:back|home|coming back)\b.{0,30}\b(?:in (?:\d+|ten|five|twenty|a few|a couple of)|soon|any (?:minute|second)|tonight)\b" "|"
       r"\b(?:there's|there is) (?:a man|a guy|someone|somebody|a stranger|an intruder) (?:in|inside) (?:the|my|our) (?:house|flat|apartment|home)\b"
       r"(?=.{0,80}\b(?:heard|hear|hiding|hide|under the bed|broke in|broken in|back door|scared|terrified|help|police|don't know (?:him|them|who)))" "|"
       r"\b(?:kill|hurt|get|find) me\b.{0,120}\b(?:(?:he's|she's|they're|he is|she is|they are) on (?:his|her|their) way)\b|"
       r"\b(?:home|back|here) in (?:an hour|half an hour|\d+ (?:mins?|minutes))\b.{0,120}\b(?:broke my|hit me|hurt me|beat me|strangled me)\b|"
       r"\bme frappe\b.{0,80}\brentre dans\b", negatable=False),
    _p("self_harm", "high", "self", r"\b(?:bought|got|ordered|buying) (?:\w+ ){0,2}(?:blades|razors|razor blades)\b.{0,60}\bhaven'?t used (?:them|it|one) yet\b" "|"
       r"\b(?:scabs?|stitches|wounds?|cuts?)\b.{0,80}\b(?:open(?:ed)? (?:one|it|them) back up|picked (?:them|it) open|ripped (?:them|it) open)\b", negatable=False),
    _p("means", "imminent", "self", r"\b(?:sleep and (?:never|not) wake (?:up|back up)|not wake up)\b.{0,60}(?:\bbottle(?:'s| is)? (?:out|open|here|ready)\b|\b(?:pills|tablets)(?:'s| are)? (?:out|ready|counted|lined up)\b|\U0001f48a)", negatable=False),
    _p("plan", "imminent", "self", r"\bit'?s all (?:arranged|planned|set|decided)[.!]\s*(?:for )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b|"
       r"\b(?:i've|i have) decided\b.{0,60}\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b|"
       r"\b(?:will(?:'s| is)? (?:signed|done|written)|beneficiar\w+ (?:updated|changed|sorted))\b.{0,160}\b(?:tomorrow|tonight|before anyone|this weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
       r"\b(?:rifle|gun|shotgun|pistol)\b.{0,120}\b(?:under my (?:bed|pillow)|in my room now|next to me now)\b|"
       r"\b(?:saving|saved|keeping|kept|stockpil\w+|hoard\w+) (?:up )?(?:my |the |them )?(?:\w+ )?(?:instead|prescriptions?|meds|pills|tablets|medication)\b.{0,60}\b(?:there's enough|enough now|got enough|have enough)\b|"
       r"\btelling (?:people|everyone|them) (?:i'm|im|i am) (?:moving|going)\b.{0,60}\b(?:i'm not|im not)\b|"
       r"\b(?:rehomed|signed (?:\w+ ){1,2}over|dropped (?:the|my) (?:cat|dog)|(?:dog|cat|budgies?|fish)(?:'s| has)? gone to)\b.{0,200}\b(?:nothing (?:holding|keeping) me|nobody (?:left )?(?:who )?needs|last thing on my list|it isn't|that's everything)\b", negatable=False),
    _p("goodbye", "imminent", "self", r"\bgoodbye\b.{0,10}\bi mean it this time\b|\bit wasn't (?:you|your fault)\b.{0,60}\bbye\b", negatable=False),
    _p("timeline", "imminent", "self", r"\b(?:tonight|today|tomorrow)[.!,]?\s+(?:ctb|kms|sewer ?slide)\b|\b(?:ctb|kms|sewer ?slide)[.!,]?\s+(?:tonight|today|tomorrow)\b", negatable=False),
    _p("attempt", "imminent", "self", r"\btook (?:them|the lot|them all|it all|everything)\b.{0,40}\b(?:sorry|ago|sleepy|my hands|dizzy|can't feel|bye|it's \d)", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:passed out|asleep|sleeping)\b.{0,80}\b(?:holding|got) (?:the |a |my )?(?:kitchen )?(?:knife|hammer|bat|gun)\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:throws|threw) (?:things|stuff|plates|glasses|a glass|a plate|\w+ at me)\b.{0,60}\bstitches\b", negatable=False),
    # Set W, read over the whole message: a near-relapse after a clean stretch; a protection order and him outside;
    # outside someone's house now with intent; the dead named and a wish to join them; things given away and gone.
    _p("self_harm", "high", "self", r"\b(?:self[- ]?harm|cutting|clean)\b.{0,80}\b(?:almost|nearly) (?:went back|relapsed|gave in|slipped|did it)\b", negatable=False),
    _p("danger_from_others", "imminent", "self", r"\b(?:(?:restraining|protection|non[- ]?molestation|protective|court) order|injunction|bail conditions)\b.{0,200}\b(?:outside|on (?:my|your|the) (?:street|road|drive)|at (?:my|the) (?:door|window)|can see (?:his|her|their) car|turned up|showed up|(?:he's|she's|they're|he is|she is) here|(?:\d+|ten|five|two|twenty) (?:minutes|mins) away|on (?:his|her|their) way)\b|"
       r"\b(?:outside|on (?:my|your|the) (?:street|road|drive)|at (?:my|the) (?:door|window)|can see (?:his|her|their) car|turned up|showed up|(?:\d+|ten|five|two|twenty) (?:minutes|mins) away|on (?:his|her|their) way)\b.{0,200}\b(?:(?:restraining|protection|non[- ]?molestation|protective|court) order|injunction|bail conditions)\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:outside|at) (?:his|her|their) (?:house|place|flat|work|school)\b.{0,60}\b(?:right now|now)\b.{0,80}\b(?:going to|gonna|will|i'll) (?:hurt|kill|stab|shoot|beat)\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\b(?:died|passed away|passed on|funeral|grave|since (?:\w+ ){1,2}death)\b.{0,200}\b(?:he|she|they|grandad|grandpa|nan|gran|grandma|my \w+) (?:said|says|keeps saying|told me|kept saying) (?:that )?(?:he's|she's|they're|he is|she is|they are|he'd|she'd)? ?['\"]?(?:ready|want(?:s|ed)?|going) to (?:join|be with) (?:her|him|them)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:died|passed away|passed on|funeral|grave|since (?:\w+ ){1,2}death)\b.{0,200}\b(?:i'm|im|i am|i feel) (?:\w+ )?ready to (?:join|be with) (?:her|him|them)\b", negatable=False),
    _p("giving_away", "imminent", "self", r"\bverschenkt\b.{0,120}\b(?:nicht mehr da|nicht mehr hier|alles geregelt)\b|\b(?:nicht mehr da|nicht mehr hier|alles geregelt)\b.{0,120}\bverschenkt\b", negatable=False),
    # Set X: hiding while someone smashes the house; a weapon in the lap outside someone's house; finishing after a
    # discharge.
    _p("danger_from_others", "imminent", "self", r"\bhiding (?:in|under|behind) (?:the|my) (?:wardrobe|closet|cupboard|bathroom|bed|bedroom|shed|attic|loft)\b.{0,80}\b(?:smashing|screaming|breaking|hitting|kicking|glass|punching|looking for me)\b|"
       r"\b(?:smashing|screaming|breaking|hitting|kicking|punching|looking for me)\b.{0,80}\bhiding (?:in|under|behind) (?:the|my) (?:wardrobe|closet|cupboard|bathroom|bed|bedroom|shed|attic|loft)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:followed|sat outside|waited outside|waiting outside|parked outside)\b.{0,80}\b(?:tyre iron|tire iron|crowbar|baseball bat|bat|knife|hammer|machete|gun|axe)\b(?! (?:shop|store|show))", negatable=False),
    _p("attempt", "imminent", "self", r"\b(?:discharged|hospital|a&e|stomach pumped)\b.{0,80}\bfinish (?:what i started|the job|it off)\b", negatable=False),
    # Set Z: someone said goodbye to everyone and gave things away, over two sentences.
    _p("other_at_risk", "imminent", "other", r"\bverabschiedet\b.{0,120}\bverschenkt\b|\bverschenkt\b.{0,120}\bverabschiedet\b", negatable=False),
    # Sets Y and Z, over two sentences: bills paid and "that's everything"; on the way to, or outside, someone's
    # home now with intent.
    _p("goodbye", "imminent", "self", r"\b(?:bills?|rent|debts?)(?:'s| are| is)? (?:all )?(?:paid|sorted|settled)\b.{0,100}\b(?:that'?s everything|that'?s it|that'?s all|nothing left to do|all done)\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:going|driving|heading|on my way) (?:to|round to|over to) (?:my ex'?s|his|her|their|my \w+'s) (?:house|place|flat|work)\b.{0,20}\bnow\b.{0,60}\b(?:regret|pay|getting it|learn|lesson)\b|"
       r"\b(?:waiting|sat|sitting|parked|i'm|im|i am|standing) outside (?:my \w+'s|my \w+ \w+'s|his|her|their) (?:house|place|flat|work|office)\b.{0,100}\b(?:getting it|regret|pay for|what i'?m capable of|teach (?:him|her|them))\b|"
       r"\b(?:passed out|asleep|sleeping|drunk)\b.{0,80}\bstanding over (?:him|her|them) with\b|\bstanding over (?:him|her|them) with (?:a|the|my) \w+(?: \w+)?\b.{0,40}\b(?:want to|going to|gonna) (?:do it|hit|hurt|kill)\b", negatable=False),
    # Set AA, over two sentences: a threat believed; a plan announced after a rival is named; an attempt under way
    # that cannot be undone; waiting for someone to leave, then "done"; on a chair or at a station with last words;
    # letters written and a time; a cliff and "one last time"; a load taken and the body failing; a self-harm wound
    # slow to stop; families who would "adjust".
    _p("danger_from_others", "high", "self", r"\b(?:i'll|i will|you'll|i'd|i would|you'd) regret it\b.{0,30}\bi believe (?:him|her|them)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:she'll|he'll|they'll) (?:find out|see) what happens\b.{0,40}\bi(?:'ve| have) planned\b|"
       r"\bwaiting (?:in|outside|at|for)\b.{0,60}\b(?:gets?|get) what'?s coming\b", negatable=False),
    _p("attempt", "imminent", "self", r"\b(?:it's started|i've started|i started)\b.{0,40}\bcan'?t undo (?:it|this)\b|\bcan'?t undo (?:it|this) now\b.{0,60}\b(?:alone|bye|sorry|love you)\b|"
       r"\btook (?:a load|a lot|loads|a bunch|a pile) of (?:stuff|pills|tablets|meds|them)\b(?!\s+(?:to|round|over|back|into|out))"
       r".{0,60}\b(?:vision|dizzy|sleepy|can't feel|heart|throwing up|shaking|numb|can't see|blurry)\b", negatable=False),
    _p("plan", "imminent", "self", r"\bwait(?:ing)? (?:til|till|until|for) (?:mum|mom|dad|everyone|my \w+|he|she|they) (?:leaves?|goes? (?:out|to)|(?:is|are|'s) (?:asleep|out|gone))\b.{0,60}\bthen (?:it's|it is|it'll be) (?:done|over)\b|"
       r"\b(?:counted down (?:the days|to)|countdown)\b.{0,60}\b(?:today|tonight)(?:'s| is) the (?:day|night)\b|\b(?:today|tonight)(?:'s| is) the (?:day|night)\b.{0,30}\b(?:kind of |so |finally )?(?:relieved|at peace|no more|goodbye|bye)\b|"
       r"\bstanding on (?:the|a) (?:chair|stool|ledge|edge|railing)\b.{0,60}\b(?:one person to know|someone to know|bye|goodbye|sorry)\b|"
       r"\b(?:letters?|notes?) (?:are|is) (?:all )?(?:written|done|left)\b.{0,60}\b(?:going in|in \d+ ?min\w*|tonight|bye|goodbye|it's time)\b|"
       r"\b(?:at|on) the (?:station|bridge|edge|platform|roof|cliff|tracks|ledge)\b.{0,40}\bnow or never\b|"
       r"(?:^|[.!?]\s*)(?:i'm |im |i am |just )?(?:parked|sitting|standing|sat) (?:at|on) the (?:\w+ )?(?:cliff|bridge|edge|tracks|roof)\b.{0,60}\b(?:one (?:more|last) time|last sunset|for the last time)\b", negatable=False),
    _p("self_harm", "high", "self", r"(?<!nose)(?<!nosebleed )\btook (?:ages|forever|so long) to stop (?:this time|bleeding)\b(?!.{0,40}\bnose)", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:kids|children|family|husband|wife|partner|mum|mom|dad|parents)\b.{0,60}\bthey'?d (?:adjust|cope|get over (?:it|me))\b(?!\s+to\b)", negatable=False),
    # Set AB, over sentences: an engine running and done fighting; someone back from an attempt who says they will try again.
    _p("attempt", "imminent", "self", r"\bengine(?:'s| is)? (?:on|running)\b.{0,40}\b(?:done fighting|bye|goodbye|sorry|so tired|hose|not coming)\b|\b(?:car|garage) with the exhaust\b", negatable=False),
    _p("other_at_risk", "high", "other", r"\battempt\b.{0,80}\b(?:she|he|they) says? (?:she|he|they)(?:'ll| will) try again\b", negatable=False),
    # Sets AC and AD, over sentences: "it gets better... i'd rather it just ended"; "did it again. deeper this time";
    # "jump him... we're bringing stuff"; blades bought, "you know what for"; "the bus, not the 38, the other one".
    _p("passive_ideation", "high", "self", r"\b(?:it|things) (?:gets?|will get) better\b.{0,40}\bi'?d rather it (?:all )?(?:just )?(?:ended|stopped|was over)\b", negatable=False),
    _p("self_harm", "high", "self", r"\bdid it again\b.{0,20}\bdeeper\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\bjump (?:him|her|them)\b.{0,60}\b(?:bringing|bring|brought) (?:stuff|weapons|knives|a bat|bats|tools|something)\b", negatable=False),
    _p("self_harm", "high", "self", r"\b(?:bought|got|buying|picked up) (?:some )?(?:new |fresh |more )?(?:blades|razors|razor blades)\b.{0,30}\b(?:you know (?:what|why)|not for shaving|for later|for tonight)\b", negatable=False),
    _p("active_ideation", "high", "self", r"\b(?:catch(?:ing)?|take|taking|get(?:ting)? on) the (?:bus|train)\b.{0,40}\b(?:the other one|not that (?:kind|one)|you know the one|you know which one)\b", negatable=False),
    # Sets AE and AF, over sentences: a scan's shadow, relief; "scheduled the emails... they'll explain"; the bleach and
    # gloves bought, "she'll be back"; "with what I bought... they'll know"; "ready whenever You are. Sooner".
    _p("plan", "imminent", "self", r"\b(?:scheduled|queued|timed|set up) (?:the |an? |my )?(?:emails?|messages?|posts?|texts?)\b.{0,40}\b(?:they'll|it'll|that'll|they will) explain\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:bought|got) the (?:bleach|gloves|rope|tape|cable ties|zip ties|poison)\b.{0,30}\b(?:she'll|he'll|they'll) be (?:back|home)\b|"
       r"\bwith what i (?:bought|got|made|brought)\b.{0,60}\bthey'?ll (?:know|see|find out|learn|pay|regret)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\bready whenever you are\b.{0,30}\bsooner\b|\bscared of dying\b.{0,40}\blook(?:ing)? forward to it\b|\bnice to (?:just\W*)?not\W*$", negatable=False),
    _p("active_ideation", "high", "self", r"\bgoogl\w* ways\b.{0,30}\bdelet\w* (?:the |my )?(?:history|searches)\b", negatable=False),
    _p("self_harm", "high", "self", r"(?:\U0001f52a|\U0001fa78)+\s*(?:\U0001fa78)?\s*(?:again|tonight|it helps|every night)\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:know|knows) (?:what i wear|my (?:routine|schedule)|when i'm (?:alone|home))\b(?=.{0,80}\b(?:notes?|messages?|texts?|follow\w*|outside|watch\w*|photos?|wearing|broke up)\b)", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:withheld|unknown|anonymous|private) (?:number|caller)\b.{0,120}\bmy (?:daughter|son|kids?|children)'?s? (?:school|names?|nursery)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:ruin|burn|torch|destroy|wreck)\b.{0,60}\b(?:his|her|their) (?:house|car|flat|place|shop)\b.{0,60}\b(?:petrol|gasoline|lighter fluid)\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:at|outside) (?:the )?(?:school|office|work|college|uni|church|mosque|synagogue|temple)(?: gates?)?\b.{0,20}\b(?:it's|its|it is) in my (?:bag|pocket|car|backpack|coat)\b", negatable=False),
    # Sets AG and AH, over sentences: a place of danger and "can't do another day"; the phone set to send the messages
    # and "by then it'll be done"; "not going to be here on monday... doesn't matter"; "never anyone's fault... i love
    # my family"; injuries explained away to a nurse ("told the nurse i fell. i didn't fall"); a substitute that
    # "wasn't enough" before burning; "did it again" with a school compass; wages taken and an allowance handed back;
    # a threat of something "everyone will be talking about";
    # petrol and a building that won't stand; "catch the bus. not the one to school".
    _p("plan", "imminent", "self", r"(?:^|[.!?]\s*)(?:i'?m |i am |just |sitting |standing |sat )?(?:(?:on|at) (?:the |a )?(?:edge of the )?(?:\w+ )?(?:cliff|bridge|rooftop|roof|ledge|tracks)\b|cliff edge\b)"
       r".{0,80}\b(?:can'?t do (?:another|this|it|any ?more)|can'?t go on|cars look so small|(?:a )?long way down|so far down|nobody knows where i am|no one knows where i am)\b|"
       r"\bset my phone to send (?:the |my )?(?:messages?|texts?|notes?)\b.{0,60}\bby then (?:it'?ll|it will) (?:all )?be (?:done|over)\b", negatable=False),
    _p("goodbye", "imminent", "self", r"\bnot (?:going to|gonna) be (?:here|around) (?:on|by|for|next|after) \w+\b.{0,40}\b(?:doesn't|won't|does not|will not) matter (?:if|whether) i\b|"
       r"\bwon'?t be (?:here|around) for (?:the|my) \w+(?: \w+)?\W{1,3}\s*(?:please )?(?:don'?t|do not) worry about me\b|"
       r"\b(?:never|not) (?:anyone|anybody)'?s fault\b.{0,80}\bi love (?:my family|you all|you guys|them|everyone|my (?:mum|mom|dad|kids|wife|husband))\b", negatable=False),
    _p("self_harm", "high", "self", r"\b(?:told|tell) (?:the |my |a )?(?:school )?(?:nurse|doctor|gp|a&e|paramedics?|hospital|surgeon)\b.{0,20}\bi (?:fell|tripped|slipped|walked into|burned|burnt|scratched|caught)\b.{0,30}\bi (?:didn'?t|did not) (?:fall|trip|slip|walk into|burn|scratch|catch)\b|"
       r"\b(?:ice|elastic band|rubber band|red pen|cold shower)\b.{0,60}\b(?:wasn'?t|was not|isn't|not) enough\b.{0,40}\b(?:lighter|blade|razor|compass|scissors)\b|"
       r"\bdid it again\b.{0,30}\bused (?:my|a|the) (?:compass|sharpener|razor|blade)\b(?!.{0,30}\b(?:to draw|for (?:a |the )?(?:circle|map|drawing)|shav\w*|navigat\w*)\b)", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:takes|keeps|controls) (?:all of my |all my |my whole |my entire |my |all of our |all our |our )(?:paycheck|paycheque|pay|wages|salary|money|earnings|benefits)\b"
       r".{0,160}\b(?:gives me (?:back )?(?:[£$€]|\d)|allowance|lets me (?:have|keep)|pocket money|won't let me|not allowed|(?:scared|afraid|terrified) to (?:even )?ask)", negatable=False),
    _p("harm_to_others", "high", "other", r"\bone more (?:comment|word|remark|look|joke|time)\b.{0,30}\band i'?m (?:going to|gonna) do something (?:that )?(?:everyone|everybody|people|the whole \w+) (?:will|'ll) (?:be talking about|remember|read about|hear about)\b|"
       r"\b(?:building|house|place|flat|shop|office|church|mosque)\b.{0,20}\b(?:doesn't|won't|does not|will not) (?:stand|be standing)\b.{0,40}\bpetrol\b|"
       r"\b(?:going back in|go back in|walking back in)\b.{0,40}\b(?:they're|they are|they'll|they will|you're|you'll) (?:all )?(?:going to |gonna )?regret (?:it|this)\b(?!\s+when)", negatable=False),
    _p("active_ideation", "high", "self", r"\bcatch(?:ing)? the bus\W{1,3}\s*not the (?:one|kind|\d+) (?:to|for|into|that goes)\b", negatable=False),
    # Set AI, over sentences: "regret what they did to me"; "doing something about it and i'm done talking"; "she needs to
    # be scared"; following someone out to the car park to give them "something to scream about"; a fire set outside a
    # door; "put them all in the ground"; a pet left "for a while", which "means forever"; sitting on the wall at the top
    # of the multi-storey; a goodbye email to go out after; no need for a return ticket; everything ready, waiting for him
    # to leave; a dog that couldn't be left shut in "after"; going the same day he did; things bequeathed, "wasn't a joke";
    # the last square crossed off; wishing one had "caught one over there"; not sure one wants the chemo to work;
    # stopped wanting to be here; back to hurting oneself; relief at buying blades; an injury explained away and
    # believed; a lighter kept "for the bad days".
    _p("harm_to_others", "high", "other", r"\b(?:everyone|everybody|all of them|they|every one of them)\b.{0,30}\b(?:going to|gonna|will|'ll) regret what (?:they|he|she) did to me\b|"
       r"\b(?:do|doing) something about (?:it|them|him|her)\b.{0,40}\b(?:i'?m|im|i am) done talking\b|\b(?:she|he|they) (?:needs?|deserves?) to be (?:scared|terrified|afraid)\b|"
       r"\bfollow (?:them|him|her) (?:out |home )?(?:to|into) (?:the|their|his|her) (?:car ?park|car|house|home)\b.{0,60}\b(?:give (?:them|him|her) something|teach|regret|hurt|sorry)\b|"
       r"\b(?:set|setting|start|starting|light|lighting|lit) (?:a )?fire (?:outside|at|in front of|by) (?:their|his|her|the neighbou?rs'?) (?:door|house|flat|car)\b|"
       r"\b(?:we're|we are|i'm|i am|we'll|i'll) (?:going to |gonna )?put (?:them|him|her) (?:all )?in the ground\b", negatable=False),
    _p("plan", "imminent", "self", r"\b(?:doesn't|don't|does not) know (?:a while|it|that) means forever\b|"
       r"\b(?:top|roof) of the (?:multi[- ]?stor(?:e)?y|car ?park|building|tower|block)\b.{0,40}\bsitting on the (?:wall|edge|ledge|railing)\b|"
       r"\b(?:want|need) my goodbye (?:\w+ )?to (?:go out|send|arrive|land) after\b|\b(?:not going to|won't|will not) need a return\b|"
       r"\b(?:everything|it)(?:'?s| is)? (?:all )?ready\b.{0,30}\bwaiting for (?:him|her|them|everyone|my \w+) to (?:leave|go)\b|"
       r"\b(?:couldn'?t|can'?t|didn'?t want to) leave (?:him|her|them|the (?:dog|cat)) (?:shut|locked|alone) in (?:the|my) (?:house|flat)\b.{0,10}\bafter\b|"
       r"\bgo (?:on )?the same (?:day|way) (?:he|she|they) did\b|\bbequeath\w* my\b.{0,60}\b(?:wasn'?t|not) a joke\b|"
       r"\bcrossed off the last (?:square|day|box|date)\b.{0,60}\b(?:today'?s|today is|tonight'?s|tonight is) the (?:day|night)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\bwish i'?d (?:caught one|been killed|died|not come back|not made it)\b.{0,20}\b(?:over there|out there|in (?:iraq|afghanistan|helmand|the war|combat))\b|"
       r"\b(?:chemo|treatment|meds|medication|dialysis)\b.{0,80}\bnot sure i want (?:it|them) to work\b|\bstopped wanting to be (?:here|alive|around)\b", negatable=False),
    _p("self_harm", "high", "self", r"\bback to (?:hurting|cutting|burning|harming|scratching) (?:myself|my (?:arms|legs|thighs|skin))\b|"
       r"\b(?:blades|razors)\b.{0,40}\b(?:relieved|relief) (?:buying|to buy|to have)\b|\b(?:relieved|relief) (?:buying|to buy|to have)\b.{0,10}\b(?:blades|razors|them)\b(?=.{0,0})|"
       r"\b(?:asked|noticed)\b.{0,40}\bi said it was (?:from )?(?:the |a |my )?(?:cat|gardening|an accident|a fall|the oven|brambles)\b.{0,30}\b(?:believed|bought) (?:me|it)\b|"
       r"\b(?:lighter|blades?|razors?)\b.{0,30}\bfor (?:the )?bad days\b", negatable=False),
    # Set AN (formal, clinical, second-language and diary voices): "I will take myself", "I want this life to end",
    # "make them all bleed", addresses and "one by one", a family that will kill one "to restore our honour", assault
    # "by a cohabiting partner", "what he will do to me when we are alone", God asked to "receive me", "in a few
    # minutes I will be with you", "the means are in front of me", "intend to act within the hour", "already done
    # something to myself" (the passive wishes of this set are read clause by clause, above).
    _p("plan", "imminent", "self", r"\bfinish (?:my|this) life (?:tonight|today|tomorrow|now)\b", negatable="before"),
    _p("active_ideation", "high", "self", r"\b(?:want to|wanna|will|'ll|going to) finish (?:my|this) life\b(?!\s+(?:story|admin|insurance|coach\w*|plan\w*|goals?|list|work|writing|memoir|book|lessons?|skills?|lab|cycle|chapter))|\bi (?:will|'ll) take myself\b(?!\s+(?:to|out|off|for|home|away|back|up|down|in|along|there|somewhere))|\bwant (?:this|my) life to (?:end|be over)\b", negatable="before"),
    _p("harm_to_others", "high", "other", r"\bmake (?:them|him|her|every one of them|all of them|everyone) (?:all )?(?:bleed|suffer)\b(?!\s+(?:through|with)\b)|"
       r"\b(?:will|'ll) pay\b.{0,80}\baddresses\b|\baddresses\b.{0,80}\b(?:visit them|one by one)\b", negatable=False),
    _p("danger_from_others", "high", "self", r"\b(?:kill|hurt|punish) me (?:to restore|for) (?:our|the family'?s|their|the) honou?r\b|\bhonou?r\b.{0,60}\b(?:will|would|going to) kill me\b|"
       r"\b(?:physical|sexual) (?:assault|abuse|violence) by (?:a|my) (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|father|mother|son|daughter|carer|stepfather)\b|"
       r"\bwhat (?:he|she|they)(?:'ll| will| would| is going to) do to me when\b|"
       r"\bmy (?:adult |grown |teenage |older |eldest )?(?:son|daughter|husband|wife|partner|father|mother|dad|mum|mom|brother|sister|carer|boyfriend|girlfriend) (?:\w+ )?(?:strikes|hits|beats|slaps|kicks|punches) me\b", negatable=False),
    _p("plan", "imminent", "self", r"\b(?:lord|god|jesus)\b.{0,30}\breceive me\b|\bin (?:a few|\d+|five|ten|two) (?:minutes|mins|hours?) i (?:will|'ll) be with (?:you|him|her|them|god|the lord)\b|"
       r"\bthe means (?:are|is) (?:in front of me|ready|here|with me)\b|\b(?:intend|going|plan) to act (?:within|in the next|tonight|today)\b|"
       r"\b(?:already )?(?:done|did) something to myself\b.{0,60}\b(?:starting|don't want help|do not want help|feel it|can't undo)\b", negatable=False),
    # Set AL, over sentences: a boyfriend who makes one sleep with his mates; a parent's suicide and "i want to do the
    # same"; "need to end it. today was the last straw"; asking the Lord to "call me home"; chest pains and "that'd be
    # a mercy"; praying for "something quick".
    _p("danger_from_others", "high", "self", r"\b(?:makes?|made|making|forc\w+|pressur\w+) (?:me|you) (?:to )?(?:sleep with|have sex with) (?:his|her|their) (?:mates|friends|boss|brother)\b", negatable=False),
    _p("active_ideation", "high", "self", r"\b(?:killed (?:himself|herself|themselves)|took (?:his|her|their) own life|died by suicide)\b.{0,80}\bi (?:want|wanna|am going|'m going|plan) to do the same\b|"
       r"\bneed to end it\b.{0,40}\b(?:last straw|can'?t (?:do|take) (?:this|it|any ?more))\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:lord|god|jesus)\b.{0,40}\bcall me home\b|\b(?:not going to|won't|refuse to go to|not going) (?:a&e|the doctor|the gp|hospital)\b.{0,80}\b(?:that'?d|that would|it'?d|it would) be a mercy\b|"
       r"\bpray(?:ed|ing)? (?:tonight |every night )?for something quick\b", negatable=False),
    # Set AK, over sentences: "i know where she lives now. she's going to regret"; getting back at an ex "she won't walk
    # away from"; a toddler shaken or an old father pushed, "afraid i'll do worse"; "find out what happens when you fire
    # the wrong person"; making them all "pay for what they did"; sitting outside his house "not leaving till he comes
    # out"; "kill the people who made me"; his address and "nothing left to lose"; "sorry for being so much trouble. this
    # is the end of the journal"; "the place i always said i'd go"; "2 more hours and then it's over"; "this is it...
    # they'll be better off"; on the tracks or a farewell letter in German; becoming a tombstone emoji; someone who
    # "wants to be dead", a promise asked to look after the kids "after", "got it all planned... not to worry",
    # "nice knowing some of you".
    _p("harm_to_others", "high", "other", r"\b(?:know|found out|got|have) where (?:she|he|they) lives?\b.{0,60}\b(?:regret|pay for|be sorry|learn)\b|"
       r"\bget back at (?:my \w+|him|her|them)\b.{0,60}\b(?:won't|will not) walk away\b|"
       r"\b(?:shook|hit|slapped|pushed|shoved|threw|was rough with|been rough with) (?:my (?:\w+ )?(?:toddler|baby|son|daughter|kid|child|dad|father|mum|mom|mother|gran|grandad)|him|her)\b.{0,80}\b(?:afraid|scared|worried|feel like) (?:i'?ll|it'?ll|i will|it will) (?:do worse|get worse|do it again|really hurt)\b|"
       r"\b(?:is|are|'s|'re) going to find out what happens when you (?:fire|cross|mess with|humiliate|hurt|cheat on|sack)\b|\bhumiliated me\b.{0,80}\bfind out what it feels like\b|"
       r"\b(?:make|making) (?:them|him|her) (?:all )?pay for what (?:they|he|she) did\b|"
       r"\b(?:sitting|sat|waiting|parked) outside (?:my \w+'s|his|her|their)(?: [\w']+){0,3} (?:house|flat|place)\b.{0,80}\b(?:not leaving (?:till|until)|waiting for (?:him|her|them) to come out)\b|"
       r"\b(?:going to|gonna|want to) kill the (?:people|person|guy|man|woman|men|ones) who\b|"
       r"\b(?:got|have) (?:his|her|their) address\b.{0,60}\bnothing (?:left )?to lose\b", negatable=False),
    _p("plan", "imminent", "self", r"\bsorry for (?:being|all the) (?:so much )?(?:trouble|a burden)\b.{0,60}\b(?:the end of (?:the|my|this) journal|last (?:journal )?entry|last page)\b|"
       r"\bat the place i (?:always )?said i'?d go\b|"
       r"\b(?:\d+|one|two|three|four|five) more (?:hours?|minutes?|mins?) (?:and )?then it'?s (?:all )?over\b(?!.{0,40}\b(?:shift|exam|flight|meeting|class|lecture|work|term|week)\b)|"
       r"\bthis is it\b.{0,60}\b(?:they'?ll|they will|everyone will|she'?ll|he'?ll) be better off\b(?!\s+(?:with|at|in|if|on|when|after|going|having|for|than))|"
       r"\b(?:sitze|stehe|bin) (?:grad |gerade |jetzt )?(?:an|auf) (?:den gleisen|der brucke|dem dach)\b|\bmein abschiedsbrief ist (?:fertig|geschrieben)\b|"
       r"\bbecom(?:e|ing) a (?:🪦|⚰️?)", negatable=False),
    _p("other_at_risk", "high", "other", r"\b(?:she|he|they) (?:said (?:she|he|they) )?wants? to be dead\b|\bpromise to look after (?:the kids|the children|them|the boys|the girls)\b.{0,10}\bafter\b|"
       r"\b(?:he's|she's|they've|he has|she has) got it all planned\b.{0,60}\bnot to worry\b", negatable=False),
    # Set AJ: "i'm so done. not with the week. with being here"; life a waiting room, "i want my name called".
    _p("passive_ideation", "high", "self", r"\b(?:i'?m|i am) (?:so |just )?done\b(?:(?!\bnot\b).){0,40}\bwith (?:being (?:here|alive)|living|existing|life)\b(?!\s+(?:like|in|with|at|on|as|under|paycheck))|\bnot with (?:(?:the|my|this) )?\w+\W+\s*with (?:being (?:here|alive)|living|existing|life)\b|\bwaiting room\b.{0,60}\bmy name (?:to be )?called\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\bwish i could (?:just )?(?:fade|vanish|disappear|dissolve|evaporate)(?: out| away)?(?=\s*[.!,;]|\s+and\b).{0,30}\b(?:just gone|be gone|for good|forever|not exist)\b", negatable=False),
    # Set AO, over sentences: a restraining order and someone who still turns up; photos of one's door from strangers;
    # sleeping dressed in case one has to run; someone's routine worked out, "when he's alone"; dying, and "now I'd
    # welcome it".
    _p("danger_from_others", "high", "self", r"\brestraining order\b.{0,80}\b(?:keeps?|still|kept|keeps on) (?:showing up|turning up|coming (?:round|to|by)|following|watching|staring|messaging|texting|calling|driving past)\b|"
       r"\b(?:don't know|unknown|anonymous|no caller id|fake accounts?|burner)\b.{0,60}\b(?:photos?|pictures?|pics?|videos?) of my (?:front door|house|home|flat|car|kids?|children|window|street)\b|"
       r"\b(?:sleep|sleeping|slept) (?:with|in) my (?:shoes|clothes|coat|boots|trainers)(?: on)?\b.{0,40}\bin case (?:i|we) (?:have|need) to (?:run|get out|escape|flee|leave fast)\b", negatable=False),
    _p("harm_to_others", "high", "other", r"\b(?:worked out|memori[sz]ed|clocked|been watching|been following|studied|mapped out) (?:his|her|their) (?:daily )?routine\b.{0,60}\bwhen (?:he|she|they)(?:'s| is|'re| are) (?:alone|on (?:his|her|their) own)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\b(?:dying|death)\b.{0,40}\b(?:now )?(?:i'?d|i would) (?:welcome|embrace) it\b", negatable=False),
    # Set AQ, over sentences: "he will end me" reported; a quoted threat to find one and ruin one's face; driving to
    # someone's house so "he's finally going to pay"; life given "to someone who wants it"; "done with being a person";
    # nice to just fade out, "just gone".
    _p("danger_from_others", "high", "self", r"\b(?:said|says|told me|swore|threatened|texted|screamed)\b.{0,30}\b(?:he|she|they)(?:'ll| will| would|'d| is going to|'s going to|'s gonna) (?:end|finish|bury) me\b(?!.{0,60}(?:\b(?:lol|haha|ha|jk|spoil\w*|finale|ending|spoilers?)\b|😂|🤣))|"
       r"\b(?:said|says|told me|texted|messaged|screamed|threatened|quoting)\b.{0,40}\bif you (?:ever )?(?:leave|go|tell|call the police|report)\b.{0,30}\b(?:i'?ll|i will) (?:find you|kill you|hurt you|end you|make sure)\b", negatable=False),
    _p("harm_to_others", "imminent", "other", r"\b(?:driving|going|heading|on my way|walking) (?:over )?to (?:my \w+'s|his|her|their) (?:house|place|flat|work|office)\b.{0,60}\b(?:pay for (?:it|this|what)|regret (?:it|this)|get what'?s coming)\b", negatable=False),
    _p("passive_ideation", "high", "self", r"\blife\b.{0,40}\bgive it to someone (?:who|that) (?:wants|deserves|would use|needs) it\b|"
       r"\b(?:i'?m|i am) (?:so |just )?done\b.{0,40}\bwith being (?:a person|human|me|alive|here)\b|"
       r"\b(?:it'?d|it would) be (?:nice|good|easier|a relief|peaceful) to (?:just )?(?:fade|vanish|disappear|dissolve|evaporate)(?: out| away)?\b.{0,30}\b(?:just gone|be gone|for good|forever|not exist)\b", negatable=False),
    # Set AR, over sentences: "I already did something. I feel really dizzy."; "Goodbye. I'm sorry." as the whole
    # message; a father who "said he'll kill me" in German, or the words and fear ("ich hab echt Angst").
    _p("attempt", "imminent", "self", r"\b(?:already )?did something\b.{0,40}\b(?:dizzy|drowsy|woozy|sleepy|numb|can't stay awake|blurry|sick|throwing up)\b", negatable=False),
    _p("goodbye", "imminent", "self", r"^\W*goodbye\W+i'?m (?:so )?sorry\W*$", negatable=False),
    # (a boss who "bringt mich um, wenn ich zu spät komme" is the idiom; a threat reported or feared is not)
    _p("danger_from_others", "high", "self", r"\b(?:er|sie|mein \w+|meine \w+) (?:hat )?(?:gesagt|sagt|droht|gedroht)\b.{0,30}\b(?:bringt|wird|werde) mich (?:um|umbringen)\b|"
       r"\b(?:bringt|wird) mich (?:um|umbringen)\b.{0,80}\bangst\b", negatable=False),
)

NEGATORS = re.compile(r"\b(?:not|never|no|nope|zero|opposite of|nothing like|don't|dont|do not|didn't|won't|wouldn't|would never|no longer|isn't|aren't|wasn't|weren't|nor|without|doesn't mean|does not mean|"
                      r"nunca|jamas|pas|jamais|nicht|kein\w*|nie|nao|ni)\b"
                      r"|\b(?:asked|asks|asking) (?:me )?(?:if|whether|about)\b")
BREAKERS = re.compile(r"\b(?:if|whether|but|yet|still|and|because|so|just|only|solo|juste|seulement|nur)\b")
PAST = re.compile(r"\b(?:used to(?! be (?:scared|afraid|frightened|terrified) of (?:dying|death)\b)|(?:\d+|a few|several|many|two|three|four|five|six|seven|eight|nine|ten) (?:years|months|winters|summers|christmases|springs|autumns) ago|"
                  r"(?:a|one) (?:decade|year) ago|decades ago|long time ago|when i was (?:younger|a kid|a teen|in school|little|\d+|(?:at|in) (?:uni|university|college))|that was (?:back )?(?:in )?(?:19|20)\d\d\b|"
                  r"in the past|back (?:in|then|when|at (?:uni|university|school|college))|grew up|growing up|as a (?:child|kid)|(?:my|in) childhood|as a teen(?:ager)?|at (?:age )?\d{1,2}\b(?!\s*(?::\d|am\b|pm\b|o'?clock|in the (?:morning|evening|afternoon|night)|tonight|today|this))|in (?:high school|college|my teens|my twenties)|"
                  r"once tried|recovered|in recovery|(?<!i've )(?<!i have )had (?:\w+ )?thoughts|version of me|younger (?:me|self)|past self|got treated|was treated|"
                  r"in my (?:early |late |mid )?(?:\d0s|teens|twenties|thirties|forties|fifties)|i was suicidal|survivor of|"
                  r"back in \d{4}|in (?:19|20)\d\d|since (?:19|20)\d\d|during (?:my|the|chemo|covid|lockdown)\b[^.]*|"
                  r"(?:\w+ )?(?:years?|months?) (?:since|free|sober|clean|ago)|free (?:of|from)|anniversary|old me|my past|"
                  r"my (?:story|history|memoir)|memoir|old journals?|old (?:diary|diaries|entries|posts|notes|letters|poems)|from (?:19|20)\d\d\b|year \d{1,2}|\d{1,2}(?:th|st|nd|rd) grade|when i came back|"
                  r"i wanted to die|i had suicidal|i tried to|my attempt|tried to kill (?:himself|herself)|"
                  r"hace (?:\w+ )?anos|il y a (?:\w+ )?ans|vor (?:\w+ )?jahren|fruher|seit (?:\w+ ){1,2}(?:jahren|monaten)|ha (?:\w+ )?anos|before, in my country|"
                  r"(?:\w+ )?(?:years?|months?|days?) (?:\w+[- ]?\w* )?(?:free|clean|sober)|since i last|(?:self[- ]?harm|suicide) history|"
                  r"did it for|for (?:about |around |nearly |almost |over )?(?:a decade|\w+ years)|\bhad (?:years|months|a decade) of (?:it|that)\b|i once|in '\d\d|after the (?:war|court case|divorce|stroke|diagnosis|accident|birth)|"
                  r"first year out|at one point|went through a|tried to (?:kill|end|take)|thought about (?:ending|killing|suicide)|"
                  r"i was suicidal|when i was \d+|wanted to die|had thoughts|tentei|intente|j'ai essaye|ich habe versucht|"
                  r"ha (?:\w+ )?anos|ha muitos anos|talking to \w+ about my past|speak(?:ing)? (?:at|about)|spoke (?:at|about|to)|my story|"
                  r"the (?:year|winter|summer|spring|autumn) (?:i|that i) (?:was|wanted|tried|hurt|cut|took|had|did|overdosed|attempted)|(?:\w+ )?years on\b|the (?:suicidal|dark|bad|worst) years|"
                  # a long streak, not a fragile one: "haven't self-harmed in over 1000 days", "hasn't cut in two years"
                  r"(?:haven't|hasn't|have not|has not) (?:self[- ]?harm\w*|cut|hurt|harmed|burned|burnt|scratched|tried|attempted|relapsed|wanted|thought|felt|been suicidal|had (?:a |an |any )?(?:[\w-]+ ){0,2}(?:thoughts?|urges?)|done (?:it|that))(?: \w+){0,3} (?:in|for) (?:over |more than |almost |nearly |about |well over )?"
                  r"(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a couple of) (?:years?|months?)|years|months|\d{3,} days)|"
                  r"once upon a time|once when i was|when i was small|survived (?:a|an|his|her|their|my) (?:suicide )?attempt|(?:were|was) suicidal (?:teenagers?|teens?|kids?)|old (?:self[- ]?harm\w*|cutting) scars|\d{3,} days since i (?:last )?\w+|"
                  r"(?:it's |its |it has )?been (?:over |nearly |almost )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many) (?:years|months)(?! of)|"
                  r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of) (?:years?|months?) since i (?:last )?\w+|"
                  r"came in suicidal|ages ago|(?:between|from) (?:the )?ages? (?:of )?(?:\d+|[a-z]+(?:teen|ty))\b|^before,|\bbefore, i was\b|\bas a young (?:mother|mum|mom|father|dad|man|woman|girl|boy)\b|\bthere was a time\b|\bi had (?:a |an )?(?:\w+ ){0,2}(?:plan|note|attempt) once\b|\bmy ex (?:\w+ )?was (?:violent|abusive)\b|my (?:teenage|teen|childhood|first|old|earlier|previous|past) (?:suicide )?attempts?|(?:was|were) in an abusive (?:marriage|relationship|home|household)|"
                  r"(?:free|clean|sober) for (?:over |nearly |almost |about )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:years?|months?)|"
                  r"(?:write|writing|wrote|talk|talking|talked) about (?:the|my) (?:abusive|old|past|teenage)\b|(?:went|gone) from \w+ to gone|stayed gone|\d+[- ](?:year|month) (?:token|chip|coin|medallion)|when my (?:son|daughter|baby|first|eldest|youngest) was born|my (?:old|past|former) (?:self[- ]?harm\w*|attempts?|suicide attempts?|cutting|ideation)|looking back|the last time i (?:\w+ )?(?:hurt|cut|harmed|burned|tried)\b[^.]{0,20} was (?:in )?(?:19|20)\d\d)\b")
# "Now I just cut": a clause that opens with "now" speaks of the present, whatever an earlier "used to" said.
PRESENT = re.compile(r"\b(?:again|lately|these days|(?<!ago )tonight|recently|(?<!ago )this week|right now|still(?! (?:remember|have (?:the |my )?scars|see the scars|think back))|currently|coming back|are back|is back|started)\b"
                     r"|\bsince (?:\w+ ){1,3}(?:died|passed away)\b|\b(?:are|is) now (?:every|daily|constant|worse|stronger|more)\b"
                     r"|\b(?:thoughts?|urges?|feelings?|ideation|voices?)(?: \w+){0,6} (?:have|has|'ve) come back\b"
                     r"|^\W*(?:and |but |so )?now\b|^\W*struggling\b|\b(?:i'm|im|i am|i've been|been) struggling\b|\bfor the first time in my life\b|\b(?:just )?broke (?:it|my streak|the streak)\b|\b(?:like|the way) i used to\b")
RESOLVED = re.compile(r"(?<!thinks )(?<!think )(?<!says )(?<!pretend )(?<!pretending )\b(?:i'm|im|i am) (?:ok|okay|fine|better|good|safe|doing (?:well|better)|in a (?:good|better) place)(?: now)?\b|"
                      r"\b(?:haven't|have not|hasn't|has not)\b(?! (?:told|said|mentioned|shown|spoken|talked|been able|slept|eaten|stopped|got (?:help|anyone)))|\b(?:no longer|not anymore|don't anymore)\b|\bclean for\b|\b\d+ (?:days|months|years) (?:clean|free)\b|"
                      r"\b(?:days|months|years) (?:clean|free)\b|\bin recovery\b|\b(?:they|it|that) passed\b|\bgot (?:help|through it|better)\b|"
                      r"\bsurviv\w+\b|\bi'm (?:still )?here\b|\btoday i\b|\bnow i\b(?!'?d\b| would\b)|\bfor anyone who'?s where i was\b|\b(?:they're|theyre|it's|its) gone\b|\bgone now\b|"
                      r"\bcan't remember the last time\b|\bin a (?:good|better) place for (?:years|a while|a long time)\b|\ba different person (?:now|these days)\b|\bglad (?:i|i'm|i am) (?:still )?(?:here|alive|stayed)\b|\bglad i stayed\b|"
                      r"\bwriting (?:a |my )?(?:memoir|book|essay|piece) about\b|\b(?:actually |finally )?looking forward to (?:the day|the future|things|tomorrow|life|waking up|getting up|the mornings?)\b|\bhow far (?:i've|i have) come\b|\bgot me through\b|\bgot through\b|\bso different now\b|\bforeign to me\b|"
                      r"\bstable\b|\bin remission\b|\bhelped\b|\bsafe now\b|\bhappily\b|\bmentor\b|(?<!thinks i'm )(?<!think i'm )(?<!says i'm )(?<!thinks i am )\bdoing (?:good|well|great)\b|"
                      r"\bto help (?:others|other|people|kids|someone)\b|\bless alone\b|\bproud\b|\bhealing\b|\bhealed\b|\bstopped\b|"
                      r"\brecovery\b|\brecuperacion\b|\brecuperacao\b|\bgeht es mir gut\b|\bes geht mir (?:gut|besser)\b|\bnicht mehr\b|\bfrei davon\b|\bestou bem\b|\bestoy bien\b|\bje vais bien\b|"
                      r"\bhoy celebro\b|\bcumplo \d+ (?:anos|meses)\b|\bmir gehts? (?:jetzt |wieder )?gut\b|\bhelfe anderen\b|\bem tratamento\b|\bnew me\b|\bi'm (?:\d+|fine) now\b|\bnow i (?:have|mentor|eat|help|am)\b|"
                      r"\bi'm (?:okay|ok|calm|happy|good|great|fine|well|alright)\b|\bwe're (?:both )?(?:great|fine|close|okay)\b|\bhappy\b|\bglad\b|"
                      r"\bgot help\b|\bwonderful\b|\bgot a (?:dog|job|life|partner)\b|\bhang in there\b|\blife (?:is )?good\b|\bit (?:did|passed)\b|"
                      r"\bcelebrat\w*\b|\bfree (?:from|of)\b|\bself[- ]?harm free\b|\bkind about it\b|\bchosen family\b|\bi lived\b|"
                      r"\bmarked it\b|\bnot alone\b|\bvoluntari[oa]\b|\bvolunteer\w*\b|\bajudo\b|\bsou enfermeira\b|\bhoje sou\b|"
                      r"\bi (?:can|could) (?:walk|work|smile)\b|\bnervous but (?:proud|ready)\b|\bstill (?:nursing|working|here)\b|\bi'm \d+ now\b|"
                      r"\bfound my way (?:back|out)\b|\bcame out the other side\b|\bmade it through\b|\bpulled through\b|"
                      r"\bnow (?:is |feels )?(?:calm|safe|peaceful)\b|\b(?:calm|peaceful) and safe\b|\bthat was the last time\b|"
                      r"\bdon't (?:feel|think) (?:like )?(?:that|this)(?: way)? anymore\b|"
                      r"\b(?:is|are|it's) (?:all |well )?behind me\b|\b(?:i'm|i am) (?:through it|not (?:that person|there) any ?more)\b|\bit's (?:ok|okay|fine) now\b|\bwith a future\b|"
                      r"\bdidn't even want to\b|\bonly think about it when\b|\bi was wrong\b|\byear (?:\w+ )?now\b|"
                      r"\b(?:therapy|meds|medication|treatment)\b(?: \w+){0,5} changed (?:that|everything|things|my life)\b|"
                      r"\b(?:therapy|erp|cbt|dbt|emdr|meds|medication|treatment)\b(?: \w+){0,3} (?:fixed|cured|sorted|resolved) (?:it|that|this|them)\b|"
                      r"\b(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) (?:good|well|strong|stable)(?: now)?\b|"
                      r"\bit gets better\b|\bturned (?:it|things|my life) around\b|\bit passes\b|\bunrecogni[sz]\w+\b|\bmy recovery\b|\bbuilt a (?:\w+ )?life\b|"
                      r"\bsorted (?:it|them|that) out\b|\btherapy worked\b|\b(?:went|gone) (?:from \w+ )?to gone\b|\bstayed gone\b|\b\d+[- ](?:year|month|day) (?:token|chip|coin|medallion)\b|"
                      r"\bgrateful to my (?:younger|past|old|teenage) self\b|\bthe reason (?:i'm|i am) (?:still )?(?:here|alive)\b|\bhug (?:that|my younger|my teenage|the younger) (?:kid|girl|boy|teenager|me|self)\b|\b(?:he's|she's|they're|he is|she is|they are) (?:now )?(?:in prison|in jail|locked up|behind bars)\b|\bnew (?:life|city)\b|\b(?:i'm|i am|i've|i have) (?:happily )?remarried\b|\bthis (?:isn't|is not) that\b|\bno recurrence\b|\bwith gratitude\b|\b(?:son|daughter|child|baby|boy|girl) is now (?:\d+|[a-z]+-[a-z]+|twenty|thirty|forty|fifty|grown)\b|\b(?:don't|do not) think about (?:dying|death|suicide|it|ending it) any ?more\b|\bi'?m not (?:her|him|that girl|that boy|that kid|that person) any ?more\b|\b(?:don't|do not) feel the (?:pull|urges?) any ?more\b|\bthriving\b|\bhow different (?:things|life|everything) (?:is|are) now\b|\bbut i (?:don't|do not) do (?:it|that)\b|\bgave a (?:talk|speech)\b|"
                      r"\bthat was (?:a )?(?:long time|years|ages|decades|a lifetime) ago\b|\blong time ago\b|\blike (?:reading|meeting|looking at) (?:a )?stranger|"
                      r"\bthe last time i (?:\w+ ){1,4}was (?:in )?(?:19|20)\d\d\b|\b(?:19|20)\d\d was the last time\b|\bi feel (?:so )?(?:lighter|hopeful)\b|"
                      r"\b(?:that )?chapter(?:'s| is) (?:closed|over)\b|\bprocessing (?:it|this|that)\b|\bcompassion for (?:my )?(?:younger|past|old|teenage) (?:me|self)\b|\b(?:that|it)(?:'s| has) passed\b|\b(?:the )?(?:sertraline|meds|medication|therapy|treatment|antidepressants?|pills) worked\b|"
                      r"\bit'?s also over\b|\bthat(?:'s| is) over now\b|\b(?:we're|we are) both (?:\w+ ){0,2}now\b|"
                      r"\b(?:about|like) a different person\b|\bno current (?:thoughts|urges|plans|risk)\b|\b(?:my )?life is (?:genuinely |really |actually |honestly )(?:good|great|calm|peaceful)\b|"
                      r"\bi'm (?:a|an) (?:teacher|nurse|doctor|mum|mom|dad|parent|counsellor|counselor|therapist|mentor|social worker|youth worker|grandmother|grandfather|grandma|grandad|graduate) now\b|"
                      r"\b(?:we're|we are|i'm|i am|went|gone) no[- ]contact\b|\b(?:she's|he's|they're|i'm|we're) (?:divorced|separated) now\b|\bhappier than (?:i've|i have) (?:ever )?seen\b|"
                      r"\bi (?:didn't|did not|never) (?:use|used|send|sent|post|posted|go through with|went through with) (?:it|them)\b|"
                      r"\bi'm now (?!(?:thinking|planning|ready|going|wanting|feeling|considering|starting|back)\b)\w+ing\b")

# Leave-taking and arrangements in ordinary life: a last day at work, a move, a trip, a clear-out, a will made
# with a solicitor, a night out ("tonight's the night! first date"). Goodbyes, giving away and plans said in
# such a message are set aside, unless it also speaks of dying, harm, means or finality ("moving abroad,
# you won't hear from me again"), which keeps them.
ORDINARY_LEAVING = re.compile(
    r"\b(?:moving (?:house|out|abroad|in|to|back|day)|the move\b|move (?:abroad|house|out|to)|moved (?:out|in)|emigrat\w*|relocat\w*|new (?:job|house|flat|home|place|city|school|role)|"
    r"last day (?:at|of) (?:work|school|uni|college|the job|term)|(?:my )?last day (?:on|this) (?:monday|tuesday|wednesday|thursday|friday)|(?:goodbye|leaving) (?:letter|card|email|note|speech) to (?:the|my) (?:team|colleagues|class|students|staff|co-?workers)|last day at the|my last (?:shift|day at)|leaving (?:do|drinks|party|card)|retir\w+|graduat\w+|"
    r"airport|flights?|conference|holiday|vacation|trip|travel\w*|gap year|charity|charity shop|marketplace|ebay|vinted|car boot|declutter\w*|clear(?:ing)? out|"
    r"selling|sold|anyone (?:\w+ ){0,3}want|up for grabs|free to a good home|first date|date night|concert|gig|baby clothes|pram|cuttings|"
    r"solicitor|lawyer|notary|estate planning|house i grew up in|childhood home|the old house|"
    r"left for (?:uni|university|college|boarding school)|drop(?:ped|ping)? (?:her|him|them) off at (?:uni|university|college|halls)|"
    # set AR: "not saying goodbye, just logging off for the night"; giving clothes away "because I'm moving"
    r"logging off for the (?:night|day|evening)|(?:because|since|as) (?:i'm|im|i am|we're|we are) moving)\b")
FINAL_OR_RISK = re.compile(
    r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|unaliv\w*|kms|ctb|end (?:it|it all|my life|things|everything)|hurt\w* myself|self[- ]?harm\w*|"
    r"overdos\w*|pills|tablets|rope|noose|jump\w*|bridge|burden|better off|no point|can't go on|hopeless|nothing left|not be here|"
    r"won't be (?:here|around|back|alive)|forever|for good|last (?:message|goodbye)|sorry for everything|hear from me|where i'm going|"
    r"better place|one[- ]way|not coming back|never coming back|take care of (?:my|the)|after i'm gone|when i'm gone|remember me|"
    r"it's time|ready to go|done with (?:life|living|everything|it all)|won't need|no longer need|miss me|peace|"
    r"(?:all )?my (?:stuff|things|belongings|possessions)|looks? like|pretend\w*|what i need|everything i need|long (?:trip|journey|sleep)|"
    r"final (?:trip|journey)|wrote (?:the|my|all the) (?:letters|notes)\b.{0,40}\b(?:tonight|today)(?:'s| is) the (?:night|day)|"
    # a cover story: "told her I'm moving abroad. I'm not", "they think I'm just decluttering", "for whoever comes"
    r"(?:they|she|he|everyone|people|(?:\w+ )?neighbours?) (?:think|thinks|thought)|told (?:\w+ ){0,2}(?:i'm|im|i am|i was|it was)|"
    r"telling (?:people|everyone|them|her|him)|i'?m not (?:really )?(?:moving|going|travel\w*)|i'?m not\W*$|there isn't|isn't a (?:trip|move)|"
    r"whoever (?:comes|finds)|that'?s everything|need (?:it|them) (?:all )?gone)\b")
ORDINARY_SIGNALS = frozenset({"goodbye", "giving_away", "plan"})

