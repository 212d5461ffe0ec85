"""Media types and format names of the endpoint, as tables, and content negotiation. Layer 4.

Three families: SPARQL results (SELECT/ASK), RDF graphs (CONSTRUCT/DESCRIBE and the REST
resources as linked data), and the JSON of the REST lookups. A `format` parameter (for
notebooks, where setting Accept is awkward) names a row of a table by its short name or media
type; otherwise Accept is matched with q-values; otherwise the first row is the default.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    name: str  # short name for ?format=
    media_type: str  # what the response says it is
    aliases: tuple[str, ...] = ()  # other media types accepted in Accept / format
    ox_rdf: ox.RdfFormat | None = None


# SELECT and ASK results. The first row is the default.
RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", ("application/json",)),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)
# ASK has no CSV/TSV form in the standard.
BOOLEAN_FORMATS: tuple[Format, ...] = RESULT_FORMATS[:2]

# CONSTRUCT / DESCRIBE and REST resources as RDF. The first row is the default.
RDF_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ("application/x-turtle",), ox.RdfFormat.TURTLE),
    Format("ntriples", "application/n-triples", ("text/plain",), ox.RdfFormat.N_TRIPLES),
    Format("jsonld", "application/ld+json", (), ox.RdfFormat.JSON_LD),
    Format("rdfxml", "application/rdf+xml", (), ox.RdfFormat.RDF_XML),
)

# REST resources: plain JSON first (dashboards), then linked-data forms.
JSON = Format("json", "application/json", ("text/html",))  # HTML pages are a later issue
RESOURCE_FORMATS: tuple[Format, ...] = (
    JSON,
    RDF_FORMATS[2],
    RDF_FORMATS[0],
    RDF_FORMATS[1],
    RDF_FORMATS[3],
)

SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
FORM = "application/x-www-form-urlencoded"
SERVICE_DESCRIPTION_FORMATS = RDF_FORMATS


class NotAcceptable(ValueError):
    """No format of the table matches the request (406)."""


def _accept(header: str) -> list[tuple[str, float]]:
    ranges: list[tuple[str, float, int]] = []
    for index, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        quality = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality, index))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(m, q) for m, q, _ in ranges if q > 0]


def _matches(media_range: str, fmt: Format) -> bool:
    if media_range == "*/*":
        return True
    types = (fmt.media_type, *fmt.aliases)
    if media_range.endswith("/*"):
        return any(t.startswith(media_range[:-1]) for t in types)
    return media_range in types


def negotiate(
    table: tuple[Format, ...], accept: str | None, format_param: str | None = None
) -> Format:
    """The format named by `format_param`, else the best Accept match, else the default."""
    if format_param:
        wanted = format_param.strip().lower()
        for fmt in table:
            if wanted == fmt.name or wanted == fmt.media_type or wanted in fmt.aliases:
                return fmt
        names = ", ".join(f.name for f in table)
        raise NotAcceptable(f"unknown format {format_param!r}; use one of: {names}")
    if not accept or not accept.strip():
        return table[0]
    for media_range, _ in _accept(accept):
        for fmt in table:
            if _matches(media_range, fmt):
                return fmt
    types = ", ".join(f.media_type for f in table)
    raise NotAcceptable(f"cannot produce any of {accept!r}; available: {types}")


def rdf_format(name: str) -> Format:
    for fmt in RDF_FORMATS:
        if fmt.name == name:
            return fmt
    raise KeyError(name)
