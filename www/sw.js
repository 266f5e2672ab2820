// Lede's service worker: the page works offline once loaded. Only this origin's own files
// are cached; nothing else is ever fetched. Cache first: a cached file is served at once,
// and engine/app files are refreshed in the background so a rebuilt engine arrives on the
// next load. Bump VERSION to drop every old cache.
const VERSION = "lede-v1";
const CORE = [
  "./",
  "index.html",
  "style.css",
  "main.js",
  "worker.js",
  "js/dom.js",
  "js/charts.js",
  "js/storage.js",
  "js/export.js",
  "js/samples.js",
  "js/text-view.js",
  "js/terms-view.js",
  "js/quotes-view.js",
  "js/compare-view.js",
  "js/overview-view.js",
  "engine/index.js",
  "engine/lede.js",
  "engine/lede_bg.wasm",
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
      const refresh = fetch(req)
        .then((res) => {
          if (res.ok) cache.put(req, res.clone());
          return res;
        });
      if (cached) {
        event.waitUntil(refresh.catch(() => {}));
        return cached;
      }
      return refresh;
    }),
  );
});
