// Document page: list item <-> highlight in the text. No inline scripts (the CSP forbids them).
(function () {
  "use strict";
  var text = document.getElementById("text"), list = document.getElementById("items");
  if (!text || !list) return;
  function pieces(key) { return text.querySelectorAll('mark[data-items~="' + key + '"]'); }
  function flash(key) {
    text.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    pieces(key).forEach(function (m) { m.classList.add("flash"); });
  }
  function activate(key) {
    list.querySelectorAll(".item.active").forEach(function (li) { li.classList.remove("active"); });
    var li = document.getElementById("item-" + key);
    if (li) li.classList.add("active");
    return li;
  }
  function center(container, el) {
    // scroll only the given container so the element sits in its middle
    var c = container.getBoundingClientRect(), r = el.getBoundingClientRect();
    container.scrollTop += (r.top - c.top) - (c.height - r.height) / 2;
  }
  function visible(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }
  function scrollIntoView(container, el) {
    // the panels scroll on their own on wide screens; on narrow ones the page scrolls
    if (container.scrollHeight > container.clientHeight + 1) center(container, el);
    if (!visible(el)) el.scrollIntoView({ block: "center", behavior: "auto" });
  }
  list.addEventListener("click", function (ev) {
    var li = ev.target.closest(".item");
    if (!li) return;
    var key = li.dataset.key, hl = document.getElementById("hl-" + key);
    activate(key);
    if (hl) {
      var target = hl.tagName === "MARK" ? hl : (pieces(key)[0] || hl);
      scrollIntoView(text, target);
      flash(key);
    }
  });
  list.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.classList.contains("item")) ev.target.click();
  });
  text.addEventListener("click", function (ev) {
    var m = ev.target.closest("mark.hl");
    if (!m) return;
    var key = (m.dataset.items || "").split(" ")[0];
    var li = activate(key);
    flash(key);
    if (li) scrollIntoView(list, li);
  });
  if (location.hash.indexOf("#hl-") === 0) {
    var k = location.hash.slice(4), el = document.getElementById("hl-" + k);
    if (el) { activate(k); flash(k); scrollIntoView(text, el); }
  }
})();
