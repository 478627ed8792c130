"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("document");
  if (root) W.bindDocument(root);
});
