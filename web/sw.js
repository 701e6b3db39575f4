// Sourcelight service worker: offline use and clean updates.
//
// One version, one cache. The build (build/site) stamps VERSION (the content
// hash that the page, the wasm engine and the hashed asset names share) and
// fills PRECACHE with every asset of that version. Install downloads all of
// them into the cache "sourcelight-VERSION" before the worker counts as
// installed (event.waitUntil), so after one visit the app loads and annotates
// with the network gone. Fetches are answered from this version's cache only,
// so a page never mixes files of two versions; what the cache lacks goes to
// the network.
//
// Updates. A new deploy's worker installs in the background and waits while
// pages of the old version are open. It then tells those pages, and the page
// shows "Update available". The new version takes over on the next load once
// no old page is left, or at once when the reader accepts: the page posts
// SKIP_WAITING, the worker activates, deletes the other versions' caches and
// claims the pages, and the page reloads on `controllerchange`.
//
// Messages (event.data.type), page <-> worker:
//   page -> waiting worker  {type: "SKIP_WAITING"}
//       The reader accepted the update: activate now.
//   worker -> pages         {type: "UPDATE_AVAILABLE", version}
//       Sent by a new version once it has installed (precached everything)
//       while an older version controls pages.
//   page -> worker          {type: "GET_VERSION"}
//   worker -> that page     {type: "VERSION", version}
//       The version this worker serves (on the MessageChannel port given
//       with the message, if any, else to the page that asked).

const VERSION = "__SOURCELIGHT_VERSION__";
const CACHE_PREFIX = "sourcelight-";
const CACHE = CACHE_PREFIX + VERSION;
// URLs relative to this script: "./" is the page (index.html).
const PRECACHE = ["__SOURCELIGHT_PRECACHE__"];
// Hashed names (name.0123456789.ext) never change content, so the HTTP cache
// may answer for them; entry points are revalidated.
const HASHED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map((u) => new Request(u, { cache: HASHED.test(u) ? "default" : "no-cache" })));
    // An older version controls pages: offer them the update.
    if (self.registration.active) {
      const pages = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      for (const p of pages) p.postMessage({ type: "UPDATE_AVAILABLE", version: VERSION });
    }
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys
      .filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE)
      .map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || typeof msg.type !== "string") return;
  switch (msg.type) {
    case "SKIP_WAITING":
      event.waitUntil(self.skipWaiting());
      break;
    case "GET_VERSION": {
      const to = (event.ports && event.ports[0]) || event.source;
      if (to) to.postMessage({ type: "VERSION", version: VERSION });
      break;
    }
  }
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(answer(req, url));
});

// answer serves req from this version's cache. The query string is ignored
// (assets have none that matters, and ?utm_source=… links must load offline);
// a navigation to the site's root or index.html gets the cached page.
async function answer(req, url) {
  const cache = await caches.open(CACHE);
  const scope = new URL(self.registration.scope);
  let key = req;
  if (req.mode === "navigate" && (url.pathname === scope.pathname || url.pathname === scope.pathname + "index.html")) {
    key = scope.href;
  }
  const hit = await cache.match(key, { ignoreSearch: true });
  if (hit) return hit;
  return fetch(req);
}
