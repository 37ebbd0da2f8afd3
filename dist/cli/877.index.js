export const id = 877;
export const ids = [877];
export const modules = {

/***/ 6877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/core/input-error.ts
var input_error = __webpack_require__(496);
// EXTERNAL MODULE: ./src/evidence/github-message.ts
var github_message = __webpack_require__(2272);
;// CONCATENATED MODULE: ./src/evidence/org-repositories.ts


/**
 * The org's repositories (100 a page), archived ones and forks left out unless asked for, narrowed by topic
 * and custom property, each with its tier. Unreadable custom properties leave tiers unknown (a warning), but
 * fail a filter that needs them: an audit of the wrong set must not look like an audit of the right one.
 */
async function listOrgRepositories(client, org, filter) {
    const listed = (await client.paginate('GET /orgs/{org}/repos', {
        org,
        type: 'all',
        per_page: 100
    }));
    const properties = await customProperties(client, org, filter);
    const repositories = listed
        .filter(repository => filter.includeArchived || repository.archived !== true)
        .filter(repository => filter.includeForks || repository.fork !== true)
        .filter(repository => filter.topic === undefined || (repository.topics ?? []).includes(filter.topic))
        .filter(repository => filter.property === undefined || hasProperty(properties.values, repository, filter.property))
        .map(repository => ({
        owner: repository.full_name.split('/')[0] ?? org,
        repo: repository.name,
        defaultBranch: repository.default_branch ?? 'main',
        tier: propertyValue(properties.values, repository.name, filter.tierProperty) ?? null
    }));
    return { repositories, warnings: properties.warnings };
}
async function customProperties(client, org, filter) {
    try {
        const pages = (await client.paginate('GET /orgs/{org}/properties/values', {
            org,
            per_page: 100
        }));
        const values = new Map(pages.map(entry => [
            entry.repository_name,
            new Map(entry.properties.map(p => [p.property_name, [p.value ?? ''].flat().join(',')]))
        ]));
        return { values, warnings: [] };
    }
    catch (error) {
        const reason = `the org's custom properties could not be read (${(0,github_message/* githubMessage */.h)(error)}); the App needs the organization permission "Custom properties: read"`;
        if (filter.property !== undefined)
            throw new input_error/* InputError */.d(`--property cannot be applied: ${reason}`, filter.property.name);
        return { values: new Map(), warnings: [`${reason}: tiers are unknown`] };
    }
}
function propertyValue(values, repository, name) {
    const value = values.get(repository)?.get(name);
    return value === '' ? undefined : value;
}
function hasProperty(values, repository, wanted) {
    return propertyValue(values, repository.name, wanted.name) === wanted.value;
}

// EXTERNAL MODULE: ./src/core/compare-text.ts
var compare_text = __webpack_require__(998);
;// CONCATENATED MODULE: ./src/report/org/org-entry.ts
/** The most history points kept per repository: enough for a trend line, bounded whatever the store holds. */
const HISTORY_POINTS = 30;
/** A report reduced to its org row. */
function orgEntryOf(report, repository, source, history = []) {
    return {
        repository: repository.name,
        tier: repository.tier,
        source,
        model: report.model,
        target: report.target,
        level: report.level,
        levelIndex: report.levelIndex,
        levels: [...report.levels],
        passed: report.passed,
        reason: report.reason,
        practices: Object.fromEntries(report.findings.map(finding => [finding.practice, finding.status])),
        // Oldest first by date (concurrent runs may append out of order), and only what the trend draws.
        history: [...history]
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
            .slice(-HISTORY_POINTS)
            .map(({ date, level }) => ({ date, level }))
    };
}
/** A repository that could be neither collected nor re-evaluated, with the reason (an HTTP status, a policy error). */
function unreadableEntry(repository, reason) {
    return {
        repository: repository.name,
        tier: repository.tier,
        source: 'unreadable',
        model: null,
        target: null,
        level: null,
        levelIndex: -1,
        levels: [],
        passed: false,
        reason,
        practices: {},
        history: []
    };
}
/** How many levels `entry` is below its target; 0 at or above it, and for a repository without a verdict. */
function levelsBelowTarget(entry) {
    if (entry.target === null)
        return 0;
    const target = entry.levels.indexOf(entry.target);
    return Math.max(0, target - entry.levelIndex);
}

;// CONCATENATED MODULE: ./src/report/org/merge-org-report.ts


/** Every status a practice can have, in the order the org views list them. */
const STATUSES = ['pass', 'fail', 'unknown', 'waived', 'not-applicable'];
const BELOW_TARGET_SHOWN = 20;
/**
 * Adds up repositories' rows one at a time, so the rows can come from a stream of shard files: what is kept
 * is each row (a few hundred bytes) and the counts, never a report.
 */
async function mergeOrgReport(org, entries) {
    const report = {
        version: 1,
        org,
        repositories: 0,
        sources: { artifact: 0, static: 0, unreadable: 0 },
        passed: 0,
        levels: {},
        practices: {},
        belowTarget: [],
        entries: []
    };
    const seen = new Set();
    for await (const entry of entries) {
        // A repository listed by two shards (a re-run shard) counts once.
        if (seen.has(entry.repository))
            continue;
        seen.add(entry.repository);
        add(report, entry);
    }
    report.entries.sort((a, b) => (0,compare_text/* compareText */.n)(a.repository, b.repository));
    report.belowTarget = furthestBelow(report.entries);
    report.practices = sortedKeys(report.practices);
    return report;
}
function add(report, entry) {
    report.repositories++;
    report.sources[entry.source]++;
    if (entry.passed)
        report.passed++;
    if (entry.model !== null) {
        const levels = (report.levels[entry.model] ??= {});
        const level = entry.level ?? 'none';
        levels[level] = (levels[level] ?? 0) + 1;
    }
    for (const [practice, status] of Object.entries(entry.practices)) {
        const counts = (report.practices[practice] ??= emptyCounts());
        counts[status]++;
    }
    report.entries.push(entry);
}
function emptyCounts() {
    return { pass: 0, fail: 0, unknown: 0, waived: 0, 'not-applicable': 0 };
}
function furthestBelow(entries) {
    return entries
        .map(entry => ({ entry, levelsBelow: levelsBelowTarget(entry) }))
        .filter(({ levelsBelow }) => levelsBelow > 0)
        .sort((a, b) => b.levelsBelow - a.levelsBelow || (0,compare_text/* compareText */.n)(a.entry.repository, b.entry.repository))
        .slice(0, BELOW_TARGET_SHOWN)
        .map(({ entry, levelsBelow }) => ({
        repository: entry.repository,
        level: entry.level,
        target: entry.target ?? '',
        levelsBelow
    }));
}
function sortedKeys(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (0,compare_text/* compareText */.n)(a, b)));
}

