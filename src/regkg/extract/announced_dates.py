"""The day an authority announces its own step, told in reported speech (issue 3, guideline 6).
Layer 1.

Wire and newspaper reports give a regulator's announcement in reported speech: "The ICO said on
Tuesday it had fined TikTok £12.7 million", "L'AGCM a annoncé jeudi avoir sanctionné Amazon",
"La CNIL a indiqué mardi qu'elle avait ouvert une enquête". The pluperfect (or the perfect
infinitive) is the backshift of the announcement's own present perfect ("The ICO has fined
TikTok"), and guideline 6 dates that announcement's step by its dateline ("a dateline in the
text dates the findings it announces"): one step, one date, whether it is read in the
authority's release or in a report of it. So the step takes the day of the saying, when
- the sayer is the step's own actor (the authority, "the watchdog", "it"): no other entity is
  named between the sentence start and the saying;
- the verb announces (said, announced, stated, a annoncé, a indiqué, a fait savoir...), or
  confirms the sayer's own act ("confirmed on Saturday it had blocked", "a confirmé samedi avoir
  bloqué"), not another's ("Google confirmed that the CMA had accepted": what came to light);
  not "revealed" or "disclosed" (verbs in `reporting_verbs`, shared);
- the reported verb is of the step's own kind ("had fined" a fine, "avoir ouvert" a probe): not
  the probe in "said on Friday it had fined OpenAI after an investigation found ...";
- the step is not told as background ("had already fined", "avait déjà").
And the converse: a company or a newspaper that "said on Monday it had been fined by the DPC"
tells when the step came to light, not when the authority acted: that day is not the step's.
A wrong date is worse than none: the saying must give exactly one day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from regkg.extract.dates import opens_as_dateline
from regkg.extract.reporting_verbs import (
    ANNOUNCING,
    CONFIRMING,
    EN_ANNOUNCING,
    FR_ANNOUNCING,
    INVERTED_ANNOUNCING,
    REPORTED_VERBS,
)
from regkg.extract.sentence_views import positions_by_sentence, redate
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


_SAYING = ANNOUNCING
# "confirmed": only the actor reporting its own act (see `reporting_verbs`).
_ANY_SAYING = f"{ANNOUNCING}|{CONFIRMING}"
_CONFIRMING = re.compile(rf"\b(?:{CONFIRMING})\b", re.IGNORECASE)
# Between the day and the reported verb: "(that) it had", "the regulator had", "avoir",
# "qu'elle avait". Group `been`: a passive ("it had been fined"), told by the one it is aimed at.
# An adverb between ("had already fined", "avoir déjà sanctionné") is kept for the background test.
_INSERT = (r"(?:(?:already|also|previously|earlier|in\s+the\s+past|at\s+the\s+time|déjà|aussi"
           r"|également|précédemment|auparavant|dans\s+le\s+passé)\s+)?")
_REPORTED_CLAUSE = (
    r"\s*,?\s*(?:that\s+)?(?:(?:it|they|(?P<named>(?:the|his|her|its|their)\s+[\w-]+"
    r"(?:\s+[\w-]+)?(?:\s+(?-i:[A-Z])[\w-]*){0,2}|[\w-]+))\s+)?"  # "the City of New York"
    rf"(?:had|has|have)\s+{_INSERT}(?P<been>been\s+)?"
    r"|\s*,?\s*(?:(?:d['’])?avoir|(?:qu['’](?:elle|il|ils|elles)"
    # a body's name of several words: "que la Ville de New York avait engagé"
    r"|(?P<nommé>que\s+(?:la|le|l['’])\s*[\w-]+(?:\s+(?:(?:de|du|des|d['’])\s*)?(?-i:[A-Z])[\w-]*)"
    r"{0,3}))"
    rf"\s+(?:avait|avaient|a|ont))\s+{_INSERT}(?P<été>été\s+)?")
_REPORTED_VERB = "|".join(verbs for _, verbs in REPORTED_VERBS)
_AFTER_DAY = re.compile(rf"(?:{_REPORTED_CLAUSE})(?P<verb>{_REPORTED_VERB})\b", re.IGNORECASE)
# "said on Friday", "said Friday", "said in a statement on Friday", "a annoncé jeudi", "a
# indiqué, mardi,": the day's words follow the saying; "on Friday said", "In a statement on
# Monday, the ICO said", "Dans un communiqué publié lundi, la CNIL a indiqué": they come before.
_STATEMENT = (r"(?:in\s+a\s+(?:statement|press\s+release|news\s+release|(?:regulatory\s+)?filing"
              r"|blog\s+post)(?:\s+(?:released|issued|published|posted))?"
              r"|dans\s+un\s+(?:communiqué|document)(?:\s+(?:publié|diffusé))?)")
# "told Temu on Monday that it had preliminarily found": the body telling the company
_TOLD_SOMEONE = r"told\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_SAYING_BEFORE_DAY = re.compile(
    rf"\b(?:{_ANY_SAYING}|{_TOLD_SOMEONE})\s*,?\s*(?:{_STATEMENT}\s+)?(?:on\s+)?$", re.IGNORECASE)
_DAY_BEFORE_SAYING = re.compile(
    rf"^\s*,?\s*(?:(?:(?:the|l['’]|la|le)\s*)?[\w'’-]+(?:\s+[\w'’-]+){{0,5}}?\s+)?"
    rf"(?P<saying>{_ANY_SAYING})\b",
    re.IGNORECASE)
_STATEMENT_BEFORE = re.compile(rf"\b{_STATEMENT}\s+(?:on\s+)?$", re.IGNORECASE)
_BACKGROUND = re.compile(r"\b(?:already|previously|earlier|in\s+the\s+past|at\s+the\s+time|déjà"
                         r"|précédemment|auparavant|dans\s+le\s+passé|à\s+l['’]époque)\b",
                         re.IGNORECASE)


def date_steps_announced_on_a_day(actions: list[Action],
                                  views: list[SentenceView]) -> list[Action]:
    """The module's policy: each step of a sentence that reports its announcement on a day,
    then the one step of a sentence closed by its actor's saying on a day."""
    dated = _date_steps_said_after(redate(actions, views, _date_step_announced), views)
    return _date_lead_steps_said_next(dated, views)


