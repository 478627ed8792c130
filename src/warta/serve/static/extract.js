"use strict";
// The paste box: POST the text to /api/extract, show the document as the article view does.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("extract-form");
  const status = document.getElementById("extract-status");
  const result = document.getElementById("extract-result");
  const button = document.getElementById("extract-run");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = document.getElementById("extract-text").value;
    button.disabled = true;
    status.textContent = "Extracting…";
    status.classList.remove("error");
    try {
      const doc = await W.getJSON("/api/extract", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text }),
      });
      W.renderDocument(result, doc);
      result.hidden = false;
      status.textContent = `${doc.events.length} events, ${doc.entities.length} entities, ${doc.quotes.length} quotes, ${doc.times.length} times, ${doc.places.length} places (language ${doc.article.language}).`;
    } catch (error) {
      result.hidden = true;
      status.textContent = String(error.message || error);
      status.classList.add("error");
    } finally {
      button.disabled = false;
    }
  });
});
