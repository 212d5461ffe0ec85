"""Small helpers for the streaming XML writers (lxml.etree.xmlfile). Layer 3."""

from __future__ import annotations

import re
from typing import Any

# Characters XML 1.0 cannot carry (controls other than tab, newline, carriage return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(value: object) -> str:
    """A value as XML-safe text."""
    return _NOT_XML.sub("", str(value))


def token(value: object) -> str:
    """xs:token: XML-safe, whitespace collapsed (labels)."""
    return " ".join(clean(value).split())


def empty(xf: Any, tag: str, attributes: dict[str, str]) -> None:
    """Write an element without content."""
    with xf.element(tag, attributes):
        pass
