"""The pattern files of data/patterns are read by PyYAML, which keeps the LAST value of a key
written twice and says nothing. Two rounds merged into one file can so silently drop one
round's rules (session 15: `authority_anaphora` held `fr:` and `en:` twice after a merge, and
the dew round's "la municipalité", "the city council" back-references were never loaded).
Every mapping in every pattern file must hold each key once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

PATTERNS = Path(__file__).resolve().parent.parent / "data" / "patterns"


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":  # "<<: *anchor" merges, it is no key
            continue
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} written twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@pytest.mark.parametrize("path", sorted(PATTERNS.glob("*.yaml")), ids=lambda p: p.name)
def test_regression_no_pattern_file_writes_a_key_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506


def test_the_check_refuses_a_key_written_twice() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="written twice"):
        yaml.load("a:\n  fr: x\n  en: y\n  fr: z\n", Loader=_UniqueKeyLoader)  # noqa: S506
