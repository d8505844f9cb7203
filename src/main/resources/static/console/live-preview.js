// The editorial's live preview (the Content-Security-Policy allows this file, never inline scripts).
// Once a preview is on the page (the Preview button posted the form: the path without scripts), every
// change to the form asks for the preview again a second after typing stops, posting the same form
// (its CSRF token included) to the Preview button's address, and puts the answer's #preview in place
// of the page's. Nothing is saved: only the Save button saves.
"use strict";
(() => {
  const form = document.querySelector("form.editorial");
  const button = form && form.querySelector("button[name=preview]");
  if (!button) {
    return; // a viewer's page: nothing to preview
  }
  let timer = null;
  let asked = 0;
  form.addEventListener("input", () => {
    if (!document.getElementById("preview")) {
      return; // no customer chosen yet: the Preview button first
    }
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++asked;
      const data = new URLSearchParams(new FormData(form));
      try {
        const answer = await fetch(button.formAction, { method: "POST", body: data, credentials: "same-origin", redirect: "error" });
        const fresh = new DOMParser().parseFromString(await answer.text(), "text/html").getElementById("preview");
        const shown = document.getElementById("preview");
        if (fresh && shown && mine === asked) { // an older answer arriving late never replaces a newer one
          shown.replaceWith(document.importNode(fresh, true));
        }
      } catch (failed) {
        // signed out or serve stopped: the Preview button still says why
      }
    }, 1000);
  });
})();
