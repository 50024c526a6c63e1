// On a narrow screen the filters start folded, so that the results come into view first.
// Without this script they stay unfolded: every filter still works.
(function () {
  var fold = document.querySelector("details.filters-fold");
  if (!fold || !window.matchMedia) return;
  var narrow = window.matchMedia("(max-width: 55.99rem)");
  function fit() {
    fold.open = !narrow.matches;
  }
  fit();
  if (narrow.addEventListener) narrow.addEventListener("change", fit);
})();
