// The import button says what it will do, and a second click while a large upload runs
// cannot import the files twice.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("import-form");
  var dryRun = document.getElementById("id_dry_run");
  var button = document.getElementById("import-submit");
  if (!form || !button) { return; }
  function label() {
    button.value = dryRun && dryRun.checked
      ? button.dataset.dryRun
      : button.dataset.apply;
  }
  if (dryRun) { dryRun.addEventListener("change", label); label(); }
  document.querySelectorAll("form.import-once").forEach(function (once) {
    once.addEventListener("submit", function () {
      once.querySelectorAll("input[type=submit]").forEach(function (submit) {
        submit.disabled = true;
        submit.value = submit.dataset.busy || "Importing…";
      });
    });
  });
});
