"""Steps of invented multi-sentence snippets, written with their expected (type, actor,
jurisdiction, target) before any run (issue 3, A7): actors and targets in the shapes real
reporting uses (described bodies, courts by place, pronouns and bodies named before, sources
and complainants that are no actors, lists, possessives, unnamed targets), English and French,
and hard negatives. A case with a reason is a known gap (strict xfail), with its layer."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
EC, DPC = "European Commission", "Data Protection Commission"
RFI = "request_for_information"


class Case(NamedTuple):
    language: str
    sentences: list[str]
    expected: set[tuple[str, str | None, str, str | None]]
    gap: str | None = None


CASES = [
    Case('en', [
        ("Meta was fined €390 million by its lead EU privacy regulator, Ireland's Data "
         'Protection Commission.'),
    ], {('fine', DPC, 'IE', 'Meta')}),
    Case('en', [
        ('TikTok has been fined €345 million by its lead EU privacy regulator over its '
         "handling of children's data."),
    ], {('fine', DPC, 'IE', 'TikTok')}),  # its lead authority: actions.yaml lead_supervisors
    Case('en', [
        'A Brazilian judge ordered the suspension of X across the country on Friday.',
    ], {('block', None, 'BR', 'X')}),
    Case('en', [
        'A court in New Delhi ordered X to take down the posts within 36 hours.',
    ], {('order', None, 'IN', 'X')}),
    Case('en', [
        'A federal judge in California ordered Google to open its app store to rival stores.',
    ], {('order', None, 'US', 'Google')}),
    Case('en', [
        'Turkey has tightened its grip on social media.',
        "The country's telecoms regulator blocked access to Instagram on Friday.",
    ], {('block', 'Information and Communication Technologies Authority', 'TR', 'Meta')}),
    Case('en', [
        'New Mexico has taken Snap to court.',
        ("The state's attorney general sued Snap on Thursday, accusing it of failing to "
         'protect children.'),
    ], {('lawsuit', 'New Mexico Attorney General', 'US-NM', 'Snap')}),
    Case('en', [
        ("The bloc's executive fined Apple €1.8 billion on Monday for stifling competition "
         'among music streaming services.'),
    ], {('fine', EC, 'EU', 'Apple')}),
    Case('en', [
        ("The EU's competition enforcer opened an investigation into Microsoft's bundling of "
         'Teams.'),
    ], {('investigation', EC, 'EU', 'Microsoft')}),
    Case('en', [
        ("Seoul's antitrust watchdog fined Google 42.1 billion won for blocking rival app "
         'stores.'),
    ], {('fine', 'Korea Fair Trade Commission', 'KR', 'Google')}),
    Case('en', [
        ("The Competition and Markets Authority opened an investigation into Google's ad-tech "
         'business on Tuesday.'),
        'It also ordered the company to preserve its internal documents.',
    ], {
        ('investigation', 'Competition and Markets Authority', 'GB', 'Google'),
        ('order', 'Competition and Markets Authority', 'GB', 'Google'),
    }),
    Case('en', [
        "Ireland's Data Protection Commission fined Meta €1.2 billion on Monday.",
        'The watchdog said Meta had breached the rules.',
        ('The decision requires Meta to bring its data transfers into compliance within five '
         'months.'),
    ], {
        ('fine', DPC, 'IE', 'Meta'),
        ('order', DPC, 'IE', 'Meta'),
    }),
    Case('en', [
        ('The ICO has issued a £12.7 million fine to TikTok for a number of breaches of data '
         'protection law.'),
        'We have also issued an enforcement notice to TikTok requiring it to delete the data.',
    ], {
        ('fine', "Information Commissioner's Office", 'GB', 'TikTok'),
        ('order', "Information Commissioner's Office", 'GB', 'TikTok'),
    }),
    Case('en', [
        ('The privacy commissioners of Canada, Quebec and Alberta jointly found that '
         'Clearview AI broke privacy law.'),
    ], {
        ('investigation', "Commission d'accès à l'information du Québec", 'CA-QC', 'Clearview AI'),
        ('investigation', 'Office of the Information and Privacy Commissioner of Alberta',
         'CA-AB', 'Clearview AI'),
        ('investigation', 'Office of the Privacy Commissioner of Canada', 'CA', 'Clearview AI'),
    }),
    Case('en', [
        ('The European Commission sent requests for information to Meta, TikTok and Snap on '
         'Tuesday.'),
    ], {
        (RFI, EC, 'EU', 'Meta'),
        (RFI, EC, 'EU', 'Snap'),
        (RFI, EC, 'EU', 'TikTok'),
    }),
    Case('en', [
        "The Justice Department sued to break up Google's ad-tech business.",
    ], {('lawsuit', 'US Department of Justice', 'US', 'Google')}),
    Case('en', [
        ('The Commission opened formal proceedings on Thursday to assess whether X breached '
         'the Digital Services Act.'),
    ], {('investigation', EC, 'EU', 'X')}),
    Case('en', [
        'Ofcom opened investigations into seven file-sharing services on Monday.',
    ], {('investigation', 'Ofcom', 'GB', None)}),
    Case('en', [
        "Italy's antitrust authority fined Apple and Google €10 million each.",
    ], {
        ('fine', 'Italian Competition Authority', 'IT', 'Apple'),
        ('fine', 'Italian Competition Authority', 'IT', 'Google'),
    }),
    Case('en', [
        ('The Irish Data Protection Commission fined Meta €265 million after the European '
         'Data Protection Board intervened.'),
    ], {('fine', DPC, 'IE', 'Meta')}),
    Case('en', [
        ('Following a complaint from consumer groups, the Federal Cartel Office opened '
         'proceedings against Amazon.'),
    ], {('investigation', 'Federal Cartel Office', 'DE', 'Amazon')}),
    Case('en', [
        ("Norway's data protection authority banned Meta from behavioural advertising, a step "
         "Meta's lead regulator in Ireland had declined to take."),
    ], {
        ('order', 'Norwegian Data Protection Authority', 'NO', 'Meta'),
    }),
    Case('en', [
        'The Turkish Competition Authority fined Google 2.6 billion lira on Thursday.',
        'It also ordered the company to change its practices within six months.',
    ], {
        ('fine', 'Turkish Competition Authority', 'TR', 'Google'),
        ('order', 'Turkish Competition Authority', 'TR', 'Google'),
    }),
    Case('en', [
        'The Korea Fair Trade Commission fined Google 42 billion won.',
        'The regulator also ordered Google to stop the practice.',
    ], {
        ('fine', 'Korea Fair Trade Commission', 'KR', 'Google'),
        ('order', 'Korea Fair Trade Commission', 'KR', 'Google'),
    }),
    Case('en', [
        ("California's attorney general sued Amazon on Wednesday, accusing it of stifling "
         'competition.'),
    ], {('lawsuit', 'California Attorney General', 'US-CA', 'Amazon')}),
    Case('en', [
        'Texas sued Meta over its facial recognition technology.',
    ], {('lawsuit', 'Texas Attorney General', 'US-TX', 'Meta')}),
    Case('en', [
        "Australia's online safety regulator issued a fine of A$610,500 to X.",
    ], {('fine', 'eSafety Commissioner', 'AU', 'X')}),
    Case('en', [
        "The UK's communications regulator has opened an investigation into 4chan.",
    ], {('investigation', 'Ofcom', 'GB', '4chan')}),
    Case('en', [
        'Uber faces a new penalty in the Netherlands.',
        "The country's privacy regulator fined Uber €290 million on Monday.",
    ], {('fine', 'Dutch Data Protection Authority', 'NL', 'Uber')}),
    Case('en', [
        "India's IT ministry ordered X to block the accounts.",
    ], {('order', 'Ministry of Electronics and Information Technology', 'IN', 'X')}),
    Case('en', [
        'Ofcom and the ICO opened a joint investigation into TikTok.',
    ], {
        ('investigation', "Information Commissioner's Office", 'GB', 'TikTok'),
        ('investigation', 'Ofcom', 'GB', 'TikTok'),
    }),
    Case('en', [
        'EU antitrust regulators fined Google €2.42 billion.',
    ], {('fine', EC, 'EU', 'Google')}),
    Case('en', [
        'The attorneys general of Texas and Florida sued TikTok on Tuesday.',
    ], {
        ('lawsuit', 'Florida Attorney General', 'US-FL', 'TikTok'),
        ('lawsuit', 'Texas Attorney General', 'US-TX', 'TikTok'),
    }),
    Case('en', [
        'The Commission has fined Meta €797 million.',
        ('Meta must also stop tying Facebook Marketplace to its social network, the '
         'Commission said.'),
    ], {
        ('fine', EC, 'EU', 'Meta'),
        ('order', EC, 'EU', 'Meta'),
    }),
    Case('en', [
        'Meta said it would appeal the decision of its lead EU privacy regulator.',
    ], set()),
    Case('en', [
        'The Commission could fine X up to 6% of its global turnover.',
    ], set()),
    Case('en', [
        'TikTok sued the European Commission over its gatekeeper designation.',
    ], set()),
    Case('en', [
        'Consumer groups filed a complaint against Meta with the European Commission.',
    ], set()),
    Case('en', [
        ('The European Data Protection Board said the decision against Meta set an important '
         'precedent.'),
    ], set()),
    Case('en', [
        ("Google's appeal against the €4.1 billion fine was rejected by the General Court on "
         'Wednesday.'),
    ], set()),
    Case('en', [
        'The watchdog closed its investigation into Snap without further action.',
    ], set()),
    Case('en', [
        'Regulators around the world are scrutinising AI chatbots.',
    ], set()),
    Case('fr', [
        ('Le tribunal judiciaire de Paris a ordonné jeudi à X de communiquer ses documents '
         'sur la modération.'),
    ], {('order', None, 'FR', 'X')}),
    Case('fr', [
        'Un juge new-yorkais a ordonné à Meta de conserver les messages.',
    ], set()),
    Case('fr', [
        "Le régulateur turc des télécommunications a bloqué l'accès à Instagram vendredi.",
    ], {('block', 'Information and Communication Technologies Authority', 'TR', 'Meta')}),
    Case('fr', [
        "La Commission européenne a infligé une amende de 1,8 milliard d'euros à Apple.",
        "Elle a en outre enjoint à l'entreprise de mettre fin à ses pratiques.",
    ], {('fine', EC, 'EU', 'Apple'), ('order', EC, 'EU', 'Apple')}),
    Case('fr', [
        "La CNIL a sanctionné Google d'une amende de 150 millions d'euros.",
        'Elle lui a également ordonné de modifier ses bannières de cookies.',
    ], {('fine', 'CNIL', 'FR', 'Google'), ('order', 'CNIL', 'FR', 'Google')}),
    Case('fr', [
        'Le gendarme européen de la concurrence a ouvert une enquête sur Microsoft.',
    ], {('investigation', EC, 'EU', 'Microsoft')}),
    Case('fr', [
        "L'exécutif européen a adressé des demandes d'informations à Meta, TikTok et Snap.",
    ], {
        (RFI, EC, 'EU', 'Meta'),
        (RFI, EC, 'EU', 'Snap'),
        (RFI, EC, 'EU', 'TikTok'),
    }),
    Case('fr', [
        ('Le gendarme coréen de la concurrence a infligé une amende de 177 millions de '
         'dollars à Google.'),
    ], {('fine', 'Korea Fair Trade Commission', 'KR', 'Google')}),
    Case('fr', [
        ("TikTok a écopé d'une amende de 345 millions d'euros infligée par son régulateur "
         "chef de file dans l'UE, la Commission irlandaise de protection des données."),
    ], {('fine', DPC, 'IE', 'TikTok')}),
    Case('fr', [
        'Un juge brésilien a ordonné la suspension de X dans tout le pays.',
    ], {('block', None, 'BR', 'X')}),
    Case('fr', [
        'Un tribunal de New Delhi a ordonné à X de retirer les messages.',
    ], {('order', None, 'IN', 'X')}),
    Case('fr', [
        "Le régulateur britannique des communications, l'Ofcom, a ouvert une enquête sur 4chan.",
    ], {('investigation', 'Ofcom', 'GB', '4chan')}),
    Case('fr', [
        "La DGCCRF a infligé une amende de 40 millions d'euros à Shein.",
        'Elle a en outre enjoint à la plateforme de cesser ses pratiques trompeuses.',
    ], {('fine', 'DGCCRF', 'FR', 'Shein'), ('order', 'DGCCRF', 'FR', 'Shein')}),
    Case('fr', [
        "L'Arcom a mis en demeure cinq sites pornographiques.",
    ], {('order', 'Arcom', 'FR', None)}),
    Case('fr', [
        "Saisie par l'association UFC-Que Choisir, la CNIL a ouvert une enquête sur Shein.",
    ], {('investigation', 'CNIL', 'FR', 'Shein')}),
    Case('fr', [
        ("À la suite d'un signalement de l'Arcom, le parquet de Paris a ouvert une enquête "
         'sur X.'),
    ], {('investigation', "Paris prosecutor's office", 'FR', 'X')}),
    Case('fr', [
        ('La Commission européenne a ouvert une procédure formelle contre TikTok, a indiqué '
         "l'Arcom."),
    ], {('investigation', EC, 'EU', 'TikTok')}),
    Case('fr', [
        ("Le gendarme italien de la vie privée a infligé une amende de 15 millions d'euros à "
         'OpenAI.'),
    ], {('fine', 'Italian Data Protection Authority', 'IT', 'OpenAI')}),
    Case('fr', [
        ('Le régulateur néerlandais de la vie privée a infligé une amende de 290 millions '
         "d'euros à Uber."),
    ], {('fine', 'Dutch Data Protection Authority', 'NL', 'Uber')}),
    Case('fr', [
        'La Cour suprême brésilienne a ordonné le blocage de X.',
    ], {('block', 'Supreme Federal Court', 'BR', 'X')}),
    Case('fr', [
        "Le ministère indien de l'Électronique a ordonné à X de bloquer plusieurs comptes.",
    ], {('order', 'Ministry of Electronics and Information Technology', 'IN', 'X')}),
    Case('fr', [
        ('Les autorités de protection des données française et italienne ont infligé des '
         'amendes à Clearview AI.'),
    ], {
        ('fine', 'CNIL', 'FR', 'Clearview AI'),
        ('fine', 'Italian Data Protection Authority', 'IT', 'Clearview AI'),
    }),
    Case('fr', [
        ("La Commission européenne a ouvert mardi une enquête sur l'activité de publicité en "
         'ligne de Google.'),
    ], {('investigation', EC, 'EU', 'Google')}),
    Case('fr', [
        'Le gendarme américain de la concurrence, la FTC, a poursuivi Amazon en justice.',
    ], {('lawsuit', 'Federal Trade Commission', 'US', 'Amazon')}),
    Case('fr', [
        "Le Nouveau-Mexique s'en prend à Snap.",
        "Le procureur général de l'État a attaqué Snap en justice jeudi.",
    ], {('lawsuit', 'New Mexico Attorney General', 'US-NM', 'Snap')}),
    Case('fr', [
        ('La Turquie durcit le ton contre les réseaux sociaux. Instagram a été bloqué '
         "vendredi par l'autorité des télécommunications."),
    ], {('block', 'Information and Communication Technologies Authority', 'TR', 'Meta')}),
    Case('fr', [
        "Bruxelles a infligé une amende de 500 millions d'euros à Apple.",
    ], {('fine', EC, 'EU', 'Apple')}),
    Case('fr', [
        'Le gendarme coréen de la concurrence a infligé une amende à Google.',
        'Il lui a également ordonné de modifier ses contrats.',
    ], {
        ('fine', 'Korea Fair Trade Commission', 'KR', 'Google'),
        ('order', 'Korea Fair Trade Commission', 'KR', 'Google'),
    }),
    Case('fr', [
        "La Commission a infligé une amende de 200 millions d'euros à Meta.",
        'Elle exige aussi que Meta mette fin au modèle payer ou consentir.',
    ], {
        ('fine', EC, 'EU', 'Meta'),
        ('order', EC, 'EU', 'Meta'),
    }),
    Case('fr', [
        'Les procureurs généraux du Texas et de Floride ont poursuivi TikTok mardi.',
    ], {
        ('lawsuit', 'Florida Attorney General', 'US-FL', 'TikTok'),
        ('lawsuit', 'Texas Attorney General', 'US-TX', 'TikTok'),
    }),
    Case('fr', [
        "Meta a annoncé qu'elle ferait appel de la décision de la CNIL.",
    ], set()),
    Case('fr', [
        "L'Arcom pourrait sanctionner X si la plateforme ne se conforme pas.",
    ], set()),
    Case('fr', [
        "X a attaqué la Commission européenne devant le Tribunal de l'UE.",
    ], set()),
    Case('fr', [
        "L'UFC-Que Choisir a déposé plainte contre Shein auprès de la DGCCRF.",
    ], set()),
    Case('fr', [
        'La CNIL a clôturé la procédure visant Google.',
    ], set()),
    Case('fr', [
        'Le Comité européen de la protection des données a salué la décision contre Meta.',
    ], set()),
    Case('fr', [
        "Les régulateurs du monde entier s'intéressent aux robots conversationnels.",
    ], set()),
    Case('en', [
        'Apple was fined €1.8 billion by the European Commission on Monday.',
        'The EU executive also ordered Apple to remove the anti-steering provisions.',
    ], {('fine', EC, 'EU', 'Apple'), ('order', EC, 'EU', 'Apple')}),
    Case('en', [
        ('In a statement, the Irish Data Protection Commission said it had fined LinkedIn '
         '€310 million.'),
    ], {('fine', DPC, 'IE', 'LinkedIn')}),
    Case('en', [
        'The fine was imposed by the Dutch Data Protection Authority on Clearview AI.',
    ], {('fine', 'Dutch Data Protection Authority', 'NL', 'Clearview AI')}),
    Case('en', [
        "Italy's privacy watchdog Garante said on Friday it had fined OpenAI €15 million.",
    ], {('fine', 'Italian Data Protection Authority', 'IT', 'OpenAI')}),
    Case('en', [
        ("The UK's Information Commissioner's Office fined TikTok £12.7 million, the "
         'regulator said.'),
    ], {('fine', "Information Commissioner's Office", 'GB', 'TikTok')}),
    Case('en', [
        ('Brussels opened proceedings against AliExpress, the Chinese e-commerce marketplace '
         'owned by Alibaba.'),
    ], {('investigation', EC, 'EU', 'AliExpress')}),
    Case('en', [
        "The Commission sent a request for information to Snapchat's parent company, Snap.",
    ], {(RFI, EC, 'EU', 'Snap')}),
    Case('en', [
        'Regulators in South Korea fined Google and Apple on Tuesday.',
    ], {
        ('fine', None, 'KR', 'Apple'),
        ('fine', None, 'KR', 'Google'),
    }),
    Case('en', [
        ('Following a complaint from Epic Games, the Japan Fair Trade Commission ordered '
         'Google to stop the practice.'),
    ], {('order', 'Japan Fair Trade Commission', 'JP', 'Google')}),
    Case('en', [
        ('The lawsuit against Meta, filed by the attorneys general of 33 states, accuses the '
         'company of harming children.'),
    ], set()),
    Case('en', [
        "The CMA said it would investigate Microsoft's partnership with OpenAI.",
    ], set()),
    Case('en', [
        "Amazon said the Luxembourg regulator's €746 million fine was without merit.",
    ], {
        ('fine', 'National Commission for Data Protection', 'LU', 'Amazon'),
    }, "actor: 'the Luxembourg regulator' names no domain: the CNPD only by outside knowledge"),
    Case('fr', [
        ("Amazon a écopé d'une amende de 746 millions d'euros infligée par la CNPD "
         'luxembourgeoise.'),
    ], {('fine', 'National Commission for Data Protection', 'LU', 'Amazon')}),
    Case('fr', [
        "Selon l'Arcom, la Commission européenne a ouvert une enquête sur X.",
    ], {('investigation', EC, 'EU', 'X')}),
    Case('fr', [
        'Le gouvernement brésilien a ordonné à Meta de suspendre son programme.',
    ], {('order', 'Brazilian government', 'BR', 'Meta')}),
    Case('fr', [
        ("La CNIL a mis en demeure la société Clearview AI, puis l'a sanctionnée d'une amende "
         "de 20 millions d'euros."),
    ], {('fine', 'CNIL', 'FR', 'Clearview AI'), ('order', 'CNIL', 'FR', 'Clearview AI')}),
    Case('fr', [
        "L'Ofcom britannique a infligé une amende à 4chan.",
    ], {('fine', 'Ofcom', 'GB', '4chan')}),
    Case('fr', [
        "Saisi par la Commission européenne, le Tribunal de l'UE a rejeté le recours d'Apple.",
    ], set()),
    Case('fr', [
        ("La Commission a infligé à Meta une amende de 798 millions d'euros, a indiqué "
         "l'exécutif européen dans un communiqué."),
    ], {('fine', EC, 'EU', 'Meta')}),
    Case('fr', [
        'Le régulateur australien de la sécurité en ligne a infligé une amende à X.',
    ], {('fine', 'eSafety Commissioner', 'AU', 'X')}),
    Case('fr', [
        'La Corée du Sud a infligé une amende à Google.',
    ], {('fine', 'South Korean government', 'KR', 'Google')}),  # its government (session 13)
    Case('fr', [
        'Meta a de nouveau été sanctionnée.',
        ('Le gendarme irlandais de la vie privée lui a infligé une amende de 390 millions '
         "d'euros."),
    ], {('fine', DPC, 'IE', 'Meta')}),
    Case('fr', [
        'Le Texas a poursuivi Google en justice pour atteinte à la vie privée.',
    ], {('lawsuit', 'Texas Attorney General', 'US-TX', 'Google')}),
    Case('en', [
        ("The watchdog, which regulates Britain's online services, opened an investigation "
         'into 4chan on Tuesday.'),
    ], set()),
    Case('en', [
        'Ofcom said on Tuesday it had opened an investigation into 4chan.',
        'The watchdog also launched a probe into seven file-sharing services.',
    ], {('investigation', 'Ofcom', 'GB', '4chan'), ('investigation', 'Ofcom', 'GB', None)}),
]


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c.gap)) if c.gap else c
    for c in CASES])
def test_snippet_steps(extractor: Extractor, reference: Reference, article_of, case: Case):
    text = "Titre\n\n" + "".join(s + "\n\n" for s in case.sentences)
    article = article_of(text, case.language, D, "Titre")
    found = to_gold(extractor.extract(article), reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} \
        == case.expected
