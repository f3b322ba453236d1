// clustermap's service worker: the app works with the network off after
// one visit. The list of files and the version are written into this file
// at build time (tools/finish_dist.mjs) from the hashed files of the build,
// so no list is kept by hand. A new version installs beside the old one and
// waits: the page announces it and takes it only when the user reloads, so
// old and new files are never mixed.
const VERSION = '__VERSION__';
const FILES = ['__FILES__'];
const CACHE = `clustermap-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('clustermap-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for the waiting version when the user chose to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'clustermap-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every address of the app (any query: a shared view) is the page.
      const key = request.mode === 'navigate' ? 'index.html' : request;
      const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
      return hit ?? fetch(request);
    })(),
  );
});
