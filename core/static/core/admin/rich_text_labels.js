/*
 * Wagtail's rich text editor (Draftail) is a contenteditable role="textbox" with no accessible
 * name: its <label> points at a hidden input, and a StreamField paragraph has only its block's
 * heading. A screen reader then announces "edit text" with no idea which field it is (axe-core:
 * aria-input-field-name, WCAG 4.1.2). This names each editor after its field's label, or after
 * the heading of the block it sits in ("Afsnit"), also for blocks added later.
 */
(function () {
  "use strict";

  var UNNAMED = '[role="textbox"][contenteditable]:not([aria-label]):not([aria-labelledby])';
  var counter = 0;

  function labelFor(box) {
    var field = box.closest("[data-field]");
    var label = field && field.querySelector(".w-field__label");
    if (label) {
      if (!label.id) {
        counter += 1;
        label.id = "rich-text-label-" + counter;
      }
      return label.id;
    }
    var section = box.closest("section[aria-labelledby]");
    return section ? section.getAttribute("aria-labelledby") : null;
  }

  function nameEditors() {
    document.querySelectorAll(UNNAMED).forEach(function (box) {
      var id = labelFor(box);
      if (id) {
        box.setAttribute("aria-labelledby", id);
      }
    });
  }

  var pending = false;
  function soon() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      nameEditors();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    nameEditors();
    new MutationObserver(soon).observe(document.body, { childList: true, subtree: true });
  });
})();
