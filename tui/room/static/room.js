// The group page's script. Every text from the server is written with textContent, never
// as HTML, so a note like <img src=x onerror=...> shows as the characters it is.
"use strict";
(function () {
  const body = document.body;
  const W = JSON.parse(document.getElementById("words").textContent);
  const $ = (id) => document.getElementById(id);
  const say = (key, values) =>
    (W[key] || key).replace(/\{(\w+)\}/g, (_, name) => String((values || {})[name] ?? ""));
  const show = (id) => {
    for (const s of ["join", "groups", "room", "ended"]) $(s).hidden = s !== id;
  };
  const csrf = body.dataset.csrf;
  const groups = Number(body.dataset.groups);
  let group = null;
  let deadline = null;
  let remaining = 0;
  let ticking = false;
  let source = null;
  let stepIndex = null;

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function newId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  async function post(url, data) {
    const headers = { "Content-Type": "application/json" };
    if (csrf) headers["X-Plansje-CSRF"] = csrf;
    const response = await fetch(url, {
      method: "POST", headers, body: JSON.stringify(data), credentials: "same-origin",
    });
    let answer = {};
    try { answer = await response.json(); } catch (e) { answer = {}; }
    return { ok: response.ok, status: response.status, answer };
  }

  // Joining by code
  $("join-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    $("join-error").textContent = "";
    try {
      const result = await post("/api/join", { code: $("code").value });
      if (result.ok) { location.replace("/" + location.search); return; }
      $("join-error").textContent = result.answer.error || say("room.refused.code");
    } catch (e) {
      $("join-error").textContent = say("page.offline");
    }
  });

  // Picking a group
  function pickGroups() {
    const box = $("group-buttons");
    box.replaceChildren();
    for (let n = 1; n <= groups; n++) {
      const button = el("button", say("page.group", { n }));
      button.type = "button";
      button.addEventListener("click", () => choose(n));
      box.appendChild(button);
    }
    show("groups");
  }

  function choose(n) {
    group = n;
    sessionStorage.setItem("plansje-group", String(n));
    $("group-name").textContent = say("page.group", { n });
    show("room");
    follow();
  }

  $("change-group").addEventListener("click", () => {
    if (source) source.close();
    sessionStorage.removeItem("plansje-group");
    pickGroups();
  });

  // The live step
  function follow() {
    if (source) source.close();
    source = new EventSource("/api/events?group=" + group);
    source.onmessage = (event) => render(JSON.parse(event.data));
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) return;
      $("status").textContent = say("page.offline");
    };
  }

  function clockText(seconds) {
    const s = Math.abs(Math.round(seconds));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function tick() {
    if (stepIndex === null) return;
    const left = ticking && deadline !== null ? (deadline - Date.now()) / 1000 : remaining;
    const time = $("time");
    time.className = left < 0 ? "time over" : "time";
    let text = left < 0 ? say("page.over", { time: clockText(left) })
      : say("page.left", { time: clockText(left) });
    if (!ticking) text += " (" + say("page.paused") + ")";
    time.textContent = text;
  }

  function fillKinds(kinds) {
    const select = $("kind");
    const wanted = kinds.map((k) => k.kind).join(",");
    if (select.dataset.kinds === wanted) return;
    select.dataset.kinds = wanted;
    select.replaceChildren(...kinds.map((k) => {
      const option = el("option", k.label);
      option.value = k.kind;
      return option;
    }));
    select.parentElement.querySelector("label[for=kind]").hidden = kinds.length < 2;
    select.hidden = kinds.length < 2;
    // One kind: the field is named for it ("Utfordring"); several: "Notat" and the choice.
    const only = kinds.length === 1 ? kinds[0].label : "";
    document.querySelector("label[for=text]").textContent =
      only ? only.charAt(0).toUpperCase() + only.slice(1) : say("page.text");
    tiltakFields();
  }

  function fillFactors(factors) {
    const select = $("factor");
    const wanted = factors.join("\n");
    if (select.dataset.factors !== wanted) {
      select.dataset.factors = wanted;
      const choices = [...factors, ""].map((name) => {
        const option = el("option", name || say("page.factor_other"));
        option.value = name;
        return option;
      });
      select.replaceChildren(...choices);
    }
    tiltakFields();
  }

  function tiltakFields() {  // the fields of the chosen kind: a tiltak's, a challenge's factor
    const kind = $("kind").value;
    $("tiltak").hidden = kind !== "tiltak";
    const noFactor = !$("factor").dataset.factors || kind !== "utfordring";
    $("factor").hidden = noFactor;
    document.querySelector("label[for=factor]").hidden = noFactor;
  }
  $("kind").addEventListener("change", tiltakFields);

  function render(view) {
    if (view.state === "ended" || !view.step) {
      if (source) source.close();
      show("ended");
      return;
    }
    if ($("status").textContent === say("page.offline")) $("status").textContent = "";
    const step = view.step;
    stepIndex = step.index;
    $("step-count").textContent = say("page.step", { n: step.index + 1, count: step.count });
    $("step-title").textContent = step.title;
    $("questions").replaceChildren(...step.questions.map((q) => el("li", q)));
    remaining = view.remaining;
    ticking = view.ticking;
    deadline = Date.now() + view.remaining * 1000;
    fillKinds(step.kinds);
    fillFactors(step.factors);
    $("notes-heading").textContent = say(step.shared ? "page.all_notes" : "page.own_notes");
    const notes = view.notes.map((note) => {
      const item = el("li");
      let label = step.shared && note.group ? note.label + " · " + say("page.group", { n: note.group })
        : note.label;
      if (note.factor) label += " · " + note.factor;
      item.appendChild(el("span", label, "kind"));
      item.appendChild(el("span", note.text, "text"));
      if (note.kind === "tiltak") {
        const extra = [note.iglo_label, note.ansvarlig, note.ressurser, note.frist].filter(Boolean);
        if (extra.length) item.appendChild(el("span", extra.join(" · "), "kind"));
      }
      return item;
    });
    $("notes").replaceChildren(...(notes.length ? notes : [el("li", say("page.no_notes"), "muted")]));
    renderVote(view.vote || null);
    tick();
  }

  // Dot voting lives in vote.js, loaded before this script.
  const renderVote = window.plansjeVote({ $, say, el, post, where: () => [stepIndex, group] });

  // Adding a note (retried with the same id, so it is stored once)
  const iglo = $("iglo");
  iglo.replaceChildren(el("option", say("page.iglo_none")),
    ...["individ", "gruppe", "ledelse", "organisasjon"].map((level) => {
      const option = el("option", say("iglo." + level));
      option.value = level;
      return option;
    }));
  iglo.options[0].value = "";

  $("note-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("text").value.trim();
    if (!text) return;
    const note = { id: newId(), kind: $("kind").value, text, group };
    if (!$("factor").hidden) note.factor = $("factor").value;
    if (note.kind === "tiltak") {
      for (const name of ["iglo", "ansvarlig", "ressurser", "frist"]) note[name] = $(name).value;
    }
    $("add").disabled = true;
    $("status").textContent = "";
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        const result = await post("/api/notes", note);
        if (result.ok) {
          $("text").value = "";
          for (const name of ["ansvarlig", "ressurser", "frist"]) $(name).value = "";
          $("status").textContent = say("page.saved");
        } else {
          $("status").textContent = result.answer.error || String(result.status);
          if (result.status !== 429 && result.status < 500) break;
        }
        if (result.ok) break;
      } catch (e) {
        $("status").textContent = say("page.offline");
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    }
    $("add").disabled = false;
  });

  setInterval(tick, 1000);

  // Start
  if (body.dataset.admitted !== "1") { show("join"); return; }
  const asked = new URLSearchParams(location.search).get("g");
  const kept = asked || sessionStorage.getItem("plansje-group");
  const n = Number(kept);
  if (kept && n >= 1 && n <= groups) choose(n); else pickGroups();
})();