def date_steps_confirmed_on_a_day(actions: list[Action],
                                  views: list[SentenceView]) -> list[Action]:
    """The day the actor confirms its own step ("a confirmé samedi avoir bloqué"), once every
    other policy has run: the text's other date for the step wins ("La décision a été adoptée
    vendredi dernier": guideline 6, the adoption day over the announcement's)."""
    return redate(actions, views, partial(_date_step_announced, confirming=True))


def _date_step_announced(action: Action, view: SentenceView, confirming: bool = False) -> Action:
    if not view.headline and action.status in TAKEN_STATUSES:
        said = (_said_on_a_day(view, action, confirming)
                or _said_under_the_dateline(view, action, confirming))
        if said is not None:
            day, by_actor = said
            if by_actor and action.date is None:
                return replace(action, date=day)
            if not by_actor and action.date == day:
                return replace(action, date=None)
    return action


# A saying that closes the sentence, after its day or before it: ", a-t-il annoncé lundi.",
# ", the regulator said on Monday.", ", a annoncé lundi l'autorité.". Group `sayer`: a name
# or a noun; an inverted pronoun ("a-t-elle") is the sentence's subject.
_CLOSING_SAYING = re.compile(
    rf"[,;]\s*(?:{INVERTED_ANNOUNCING}|{FR_ANNOUNCING}"
    rf"|(?P<sayer>(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}?)\s+(?:{EN_ANNOUNCING}))"
    r"\s*(?:on\s+)?$", re.IGNORECASE)
_CLOSES = re.compile(r"\s*(?:(?:l['’]|la\s+|le\s+|les\s+)?[\w-]+(?:\s+[\w-]+){0,5}"
                     r"|in\s+a\s+statement|dans\s+un\s+communiqué)?\s*[.!]?\s*$",
                     re.IGNORECASE)


