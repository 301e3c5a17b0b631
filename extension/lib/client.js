/*
 * The classifier service, seen from the background: scoring, feedback,
 * health, timeouts and back-off. No state but the server's status: verdicts
 * are kept by the one verdict store (lib/verdicts.js).
 *
 * When the server fails, the client backs off and reports why; callers then
 * leave pages as they are. Dependencies are passed in so that node tests
 * can drive it with a fake fetch.
 */
(function (root, factory) {
  'use strict';
  const mod = factory();
  root.nofoobar = Object.assign(root.nofoobar || {}, { client: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function () {
  'use strict';

  const CHUNK = 500; // the server takes up to 1,000 snippets a request
  const TIMEOUT_MS = 5000;
  const BACKOFF_MS = [1000, 2000, 5000, 15000, 30000, 60000];
  const REVALIDATE_MS = 60000; // a page answered from the store asks /healthz when the server was heard longer ago

  function createClient(deps) {
    const fetchImpl = deps.fetch;
    const now = deps.now || (() => Date.now());
    const getSettings = deps.getSettings; // () -> Promise<settings>
    const status = { ok: null, error: '', modelVersion: '', threshold: null, checkedAt: 0, failures: 0, retryAt: 0 };
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
     * snippets: [{id, html, context, url}] -> {ok, error, results, modelVersion}
     * `results` holds a verdict for every snippet the server answered, in no
     * particular order. Caching is the verdict store's (lib/verdicts.js).
     */
    async function score(url, snippets) {
      const results = [];
      if (!snippets.length) return { ok: true, results, modelVersion: status.modelVersion };
      if (status.retryAt && now() < status.retryAt) return { ok: false, error: status.error, results };
      try {
        let modelVersion = '';
        for (let i = 0; i < snippets.length; i += CHUNK) {
          const chunk = snippets.slice(i, i + CHUNK);
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
          succeed(data.model_version, data.threshold);
          modelVersion = data.model_version || modelVersion;
          data.results.forEach((r, j) => {
            const s = chunk[j];
            if (!s || !r) return;
            results.push({
              id: s.id, cached: false, score: Number(r.score) || 0, ai: !!r.ai, kind: r.kind || null,
              reasons: Array.isArray(r.reasons) ? r.reasons.slice(0, 5).map(String) : [],
            });
          });
        }
        return { ok: true, results, modelVersion };
      } catch (e) {
        fail(unreachable(e));
        return { ok: false, error: status.error, results };
      }
    }

    async function feedback(examples) {
      try {
        const data = await request('/v1/feedback', 'POST', { examples });
        succeed();
        return { ok: true, stored: data && data.stored, total: data && data.total };
      } catch (e) {
        // The server answered and refused what was sent (400/413/422): no
        // retry will change its mind, and the server itself is fine.
        if (e && [400, 413, 422].includes(e.httpStatus)) {
          succeed();
          return { ok: false, refused: true, error: 'server ' + e.message };
        }
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
      score, feedback, health,
      status: () => Object.assign({}, status),
      // Forget everything held in memory: for tests and "reset".
      reset: () => {
        Object.assign(status, { ok: null, error: '', modelVersion: '', threshold: null, checkedAt: 0, failures: 0, retryAt: 0 });
      },
    };
  }

  return { createClient, BACKOFF_MS, TIMEOUT_MS, REVALIDATE_MS };
}));
