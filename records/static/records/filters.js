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

// On a facet's page of all its values, a box that hides the values not containing what is
// typed in it. Without this script the box stays hidden and every value is listed.
(function () {
  var box = document.querySelector(".option-filter");
  var list = document.getElementById("facet-options");
  if (!box || !list) return;
  var input = box.querySelector("input");
  var items = Array.prototype.slice.call(list.querySelectorAll("li"));
  box.hidden = false;
  input.addEventListener("input", function () {
    var wanted = input.value.trim().toLowerCase();
    items.forEach(function (item) {
      var checked = item.querySelector("input").checked;
      item.hidden = wanted !== "" && !checked && item.textContent.toLowerCase().indexOf(wanted) < 0;
    });
  });
})();

// A facet's "Show all" link opens the facet's page under the boxes ticked or unticked since
// the filters were last applied (and the search typed), so that nothing chosen is lost there.
// Without this script it opens under the applied filters.
(function () {
  var form = document.querySelector("form.filter-form");
  if (!form || !window.URLSearchParams || !window.FormData) return;
  form.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".facet-more a") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") params.append(name, value);
    });
    var query = params.toString();
    window.location.href = link.pathname + (query ? "?" + query : "");
  });
})();
