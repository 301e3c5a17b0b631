/*
 * Options: the learned rules, one row each with where it applies, who made
 * it (the model, you, an import), how old it is and which model version
 * last confirmed it. Redrawn whenever a rule changes, wherever that happened.
 */
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const NF = globalThis.nofoobar;
  const U = NF.messages.FROM_UI;
  const t = NF.i18n.t;
  const $ = (id) => document.getElementById(id);
  const FROM = { model: t('source_model', undefined, 'the model'), user: t('source_user', undefined, 'you'),
    import: t('source_import', undefined, 'import') };
  const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

  // "5 minutes ago", "vor 3 Stunden": in the browser's language.
  function age(ms) {
    const m = Math.max(0, Math.round(ms / 60000));
    if (m < 60) return relative.format(-m, 'minute');
    if (m < 48 * 60) return relative.format(-Math.round(m / 60), 'hour');
    return relative.format(-Math.round(m / 1440), 'day');
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
        cell(row, stale ? t('options_rules_stale', [r.model, model], r.model + ' (older than ' + model + ')') : (r.model || '—'),
          r.checked ? 'last checked ' + new Date(r.checked).toLocaleString() : '').dataset.stale = stale ? 'true' : 'false';
        const forget = document.createElement('button');
        forget.type = 'button';
        forget.textContent = t('options_rules_forget', undefined, 'Forget');
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
