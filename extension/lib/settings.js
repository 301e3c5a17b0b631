/*
 * Settings: defaults, normalising what the options page saves, and the one
 * question every part asks — is nofoobar active on this site right now?
 * Pure; the background owns reading and writing chrome.storage.
 */
(function (root, factory) {
  'use strict';
  // In node, dependencies come from require(); in the extension, from
  // scripts loaded before this one.
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./messages.js') : root.nofoobar.messages);
  root.nofoobar = Object.assign(root.nofoobar || {}, { settings: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (messages) {
  'use strict';

  const KINDS = messages.KINDS;

  const DEFAULTS = Object.freeze({
    serverUrl: 'http://127.0.0.1:8765',
    token: '',
    mode: 'hide', // or 'label': outline with an "AI" tag instead of hiding
    threshold: null, // null: trust the server's own threshold
    kinds: Object.freeze(Object.fromEntries(KINDS.map((k) => [k, true]))),
    disabledSites: Object.freeze([]),
    pausedUntil: 0,
  });

  function normalizeHost(h) {
    return String(h || '').trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
  }

  function normalize(raw) {
    const s = raw && typeof raw === 'object' ? raw : {};
    let serverUrl = typeof s.serverUrl === 'string' ? s.serverUrl.trim().replace(/\/+$/, '') : '';
    if (!/^https?:\/\/[^/\s]+/i.test(serverUrl)) serverUrl = DEFAULTS.serverUrl;
    const t = s.threshold === '' || s.threshold === null || s.threshold === undefined
      ? null : Number(s.threshold);
    const kinds = {};
    for (const k of KINDS) kinds[k] = !(s.kinds && s.kinds[k] === false);
    const sites = Array.isArray(s.disabledSites) ? s.disabledSites : [];
    return {
      serverUrl,
      token: typeof s.token === 'string' ? s.token.trim() : '',
      mode: s.mode === 'label' ? 'label' : 'hide',
      threshold: Number.isFinite(t) && t >= 0 && t <= 1 ? t : null,
      kinds,
      disabledSites: [...new Set(sites.map(normalizeHost).filter(Boolean))].sort(),
      pausedUntil: Number.isFinite(s.pausedUntil) ? s.pausedUntil : 0,
    };
  }

  // The hostname without port: what the per-site switch, match patterns
  // (for the zero-flash registration) and cosmetic filters use.
  function siteOf(url) {
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
      return normalizeHost(u.hostname);
    } catch (e) {
      return '';
    }
  }

  // The scope of learned rules and verdicts: scheme, host and port. Two
  // tenants of one host on different ports (or http and https) are two
  // origins and never share a rule.
  function originOf(url) {
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
      return u.origin;
    } catch (e) {
      return '';
    }
  }

  function isSiteDisabled(settings, host) {
    return settings.disabledSites.some((d) => host === d || host.endsWith('.' + d));
  }

  function isActive(settings, host, now) {
    if (!host) return false;
    if (settings.pausedUntil && (now || Date.now()) < settings.pausedUntil) return false;
    return !isSiteDisabled(settings, host);
  }

  const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

  // Is `url` a page of the classifier server the extension is set to (its
  // review page)? The extension leaves those alone: it would otherwise hide
  // the page's own "Relabel as AI" buttons and label previews. Loopback
  // names count as one host, as the server answers to all of them.
  function isServerPage(settings, url) {
    try {
      const page = new URL(url);
      const server = new URL(settings.serverUrl);
      if (page.protocol !== server.protocol || page.port !== server.port) return false;
      return page.hostname === server.hostname || (LOOPBACK.test(page.hostname) && LOOPBACK.test(server.hostname));
    } catch (e) {
      return false;
    }
  }

  // Should a scored element be acted on? The user's threshold overrides the
  // server's, and a kind switched off on the options page is kept.
  function wants(settings, result) {
    if (!result) return false;
    const ai = settings.threshold === null ? !!result.ai : Number(result.score) >= settings.threshold;
    if (!ai) return false;
    return !(result.kind && settings.kinds[result.kind] === false);
  }

  return { DEFAULTS, normalize, normalizeHost, siteOf, originOf, isActive, isSiteDisabled, isServerPage, wants };
}));
