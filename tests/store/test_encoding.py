"""The reusing encoder writes exactly what a full JSON dump would, whatever changed in between."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from store.fileformat import decode, encode, encode_reusing

values = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=6)
docs = st.dictionaries(st.sampled_from(["a", "b", "ø", "text"]), values, max_size=4)
keys = st.text(alphabet="abc123", min_size=1, max_size=3)

# One change to the tables: (table, action, key, document)
changes = st.tuples(
    st.sampled_from(["notes", "events"]),
    st.sampled_from(["insert", "mutate", "replace", "delete", "truncate", "nest"]),
    keys,
    docs,
)


def apply(tables: dict[str, dict[str, Any]], change: tuple[str, str, str, dict[str, Any]]) -> None:
    name, action, key, doc = change
    table = tables.setdefault(name, {})
    existing = next(iter(table), None)
    if action == "insert":
        table[key] = dict(doc)
    elif action == "mutate" and existing is not None:
        table[existing].update(doc)  # in place, as TinyDB's update does
    elif action == "replace" and existing is not None:
        table[existing] = dict(doc)
    elif action == "delete" and existing is not None:
        del table[existing]
    elif action == "truncate":
        tables[name] = {}
    elif action == "nest" and existing is not None:
        inner = table[existing].setdefault("list", [])
        if isinstance(inner, list):
            inner.append(doc)  # a change deep inside a document


@settings(max_examples=150, deadline=None)
@given(st.lists(changes, max_size=40), st.integers(0, 150))
def test_reusing_encoder_matches_a_full_dump_after_any_changes(
    steps: list[tuple[str, str, str, dict[str, Any]]], size: int
) -> None:
    tables: dict[str, dict[str, Any]] = {
        "meta": {"1": {"schema": 1, "rev": 3, "title": "Møte"}},
        "notes": {f"n{i}": {"id": f"n{i}", "text": "å" * (i % 7)} for i in range(size)},
    }
    fragments: dict[str, Any] = {}
    assert encode_reusing(tables, fragments) == encode(tables)
    for change in steps:
        apply(tables, change)
        data = encode_reusing(tables, fragments)
        assert data == encode(tables)
        assert decode(data, __file__) == json.loads(encode(tables))  # type: ignore[arg-type]
