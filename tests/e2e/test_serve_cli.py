"""`plansje serve` without a browser: errors without tracebacks, the command it serves,
and the websocket origin check."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from agendas.library import resolve_agenda
from store.sessions import SessionStore
from tui import serve

REPO = Path(__file__).resolve().parents[2]


def _plansje(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.3.2.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("0.0.0.0", False),
        ("::", False),
        ("", False),
        ("192.168.1.10", False),
        ("plansje.example", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert serve.is_loopback(host) is loopback


def test_app_command_joins_the_session_and_quotes_paths() -> None:
    command = serve.app_command("abc123", store=Path("/tmp/my store"), lang="en")
    assert command.endswith("-m tui.cli join abc123 --store '/tmp/my store' --lang en")
    assert serve.app_command(None, store=None, lang=None).endswith("-m tui.cli")


def test_warning_is_in_the_chosen_language() -> None:
    from store.language import set_language

    assert "ADVARSEL" in serve.exposure_warning("0.0.0.0", 8000)
    assert "sensitive" in serve.exposure_warning("0.0.0.0", 8000)
    set_language("en")
    try:
        text = serve.exposure_warning("0.0.0.0", 8000)
    finally:
        set_language("nb")
    assert "WARNING" in text and "Anyone who can reach" in text and "ADVARSEL" not in text


def test_unknown_session_is_an_error_without_traceback(tmp_path: Path) -> None:
    result = _plansje("serve", "nosuch", "--store", str(tmp_path))
    assert result.returncode == 1
    assert "nosuch" in result.stderr and "Traceback" not in result.stderr


def test_port_in_use_is_an_error_without_traceback(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _plansje("serve", "--port", str(port), "--store", str(tmp_path))
        english = _plansje("serve", "--port", str(port), "--store", str(tmp_path), "--lang", "en")
    assert result.returncode == 1 and english.returncode == 1
    assert "allerede i bruk" in result.stderr and "Traceback" not in result.stderr
    assert "already in use" in english.stderr and "Traceback" not in english.stderr


def test_websocket_from_another_origin_is_refused(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    session = SessionStore.open(store_dir).create_session(
        resolve_agenda("statusmote"), title="T", date=dt.date.today(), groups=1
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tui.cli",
            "serve",
            session.id,
            "--port",
            str(port),
            "--store",
            str(store_dir),
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            assert server.poll() is None, "plansje serve exited early"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "plansje serve never listened"
                time.sleep(0.1)

        async def status(url: str, headers: dict[str, str]) -> int:
            async with aiohttp.ClientSession() as client:
                try:
                    async with client.ws_connect(url, headers=headers) as ws:
                        await ws.close()
                        return 101
                except aiohttp.WSServerHandshakeError as error:
                    return error.status

        base = f"http://127.0.0.1:{port}"
        assert asyncio.run(status(f"{base}/ws", {"Origin": "http://evil.example"})) == 403
        # DNS rebinding: a foreign host name pointing at 127.0.0.1
        rebound = {"Host": f"evil.example:{port}", "Origin": f"http://evil.example:{port}"}
        assert asyncio.run(status(f"{base}/ws", rebound)) == 403
        assert asyncio.run(status(f"{base}/ws", {"Origin": base})) == 101
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=5)
