/*
 * The classifier service, seen from the background: scoring with a verdict
 * cache, feedback, health, timeouts and back-off.
 *
 * Verdicts are cached by snippet hash (and kept in storage, since an MV3
 * worker dies at any time), so a repeat visit decides without a network
 * round trip. A cached verdict names the model that gave it and holds only
 * while the server still serves that model: when the server was last heard
 * more than REVALIDATE_MS ago, a page decided from the cache first asks
 * /healthz (which carries nothing of the page), so a promoted or rolled-back
 * model reaches the next page load. When the server fails, the client backs off and reports why;
 * callers then leave pages as they are. Dependencies are passed in so that
 * node tests can drive it with a fake fetch and a fake storage.
 */
(function (root, factory) {
  'use strict';
  const mod = factory();
  root.nofoobar = Object.assign(root.nofoobar || {}, { client: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, function () {
  'use strict';

  const CACHE_KEY = 'verdicts';
  const CACHE_MAX = 3000;
  const CHUNK = 500; // the server takes up to 1,000 snippets a request
  const TIMEOUT_MS = 5000;
  const BACKOFF_MS = [1000, 2000, 5000, 15000, 30000, 60000];
  const REVALIDATE_MS = 60000;

  function createClient(deps) {
    const fetchImpl = deps.fetch;
    const now = deps.now || (() => Date.now());
    const storage = deps.storage; // { get(key) -> Promise<value>, set(key, value) -> Promise }
    const getSettings = deps.getSettings; // () -> Promise<settings>
    const status = { ok: null, error: '', modelVersion: '', threshold: null, checkedAt: 0, failures: 0, retryAt: 0 };
    let cache = null; // Map hash -> verdict
    let saveTimer = null;

    async function loadCache() {
      if (cache) return cache;
      const stored = storage ? await storage.get(CACHE_KEY) : null;
      cache = new Map(stored && typeof stored === 'object' ? Object.entries(stored) : []);
      return cache;
    }

    function saveSoon() {
      if (!storage || saveTimer) return;
      saveTimer = setTimeout(() => {
        saveTimer = null;
        while (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value); // oldest first
        storage.set(CACHE_KEY, Object.fromEntries(cache)).catch(() => {});
      }, 300);
    }

    function fail(error) {
      status.ok = false;
      status.error = error;
      status.failures += 1;
      status.retryAt = now() + BACKOFF_MS[Math.min(status.failures, BACKOFF_MS.length) - 1];
      status.checkedAt = now();
      if (deps.onStatus) deps.onStatus(Object.assign({}, status));
    }

    function succeed(modelVersion, threshold) {
      status.ok = true;
      status.error = '';
      status.failures = 0;
      status.retryAt = 0;
      status.checkedAt = now();
      if (modelVersion) status.modelVersion = modelVersion;
      if (threshold !== undefined && threshold !== null) status.threshold = threshold;
      if (deps.onStatus) deps.onStatus(Object.assign({}, status));
    }

    async function request(path, method, body) {
      const settings = await getSettings();
      const headers = { Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (settings.token) headers.Authorization = 'Bearer ' + settings.token;
      const ctrl = typeof AbortController === 'function' ? new AbortController() : null;
      const timer = ctrl ? setTimeout(() => ctrl.abort(), TIMEOUT_MS) : null;
      try {
        const res = await fetchImpl(settings.serverUrl + path, {
          method, headers, body: body === undefined ? undefined : JSON.stringify(body),
          signal: ctrl ? ctrl.signal : undefined, credentials: 'omit', cache: 'no-store',
        });
        let data = null;
        try { data = await res.json(); } catch (e) { data = null; }
        if (!res.ok) {
          const msg = data && data.error && data.error.message ? data.error.message : 'HTTP ' + res.status;
          const err = new Error(msg);
          err.httpStatus = res.status;
          throw err;
        }
        return data;
      } catch (e) {
        if (e && e.name === 'AbortError') throw new Error('timed out after ' + TIMEOUT_MS / 1000 + ' s');
        throw e;
      } finally {
        if (timer) clearTimeout(timer);
      }
    }

    function unreachable(e) {
      const reason = e && e.httpStatus ? e.message : 'unreachable (' + ((e && e.message) || 'network error') + ')';
      return 'server ' + reason;
    }

    /**
     * snippets: [{id, hash, html, context, url}] -> {ok, error, results}
     * `results` holds a verdict for every snippet that has one (cached or
     * fresh), in no particular order; an unanswered snippet has none.
     */
    async function score(url, snippets) {
      const c = await loadCache();
      const stale = !status.checkedAt || now() - status.checkedAt > REVALIDATE_MS;
      const backingOff = status.retryAt && now() < status.retryAt;
      if (stale && !backingOff && snippets.some((s) => s.hash && c.has(s.hash) && !c.get(s.hash).user)) {
        await health(); // learns which model is served now; a failure leaves the cache as it is
      }
      const results = [];
      const misses = [];
      for (const s of snippets) {
        const v = s.hash ? c.get(s.hash) : null;
        // The user's word always holds; the model's while that model is served
        // (or while the server cannot say which one is).
        if (v && (v.user || !status.modelVersion || v.v === status.modelVersion)) {
          results.push(Object.assign({ id: s.id, cached: true }, v));
        } else misses.push(s);
      }
      if (!misses.length) return { ok: true, results };
      if (status.retryAt && now() < status.retryAt) return { ok: false, error: status.error, results };
      try {
        for (let i = 0; i < misses.length; i += CHUNK) {
          const chunk = misses.slice(i, i + CHUNK);
          const body = {
            url,
            snippets: chunk.map((s) => {
              const out = { id: s.id, html: s.html, context: s.context };
              if (s.url && s.url !== url) out.url = s.url;
              return out;
            }),
          };
          const data = await request('/v1/score', 'POST', body);
          if (!data || !Array.isArray(data.results)) throw new Error('malformed reply');
          if (data.model_version && status.modelVersion && data.model_version !== status.modelVersion) {
            // A new model: verdicts of the old one no longer hold, the user's own do.
            for (const [k, v] of c) if (!v.user) c.delete(k);
          }
          succeed(data.model_version, data.threshold);
          data.results.forEach((r, j) => {
            const s = chunk[j];
            if (!s || !r) return;
            const v = {
              score: Number(r.score) || 0, ai: !!r.ai, kind: r.kind || null,
              reasons: Array.isArray(r.reasons) ? r.reasons.slice(0, 5).map(String) : [],
              v: data.model_version || '',
            };
            if (s.hash) c.set(s.hash, v);
            results.push(Object.assign({ id: s.id, cached: false }, v));
          });
        }
        saveSoon();
        return { ok: true, results };
      } catch (e) {
        fail(unreachable(e));
        return { ok: false, error: status.error, results };
      }
    }

    /** The user's word overrides the model's for this snippet, on every later visit. */
    async function setUserVerdict(hash, ai, kind) {
      if (!hash) return;
      const c = await loadCache();
      c.delete(hash);
      c.set(hash, {
        score: ai ? 1 : 0, ai: !!ai, kind: ai ? kind || null : null, user: true,
        reasons: [ai ? 'you marked this as AI' : 'you marked this as not AI'], v: '',
      });
      saveSoon();
    }

    async function feedback(examples) {
      try {
        const data = await request('/v1/feedback', 'POST', { examples });
        succeed();
        return { ok: true, stored: data && data.stored, total: data && data.total };
      } catch (e) {
        fail(unreachable(e));
        return { ok: false, error: status.error };
      }
    }

    /** Ask now, whatever the back-off says: the user opened the popup. */
    async function health() {
      try {
        const data = await request('/healthz', 'GET');
        succeed(data && data.model_version);
      } catch (e) {
        fail(unreachable(e));
      }
      return Object.assign({}, status);
    }

    return {
      score, feedback, health, setUserVerdict,
      status: () => Object.assign({}, status),
      clearCache: async () => { (await loadCache()).clear(); saveSoon(); },
      // Forget everything held in memory (storage is the caller's): for tests and "reset".
      reset: () => {
        cache = null;
        Object.assign(status, { ok: null, error: '', modelVersion: '', threshold: null, checkedAt: 0, failures: 0, retryAt: 0 });
      },
    };
  }

  return { createClient, BACKOFF_MS, TIMEOUT_MS, REVALIDATE_MS };
});
