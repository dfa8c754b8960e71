"""The group page's HTML shell: every word from the language table, HTML-escaped.

The page carries no user text; the live step and the notes come as JSON and the script
writes them in with `textContent` only. The words the script needs travel in a JSON block
whose `<`, `>` and `&` are escaped, so no text can end the block.
"""

from __future__ import annotations

import json
from html import escape

from agendas.model import IgloLevel
from store.language import TABLE, language, t, template
from tui.room.room import Room

_WORD_PREFIXES = ("page.", "room.refused.")


def words() -> dict[str, str]:
    """The texts the page's script uses, in the current language."""
    chosen = {key: template(key) for key in TABLE if key.startswith(_WORD_PREFIXES)}
    for level in IgloLevel:
        chosen[f"iglo.{level.value}"] = template(f"doc.iglo.{level.name.lower()}")
    return chosen


def json_block(data: object) -> str:
    """JSON that is safe inside a <script type="application/json"> element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_page(room: Room, *, admitted: bool, csrf: str) -> str:
    """The page: the code form, or (admitted) the group picker and the live step."""
    session = room.live.session
    e = escape
    return f"""<!doctype html>
<html lang="{language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{e(t("page.title"))}</title>
<link rel="stylesheet" href="/static/room.css">
</head>
<body data-admitted="{"1" if admitted else "0"}" data-csrf="{e(csrf)}"
 data-groups="{session.groups if admitted else 0}">
<script type="application/json" id="words">{json_block(words())}</script>
<main>
<section id="join" hidden>
<h1>{e(t("page.join"))}</h1>
<form id="join-form" autocomplete="off">
<label for="code">{e(t("page.code"))}</label>
<input id="code" name="code" autocapitalize="characters" spellcheck="false" maxlength="12"
 required>
<button type="submit">{e(t("page.join_button"))}</button>
<p id="join-error" class="error" role="alert"></p>
</form>
</section>
<section id="groups" hidden>
<h1>{e(t("page.pick_group"))}</h1>
<div id="group-buttons" class="group-buttons"></div>
</section>
<section id="room" hidden>
<header class="bar"><strong id="group-name"></strong>
<button type="button" id="change-group" class="link">{e(t("page.change_group"))}</button></header>
<p id="step-count" class="muted"></p>
<h1 id="step-title"></h1>
<p id="time" class="time"></p>
<ul id="questions" class="questions"></ul>
<form id="note-form" autocomplete="off">
<label for="kind">{e(t("page.kind"))}</label>
<select id="kind" name="kind"></select>
<label for="factor" hidden>{e(t("page.factor"))}</label>
<select id="factor" name="factor" hidden></select>
<label for="text">{e(t("page.text"))}</label>
<textarea id="text" name="text" rows="3" maxlength="2000" required></textarea>
<div id="tiltak" hidden>
<label for="iglo">{e(t("page.iglo"))}</label>
<select id="iglo" name="iglo"></select>
<label for="ansvarlig">{e(t("page.ansvarlig"))}</label>
<input id="ansvarlig" name="ansvarlig" maxlength="200">
<label for="ressurser">{e(t("page.ressurser"))}</label>
<input id="ressurser" name="ressurser" maxlength="200">
<label for="frist">{e(t("page.frist"))}</label>
<input id="frist" name="frist" type="date">
</div>
<button type="submit" id="add" class="primary">{e(t("page.add"))}</button>
<p id="status" class="status" role="status"></p>
</form>
<section id="vote" hidden>
<h2>{e(t("page.vote.heading"))}</h2>
<p id="vote-rule"></p>
<label for="people">{e(t("page.vote.people"))}</label>
<select id="people" name="people"></select>
<p id="vote-left" class="time"></p>
<ul id="vote-notes" class="notes vote"></ul>
<button type="button" id="vote-save" class="primary">{e(t("page.vote.save"))}</button>
<p id="vote-status" class="status" role="status"></p>
<ol id="vote-results" class="notes"></ol>
</section>
<h2 id="notes-heading"></h2>
<ul id="notes" class="notes"></ul>
</section>
<section id="ended" hidden><h1>{e(t("page.ended"))}</h1></section>
<p class="privacy">{e(t("page.privacy"))}</p>
</main>
<script src="/static/vote.js"></script>
<script src="/static/room.js"></script>
</body>
</html>
"""
