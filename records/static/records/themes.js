// The themes index: the filter box keeps, as one types, the themes whose name or another
// spelling of it contains what is typed (accents and case aside), and says how many. Without
// this script the box is a form: the page comes back with the themes it finds.
(function () {
  var form = document.querySelector("form.theme-filter");
  var list = document.getElementById("theme-list");
  var count = document.getElementById("theme-count");
  if (!form || !list || !count || !"".normalize) return;
  var input = form.querySelector("input");
  var items = Array.prototype.slice.call(list.querySelectorAll("li"));
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function filter() {
    var wanted = fold(input.value.trim().replace(/\s+/g, " "));
    var shown = 0;
    items.forEach(function (item) {
      item.hidden = wanted !== "" && item.getAttribute("data-words").indexOf(wanted) < 0;
      if (!item.hidden) shown += 1;
    });
    // The sentence in the page's language, from the paragraph's data-one, data-many-found…
    var sentence = count.getAttribute("data-" + (shown === 1 ? "one" : "many") + (wanted ? "-found" : ""));
    count.textContent = sentence.replace("{n}", shown).replace("{q}", input.value.trim());
  }
  // Typing filters the themes on the page; once the page holds only a query's themes, the
  // form is sent to look among them all.
  if (input.value.trim() === "") input.addEventListener("input", filter);
})();
