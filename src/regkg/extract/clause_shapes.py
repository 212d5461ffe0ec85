"""Shapes of reporting clauses, as regular expressions: what may stand between a speaker's
name and the verb of saying, and the incise right after a closing quotation. Layer 1; read by
`attribution.ClauseReader`."""

from __future__ import annotations

import re

# Between a subject's name and its verb: an appositive role, an auxiliary, an adverb.
# Adverbs allowed between an auxiliary and its verb of saying; not "été"/"was": a passive
# ("Jean Dupont a été accusé", "Musk was told") makes the subject the one spoken to.
ADVERB = (
    r"(?:(?:encore|également|aussi|ensuite|alors|enfin|pourtant|notamment|quant à lui|"
    r"quant à elle|lui aussi|elle aussi|de son côté|pour sa part|à son tour|then|also|later|"
    r"further|previously|again|ainsi|déjà|aussitôt|immédiatement|simplement|sobrement|seulement|"
    r"fermement|vivement|clairement|publiquement|finalement|toutefois|d['’]ailleurs|"
    r"immediately|quickly|swiftly|simply|repeatedly|publicly|separately|privately)\s+)?"
)
# Between the speaker's name and the verb: an aside, an age ("Jane Doe, 45, a mother of
# two, said"), an appositive role between commas or dashes ("Jane Doe — the agency's chair —
# said:"), an auxiliary, the object pronoun that announces the quote
# ("Thierry Breton l'a répété mardi : « ... »", "Marie-Laure Denis l'assure : « ... »",
# "Thierry Breton le répète : « ... »"), and a reflexive verb's pronoun ("se réjouit",
# "s'est félicité").
APPOSITION = re.compile(
    rf"\s*(?:\([^()]{{1,40}}\))?\s*(?:,\s*\d{{1,3}}(?=,))?(?:,(?P<role>[^,]{{1,150}}),"
    rf"|\s*[—–]\s*(?P<dashed>[^—–,]{{1,150}}?)\s*[—–])?\s*,?\s*"
    rf"(?:(?:l['’]|le\s+|lui\s+|leur\s+)?(?:(?:a|avait|aurait)\s+)?"
    rf"|(?:has|had|s['’]est|s['’]était)\s+)?"
    rf"{ADVERB}(?:se\s+|s['’])?"
)
# Between a person and the organisation they speak for: "Jane Doe of the Consumer Federation".
OF_ORGANISATION = re.compile(
    r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on))*\s+"
)
# A title after the name that holds commas: ', Executive Vice-President for Clean, Just and
# Competitive Transition, said'.
LONG_APPOSITION = re.compile(
    rf",(?P<role>[^.;:!?«»“”\"]{{1,250}}),\s*"
    rf"(?:(?:a|avait|aurait|has|had|s['’]est|s['’]était)\s+)?{ADVERB}(?:se\s+|s['’])?"
)

# Right after a closing quotation, a reporting clause may use any verb ("», tranche Jean
# Dupont", "», a glissé la ministre", "," Jane Doe quipped, "," countered Jane Doe): the incise
# with the subject inverted, or an English past tense, is what marks it, not the verb's
# meaning. Only there: reported speech without quotation marks keeps the listed verbs.
PAST_TENSE = r"(?-i:[a-z]{3,}ed)"
# The English perfect before the verb of a clause after the quote: "“...,” Jane Doe, the
# commissioner, has said." / "“...,” Jane Doe had told reporters."
PERFECT = r"(?-i:has|had)"
_NOT_VERBS = (
    r"(?:dans|pour|avec|sans|selon|après|avant|depuis|alors|mais|puis|ensuite|sur|sous|chez|"
    r"entre|contre|vers|comme|lors|dont|tandis|parce|afin|ainsi|aussi|encore|même|tout|toute|"
    r"tous|toutes|cette|ces|cet|une|des|les|qui|que|quand|based|compared|published|signed)"
)
_NAME_NEXT = (
    r"(?=(?:-t)?-(?:il|elle)\b|\s+(?-i:[A-ZÀ-Ý])|\s+(?:la|le|les|l['’]|son|sa|un|une)\s"
    r"|\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b)"
)
INCISE_VERB = {
    "fr": rf"(?!{_NOT_VERBS}\b)(?-i:[a-zàâçéèêëîïôûù]{{3,}}){_NAME_NEXT}",
    "en": rf"(?!{_NOT_VERBS}\b){PAST_TENSE}(?=\s+(?-i:[A-Z]))",
}

# Between two verbs of one subject: 'said the fine was too low and added:'.
COORDINATED = re.compile(rf"[^.;:!?]{{0,200}}\s(?:and|et)\s+(?:(?:a|has)\s+)?{ADVERB}$")
# "Jane Doe and John Smith": two people named side by side speak together.
JOINT_AFTER = re.compile(r"[^\S\n]+(?:and|et)[^\S\n]+")
JOINT_BEFORE = re.compile(r"[^\S\n]+(?:and|et)[^\S\n]+$")
# "« ... », a lâché, visiblement agacée, la ministre Clara Chappaz": a short aside in lower case
# between the verb and its subject (a manner, a mood, a day); a name or a quote ends it.
VERB_ASIDE = re.compile(r"[^\S\n]*,(?=[^,]{1,40},)[^,.;:!?«»“”\"A-ZÀ-ÖØ-Þ]{1,40},[^\S\n]*")
_COMMA = re.compile(r"[,;]")
# "le ministre de l'Économie, des Finances et de la Souveraineté industrielle, Bruno Le Maire":
# a minister's portfolios listed over commas are one role (each item opens with "des", "de la").
PORTFOLIO_ITEM = re.compile(r",\s*(?:des|du|de\s+la|de\s+l['’]|d['’]|et\s+(?:des|du|de))\s", re.I)
# "à plusieurs reprises le ministre de l'Intérieur": the role opens at its article.
DETERMINED_ROLE = re.compile(r"\b(?:le|la|un|une)\s+\S.*$")

# A reporting clause that also opens the next quotation: '“A,” Vestager told reporters, adding:
# “B.”', '« A », a déclaré Jean Dupont, ajoutant : « B »', 'and added:', 'avant d'ajouter :'.
# The words before it attribute A.
THEN_COLON = re.compile(
    r"(?:,\s*|\s+)(?:(?:and|before|then|et|puis)\s+|avant\s+d['’]\s*|avant\s+de\s+)?"
    r"(?:(?:has\s+|a\s+)?(?:add|ajout|continu|poursuiv|précis|expliqu|insist|warn)\w*)"
    r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*$",
    re.I,
)

# A relative clause on the speaker, between commas, says nothing of when the words were said:
# "“...,” Dawes, who has led Ofcom since 2020, said on Tuesday" (claim dates: the reporting
# clause only, tests/broad/README.md).
SPEAKER_RELATIVE = re.compile(
    r"(?:,|\s[—–])\s*(?:who|whose|qui|dont)\b[^,;.—–]*(?:,|[—–])", re.I
)


def subject_zone_end(text: str, at: int, end: int) -> int:
    """The subject zone of a reporting clause runs to the first comma or semicolon, past the
    commas of a list of portfolios ('le ministre de la Culture, des Médias et du Sport')."""
    comma = _COMMA.search(text, at, end)
    while comma and PORTFOLIO_ITEM.match(text, comma.start(), end):
        comma = _COMMA.search(text, comma.end(), end)
    return comma.start() if comma else end
