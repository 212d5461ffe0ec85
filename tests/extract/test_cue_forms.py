"""Cue forms the rules missed on unseen text (issue 3, session 12, cause CUE): a day, a date,
a duration or an adverb between a cue's parts ("lui a demandé le 17 janvier dernier de",
"a restreint pendant plusieurs jours l'accès à", "se sont par ailleurs vu enjoindre", "asked
Meta on 17 January to hand over"); a light verb and a step noun ("sent X a Wells notice",
"filed five counts against X"); participles ("ayant accepté de", "having agreed to");
"porter l'affaire devant" a court; "asked X to" by an authority; designations ("declared X a
company of paramount significance"); "declared binding commitments". Traps: the same words
with no step of a body against a platform, or with another slot. Invented texts."""

from __future__ import annotations

import pytest

EC, CNIL, CMA, DPC = ("authority/european-commission", "authority/cnil", "authority/cma",
                      "authority/irish-dpc")
ADLC, BKARTA, GARANTE = ("authority/autorite-de-la-concurrence", "authority/bundeskartellamt",
                         "authority/garante")
TR_GOV, BR_GOV, SEC = ("authority/turkish-government", "authority/brazilian-government",
                       "authority/sec")
GOOGLE, META, APPLE, AMAZON = ("organisation/google", "organisation/meta",
                               "organisation/apple", "organisation/amazon")
MICROSOFT, OPENAI, TIKTOK = "organisation/microsoft", "organisation/openai", "service/tiktok"

# Each text: the step it must yield (among others).
STEPS = [
    # inserts between the parts of a cue
    ("TikTok s'est par ailleurs vu infliger une amende de 5 millions d'euros par la CNIL en "
     "2023.", "fr", ("fine", CNIL, (TIKTOK,))),
    ("Google et Meta se sont en outre vu enjoindre par la CNIL de cesser le dépôt de cookies.",
     "fr", ("order", CNIL, (META,))),
    ("La Commission européenne a ouvert une enquête sur TikTok en février 2024 et lui a "
     "demandé le 3 mars dernier de lui transmettre des documents internes.", "fr",
     ("request_for_information", EC, (TIKTOK,))),
    ("Le gouvernement turc a restreint pendant neuf jours l'accès à Instagram en août 2024.",
     "fr", ("block", TR_GOV, ("service/instagram",))),
    ("Le gouvernement brésilien a restreint durant quelques heures l'accès à Telegram en avril "
     "2023.", "fr", ("block", BR_GOV, ("service/telegram",))),
    ("The European Commission asked Meta on 17 January to hand over internal documents about "
     "its recommender system.", "en", ("request_for_information", EC, (META,))),
    # a light verb and a step noun
    ("The Securities and Exchange Commission sent Coinbase a Wells notice in March 2023.", "en",
     ("investigation", SEC, ("organisation/coinbase",))),
    ("The SEC served Binance with a Wells notice in 2022.", "en",
     ("investigation", SEC, ("organisation/binance",))),
    ("The New Mexico Attorney General filed five counts against Meta in December 2023.", "en",
     ("lawsuit", "authority/new-mexico-attorney-general", (META,))),
    # participles of a platform's commitment, after the authority's step
    ("La Garante a ouvert une enquête sur OpenAI en 2023. Elle l'a close en mai 2024, OpenAI "
     "ayant accepté d'ajouter un formulaire d'opposition.", "fr",
     ("commitment", OPENAI, (OPENAI,))),
    ("L'Autorité de la concurrence a ouvert une enquête sur Google en 2021. Elle a clos la "
     "procédure en juin 2022, Google s'étant engagé à négocier avec les éditeurs.", "fr",
     ("commitment", GOOGLE, (GOOGLE,))),
    # the case taken before a court
    ("Le Commissariat à la protection de la vie privée a porté l'affaire devant la Cour "
     "fédérale contre Facebook en février 2020.", "fr",
     ("lawsuit", "authority/opc-canada", ("service/facebook",))),
    # an authority asking a named platform to act
    ("The Irish Data Protection Commission asked Meta to delay the plan in June 2024.", "en",
     ("statement", DPC, (META,))),
    ("The eSafety Commissioner asked X to take down the video of the stabbing in April 2024.",
     "en", ("statement", "authority/esafety-commissioner", ("service/x",))),
    # designations that close an examination
    ("The Bundeskartellamt declared Microsoft a company of paramount significance for "
     "competition across markets in September 2024.", "en",
     ("investigation", BKARTA, (MICROSOFT,))),
    ("The Bundeskartellamt designated Apple an undertaking of paramount significance for "
     "competition in April 2023.", "en", ("investigation", BKARTA, (APPLE,))),
    ("Le Bundeskartellamt a désigné Apple comme entreprise d'importance primordiale pour la "
     "concurrence en avril 2023.", "fr", ("investigation", BKARTA, (APPLE,))),
    # commitments declared binding
    ("The CMA declared binding commitments under which Google must change its Privacy Sandbox "
     "in February 2022.", "en", ("commitment", CMA, (GOOGLE,))),
    ("L'Autorité de la concurrence a déclaré obligatoires des engagements par lesquels Google "
     "s'engage à négocier avec les éditeurs.", "fr", ("commitment", ADLC, (GOOGLE,))),
]


