import { escapeHtml } from '../escape.js'
import type { OrgReport } from './merge-org-report.js'
import { STATUSES } from './merge-org-report.js'
import { levelsBelowTarget } from './org-entry.js'

/**
 * The org dashboard: one HTML file with its CSS, script and data inline, so it opens from disk or GitHub Pages
 * with no server and makes no request (its Content-Security-Policy forbids any). The practice distribution is
 * plain HTML; the repository table is drawn by the inline script from the embedded rows, which is what lets it
 * sort and filter. Repository text reaches the page only through `textContent`, never as markup.
 */
export function renderOrgDashboard(report: OrgReport): string {
  const org = escapeHtml(report.org)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>Maturity of ${org}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Maturity of ${org}</h1>
<p>${report.repositories} repositories: ${report.passed} reach their target; ${report.sources.artifact} from their
report artifact, ${report.sources.static} re-evaluated from their files, ${report.sources.unreadable} unreadable.</p>
</header>
<main>
<section aria-labelledby="practices-heading">
<h2 id="practices-heading">Practices across the organisation</h2>
${practiceTable(report)}
</section>
<section aria-labelledby="repositories-heading">
<h2 id="repositories-heading">Repositories</h2>
<form id="filters" role="search" aria-label="Filter repositories">
<label for="filter-name">Repository</label><input id="filter-name" type="search" autocomplete="off">
<label for="filter-level">Level</label><select id="filter-level"><option value="">any</option></select>
<label for="filter-tier">Tier</label><select id="filter-tier"><option value="">any</option></select>
<label for="filter-practice">Practice</label><select id="filter-practice"><option value="">any</option></select>
<label for="filter-status">Status of the practice</label><select id="filter-status"><option value="">any</option>${STATUSES.map(status => `<option>${status}</option>`).join('')}</select>
</form>
<p id="shown" aria-live="polite"></p>
<table id="repositories">
<caption>Each repository's level against its target; select a column heading to sort by it.</caption>
<thead><tr>${COLUMNS.map(([key, label]) => `<th scope="col" aria-sort="none"><button type="button" data-key="${key}">${label}</button></th>`).join('')}<th scope="col">Trend</th></tr></thead>
<tbody></tbody>
</table>
</section>
</main>
<script type="application/json" id="org-data">${embeddedRows(report)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`
}

const COLUMNS: ReadonlyArray<[string, string]> = [
  ['repository', 'Repository'],
  ['tier', 'Tier'],
  ['level', 'Level'],
  ['target', 'Target'],
  ['below', 'Levels below target'],
  ['source', 'Source']
]

function practiceTable(report: OrgReport): string {
  const rows = Object.entries(report.practices).map(([practice, counts]) => {
    const total = STATUSES.reduce((sum, status) => sum + counts[status], 0) || 1
    const bar = STATUSES.filter(status => counts[status] > 0)
      .map(
        status =>
          `<span class="bar ${status}" style="width:${((100 * counts[status]) / total).toFixed(1)}%"></span>`
      )
      .join('')
    const cells = STATUSES.map(status => `<td>${counts[status]}</td>`).join('')
    return `<tr><th scope="row">${escapeHtml(practice)}</th><td><span class="bars" aria-hidden="true">${bar}</span></td>${cells}</tr>`
  })
  return `<table id="practices">
<caption>How many repositories are in each status, per practice</caption>
<thead><tr><th scope="col">Practice</th><th scope="col">Share</th>${STATUSES.map(status => `<th scope="col">${status}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`
}

/** The rows the script draws, as JSON that cannot close the script element. */
function embeddedRows(report: OrgReport): string {
  const rows = report.entries.map(entry => ({
    repository: entry.repository,
    tier: entry.tier ?? '',
    level: entry.level ?? 'none',
    levelIndex: entry.levelIndex,
    levels: entry.levels,
    target: entry.target ?? '',
    below: levelsBelowTarget(entry),
    source: entry.source,
    reason: entry.reason,
    practices: entry.practices,
    history: entry.history.map(point => point.level ?? 'none')
  }))
  return JSON.stringify(rows).replace(/</g, '\\u003c')
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}caption{text-align:left;color:#424a53;padding:.25rem 0}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d0d7de}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:#0b4fa8}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
.bars{display:flex;width:12rem;height:.9rem;background:#eaeef2}
.bar.pass{background:#1a7f37}.bar.fail{background:#cf222e}.bar.unknown{background:#9a6700}
.bar.waived{background:#8250df}.bar.not-applicable{background:#8c959f}
form{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:.5rem 0}
label{font-weight:600}input,select{font:inherit;padding:.15rem .3rem}
.below{color:#a40e26;font-weight:600}.unreadable{color:#6e7781}
svg{vertical-align:middle}
`

/** The table's behaviour; plain ES2020 with no library, reading the embedded rows once. */
const SCRIPT = `
(() => {
  const rows = JSON.parse(document.getElementById('org-data').textContent);
  const body = document.querySelector('#repositories tbody');
  const shown = document.getElementById('shown');
  const filters = {
    name: document.getElementById('filter-name'),
    level: document.getElementById('filter-level'),
    tier: document.getElementById('filter-tier'),
    practice: document.getElementById('filter-practice'),
    status: document.getElementById('filter-status')
  };
  const LIMIT = 1000;
  let sort = { key: 'repository', direction: 1 };
  const unique = values => [...new Set(values)].filter(v => v !== '').sort();
  const fill = (select, values) => {
    for (const value of values) {
      const option = document.createElement('option');
      option.textContent = value;
      select.append(option);
    }
  };
  fill(filters.level, unique(rows.map(r => r.level)));
  fill(filters.tier, unique(rows.map(r => r.tier)));
  fill(filters.practice, unique(rows.flatMap(r => Object.keys(r.practices))));
  const value = (row, key) => (key === 'level' ? row.levelIndex : row[key]);
  const compare = (a, b) => {
    const x = value(a, sort.key), y = value(b, sort.key);
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * sort.direction || a.repository.localeCompare(b.repository);
  };
  const keep = row =>
    (!filters.name.value || row.repository.toLowerCase().includes(filters.name.value.toLowerCase())) &&
    (!filters.level.value || row.level === filters.level.value) &&
    (!filters.tier.value || row.tier === filters.tier.value) &&
    (!filters.practice.value || (filters.practice.value in row.practices &&
      (!filters.status.value || row.practices[filters.practice.value] === filters.status.value))) &&
    (filters.practice.value || !filters.status.value || Object.values(row.practices).includes(filters.status.value));
  const cell = (tr, text, className) => {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    tr.append(td);
    return td;
  };
  const trend = row => {
    const td = document.createElement('td');
    if (row.history.length < 2) { td.textContent = row.history[0] || '–'; return td; }
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const width = 80, height = 20, top = Math.max(1, row.levels.length - 1);
    svg.setAttribute('width', width); svg.setAttribute('height', height);
    svg.setAttribute('role', 'img');
    const changes = row.history.filter((level, i) => level !== row.history[i - 1]);
    svg.setAttribute('aria-label', 'trend: ' + changes.join(' to '));
    const line = document.createElementNS(ns, 'polyline');
    const step = width / (row.history.length - 1);
    line.setAttribute('points', row.history.map((level, i) =>
      (i * step).toFixed(1) + ',' + (height - 2 - (Math.max(0, row.levels.indexOf(level)) / top) * (height - 4)).toFixed(1)).join(' '));
    line.setAttribute('fill', 'none'); line.setAttribute('stroke', '#0b4fa8'); line.setAttribute('stroke-width', '2');
    svg.append(line);
    td.append(svg);
    return td;
  };
  const draw = () => {
    const kept = rows.filter(keep).sort(compare);
    body.replaceChildren();
    for (const row of kept.slice(0, LIMIT)) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = row.repository;
      tr.append(th);
      cell(tr, row.tier || '–');
      cell(tr, row.source === 'unreadable' ? 'unreadable' : row.level, row.source === 'unreadable' ? 'unreadable' : '');
      cell(tr, row.target || '–');
      cell(tr, String(row.below), row.below > 0 ? 'below' : '');
      cell(tr, row.source).title = row.reason;
      tr.append(trend(row));
      body.append(tr);
    }
    shown.textContent = kept.length > LIMIT
      ? 'Showing the first ' + LIMIT + ' of ' + kept.length + ' matching repositories; narrow the filters to see the rest.'
      : kept.length + ' of ' + rows.length + ' repositories shown.';
  };
  for (const header of document.querySelectorAll('#repositories th button')) {
    header.addEventListener('click', () => {
      const key = header.dataset.key;
      sort = { key, direction: sort.key === key ? -sort.direction : 1 };
      for (const th of document.querySelectorAll('#repositories th[aria-sort]')) th.setAttribute('aria-sort', 'none');
      header.parentElement.setAttribute('aria-sort', sort.direction === 1 ? 'ascending' : 'descending');
      draw();
    });
  }
  for (const control of Object.values(filters)) control.addEventListener('input', draw);
  document.querySelector('#repositories th').setAttribute('aria-sort', 'ascending');
  draw();
})();
`
