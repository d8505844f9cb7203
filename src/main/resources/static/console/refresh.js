// Keeps parts of a console page fresh without reloading it (the Content-Security-Policy allows this
// file, never inline scripts). An element with data-refresh="ADDRESS" is filled, every data-every
// seconds (10 by default), with the content of the element of the same id that ADDRESS answers; it
// stops when the answer has nothing marked data-running (nothing left to follow), so an idle page
// lets its session time out. Without scripts the page shows what it showed when it was opened.
"use strict";
document.querySelectorAll("[data-refresh]").forEach((part) => {
  if (!part.querySelector("[data-running]")) {
    return;
  }
  const every = (Number(part.dataset.every) || 10) * 1000;
  const timer = setInterval(async () => {
    try {
      const answer = await fetch(part.dataset.refresh, { credentials: "same-origin", redirect: "error" });
      if (!answer.ok) {
        clearInterval(timer); // signed out, or the page is gone: a reload tells the user why
        return;
      }
      const fresh = new DOMParser().parseFromString(await answer.text(), "text/html").getElementById(part.id);
      if (fresh) {
        part.replaceChildren(...fresh.childNodes);
      }
      if (!part.querySelector("[data-running]")) {
        clearInterval(timer);
      }
    } catch (failed) {
      clearInterval(timer); // the server is gone (serve stopped)
    }
  }, every);
});
