"""False-action hunt (issue 3, session 15): invented news paragraphs full of things that are not
steps by the guidelines (guideline 4: possible next steps, calls, complaints by non-authorities,
the target's own steps, steps aimed at persons; guideline 5: one action per decision), with one
or two real steps inside as positive controls that must still be found.

Mechanisms fixed (each `test_regression_...` class failed before its fix):
- a step asked for in the passive ("demanded that Meta be investigated", "want X to be fined by
  the FTC") or as the demand's object ("demanded an FTC inquiry into TikTok"): actions.yaml
  modality en.negated;
- a step ruled out or put off ("Brussels ruled out a ban", "Bruxelles exclut une interdiction",
  "an order postponing the ban on TikTok", "un décret repoussant l'interdiction"): actions.yaml
  modality negated;
- a step aimed at a person whom a platform's name only describes ("le fondateur de Telegram",
  "Coinbase chief executive X", "une amende à l'influenceuse pour une publicité sur TikTok",
  "A YouTuber was fined"), or a body using it named by its kind ("reprimanded a school for
  sharing photos on TikTok"): person_objects.py;
- a step told in a relative clause on its subject lending its type to the main clause's object
  ("The Garante, which banned ChatGPT in 2023, is now looking at DeepSeek"): target_reach.py.
The traps of the other classes gave no false action before and must stay so.
"""

from __future__ import annotations

import pytest

EC, FTC, OFCOM, ARCOM, CNIL = ("European Commission", "Federal Trade Commission", "Ofcom",
                               "Arcom", "CNIL")
GARANTE, ICO = "Italian Data Protection Authority", "Information Commissioner's Office"

