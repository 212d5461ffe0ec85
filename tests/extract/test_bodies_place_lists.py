"""Bodies named as one plural description and a list of places ("the data protection
authorities of France, Italy and Spain", "the federal, Quebec, British Columbia and Alberta
privacy commissioners", "les autorités de la concurrence française et allemande"): one body per
place, the domain's body there (issue 3, P6; extract/place_lists.py). Invented sentences in the
style of joint releases and wire reports; hard negatives where no list of bodies is named."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.place_lists import PlaceListMention

D = dt.date(2023, 3, 1)
OPC, CAI = "authority/opc-canada", "authority/cai-quebec"
BC, AB = "authority/oipc-bc", "authority/oipc-alberta"
CNIL, GARANTE, AEPD = "authority/cnil", "authority/garante", "authority/aepd"
ADLC, BKARTA = "authority/autorite-de-la-concurrence", "authority/bundeskartellamt"
CANADA = {OPC, CAI, BC, AB}
TX, FL, UT = ("authority/texas-attorney-general", "authority/florida-attorney-general",
              "authority/utah-attorney-general")


@pytest.fixture
def actors(factual_steps):
    run = factual_steps(D)

    def of(text: str, language: str) -> set[object]:
        return {f[1] for f in run(text, language)}

    return of


@pytest.mark.parametrize(("text", "language", "bodies"), [
    # places after the description, "fédéral" the country of the provinces
    ("Les commissaires à la protection de la vie privée fédéral, du Québec, de la "
     "Colombie-Britannique et de l'Alberta ont annoncé aujourd'hui l'ouverture d'une enquête "
     "conjointe sur TikTok.", "fr", CANADA),
    ("The privacy commissioners of Canada, Quebec, British Columbia and Alberta have opened "
     "a joint investigation into TikTok.", "en", CANADA),
    ("The data protection authorities of France, Italy and Spain opened investigations into "
     "Replika.", "en", {CNIL, GARANTE, AEPD}),
    ("Les autorités de protection des données de France, d'Italie et d'Espagne ont ouvert une "
     "enquête sur Replika.", "fr", {CNIL, GARANTE, AEPD}),
    ("EU data protection authorities in Ireland and Luxembourg opened investigations into "
     "Meta.", "en", {"authority/irish-dpc", "authority/cnpd-luxembourg"}),
    # English places and demonyms before the description
    ("The federal, Quebec, British Columbia and Alberta privacy commissioners have launched a "
     "joint investigation into TikTok.", "en", CANADA),
    ("The French, Italian and Spanish data protection authorities opened investigations into "
     "Replika.", "en", {CNIL, GARANTE, AEPD}),
    ("The French and German competition authorities fined Google.", "en", {ADLC, BKARTA}),
    # French demonyms after the domain, or between the head and the domain
    ("Les autorités de la concurrence française et allemande ont ouvert une enquête sur "
     "Google.", "fr", {ADLC, BKARTA}),
    ("Les autorités française et allemande de la concurrence ont infligé une amende à "
     "Google.", "fr", {ADLC, BKARTA}),
    ("Les autorités de protection des données française, italienne et espagnole ont ouvert "
     "une enquête sur Replika.", "fr", {CNIL, GARANTE, AEPD}),
    # a body before the list is coordinated with it
    ("The CNIL and the data protection authorities of Italy and Spain opened investigations "
     "into Replika.", "en", {CNIL, GARANTE, AEPD}),
    # no domain: each place's one regulator
    ("Les régulateurs du Québec et de l'Alberta ont ouvert une enquête sur TikTok.", "fr",
     {CAI, AB}),
    # a name split by its acronym, among named bodies
    ("Le Commissariat à la protection de la vie privée du Canada (CPVP), la Commission d'accès "
     "à l'information du Québec (CAI), le Commissariat à l'information et à la protection de "
     "la vie privée (CIPVP) de la Colombie-Britannique et le CIPVP de l'Alberta ont lancé "
     "aujourd'hui une enquête conjointe sur TikTok.", "fr", CANADA),
    ("The Office of the Information and Privacy Commissioner (OIPC) of British Columbia "
     "opened an investigation into TikTok.", "en", {BC}),
    ("The data protection authority of Italy fined Replika.", "en", {GARANTE}),
    # officers named by their office: each state's attorney general
    ("The attorneys general of Texas, Florida and Utah sued TikTok.", "en", {TX, FL, UT}),
    ("Attorneys general from New Mexico and Utah filed lawsuits against Snap.", "en",
     {"authority/new-mexico-attorney-general", UT}),
    ("Les procureurs généraux du Texas et de l'Utah ont poursuivi TikTok en justice.", "fr",
     {TX, UT}),
    ("The attorney general of Texas sued TikTok.", "en", {TX}),
])
def test_regression_a_plural_description_and_places_name_one_body_each(
        actors, text, language, bodies):
    assert actors(text, language) == bodies


def test_regression_a_joint_step_with_a_list_of_bodies_is_each_partners(actors):
    """"une enquête conjointe menée avec les commissaires ... du Québec et de l'Alberta": the
    partners of the list and the body the text reports (joint.py)."""
    text = ("Le Commissariat à la protection de la vie privée du Canada a publié ses conclusions "
            "sur TikTok. Au terme d'une enquête conjointe menée avec les commissaires à la "
            "protection de la vie privée du Québec et de l'Alberta, le Commissariat a conclu que "
            "TikTok avait enfreint la loi.")
    assert actors(text, "fr") == {OPC, CAI, AB}


def test_a_place_whose_body_is_unknown_names_nobody_and_the_others_still_act(actors):
    """Germany's data protection bodies are the Länder's: the list names the Garante only,
    and Germany is not taken for its government."""
    assert actors("The data protection authorities of Italy and Germany fined Replika.",
                  "en") == {GARANTE}


@pytest.mark.parametrize(("text", "language", "bodies"), [
    # no list of places: the bodies of a place, not its government nor one body
    ("The data protection authorities of the EU opened investigations into Replika.", "en",
     set()),
    # laws and users of places, not bodies
    ("Under the privacy laws of Canada, Quebec and Alberta, TikTok must answer complaints.",
     "en", set()),
    ("TikTok users in France, Italy and Spain filed complaints, and the CNIL opened an "
     "investigation into TikTok.", "en", {CNIL}),
    # addressees of a letter, not actors
    ("Meta wrote to the data protection authorities of France, Italy and Spain before the "
     "CNIL opened an investigation into Meta.", "en", {CNIL}),
])
def test_hard_negatives_name_no_body_of_the_places(actors, text, language, bodies):
    assert actors(text, language) == bodies


def test_a_singular_body_before_places_is_no_list(extractor: Extractor):
    """"The regulator of France, with support from Italy and Spain": one body, no list."""
    text = ("The regulator of France, with support from Italy and Spain, opened an "
            "investigation into Replika.")
    mentions = extractor.gazetteer.find(text, "en")
    assert {m.key for m in mentions} >= {"jurisdiction/IT", "jurisdiction/ES"}
    assert extractor.linker.place_lists(text, mentions, extractor.patterns.of("en")) == []


def test_regression_places_of_a_list_are_coordinated_through_its_words(
        extractor: Extractor, patterns):
    """The words between two places of a list join their bodies, and only those words."""
    from regkg.extract.linking import counterpart_coordinated

    lp = patterns.of("fr")
    later = PlaceListMention(CAI, "Québec", 10, 16, gap_before=", du ", first=False)
    assert counterpart_coordinated(", du ", later, lp)
    assert not counterpart_coordinated(", avec le ministre du ", later, lp)