@pytest.mark.parametrize(("text", "language", "step"), STEPS)
def test_a_cue_form_names_the_step(steps_in, text, language, step):
    assert step in steps_in("Titre\n\n" + text, language)


# Each text: exactly these steps (often none).
EXACT = [
    # a platform or a ministry asking another body
    ("Meta asked the European Commission to clarify the rules.", "en", set()),
    ("Meta asked Ofcom to delay the consultation.", "en", set()),
    ("The ministry asked the court to block Telegram.", "en", set()),
    ("The Irish Data Protection Commission said Meta had asked it to delay the decision.", "en",
     set()),
    ("Google asked developers to update their apps.", "en", set()),
    ("The FTC asked for comments on the rule.", "en", set()),
    # information asked for stays a request, not a statement
    ("The European Commission asked Meta to provide information on its recommender systems.",
     "en", {("request_for_information", EC, (META,))}),
    ("La CNIL a demandé à TikTok, le 3 mars, de lui transmettre des documents.", "fr",
     {("request_for_information", CNIL, (TIKTOK,))}),
    # a company's appeal, a possible Wells notice, a refusal, a plan
    ("Meta a porté l'affaire devant la Cour de justice de l'Union européenne.", "fr", set()),
    ("X brought the case to the Supreme Court to challenge the order.", "en", set()),
    ("The SEC could send Kraken a Wells notice.", "en", set()),
    ("La Garante a ouvert une enquête sur OpenAI en 2023. Elle l'a close en mai 2024, OpenAI "
     "ayant refusé d'ajouter un formulaire.", "fr", {("investigation", GARANTE, (OPENAI,))}),
    ("The CMA said it would declare binding commitments under which Google must change Chrome.",
     "en", set()),
    # a declaration that is no designation; a duration before something other than access
    ("Apple declared the ruling a disappointment for consumers.", "en", set()),
    ("TikTok declared Kenya a priority market.", "en", set()),
    ("Le gouvernement a restreint pendant plusieurs jours la circulation dans la capitale.",
     "fr", set()),
]


@pytest.mark.parametrize(("text", "language", "steps"), EXACT)
def test_traps_give_only_these_steps(steps_in, text, language, steps):
    assert steps_in("Titre\n\n" + text, language) == steps


def test_regression_a_call_inside_the_conduct_a_fine_punishes_is_no_statement(steps_in):
    # "for pressing game developers not to release" (the company's conduct) was a statement of
    # the fining body with no target: the press cue ends on the space after its gerund.
    text = ("Titre\n\nThe Korea Fair Trade Commission fined Google for pressing game developers "
            "not to release titles on rival stores.")
    assert steps_in(text, "en") == {("fine", "authority/kftc", (GOOGLE,))}
