"""One lexicon of reporting verbs and of the step verbs they report (issue 3, guideline 6).
Layer 1 (data only; used by `announced_dates`, `clause_dates`, `decision_days` and the modules
that import it for their own verbs of saying).

Wire copy tells an authority's step in reported speech: "The ICO said on Tuesday it had fined
TikTok", "Kominfo a confirmé samedi avoir bloqué Steam", "The CMA said on Friday it had accepted
undertakings". The date modules each kept a list of their own, and the lists drifted apart (one
left out "confirmed", another had no commitment verbs), so a day was read in one module and
lost in the next. The lists live here, once:

- ANNOUNCING: a body making its step known (said, announced, a annoncé, a fait savoir ...);
- CONFIRMING: "confirmed", "a confirmé": the day a step came to light, which is the step's own
  day only when the sayer is the step's actor and reports its own act ("it had", "avoir"), not
  another's ("Google confirmed that the CMA had accepted", "the court confirmed that the CNIL
  had fined": a ruling upholding it);
- REPORTED_VERBS: the backshifted step verb, by the kinds of step it tells, one row a kind, so
  a day is given only to a step of the kind the reported verb names;
- the verbs of saying other modules read (present_states, headline_dates, unstated, slots,
  releases, action_dates, names, lexicon_actors, lexicon_obligations, quoted_today,
  actor_reported_we, shared_subjects, settlements, reported_payments): the English and French
  parts of the above, the verbs a module adds to them (TELLING, REPORTED, DECLARING, NOTING,
  ADDING, the comments, REVEALING, AFFIRMING, the present forms), and the subsets a module
  reads on purpose (INVERTED_ANNOUNCING, EN_SAID_BEFORE_SUBJECT, REPORTING_WORDS), each with
  its reason.
"""

from __future__ import annotations

import re

EN_ANNOUNCING = r"said|says|announced|stated"
FR_SAYING_PARTICIPLES = r"annoncé|indiqué|fait\s+savoir|déclaré|précisé|expliqué"
FR_ANNOUNCING = rf"a\s+(?:{FR_SAYING_PARTICIPLES})|ont\s+(?:{FR_SAYING_PARTICIPLES})"
ANNOUNCING = f"{EN_ANNOUNCING}|{FR_ANNOUNCING}"
EN_CONFIRMING = r"confirmed|confirms"
CONFIRMING = rf"{EN_CONFIRMING}|a\s+confirmé|ont\s+confirmé"
FR_REPORTING_PARTICIPLES = rf"{FR_SAYING_PARTICIPLES}|confirmé"  # after any auxiliary
# The subject after the verb: ", a-t-elle annoncé mardi", ", ont-ils confirmé"; announcing
# only (no confirming) in a saying that closes the sentence (announced_dates).
INVERTED = rf"(?:a|ont)-t-(?:il|elle|ils|elles)\s+(?:{FR_REPORTING_PARTICIPLES})"
INVERTED_ANNOUNCING = rf"(?:a|ont)-t-(?:il|elle|ils|elles)\s+(?:{FR_SAYING_PARTICIPLES})"
# Any saying whose day is the day of the words, not of the step they report: the date rules
# that let such a day yield to the step's own (clause_dates, decision_days).
SAYING = f"{ANNOUNCING}|{CONFIRMING}|{INVERTED}"

# Other verbs of saying, named for the modules that read them beside the above.
# Said to someone: "told reporters on Monday".
TELLING = r"told"
# After an inverted subject any verb is a saying: ", a-t-elle ajouté lundi".
INVERTED_ANY = r"(?:a|ont)-t-(?:il|elle|ils|elles)\s+\w+"
# A saying right before the day of the words, which is not the step's day ("the regulator
# said on Monday", "a confirmé mercredi Roskomnadzor"): present_states, headline_dates.
SAYING_A_DAY = f"{ANNOUNCING}|{CONFIRMING}|{TELLING}|{INVERTED_ANY}"
# Another's report of the step: "Reuters reported on Monday" (headline_dates: a headline's
# day may be the day a newspaper told it).
REPORTED = r"reported"
# A lead that reports another's words is news, not the body's own release, and its day is the
# report's, not the step's (action_dates, releases). "selon laquelle" introduces a complaint's
# content, not a source; "announced" and "a annoncé" alone are how a release tells its own
# step (with "a/ont annoncé" in this list, one release among the 257 dev and test articles
# reads as news).
REPORTING_WORDS = (
    rf"said|says|{TELLING}|{REPORTED}|according\s+to|announced\s+on|d['’]après"
    r"|selon(?!\s+(?:laquelle|lequel|lesquelles|lesquels))"
    r"|(?:a|ont)\s+(?:indiqué|déclaré|affirmé|fait\s+savoir|rapporté)")
