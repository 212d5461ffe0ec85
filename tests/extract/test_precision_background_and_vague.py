"""More hard negatives and stated steps (task P9), written with their answers before measuring:
laws still to come (bills, proposals, drafts, a ban that "takes effect", consultations: guideline
4 annotates the enactment or formal launch of a law, not its coming into force or its draft),
comparisons with other bodies or countries, steps asked of a body or expected of it, and vague
contact ("in contact with", "monitoring", "taken note of"). The stated steps are told in the
past of another clause, by a source, or as background; a step of another body may be recorded
(the text states it), never as the sentence's main body's.
"""

from __future__ import annotations

import pytest

EN_LAWS_TO_COME = [
    'The ban would take effect in January.',
    "The law, which takes effect in 2025, will require platforms to verify users' ages.",
    'The government has proposed a law that would ban social media for under-16s.',
    "Australia's ban on social media for under-16s takes effect in December.",
    'Senators proposed legislation to ban TikTok.',
    'Under the settlement, Meta will pay $725 million to users.',
    'A bill introduced in Congress would force ByteDance to sell TikTok.',
    'The proposed ban on TikTok has been criticised by free-speech groups.',
    'The draft law would allow the regulator to block non-compliant sites.',
    'The bill, if passed, would ban TikTok on all devices.',
    'The consultation on the draft guidance closes in March.',
    'Ofcom is consulting on new rules that would require platforms to tackle illegal content.',
]
FR_LAWS_TO_COME = [
    "Le projet de loi prévoit d'interdire les réseaux sociaux aux moins de 15 ans.",
    'La proposition de loi visant à interdire TikTok aux mineurs sera examinée en juin.',
    "L'interdiction, qui entrera en vigueur en 2025, concernera toutes les plateformes.",
    'Des sénateurs ont déposé une proposition de loi pour interdire TikTok.',
    "Le texte permettrait à l'Arcom de bloquer les sites non conformes.",
    "Une interdiction de TikTok est à l'étude.",
    "L'Arcom a lancé une consultation publique sur son projet de référentiel.",
]
EN_COMPARISONS = [
    'Like Ofcom, the ICO has yet to fine TikTok.',
    'The move mirrors steps taken in the US, where several states have banned TikTok on '
    'government devices.',
    'X could become the first company fined under the DSA.',
    "If upheld, the fine would be the largest in the regulator's history.",
    'The penalty is lower than the maximum of 4% of global turnover.',
    'Reuters reported that the Commission was preparing to fine Apple.',
    'Apple is expected to be fined by the Commission next week.',
    'TikTok is likely to face an investigation by Ofcom.',
    'The ICO may yet decide to fine Snap.',
    'The Commission has been asked by MEPs to investigate Temu.',
    'Ofcom was urged by campaigners to ban the site.',
    'The FTC was criticised for failing to fine Meta.',
]
FR_COMPARISONS = [
    "À l'instar de l'Arcom, la CNIL n'a pas encore sanctionné TikTok.",
    'X pourrait devenir la première entreprise sanctionnée au titre du DSA.',
    "Si elle est confirmée, l'amende serait la plus élevée de l'histoire du régulateur.",
    'Apple devrait être sanctionné par la Commission la semaine prochaine.',
    "Le Monde rapporte que la Commission s'apprête à sanctionner Apple.",
    'La CNIL a été saisie par des associations pour enquêter sur Temu.',
    "L'Arcom a été critiquée pour ne pas avoir sanctionné X.",
    'La Commission est appelée par des eurodéputés à ouvrir une enquête sur Temu.',
]
EN_VAGUE = [
    'The Commission is closely monitoring the situation on X.',
    'Ofcom said it was in contact with the platform.',
    'The regulator is assessing the information provided by TikTok.',
    'The DPC said it was engaging with Meta on the issue.',
    'eSafety is in discussions with X about the posts.',
    "The Commission will monitor TikTok's compliance closely.",
    'The ICO said it was aware of the reports about Snapchat.',
    "The Commission said it had taken note of Meta's announcement.",
    "Ofcom welcomed TikTok's decision to remove the feature.",
    'The FTC declined to comment on whether it was investigating Amazon.',
    'The CMA did not respond to a request for comment about Google.',
    'A spokesperson for the Commission said it was following the case closely.',
]
FR_VAGUE = [
    'La CNIL suit attentivement la situation.',
    'La Commission est en contact étroit avec TikTok.',
    "L'Arcom a pris acte de l'annonce de X.",
    'La Commission a salué la décision de TikTok de retirer la fonctionnalité.',
    "La CNIL n'a pas souhaité commenter les informations sur Google.",
    'Un porte-parole de la Commission a indiqué suivre le dossier de près.',
    'La Commission surveillera de près le respect par TikTok de ses engagements.',
]
STATED_STEPS = [
    ('Meta, which is already under investigation by the Commission, said it would cooperate.',
     'en', set(), {('investigation', 'European Commission')}),
    ('The Commission has been investigating Meta since 2023.',
     'en', {('investigation', 'European Commission')}, set()),
    ('TikTok is the subject of an inquiry by the Irish Data Protection Commission.',
     'en', {('investigation', 'Data Protection Commission')}, set()),
    ("Italy's Garante temporarily banned ChatGPT in 2023.",
     'en', set(), {('block', 'Italian Data Protection Authority'),
                   ('order', 'Italian Data Protection Authority')}),
    ('Google will pay $391.5 million to settle with 40 states over its location tracking.',
     'en', set(), {('fine', None)}),
    ("Meta, qui fait déjà l'objet d'une enquête de la Commission, a promis de coopérer.",
     'fr', set(), {('investigation', 'European Commission')}),
    ('The ruling follows a similar decision by the French regulator, which fined Google €150 '
     'million in 2019.',
     'en', set(), {('fine', 'CNIL'), ('fine', 'French Competition Authority'), ('fine', None)}),
    ('Apple, which was fined by the Dutch regulator last year, said it would comply.',
     'en', set(), {('fine', None)}),
    ('Other regulators, including the CNIL, have already fined Google.',
     'en', set(), {('fine', 'CNIL')}),
    ('The decision comes after the Commission opened proceedings against X in December 2023.',
     'en', {('investigation', 'European Commission')}, set()),
    ('Reuters reported that the Commission had fined Apple €500 million.',
     'en', {('fine', 'European Commission')}, set()),
    ("Cette décision intervient après l'amende de 150 millions d'euros infligée à Google par "
     "l'Autorité de la concurrence en 2019.",
     'fr', set(), {('fine', 'French Competition Authority')}),
    ("D'autres régulateurs, dont la CNIL, ont déjà sanctionné Google.",
     'fr', set(), {('fine', 'CNIL'), ('sanction', 'CNIL')}),
    ('Le Monde affirme que la CNIL a ouvert une enquête sur Temu.',
     'fr', {('investigation', 'CNIL')}, set()),
]

FINES = ("fine", "sanction")


def _same(step: tuple[str, str], wanted: tuple[str, str | None]) -> bool:
    kinds = FINES if wanted[0] in FINES else (wanted[0],)
    return step[0] in kinds and wanted[1] in (None, step[1])


NEGATIVES = ([(t, "en") for t in EN_LAWS_TO_COME + EN_COMPARISONS + EN_VAGUE]
             + [(t, "fr") for t in FR_LAWS_TO_COME + FR_COMPARISONS + FR_VAGUE])


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_no_step_is_recorded(labelled, text, language):
    assert labelled(f"Title\n\n{text}", language) == set()


@pytest.mark.parametrize(("text", "language", "required", "allowed"), STATED_STEPS)
def test_the_stated_step_and_no_other(labelled, text, language, required, allowed):
    found = {(kind, actor) for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert all(any(_same(step, want) for step in found) for want in required), found
    assert all(any(_same(step, ok) for ok in required | allowed) for step in found), found
