// The group page's dot voting: the group's dots are kept here until saved, and the server
// checks them again. Every text from the server is written with textContent, never as HTML.
"use strict";
window.plansjeVote = function ({ $, say, el, post, where }) {
  let vote = null;
  let dots = {};
  let voteKey = null;
  const people = $("people");

  function renderVote(v) {
    vote = v;
    $("vote").hidden = !v;
    if (!v) { voteKey = null; return; }
    const [stepIndex, group] = where();
    const key = stepIndex + ":" + group;
    if (voteKey !== key) {  // a new vote (or group): start from what is stored
      voteKey = key;
      dots = {};
      for (const n of v.notes) if (n.dots) dots[n.id] = n.dots;
      people.replaceChildren(...Array.from({ length: v.max_people }, (_, i) => {
        const option = el("option", String(i + 1));
        option.value = String(i + 1);
        return option;
      }));
      people.value = String(v.people);
    }
    $("vote-rule").textContent = say("page.vote.rule", { n: v.per_person });
    people.hidden = v.closed;
    document.querySelector("label[for=people]").hidden = v.closed;
    $("vote-save").hidden = v.closed;
    const items = v.closed ? [] : v.notes.map((n) => {
      const item = el("li");
      item.appendChild(el("span", n.label, "kind"));
      item.appendChild(el("span", n.text, "text"));
      const row = el("div", undefined, "dots");
      const fewer = el("button", "−");
      fewer.type = "button";
      fewer.setAttribute("aria-label", say("page.vote.fewer"));
      fewer.addEventListener("click", () => move(n.id, -1));
      const count = el("strong", String(dots[n.id] || 0), "count");
      count.dataset.note = n.id;
      const more = el("button", "+");
      more.type = "button";
      more.setAttribute("aria-label", say("page.vote.more"));
      more.addEventListener("click", () => move(n.id, 1));
      row.append(fewer, count, more);
      item.appendChild(row);
      return item;
    });
    $("vote-notes").replaceChildren(
      ...(items.length || v.closed ? items : [el("li", say("page.vote.none"), "muted")]));
    const results = (v.results || []).map((r) => {
      const item = el("li");
      item.appendChild(el("span", say("page.vote.dots", { n: r.dots }), "kind"));
      item.appendChild(el("span", r.text, "text"));
      return item;
    });
    $("vote-results").replaceChildren(...results);
    if (v.closed) $("vote-status").textContent = say("page.vote.closed");
    else if (!$("vote-status").textContent) $("vote-status").textContent = say("page.vote.hidden");
    showLeft();
  }

  function total() { return vote ? vote.per_person * Number(people.value || 1) : 0; }
  function used() { return Object.values(dots).reduce((a, b) => a + b, 0); }

  function showLeft() {
    $("vote-left").textContent = vote && !vote.closed
      ? say("page.vote.left", { left: total() - used(), total: total() }) : "";
    for (const node of document.querySelectorAll("#vote-notes .count")) {
      node.textContent = String(dots[node.dataset.note] || 0);
    }
  }

  function move(id, by) {
    const next = (dots[id] || 0) + by;
    if (next < 0 || (by > 0 && used() >= total())) return;
    dots[id] = next;
    $("vote-status").textContent = "";
    showLeft();
  }

  people.addEventListener("change", showLeft);

  $("vote-save").addEventListener("click", async () => {
    if (!vote) return;
    $("vote-save").disabled = true;
    try {
      const group = where()[1];
      const result = await post("/api/votes", { group, people: Number(people.value), dots });
      $("vote-status").textContent = result.ok ? say("page.vote.saved")
        : (result.answer.error || String(result.status));
    } catch (e) {
      $("vote-status").textContent = say("page.offline");
    }
    $("vote-save").disabled = false;
  });

  return renderVote;
};
