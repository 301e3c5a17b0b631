/*
 * document_idle, every frame. Finds candidate widgets, has the background
 * score them, hides (or labels) what the user wants hidden, and undoes on
 * request. The server does the thinking; this file stays cheap:
 *
 *   HELLO ─► settings + learned selectors for this site (ask before acting)
 *     │
 *     ├─ learned rules: stylesheet + mark matches        no server needed
 *     ├─ scan(document) ──┐
 *     │                   │  candidates.findSteps → sanitize → SCORE (one batch),
 *     └─ MutationObserver ┘  in slices of SLICE_MS (see runSliced); observer:
 *                            added nodes only, throttled to one scan per gap
 *              │
 *              ▼ verdicts: wants()? blockReason()? → data-nofoobar="hidden"
 *                LEARN selector, REPORT items (popup, badge)
 *
 * Every entry point is wrapped: an error here must never break the page,
 * and a failed or unreachable server leaves the page exactly as it was.
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

  const state = {
    active: false,
    mode: 'hide',
    prefs: { threshold: null, kinds: {} },
    host: '',
    learned: [],
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

  const byId = (id) => dom.call(doc, 'getElementById', id);

  function learnedStyle() {
    let style = byId('nofoobar-learned');
    if (!style) {
      style = dom.call(doc, 'createElement', 'style');
      style.id = 'nofoobar-learned';
      (dom.get(doc, 'head') || dom.get(doc, 'documentElement')).appendChild(style);
    }
    return style;
  }

  function applyLearnedStyle() {
    const css = state.active ? NF.style.learnedCss(state.learned.map((r) => r.selector), state.mode) : '';
    if (css || byId('nofoobar-learned')) learnedStyle().textContent = css;
  }

  function markLearnedIn(scope) {
    if (!state.active) return;
    const hits = [];
    for (const rule of state.learned) {
      let found;
      try {
        found = Array.from(dom.call(scope, 'querySelectorAll', rule.selector));
        if (dom.isElement(scope) && dom.matches(scope, rule.selector)) found.unshift(scope);
      } catch (e) {
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
      if (info) record(el, info); else setMark(el, 'shown');
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
    const snippets = [];
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
    if (snippets.length) score(snippets);
  }

  function insideDecided(el) {
    for (let a = dom.composedParent(el); a; a = dom.composedParent(a)) {
      const v = dom.attr(a, ATTR);
      if (v === 'hidden' || v === 'labelled') return true;
    }
    return false;
  }

  // The verdict cache key: the markup and where it floats, not its exact
  // rect (which changes with the window size).
  const snippetHash = (html, context) =>
    NF.hash.hash([html, context.position, context.shadowHost, context.frameSrc || ''].join('\u0000'));

  function build(el) {
    const html = NF.sanitize.snippetHtml(el);
    const context = NF.candidates.contextOf(el, window);
    const hash = snippetHash(html, context);
    const id = 'n' + state.nextId++;
    state.els.set(id, el);
    return { id, hash, html, context };
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
      if (!NF.settings.wants(state.prefs, r)) { state.els.delete(r.id); continue; }
      try {
        if (!isConnected(el) || NF.candidates.blockReason(el, window)) { state.els.delete(r.id); continue; }
        hide.push([el, r, s, safeDerive(el)]);
      } catch (e) { /* leave it be */ }
    }
    // Reads (blockReason measures) above, writes here: see markLearnedIn.
    for (const [el, r, s, selector] of hide) {
      try {
        record(el, {
          id: r.id, kind: r.kind || null, score: r.score, reasons: r.reasons || [], source: 'model',
          selector, html: s.html, hash: s.hash, context: s.context, cached: !!r.cached,
        });
        if (selector && !r.user) send({ type: C.LEARN, selector, kind: r.kind || null });
      } catch (e) { /* leave it be */ }
    }
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
      info.html = NF.sanitize.snippetHtml(el);
      info.context = NF.candidates.contextOf(el, window);
    } catch (e) { info.html = ''; }
    return info;
  }

  function record(el, info) {
    describe(el, info);
    const id = info.id || 'n' + state.nextId++;
    setMark(el, markValue());
    const html = info.html;
    const context = info.context;
    const hash = info.hash || (context ? snippetHash(html, context) : NF.hash.hash(html));
    const item = {
      id, state: markValue(), kind: info.kind, score: info.score, reasons: info.reasons,
      source: info.source, selector: info.selector || null, html, context: context || null,
      hash, url: pageUrl(), cached: !!info.cached,
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
      else return false;
    } catch (e) {
      reply = { ok: false, error: String(e && e.message) };
    }
    sendResponse(reply);
    return false;
  }

  // ---- settings -------------------------------------------------------------

  function configure(hello) {
    const wasActive = state.active;
    const oldMode = state.mode;
    state.active = !!hello.active;
    state.mode = hello.mode === 'label' ? 'label' : 'hide';
    state.prefs = { threshold: hello.threshold === undefined ? null : hello.threshold, kinds: hello.kinds || {} };
    state.host = hello.host || '';
    state.learned = Array.isArray(hello.learned) ? hello.learned : [];
    applyLearnedStyle();
    if (wasActive && !state.active) unmarkAll();
    if (state.active && oldMode !== state.mode) {
      for (const [id, item] of state.items) if (item.state !== 'shown') setState(id, markValue());
    }
    if (state.active && !wasActive) {
      observe();
      queue(doc);
    } else if (state.active) {
      markLearnedIn(doc); // new rules; the page itself was scanned already
    } else if (state.observer) {
      state.observer.disconnect();
      state.observer = null;
    }
  }

  async function hello() {
    const h = await send({ type: C.HELLO, url: location.href });
    if (h) configure(h);
  }

  function onStorage(changes, area) {
    if (area !== 'local') return;
    if (changes.settings || (state.host && changes['learned:' + state.host])) hello();
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
  api.storage.onChanged.addListener(guard(onStorage));
  guard(hello)();
})();
