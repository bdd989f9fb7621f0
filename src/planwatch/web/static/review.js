// Document page, review mode: fill the review form from a clicked item; turn a selection in the text
// into an "add" form whose offsets count characters of the text exactly as rendered.
(function () {
  "use strict";
  var text = document.getElementById("text"), list = document.getElementById("items");
  var panel = document.getElementById("review-panel"), form = document.getElementById("review-form");
  var addPanel = document.getElementById("add-panel"), addForm = document.getElementById("add-form");
  var addBtn = document.getElementById("add-selection");
  if (!text || !list || !form || !addForm) return;
  var docId = form.getAttribute("action").split("/")[2];

  function showKind(f, kind, values) {
    // only the fieldset of this kind is enabled, so only its fields are posted
    f.querySelectorAll("fieldset.rv-fields").forEach(function (fs) {
      var on = fs.dataset.kind === kind;
      fs.disabled = !on; fs.hidden = !on;
      if (!on) return;
      fs.querySelectorAll("[data-field]").forEach(function (el) {
        var v = values ? values[el.dataset.field] : null;
        el.value = (v === null || v === undefined) ? "" : String(v);
      });
    });
  }

  list.addEventListener("click", function (ev) {
    var li = ev.target.closest(".item");
    if (!li || !li.dataset.reviewKey) return;
    form.elements.kind.value = li.dataset.kind;
    form.elements.key.value = li.dataset.reviewKey;
    form.elements.start.value = li.dataset.start;
    form.elements.end.value = li.dataset.end;
    form.elements.note.value = "";
    document.getElementById("rv-title").textContent = li.querySelector("b").textContent;
    document.getElementById("rv-quote").textContent = li.querySelector(".quote").textContent;
    showKind(form, li.dataset.kind, JSON.parse(li.dataset.fields || "{}"));
    addPanel.hidden = true;
    panel.hidden = false;
    panel.scrollIntoView({ block: "nearest" });
  });

  document.querySelectorAll(".rv-cancel").forEach(function (b) {
    b.addEventListener("click", function () { panel.hidden = true; addPanel.hidden = true; });
  });

  // characters from the start of the text to (node, offset): Range.toString() concatenates exactly
  // the text nodes, whatever marks split them
  function offsetOf(node, offset) {
    var r = document.createRange();
    r.selectNodeContents(text);
    r.setEnd(node, offset);
    return r.toString().length;
  }

  var pending = null;
  function onSelect() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { addBtn.hidden = true; pending = null; return; }
    var range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { addBtn.hidden = true; return; }
    var quote = range.toString();
    if (!quote.trim()) { addBtn.hidden = true; return; }
    var start = offsetOf(range.startContainer, range.startOffset);
    pending = { start: start, end: start + quote.length, quote: quote };
    addBtn.hidden = false;
    addBtn.textContent = "Add item from selection (" + quote.length + " chars)";
  }
  text.addEventListener("mouseup", function () { setTimeout(onSelect, 0); });
  text.addEventListener("keyup", onSelect);

  addBtn.addEventListener("click", function () {
    if (!pending) return;
    var p = pending;
    addForm.elements.start.value = p.start;
    addForm.elements.end.value = p.end;
    addForm.elements.quote.value = p.quote;
    document.getElementById("add-quote").textContent = p.quote;
    panel.hidden = true;
    addPanel.hidden = false;
    addPanel.dataset.ready = "0";
    fetch("/api/review/" + encodeURIComponent(docId) + "/suggest?start=" + p.start + "&end=" + p.end,
          { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        var kind = (s && s.kind) || "fact";
        addForm.elements.kind.value = kind;
        addForm._suggest = s;
        showKind(addForm, kind, s ? s[kind] : null);
        addPanel.dataset.ready = "1";
        addPanel.scrollIntoView({ block: "nearest" });
      });
  });
  document.getElementById("add-kind").addEventListener("change", function (ev) {
    var s = addForm._suggest;
    showKind(addForm, ev.target.value, s ? s[ev.target.value] : null);
  });
})();
