"""Step frames the cue layer still missed on unseen text (issue 3, session 12, second round,
causes CUE and NOMINAL): inspections told as nouns in a fronted time phrase or with their place
("Lors de contrôles menés en 2020 chez X, la CNIL a constaté", "During inspections conducted
at X's offices, the CMA found"); "placed X under a review"; an order named by its noun that
binds the platform ("The proposed order requires X to", "adopted two decisions requiring X
to"); a notice threatening a consequence and an ultimatum ("a final notice to comply ... or
lose ...") as warnings; the passive of a closure with its agent ("a été fermé par"); a
sanction made public. Traps: the same words for a company's own checks or plans, a possible
step, a law's duties, a founder closing his own site. Invented texts."""

from __future__ import annotations

import pytest

EC, CNIL, CMA = "authority/european-commission", "authority/cnil", "authority/cma"
CAC, FTC, MEITY = "authority/cac", "authority/ftc", "authority/meity"
ADLC, PARIS, ARCOM = ("authority/autorite-de-la-concurrence", "authority/paris-prosecutor",
                      "authority/arcom")
GOOGLE, META, APPLE, AMAZON = ("organisation/google", "organisation/meta",
                               "organisation/apple", "organisation/amazon")
X, TELEGRAM, TIKTOK = "service/x", "service/telegram", "service/tiktok"

# Each text: the step it must yield (among others).
STEPS = [
    # inspections told as nouns, the body in the main clause or the paragraph
    ("Lors de contrôles menés en mai 2021 chez Google, la CNIL a constaté que des cookies "
     "étaient déposés sans consentement.", "fr", ("investigation", CNIL, (GOOGLE,))),
    ("Au cours d'inspections effectuées en 2019 dans les locaux d'Amazon, l'Autorité de la "
     "concurrence a saisi des documents.", "fr", ("investigation", ADLC, (AMAZON,))),
    ("Au cours de vérifications effectuées en 2020 chez Amazon, les inspecteurs de la DGCCRF ont "
     "relevé des anomalies.", "fr", ("investigation", "authority/dgccrf", (AMAZON,))),
    ("During inspections conducted at Google's offices in 2019, the CMA found that the company "
     "had favoured its own services.", "en", ("investigation", CMA, (GOOGLE,))),
    ("In the course of audits carried out on TikTok in 2023, the European Commission seized "
     "internal documents.", "en", ("investigation", EC, (TIKTOK,))),
    ("La CNIL a sanctionné TikTok en 2023. Lors de contrôles menés en 2021, la CNIL a constaté "
     "que la plateforme conservait les données trop longtemps.", "fr",
     ("investigation", CNIL, (TIKTOK,))),
    # placed under a review
    ("The Cyberspace Administration of China placed Alibaba under a cybersecurity review on "
     "July 5, 2021.", "en", ("investigation", CAC, ("organisation/alibaba",))),
    ("The CMA placed Amazon under formal scrutiny in March 2023.", "en",
     ("investigation", CMA, (AMAZON,))),
    # an order named by its noun that binds the platform
    ("The FTC sued Amazon on May 31, 2023. The proposed order requires Amazon to delete the "
     "voice recordings of children.", "en", ("order", FTC, (AMAZON,))),
    ("The FTC settled with Meta on July 24, 2019. The new order bars Meta from misrepresenting "
     "its privacy practices.", "en", ("order", FTC, (META,))),
    ("On March 19, 2025, the European Commission adopted two decisions requiring Apple to open "
     "iOS to rival smartwatches.", "en", ("order", EC, (APPLE,))),
    ("The European Commission adopted a decision spelling out the steps Google must take to "
     "comply with the DMA on 3 June 2025.", "en", ("order", EC, (GOOGLE,))),
    ("La Commission européenne a adopté deux décisions obligeant Apple à ouvrir iOS aux "
     "montres concurrentes le 19 mars 2025.", "fr", ("order", EC, (APPLE,))),
    # a notice threatening a consequence, an ultimatum
    ("The Ministry of Electronics and Information Technology served Twitter a notice "
     "threatening penal action in February 2021.", "en", ("warning", MEITY, (X,))),
    ("In June 2022 the Ministry of Electronics and Information Technology gave Twitter a final "
     "notice to comply with its orders by 4 July or lose its legal immunity.", "en",
     ("warning", MEITY, (X,))),
    ("Ofcom sent Telegram a letter threatening fines of up to 10% of its turnover in May 2024.",
     "en", ("warning", "authority/ofcom", (TELEGRAM,))),
    ("L'Arcom a adressé à TikTok un courrier menaçant de sanctions en mars 2024.", "fr",
     ("warning", ARCOM, (TIKTOK,))),
    # the passive of a block with its agent
    ("Le site Telegram a été fermé mardi par le parquet de Paris.", "fr",
     ("block", PARIS, (TELEGRAM,))),
    # a sanction made public
    ("La CNIL a rendu publique jeudi une sanction de 800 000 euros contre TikTok.", "fr",
     ("fine", CNIL, (TIKTOK,))),
    ("L'Autorité de la concurrence a rendu publique mardi sa sanction de 150 millions d'euros "
     "contre Apple.", "fr", ("fine", ADLC, (APPLE,))),
]


@pytest.mark.parametrize(("text", "language", "step"), STEPS)
def test_a_step_frame_names_the_step(steps_in, text, language, step):
    assert step in steps_in("Titre\n\n" + text, language)


# Each text: exactly these steps (often none).
EXACT = [
    # a company's own checks, inspections of nothing a body did
    ("Les contrôles menés par Google sur ses annonceurs ont été renforcés en 2023.", "fr",
     set()),
    ("Amazon said inspections carried out at its warehouses in 2022 found no safety problem.",
     "en", set()),
    ("Lors de contrôles routiers menés en mai, la police a constaté des excès de vitesse.", "fr",
     set()),
    ("Lors de contrôles menés en 2021, la CNIL a constaté une hausse des plaintes.", "fr", set()),
    # a company placing its own plans under review, a possible review
    ("Meta placed its AI training plans under review in June 2024.", "en", set()),
    ("The Cyberspace Administration of China could place Didi under a cybersecurity review.",
     "en", set()),
    # a law's duties, a draft order, a company's decision
    ("The Digital Markets Act requires Apple to allow rival app stores.", "en", set()),
    ("Apple adopted two decisions requiring developers to update their apps.", "en", set()),
    # a threat by a company, a notice with no consequence
    ("Meta sent publishers a notice threatening to remove news from its feeds.", "en", set()),
    ("X a menacé de quitter le marché brésilien.", "fr", set()),
    # a founder closing his own site, a shop closed, a study made public
    ("Le site Telegram a été fermé mardi par son fondateur.", "fr", set()),
    ("Le magasin Apple de Lyon a été fermé par la direction pour travaux.", "fr", set()),
    ("La CNIL a rendu publique jeudi une étude sur les cookies.", "fr", set()),
    ("During the inspection of its warehouses in 2022, Amazon said the CMA found nothing.", "en",
     set()),
    ("The CMA put its own guidance under review in 2023.", "en", set()),
]


@pytest.mark.parametrize(("text", "language", "steps"), EXACT)
def test_traps_give_only_these_steps(steps_in, text, language, steps):
    assert steps_in("Titre\n\n" + text, language) == steps
