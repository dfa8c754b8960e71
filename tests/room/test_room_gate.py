"""Nobody in without the code: tokens, the short code, the end of the meeting, CSRF."""

from __future__ import annotations

from store.language import language, set_language
from store.model import Event, EventType
from tests.room.conftest import Served, now, until
from tui.room.web_app import COOKIE


async def test_the_join_link_lets_a_phone_in_and_takes_the_token_out_of_the_address(
    served: Served,
) -> None:
    response = await served.client.get(f"/j/{served.keys.token}?g=2", allow_redirects=False)
    assert response.status == 303
    assert response.headers["Location"] == "/?g=2"
    assert "HttpOnly" in response.headers["Set-Cookie"]
    assert "SameSite=Strict" in response.headers["Set-Cookie"]
    assert (await served.client.get("/api/state?group=2")).status == 200


async def test_without_the_token_nothing_is_read_or_stored(served: Served) -> None:
    assert (await served.client.get("/j/not-the-token", allow_redirects=False)).status == 403
    assert (await served.client.get("/api/state?group=1")).status == 403
    assert await served.add("sneaky") == 403
    served.client.session.cookie_jar.update_cookies({COOKIE: served.keys.token[:-1] + "x"})
    assert await served.add("sneaky") == 403
    assert served.session().notes == ()


async def test_the_page_without_the_token_offers_only_the_code_form(served: Served) -> None:
    page = await (await served.client.get("/")).text()
    assert 'data-admitted="0"' in page
    assert served.keys.csrf not in page
    assert served.keys.token not in page


async def test_the_short_code_is_exchanged_for_the_cookie(served: Served) -> None:
    wrong = await served.client.post("/api/join", json={"code": "AAA-AAA"})
    assert wrong.status == 403
    right = await served.client.post("/api/join", json={"code": served.keys.shown_code.lower()})
    assert right.status == 200
    assert await served.add("inne med kode") == 201


async def test_guessing_the_code_is_stopped_even_before_the_right_guess(served: Served) -> None:
    for _ in range(5):
        assert (await served.client.post("/api/join", json={"code": "AAAAAA"})).status == 403
    late = await served.client.post("/api/join", json={"code": served.keys.code})
    assert late.status == 429
    assert "Retry-After" in late.headers
    served.ticks.now += 60  # a minute later the phone may try again
    assert (await served.client.post("/api/join", json={"code": served.keys.code})).status == 200


async def test_the_token_dies_when_the_meeting_ends(served: Served) -> None:
    served.let_in()
    assert await served.add("før slutt") == 201
    served.other.record_event(served.sid, Event(EventType.ENDED, now()))
    await until(lambda: served.room.ended)
    assert await served.add("etter slutt") == 410
    assert (await served.client.get("/api/state?group=1")).status == 410
    link = await served.client.get(f"/j/{served.keys.token}", allow_redirects=False)
    assert link.status == 410
    code = await served.client.post("/api/join", json={"code": served.keys.code})
    assert code.status == 410
    assert [n.text for n in served.session().notes] == ["før slutt"]


async def test_a_post_without_the_pages_csrf_value_is_refused(served: Served) -> None:
    served.let_in()
    bare = await served.client.post("/api/notes", json={"text": "x", "group": 1})
    assert bare.status == 403
    other_site = await served.client.post(
        "/api/notes",
        json={"text": "x", "group": 1},
        headers=served.headers(Origin="http://evil.example"),
    )
    assert other_site.status == 403
    cross = await served.client.post(
        "/api/notes",
        json={"text": "x", "group": 1},
        headers=served.headers(**{"Sec-Fetch-Site": "cross-site"}),
    )
    assert cross.status == 403
    assert served.session().notes == ()


async def test_another_host_name_on_a_loopback_room_is_refused(served: Served) -> None:
    served.let_in()
    response = await served.client.get("/api/state?group=1", headers={"Host": "evil.example"})
    assert response.status == 404


async def test_the_page_and_its_refusals_follow_the_language_setting(served: Served) -> None:
    previous = language()
    set_language("en")
    try:
        page = await (await served.client.get("/")).text()
        assert '<html lang="en">' in page and "Join the meeting" in page
        refused = await (await served.client.get("/api/state?group=1")).json()
        assert refused["error"].startswith("No access")
    finally:
        set_language(previous)
    page = await (await served.client.get("/")).text()
    assert '<html lang="nb">' in page and "Bli med i møtet" in page
