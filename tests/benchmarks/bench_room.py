"""The room under load: 30 phones on 127.0.0.1, each adding 20 notes at once.

Run from the repo root: `python tests/benchmarks/bench_room.py [CONNECTIONS]`.
`plansje room` runs as a child process. 30 simulated phones (aiohttp clients) join by the
link, keep the live event stream open and post 20 notes each, all at once. The facilitator
is a thread here that follows the session folder by file events and reads the notes
through its own SessionStore. A note's latency runs from the moment its request leaves the
phone (each phone has its own loopback address and, like a browser, six connections) to
the facilitator's first load holding it. For comparison, `plansje serve` is given 5
visitors (textual-serve: one app process each). Last line: one JSON object (goals: 600
stored, 0 lost, none twice, p99 <= 200 ms, room RSS <= 80 MiB).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from agendas.library import resolve_agenda  # noqa: E402
from store.model import Event, EventType  # noqa: E402
from store.sessions import SessionStore  # noqa: E402
from tests.benchmarks.processes import (  # noqa: E402
    free_port,
    process_tree,
    rss_mib,
    start_plansje,
    stop_child,
    wait_port,
)

PHONES = 30
NOTES_EACH = 20
VISITORS = 5
CONNECTIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 6
"""Connections per phone (a browser opens six per host; `bench_room.py 20`: one per note)."""
GOAL_P99_MS = 200
GOAL_RSS_MIB = 80


class Facilitator(threading.Thread):
    """Follows the session folder; notes when each note id is first readable."""

    def __init__(self, store_dir: Path, session_id: str) -> None:
        super().__init__(daemon=True)
        self.store = SessionStore.open(store_dir)
        self.session_id = session_id
        self.seen: dict[str, float] = {}
        self.stop = threading.Event()
        self.ready = threading.Event()

    def _look(self) -> None:
        now = time.monotonic()
        for note in self.store.load(self.session_id).notes:
            self.seen.setdefault(note.id, now)

    def run(self) -> None:
        import watchfiles

        folder = self.store.sessions_dir / self.session_id
        self._look()
        self.ready.set()
        for _ in watchfiles.watch(
            folder, debounce=50, step=2, stop_event=self.stop, rust_timeout=200,
            yield_on_timeout=True, recursive=False,
        ):  # fmt: skip
            self._look()


async def _phone(
    base: str, join_url: str, index: int, group: int, sent: dict[str, float],
    answered: dict[str, float], statuses: list[int],
    connected: asyncio.Event, go: asyncio.Event, counter: list[int],
) -> None:  # fmt: skip
    jar = aiohttp.CookieJar(unsafe=True)
    # each phone from its own loopback address, as each phone on a LAN has its own address,
    # and with a browser's six connections per host
    connector = aiohttp.TCPConnector(
        local_addr=(f"127.0.0.{2 + index}", 0), limit_per_host=CONNECTIONS
    )
    trace = aiohttp.TraceConfig()

    async def headers_sent(
        _session: object, context: object, params: aiohttp.TraceRequestHeadersSentParams
    ) -> None:  # a note counts as sent when its request leaves the phone
        note_id = params.headers.get("X-Bench-Note")
        if note_id:
            sent[note_id] = time.monotonic()

    trace.on_request_headers_sent.append(headers_sent)
    async with aiohttp.ClientSession(
        cookie_jar=jar, connector=connector, trace_configs=[trace]
    ) as phone:
        async with phone.get(join_url) as page:
            found = re.search(r'data-csrf="([0-9a-f]+)"', await page.text())
        assert found, "the page gave no CSRF value"
        headers = {"X-Plansje-CSRF": found.group(1)}
        stream = await phone.get(f"{base}/api/events?group={group}")
        await stream.content.readline()
        counter[0] += 1
        if counter[0] == PHONES:
            connected.set()
        await go.wait()

        async def post(n: int) -> None:
            note_id = uuid.uuid4().hex
            body = {"id": note_id, "text": f"Telefon {group}-{n}", "group": group}
            more = {**headers, "X-Bench-Note": note_id}
            async with phone.post(f"{base}/api/notes", json=body, headers=more) as answer:
                statuses.append(answer.status)
                answered[note_id] = time.monotonic()

        await asyncio.gather(*(post(n) for n in range(NOTES_EACH)))
        stream.close()


async def _phones(base: str, join_url: str, room_pid: int) -> dict[str, object]:
    sent: dict[str, float] = {}
    answered: dict[str, float] = {}
    statuses: list[int] = []
    connected, go = asyncio.Event(), asyncio.Event()
    counter = [0]
    tasks = [
        asyncio.create_task(
            _phone(base, join_url, i, 1 + i % 4, sent, answered, statuses, connected, go, counter)
        )
        for i in range(PHONES)
    ]
    await asyncio.wait_for(connected.wait(), 60)
    rss_connected = rss_mib(room_pid)
    started = time.monotonic()
    go.set()
    await asyncio.gather(*tasks)
    return {
        "sent": sent,
        "answered": answered,
        "statuses": statuses,
        "rss_connected": rss_connected,
        "rss_after": rss_mib(room_pid),
        "peak": rss_mib(room_pid, "VmHWM"),
        "seconds": time.monotonic() - started,
    }


def _banner(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("http://"):
            return line.strip()
    raise SystemExit(f"plansje room printed no address (exit {child.wait()})")


async def _visitors(port: int, server_pid: int) -> float:
    """RSS (MiB) of `plansje serve` and its app processes with VISITORS connected."""
    async with aiohttp.ClientSession() as client:
        sockets = [
            await client.ws_connect(f"http://127.0.0.1:{port}/ws?width=80&height=24")
            for _ in range(VISITORS)
        ]
        for ws in sockets:  # each app has drawn something
            for _ in range(3):
                await asyncio.wait_for(ws.receive(), 60)
        await asyncio.sleep(3)  # let the apps settle after their first screen
        total = sum(rss_mib(pid) for pid in process_tree(server_pid))
        for ws in sockets:
            await ws.close()
        return total


def main() -> None:
    """Run the room and serve benchmarks; print figures and one JSON line."""
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = Path(tmp) / "store"
        store = SessionStore.open(store_dir)
        session = store.create_session(
            resolve_agenda("statusmote"), title="Last", date=dt.date.today(), groups=4
        )
        now = dt.datetime.now(dt.UTC)
        store.record_event(session.id, Event(EventType.STARTED, now, step=0))
        store.record_event(session.id, Event(EventType.STEP_ENTERED, now, step=1))
        port = free_port()
        room = start_plansje(["room", session.id, "--port", str(port), "--store", str(store_dir)])
        facilitator = Facilitator(store_dir, session.id)
        try:
            join_url = _banner(room)
            facilitator.start()
            facilitator.ready.wait(10)
            result = asyncio.run(_phones(f"http://127.0.0.1:{port}", join_url, room.pid))
            deadline = time.monotonic() + 10
            sent: dict[str, float] = result["sent"]  # type: ignore[assignment]
            while set(sent) - set(facilitator.seen) and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            facilitator.stop.set()
            stop_child(room)
        stored = SessionStore.open(store_dir).load(session.id).notes
        ids = [note.id for note in stored]
        latencies = sorted(
            (facilitator.seen[i] - sent[i]) * 1000 for i in sent if i in facilitator.seen
        )
        answered: dict[str, float] = result["answered"]  # type: ignore[assignment]
        answers = sorted((answered[i] - sent[i]) * 1000 for i in answered)

        serve_port = free_port()
        serve = start_plansje(
            ["serve", session.id, "--port", str(serve_port), "--store", str(store_dir)]
        )
        try:
            wait_port(serve_port)
            serve_rss = asyncio.run(_visitors(serve_port, serve.pid))
        finally:
            stop_child(serve)

    def pct(p: float, values: list[float] | None = None) -> float:
        values = latencies if values is None else values
        return round(values[min(len(values) - 1, int(p * len(values)))], 1)

    statuses: list[int] = result["statuses"]  # type: ignore[assignment]
    figures = {
        "phones": PHONES,
        "notes_each": NOTES_EACH,
        "connections_per_phone": CONNECTIONS,
        "stored": len(set(ids) & set(sent)),
        "lost": len(set(sent) - set(ids)),
        "twice": len(ids) - len(set(ids)),
        "refused": sum(1 for s in statuses if s != 201),
        "post_seconds": round(float(result["seconds"]), 2),  # type: ignore[arg-type]
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "max_ms": round(latencies[-1], 1),
        "answer_p50_ms": pct(0.50, answers),
        "answer_p99_ms": pct(0.99, answers),
        "goal_p99_ms": GOAL_P99_MS,
        "room_rss_mib": round(float(result["rss_after"]), 1),  # type: ignore[arg-type]
        "room_rss_connected_mib": round(float(result["rss_connected"]), 1),  # type: ignore[arg-type]
        "room_peak_rss_mib": round(float(result["peak"]), 1),  # type: ignore[arg-type]
        "goal_rss_mib": GOAL_RSS_MIB,
        "serve_rss_5_visitors_mib": round(serve_rss, 1),
    }
    print(
        f"{PHONES} phones × {NOTES_EACH} notes: {figures['stored']} stored, "
        f"{figures['lost']} lost, {figures['twice']} twice, in {figures['post_seconds']} s"
    )
    print(
        f"phone → facilitator: p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms "
        f"(goal ≤ {GOAL_P99_MS} ms)"
    )
    print(
        f"room server RSS: {figures['room_rss_mib']} MiB (peak {figures['room_peak_rss_mib']}, "
        f"goal ≤ {GOAL_RSS_MIB}); plansje serve with {VISITORS} visitors: {serve_rss:.1f} MiB"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
