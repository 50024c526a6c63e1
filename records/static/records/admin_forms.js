// Show each text whole: grow a textarea to its content (up to 40 lines) and as staff type.
document.addEventListener("DOMContentLoaded", function () {
  function fit(area) {
    if (area.scrollHeight > area.clientHeight) {
      area.style.height = Math.min(area.scrollHeight + 4, 40 * 18) + "px";
    }
  }
  document.querySelectorAll("textarea").forEach(function (area) {
    fit(area);
    area.addEventListener("input", function () { fit(area); });
  });
});
