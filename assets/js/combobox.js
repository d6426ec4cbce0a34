// Suggestions as you type in every search box marked data-suggest: the WAI-ARIA 1.2
// combobox pattern (an editable combobox with list autocomplete and manual selection).
// https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
//
// The text field keeps DOM focus; the option the arrow keys reach is marked with
// aria-selected and pointed to by aria-activedescendant. Choosing a suggestion (Enter
// or a click) opens its page; Enter with no suggestion chosen submits the search form
// as usual. A polite live region says how many suggestions there are. Without
// JavaScript, or without fetch, the boxes are plain search forms.
//
// Keys: Down/Up move through the suggestions (and open the list), Alt+Down opens it,
// Enter opens the chosen suggestion, Escape closes the list, Home/End and Left/Right
// go back to editing the text, Tab leaves the box and closes the list.
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var DELAY_MS = 150;

  var config = document.getElementById("search-suggest-config");
  if (!config || !window.fetch || !document.querySelectorAll) {
    return;
  }
  var strings = {
    label: config.getAttribute("data-label") || "Suggestions",
    none: config.getAttribute("data-none") || "No suggestions",
    one: config.getAttribute("data-one") || "1 suggestion",
    many: config.getAttribute("data-many") || "{count} suggestions",
  };
  var endpoint = config.getAttribute("data-url");
  var cache = {};

  function countMessage(count) {
    if (count === 0) {
      return strings.none;
    }
    return count === 1 ? strings.one : strings.many.replace("{count}", String(count));
  }

  function Combobox(input, number) {
    var self = this;
    var base = input.id || "search-suggest-" + number;
    this.input = input;
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.request = null;
    this.sequence = 0;
    this.lastQuery = "";

    this.listbox = document.createElement("ul");
    this.listbox.id = base + "-listbox";
    this.listbox.className = "combobox-listbox";
    this.listbox.setAttribute("role", "listbox");
    this.listbox.setAttribute("aria-label", strings.label);
    this.listbox.hidden = true;

    this.status = document.createElement("div");
    this.status.className = "sr-only";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.status.setAttribute("aria-atomic", "true");

    var host = input.parentNode;
    host.classList.add("combobox-host");
    host.appendChild(this.listbox);
    host.appendChild(this.status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.listbox.id);
    input.setAttribute("autocomplete", "off");

    input.addEventListener("input", function () {
      self.schedule();
    });
    input.addEventListener("keydown", function (event) {
      self.onKeydown(event);
    });
    input.addEventListener("blur", function () {
      self.close();
    });
    // A press on the list must not take focus from the text field (that would close the list first).
    this.listbox.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    this.listbox.addEventListener("click", function (event) {
      var option = event.target.closest ? event.target.closest("[role=option]") : null;
      if (option) {
        self.choose(Number(option.getAttribute("data-index")));
      }
    });
  }

  Combobox.prototype.query = function () {
    return this.input.value.replace(/\s+/g, " ").trim();
  };

  Combobox.prototype.schedule = function () {
    var self = this;
    window.clearTimeout(this.timer);
    var text = this.query();
    if (text.length < MIN_CHARS) {
      this.abort();
      this.lastQuery = "";
      this.show([]);
      this.announce("");
      return;
    }
    this.timer = window.setTimeout(function () {
      self.fetch(text);
    }, DELAY_MS);
  };

  Combobox.prototype.abort = function () {
    this.sequence += 1;
    if (this.request) {
      this.request.abort();
      this.request = null;
    }
  };

  Combobox.prototype.fetch = function (text) {
    var self = this;
    if (text === this.lastQuery && !this.listbox.hidden) {
      return;
    }
    this.abort();
    var sequence = this.sequence;
    if (Object.prototype.hasOwnProperty.call(cache, text)) {
      this.receive(text, cache[text]);
      return;
    }
    var controller = window.AbortController ? new window.AbortController() : null;
    this.request = controller;
    var separator = endpoint.indexOf("?") === -1 ? "?" : "&";
    window
      .fetch(endpoint + separator + "q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined,
      })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("suggest answered " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        if (sequence !== self.sequence) {
          return; // a newer request is on its way
        }
        self.request = null;
        var suggestions = data && Array.isArray(data.suggestions) ? data.suggestions : [];
        cache[text] = suggestions;
        self.receive(text, suggestions);
      })
      .catch(function () {
        // Suggestions are a help, not the search: on any failure the form still works.
        if (sequence === self.sequence) {
          self.request = null;
          self.show([]);
        }
      });
  };

  Combobox.prototype.receive = function (text, suggestions) {
    if (text !== this.query() || document.activeElement !== this.input) {
      return;
    }
    this.lastQuery = text;
    this.show(suggestions.filter(function (item) {
      return item && item.url && item.title;
    }));
    this.announce(countMessage(this.items.length));
  };

  Combobox.prototype.show = function (items) {
    var listbox = this.listbox;
    this.items = items;
    this.setActive(-1);
    while (listbox.firstChild) {
      listbox.removeChild(listbox.firstChild);
    }
    for (var i = 0; i < items.length; i += 1) {
      var item = items[i];
      var option = document.createElement("li");
      option.id = listbox.id + "-option-" + i;
      option.className = "combobox-option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-index", String(i));
      var title = document.createElement("span");
      title.className = "combobox-option-title";
      title.textContent = item.title;
      option.appendChild(title);
      var details = [item.type_label, item.association && item.association !== item.title ? item.association : ""]
        .filter(Boolean)
        .join(" · ");
      if (details) {
        var meta = document.createElement("span");
        meta.className = "combobox-option-meta";
        meta.textContent = details;
        option.appendChild(document.createTextNode(" "));
        option.appendChild(meta);
      }
      listbox.appendChild(option);
    }
    if (items.length) {
      this.open();
    } else {
      this.close();
    }
  };

  Combobox.prototype.open = function () {
    if (!this.items.length) {
      return;
    }
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  };

  Combobox.prototype.close = function () {
    window.clearTimeout(this.timer);
    this.setActive(-1);
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  };

  Combobox.prototype.isOpen = function () {
    return !this.listbox.hidden;
  };

  Combobox.prototype.setActive = function (index) {
    var options = this.listbox.children;
    if (this.active >= 0 && options[this.active]) {
      options[this.active].setAttribute("aria-selected", "false");
    }
    this.active = index;
    if (index >= 0 && options[index]) {
      options[index].setAttribute("aria-selected", "true");
      this.input.setAttribute("aria-activedescendant", options[index].id);
      if (options[index].scrollIntoView) {
        options[index].scrollIntoView({ block: "nearest" });
      }
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  Combobox.prototype.move = function (step) {
    var count = this.items.length;
    if (!count) {
      return;
    }
    if (!this.isOpen()) {
      this.open();
      this.setActive(step > 0 ? 0 : count - 1);
      return;
    }
    var next = this.active + step;
    if (this.active < 0) {
      next = step > 0 ? 0 : count - 1;
    }
    this.setActive((next + count) % count);
  };

  Combobox.prototype.choose = function (index) {
    var item = this.items[index];
    if (item && item.url) {
      this.close();
      window.location.assign(item.url);
    }
  };

  Combobox.prototype.announce = function (message) {
    // The same message twice in a row is still read: alternate a trailing no-break space.
    if (message && this.status.textContent.replace(/\u00a0$/, "") === message) {
      message += this.status.textContent.slice(-1) === "\u00a0" ? "" : "\u00a0";
    }
    this.status.textContent = message;
  };

  Combobox.prototype.onKeydown = function (event) {
    if (event.isComposing) {
      return;
    }
    switch (event.key) {
      case "ArrowDown":
      case "Down":
        if (event.altKey) {
          this.open();
        } else if (this.items.length && this.query() === this.lastQuery) {
          this.move(1);
        } else {
          this.schedule();
        }
        event.preventDefault();
        break;
      case "ArrowUp":
      case "Up":
        if (this.items.length && this.query() === this.lastQuery) {
          this.move(-1);
        }
        event.preventDefault();
        break;
      case "Enter":
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else {
          this.close();
        }
        break;
      case "Escape":
      case "Esc":
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        }
        break;
      case "Home":
      case "End":
        if (this.active >= 0) {
          event.preventDefault();
          this.setActive(-1);
          var position = event.key === "Home" ? 0 : this.input.value.length;
          this.input.setSelectionRange(position, position);
        }
        break;
      case "ArrowLeft":
      case "ArrowRight":
      case "Left":
      case "Right":
        this.setActive(-1);
        break;
      case "Tab":
        this.close();
        break;
      default:
        break;
    }
  };

  function start() {
    var inputs = document.querySelectorAll("input[data-suggest]");
    for (var i = 0; i < inputs.length; i += 1) {
      if (!inputs[i].hasAttribute("data-suggest-ready")) {
        inputs[i].setAttribute("data-suggest-ready", "");
        new Combobox(inputs[i], i);
      }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
