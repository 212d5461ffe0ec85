"""Restated findings, provisional fines and probes given to a body's own staff (issue 3, session
13, fold family; guideline 4): invented sentences, none copied from a dev set.

- a final finding ("found that", "a conclu que") with no day of its own that restates the grounds
  of a fine the same body imposed on the same company in another sentence is the fine's reasons,
  not an investigation of its own (guideline 4 counts only preliminary or non-sanctioning final
  findings; in the tuning and dev golds, 21 such restated findings beside a fine and none
  annotated; the findings annotated beside a fine carry their own earlier day);
- a provisional or proposed fine is no fine; the "notice of intent" stating it is the probe's
  step, quoted or not;
- a body ordering its own Director General, investigators or "services d'instruction" to
  investigate, with a day of its own, opens a probe; told with no company, it is the body's
  probe of the company of its findings (background_openings, staff_probes).
Each `test_regression_` case failed before the fix; each `test_trap_` case must keep its result.
"""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow

FIXED: list[Case] = [
    # --- a final finding restating the grounds of the body's fine told in another sentence
    ("The ICO fined TikTok £12.7m on Tuesday. The regulator concluded that the app had breached "
     "data protection law by using the data of children under 13.", "en",
     [("fine", "authority/ico", "GB", ("service/tiktok",))]),
    ("The Federal Trade Commission fined Amazon $25 million on Wednesday. The agency found that "
     "Amazon had violated the children's privacy law.", "en",
     [("fine", "authority/ftc", "US", ("organisation/amazon",))]),
    ("Spain's AEPD fined Google €10 million on Thursday. The authority determined that Google "
     "had breached the GDPR by transferring data to third parties.", "en",
     [("fine", "authority/aepd", "ES", ("organisation/google",))]),
    ("Italy's AGCM fined Apple €10 million on 26 November 2024. The watchdog found that Apple "
     "had breached the consumer code by misleading iPhone owners.", "en",
     [("fine", "authority/agcm", "IT", ("organisation/apple",))]),
    ("The KFTC fined Google 42 billion won on Tuesday. The commission concluded that Google had "
     "violated competition law in the app market.", "en",
     [("fine", "authority/kftc", "KR", ("organisation/google",))]),
    ("The Irish DPC fined Meta €265 million on Monday. In its decision, the DPC found that Meta "
     "had failed to protect users' phone numbers from scraping.", "en",
     [("fine", "authority/irish-dpc", "IE", ("organisation/meta",))]),
    ("The Competition Commission of India found that Google breached competition law in the "
     "Android market. The commission fined Google ₹1,337 crore on Thursday.", "en",
     [("fine", "authority/cci", "IN", ("organisation/google",))]),
    ("La CNIL a infligé mardi une amende de 60 millions d'euros à Microsoft. La formation "
     "restreinte a constaté que Microsoft avait enfreint la loi sur les cookies.",
     "fr", [("fine", "authority/cnil", "FR", ("organisation/microsoft",))]),
    ("L'Autorité de la concurrence a infligé jeudi une amende de 150 millions d'euros à Apple. "
     "L'Autorité a conclu que le dispositif de transparence publicitaire d'Apple violait "
     "le droit de la concurrence.", "fr",
     [("fine", "authority/autorite-de-la-concurrence", "FR", ("organisation/apple",))]),
    ("L'AGCM italienne a infligé lundi une amende de 10 millions d'euros à TikTok. L'autorité "
     "a établi que la plateforme n'avait pas contrôlé la diffusion de contenus dangereux.", "fr",
     [("fine", "authority/agcm", "IT", ("service/tiktok",))]),
    ("La KFTC a infligé mercredi une amende de 42 milliards de wons à Google. La commission a "
     "conclu que Google avait enfreint le droit de la concurrence.", "fr",
     [("fine", "authority/kftc", "KR", ("organisation/google",))]),
    ("Le CADE brésilien a infligé vendredi une amende à Apple. Le CADE a constaté qu'Apple "
     "avait enfreint le droit de la concurrence brésilien.", "fr",
     [("fine", "authority/cade", "BR", ("organisation/apple",))]),
    ("La CNIL a conclu que Criteo n'avait pas vérifié le consentement des internautes. Elle a "
     "infligé mardi une amende de 40 millions d'euros à Criteo.", "fr",
     [("fine", "authority/cnil", "FR", ("organisation/criteo",))]),
    # --- a provisional or proposed fine is no fine; the notice stating it is the probe's step
    ("The ICO issued TikTok with a 'notice of intent' on Monday, setting out a provisional fine "
     "of £27 million.", "en", [("investigation", "authority/ico", "GB", ("service/tiktok",))]),
    # --- the body sends its own investigators: a dated opening with no company named takes the
    # company of the body's probe
    ("The Competition Commission of India fined Meta ₹213 crore on Monday. The commission found "
     "that the update breached the Competition Act. It had ordered its Director General to "
     "investigate the policy in March 2021.", "en",
     [("fine", "authority/cci", "IN", ("organisation/meta",)),
      ("investigation", "authority/cci", "IN", ("organisation/meta",))]),
    ("Indonesia's KPPU fined Google 202.5 billion rupiah on Tuesday. The commission found that "
     "Google had forced developers to use its billing system. In June 2022, the KPPU directed "
     "its investigators to examine the billing rules.", "en",
     [("fine", "authority/kppu", "ID", ("organisation/google",)),
      ("investigation", "authority/kppu", "ID", ("organisation/google",))]),
    ("The Competition Commission of Pakistan fined Google on Friday. The commission found that "
     "Google had tied its services. It had directed its enforcement department to probe the "
     "practice in January 2023.", "en",
     [("fine", "authority/competition-commission-of-pakistan", "PK", ("organisation/google",)),
      ("investigation", "authority/competition-commission-of-pakistan", "PK",
       ("organisation/google",))]),
    ("Le Bundeskartellamt a infligé lundi une amende à Meta. L'office a conclu que la mise à "
     "jour enfreignait le droit de la concurrence. Il avait ordonné à ses enquêteurs "
     "d'enquêter sur cette politique en mars 2021.", "fr",
     [("fine", "authority/bundeskartellamt", "DE", ("organisation/meta",)),
      ("investigation", "authority/bundeskartellamt", "DE", ("organisation/meta",))]),
    ("L'Autorité de la concurrence a infligé jeudi une amende à Google. L'Autorité a constaté "
     "que Google avait favorisé ses propres services. Elle avait chargé ses services "
     "d'instruction d'enquêter sur ces pratiques en juin 2019.", "fr",
     [("fine", "authority/autorite-de-la-concurrence", "FR", ("organisation/google",)),
      ("investigation", "authority/autorite-de-la-concurrence", "FR",
       ("organisation/google",))]),
    ("En mars 2020, la KFTC avait chargé ses enquêteurs d'examiner ces pratiques. La KFTC a "
     "infligé mercredi une amende à Google. Elle a conclu que Google avait abusé de sa "
     "position.", "fr",
     [("fine", "authority/kftc", "KR", ("organisation/google",)),
      ("investigation", "authority/kftc", "KR", ("organisation/google",))]),
    # --- more bodies and wordings
    ("Australia's ACCC fined Google A$60 million on Friday. The regulator found that Google had "
     "breached the Australian Consumer Law by misleading users about location data.", "en",
     [("fine", "authority/accc", "AU", ("organisation/google",))]),
    ("Italy's Garante fined Replika's developer Luka €5 million on Monday. The Garante concluded "
     "that Luka had violated the GDPR.", "en",
     [("fine", "authority/garante", "IT", ("organisation/luka",))]),
    ("Spain's CNMC fined Apple and Amazon €194 million on Tuesday. The CNMC determined that "
     "Apple had breached competition law.", "en",
     [("fine", "authority/cnmc", "ES", ("organisation/amazon",)),
      ("fine", "authority/cnmc", "ES", ("organisation/apple",))]),
    ("Hungary's GVH fined Facebook on Thursday. The GVH found that Facebook had breached consumer "
     "law by calling its service free.", "en",
     [("fine", "authority/gvh", "HU", ("service/facebook",))]),
    ("Ofcom fined 4chan £20,000 on Monday. Ofcom found that 4chan had breached the Online Safety "
     "Act by failing to protect its users.", "en",
     [("fine", "authority/ofcom", "GB", ("service/4chan",))]),
    ("La CNIL a infligé jeudi une amende de 150 millions d'euros à Shein. Elle a constaté que "
     "Shein avait violé les règles sur les cookies.", "fr",
     [("fine", "authority/cnil", "FR", ("service/shein",))]),
    ("L'ACM néerlandaise a infligé mardi une amende à Apple. L'ACM a conclu qu'Apple avait "
     "enfreint le droit de la concurrence.", "fr",
     [("fine", "authority/acm", "NL", ("organisation/apple",))]),
    ("Le Garante italien a infligé vendredi une amende de 15 millions d'euros à OpenAI. Le "
     "Garante a établi qu'OpenAI avait violé le RGPD.", "fr",
     [("fine", "authority/garante", "IT", ("organisation/openai",))]),
    ("Le Bundeskartellamt a établi qu'Amazon avait enfreint le droit de la concurrence. Il a "
     "infligé mercredi une amende à Amazon.", "fr",
     [("fine", "authority/bundeskartellamt", "DE", ("organisation/amazon",))]),
    ("The JFTC fined Google on Tuesday. It had instructed its investigators to look into the "
     "search deals in October 2023.", "en",
     [("fine", "authority/jftc", "JP", ("organisation/google",)),
      ("investigation", "authority/jftc", "JP", ("organisation/google",))]),
    ("La CNMC a infligé mardi une amende à Amazon. En juillet 2021, l'autorité avait chargé ses "
     "services d'instruction d'examiner ces accords.", "fr",
     [("fine", "authority/cnmc", "ES", ("organisation/amazon",)),
      ("investigation", "authority/cnmc", "ES", ("organisation/amazon",))]),
]
TRAPS: list[Case] = [
    # a notice of intent or provisional notice stays the probe's step
    ("The ICO issued Snap with a \"notice of intent\" on Friday over its chatbot.", "en",
     [("investigation", "authority/ico", "GB", ("organisation/snap",))]),
    ("Ofcom sent 4chan a provisional notice on Tuesday, with a proposed penalty of £20,000.",
     "en", [("investigation", "authority/ofcom", "GB", ("service/4chan",))]),
    # preliminary findings are a step of their own (guideline 4)
    ("The ICO fined TikTok £12.7m on Tuesday. The ICO provisionally found that Snap's chatbot "
     "breached the law.", "en",
     [("fine", "authority/ico", "GB", ("service/tiktok",)),
      ("investigation", "authority/ico", "GB", ("organisation/snap",))]),
    ("La CNIL a infligé mardi une amende à Google. La CNIL a constaté à titre préliminaire que "
     "Google enfreignait le RGPD.", "fr",
     [("fine", "authority/cnil", "FR", ("organisation/google",)),
      ("investigation", "authority/cnil", "FR", ("organisation/google",))]),
    # findings with a day of their own: an earlier step (tests/reserve, frost: checks in 2020)
    ("La CNIL a infligé mardi une amende à Google. Lors de contrôles menés en mars 2020, la CNIL "
     "a constaté que des cookies étaient déposés sans consentement sur google.fr.", "fr",
     [("fine", "authority/cnil", "FR", ("organisation/google",)),
      ("investigation", "authority/cnil", "FR", ("organisation/google",))]),
    # another body's findings
    ("The ICO fined TikTok £12.7m on Tuesday. Ofcom found that TikTok had breached the "
     "Online Safety Act.", "en",
     [("fine", "authority/ico", "GB", ("service/tiktok",)),
      ("investigation", "authority/ofcom", "GB", ("service/tiktok",))]),
    # findings on another company
    ("La CNIL a infligé mardi une amende à Google. La CNIL a conclu que Criteo avait enfreint "
     "le RGPD.", "fr",
     [("fine", "authority/cnil", "FR", ("organisation/google",)),
      ("investigation", "authority/cnil", "FR", ("organisation/criteo",))]),
    # findings in the fine's own sentence: the probe the fine closes stays (tests/blind 108)
    ("Italy's Garante said on Friday it had fined OpenAI €15 million after an investigation "
     "found that OpenAI had processed data without a legal basis.", "en",
     [("fine", "authority/garante", "IT", ("organisation/openai",)),
      ("investigation", "authority/garante", "IT", ("organisation/openai",))]),
    # findings with an order only: the order sanctions no findings
    ("The OAIC found that Clearview AI breached Australians' privacy. It ordered Clearview AI to "
     "delete the images.", "en",
     [("investigation", "authority/oaic", "AU", ("organisation/clearview-ai",)),
      ("order", "authority/oaic", "AU", ("organisation/clearview-ai",))]),
    # a final fine stays a fine
    ("The ICO issued TikTok with a fine of £12.7m on Tuesday.", "en",
     [("fine", "authority/ico", "GB", ("service/tiktok",))]),
    ("The ICO issued TikTok with a penalty notice on Tuesday, fining it £12.7 million.", "en",
     [("fine", "authority/ico", "GB", ("service/tiktok",))]),
    # staff asked by someone else, a plan, no date, a staff order with the company named (one step)
    ("The minister asked the CCI's Director General to investigate the policy in March 2021.",
     "en", []),
    ("The Competition Commission of India fined Meta on Monday. It could order its Director "
     "General to investigate the policy in 2025.", "en",
     [("fine", "authority/cci", "IN", ("organisation/meta",))]),
    ("The Competition Commission of India fined Meta on Monday. It had ordered its Director "
     "General to investigate the policy after complaints.", "en",
     [("fine", "authority/cci", "IN", ("organisation/meta",))]),
    ("The Competition Commission of India ordered its Director General to investigate "
     "WhatsApp's privacy policy in March 2021.", "en",
     [("investigation", "authority/cci", "IN", ("service/whatsapp",))]),
    ("La CNIL a infligé mardi une amende à Google. Le gouvernement avait demandé à son "
     "directeur général d'enquêter sur ces pratiques en mars 2021.", "fr",
     [("fine", "authority/cnil", "FR", ("organisation/google",))]),
    # two companies fined: the staff probe's company is left open
    ("The Competition Commission of India fined Meta and Google on Monday. It had ordered its "
     "Director General to investigate the practices in March 2021.", "en",
     [("fine", "authority/cci", "IN", ("organisation/google",)),
      ("fine", "authority/cci", "IN", ("organisation/meta",))]),
]


@pytest.mark.parametrize(("text", "language", "expected"), FIXED, ids=case_ids(FIXED))
def test_regression_restated_findings_provisional_fines_and_staff_probes(
        extractor, article_of, text, language, expected):
    assert steps_of(extractor, article_of, text, language) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), TRAPS, ids=case_ids(TRAPS))
def test_trap_findings_and_fines_keep_their_steps(extractor, article_of, text, language,
                                                  expected):
    assert steps_of(extractor, article_of, text, language) == sorted(expected)
