// Runs before the page is drawn: tells the GOV.UK Frontend styles that JavaScript runs
// and whether this browser is one GOV.UK Frontend supports (it needs ES modules).
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