;// CONCATENATED MODULE: ./src/report/org/render-org-csv.ts
const COLUMNS = ['repository', 'tier', 'source', 'model', 'level', 'target', 'passed', 'reason'];
/**
 * One line per repository, then one column per practice with its status. Cells are quoted, and a cell a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at its start) is prefixed with `'`.
 */
function renderOrgCsv(report) {
    const practices = Object.keys(report.practices);
    const lines = [
        [...COLUMNS, ...practices].map(quote).join(','),
        ...report.entries.map(entry => [
            entry.repository,
            entry.tier ?? '',
            entry.source,
            entry.model ?? '',
            entry.level ?? '',
            entry.target ?? '',
            String(entry.passed),
            entry.reason,
            ...practices.map(practice => entry.practices[practice] ?? '')
        ]
            .map(quote)
            .join(','))
    ];
    return `${lines.join('\r\n')}\r\n`;
}
function quote(value) {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${safe.replace(/"/g, '""')}"`;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/org/render-org-dashboard.ts



/**
 * The org dashboard: one HTML file with its CSS, script and data inline, so it opens from disk or GitHub Pages
 * with no server and makes no request (its Content-Security-Policy forbids any). The practice distribution is
 * plain HTML; the repository table is drawn by the inline script from the embedded rows, which is what lets it
 * sort and filter. Repository text reaches the page only through `textContent`, never as markup.
 */
function renderOrgDashboard(report) {
    const org = (0,report_escape/* escapeHtml */.ZD)(report.org);
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
<thead><tr>${render_org_dashboard_COLUMNS.map(([key, label]) => `<th scope="col" aria-sort="none"><button type="button" data-key="${key}">${label}</button></th>`).join('')}<th scope="col">Trend</th></tr></thead>
<tbody></tbody>
</table>
</section>
</main>
<script type="application/json" id="org-data">${embeddedRows(report)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
const render_org_dashboard_COLUMNS = [
    ['repository', 'Repository'],
    ['tier', 'Tier'],
    ['level', 'Level'],
    ['target', 'Target'],
    ['below', 'Levels below target'],
    ['source', 'Source']
];
function practiceTable(report) {
    const rows = Object.entries(report.practices).map(([practice, counts]) => {
        const total = STATUSES.reduce((sum, status) => sum + counts[status], 0) || 1;
        const bar = STATUSES.filter(status => counts[status] > 0)
            .map(status => `<span class="bar ${status}" style="width:${((100 * counts[status]) / total).toFixed(1)}%"></span>`)
            .join('');
        const cells = STATUSES.map(status => `<td>${counts[status]}</td>`).join('');
        return `<tr><th scope="row">${(0,report_escape/* escapeHtml */.ZD)(practice)}</th><td><span class="bars" aria-hidden="true">${bar}</span></td>${cells}</tr>`;
    });
    return `<table id="practices">
<caption>How many repositories are in each status, per practice</caption>
<thead><tr><th scope="col">Practice</th><th scope="col">Share</th>${STATUSES.map(status => `<th scope="col">${status}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}
/** The rows the script draws, as JSON that cannot close the script element. */
function embeddedRows(report) {
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
    }));
    return JSON.stringify(rows).replace(/</g, '\\u003c');
}
const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}caption{text-align:left;color:#424a53;padding:.25rem 0}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d0d7de}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:#0b4fa8}
th[aria-sort=ascending] button::after{content:" \u25b2"}th[aria-sort=descending] button::after{content:" \u25bc"}
.bars{display:flex;width:12rem;height:.9rem;background:#eaeef2}
.bar.pass{background:#1a7f37}.bar.fail{background:#cf222e}.bar.unknown{background:#9a6700}
.bar.waived{background:#8250df}.bar.not-applicable{background:#8c959f}
form{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:.5rem 0}
label{font-weight:600}input,select{font:inherit;padding:.15rem .3rem}
.below{color:#a40e26;font-weight:600}.unreadable{color:#6e7781}
svg{vertical-align:middle}
`;
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
    if (row.history.length < 2) { td.textContent = row.history[0] || '\u2013'; return td; }
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
      cell(tr, row.tier || '\u2013');
      cell(tr, row.source === 'unreadable' ? 'unreadable' : row.level, row.source === 'unreadable' ? 'unreadable' : '');
      cell(tr, row.target || '\u2013');
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
`;

;// CONCATENATED MODULE: ./src/report/org/org-trend.ts
/** The levels a repository went through, oldest first, each change once: `base \u2192 beginner \u2192 intermediate`. */
function levelChanges(history) {
    const changes = [];
    for (const point of history) {
        const level = point.level ?? 'none';
        if (changes.at(-1) !== level)
            changes.push(level);
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/report/org/render-org-markdown.ts



/**
 * Rows of the repository table in the job summary: GitHub refuses a summary over 1 MiB, so a large org is cut
 * here and the table says where the rest is.
 */
const SUMMARY_ROWS = 500;
/** The org report as the merge job's summary: counts first, then practices, the laggards and every repository. */
function renderOrgMarkdown(report) {
    return [
        `## Maturity of ${(0,report_escape/* escapeMarkdown */.FV)(report.org)}: ${report.repositories} repositories`,
        '',
        `${report.passed} reach their target \u00b7 ${report.sources.artifact} from their report artifact, ` +
            `${report.sources.static} re-evaluated from their files, ${report.sources.unreadable} unreadable`,
        '',
        ...levelTable(report),
        ...render_org_markdown_practiceTable(report),
        ...belowTargetTable(report),
        ...repositoryTable(report.entries),
        ''
    ].join('\n');
}
function levelTable(report) {
    const rows = Object.entries(report.levels).flatMap(([model, levels]) => Object.entries(levels).map(([level, count]) => `| ${(0,report_escape/* codeSpan */.SS)(model, 'cell')} | ${(0,report_escape/* escapeMarkdown */.FV)(level)} | ${count} |`));
    return ['### Levels', '', '| model | level | repositories |', '| --- | --- | ---: |', ...rows, ''];
}
function render_org_markdown_practiceTable(report) {
    const rows = Object.entries(report.practices).map(([practice, counts]) => `| ${(0,report_escape/* codeSpan */.SS)(practice, 'cell')} | ${STATUSES.map(status => counts[status]).join(' | ')} |`);
    return [
        '### Practices',
        '',
        `| practice | ${STATUSES.join(' | ')} |`,
        `| --- |${' ---: |'.repeat(STATUSES.length)}`,
        ...rows,
        ''
    ];
}
function belowTargetTable(report) {
    if (report.belowTarget.length === 0)
        return ['Every judged repository reaches its target.', ''];
    const rows = report.belowTarget.map(row => `| ${(0,report_escape/* escapeMarkdown */.FV)(row.repository)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.level ?? 'none')} | ${(0,report_escape/* escapeMarkdown */.FV)(row.target)} | ${row.levelsBelow} |`);
    return [
        '### Furthest below target',
        '',
        '| repository | level | target | levels below |',
        '| --- | --- | --- | ---: |',
        ...rows,
        ''
    ];
}
function repositoryTable(entries) {
    const rows = entries.slice(0, SUMMARY_ROWS).map(entry => {
        const trend = levelChanges(entry.history)
            .map(level => (0,report_escape/* escapeMarkdown */.FV)(level))
            .join(' \u2192 ');
        const verdict = entry.source === 'unreadable' ? `unreadable: ${(0,report_escape/* escapeMarkdown */.FV)(entry.reason)}` : passMark(entry);
        return `| ${(0,report_escape/* escapeMarkdown */.FV)(entry.repository)} | ${(0,report_escape/* escapeMarkdown */.FV)(entry.tier ?? '\u2013')} | ${(0,report_escape/* escapeMarkdown */.FV)(entry.level ?? 'none')} | ${(0,report_escape/* escapeMarkdown */.FV)(entry.target ?? '\u2013')} | ${verdict} | ${entry.source} | ${trend || '\u2013'} |`;
    });
    const cut = entries.length - rows.length;
    return [
        '### Repositories',
        '',
        '| repository | tier | level | target | verdict | source | trend |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        ...(cut > 0 ? ['', `\u2026 and ${cut} more: see \`org-report.json\` or the dashboard.`] : [])
    ];
}
function passMark(entry) {
    return entry.passed ? '\u2705 reaches target' : '\u274c below target';
}

// EXTERNAL MODULE: ./src/core/message-of.ts
var message_of = __webpack_require__(4344);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/evidence/report-artifact.ts + 1 modules
var report_artifact = __webpack_require__(3842);
;// CONCATENATED MODULE: ./src/audit/plan-shards.ts
/** A matrix larger than this buys nothing: every shard draws on the same App quota (README's budget). */
const MAX_SHARDS = 20;
/** Fewer repositories than this per shard are not worth a runner's start-up. */
const MIN_PER_SHARD = 25;
/** How many shards the planning job emits for `repositories`, at most `wanted` (itself at most MAX_SHARDS). */
function shardCount(repositories, wanted) {
    return Math.max(1, Math.min(wanted, MAX_SHARDS, Math.ceil(repositories / MIN_PER_SHARD)));
}
/** Shard `shard` (1-based) of `count` takes every count-th repository: equal sizes, with no coordination. */
function inShard(index, shard, count) {
    return index % count === shard - 1;
}

;// CONCATENATED MODULE: ./src/audit/audit-options.ts





const AUDIT_USAGE = `Usage: maturity-gate audit --org ORG [options]            audit every repository, write the org report
       maturity-gate audit --org ORG --plan N [options]   list the repositories, print the shards (at most N)
       maturity-gate audit --org ORG --shard I/N [options] audit shard I of the planned list
       maturity-gate audit --org ORG --merge              merge the shards into the org report

  --org ORG             the organisation (GITHUB_TOKEN or GH_TOKEN: a token that may read it; GITHUB_API_URL)
  --topic T             only repositories with this topic
  --property NAME=VALUE only repositories whose custom property NAME is VALUE
  --tier-property NAME  the custom property that is a repository's tier (default: tier)
  --include-archived    audit archived repositories too (default: skipped)
  --include-forks       audit forks too (default: skipped)
  --artifact NAME       the report artifact collected (default: maturity-report)
  --policies DIR        a repository without .maturity.yml is judged by DIR/<tier>.yml, else DIR/default.yml
  --output-dir DIR      where the plan, the shards and the org report go (default: maturity-audit)
  --csv                 also write org-report.csv
`;
/** argv after `audit` \u2192 options; InputError naming the option and the values it allows. */
function parseAuditArgs(argv, cwd) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        strict: true,
        allowPositionals: true,
        options: {
            org: { type: 'string' },
            topic: { type: 'string' },
            property: { type: 'string' },
            'tier-property': { type: 'string' },
            'include-archived': { type: 'boolean' },
            'include-forks': { type: 'boolean' },
            artifact: { type: 'string' },
            policies: { type: 'string' },
            'output-dir': { type: 'string' },
            csv: { type: 'boolean' },
            plan: { type: 'string' },
            shard: { type: 'string' },
            merge: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help)
        return 'help';
    if (positionals.length > 0)
        throw new input_error/* InputError */.d(`audit takes no operand; found '${positionals[0]}'`, '');
    if (!values.org || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(values.org)) {
        throw new input_error/* InputError */.d('audit needs --org with an organisation login (letters, digits, hyphens)', values.org ?? '');
    }
    return {
        org: values.org,
        mode: modeOf(values.plan, values.shard, values.merge === true),
        filter: {
            topic: values.topic,
            property: values.property === undefined ? undefined : propertyOf(values.property),
            includeArchived: values['include-archived'] === true,
            includeForks: values['include-forks'] === true,
            tierProperty: values['tier-property'] ?? 'tier'
        },
        artifact: values.artifact ?? report_artifact/* REPORT_ARTIFACT */.Ae,
        policies: values.policies === undefined ? undefined : external_node_path_default().resolve(cwd, values.policies),
        outputDir: external_node_path_default().resolve(cwd, values['output-dir'] ?? 'maturity-audit'),
        csv: values.csv === true
    };
}
function modeOf(plan, shard, merge) {
    if ([plan !== undefined, shard !== undefined, merge].filter(Boolean).length > 1) {
        throw new input_error/* InputError */.d('--plan, --shard and --merge are steps of their own: give at most one', '');
    }
    if (plan !== undefined) {
        const shards = Number(plan);
        if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) {
            throw new input_error/* InputError */.d(`--plan is '${plan}'; expected a whole number from 1 to ${MAX_SHARDS}`, plan);
        }
        return { kind: 'plan', shards };
    }
    if (shard !== undefined) {
        const [, index, of] = /^(\d+)\/(\d+)$/.exec(shard) ?? [];
        const mode = { kind: 'shard', shard: Number(index), of: Number(of) };
        if (index === undefined ||
            mode.of < 1 ||
            mode.of > MAX_SHARDS ||
            mode.shard < 1 ||
            mode.shard > mode.of) {
            throw new input_error/* InputError */.d(`--shard is '${shard}'; expected I/N with 1 \u2264 I \u2264 N \u2264 ${MAX_SHARDS}, such as 2/5`, shard);
        }
        return mode;
    }
    return merge ? { kind: 'merge' } : { kind: 'all' };
}
function propertyOf(text) {
    const at = text.indexOf('=');
    if (at <= 0)
        throw new input_error/* InputError */.d(`--property is '${text}'; expected NAME=VALUE, such as tier=critical`, text);
    return { name: text.slice(0, at), value: text.slice(at + 1) };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/evidence/remote-workflow-reader.ts
var remote_workflow_reader = __webpack_require__(489);
;// CONCATENATED MODULE: ./src/evidence/repository-files.ts


const WORKFLOWS = '.github/workflows';
/**
 * What a static re-evaluation needs, read through the contents API at the default branch: the policy (absent
 * from `files` when the repository has none) and every workflow file. One request for the policy, one for the
 * workflow folder, one per workflow file.
 */
async function readRepositoryFiles(client, target, policyPath) {
    const read = (0,remote_workflow_reader/* remoteWorkflowReader */.b)(client);
    const at = { owner: target.owner, repo: target.repo, ref: target.defaultBranch };
    const policy = await read({ ...at, path: policyPath });
    if (!policy.ok && policy.status !== 404)
        return { ok: false, reason: `${policyPath}: ${policy.reason}` };
    const names = await workflowNames(client, at);
    if (!names.ok)
        return names;
    const files = policy.ok ? { [policyPath]: policy.text } : {};
    const reads = await Promise.all(names.files.map(async (file) => ({ file, read: await read({ ...at, path: file }) })));
    for (const { file, read: workflow } of reads) {
        // An unreadable workflow is left out; the gate then judges the others, as for a checkout missing it.
        if (workflow.ok)
            files[file] = workflow.text;
    }
    return { ok: true, files };
}
async function workflowNames(client, at) {
    try {
        const response = await client.request(`GET /repos/{owner}/{repo}/contents/${WORKFLOWS}`, at);
        const entries = Array.isArray(response.data)
            ? response.data
            : [];
        return {
            ok: true,
            files: entries
                .filter(entry => entry.type === 'file' && /\.ya?ml$/.test(entry.path))
                .map(entry => entry.path)
        };
    }
    catch (error) {
        const { status } = error;
        if (status === 404)
            return { ok: true, files: [] };
        return { ok: false, reason: `${WORKFLOWS}: ${status ?? ''} ${(0,github_message/* githubMessage */.h)(error)}`.trim() };
    }
}

// EXTERNAL MODULE: ./src/gate.ts + 48 modules
var gate = __webpack_require__(3666);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(4795);
;// CONCATENATED MODULE: ./src/report/org/collected-report.ts
/**
 * A downloaded `maturity-report.json` as a Report, or why it cannot be used: only what the org views read is
 * checked (schema/maturity-report-v1.schema.json is the full contract), and a report of an invalid policy is
 * said to be one.
 */
function collectedReport(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { problem: 'its maturity-report.json is not JSON' };
    }
    const report = value;
    if (typeof value !== 'object' || value === null || report.version !== 1) {
        return { problem: 'its maturity-report.json is not a version 1 report' };
    }
    if (Array.isArray(report.policyErrors))
        return { problem: `its latest report says: ${String(report.reason)}` };
    const shaped = typeof report.model === 'string' &&
        typeof report.target === 'string' &&
        (report.level === null || typeof report.level === 'string') &&
        typeof report.levelIndex === 'number' &&
        Array.isArray(report.levels) &&
        typeof report.passed === 'boolean' &&
        typeof report.reason === 'string' &&
        Array.isArray(report.findings) &&
        report.findings.every(f => typeof f.practice === 'string' && typeof f.status === 'string');
    return shaped
        ? report
        : { problem: 'its maturity-report.json lacks the fields of a version 1 report' };
}

// EXTERNAL MODULE: ./src/report/parse-history.ts
var parse_history = __webpack_require__(6100);
;// CONCATENATED MODULE: ./src/audit/audit-repository.ts











const POLICY = '.maturity.yml';
/**
 * One repository's row: its latest default-branch report artifact when it has one (collect), else its policy
 * and workflow files re-evaluated statically, else why neither was possible.
 */
async function auditRepository(target, settings) {
    const identity = { name: `${target.owner}/${target.repo}`, tier: target.tier };
    const artifact = await (0,report_artifact/* latestReportArtifact */.oY)(settings.client, target, settings.artifact);
    if ('error' in artifact)
        return unreadableEntry(identity, artifact.error);
    if (artifact.found) {
        const report = collectedReport(artifact.report);
        if ('problem' in report)
            return unreadableEntry(identity, `artifact ${settings.artifact}: ${report.problem}`);
        return orgEntryOf(report, identity, 'artifact', (0,parse_history/* parseHistory */.i)(artifact.history ?? '').records);
    }
    return staticEntry(target, identity, settings);
}
async function staticEntry(target, identity, settings) {
    const read = await readRepositoryFiles(settings.client, target, POLICY);
    if (!read.ok)
        return unreadableEntry(identity, `no report artifact, and its files could not be read: ${read.reason}`);
    const policyText = read.files[POLICY] ?? (await tierPolicy(settings.policies, target.tier));
    if (policyText === undefined) {
        return unreadableEntry(identity, `no report artifact and no ${POLICY}${settings.policies ? ' nor tier policy' : ''}`);
    }
    const root = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'maturity-audit-'));
    try {
        await writeFiles(root, read.files);
        const report = await (0,gate/* runGate */.R)({ root, policyPath: POLICY, policyText, today: settings.today });
        return orgEntryOf(report, identity, 'static');
    }
    catch (error) {
        const reason = error instanceof errors/* InvalidPolicyError */.OQ
            ? `its policy is invalid (${error.errors.length} errors)`
            : (0,message_of/* messageOf */.b)(error);
        return unreadableEntry(identity, `no report artifact, and re-evaluating failed: ${reason}`);
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
/** The files read through the API, under `root`; a name that would leave it is not written. */
async function writeFiles(root, files) {
    for (const [name, text] of Object.entries(files)) {
        const file = external_node_path_default().resolve(root, name);
        if (!file.startsWith(root + (external_node_path_default()).sep))
            continue;
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, text);
    }
}
/** DIR/<tier>.yml, else DIR/default.yml; a tier that is not a plain file name only gets the default. */
async function tierPolicy(folder, tier) {
    if (folder === undefined)
        return undefined;
    const names = tier !== null && /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(tier)
        ? [`${tier}.yml`, 'default.yml']
        : ['default.yml'];
    for (const name of names) {
        try {
            return await (0,promises_.readFile)(external_node_path_default().join(folder, name), 'utf8');
        }
        catch {
            // Try the next one: an absent tier policy falls back to the default.
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/audit-command.ts















const PLAN_FILE = 'repositories.jsonl';
/** Repositories audited at once per process: 20 shards of 4 stay under GitHub's 100 concurrent requests. */
const CONCURRENCY = 4;
/** A shard of a 10,000-repository audit may wait out several quota resets (README budget): 4 hours at most. */
const MAX_WAIT_MS = 4 * 60 * 60 * 1000;
/** `maturity-gate audit \u2026`: 0 when the step's files are written, 2 for a bad command line or input. */
async function runAudit(argv, io) {
    try {
        const options = parseAuditArgs(argv, io.cwd);
        if (options === 'help') {
            io.stdout(AUDIT_USAGE);
            return 0;
        }
        await (0,promises_.mkdir)(options.outputDir, { recursive: true });
        await runStep(options, io);
        return 0;
    }
    catch (error) {
        const said = error instanceof input_error/* InputError */.d && error.path === '' ? error.what : (0,message_of/* messageOf */.b)(error);
        io.stderr(`maturity-gate audit: ${said}\n`);
        return 2;
    }
}
async function runStep(options, io) {
    const { mode } = options;
    if (mode.kind === 'merge') {
        await writeOrgReport(await mergeOrgReport(options.org, shardEntries(options.outputDir)), options, io);
        return;
    }
    const client = await auditClient(io);
    if (mode.kind === 'shard') {
        const planned = await readPlan(options.outputDir);
        const mine = planned.filter((_, index) => inShard(index, mode.shard, mode.of));
        const entries = await auditAll(mine, client, options, io);
        await (0,promises_.writeFile)(external_node_path_default().join(options.outputDir, `shard-${mode.shard}.jsonl`), jsonLines(entries));
        io.stdout(`shard ${mode.shard}/${mode.of}: ${entries.length} repositories audited\n`);
        return;
    }
    const listed = await listOrgRepositories(client, options.org, options.filter);
    for (const warning of listed.warnings)
        io.stderr(`maturity-gate audit: warning: ${warning}\n`);
    if (mode.kind === 'plan') {
        await (0,promises_.writeFile)(external_node_path_default().join(options.outputDir, PLAN_FILE), jsonLines(listed.repositories));
        const count = shardCount(listed.repositories.length, mode.shards);
        io.stderr(`${listed.repositories.length} repositories of ${options.org} in ${count} shards\n`);
        // The workflow's planning step appends this line to $GITHUB_OUTPUT: the matrix of the shard jobs.
        io.stdout(`shards=${JSON.stringify(Array.from({ length: count }, (_, i) => `${i + 1}/${count}`))}\n`);
        return;
    }
    const entries = await auditAll(listed.repositories, client, options, io);
    await writeOrgReport(await mergeOrgReport(options.org, entries), options, io);
}
async function auditClient(io) {
    const token = io.env?.GITHUB_TOKEN || io.env?.GH_TOKEN;
    if (!token)
        throw new input_error/* InputError */.d('audit reads the GitHub API: set GITHUB_TOKEN or GH_TOKEN to a token that may read the org', '');
    const apiUrl = io.env?.GITHUB_API_URL || 'https://api.github.com';
    if (!URL.canParse(apiUrl))
        throw new input_error/* InputError */.d('GITHUB_API_URL is not a URL', apiUrl);
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 952));
    const { SharedBackoff } = await __webpack_require__.e(/* import() */ 29).then(__webpack_require__.bind(__webpack_require__, 6029));
    return createGitHubClient({
        token,
        apiUrl,
        maxTotalWaitMs: MAX_WAIT_MS,
        maxRetries: 8,
        backoff: new SharedBackoff()
    });
}
/** Every repository's row, in the given order, CONCURRENCY at a time. */
async function auditAll(repositories, client, options, io) {
    const entries = new Array(repositories.length);
    let next = 0;
    const settings = { client, artifact: options.artifact, policies: options.policies, today: io.today };
    const worker = async () => {
        for (let index = next++; index < repositories.length; index = next++) {
            const repository = repositories[index];
            entries[index] = await auditRepository(repository, settings);
        }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return entries;
}
async function readPlan(folder) {
    const file = external_node_path_default().join(folder, PLAN_FILE);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new input_error/* InputError */.d(`no plan to shard: run 'maturity-gate audit --plan N' first, which writes ${PLAN_FILE}`, file);
    }
    return text
        .split('\n')
        .filter(line => line.trim() !== '')
        .map(line => JSON.parse(line));
}
/**
 * The rows of every shard file, one line at a time (merging never holds a shard file in memory), then a row
 * for each planned repository no shard wrote: a failed shard job shows as its repositories unread, not as a
 * smaller org.
 */
async function* shardEntries(folder) {
    const shards = (await (0,promises_.readdir)(folder)).filter(name => /^shard-\d+\.jsonl$/.test(name)).sort();
    if (shards.length === 0)
        throw new input_error/* InputError */.d('no shard-N.jsonl to merge: run the shard steps first', folder);
    const merged = new Set();
    for (const shard of shards) {
        const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(external_node_path_default().join(folder, shard)), crlfDelay: Infinity });
        for await (const line of lines) {
            if (line.trim() === '')
                continue;
            const entry = JSON.parse(line);
            merged.add(entry.repository);
            yield entry;
        }
    }
    const planned = (0,external_node_fs_.existsSync)(external_node_path_default().join(folder, PLAN_FILE)) ? await readPlan(folder) : [];
    for (const repository of planned) {
        const name = `${repository.owner}/${repository.repo}`;
        if (!merged.has(name)) {
            yield unreadableEntry({ name, tier: repository.tier }, 'its shard wrote no row (did the shard job fail?)');
        }
    }
}
async function writeOrgReport(report, options, io) {
    const files = [
        ['org-report.json', `${JSON.stringify(report, null, 2)}\n`],
        ['org-summary.md', renderOrgMarkdown(report)],
        ['org-dashboard.html', renderOrgDashboard(report)],
        ...(options.csv ? [['org-report.csv', renderOrgCsv(report)]] : [])
    ];
    for (const [name, text] of files)
        await (0,promises_.writeFile)(external_node_path_default().join(options.outputDir, name), text);
    const { artifact, static: evaluated, unreadable } = report.sources;
    io.stdout(`${options.org}: ${report.repositories} repositories (${artifact} from their report artifact, ${evaluated} re-evaluated, ${unreadable} unreadable), ${report.passed} reach their target\n` +
        `wrote ${files.map(([name]) => external_node_path_default().relative(io.cwd, external_node_path_default().join(options.outputDir, name))).join(', ')}\n`);
}
function jsonLines(values) {
    return values.map(value => `${JSON.stringify(value)}\n`).join('');
}


