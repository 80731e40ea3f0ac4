// Progressive enhancement of /cari/: with JavaScript on, Pagefind's search
// UI (with filters by outlet and claimant) replaces the plain form; a query
// in ?q= is searched at once.
(function () {
  "use strict";
  var mount = document.getElementById("pencarian");
  if (!mount || typeof window.PagefindUI !== "function") return;
  var query = new URLSearchParams(window.location.search).get("q") || "";
  var ui = new window.PagefindUI({
    element: "#pencarian",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: query === "",
  });
  var form = document.querySelector(".search-form");
  if (form) form.hidden = true;
  var help = document.querySelector(".search-help");
  if (help) help.hidden = true;
  if (query) ui.triggerSearch(query);
  // Pagefind's input is labelled only by its placeholder: give it a name.
  var tries = 0;
  (function label() {
    var input = mount.querySelector("input[type=text], input[type=search]");
    if (input) input.setAttribute("aria-label", "Kata yang dicari");
    else if (tries++ < 50) window.setTimeout(label, 50);
  })();
})();
