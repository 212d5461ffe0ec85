"""A step whose object is a person, not a platform. Layer 1; used by modality.decide_status.

Guideline 4: actions are steps aimed at a platform or AI service. A person the platform employs,
founded or is used by ("fined a former TikTok employee", "a mis en examen le fondateur de
Telegram", "sued Coinbase chief executive Brian Armstrong", "a infligé une amende à
l'influenceuse pour une publicité sur TikTok", "a mis en demeure un streamer diffusant sur
Kick") is the step's object; the platform's name only describes the person or where the
conduct took place. (A company sued together with its officer, "sued Meta and its chief
executive", names the company first and is kept: targets._sued_executive.)
So is a body that uses the platform, named by its kind (a school, a hospital, a town hall).
Not "owner"/"propriétaire" ("the owner of Pornhub" is a company) nor "président" ("a saisi le
président du tribunal" is a court).
"""

from __future__ import annotations

import re

# Nouns of people: staff and officers (session 14), then founders and bosses, and the users,
# influencers and streamers a platform serves (s15 trap hunt).
_PERSON_NOUN = (
    r"(?:employees?|workers?|engineers?|executives?|managers?|staffers?|contractors?|moderators?|"
    r"salariée?s?|employée?s?|ingénieure?s?|dirigeante?s?|cadres?|modérat(?:eur|rice)s?|"
    r"informaticien(?:ne)?s?|"
    r"founders?|co-?founders?|CEOs?|boss(?:es)?|fondat(?:eur|rice)s?|co-?fondat(?:eur|rice)s?|"
    r"patron(?:ne)?s?|PDG|"
    r"influencers?|influenceu(?:r|se)s?|streamers?|streameu(?:r|se)s?|youtubers?|"
    r"youtubeu(?:r|se)s?|bloggers?|blogueu(?:r|se)s?|content\s+creators?|"
    r"créat(?:eur|rice)s?\s+de\s+contenus?|users?|utilisat(?:eur|rice)s?|internautes?|"
    # bodies that use a platform, named by their kind: "reprimanded a school for sharing pupils'
    # photos on TikTok", "a rappelé à l'ordre une mairie qui publiait des données sur Facebook"
    r"schools?|hospitals?|councils?|municipalit(?:y|ies)|universit(?:y|ies)|charit(?:y|ies)|"
    r"mairies?|communes?|écoles?|lycées?|collèges?|hôpital|hôpitaux|universités?)\b"
    # a compound or a possessive is no person: "user-to-user services", "the founder's company"
    r"(?![-'’])"
)
# A word before the person's noun; never a complement's preposition: "des données des
# utilisateurs", "the data of users" name data, not persons.
_WORD = r"(?!(?:of|de|des|du|d['’])(?:\s|$))[\w'’&.-]+"
# A person as the object right after the trigger (an amount may come first in French); in
# English a company's name may stand right before the role with no article ("Telegram founder
# Pavel Durov", "Coinbase's chief executive"; not "fined Meta over users' data").
_PERSON_OBJECT = re.compile(
    r"\s*(?:de\s+[\d\s.,]+\s*(?:euros?|€|millions?\s+d'euros)\s+)?(?:(?:à|to|on|against)\s+)?"
    r"(?:(?:(?:an?|the|one|two|three|several|un|une|des|deux|trois|plusieurs|le|la|les)\s+|l['’]\s*)"
    r"(?:(?:former|ex-|current|senior|ancien(?:ne)?s?|actuel\w*)\s*)?(?:" + _WORD + r"\s+){0,2}?"
    r"|(?-i:[A-Z])[\w&.-]*(?:['’]s)?\s+(?:(?:former|chief|senior|top|co-)\s*)?)"
    + _PERSON_NOUN, re.IGNORECASE)


def aimed_at_a_person(text: str, trigger_end: int) -> bool:
    """The step's object is a person the platform employs, was founded by or serves: no step
    against the platform (guideline 4), whose name only describes the person."""
    return _PERSON_OBJECT.match(text, trigger_end) is not None


# The same person as the subject of a passive step: "A YouTuber was fined by the SEC for
# promoting a scheme on YouTube", "Un internaute a été condamné pour cyberharcèlement sur
# Instagram" (the platform is where the conduct took place). Not "executive": "the EU executive
# sent Apple preliminary findings", "the EU executive has been investigating" are the Commission.
_SUBJECT_NOUN = _PERSON_NOUN.replace("executives?|", "")
_SUBJECT_HEAD = (r"(?:^|[,;:]\s)\W*(?:(?:an?|the|un|une|le|la)\s+|l['’]\s*)?"
                 r"(?:" + _WORD + r"\s+){0,2}?" + _SUBJECT_NOUN)
_PASSIVE_AUX = (r"(?:was|were|(?:has|have|had)\s+been|a\s+été|ont\s+été|avait\s+été|"
                r"avaient\s+été|est|sont|était|étaient)")
# the auxiliary before the trigger, or (a French trigger may hold it: "a été condamné") the
# subject right before a trigger that opens with it
# Words between the person's noun and the auxiliary: a complement ("an employee of Meta", "users
# in Turkey"), never a verb of saying or "that" opening a new clause with its own subject
# ("Users in Turkey said Instagram was blocked", "La mairie a déclaré qu'Airbnb a été
# condamné"), nor a capitalised name but after a preposition.
_SAYS = (r"(?:said|says|say|told|tells|claimed|claims|reported|announced|stated|argued|warned|"
         r"that|dit|déclaré|affirmé|annoncé|estimé|indiqué|expliqué|assuré|que|qu['’]\w*|selon|"
         r"according)")
_GAP_WORD = (r"(?:(?:of|at|in|on|for|from|with|de|du|des|chez|en|au|aux|à|sur|d['’])\s*"
             r"(?-i:[A-ZÀ-Ý])[\w'’&.-]*|(?!" + _SAYS + r"(?![\w'’]))(?-i:[a-zà-ÿ\d])[^\s,;.]*)")
_PERSON_SUBJECT = re.compile(
    _SUBJECT_HEAD + r"(?=[^,;.]{0,41}\s" + _PASSIVE_AUX + r"\s)(?:\s+" + _GAP_WORD
    + r"){0,7}?\s+" + _PASSIVE_AUX + r"\s+(?:(?:also|later|already|"
    r"(?-i:[a-z]+ly)|aussi|également|déjà|ensuite)\s+)?$", re.IGNORECASE)
_PERSON_RIGHT_BEFORE = re.compile(_SUBJECT_HEAD + r"\s+$", re.IGNORECASE)
_OPENS_PASSIVE = re.compile(_PASSIVE_AUX + r"\s+(?:(?:aussi|également|déjà)\s+)?"
                            r"(?-i:[a-zéè]+)(?<!ing)\b", re.IGNORECASE)


def person_passive_subject(text: str, trigger_start: int) -> bool:
    """A passive step whose subject is a person, not a platform (guideline 4)."""
    if _OPENS_PASSIVE.match(text, trigger_start):
        return _PERSON_RIGHT_BEFORE.search(text, 0, trigger_start) is not None
    return (not re.match(r"\w+ing\b", text[trigger_start:])
            and _PERSON_SUBJECT.search(text, 0, trigger_start) is not None)
