// Bulk work without a reload per click. On the review page, 接受/剔除 of one fact and the batch bar
// (the facts ticked, or all of the kind shown) are sent with fetch and answered in JSON: the list is
// updated in place. Without this script the same forms post and the page reloads once per batch.
// On both pages a "pick all" box ticks every box of its name on the page.
(function () {
  "use strict";
  var token = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  document.addEventListener("change", function (ev) {
    var all = ev.target.closest("input.pick-all");
    if (!all) { return; }
    document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute("data-pick") + '"]')
      .forEach(function (box) { box.checked = all.checked; });
  });

  var bar = document.getElementById("fact-batch");
  if (!bar) { return; }
  var message = bar.querySelector(".batch-msg");

  function say(text, bad) {
    message.textContent = text;
    message.classList.toggle("muted", !bad);
    message.style.color = bad ? "var(--red)" : "";
  }

  function mark(ids, action, name, by) {
    ids.forEach(function (id) {
      var li = document.getElementById("l" + id);
      if (!li) { return; }
      li.className = li.className.replace(/\breview-\S+/, "review-" + action);
      var st = li.querySelector(".rstatus");
      if (st) { st.className = "rstatus r-" + action; st.textContent = name; st.title = by; }
      var box = li.querySelector("input.fact-pick");
      if (box) { box.checked = false; }
    });
  }

  function send(body) {
    body.set("csrf_token", token);
    say("正在保存…", false);
    return fetch(bar.getAttribute("action"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRF-Token": token }
    }).then(function (r) {
      return r.json().catch(function () { return { detail: "保存失败（" + r.status + "），请刷新页面后重试" }; })
        .then(function (data) { if (!r.ok) { throw new Error(data.detail || "保存失败"); } return data; });
    }).then(function (data) {
      mark(data.ids, data.action, data.name, data.by);
      document.getElementById("n-reviewed").textContent = data.reviewed;
      document.getElementById("n-rejected").textContent = data.rejected;
      var all = bar.querySelector("input.pick-all");
      if (all) { all.checked = false; }
      say(data.name + data.done + "条", false);
    }).catch(function (e) { say(e.message, true); });
  }

  bar.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var body = new FormData(bar);
    if (ev.submitter && ev.submitter.name) { body.set(ev.submitter.name, ev.submitter.value); }
    send(body);
  });

  document.addEventListener("submit", function (ev) {
    var form = ev.target.closest("form.quick-review");
    if (!form) { return; }
    ev.preventDefault();
    var body = new FormData();
    body.set("action", ev.submitter ? ev.submitter.value : "accept");
    body.set("fact_ids", form.getAttribute("data-fact"));
    send(body);
  });
})();
