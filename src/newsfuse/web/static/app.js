// newsfuse: small progressive enhancements; every page works without this script.
(function () {
  "use strict";
  // "Show all dropped paragraphs" toggles every <details class="dropped"> at once.
  document.querySelectorAll("[data-toggle-dropped]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var all = document.querySelectorAll("details.dropped");
      var open = button.getAttribute("aria-pressed") !== "true";
      all.forEach(function (d) { d.open = open; });
      button.setAttribute("aria-pressed", open ? "true" : "false");
      button.textContent = open ? "Hide dropped paragraphs" : "Show dropped paragraphs";
    });
  });
  // <input data-filter="table-id"> hides the table rows that do not contain the typed text.
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    if (!table) { return; }
    input.hidden = false;
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      table.querySelectorAll("tbody tr").forEach(function (row) {
        row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) === -1;
      });
    });
  });
})();
