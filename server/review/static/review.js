// The train button and its progress: POST starts a run (409 = already
// training), then the JSON status is polled until the run ends.
'use strict';
(function () {
  const csrf = document.getElementById('csrf').content;
  const $ = (id) => document.getElementById(id);
  const button = $('train-button');

  function cell(tag, text) { const e = document.createElement(tag); e.textContent = text; return e; }

  function flipTable(title, rows) {
    const box = document.createElement('div');
    box.appendChild(cell('h3', title + ' (' + rows.length + ')'));
    const t = document.createElement('table');
    t.className = 'flips';
    const head = document.createElement('tr');
    for (const h of ['snippet', 'label', 'before', 'after', 'now']) head.appendChild(cell('th', h));
    t.appendChild(head);
    for (const r of rows) {
      const tr = document.createElement('tr');
      tr.dataset.key = r.key;
      tr.appendChild(cell('td', r.html));
      tr.appendChild(cell('td', r.label ? 'AI' : 'keep'));
      tr.appendChild(cell('td', r.before === null ? '–' : String(r.before)));
      tr.appendChild(cell('td', String(r.after)));
      tr.appendChild(cell('td', r.now_right ? 'right' : 'wrong'));
      t.appendChild(tr);
    }
    box.appendChild(t);
    return box;
  }

  function show(s) {
    $('train-phase').textContent = s.state === 'running' ? s.phase : s.state;
    $('train-folds').textContent = s.folds ? 'fold ' + s.folds[0] + ' of ' + s.folds[1] : '';
    $('train-output').textContent = s.output || '';
    const flips = $('train-flips');
    flips.textContent = '';
    if (s.state === 'done' && s.flips) {
      const head = cell('p', 'New version ' + s.new_version + ' (saved, not served): ');
      const link = cell('a', 'its report');
      link.id = 'train-report';
      link.href = 'review/versions/' + encodeURIComponent(s.new_version) + '/report';
      head.appendChild(link);
      head.appendChild(document.createTextNode('. What it would change against ' + (s.old_version || 'nothing') + ':'));
      flips.appendChild(head);
      flips.appendChild(flipTable('Your labels whose verdict flips', s.flips.labels));
      flips.appendChild(flipTable('Evaluation rows whose verdict flips, of ' + s.flips.evaluated, s.flips.evaluation));
      flips.appendChild(cell('p', 'Reload the page to promote it.'));
    } else if (s.state === 'failed') {
      flips.appendChild(cell('p', 'Training failed (exit ' + s.exit_code + ') ' + (s.error || '')));
    }
    document.body.dataset.train = s.state;
  }

  async function poll() {
    const r = await fetch('review/train', { credentials: 'same-origin' });
    const s = await r.json();
    show(s);
    if (s.state === 'running') setTimeout(poll, 500);
  }

  button.addEventListener('click', async () => {
    const r = await fetch('review/train', { method: 'POST', credentials: 'same-origin',
      headers: { 'X-CSRF-Token': csrf } });
    const s = await r.json();
    $('train-message').textContent = r.status === 409 ? 'Already training.'
      : r.ok ? 'Training started.' : (s.error && s.error.message) || 'Could not start.';
    poll();
  });
  poll();
})();
