// Starts GOV.UK Frontend's components (menu toggle, error summary focus, banners) and
// Accord's few behaviours. A file, not an inline script: the Content-Security-Policy
// allows scripts from this site only.
import { initAll } from "../../govuk/govuk-frontend.min.js";
import { initAgendaPack } from "./agenda-pack.js";
import { initImportProgress } from "./import-progress.js";

initAll();
initImportProgress();
initAgendaPack();
