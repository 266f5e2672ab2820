// Lede's service worker: the page works offline once loaded. Only this origin's own files
// are cached; nothing else is ever fetched. Cache first: a cached file is served at once,
// and three seconds after a page load the cached files are fetched again from this origin,
// so a rebuilt engine arrives on the next load. Bump VERSION to drop every old cache.
const VERSION = "lede-v6";
const CORE = [
  "./",
  "index.html",
  "style.css",
  "boot.js",
  "main.js",
  "worker.js",
  "js/dom.js",
  "js/charts.js",
  "js/lazy.js",
  "js/parcel.js",
  "js/storage.js",
  "js/export.js",
  "js/html-text.js",
  "js/bar-list.js",
  "js/samples.js",
  "js/text-view.js",
  "js/terms-view.js",
  "js/quotes-view.js",
  "js/compare-view.js",
  "js/overview-view.js",
  "js/corrections.js",
  "engine/full.js",
  "engine/engine.js",
  "engine/lede_full.js",
  "engine/decode.js",
  "engine/lede_full_bg.wasm",
  "samples/npr-white-house-proportional.txt",
  "samples/verge-obama-will-respond.txt",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(VERSION)
      .then((cache) => cache.addAll(CORE))
      .catch(() => {}) // a missing file must not stop the page from working online
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("lede-") && k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(VERSION).then(async (cache) => {
      const cached = await cache.match(req, { ignoreSearch: true });
      if (!cached) {
        const res = await fetch(req);
        if (res.ok) cache.put(req, res.clone());
        return res;
      }
      // Served from the cache at once. A page load also refreshes the cached files
      // from this origin, once the page has had time to start, so that a rebuilt
      // engine arrives on the next load without slowing this one.
      if (req.mode === "navigate") event.waitUntil(refreshLater(cache));
      return cached;
    }),
  );
});

let refreshing = null;
function refreshLater(cache) {
  refreshing ??= new Promise((ok) => setTimeout(ok, 3000))
    .then(() => Promise.all(CORE.map((file) =>
      fetch(file, { cache: "no-cache" })
        .then((res) => (res.ok ? cache.put(file, res) : undefined))
        .catch(() => {}))))
    .finally(() => { refreshing = null; });
  return refreshing;
}
