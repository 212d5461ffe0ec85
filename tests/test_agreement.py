"""Scoring facts written elsewhere (`regkg eval --predicted DIR`), and the inter-annotator
agreement it measured in session 17: a second annotator, blind to the first gold, annotated the
held-out sets haze and gale (tests/agreement/; tests/agreement/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regkg.cli import main
from tests.gold_checks import gold_problems, load

TESTS = Path(__file__).resolve().parent
SECOND = TESTS / "agreement"


def _second(name: str) -> list[Path]:
    return sorted((SECOND / name).glob("*.json"))


def _gold_ids(name: str) -> list[str]:
    return [p.stem for p in (TESTS / name / "gold").glob("*.json")]


def _report(capsys: pytest.CaptureFixture[str], gold: Path, predicted: Path) -> dict:
    assert main(["eval", str(gold), "--predicted", str(predicted), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["totals"]


@pytest.mark.parametrize("name", ["haze", "gale"])
def test_every_second_annotation_is_sound_against_its_text(name: str) -> None:
    assert [p.stem for p in _second(name)] == sorted(_gold_ids(name))
    for path in _second(name):
        text, meta, _ = load(TESTS / name, path.stem)
        second = json.loads(path.read_text(encoding="utf-8"))
        assert gold_problems(text, meta, second) == [], path.name


@pytest.mark.parametrize("name", ["haze", "gale"])
def test_two_annotators_agree_on_actions_claims_and_dates(name: str, capsys) -> None:
    """What README "Extraction quality" reports: the gold is reproducible (action F1 0.95 on
    haze, 0.92 on gale; claims 1.00), so the rules' gap on these sets is not convention."""
    totals = _report(capsys, TESTS / name / "gold", SECOND / name)
    assert totals["actions_f1"] >= 0.90
    assert totals["claims_f1"] >= 0.95
    assert totals["date_accuracy"] >= 0.95


def test_a_gold_scored_against_itself_is_perfect(capsys) -> None:
    totals = _report(capsys, TESTS / "haze" / "gold", TESTS / "haze" / "gold")
    assert (totals["actions_f1"], totals["claims_f1"], totals["date_accuracy"]) == (1.0, 1.0, 1.0)


def test_a_missing_prediction_finds_nothing(tmp_path: Path, capsys) -> None:
    (tmp_path / "1111.json").write_bytes((SECOND / "haze" / "1111.json").read_bytes())
    totals = _report(capsys, TESTS / "haze" / "gold", tmp_path)
    assert totals["actions"]["tp"] > 0 and totals["actions_recall"] < 0.2


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe{", "not UTF-8 JSON"),
    (b"{\"actions\": [", "not UTF-8 JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b"{\"actions\": 3}", "'actions' is not a list of objects"),
    (b"{\"claims\": [\"quote\"]}", "'claims' is not a list of objects"),
    (b"{\"claims\": [{\"speaker\": \"A\", \"quote\": 7}]}", "'quote' is not a string"),
])  # fmt: skip
def test_bad_predicted_files_are_refused_with_a_clear_error(tmp_path, capsys, content, message):
    (tmp_path / "1111.json").write_bytes(content)
    assert main(["eval", str(TESTS / "haze" / "gold"), "--predicted", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "1111.json" in error and message in error


def test_a_missing_predicted_directory_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["eval", str(TESTS / "haze" / "gold"), "--predicted", str(tmp_path / "no")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
