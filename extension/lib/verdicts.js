/*
 * The one owner of verdict state, in the background: the model's verdicts,
 * the user's overrides and the learned rules, with one invalidation policy.
 *
 *   verdicts ... key "<site> <sha-256 of html, context, url>" (lib/snippet.js)
 *                -> {score, ai, kind, reasons, v (model version), t, ctx, user?}
 *                The site is the page's origin: a verdict is never used on
 *                another site. A new served model drops every model verdict
 *                (the user's own stay). Model verdicts are evicted oldest
 *                first past MAX_MODEL; user verdicts have their own budget,
 *                so a page flooding the cache cannot evict them.
 *   rules ...... "learned:<origin>" -> [{selector, kind, source, model, added,
 *                checked, context}]. Learned only from a verdict scored for
 *                this site or from the user's own hide (the background
 *                checks the evidence); only specific selectors
 *                (selectors.isSpecific); scoped by origin (scheme, host,
 *                port). Every visit re-checks the element behind a model
 *                rule against this site's verdict for it (its markup now,
 *                the layout recorded when the rule was learned): no longer
 *                flagged, the rule is dropped; still flagged, it carries the
 *                current model version and time. "Not AI" drops it.
 *
 * Why a registration for zero flash: reading storage from the ordinary
 * document_start content script and then adding CSS loses the race with
 * first paint about one load in five, and so does insertCSS on navigation
 * commit. So for the hosts that have rules we register
 * (scripting.registerContentScripts, at document_start, matching only those
 * hosts) hold.js, which hides the page with an opacity hold, reads the
 * origin's selectors, adds them as a stylesheet and lifts the hold — a known
 * widget is never painted, and no other site pays for the hold.
 * Registrations persist across browser restarts; sync() reconciles them
 * with storage after every change. Match patterns cannot name a port, so
 * other ports of a host get the hold too, find no rules and lift it at once.
 */
