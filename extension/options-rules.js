/*
 * Options: the learned rules, one row each with where it applies, who made
 * it (the model, you, an import), how old it is and which model version
 * last confirmed it. Redrawn whenever a rule changes, wherever that happened.
 */
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const U = globalThis.nofoobar.messages.FROM_UI;
  const $ = (id) => document.getElementById(id);
  const FROM = { model: 'the model', user: 'you', import: 'import' };

  function age(ms) {
    const m = Math.max(0, Math.round(ms / 60000));
    if (m < 60) return m + ' min';
    if (m < 48 * 60) return Math.round(m / 60) + ' h';
    return Math.round(m / 1440) + ' d';
  }

  function cell(row, text, title) {
    const td = document.createElement('td');
    td.textContent = text;
    if (title) td.title = title;
    row.appendChild(td);
    return td;
  }

  async function draw() {
    const { rules, model, now } = await api.runtime.sendMessage({ type: U.LIST_RULES });
    const body = $('rules').tBodies[0];
    body.replaceChildren();
    let n = 0;
    for (const origin of Object.keys(rules).sort()) {
      for (const r of rules[origin]) {
        n++;
        const row = document.createElement('tr');
        row.dataset.origin = origin;
        row.dataset.selector = r.selector;
        cell(row, origin);
        cell(row, r.selector).className = 'selector';
        cell(row, FROM[r.source] || r.source || '');
        cell(row, age(now - (r.added || now)), r.added ? new Date(r.added).toLocaleString() : '');
        const stale = r.model && model && r.model !== model;
        cell(row, (r.model || '—') + (stale ? ' (older than ' + model + ')' : ''),
          r.checked ? 'last checked ' + new Date(r.checked).toLocaleString() : '').dataset.stale = stale ? 'true' : 'false';
        const forget = document.createElement('button');
        forget.type = 'button';
        forget.textContent = 'Forget';
        forget.addEventListener('click', () => {
          api.runtime.sendMessage({ type: U.FORGET_RULE, origin, selector: r.selector }).catch(() => {});
        });
        row.appendChild(document.createElement('td')).appendChild(forget);
        body.appendChild(row);
      }
    }
    $('rules').hidden = !n;
    $('rules-empty').hidden = !!n;
    $('rules').dataset.count = String(n);
  }

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('learned:'))) draw().catch(() => {});
  });
  draw().catch(() => {});
})();
