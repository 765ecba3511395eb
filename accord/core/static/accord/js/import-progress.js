// On the import page: once a file is chosen and the form sent, say that reading is under
// way and stop a second submission while the server reads a long PDF.
export function initImportProgress() {
  const form = document.getElementById("import-form");
  if (!form) {
    return;
  }
  form.addEventListener("submit", () => {
    const file = document.getElementById("id_file");
    if (!file || !file.files || !file.files.length) {
      return;
    }
    document.getElementById("import-progress-label").textContent =
      "Uploading and reading " + file.files[0].name + "…";
    document.getElementById("import-progress").hidden = false;
    const button = document.getElementById("import-submit");
    button.setAttribute("aria-disabled", "true");
    button.classList.add("govuk-button--disabled");
    form.addEventListener("submit", (event) => event.preventDefault());
  });
}
