/*
 * Learned selectors per site, and the registration that makes a repeat
 * visit flash-free.
 *
 * Why a registration: reading storage from the ordinary document_start
 * content script and then adding CSS loses the race with first paint about
 * one load in five, and so does insertCSS on navigation commit. So for the
 * sites that have rules we register (scripting.registerContentScripts, at
 * document_start, matching only those hosts) hold.js, which hides the page
 * with an opacity hold, reads the site's selectors, adds them as a
 * stylesheet and lifts the hold — a known widget is never painted, and no
 * other site pays for the hold. Registrations persist across browser
 * restarts; sync() reconciles them with storage after every change.
 *
 * storage.local layout: "learned:<host>" -> [{selector, kind, source, added, v?}]
 * (`v`: the model version that taught a 'model' rule)
 */
(function (root, factory) {
  'use strict';
  // In node, dependencies come from require(); in the extension, from
  // scripts loaded before this one.
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./selectors.js') : root.nofoobar.selectors);
  root.nofoobar = Object.assign(root.nofoobar || {}, { learned: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, function (selectors) {
  'use strict';

  const PREFIX = 'learned:';
  const SCRIPT_ID = 'nofoobar-learned';
  const MAX_PER_SITE = 200;
  const MATCHABLE_HOST = /^[a-z0-9.-]+$/; // what a match pattern's host part accepts as is
  const HOLD_FILES = ['lib/messages.js', 'lib/settings.js', 'lib/dom.js', 'lib/style.js', 'hold.js'];

  function createLearned(api) {
    const store = api.storage.local;
    let chain = Promise.resolve(); // storage read-modify-writes and syncs run one at a time

    function serial(fn) {
      const next = chain.then(fn, fn);
      chain = next.catch(() => {});
      return next;
    }

    async function get(host) {
      const key = PREFIX + host;
      const items = await store.get(key);
      return Array.isArray(items[key]) ? items[key] : [];
    }

    async function all() {
      const items = await store.get(null);
      const out = {};
      for (const [k, v] of Object.entries(items)) {
        if (k.startsWith(PREFIX) && Array.isArray(v) && v.length) out[k.slice(PREFIX.length)] = v;
      }
      return out;
    }

    function add(host, selector, meta) {
      return serial(async () => {
        if (!host || !selectors.isSafe(selector)) return false;
        const rules = await get(host);
        if (rules.some((r) => r.selector === selector)) return false;
        rules.push(Object.assign({ selector, kind: null, source: 'model', added: Date.now() }, meta || {}));
        await store.set({ [PREFIX + host]: rules.slice(-MAX_PER_SITE) });
        await syncNow();
        return true;
      });
    }

    function remove(host, selector) {
      return serial(async () => {
        const rules = await get(host);
        const kept = rules.filter((r) => r.selector !== selector);
        if (kept.length === rules.length) return false;
        if (kept.length) await store.set({ [PREFIX + host]: kept });
        else await store.remove(PREFIX + host);
        await syncNow();
        return true;
      });
    }

    function importRules(rules, source) {
      return serial(async () => {
        const byHost = {};
        for (const r of rules) (byHost[r.host] = byHost[r.host] || []).push(r.selector);
        let added = 0;
        for (const [host, sels] of Object.entries(byHost)) {
          const cur = await get(host);
          const have = new Set(cur.map((r) => r.selector));
          for (const s of sels) {
            if (have.has(s) || !selectors.isSafe(s)) continue;
            have.add(s);
            cur.push({ selector: s, kind: null, source: source || 'import', added: Date.now() });
            added++;
          }
          await store.set({ [PREFIX + host]: cur.slice(-MAX_PER_SITE) });
        }
        await syncNow();
        return added;
      });
    }

    /**
     * The rules a model taught (source 'model') hold while that model is
     * served: once the server names another `version`, forget the rest, so
     * a promotion or roll-back decides the next visit. The user's own and
     * imported rules stay. Resolves to how many rules went.
     */
    function forgetModelRules(version) {
      return serial(async () => {
        let gone = 0;
        for (const [host, rules] of Object.entries(await all())) {
          const kept = rules.filter((r) => r.source !== 'model' || (version && r.v === version));
          if (kept.length === rules.length) continue;
          gone += rules.length - kept.length;
          if (kept.length) await store.set({ [PREFIX + host]: kept });
          else await store.remove(PREFIX + host);
        }
        if (gone) await syncNow();
        return gone;
      });
    }

    function clear() {
      return serial(async () => {
        await store.remove(Object.keys(await all()).map((h) => PREFIX + h));
        await syncNow();
      });
    }

    async function syncNow() {
      const hosts = Object.keys(await all()).filter((h) => MATCHABLE_HOST.test(h)).sort();
      const scripting = api.scripting;
      if (!scripting || !scripting.registerContentScripts) return;
      const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
      if (!hosts.length) {
        if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
        return;
      }
      const script = {
        id: SCRIPT_ID,
        matches: hosts.map((h) => '*://' + h + '/*'),
        js: HOLD_FILES,
        runAt: 'document_start',
        allFrames: true,
        persistAcrossSessions: true,
      };
      if (existing.length) await scripting.updateContentScripts([script]);
      else await scripting.registerContentScripts([script]);
    }

    return {
      get, all, add, remove, importRules, forgetModelRules, clear, sync: () => serial(syncNow), PREFIX, SCRIPT_ID,
    };
  }

  return { createLearned, PREFIX, SCRIPT_ID, HOLD_FILES };
});
