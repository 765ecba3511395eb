// On the page of an agenda pack being made: ask the pack's status address every few
// seconds, say in the page's live region when the state changes (waiting, being laid
// out, ready, failed), and when the pack is ready offer its download link. Without
// JavaScript the page's "Check again" link does the same by hand.
const FIRST_WAIT_MS = 2000;
const LONGEST_WAIT_MS = 10000;
const GIVE_UP_MS = 15 * 60 * 1000;

function show(id, visible) {
  const element = document.getElementById(id);
  if (element) {
    element.hidden = !visible;
  }
}

export function initAgendaPack() {
  const root = document.getElementById("agenda-pack");
  if (!root || !root.dataset.statusUrl) {
    return;
  }
  let state = root.dataset.state;
  if (state === "ready" || state === "failed") {
    return;
  }
  show("agenda-pack-auto", true);
  const started = Date.now();
  let wait = FIRST_WAIT_MS;

  function apply(status) {
    if (status.state === state) {
      return;
    }
    state = status.state;
    root.dataset.state = state;
    document.getElementById("agenda-pack-heading").textContent = status.heading;
    document.title = document.title.replace(/^[^:]*:/, status.heading + ":");
    let message = status.message;
    if (state === "ready") {
      document.getElementById("agenda-pack-size").textContent = status.size ? ", " + status.size : "";
      message += " Use the link below to open it.";
    }
    document.getElementById("agenda-pack-message").textContent = message;
    show("agenda-pack-download", state === "ready");
    show("agenda-pack-waiting", state === "waiting" || state === "making");
    show("agenda-pack-retry", state === "failed");
  }

  async function check() {
    try {
      const response = await fetch(root.dataset.statusUrl, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (response.ok) {
        apply(await response.json());
      }
    } catch (error) {
      // A lost connection: the next check tries again.
    }
    if (state === "ready" || state === "failed" || Date.now() - started > GIVE_UP_MS) {
      show("agenda-pack-auto", false);
      return;
    }
    wait = Math.min(wait * 1.5, LONGEST_WAIT_MS);
    window.setTimeout(check, wait);
  }

  window.setTimeout(check, wait);
}
