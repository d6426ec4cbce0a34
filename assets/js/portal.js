// Starts DKFDS's components (mobile menu, accordions, …) once the page has loaded.
(function () {
  "use strict";
  // A guide's questions and answers (templates/policy/blocks/questions.html) are sent open so they
  // can be read without JavaScript; once DKFDS runs, a question opens its answer, so fold them.
  function foldGuideAnswers() {
    document.querySelectorAll("[data-guide-accordion]").forEach(function (list) {
      list.querySelectorAll(".accordion-button[aria-controls]").forEach(function (button) {
        var answer = document.getElementById(button.getAttribute("aria-controls"));
        if (answer) {
          button.setAttribute("aria-expanded", "false");
          answer.setAttribute("aria-hidden", "true");
        }
      });
    });
  }
  // DKFDS's script writes the desktop menu's overflow button with the Danish word "Mere" in every
  // language; the menu carries the word in the page's language (data-more-label, e.g. "المزيد").
  function nameMoreButton() {
    var menu = document.querySelector(".navigation-menu ul.mainmenu[data-more-label]");
    var label = menu && menu.querySelector(".more-button span");
    if (label) {
      label.textContent = menu.getAttribute("data-more-label");
    }
  }
  function start() {
    if (window.DKFDS && typeof window.DKFDS.init === "function") {
      window.DKFDS.init();
      nameMoreButton();
      foldGuideAnswers();
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
