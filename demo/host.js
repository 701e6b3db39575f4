// The demo host's own script: a "live update" button that appends a
// paragraph to the article, the way a news site's live blog or a framework
// re-render adds text after load. The widget picks it up on its own (its
// MutationObserver); nothing here knows about Sourcelight.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const more = document.getElementById("more");
  const story = document.querySelector(".story");
  if (!more || !story) return;
  more.addEventListener("click", () => {
    const p = document.createElement("p");
    p.className = "update";
    p.textContent = "Update, 6.40pm: The water board said on Thursday evening that demand had fallen by about 8% since the announcement. " +
      "“That is a good start, and we are grateful,” Osei said.";
    story.append(p);
    more.disabled = true;
  });
});
