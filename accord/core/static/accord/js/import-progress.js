// The import form: while a long file uploads and is read, say so and stop a second submit.
(function () {
  var form = document.getElementById("import-form");
  if (!form) {
    return;
  }
  form.addEventListener("submit", function () {
    var file = document.getElementById("id_file");
    if (!file.files || !file.files.length) {
      return;
    }
    document.getElementById("import-progress-label").textContent =
      "Uploading and reading " + file.files[0].name + "…";
    document.getElementById("import-progress").hidden = false;
    var button = document.getElementById("import-submit");
    button.setAttribute("aria-disabled", "true");
    button.classList.add("govuk-button--disabled");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
  });
})();
