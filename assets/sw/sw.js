// tiaojie's service worker: after the first visit the app opens and exports with the
// network off. On install it caches the page, its script, wasm and style (read from
// index.html, whose names carry a content hash), the install manifest and its icons,
// the fonts' bases and slices, the examples and the explanations (the rules' and the
// training notes, src/document/explain/, copied to explain/). The page itself is fetched
// from the network first, so a new release is picked up on the next visit (its new hashed
// files are cached as they are fetched); stored cases live in localStorage and are never
// touched here.
const CACHE = 'tiaojie-app-v4';
const EXAMPLES = ['neighbours-water-leak', 'family-support', 'traffic-accident', 'property-management',
  'medical-dispute', 'land-contract', 'migrant-wages', 'consumer-group-refund'];
// The explanations the app fetches on first use: the rules' and the training screen's notes
// (fetched when asked for, so they do not grow the wasm).
const EXPLAIN = ['explain/rules.json', 'explain/forms.json'];
// The install manifest and every icon it names (the page links only the manifest, the
// 192 px icon and the apple-touch-icon; the read below picks those up).
const INSTALL = ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png',
  'icons/icon-maskable-192.png', 'icons/icon-maskable-512.png', 'icons/apple-touch-icon.png'];

async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'no-cache' });
  const html = await page.clone().text();
  await cache.put('./', page);
  const urls = new Set();
  for (const m of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    const u = m[1];
    if (!/^[a-z]+:/i.test(u) && !u.startsWith('//')) urls.add(u);
  }
  // The fonts' bases and every slice (assets/fonts/web/manifest.json): the page fetches
  // only what a PDF needs; this keeps the rest for offline use.
  const fonts = await (await fetch('fonts/manifest.json', { cache: 'no-cache' })).json();
  for (const f of fonts.files) urls.add(`fonts/${f}`);
  for (const e of EXAMPLES) urls.add(`examples/${e}.json`);
  for (const e of EXPLAIN) urls.add(e);
  for (const u of INSTALL) urls.add(u);
  await cache.addAll([...urls]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tiaojie-app-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/__tiaojie/')) return;
  if (req.mode === 'navigate') {
    // The page: the network first (a new release), the cached copy when offline.
    event.respondWith(
      fetch(req)
        .then((resp) => {
          if (resp.ok) {
            const copy = resp.clone();
            caches.open(CACHE).then((c) => c.put('./', copy));
          }
          return resp;
        })
        .catch(() => caches.match('./')),
    );
    return;
  }
  // The explanations have no hash in their name: the network first, so a release's new
  // wording is read at once; the cached copy when offline.
  if (url.pathname.includes('/explain/')) {
    event.respondWith(
      fetch(req)
        .then((resp) => {
          if (resp.ok) {
            const copy = resp.clone();
            caches.open(CACHE).then((c) => c.put(req, copy));
          }
          return resp;
        })
        .catch(() => caches.match(req)),
    );
    return;
  }
  // Hashed files, fonts, examples: the cache first; anything new is cached as it comes.
  // A miss is fetched by its URL, not with the page's request: a page that reloads while
  // its background font fetches run aborts them, and a fetch tied to the aborted request
  // would reject and make Firefox log an error the user never caused.
  event.respondWith(
    caches.match(req).then((hit) => hit || fetch(req.url, { credentials: 'same-origin' }).then((resp) => {
      if (resp.ok) {
        const copy = resp.clone();
        caches.open(CACHE).then((c) => c.put(req, copy));
      }
      return resp;
    })),
  );
});