# (paragraph, language, the steps a careful analyst records {(type, actor, targets)})
PASSIVE_CALLS = [
    ("Families of the victims called on the FTC to act against Character.AI. The union "
     "representing content moderators demanded that Meta be investigated. The FTC sued Amazon "
     "on Tuesday.", "en", {("lawsuit", FTC, ("Amazon",))}),
    ("Consumer groups want Temu to be investigated by the European Commission. MEPs urged that "
     "X be fined by the Commission before the summer. The Commission sent a request for "
     "information to Temu on Friday.", "en",
     {("request_for_information", EC, ("Temu",))}),
    ("Lawmakers pressed for TikTok to be sued by the Federal Trade Commission. The FTC opened an "
     "investigation into Snap in March.", "en", {("investigation", FTC, ("Snap",))}),
    # the step as the demand's object
    ("Senators demanded an FTC inquiry into TikTok. Consumer groups petitioned the Competition "
     "and Markets Authority for an investigation into Google. The European Commission demanded "
     "information from Meta and opened an investigation into Temu.", "en",
     {("request_for_information", EC, ("Meta",)), ("investigation", EC, ("Temu",))}),
]
RULED_OUT = [
    ("La Commission européenne n'a pas infligé d'amende à Meta à ce stade. Bruxelles exclut pour "
     "l'instant une interdiction de TikTok. Elle a ouvert une enquête sur Temu le 31 octobre.",
     "fr", {("investigation", EC, ("Temu",))}),
    ("La Commission écarte une enquête sur Snapchat, mais a adressé une demande d'informations "
     "à YouTube.", "fr", {("request_for_information", EC, ("YouTube",))}),
    ("Brussels ruled out a ban on TikTok for now. The European Commission has not ruled out a "
     "fine against Meta. It opened proceedings against AliExpress on Thursday.", "en",
     {("investigation", EC, ("AliExpress",))}),
    # put off
    ("Donald Trump a signé lundi un décret repoussant l'interdiction de TikTok. La CNIL a "
     "infligé une amende à Google en janvier.", "fr", {("fine", CNIL, ("Google",))}),
    ("President Trump signed an executive order postponing the ban on TikTok by 75 days. The "
     "FTC sued Amazon on Tuesday.", "en", {("lawsuit", FTC, ("Amazon",))}),
]
PERSONS = [
    ("Le parquet de Paris a mis en examen le fondateur de Telegram, Pavel Durov. Il lui est "
     "interdit de quitter le territoire. L'Arcom a mis en demeure Kick lundi.", "fr",
     {("order", ARCOM, ("Kick.com",))}),
    ("La DGCCRF a infligé une amende à l'influenceuse pour une publicité diffusée sur TikTok. "
     "L'Arcom a mis en demeure un streamer diffusant sur Kick. La CNIL a infligé une amende à "
     "Google.", "fr", {("fine", CNIL, ("Google",))}),
    ("La Commission européenne a ouvert une enquête sur X. Un internaute a été condamné pour "
     "cyberharcèlement sur Instagram.", "fr", {("investigation", EC, ("X",))}),
    ("The SEC sued Coinbase chief executive Brian Armstrong. A YouTuber was fined by the SEC "
     "for promoting a scheme on YouTube. The FTC sued the founder of Telegram. The FTC sued "
     "Amazon on Monday.", "en", {("lawsuit", FTC, ("Amazon",))}),
    # a body that uses the platform, named by its kind
    ("The ICO reprimanded a school for sharing pupils' photos on TikTok. The ICO reprimanded "
     "Snap over its chatbot on Friday.", "en", {("warning", ICO, ("Snap",))}),
    ("La CNIL a rappelé à l'ordre une mairie qui publiait des données sur Facebook. Elle a "
     "infligé une amende à Google.", "fr", {("fine", CNIL, ("Google",))}),
]
RELATIVES = [
    ("The Italian Garante, which temporarily banned ChatGPT in 2023, is now looking at "
     "DeepSeek.", "en", {("order", GARANTE, ("OpenAI",))}),
    ("La Garante italienne, qui avait bloqué ChatGPT en 2023, examine désormais DeepSeek.",
     "fr", {("order", GARANTE, ("OpenAI",))}),
    ("The CNIL, which fined Google in 2022, said Amazon had complied.", "en",
     {("fine", CNIL, ("Google",))}),
    # a list after the relative pronoun stays the step's; a relative on the step keeps the
    # main clause's target (here a class: no name)
    ("The Commission, which fined Google, Apple and Meta in 2019, said more would come.", "en",
     {("fine", EC, ("Google",)), ("fine", EC, ("Apple",)), ("fine", EC, ("Meta",))}),
    ("The investigation, which Ofcom opened in April, concerns an online suicide forum.", "en",
     {("investigation", OFCOM, ())}),
]
# Traps of the other classes: right before, they must stay so.
TRAPS = [
    # threats and possibilities
    ("Meta risks a fine of up to 6% of its global turnover if the European Commission confirms "
     "its view. The company may be ordered to change its model. On Tuesday the Commission "
     "opened formal proceedings against Meta.", "en", {("investigation", EC, ("Meta",))}),
    ("Shein encourt une sanction de plusieurs millions d'euros si la DGCCRF établit des "
     "pratiques trompeuses. Le site pourrait être déréférencé. Temu risque lui aussi une "
     "suspension en France.", "fr", set()),
    # plans, consultations
    ("The UK government plans to give Ofcom powers to fine app stores. Ministers published a "
     "consultation on the proposals on Monday.", "en", set()),
    ("Le Conseil fédéral envisage de soumettre Google et Meta à des obligations de "
     "transparence. Une consultation sur l'avant-projet sera ouverte au printemps.", "fr", set()),
    # calls, complaints by non-authorities, the company's own steps
    ("Des députés ont demandé à l'Arcom de saisir la justice contre Kick. L'association "
     "e-Enfance appelle la Commission européenne à sanctionner TikTok.", "fr", set()),
    ("Privacy group noyb filed a complaint against OpenAI with Norway's Datatilsynet on "
     "Thursday. Consumer groups lodged complaints against Shein with the European Commission.",
     "en", set()),
    ("L'UFC-Que Choisir a porté plainte contre Temu. La Quadrature du Net a saisi la CNIL "
     "d'une plainte collective contre Meta.", "fr", set()),
    ("Meta said on Wednesday it would appeal the Irish Data Protection Commission's decision. "
     "Apple challenged the fine before the General Court on Monday.", "en", set()),
    ("Amazon a fait appel de la décision de la CNIL devant le Conseil d'État. X a démenti "
     "avoir enfreint le règlement sur les services numériques.", "fr", set()),
    # court rulings on a company's challenge
    ("Le Conseil d'État a rejeté mardi le recours de Google contre l'amende infligée par la "
     "CNIL. La cour d'appel de Paris a annulé la sanction prononcée contre Apple.", "fr", set()),
    ("The Federal Court of Australia dismissed Google's challenge to the ACCC's case. A US "
     "appeals court struck down the FCC's rules.", "en", set()),
    # other industries named with their sector; an internet and telecoms operator sanctioned
    # for its own business is a step (the house gold counts the CNIL's fines of Free Mobile,
    # mist 1093; session 18, kinds: "à l'opérateur Zorvex")
    ("L'Autorité de la concurrence a sanctionné trois banques pour entente. La CNIL a "
     "sanctionné l'opérateur Free Mobile. L'Arcom a mis en demeure Telegram lundi.", "fr",
     {("order", ARCOM, ("Telegram",)), ("fine", CNIL, ("organisation/free-mobile",))}),
    # rumours
    ("The European Commission is preparing to fine Apple, according to people familiar with "
     "the matter. Ofcom is poised to open an investigation into Telegram.", "en", set()),
    ("Selon nos informations, la Commission européenne s'apprête à infliger une amende à X. "
     "L'Arcom serait sur le point de mettre en demeure Kick, selon une source.", "fr", set()),
    # yes/no questions
    ("Will Brussels fine X? Can Ofcom ban Telegram in the UK? Experts doubt it.", "en", set()),
    ("La Commission va-t-elle sanctionner Meta ? Faut-il interdire TikTok ?", "fr", set()),
    # past steps restated as background are steps
    ("Cette décision intervient après la mise en demeure adressée par l'Arcom à Kick en août. "
     "La plateforme conteste.", "fr", {("order", ARCOM, ("Kick.com",))}),
]


def _check(labelled, text, language, steps):
    assert labelled(f"Title\n\n{text}", language) == steps


@pytest.mark.parametrize(("text", "language", "steps"), PASSIVE_CALLS)
def test_regression_passive_call_is_no_step(labelled, text, language, steps):
    _check(labelled, text, language, steps)


@pytest.mark.parametrize(("text", "language", "steps"), RULED_OUT)
def test_regression_ruled_out_step_is_no_step(labelled, text, language, steps):
    _check(labelled, text, language, steps)


@pytest.mark.parametrize(("text", "language", "steps"), PERSONS)
def test_regression_step_against_a_person_is_no_platform_step(labelled, text, language, steps):
    _check(labelled, text, language, steps)


@pytest.mark.parametrize(("text", "language", "steps"), RELATIVES)
def test_regression_relative_clause_step_keeps_its_own_target(labelled, text, language, steps):
    _check(labelled, text, language, steps)


@pytest.mark.parametrize(("text", "language", "steps"), TRAPS)
def test_trap_paragraph_keeps_only_its_real_steps(labelled, text, language, steps):
    _check(labelled, text, language, steps)
