"""Near-positives of tests/extract/test_precision_rumours_and_others.py (task P9): steps taken,
told beside a denied predicate of the same subject ("did not wait for the ruling and fined"), a
source ("people familiar with the matter said"), another actor's reaction or call, a preliminary
view (guideline 4: preliminary findings, a statement of objections, a "communication des griefs"
are an `investigation`), or a body's demand in the subjunctive ("La Commission exige que TikTok
cesse de", an order; the same words from MPs or as a minister's wish are no step). Invented
sentences written with their answers before measuring.
"""

from __future__ import annotations

import pytest

EC, CNIL, ARCOM, DPC = "European Commission", "CNIL", "Arcom", "Data Protection Commission"
FTC, ICO, CMA = "Federal Trade Commission", "Information Commissioner's Office", \
    "Competition and Markets Authority"
FINES = ("fine", "sanction")  # "a sanctionné" names a sanction of no stated kind

# (text, language, steps required: {(type, actor)}, steps also allowed)
CASES: list[tuple[str, str, set[tuple[str, str]], set[tuple[str, str]]]] = [
    ("The European Commission has sent a statement of objections to Meta over its classified "
     "ads service.", "en", {("investigation", EC)}, set()),
    ("The Commission informed Apple of its preliminary view that its App Store rules breach the "
     "Digital Markets Act.", "en", {("investigation", EC)}, set()),
    ("The Commission has preliminarily found TikTok in breach of the Digital Services Act.", "en",
     {("investigation", EC)}, set()),
    ("Ofcom has issued a provisional notice of contravention to 4chan.", "en",
     {("investigation", "Ofcom")}, set()),
    ("The European Commission fined Apple €500 million, people familiar with the matter said.",
     "en", {("fine", EC)}, set()),
    ("The Commission has ordered Meta to stop, people close to the case said.", "en",
     {("order", EC)}, set()),
    ("Ofcom has opened an investigation into 4chan, according to a statement published on its "
     "website.", "en", {("investigation", "Ofcom")}, set()),
    ("The Commission fined Meta €797 million on Thursday, a decision the German minister "
     "welcomed.", "en", {("fine", EC)}, set()),
    ("The ICO fined TikTok £12.7 million, a penalty the company said it would appeal.", "en",
     {("fine", ICO)}, set()),
    ("The Irish Data Protection Commission fined LinkedIn €310 million; the company said it "
     "would challenge the decision in court.", "en", {("fine", DPC)}, set()),
    ("Ofcom, which had never fined a platform before, imposed a £1 million penalty on 4chan.",
     "en", {("fine", "Ofcom")}, set()),
    ("The FTC sued Meta on Tuesday, a move the company vowed to fight.", "en",
     {("lawsuit", FTC)}, set()),
    ("The CMA has opened an investigation into Google, after MPs urged it to act.", "en",
     {("investigation", CMA)}, set()),
    ("The General Court upheld the €2.4 billion fine the Commission imposed on Google in 2017.",
     "en", set(), {("fine", EC)}),
    ("The CNIL fined Google €150 million, unlike the Irish regulator, which has not acted.", "en",
     {("fine", CNIL)}, set()),
    ("The Commission did not wait for the court's ruling and fined Apple €1.8 billion.", "en",
     {("fine", EC)}, set()),
    ("Ofcom did not name the platform but fined 4chan £50,000.", "en", {("fine", "Ofcom")},
     set()),
    ("Ofcom did not fine 4chan but warned it that it would open an investigation.", "en",
     {("warning", "Ofcom")}, set()),
    ("The Commission has fined Apple and ordered it to change its rules.", "en",
     {("fine", EC), ("order", EC)}, set()),
    ("The Commission opened formal proceedings against X, which could face fines of up to 6% of "
     "its turnover.", "en", {("investigation", EC)}, set()),
    ("Ofcom has fined 4chan £20,000 and said it would impose a daily penalty if the site failed "
     "to respond.", "en", {("fine", "Ofcom")}, {("warning", "Ofcom")}),
    ("The OPC found that Aylo had contravened privacy law by failing to obtain consent.", "en",
     {("investigation", "Office of the Privacy Commissioner of Canada")}, set()),
    ("The ICO found that TikTok had not obtained parental consent and had breached the law.",
     "en", {("investigation", ICO)}, set()),
    ("La Commission européenne a adressé une communication des griefs à Microsoft.", "fr",
     {("investigation", EC)}, set()),
    ("La Commission a informé Meta de ses conclusions préliminaires selon lesquelles son modèle "
     "enfreint le DMA.", "fr", {("investigation", EC)}, set()),
    ("Selon Reuters, la Commission a ouvert une enquête sur Temu.", "fr",
     {("investigation", EC)}, set()),
    ("La CNIL a infligé une amende de 150 millions d'euros à Google, une décision saluée par le "
     "ministre.", "fr", {("fine", CNIL)}, set()),
    ("L'Arcom, qui n'avait jamais sanctionné de plateforme, a infligé une amende de 5 millions "
     "d'euros à TikTok.", "fr", {("fine", ARCOM)}, set()),
    ("L'Arcom a mis en demeure X, qui n'a pas répondu.", "fr", {("order", ARCOM)}, set()),
    ("La Commission a ouvert une enquête sur Temu, ce que le ministre a salué.", "fr",
     {("investigation", EC)}, set()),
    ("La CNIL a infligé une amende à Amazon, sans toutefois ordonner la suspension du service.",
     "fr", {("fine", CNIL)}, set()),
    ("Le Tribunal a confirmé l'amende de 2,4 milliards d'euros infligée à Google par la "
     "Commission en 2017.", "fr", set(), {("fine", EC)}),
    ("La Commission exige que TikTok cesse de proposer le programme de récompenses.", "fr",
     {("order", EC)}, set()),
    ("L'Arcom exige qu'X retire les contenus sous 48 heures.", "fr", {("order", ARCOM)}, set()),
    ("La Commission a infligé une amende à Meta et exige que l'entreprise mette fin au modèle.",
     "fr", {("fine", EC), ("order", EC)}, set()),
    ("L'Arcom a mis en demeure Pornhub, après que plusieurs associations l'ont appelée à agir.",
     "fr", {("order", ARCOM)}, set()),
    ("La CNIL a ouvert lundi une enquête sur Shein et rendra ses conclusions à l'automne.", "fr",
     {("investigation", CNIL)}, set()),
    ("La Commission a rendu contraignants les engagements de TikTok, sans infliger d'amende.",
     "fr", {("commitment", EC)}, set()),
    ("Meta a été condamnée à une amende de 797 millions d'euros par la Commission, une décision "
     "qu'elle conteste.", "fr", {("fine", EC)}, set()),
    ("La DGCCRF a infligé une amende de 40 millions d'euros à Shein, selon un communiqué publié "
     "lundi.", "fr", {("fine", "DGCCRF")}, set()),
    ("La CNIL n'a pas attendu la décision du juge et a sanctionné Google.", "fr",
     {("fine", CNIL)}, set()),
    ("La CNIL n'a pas infligé d'amende à Google mais l'a mise en demeure de se conformer.", "fr",
     {("order", CNIL)}, set()),
    ("Sans attendre la décision du tribunal, la CNIL a sanctionné Google.", "fr",
     {("fine", CNIL)}, set()),
    ("La CNIL a constaté que TikTok n'avait pas respecté ses obligations.", "fr",
     {("investigation", CNIL)}, set()),
    # second batch: a step told after denials or rumours, and idioms of a step taken at once
    ("In 2019, the FTC fined Facebook $5 billion, the largest penalty ever.", "en",
     {("fine", FTC)}, set()),
    ("The Commission, which denied reports of an imminent fine last month, fined Apple €500 "
     "million on Monday.", "en", {("fine", EC)}, set()),
    ("Despite rumours to the contrary, Ofcom opened an investigation into 4chan on Tuesday.", "en",
     {("investigation", "Ofcom")}, set()),
    ("After months of speculation, the Commission fined Apple €1.8 billion.", "en",
     {("fine", EC)}, set()),
    ("Unlike the CNIL, the Irish DPC did not fine Google.", "en", set(), {("fine", CNIL)}),
    ("Apple has challenged the Commission's €1.8 billion fine in court.", "en", set(),
     {("fine", EC)}),
    ("The regulator did not wait for the court: Ofcom fined 4chan £20,000 on Monday.", "en",
     {("fine", "Ofcom")}, set()),
    ("The Commission did not hesitate to open proceedings against Meta.", "en",
     {("investigation", EC)}, set()),
    ("Ofcom wasted no time in fining 4chan.", "en", {("fine", "Ofcom")}, set()),
    ("Roskomnadzor blocked Instagram on Monday.", "en", {("block", "Roskomnadzor")}, set()),
    ("Apple conteste l'amende de 1,8 milliard d'euros infligée par la Commission.", "fr", set(),
     {("fine", EC)}),
    ("En 2019, la CNIL avait infligé une amende de 50 millions d'euros à Google.", "fr",
     {("fine", CNIL)}, set()),
    ("La Commission, qui avait démenti toute sanction imminente, a infligé lundi une amende de "
     "500 millions d'euros à Apple.", "fr", {("fine", EC)}, set()),
    ("Malgré les démentis, la CNIL a sanctionné Google.", "fr", {("fine", CNIL)}, set()),
    ("La CNIL n'a pas hésité à sanctionner Google.", "fr", {("fine", CNIL)}, set()),
    ("L'Arcom a suspendu TikTok en Nouvelle-Calédonie.", "fr", {("block", ARCOM)}, set()),
    # third batch: a closing that states the opening (corpus 005), a release's boilerplate
    # about a step it announces, a headline in the present
    ("With this decision, the Commission is also closing the formal proceedings opened against "
     "TikTok on 22 April.", "en", {("investigation", EC)}, set()),
    ("La CNIL a clôturé la procédure ouverte contre Criteo en 2022.", "fr",
     {("investigation", CNIL)}, set()),
    ("Ofcom has concluded its investigation into 4chan and fined it £20,000.", "en",
     {("fine", "Ofcom")}, set()),
    ("The opening of formal proceedings does not prejudge its outcome.", "en", set(),
     {("investigation", EC)}),
    ("L'ouverture d'une procédure formelle ne préjuge pas de son issue.", "fr", set(),
     {("investigation", EC)}),
    ("EU opens probe into Temu", "en", {("investigation", EC)}, set()),
    ("According to sources, the Commission opened an investigation into Temu.", "en",
     {("investigation", EC)}, set()),
    ("The Commission ordered Meta to stop sharing data.", "en", {("order", EC)}, set()),
]


def _same(step: tuple[str, str], wanted: tuple[str, str]) -> bool:
    kinds = FINES if wanted[0] in FINES else (wanted[0],)
    return step[0] in kinds and step[1] == wanted[1]


@pytest.mark.parametrize(("text", "language", "required", "allowed"), CASES)
def test_the_step_taken_is_kept(labelled, text, language, required, allowed):
    found = {(kind, actor) for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert all(any(_same(step, want) for step in found) for want in required), found
    assert all(any(_same(step, ok) for ok in required | allowed) for step in found), found
