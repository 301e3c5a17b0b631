//# allFunctionsCalledOnLoad
/*
 * document_idle, every frame. Finds candidate widgets, has the background
 * score them, hides (or labels) what the user wants hidden, and undoes on
 * request. The server does the thinking; this file stays cheap:
 *
 *   HELLO (once) ─► settings + this origin's learned selectors (ask before acting)
 *     │            later changes arrive pushed: CONFIG, RULES
 *     ├─ learned rules: stylesheet + mark matches        no server needed;
 *     │                 each match is re-checked (SCORE with its rule)
 *     ├─ scan(document) ──┐
 *     │                   │  candidates.findSteps → snippet.build → SCORE (one batch),
 *     └─ MutationObserver ┘  in slices of SLICE_MS (see runSliced); observer:
 *                            added nodes only, throttled to one scan per gap
 *              │
 *              ▼ verdicts: wants()? blockReason()? → data-nofoobar="hidden"
 *                LEARN selectors + verdict keys, REPORT items (popup, badge);
 *                a rule no longer flagged: shown again
 *
 * Every entry point is wrapped: an error here must never break the page,
 * and a failed or unreachable server leaves the page exactly as it was.
 *
 * Line 1 is V8's compile hint: every function here is compiled as the file
 * loads, in one pass (extension/README.md: what it costs the page).
 */
