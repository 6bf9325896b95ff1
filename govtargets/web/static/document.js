// The document page: a fact in the list scrolls its span in the text into view and makes it flash;
// a marked span in the text scrolls the list to its facts.
(function () {
  "use strict";
  var text = document.getElementById("doc-text");
  if (!text) { return; }

  function markOf(el) {
    if (!el) { return null; }
    return el.tagName === "MARK" ? el : el.closest("mark");
  }

  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
    window.setTimeout(function () { el.classList.remove("flash"); }, 1800);
  }

  function show(factId) {
    var mark = markOf(document.getElementById("f" + factId));
    if (!mark) { return false; }
    mark.scrollIntoView({ behavior: "smooth", block: "center" });
    flash(mark);
    return true;
  }

  document.addEventListener("click", function (ev) {
    var link = ev.target.closest("a.jump");
    if (link) {
      if (show(link.getAttribute("data-fact"))) {
        ev.preventDefault();
        history.replaceState(null, "", "#l" + link.getAttribute("data-fact"));
        document.querySelectorAll(".fact-item.current").forEach(function (li) { li.classList.remove("current"); });
        link.closest(".fact-item").classList.add("current");
      }
      return;
    }
    var mark = ev.target.closest("mark.fact");
    if (mark && text.contains(mark)) {
      var ids = (mark.getAttribute("data-facts") || "").split(" ");
      document.querySelectorAll(".fact-item.current").forEach(function (li) { li.classList.remove("current"); });
      var first = null;
      ids.forEach(function (id) {
        var li = document.getElementById("l" + id);
        if (li) { li.classList.add("current"); first = first || li; }
      });
      if (first) { first.scrollIntoView({ behavior: "smooth", block: "nearest" }); }
    }
  });

  // back from a review (…#l123): show that fact's span too
  var m = /^#l(\d+)$/.exec(window.location.hash);
  if (m) {
    var li = document.getElementById("l" + m[1]);
    if (li) { li.classList.add("current"); }
    show(m[1]);
  }
})();
