"""A SPARQL lexer that finds what a request must be refused for, before any evaluation. Layer 4.

Oxigraph has an HTTP client and evaluates ``SERVICE`` by calling out, and it parses queries
recursively; so the endpoint looks at the query text first, with a lexer that follows the
SPARQL 1.1 terminals (IRIs, strings, comments, variables, prefixed names), after the codepoint
escapes (``\\u0053ERVICE``) that the SPARQL grammar resolves before parsing:

- the operation: a query form (SELECT/ASK/CONSTRUCT/DESCRIBE) or an update keyword;
- ``SERVICE`` anywhere (a keyword token, not a word inside a string, IRI or comment);
- ``FROM`` / ``FROM NAMED`` graph IRIs (prefixed names resolved);
- the deepest nesting of ``{ ( [``.

A keyword is recognised only as a bare word token, so ``?service``, ``ex:SERVICE``,
``"SERVICE"`` and ``<http://x/SERVICE>`` are not ``SERVICE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

# Order matters: longest / most specific first. Strings allow escapes; IRIREF excludes spaces.
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*)?:(?:[\w\-.%:\\\u00B7-\uFFFF]*))
  | (?P<bnode>_:[\w\-.\u00B7-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | (?P<punct>\^\^|&&|\|\||!=|<=|>=|[.,;*/+\-=<>!|^@?$])
    """,
    re.VERBOSE,
)


class QueryTextError(ValueError):
    """The text cannot be a SPARQL query (unterminated string, stray character)."""


class TooDeep(QueryTextError):
    """Brackets nested deeper than the endpoint accepts."""


@dataclass
class QueryInfo:
    operation: str | None = None  # "SELECT", ..., an update keyword, or None if none found
    service: bool = False
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    depth: int = 0
    select_star: bool = False  # SELECT * (or SELECT DISTINCT/REDUCED *)
    variables: list[str] = field(default_factory=list)  # names in order of first appearance

    @property
    def is_update(self) -> bool:
        return self.operation in UPDATE_KEYWORDS

    @property
    def has_dataset(self) -> bool:
        return bool(self.from_graphs or self.from_named)


def unescape(text: str) -> str:
    """Resolve \\uXXXX and \\UXXXXXXXX as the SPARQL grammar does before parsing."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def inspect(text: str, max_depth: int = 64) -> QueryInfo:
    """What the query does, without evaluating it; TooDeep past `max_depth` nested brackets."""
    tokens = _tokens(unescape(text))
    info = QueryInfo()
    _measure_depth(info, tokens, max_depth)
    info.variables = list(dict.fromkeys(value[1:] for kind, value in tokens if kind == "var"))
    for position in range(len(tokens)):
        _note_token(info, tokens, position)
    _note_datasets(info, tokens)
    return info


def _measure_depth(info: QueryInfo, tokens: list[tuple[str, str]], max_depth: int) -> None:
    depth = 0
    for kind, _ in tokens:
        if kind == "open":
            depth += 1
            info.depth = max(info.depth, depth)
            if depth > max_depth:
                raise TooDeep(f"the query nests brackets deeper than {max_depth} levels")
        elif kind == "close":
            depth -= 1


def _note_token(info: QueryInfo, tokens: list[tuple[str, str]], position: int) -> None:
    """The query form, SELECT * and SERVICE, as the token at `position` shows them."""
    kind, value = tokens[position]
    upper = value.upper() if kind == "word" else ""
    if upper == "SELECT" and info.operation is None:
        following = [v for _, v in tokens[position + 1:position + 3]]
        modified = bool(following) and following[0].upper() in ("DISTINCT", "REDUCED")
        info.select_star = following[:1] == ["*"] or (modified and following[1:] == ["*"])
    if info.operation is None and (upper in QUERY_FORMS or upper in UPDATE_KEYWORDS):
        info.operation = upper
    if upper == "SERVICE":
        info.service = True


def _note_datasets(info: QueryInfo, tokens: list[tuple[str, str]]) -> None:
    """FROM and FROM NAMED graphs, their prefixed names resolved by the PREFIX declarations."""
    prefixes: dict[str, str] = {}
    state = ""  # "prefix" after PREFIX, "iri:<name>" after its name, "from"/"named" after FROM
    for kind, value in tokens:
        upper = value.upper() if kind == "word" else ""
        if state == "prefix" and kind == "pname":
            state = "iri:" + value.split(":", 1)[0]
            continue
        if state.startswith("iri:") and kind == "iri":
            prefixes[state[4:]] = value[1:-1]
        elif state == "from" and upper == "NAMED":
            state = "named"
            continue
        elif state in ("from", "named") and kind in ("iri", "pname"):
            target = info.from_graphs if state == "from" else info.from_named
            target.append(_resolve(kind, value, prefixes))
        state = {"PREFIX": "prefix", "FROM": "from"}.get(upper, "")


def _resolve(kind: str, value: str, prefixes: dict[str, str]) -> str:
    if kind == "iri":
        return value[1:-1]
    prefix, _, local = value.partition(":")
    return prefixes.get(prefix, prefix + ":") + local


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    position = 0
    length = len(text)
    while position < length:
        match = _TOKEN.match(text, position)
        if match is None:
            raise QueryTextError(f"unexpected character {text[position]!r} at offset {position}")
        kind = match.lastgroup or ""
        if kind not in ("ws", "comment"):
            out.append((kind, match.group()))
        position = match.end()
    return out
