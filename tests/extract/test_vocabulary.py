"""The one loader of the per-language pattern vocabularies (regkg.extract.vocabulary).

A pattern file that cannot be read, lacks a section its module reads, gives words for a
language no one knows or holds a broken regex must say so when it is loaded, naming the file
and the section, not fail deep in extraction or leave a rule silently dead.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from regkg.extract.vocabulary import VocabularyError, vocabulary
from regkg.settings import Settings

GOOD = """\
version: 1
opener:
  en: '\\b(?:for|over)\\b'
  fr: '\\b(?:pour|en\\s+raison)\\b'
buyer:
  en: '(?P<buyer>[A-Z]\\w+)'
frames:
  en:
    - '^under\\s+the\\s+order'
    - '^alongside\\s+the\\s+fine'
months: {january: 1}
"""


def _file(tmp_path: Path, text: str, name: str = "words.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_vocabulary_gives_each_languages_regex_of_a_section(tmp_path: Path) -> None:
    words = vocabulary(_file(tmp_path, GOOD), ("opener", "buyer"))
    assert words.pattern("opener", "fr").search("Pour avoir")  # IGNORECASE by default
    assert words.get("opener", "en") is words.pattern("opener", "en")  # compiled once
    assert words.languages("opener") == {"en", "fr"}


def test_a_file_is_read_once_per_path(tmp_path: Path) -> None:
    path = _file(tmp_path, GOOD)
    assert vocabulary(path, ("opener",)) is vocabulary(path, ("opener",))
    assert vocabulary(path, ("opener",)).data is vocabulary(path, ("buyer",)).data


def test_flags_are_the_callers_a_case_sensitive_name(tmp_path: Path) -> None:
    words = vocabulary(_file(tmp_path, GOOD), ("buyer",))
    assert words.pattern("buyer", "en", 0).search("by adobe") is None
    assert words.pattern("buyer", "en", 0).search("by Adobe")
    assert words.pattern("buyer", "en").search("by adobe")


def test_a_listed_section_gives_one_regex_per_item(tmp_path: Path) -> None:
    words = vocabulary(_file(tmp_path, GOOD), ("frames",))
    frames = words.patterns("frames", "en")
    assert [bool(f.search("Alongside the fine, X must")) for f in frames] == [False, True]
    assert words.patterns("frames", "fr") == ()
    with pytest.raises(VocabularyError, match="lists several regexes"):
        words.get("frames", "en")


def test_a_language_the_section_leaves_out_is_none_or_an_error_or_the_fallback(
        tmp_path: Path) -> None:
    words = vocabulary(_file(tmp_path, GOOD), ("buyer",))
    assert words.get("buyer", "fr") is None
    with pytest.raises(VocabularyError, match=r"words\.yaml: section 'buyer' has no words for "
                                              r"language 'fr'"):
        words.pattern("buyer", "fr")
    assert words.pattern("buyer", "fr", fallback="en") is words.pattern("buyer", "en")


def test_a_sections_source_is_its_words_for_a_shape_of_the_modules_own(tmp_path: Path) -> None:
    words = vocabulary(_file(tmp_path, GOOD), ("opener", "buyer", "frames"))
    assert words.source("opener", "fr") == "\\b(?:pour|en\\s+raison)\\b"
    assert words.source("buyer", "fr") is None
    with pytest.raises(VocabularyError, match="lists several regexes"):
        words.source("frames", "en")


def test_bad_yaml_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = _file(tmp_path, "opener:\n  en: '\\bfor\n  fr: [\n", "broken.yaml")
    with pytest.raises(VocabularyError, match="cannot load pattern file .*broken.yaml"):
        vocabulary(path, ("opener",))


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="cannot load pattern file .*absent.yaml"):
        vocabulary(tmp_path / "absent.yaml")


def test_a_file_that_is_no_mapping_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="holds no mapping"):
        vocabulary(_file(tmp_path, "- en\n- fr\n", "list.yaml"))


def test_a_missing_section_is_an_error_naming_file_and_section(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match=r"words\.yaml lacks section 'owner_sold'"):
        vocabulary(_file(tmp_path, GOOD), ("opener", "owner_sold"))


def test_a_section_asked_for_but_never_checked_is_still_an_error(tmp_path: Path) -> None:
    words = vocabulary(_file(tmp_path, GOOD))
    with pytest.raises(VocabularyError, match="no section 'slot_aside'"):
        words.get("slot_aside", "en")


def test_an_unknown_language_is_an_error_naming_it(tmp_path: Path) -> None:
    path = _file(tmp_path, "opener:\n  en: 'for'\n  fe: 'pour'\n", "typo.yaml")
    with pytest.raises(VocabularyError, match=r"typo\.yaml: section 'opener' gives words for "
                                              r"unknown language\(s\) \['fe'\]"):
        vocabulary(path, ("opener",))


def test_a_broken_regex_is_an_error_naming_its_section(tmp_path: Path) -> None:
    path = _file(tmp_path, "opener:\n  en: '(?:for'\n", "regex.yaml")
    with pytest.raises(VocabularyError, match=r"section 'opener', 'en': bad regex"):
        vocabulary(path, ("opener",))


def test_an_entry_that_is_no_regex_is_an_error(tmp_path: Path) -> None:
    for text in ("opener:\n  en: 3\n", "opener:\n  en: ''\n", "opener:\n  en: []\n",
                 "opener: 'for'\n"):
        path = _file(tmp_path, text, f"entry{len(text)}.yaml")
        with pytest.raises(VocabularyError, match="opener"):
            vocabulary(path, ("opener",))


def test_a_table_missing_or_of_the_wrong_type_is_an_error(tmp_path: Path) -> None:
    path = _file(tmp_path, GOOD)
    assert vocabulary(path, tables={"months": dict}).data["months"] == {"january": 1}
    with pytest.raises(VocabularyError, match=r"lacks \(or mistypes\) \['weekdays'\]"):
        vocabulary(path, tables={"months": dict, "weekdays": dict})
    with pytest.raises(VocabularyError, match=r"\['months'\]"):
        vocabulary(path, tables={"months": list})


def test_the_loaded_entries_cannot_be_changed_by_a_reader(tmp_path: Path) -> None:
    words = vocabulary(_file(tmp_path, GOOD))
    with pytest.raises(TypeError):
        words.data["opener"] = {}  # type: ignore[index]


@pytest.mark.parametrize(("name", "sections"), [
    ("deals.yaml", ("after_block", "buyer_after", "owner_sold")),
    ("conduct.yaml", ("opener", "slot_object", "object_before", "slot_clause",
                      "definite_object", "passive_before", "slot_aside", "owner_after")),
    ("duties.yaml", ("frame", "duty", "payment", "decided", "framed_decided", "pronoun",
                     "not_fact", "court_ruled")),
    ("counted.yaml", ("count", "members", "other_group", "part_before", "definite_before")),
    ("carriers.yaml", ("addressees", "cut_platform")),
    ("staff.yaml", ("calls",)),
    ("suits.yaml", ("relief", "other_defendant", "challenge", "relative_subject")),
    ("pledges.yaml", ("answer_cue", "change_made", "told_after", "closed_case")),
    ("payments.yaml", ("paying_verb", "fine_of", "clause_opener", "group_lead", "group_tail",
                       "apposition_article", "probe_before", "probe_after", "fine_told",
                       "sum_qualifier", "penalty_word", "terms_lead", "terms_noun",
                       "terms_announced")),
])
def test_regression_every_ported_pattern_file_passes_the_loaders_checks(
        name: str, sections: tuple[str, ...]) -> None:
    words = vocabulary(Settings().patterns_dir / name, sections)
    for section in sections:
        for language in words.languages(section):
            assert all(isinstance(p, re.Pattern) for p in words.patterns(section, language))
