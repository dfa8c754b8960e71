"""Hostile input: too large, too many, malformed, wrong methods, unknown groups, scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.errors import StoreUnavailable, os_reason
from tests.room.conftest import Served

XSS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    '"><svg onload=alert(1)>',
    "</script><script>alert(1)</script>",
    "javascript:alert(1)",
    "{{7*7}} ${7*7} [b]fet[/b]",
    "&lt;b&gt; &amp; \u202egnp.exe",
]


async def test_a_100_kb_body_is_refused_with_413_and_nothing_is_stored(served: Served) -> None:
    served.let_in()
    body = json.dumps({"text": "x" * 100_000, "group": 1})
    response = await served.client.post("/api/notes", data=body, headers=served.headers())
    assert response.status == 413
    assert "error" in await response.json()
    assert served.session().notes == ()


async def test_a_note_over_2_kb_is_refused_with_413(served: Served) -> None:
    served.let_in()
    assert await served.add("æ" * 1100) == 413  # 2,200 bytes in UTF-8
    assert await served.add("a" * 2048) == 201
    assert [len(n.text) for n in served.session().notes] == [2048]


async def test_50_requests_at_once_from_one_phone_get_429_past_the_burst(served: Served) -> None:
    served.let_in()
    statuses = [await served.add(f"notat {i}") for i in range(50)]
    assert statuses[:40] == [201] * 40
    assert set(statuses[40:]) == {429}
    assert len(served.session().notes) == 40
    served.ticks.now += 1.0  # a second later: five more
    assert [await served.add(f"senere {i}") for i in range(6)] == [201] * 5 + [429]


@pytest.mark.parametrize("payload", XSS)
async def test_scripts_in_a_note_are_kept_as_text_and_never_reach_the_page(
    served: Served, payload: str
) -> None:
    served.let_in()
    assert await served.add(payload) == 201
    assert [n.text for n in served.session().notes] == [" ".join(payload.split())]
    state = await (await served.client.get("/api/state?group=1")).json()
    assert [n["text"] for n in state["notes"]] == [" ".join(payload.split())]
    page = await (await served.client.get("/")).text()
    assert payload not in page
    assert "onerror" not in page and "<svg" not in page


async def test_the_page_sends_a_strict_content_security_policy(served: Served) -> None:
    response = await served.client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("{not json", "application/json", 400),
        ("[1, 2]", "application/json", 400),
        ('{"text": 5, "group": 1}', "application/json", 400),
        ('{"text": "", "group": 1}', "application/json", 400),
        ("text=hei&group=1", "application/x-www-form-urlencoded", 400),
        ('{"text": "hei", "group": 7}', "application/json", 404),
        ('{"text": "hei", "group": "en"}', "application/json", 404),
        ('{"text": "hei", "group": 1, "kind": "tiltak"}', "application/json", 409),
        ('{"text": "hei", "group": 1, "kind": "tull"}', "application/json", 409),
        ('{"text": "hei", "group": 1, "id": "../../x"}', "application/json", 400),
        (b'{"text": "\xff\xfe", "group": 1}', "application/json", 400),
    ],
)
async def test_malformed_posts_get_a_clear_4xx_and_store_nothing(
    served: Served, body: str | bytes, content_type: str, status: int
) -> None:
    served.let_in()
    headers = served.headers(**{"Content-Type": content_type})
    response = await served.client.post("/api/notes", data=body, headers=headers)
    assert response.status == status
    answer = await response.json()
    assert answer["error"] and "Traceback" not in answer["error"]
    assert served.session().notes == ()


async def test_wrong_methods_unknown_paths_and_groups_get_clear_answers(served: Served) -> None:
    served.let_in()
    assert (await served.client.delete("/api/notes")).status == 405
    assert (await served.client.put("/api/join")).status == 405
    assert (await served.client.get("/api/nothing")).status == 404
    assert (await served.client.get("/static/../room.py")).status in (403, 404)
    assert (await served.client.get("/api/state?group=3")).status == 404
    assert (await served.client.get("/api/state")).status == 404
    answer = await (await served.client.delete("/api/notes")).json()
    assert answer["error"] == "Metoden er ikke tillatt her."


async def test_an_oversized_header_gets_400_without_a_traceback(served: Served) -> None:
    served.let_in()
    response = await served.client.get("/", headers={"X-Big": "a" * 20_000})
    assert response.status == 400
    text = await response.text()
    assert "Traceback" not in text and "File " not in text


async def test_a_failed_save_answers_503_with_the_reason_and_stores_nothing(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    served.let_in()

    def full_disk(*_: object) -> list[object]:
        raise StoreUnavailable(Path("notes-0001.json"), os_reason(OSError(28, "full")), 28)

    monkeypatch.setattr(served.store, "add_notes", full_disk)
    response = await served.client.post(
        "/api/notes", json={"text": "ikke lagret", "group": 1}, headers=served.headers()
    )
    assert response.status == 503
    assert "notes-0001.json" in (await response.json())["error"]
    assert served.session().notes == ()
    monkeypatch.undo()
    assert await served.add("lagret etterpå") == 201
