// On the import page: once a file is chosen and the form sent, say that it is being sent
// and stop a second submission while a large file uploads.
// On an import's page while it is read: ask how far reading has got, say so in the
// page's live region, and open the review (or the reason it could not be read) when done.
export function initImportProgress() {
  initUpload();
  initReading();
}

function initUpload() {
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
      "Uploading " + file.files[0].name + "…";
    document.getElementById("import-progress").hidden = false;
    const button = document.getElementById("import-submit");
    button.setAttribute("aria-disabled", "true");
    button.classList.add("govuk-button--disabled");
    form.addEventListener("submit", (event) => event.preventDefault());
  });
}

const POLL_MS = 1000;
const SLOWEST_POLL_MS = 10000;

function initReading() {
  const region = document.getElementById("import-reading");
  if (!region) {
    return;
  }
  const url = region.dataset.statusUrl;
  const message = document.getElementById("import-reading-message");
  const bar = document.getElementById("import-reading-bar");
  let wait = POLL_MS;

  const show = (status) => {
    if (message.textContent !== status.message) {
      message.textContent = status.message;
    }
    if (status.pages_total) {
      bar.max = status.pages_total;
      bar.value = status.pages_read;
    }
  };

  const ask = () => {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then((status) => {
        show(status);
        if (!status.reading) {
          window.location.assign(status.page);
          return;
        }
        wait = POLL_MS;
        window.setTimeout(ask, wait);
      })
      .catch(() => {
        // Asked again, less often; the "Check progress" link still works meanwhile.
        wait = Math.min(wait * 2, SLOWEST_POLL_MS);
        window.setTimeout(ask, wait);
      });
  };
  window.setTimeout(ask, POLL_MS);
}
