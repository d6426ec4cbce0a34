// On a phone the filter panel starts folded, so the results come first; without JavaScript it
// stays open. Loaded right after the panel (templates/includes/filter_panel.html) so it folds
// before it is drawn; a file rather than inline script, for the Content-Security-Policy.
(function () {
  "use strict";
  var panel = document.getElementById("filter-panel");
  if (panel && window.matchMedia && window.matchMedia("(max-width: 991px)").matches) {
    panel.removeAttribute("open");
  }
})();
