/*
 * The toolbar popup: this tab's hidden elements with the server's reasons,
 * undo and feedback for each, the site switch, pause, and server status.
 * It gets its whole state in one message. `?tab=ID` targets a given tab
 * (used when the popup is opened as a page, as the browser tests do).
 */
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const U = globalThis.nofoobar.messages.FROM_UI;
  const { t, localize } = globalThis.nofoobar.i18n;
  const $ = (id) => document.getElementById(id);
  let tabId = null;
  let current = null;

  const send = (msg) => api.runtime.sendMessage(msg);

  async function resolveTab() {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab ? tab.id : null;
  }

  function kindLabel(kind) {
    return kind ? t('kind_' + kind, undefined, kind.replace(/^ai_/, 'AI ').replace(/_/g, ' ')) : t('popup_ai_element');
  }

  function renderServer(state) {
    const el = $('server-status');
    const s = state.server || {};
    if (s.ok) {
      el.textContent = s.modelVersion ? t('popup_server_ok_model', [String(s.modelVersion)]) : t('popup_server_ok');
      el.className = 'status';
    } else {
      el.textContent = t('popup_server_down', [state.serverUrl, s.error || t('no_answer')]);
      el.className = 'status bad';
    }
    el.dataset.ok = s.ok ? 'true' : 'false';
  }

  function renderItem(item) {
    const node = $('item-template').content.firstElementChild.cloneNode(true);
    node.dataset.id = item.id;
    node.dataset.frame = String(item.frameId);
    node.dataset.state = item.state;
    node.classList.toggle('shown', item.state === 'shown');
    node.querySelector('.kind').textContent = kindLabel(item.kind);
    node.querySelector('.score').textContent = typeof item.score === 'number' ? Math.round(item.score * 100) + '%' : t('source_' + item.source, undefined, String(item.source));
    node.querySelector('.state').textContent = t('state_' + item.state, undefined, item.state);
    const reasons = node.querySelector('.reasons');
    for (const r of item.reasons || []) {
      const li = document.createElement('li');
      li.textContent = r;
      reasons.appendChild(li);
    }
    node.querySelector('.selector').textContent = item.selector || '';
    node.querySelector('[data-action="show"]').hidden = item.state === 'shown';
    node.querySelector('[data-action="hide"]').hidden = item.state !== 'shown';
    for (const b of node.querySelectorAll('button[data-action]')) {
      b.addEventListener('click', () => act(item, b.dataset.action));
    }
    return node;
  }

  let renderedItems = null;
  function render(state) {
    current = state;
    renderServer(state);
    $('site-host').textContent = state.host || t('popup_this_page');
    $('site-enabled').checked = !!state.siteEnabled;
    $('site-enabled').disabled = !state.host;
    $('pause').hidden = state.paused;
    $('resume').hidden = !state.paused;
    const ps = $('pause-status');
    ps.hidden = !state.paused;
    ps.textContent = state.paused ? t('paused_until', [new Date(state.pausedUntil).toLocaleTimeString()]) : '';
    const active = state.items.filter((i) => i.state !== 'shown');
    $('count').textContent = String(active.length);
    $('empty').hidden = state.items.length > 0;
    // Rebuilt only when it changed: each action brings two refreshes (its
    // own and the tab's storage change), and a list rebuilt under the
    // pointer loses the click that lands during it.
    const items = JSON.stringify(state.items);
    if (items === renderedItems) return;
    renderedItems = items;
    $('items').replaceChildren(...state.items.map(renderItem));
  }

  async function refresh(checkServer) {
    render(await send({ type: U.POPUP_STATE, tabId, checkServer: !!checkServer }));
  }

  let refreshTimer = 0;
  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 50);
  }

  function say(text, bad) {
    const m = $('message');
    m.textContent = text;
    m.className = bad ? 'status bad' : 'status';
  }

  async function act(item, action) {
    const res = await send({ type: U.ITEM_ACTION, tabId, frameId: item.frameId, id: item.id, action });
    if (!res || res.ok === false) say(t('popup_action_failed', [action, (res && res.error) || t('no_answer')]), true);
    else if (res.feedback) {
      say(res.feedback.ok ? (action === 'is-ai' ? t('popup_thanks_ai') : t('popup_thanks_not_ai'))
        : t('popup_feedback_kept', [String(res.feedback.error)]), !res.feedback.ok);
    } else say('');
    // The content script reports its new state on its own; the storage
    // listener below picks it up. Refresh anyway for the status line.
    refreshSoon();
  }

  async function main() {
    localize(document);
    tabId = await resolveTab();
    $('site-enabled').addEventListener('change', async (e) => {
      if (!current || !current.host) return;
      await send({ type: U.SET_SITE, host: current.host, enabled: e.target.checked });
      setTimeout(refresh, 150);
    });
    $('pause').addEventListener('click', async () => { await send({ type: U.PAUSE, minutes: 60 }); refresh(); });
    $('resume').addEventListener('click', async () => { await send({ type: U.PAUSE, minutes: 0 }); refresh(); });
    $('options-link').addEventListener('click', (e) => {
      e.preventDefault();
      api.runtime.openOptionsPage();
    });
    // The tab's list lives in storage: follow it while the popup is open.
    api.storage.onChanged.addListener((changes) => {
      if (changes['tab:' + tabId]) refreshSoon();
    });
    await refresh(true);
    document.body.dataset.ready = 'true';
  }

  main().catch((e) => say(t('error', [e.message]), true));
})();