/***/ }),

/***/ 6100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseHistory)
/* harmony export */ });
const KNOWN_SCHEMAS = new Set([1]);
/**
 * The store's JSON Lines text. A line that is not JSON, or of a schema this version does not know (written
 * by a newer maturity-gate), is skipped and said, never guessed at.
 */
function parseHistory(text) {
    const records = [];
    const skipped = [];
    for (const [index, line] of text.split('\n').entries()) {
        if (line.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            skipped.push({ line: index + 1, reason: 'not JSON' });
            continue;
        }
        const reason = problemOf(value);
        if (reason === undefined)
            records.push(value);
        else
            skipped.push({ line: index + 1, reason });
    }
    return { records, skipped };
}
function problemOf(value) {
    if (typeof value !== 'object' || value === null)
        return 'not a record';
    const record = value;
    if (!KNOWN_SCHEMAS.has(record.schema))
        return `schema ${String(record.schema)} is not one this version reads`;
    const shaped = typeof record.commit === 'string' &&
        typeof record.date === 'string' &&
        !Number.isNaN(Date.parse(record.date)) &&
        typeof record.held === 'number' &&
        (record.level === null || typeof record.level === 'string') &&
        typeof record.practices === 'object' &&
        record.practices !== null;
    return shaped ? undefined : 'missing commit, date, level, held or practices';
}


/***/ })

};
