// Event page: bring the first evidence sentence of each report into view inside its text box.
(function () {
  "use strict";
  document.querySelectorAll("pre.text").forEach(function (pre) {
    var mark = pre.querySelector("mark.ev-sentence");
    if (mark) { pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - 40); }
  });
})();