def _date_steps_said_after(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """"Le gendarme s'est autosaisi du cas DeepSeek : il reproche ..., a-t-il annoncé lundi":
    the saying reports the whole sentence, even past a colon the clause rules stop at. Only a
    sentence with one undated step, by the sayer, not told as background. A closing saying by
    another (", a indiqué lundi la société Temu") dates none of the sentence's steps."""
    dated = list(actions)
    positions = positions_by_sentence(actions)  # the pass changes dates only
    for view in views:  # one per sentence, in text order (the sentences do not overlap)
        steps = [i for i in positions.get(view.sentence.start, ())
                 if dated[i].status in TAKEN_STATUSES]
        if not steps or view.headline:
            continue
        said = _closing_saying(view)
        if said is None:
            continue
        day, sayer = said
        undated = [i for i in steps if dated[i].date is None]
        for i in steps:
            step = dated[i]
            if sayer is not None and sayer != step.actor and step.date == day:
                dated[i] = replace(step, date=None)
            elif (sayer in (None, step.actor) and undated == [i]
                  and not _BACKGROUND.search(view.text)):
                dated[i] = replace(step, date=day)
    return dated


# A sayer that is the acting body without its name, or one of its office-holders: "the
# regulator said", "a annoncé lundi l'autorité", "it said", "the minister said".
_BODY = re.compile(
    r"\b(?:it|they|regulator|watchdog|authority|agency|commission|commissioner|ministry|office"
    r"|court|government|department|body|autorité|gendarme|régulateur|ministère|gouvernement"
    r"|tribunal|cour|institution|instance|exécutif|agence|préfecture|parquet|conseil|collège"
    # an office-holder speaking for it: "the minister said on Saturday"
    r"|minister|ministre|spokes(?:person|man|woman)|porte-parole|president|présidente?|chair"
    r"|secretary|attorney|judge|juge|procureure?|officials?|responsables?)\b",
    re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]{2,}")
_WHERE_SAID = re.compile(r"^\s*,?\s*(?:in|to|via|dans|à|au|aux)\s+"
                         r"(?:(?:an?|the|une?|les?|la|l['’])\s*)?"
                         r"[\w-]+(?:\s+(?:release|statement|conference|publié|diffusé))?",
                         re.IGNORECASE)
_NOT_THE_BODY = "someone else"
# An office-holder of the company the step is aimed at, not of the body.
_FOR_THE_COMPANY = re.compile(
    r"\b(?:for|of|at|de|du|chez)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:company|firm|forum|platform"
    r"|group|app|network|société|entreprise|plateforme|groupe|réseau|application)\b",
    re.IGNORECASE)


def _closing_saying(view: SentenceView) -> tuple[DateValue, str | None] | None:
    """The day of a saying that closes the sentence, and the entity it names as the sayer
    (None: a pronoun or the body's noun, "a-t-il annoncé", "the regulator said"; _NOT_THE_BODY:
    unnamed others, "sources said", "une source proche du dossier")."""
    last = view.dates[-1] if view.dates else None
    if (last is None or last.value is None or last.value.precision != "day"
            or last.qualifier is not None):
        return None
    # ", a-t-elle indiqué jeudi dans un communiqué", "it told Reuters on Monday": where or to
    # whom it was said, not who said it
    after = _WHERE_SAID.sub("", view.text[last.end:])
    if not _CLOSES.fullmatch(after):
        return None
    saying = _CLOSING_SAYING.search(view.text, max(0, last.start - 60), last.start)
    if saying is None:
        return None
    named = [m.key for m in view.mentions if saying.start() <= m.start
             and not m.key.startswith("jurisdiction/")]
    if named:
        return last.value, named[0]
    words = (saying["sayer"] or "") + " " + after
    if _FOR_THE_COMPANY.search(words):
        return last.value, _NOT_THE_BODY  # "a spokesperson for the forum said on Thursday"
    if _WORDS.search(words) and not _BODY.search(words):
        return last.value, _NOT_THE_BODY  # ", sources said on Monday", "a indiqué une source"
    return last.value, None


def _said_on_a_day(view: SentenceView, action: Action,
                   confirming: bool) -> tuple[DateValue, bool] | None:
    """The day a sentence says its step of `action`'s kind was announced, and whether the
    sayer is the step's actor (a passive "had been fined" is told by its target)."""
    found: set[tuple[DateValue, bool]] = set()
    for date in view.dates:
        if date.value is None or date.value.precision != "day" or date.qualifier is not None:
            continue
        around = _saying_around(view.text, date.start, date.end)
        if around is None:
            continue
        saying_start, saying_end = around
        reported = _AFTER_DAY.match(view.text, saying_end)
        if (reported is None or not _of_kind(reported["verb"], action.type)
                or _left_out(view.text, saying_start, reported, confirming)):
            continue
        if _BACKGROUND.search(view.text, saying_end, reported.end()):
            found.add((date.value, False))  # the day it was said is not the older step's
            continue
        found.add((date.value, _by_actor(view, action, saying_start, reported)))
    return found.pop() if len(found) == 1 else None


def _by_actor(view: SentenceView, action: Action, saying_start: int,
              reported: re.Match[str]) -> bool:
    """The sayer is the step's actor. "It said on Monday it had been fined": "it" is the
    company the step is aimed at."""
    passive = bool(reported["been"] or reported["été"])
    sayer = _sayer(view, saying_start)
    if sayer is not None and sayer.startswith("person/") and not passive:
        # "Le maire a annoncé aujourd'hui que la Ville de New York avait engagé des poursuites":
        # an office-holder announcing the step of the body the reported clause names
        return _names_actor(view, action, reported)
    return action.actor is not None and (
        sayer == action.actor if passive or sayer is not None else True)


def _names_actor(view: SentenceView, action: Action, reported: re.Match[str]) -> bool:
    """The reported clause's named subject is the step's actor."""
    group = "named" if reported["named"] else "nommé" if reported["nommé"] else None
    if group is None or action.actor is None:
        return False
    start, end = reported.span(group)
    return any(start <= m.start and m.end <= end and m.key == action.actor
               for m in view.mentions)


# A saying with no day, right before its reported step: "said it had fined", "said in a
# statement that it had opened", "a annoncé avoir infligé".
_DAYLESS_SAYING = re.compile(rf"\b(?:{_ANY_SAYING})(?:\s*,?\s*{_STATEMENT}\s*,?)?(?=\s)",
                             re.IGNORECASE)


def _said_under_the_dateline(view: SentenceView, action: Action,
                             confirming: bool) -> tuple[DateValue, bool] | None:
    """The dateline's day for a step its lead reports said with no day: "PARIS, Feb 28 (AFP) -
    The CNIL said it had fined Apple", "SÉOUL, 28 févr. (Yonhap) - L'autorité a annoncé avoir
    infligé ...": a wire reports an announcement on the day it is made, and guideline 6 dates
    the findings a dateline announces. Only when the dateline is the sentence's one date."""
    dates = view.dates
    if (len(dates) != 1 or dates[0].value is None or dates[0].value.precision != "day"
            or not opens_as_dateline(view.text, dates[0].start, dates[0].end)):
        return None
    found: set[bool] = set()
    for saying in _DAYLESS_SAYING.finditer(view.text, dates[0].end):
        reported = _AFTER_DAY.match(view.text, saying.end())
        if (reported is None or not _of_kind(reported["verb"], action.type)
                or _left_out(view.text, saying.start(), reported, confirming)):
            continue
        if _BACKGROUND.search(view.text, saying.end(), reported.end()):
            return None  # "said it had already fined": an older step
        found.add(_by_actor(view, action, saying.start(), reported))
    return (dates[0].value, found.pop()) if len(found) == 1 else None


def _saying_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the saying starts (the sayer is named before it) and where the reported clause
    starts: after the day ("said on Friday | it had fined"), or after the saying that follows
    the day ("on Friday said | it had fined", "In a statement on Monday, the ICO said | it")."""
    before = _SAYING_BEFORE_DAY.search(text, max(0, start - 60), start)
    if before:
        return before.start(), end
    after = _DAY_BEFORE_SAYING.match(text[end:end + 80])
    if after is None:
        return None
    named_sayer = after.start("saying") > 0 and text[end:end + after.start("saying")].strip(" ,")
    if named_sayer and not _STATEMENT_BEFORE.search(text, max(0, start - 40), start):
        return None  # "on Friday, the court said": a day of its own, not the saying's
    return end + after.start("saying"), end + after.end()


def _left_out(text: str, saying_start: int, reported: re.Match[str], confirming: bool) -> bool:
    """A saying the pass does not read: the confirming pass reads only "confirmed", the first
    pass every other saying. And a confirming verb whose reported clause names its own subject:
    "Google confirmed on Thursday that the CMA had accepted ...", "the court confirmed that the
    CNIL had fined": the day something came to light or was upheld, not the step's (only
    "confirmed (that) it had", "a confirmé avoir", "qu'elle avait": the actor's own act)."""
    confirms = _CONFIRMING.match(text, saying_start) is not None
    return confirms != confirming or bool(confirms and (reported["named"] or reported["nommé"]))


def _of_kind(verb: str, kind: str) -> bool:
    word = verb.lower()
    return any(kind in kinds and re.fullmatch(verbs, word, re.IGNORECASE)
               for kinds, verbs in REPORTED_VERBS)


def _sayer(view: SentenceView, saying_start: int) -> str | None:
    """The last entity named before the saying (a place does not count), or None when none is
    ("The watchdog said on Friday", "It said on Friday": the actor found for the step)."""
    before = [m for m in view.mentions if m.end <= saying_start
              and not m.key.startswith("jurisdiction/")]
    if len(before) > 1 and _TITLED.fullmatch(view.text, before[-2].end, before[-1].start) \
            and before[-1].key.startswith("person/") \
            and before[-2].key.startswith("authority/"):
        return before[-2].key  # "Texas Attorney General Ken Paxton said": the office speaks
    return before[-1].key if before else None


# Between a body and the name of its office-holder: "Texas Attorney General Ken Paxton", "FTC
# Chair Lina Khan" (guideline 3: institutions act, not officials).
_TITLED = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+")


def _date_lead_steps_said_next(actions: list[Action],
                               views: list[SentenceView]) -> list[Action]:
    """A news lead that tells a step with no day, and a next sentence in which its actor says
    on a day what it found: "TikTok has been fined £1.875 million by Ofcom after giving wrong
    information. Ofcom said on Wednesday that the company had breached its duties" (the
    convention of "said on Wednesday it had fined": the day the body announced its decision).
    Only the lead's own steps, not told as background, by the sayer (named, or "it", "the
    regulator"), when the next sentence gives that one day."""
    body = [v for v in views if not v.headline and len(_WORDS.findall(v.text)) > 5]
    if len(body) < 2 or body[1].index != body[0].index + 1 or body[0].dates:
        return actions
    lead, said = body[0], _saying_day(body[1])
    if said is None or _BACKGROUND.search(lead.text):
        return actions
    day, saying_start = said
    sayer = _sayer(body[1], saying_start)
    if sayer is None and not _BODY.search(body[1].text, 0, saying_start):
        return actions  # "The company said on Wednesday ...": not the body's announcement

    def date_one(action: Action, view: SentenceView) -> Action:
        if (view.index == lead.index and action.date is None and action.status in TAKEN_STATUSES
                and action.actor is not None and sayer in (None, action.actor)):
            return replace(action, date=day)
        return action
    return redate(actions, views, date_one)


def _saying_day(view: SentenceView) -> tuple[DateValue, int] | None:
    """The one day of a sentence when it is the day of a saying, and where the saying starts
    ("Ofcom said on Wednesday that ...", "In a statement on Monday, the ICO said ..."); a
    month or year in it dates something else ("a request issued last year")."""
    days = [d for d in view.dates if d.value is not None and d.value.precision == "day"]
    date = days[0] if len(days) == 1 else None
    if date is None or date.value is None or date.qualifier is not None:
        return None
    around = _saying_around(view.text, date.start, date.end)
    if around is None or _CONFIRMING.match(view.text, around[0]):
        return None  # "Ofcom confirmed on Wednesday that ...": what came to light, not when
    return date.value, around[0]