(function (root, factory) {
  'use strict';
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./selectors.js') : root.nofoobar.selectors,
    inNode ? require('./style.js') : root.nofoobar.style);
  root.nofoobar = Object.assign(root.nofoobar || {}, { verdicts: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (selectors, style) {
  'use strict';

  const PREFIX = style.PREFIX;
  const VERDICTS_KEY = 'verdicts';
  const MODEL_KEY = 'servedModel';
  const SCRIPT_ID = 'nofoobar-learned';
  const MAX_MODEL = 3000;
  const MAX_USER = 2000;
  const MAX_PER_ORIGIN = 200;
  const RECHECK_WRITE_MS = 60 * 60 * 1000; // a confirmation is written at most hourly per rule
  const HOLD_FILES = ['lib/messages.js', 'lib/settings.js', 'lib/dom.js', 'lib/style.js', 'hold.js'];
  const ORIGIN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;

  function createStore(api, opts) {
    const store = api.storage.local;
    const now = (opts && opts.now) || (() => Date.now());
    let chain = Promise.resolve(); // read-modify-writes and syncs run one at a time
    let cache = null; // Map key -> verdict
    let saveTimer = null;

    function serial(fn) {
      const next = chain.then(fn, fn);
      chain = next.catch(() => {});
      return next;
    }

    // ---- verdicts -------------------------------------------------------------

    async function verdicts() {
      if (cache) return cache;
      const stored = (await store.get(VERDICTS_KEY))[VERDICTS_KEY];
      cache = new Map(stored && typeof stored === 'object' ? Object.entries(stored) : []);
      return cache;
    }

    function evict(c) {
      let model = 0;
      let user = 0;
      for (const v of c.values()) if (v.user) user++; else model++;
      for (const [k, v] of c) { // Map order: oldest first
        if (model <= MAX_MODEL && user <= MAX_USER) break;
        if (v.user && user > MAX_USER) { c.delete(k); user--; } else if (!v.user && model > MAX_MODEL) { c.delete(k); model--; }
      }
    }

    function persist() {
      if (saveTimer) { clearTimeout(saveTimer); saveTimer = null; }
      evict(cache);
      return store.set({ [VERDICTS_KEY]: Object.fromEntries(cache) });
    }

    function saveSoon() {
      if (saveTimer) return;
      saveTimer = setTimeout(() => { saveTimer = null; persist().catch(() => {}); }, 300);
    }

    async function lookup(key) {
      return (await verdicts()).get(key) || null;
    }

    /** The served model is `version`: a new one invalidates every model verdict. */
    function noteModel(version) {
      if (!version) return Promise.resolve(false);
      return serial(async () => {
        const stored = (await store.get(MODEL_KEY))[MODEL_KEY];
        if (stored === version) return false;
        const c = await verdicts();
        for (const [k, v] of c) if (!v.user) c.delete(k);
        await store.set({ [MODEL_KEY]: version });
        await persist();
        return true;
      });
    }

    /** pairs: [[key, {score, ai, kind, reasons, ctx}]] scored by model `version`. */
    async function putModel(pairs, version) {
      await noteModel(version);
      const c = await verdicts();
      for (const [k, v] of pairs) {
        if (c.has(k) && c.get(k).user) continue; // the user's word stands
        c.delete(k);
        c.set(k, Object.assign({}, v, { v: version || '', t: now() }));
      }
      saveSoon();
    }

    /** The user's word for one snippet on one site: "this is AI" / "not AI". */
    async function setUser(key, ai, kind, ctx) {
      if (!key) return;
      const c = await verdicts();
      c.delete(key);
      c.set(key, {
        score: ai ? 1 : 0, ai: !!ai, kind: ai ? kind || null : null, user: true, v: '', t: now(), ctx: ctx || null,
        reasons: [ai ? 'you marked this as AI' : 'you marked this as not AI'],
      });
      await persist();
    }

    async function clearVerdicts() {
      (await verdicts()).clear();
      await persist();
    }

    // ---- rules ----------------------------------------------------------------

    async function rules(origin) {
      const key = PREFIX + origin;
      const items = await store.get(key);
      return Array.isArray(items[key]) ? items[key] : [];
    }

    async function allRules() {
      const items = await store.get(null);
      const out = {};
      for (const [k, v] of Object.entries(items)) {
        if (k.startsWith(PREFIX) && Array.isArray(v) && v.length) out[k.slice(PREFIX.length)] = v;
      }
      return out;
    }

    async function write(origin, list) {
      if (list.length) await store.set({ [PREFIX + origin]: list.slice(-MAX_PER_ORIGIN) });
      else await store.remove(PREFIX + origin);
    }

    /**
     * Stores a rule; the caller has checked the evidence (a verdict for this
     * site, or the user's own hide). Resolves to {ok, error}.
     */
    function learn(origin, selector, meta) {
      return serial(async () => {
        if (!ORIGIN.test(String(origin))) return { ok: false, error: 'not an http(s) origin' };
        if (!selectors.isSpecific(selector)) return { ok: false, error: 'selector not specific: ' + selector };
        const list = await rules(origin);
        const m = meta || {};
        const old = list.find((r) => r.selector === selector);
        // Seen again within the hour, same model, same source: nothing to write.
        if (old && (!m.model || old.model === m.model) && (m.source !== 'user' || old.source === 'user') &&
            now() - (old.checked || 0) < RECHECK_WRITE_MS) return { ok: true, added: false };
        const rule = Object.assign(old || { selector, added: now() }, {
          kind: m.kind || (old && old.kind) || null,
          source: m.source === 'user' || (old && old.source === 'user') ? 'user' : m.source || 'model',
          model: m.model || (old && old.model) || '',
          checked: now(),
          context: m.context || (old && old.context) || null,
        });
        if (!old) list.push(rule);
        await write(origin, list);
        if (!old) await syncNow();
        return { ok: true, added: !old };
      });
    }

    function forget(origin, selector) {
      return serial(async () => {
        const list = await rules(origin);
        const kept = list.filter((r) => r.selector !== selector);
        if (kept.length === list.length) return false;
        await write(origin, kept);
        await syncNow();
        return true;
      });
    }

    /** The element behind a rule is still flagged by model `version`. */
    function confirm(origin, selector, version) {
      return serial(async () => {
        const list = await rules(origin);
        const r = list.find((x) => x.selector === selector);
        if (!r) return false;
        if (r.model === (version || r.model) && now() - (r.checked || 0) < RECHECK_WRITE_MS) return true; // fresh: no write
        r.model = version || r.model;
        r.checked = now();
        await write(origin, list);
        return true;
      });
    }

    /** rules: [{origin, selector}] from a filter list, vetted by the caller -> the ones added. */
    function importRules(list, source) {
      return serial(async () => {
        const byOrigin = {};
        for (const r of list) if (ORIGIN.test(String(r.origin))) (byOrigin[r.origin] = byOrigin[r.origin] || []).push(r.selector);
        const added = [];
        for (const [origin, sels] of Object.entries(byOrigin)) {
          const cur = await rules(origin);
          const have = new Set(cur.map((r) => r.selector));
          for (const s of sels) {
            // Vetted by the importer (lib/filters.js vetRules: measured on a
            // probe page); a list may name widgets by attribute, so only the
            // page itself is refused here.
            if (have.has(s) || !selectors.isSafe(s)) continue;
            have.add(s);
            cur.push({ selector: s, kind: null, source: source || 'import', model: '', added: now(), checked: now(), context: null });
            added.push({ origin, selector: s });
          }
          await write(origin, cur);
        }
        await syncNow();
        return added;
      });
    }

    function clearRules() {
      return serial(async () => {
        await store.remove(Object.keys(await allRules()).map((o) => PREFIX + o));
        await syncNow();
      });
    }

    /**
     * From the store before origins (an update): verdicts keyed by markup
     * alone are dropped (they may come from any site); host-keyed rules move
     * to https://host if their selector is specific, as the model's, to be
     * re-checked on the next visit; broad ones are dropped.
     */
    function migrate() {
      return serial(async () => {
        const c = await verdicts();
        let changed = false;
        for (const k of [...c.keys()]) if (!k.includes(' ')) { c.delete(k); changed = true; }
        if (changed) await persist();
        const items = await store.get(null);
        for (const [k, v] of Object.entries(items)) {
          if (!k.startsWith(PREFIX) || ORIGIN.test(k.slice(PREFIX.length))) continue;
          await store.remove(k);
          const origin = 'https://' + k.slice(PREFIX.length);
          if (!Array.isArray(v) || !ORIGIN.test(origin)) continue;
          const kept = v.filter((r) => r && selectors.isSpecific(r.selector)).map((r) => ({
            selector: r.selector, kind: r.kind || null, source: r.source === 'user' ? 'user' : 'model',
            model: '', added: r.added || now(), checked: 0, context: null,
          }));
          if (kept.length) await write(origin, (await rules(origin)).concat(kept));
        }
        await syncNow();
      });
    }

    async function syncNow() {
      const scripting = api.scripting;
      if (!scripting || !scripting.registerContentScripts) return;
      const patterns = new Set();
      for (const origin of Object.keys(await allRules())) {
        const m = ORIGIN.exec(origin);
        if (m && !m[2].startsWith('[')) patterns.add(m[1] + '://' + m[2] + '/*');
      }
      const matches = [...patterns].sort();
      const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
      if (!matches.length) {
        if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
        return;
      }
      const script = {
        id: SCRIPT_ID, matches, js: HOLD_FILES, runAt: 'document_start', allFrames: true, persistAcrossSessions: true,
      };
      if (existing.length) await scripting.updateContentScripts([script]);
      else await scripting.registerContentScripts([script]);
    }

    return {
      lookup, putModel, noteModel, setUser, clearVerdicts,
      rules, allRules, learn, forget, confirm, importRules, clearRules, migrate,
      sync: () => serial(syncNow),
      reset: () => { cache = null; if (saveTimer) clearTimeout(saveTimer); saveTimer = null; },
    };
  }

  return { createStore, PREFIX, SCRIPT_ID, HOLD_FILES, MAX_MODEL, MAX_USER };
}));
