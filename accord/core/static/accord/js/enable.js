// Run at the top of <body>, before anything is drawn: GOV.UK Frontend's styles for
// JavaScript-enhanced components key on these classes. A file, not inline script, so the
// Content-Security-Policy can forbid inline script everywhere.
document.body.className +=
  " js-enabled" +
  ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