# A formal saying: "declared on Friday that it would restrict access" (unstated).
DECLARING = r"declared"
# A remark: "X was fined, Ofcom noted" (lexicon_actors: a source after a passive).
NOTING = r"noted"
# Words said after others: "“...”, Jane Doe added" (names: a person before the verb).
ADDING = r"added"
# Comments and quotations, words said in one's own name: "she added", "he insisted", "a
# souligné", "a estimé" (quoted_today, lexicon_obligations).
EN_COMMENTING = (rf"{ADDING}|adds|wrote|explained|{NOTING}|insisted|argued|argues|claimed"
                 rf"|{DECLARING}")
FR_COMMENTING_PARTICIPLES = r"dit|affirmé|ajouté|souligné|assuré|estimé|martelé|écrit|rappelé"
FR_COMMENTING_PRESENT = r"souligne|ajoute|affirme|écrit"
# A saying its subject follows in English: ', said the ICO', ', added Ofcom'. Not "told" (the
# listener follows it) nor "confirmed" (actor_reported_we).
EN_SAID_BEFORE_SUBJECT = f"{EN_ANNOUNCING}|{EN_COMMENTING}"
# The present of a release or a lead: "the FTC announces", "annonce la CNIL", "précise-t-elle"
# (reported_payments).
EN_ANNOUNCES = r"announces"
FR_SAYING_PRESENT = r"annonce|indique|déclare|précise|explique|confirme"
# Making known: "revealed on Friday it had fined", "a révélé jeudi avoir sanctionné" (slots).
REVEALING = r"revealed|disclosed|indicated|(?:a|ont)\s+révélé"
# An assertion: "a affirmé lundi" (releases). Not the English "affirmed": a court upholding.
AFFIRMING = r"(?:a|ont)\s+affirmé"

# The reported verb, by the kinds of step it tells.
REPORTED_VERBS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"fine", "sanction"}),
     r"fined|penalised|penalized|imposed|levied|issued|slapped|sanctionnée?s?|infligé|condamnée?s?"
     r"|prononcé|imposé"),
    (frozenset({"investigation"}),
     r"opened|launched|started|began|begun|commenced|initiated|ouvert|lancé|engagé"
     r"|sent\s+preliminary|preliminarily\s+found|provisionally\s+found"
     # widening a probe is a new step of it: "annoncé mercredi avoir élargi son enquête"
     r"|widened|expanded|extended|broadened|élargi|étendu"),
    (frozenset({"order", "block", "warning"}),
     r"ordered|barred|directed|instructed|told|banned|blocked|suspended|issued|ordonné|enjoint"
     r"|mis|interdit|bloqué|suspendu|sommé|warned|averti|prononcé|adressé"
     # blocking in part: "said on Tuesday it had restricted access to Discord"
     r"|restricted|throttled|slowed|limited|restreint|limité|ralenti"),
    # "qu'elle avait engagé des poursuites", "avoir intenté une action", "had taken legal action"
    (frozenset({"lawsuit"}), r"sued|filed|brought|launched|taken|assigné|poursuivi|saisi|engagé"
     r"|intenté|introduit|déposé"),
    (frozenset({"request_for_information"}),
     r"asked|requested|sent|demandé|adressé|envoyé"),
    # commitments a body takes on or makes binding: "said it had accepted undertakings",
    # "a annoncé avoir accepté les engagements", "qu'elle avait rendu contraignants"
    (frozenset({"commitment"}),
     r"accepted|approved|secured|obtained|made|accepté|approuvé|obtenu|rendu"),
)

# A reporting clause closing the sentence: ", campaigners said", ", said X", ", ont indiqué
# des associations", "selon X". Used where the sentence names no
# body: its speaker is then not the body unless a word for it ("the regulator", "it",
# "l'autorité") (consequence_sentences, further_terms).
_REPORTED_BY = re.compile(
    rf",\s+(?:(?P<before>[^,;]{{1,80}}?)\s+(?:{EN_SAID_BEFORE_SUBJECT})\b[^,;]{{0,40}}"
    rf"|(?:{EN_SAID_BEFORE_SUBJECT})\s+(?P<after>[^,;]{{1,80}})"
    rf"|(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:{FR_REPORTING_PARTICIPLES}|"
    rf"{FR_COMMENTING_PARTICIPLES})\s+(?P<fr>[^,;]{{1,80}})"
    rf"|selon\s+(?P<selon>[^,;]{{1,80}}))\.?\s*$", re.IGNORECASE)
_THE_BODY = re.compile(
    r"^(?:(?:the|le|la|l['’])\s*)?(?:regulator|watchdog|authority|agency|commission|it|"
    r"régulateur|autorité|gendarme|elle|il)\s*$", re.IGNORECASE)


def reported_by_others(text: str) -> bool:
    """A closing reporting clause whose speaker is not a word for the body."""
    clause = _REPORTED_BY.search(text)
    if clause is None:
        return False
    speaker = next(g for g in clause.groups() if g is not None).strip()
    return _THE_BODY.match(speaker) is None
