// Progressive enhancement of the estimation form (/mse): with FileReader,
// a CSV file can be chosen instead of pasting the table. Served as
// /static/mse-upload.js (no inline script: the content security policy
// allows scripts from this server only).
(function () {
  var p = document.getElementById("upload"), f = document.getElementById("file"), t = document.getElementById("table");
  if (!window.FileReader || !p) return;
  p.hidden = false;
  f.addEventListener("change", function () {
    if (!f.files.length) return;
    var r = new FileReader();
    r.onload = function () { t.value = r.result; };
    r.readAsText(f.files[0]);
  });
})();