(function () {
  'use strict';
  const NF = globalThis.nofoobar;
  const api = globalThis.browser || globalThis.chrome;
  if (!NF || NF.contentRan || NF.notHtml) return;
  NF.contentRan = true;
  const dom = NF.dom;
  // document's own properties can be clobbered by <img name="..."> and the
  // like, in our world too: read them through dom.* (see lib/dom.js).
  const doc = document;
  if (!(doc instanceof HTMLDocument) || !/html/i.test(dom.get(doc, 'contentType') || '')) return;

  const { FROM_CONTENT: C, TO_CONTENT: T } = NF.messages;
  const ATTR = NF.style.ATTR;
  const GAP_MIN = 50; // ms between scans while widgets keep arriving
  const GAP_MAX = 500; // ... and when mutations bring nothing
  const MAX_PENDING = 400; // more added roots than this: rescan the document instead
  const MAX_SCANNED = 2000; // elements we ever send from one document
  // A scan works this long, then yields to the page until it is idle: a
  // 10,000-element page takes several slices, none of them a dropped frame.
  const SLICE_MS = 8;
  const IDLE_TIMEOUT = 100; // ms: a busy page still gets scanned
  const MAX_RULE_MATCHES = 3; // a learned rule matching more is too broad: dropped

  const state = {
    active: false,
    mode: 'hide',
    prefs: { threshold: null, kinds: {} },
    host: '',
    origin: '',
    userSheet: false, // the background holds this frame's rules in a user stylesheet
    learned: [],
    recheck: [], // snippets of elements behind learned rules, for the next SCORE
    items: new Map(), // id -> item (what the popup shows)
    els: new Map(), // id -> element
    seen: new WeakSet(), // sent or decided: never sent twice
    dormant: new Set(), // candidates not rendered yet
    pending: new Set(),
    timer: 0,
    scanning: false, // a sliced scan is under way; mutations wait for it
    gap: GAP_MIN,
    lastScan: 0,
    sent: 0,
    page: { url: '', sent: 0 }, // candidates sent since the address changed (countOnPage)
    nextId: 1,
    observer: null,
    lastTarget: null,
    reportTimer: 0,
  };

  const guard = (fn) => function () {
    try {
      const r = fn.apply(this, arguments);
      if (r && typeof r.catch === 'function') r.catch(() => {});
      return r;
    } catch (e) {
      return undefined;
    }
  };

  function send(msg) {
    try {
      return Promise.resolve(api.runtime.sendMessage(msg)).catch(() => null);
    } catch (e) {
      return Promise.resolve(null); // extension reloaded under us
    }
  }

  const pageUrl = () => NF.sanitize.cleanUrl(location.href);
  const markValue = () => (state.mode === 'label' ? 'labelled' : 'hidden');
  const setMark = (el, v) => dom.call(el, 'setAttribute', ATTR, v);
  const isConnected = (el) => !!dom.get(el, 'isConnected');

  const isRendered = (el) => !!NF.candidates.visualBox(el);

  // ---- learned rules ------------------------------------------------------

  // Until HELLO the hold's <style> holds the rules; after it, a user
  // stylesheet the background keeps (the page cannot read it), where the
  // browser allows one.
  function applyLearnedStyle() {
    NF.style.applyLearned(doc, state.userSheet ? null : state.active ? state.learned : [], state.mode);
  }

  function markLearnedIn(scope, rules) {
    if (!state.active) return;
    const hits = [];
    for (const rule of rules || state.learned) {
      let found;
      try {
        found = Array.from(dom.call(scope, 'querySelectorAll', rule.selector));
        if (dom.isElement(scope) && dom.matches(scope, rule.selector)) found.unshift(scope);
      } catch (e) {
        continue;
      }
      if (found.length > MAX_RULE_MATCHES && rule.source !== 'import') { // not one widget: the rule goes, the elements stay
        send({ type: C.TOO_BROAD, selector: rule.selector });
        for (const el of found) hits.push([el, null]);
        continue;
      }
      for (const el of found) {
        if (state.seen.has(el) && dom.attr(el, ATTR) !== null) continue;
        state.seen.add(el);
        // The stylesheet already hides it; a guard that says no exempts it.
        if (NF.candidates.blockReason(el, window)) { hits.push([el, null]); continue; }
        hits.push([el, describe(el, {
          kind: rule.kind || null, score: null, source: rule.source === 'user' ? 'user' : 'learned',
          reasons: ['matches a rule learned on this site: ' + rule.selector], selector: rule.selector,
        })]);
      }
    }
    // All reads above, all writes here: a mark between two reads would make
    // the browser redo style and layout for each element.
    for (const [el, info] of hits) {
      if (!info) { setMark(el, 'shown'); continue; }
      const item = record(el, info);
      if (info.html) state.recheck.push({ id: item.id, html: info.html, rule: info.selector });
    }
  }

  // ---- scanning -------------------------------------------------------------

  function queue(node) {
    if (!state.active) return;
    if (state.pending.size >= MAX_PENDING) { state.pending.clear(); node = doc; }
    state.pending.add(node);
    schedule();
  }

  function schedule() {
    if (state.timer || state.scanning || !state.pending.size) return;
    const wait = Math.max(16, state.lastScan + state.gap - performance.now());
    state.timer = setTimeout(guard(scan), wait);
  }

  function scan() {
    state.timer = 0;
    state.scanning = true;
    state.lastScan = performance.now();
    runSliced(scanSteps(), () => {
      state.scanning = false;
      schedule(); // what mutations brought in the meantime
    });
  }

  // The next slice: when the page is idle, or after IDLE_TIMEOUT at worst.
  function later(fn) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: IDLE_TIMEOUT });
    else setTimeout(fn, 0);
  }

  // Runs `steps` (a generator) for SLICE_MS per task until it is done; the
  // first slice runs now, so a small scan (one added widget) finishes at once.
  // done() runs exactly once, also when the scan throws or is switched off.
  function runSliced(steps, done) {
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      try {
        for (;;) {
          if (!state.active || steps.next().done) break;
          if (performance.now() >= end) { later(slice); return; }
        }
      } catch (e) { /* the scan ends here; the page stays as it is */ }
      done();
    };
    slice();
  }

  function* scanSteps() {
    const scopes = state.pending.has(doc) ? [doc] : Array.from(state.pending);
    state.pending.clear();
    const found = [];
    for (const el of state.dormant) found.push(el);
    state.dormant.clear();
    for (const scope of scopes) {
      try {
        if (scope !== doc && !isConnected(scope)) continue;
        markLearnedIn(scope);
        for (const el of yield* NF.candidates.findSteps(scope, window)) found.push(el);
      } catch (e) { /* one bad subtree does not stop the rest */ }
      yield;
    }
    const snippets = state.recheck.splice(0);
    for (const el of new Set(found)) {
      try {
        if (state.seen.has(el) || !isConnected(el) || insideDecided(el)) continue;
        if (!isRendered(el)) { if (state.dormant.size < 100) state.dormant.add(el); continue; }
        if (state.sent >= MAX_SCANNED) break;
        state.seen.add(el);
        snippets.push(build(el));
        state.sent++;
      } catch (e) { /* skip this one */ }
      yield; // a snippet serialises up to 600 nodes
    }
    state.gap = snippets.length ? GAP_MIN : Math.min(GAP_MAX, state.gap * 1.5);
    // The whole batch carries the page's count so far: the widget that loads
    // late is read against the page it landed on (lib/context.js).
    const fresh = snippets.filter((s) => s.context);
    if (fresh.length) {
      const count = NF.context.pageCandidates(countOnPage(fresh.length));
      for (const s of fresh) s.context.pageCandidates = count;
    }
    if (snippets.length) score(snippets);
  }

  // Candidates sent since the page's address last changed: an app that
  // moves to another view without loading (history.pushState) shows another
  // page, not more of the same one; counted per document, a long session in
  // one app would read every later widget as one of very many candidates.
  function countOnPage(n) {
    const url = pageUrl();
    if (url !== state.page.url) state.page = { url, sent: 0 };
    state.page.sent += n;
    return state.page.sent;
  }

  function insideDecided(el) {
    for (let a = dom.composedParent(el); a; a = dom.composedParent(a)) {
      const v = dom.attr(a, ATTR);
      if (v === 'hidden' || v === 'labelled') return true;
    }
    return false;
  }

  // The verdict key is the background's (lib/snippet.js key): the page
  // cannot choose it.
  function build(el) {
    const s = NF.snippet.build(el, window);
    const id = 'n' + state.nextId++;
    state.els.set(id, el);
    return { id, html: s.html, context: s.context };
  }

  async function score(snippets) {
    const res = await send({ type: C.SCORE, url: pageUrl(), snippets });
    if (!res || !Array.isArray(res.results) || !state.active) return; // unreachable: page untouched
    const byId = new Map(snippets.map((s) => [s.id, s]));
    const hide = [];
    for (const r of res.results) {
      const s = byId.get(r.id);
      const el = state.els.get(r.id);
      if (!s || !el) continue;
      if (s.rule) { recheckDone(r, el); continue; }
      if (!NF.settings.wants(state.prefs, r)) { state.els.delete(r.id); continue; }
      try {
        if (!isConnected(el) || NF.candidates.blockReason(el, window)) { state.els.delete(r.id); continue; }
        hide.push([el, r, s, safeDerive(el)]);
      } catch (e) { /* leave it be */ }
    }
    // Reads (blockReason measures) above, writes here: see markLearnedIn.
    const learn = [];
    for (const [el, r, s, selector] of hide) {
      try {
        record(el, {
          id: r.id, kind: r.kind || null, score: r.score, reasons: r.reasons || [], source: 'model',
          selector, html: s.html, key: r.key, context: s.context, cached: !!r.cached,
        });
        if (selector && r.key) learn.push({ selector, key: r.key });
      } catch (e) { /* leave it be */ }
    }
    // One message for all of them: each message costs this page's main
    // thread a fraction of a millisecond.
    if (learn.length) send({ type: C.LEARN, rules: learn });
  }

  // The background re-checked the element behind a rule: dropped, it is
  // shown again (the pushed RULES removes the selector from the stylesheet).
  function recheckDone(r, el) {
    const item = state.items.get(r.id);
    if (!item) return;
    if (r.ruleDropped) {
      try { dom.call(el, 'removeAttribute', ATTR); } catch (e) { /* gone */ }
      state.items.delete(r.id);
      state.els.delete(r.id);
      state.learned = state.learned.filter((x) => x.selector !== r.rule);
      applyLearnedStyle();
      reportSoon();
      return;
    }
    Object.assign(item, { key: r.key, score: r.score, kind: item.kind || r.kind || null });
    if (r.reasons && r.reasons.length) item.reasons = item.reasons.concat(r.reasons).slice(0, 4);
    reportSoon();
  }

  function safeDerive(el) {
    try { return NF.selectors.derive(el); } catch (e) { return null; }
  }

  // ---- hiding, reporting, undo ----------------------------------------------

  // Adds the snippet (markup, context) to `info` unless it has one: reads
  // the page, so callers do this for all their elements before any record().
  function describe(el, info) {
    if (info.html !== undefined) return info;
    try {
      Object.assign(info, NF.snippet.build(el, window));
    } catch (e) { info.html = ''; }
    return info;
  }

  function record(el, info) {
    describe(el, info);
    const id = info.id || 'n' + state.nextId++;
    setMark(el, markValue());
    const item = {
      id, state: markValue(), kind: info.kind, score: info.score, reasons: info.reasons,
      source: info.source, selector: info.selector || null, html: info.html, context: info.context || null,
      key: info.key || null, url: pageUrl(), cached: !!info.cached,
    };
    state.items.set(id, item);
    state.els.set(id, el);
    reportSoon();
    return item;
  }

  function reportSoon() {
    if (state.reportTimer) return;
    state.reportTimer = setTimeout(() => {
      state.reportTimer = 0;
      send({ type: C.REPORT, url: pageUrl(), items: Array.from(state.items.values()) });
    }, 30);
  }

  function setState(id, value) {
    const el = state.els.get(id);
    const item = state.items.get(id);
    if (!el || !item) return { ok: false, error: 'element is gone' };
    setMark(el, value);
    item.state = value;
    reportSoon();
    return { ok: true, item };
  }

  function contextHide() {
    const target = state.lastTarget;
    state.lastTarget = null; // one right-click, one hide
    if (!target || !dom.isElement(target)) return { ok: false, error: 'no element under the pointer' };
    const el = NF.candidates.widgetRoot(target, window);
    const why = NF.candidates.blockReason(el, window);
    if (why) return { ok: false, error: 'not hidden: ' + why };
    state.seen.add(el);
    const item = record(el, {
      kind: null, score: null, source: 'user', reasons: ['you hid this'], selector: safeDerive(el),
    });
    return { ok: true, item };
  }

  function unmarkAll() {
    for (const [id, el] of state.els) {
      if (state.items.has(id)) try { dom.call(el, 'removeAttribute', ATTR); } catch (e) { /* gone */ }
    }
    state.items.clear();
    state.els.clear();
    // Turned back on later, the page is looked at afresh (verdicts are cached).
    state.seen = new WeakSet();
    state.dormant.clear();
    state.sent = 0;
    reportSoon();
  }

  function onMessage(msg, sender, sendResponse) {
    if (!msg || typeof msg.type !== 'string') return false;
    let reply;
    try {
      if (msg.type === T.UNDO) reply = setState(msg.id, 'shown');
      else if (msg.type === T.REHIDE) reply = setState(msg.id, markValue());
      else if (msg.type === T.CONTEXT_HIDE) reply = contextHide();
      else if (msg.type === T.CONFIG) { configure({ settings: msg.settings, serverPage: msg.serverPage }); return false; }
      else if (msg.type === T.RULES) { if (msg.origin === state.origin) configure({ learned: msg.rules }); return false; }
      else return false;
    } catch (e) {
      reply = { ok: false, error: String(e && e.message) };
    }
    sendResponse(reply);
    return false;
  }

  // ---- settings -------------------------------------------------------------

  // From HELLO (everything) or a push (settings, or this origin's rules).
  function configure(update) {
    const wasActive = state.active;
    const oldMode = state.mode;
    if (update.host !== undefined) {
      state.host = update.host || '';
      state.origin = update.origin || '';
      state.userSheet = !!update.userSheet;
    }
    if (update.settings) {
      const s = NF.settings.normalize(update.settings);
      // Never on the classifier server's own pages (its review page).
      state.active = NF.settings.isActive(s, state.host) && !update.serverPage;
      state.mode = s.mode;
      state.prefs = { threshold: s.threshold, kinds: s.kinds };
    }
    const newRules = Array.isArray(update.learned);
    // The rules this frame has already applied to the whole document (a
    // push, or the first scan) need no new query of it: each push (one per
    // rule learned) would query it again for all of them.
    const known = new Set(state.learned.map((r) => r.selector));
    if (newRules) state.learned = update.learned;
    applyLearnedStyle();
    if (wasActive && !state.active) unmarkAll();
    if (state.active && oldMode !== state.mode) {
      for (const [id, item] of state.items) if (item.state !== 'shown') setState(id, markValue());
    }
    if (state.active && !wasActive) {
      observe();
      queue(doc);
    } else if (state.active && newRules) {
      markLearnedIn(doc, state.learned.filter((r) => !known.has(r.selector))); // the page was scanned already
      if (state.recheck.length) score(state.recheck.splice(0));
    } else if (!state.active && state.observer) {
      state.observer.disconnect();
      state.observer = null;
    }
  }

  async function hello() {
    const h = await send({ type: C.HELLO });
    if (h && h.settings) configure(h);
  }

  function observe() {
    if (state.observer) return;
    state.observer = new MutationObserver(guard((mutations) => {
      for (const m of mutations) {
        for (const n of m.addedNodes) {
          if (dom.nodeType(n) === 1) queue(n);
        }
      }
    }));
    state.observer.observe(dom.get(doc, 'documentElement'), { childList: true, subtree: true });
  }

  // The element under the pointer when the context menu opened; composedPath
  // reaches into open shadow roots. Only the browser's own event counts
  // (isTrusted): a page can dispatch a synthetic contextmenu onto any
  // element (its Sign-in button) after the user's right-click. A page that
  // swallows the real event leaves no target, and nothing is hidden.
  window.addEventListener('contextmenu', guard((e) => {
    if (!e.isTrusted) return;
    const path = e.composedPath ? e.composedPath() : [];
    state.lastTarget = path.find((n) => dom.isElement(n)) || e.target;
  }), true);
  api.runtime.onMessage.addListener(onMessage);
  guard(hello)();
})();
