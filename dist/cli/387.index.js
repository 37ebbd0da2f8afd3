export const id = 387;
export const ids = [387,537];
export const modules = {

/***/ 6641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ practiceChanges)
/* harmony export */ });
const DAY = 86_400_000;
/** For every practice of the newest record (oldest record first in `records`). */
function practiceChanges(records) {
    const newest = records.at(-1);
    if (newest === undefined)
        return [];
    return Object.entries(newest.practices)
        .map(([practice, status]) => changeOf(records, practice, status, newest))
        .sort((a, b) => a.practice.localeCompare(b.practice));
}
function changeOf(records, practice, status, newest) {
    const statusAt = (index) => records[index]?.practices[practice];
    let start = records.length - 1;
    while (start > 0 && statusAt(start - 1) === status)
        start--;
    const first = records[start] ?? newest;
    const since = { date: first.date, commit: first.commit };
    const change = { practice, status, since, changed: start > 0 };
    if (status === 'pass') {
        return { ...change, heldDays: Math.floor((Date.parse(newest.date) - Date.parse(first.date)) / DAY) };
    }
    const lastPass = records.findLastIndex(record => record.practices[practice] === 'pass');
    const lost = lastPass === -1 ? undefined : records[lastPass + 1];
    return lost === undefined ? change : { ...change, lostIn: { date: lost.date, commit: lost.commit } };
}


/***/ }),

/***/ 9201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ practiceDocsUrl)
/* harmony export */ });
/* harmony import */ var _models_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9966);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);


const DOCUMENTED = new Set(Object.values(_models_index_js__WEBPACK_IMPORTED_MODULE_0__/* .builtInModels */ .K).flatMap(model => model.practices.map(p => p.id)));
/**
 * The practice's section on the practices page (`docsUrl`), shared by the summary's links and SARIF's
 * `helpUri`. Only built-in practices have one: undefined for a policy's own practices.
 */
function practiceDocsUrl(docsUrl, practice) {
    return DOCUMENTED.has(practice) ? `${docsUrl}#${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeLinkPath */ .Er)(practice)}` : undefined;
}


/***/ }),

/***/ 4387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSummary: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/evaluate/levels.ts
var evaluate_levels = __webpack_require__(312);
// EXTERNAL MODULE: ./src/evaluate/regression-parts.ts
var regression_parts = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/explanation.ts





/**
 * One or two sentences saying why, in the words a reviewer would use; shared by the job summary and the PR
 * comment.
 */
function explanation(report) {
    const target = report.levels.indexOf(report.target);
    const required = report.findings.filter(f => (0,annotations/* isRequired */.gx)(report, f) && !(0,evaluate_levels/* countsAsPass */.oZ)(f.status));
    // Practices above the staged target are required only by a category target: named with that target.
    const blockers = required.filter(f => report.levels.indexOf(f.level) <= target);
    const byCategory = required.filter(f => report.levels.indexOf(f.level) > target);
    const unknown = required.filter(f => f.status === 'unknown').length;
    const fatal = (0,regression_parts/* regressionParts */.u)(report.regressions.filter(r => r.severity === 'error'));
    const weakened = report.policyChanges.filter(c => c.kind === 'weakened' && c.severity === 'error').length;
    const parts = [];
    if (report.evidence.onlyApiMissing) {
        // Not a shortfall of the pipeline: say what would be judged with a token instead of listing blockers.
        parts.push((0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(report.reason, 500)));
    }
    else if (blockers.length > 0) {
        parts.push(`${(0,format/* plural */.LS)(blockers.length, 'practice stands', 'practices stand')} between it and ` +
            `**${(0,format/* name */.UU)(report.target)}**: ${(0,format/* nameList */.OD)(blockers.map(f => f.practice))}` +
            (unknown > 0 ? ` (${unknown} could not be checked, and unknown never counts as a pass)` : ''));
    }
    else if (report.passed) {
        parts.push(`every practice required for **${(0,format/* name */.UU)(report.target)}** holds`);
    }
    if (byCategory.length > 0) {
        const named = byCategory.map(f => `${(0,format/* name */.UU)(f.practice)} (${(0,format/* name */.UU)(f.category)} \u2192 ${(0,format/* name */.UU)(report.targets[f.category] ?? '')})`);
        parts.push(`category targets also require ${named.join(', ')}`);
    }
    if (fatal.length > 0)
        parts.push(`against the base commit, ${fatal.join(' and ')}`);
    if (weakened > 0)
        parts.push(`this change weakens the policy (${(0,format/* plural */.LS)(weakened, 'change', 'changes')})`);
    if (parts.length === 0)
        parts.push((0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(report.reason, 500)));
    const advise = !report.passed && report.mode === 'advise' ? ' Advise mode: the check does not fail.' : '';
    const sentence = parts.join('; ');
    return `${(0,format/* capitalise */.sK)(sentence)}.${baseSentence(report)}${advise}`;
}
/** Never a silent "no regressions": say whether the base was compared, and if not, why. */
function baseSentence(report) {
    const { base } = report;
    if (base.status === 'compared') {
        return report.regressions.length === 0
            ? ` No regression against the base commit${(0,format/* shortSha */.Fu)(base.sha)}.`
            : '';
    }
    if (base.status === 'unknown') {
        return ` Regressions could not be checked: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(base.reason, 300))}.`;
    }
    return '';
}

;// CONCATENATED MODULE: ./src/report/summary/all-findings.ts


/** Evidence items shown per finding; the JSON report has the rest. */
const EVIDENCE_MAX = 10;
/** Every finding with its evidence, folded away in a details block. */
function allFindings(context) {
    const { report, detail } = context;
    if (report.findings.length === 0)
        return [];
    const file = (0,report_escape/* escapeHtml */.ZD)(context.options.reportFile ?? 'maturity-report.json');
    const columns = detail.shortEvidence
        ? '| practice | level | status | message | where |\n|---|---|---|---|---|'
        : '| practice | level | status | message | where | evidence |\n|---|---|---|---|---|---|';
    const rows = report.findings.map(f => {
        const where = f.locations.map(l => context.location(l, 'cell')).join('<br>') || '\u2013';
        const mark = format/* STRENGTH_MARK */.WS[f.strength];
        const status = `${format/* STATUS_ICON */.tW[f.status]} ${f.status}${mark ? ` (${mark})` : ''}`;
        const evidence = detail.shortEvidence ? '' : ` ${evidenceCell(context, f.evidence)} |`;
        return `| ${(0,format/* name */.UU)(f.practice)} | ${(0,format/* name */.UU)(f.level)} | ${status} | ${context.prose(f.message, 'cell')} | ${where} |${evidence}`;
    });
    return [
        {
            name: 'all findings',
            head: [
                `<details><summary>All ${report.findings.length} findings with evidence (JSON report: ${file})</summary>`,
                '',
                ...columns.split('\n')
            ],
            rows: context.capRows(rows),
            tail: ['', '</details>']
        }
    ];
}
/** Each evidence item in a few words; the JSON report has the full record. */
function evidenceCell(context, items) {
    const shown = items.map(item => evidenceText(context, item));
    return (0,format/* capped */.uo)(shown, EVIDENCE_MAX, count => `\u2026 ${count} more`).join('<br>') || '\u2013';
}
function evidenceText(context, item) {
    const code = (value) => (0,format/* codeName */.Pg)(value, 'cell');
    switch (item.kind) {
        case 'file':
            return `file ${code(item.file)}`;
        case 'job':
            return `job ${code(item.job)} in ${code(item.workflow)}`;
        case 'step':
            return `step ${code(item.step)} of ${code(item.job)}`;
        case 'attestation':
            return `attested by ${context.cell(item.by)} until ${(0,report_escape/* escapeMarkdown */.FV)(item.expires)}`;
        case 'command':
            return `${code(item.command)} ${item.timedOut ? 'timed out' : `exited ${item.exitCode ?? '\u2013'}`}`;
        case 'tests':
            return (`${item.tests} tests, ${item.failures} failed, ${item.errors} errors, ${item.skipped} skipped ` +
                `in ${code(item.file)}`);
        case 'coverage':
            return `coverage ${(0,format/* num */.bu)(item.lines)}% lines, ${(0,format/* num */.bu)(item.branches)}% branches in ${code(item.file)}`;
        case 'metric':
            return `${code(item.key)} = ${(0,format/* num */.bu)(item.candidate)} (${format/* METRIC_VERDICT */.BT[item.verdict]})`;
        case 'note':
            return context.prose(item.text, 'cell');
    }
}

;// CONCATENATED MODULE: ./src/report/summary/block.ts
/** A block with nothing to cut; no lines at all leaves it out of the Markdown. */
function textBlock(blockName, ...lines) {
    return { name: blockName, head: lines, rows: [], tail: [] };
}
/** The Markdown of the blocks, a blank line between them. */
function joinBlocks(blocks) {
    const parts = blocks
        .map(block => [...block.head, ...block.rows, ...block.tail].join('\n'))
        .filter(part => part !== '');
    return `${parts.join('\n\n')}\n`;
}
/** The row standing for `count` rows left out of a table (or a list). */
function moreRow(count, inTable = true) {
    return inTable ? `| \u2026 ${count} more in the JSON report |` : `- \u2026 ${count} more in the JSON report`;
}

;// CONCATENATED MODULE: ./src/report/summary/annotation-note.ts


/** Says which annotations GitHub's caps kept off the run page, so they are not taken for absent. */
function annotationNote({ options }) {
    const omitted = options.omittedAnnotations;
    if (!omitted)
        return [];
    const counts = ['error', 'warning', 'notice']
        .filter(level => omitted[level] > 0)
        .map(level => (0,format/* plural */.LS)(omitted[level], level, `${level}s`));
    if (counts.length === 0)
        return [];
    const hidden = omitted.error + omitted.warning + omitted.notice;
    return [
        textBlock('annotation note', `> [!NOTE]\n> GitHub shows at most 10 annotations of each kind per step: ${counts.join(', ')} ` +
            `${hidden === 1 ? 'appears' : 'appear'} only in this summary.`)
    ];
}

// EXTERNAL MODULE: ./src/report/category-levels.ts
var category_levels = __webpack_require__(1298);
;// CONCATENATED MODULE: ./src/report/summary/categories.ts


/**
 * Each category's level against its target: its own target when that is higher than the model's. A category
 * with no judged practice reached "\u2013" (its level would hold only vacuously); one below the first level "none".
 */
function categories({ report }) {
    const lines = (0,category_levels/* categoryLevels */.q)(report);
    if (lines.length === 0)
        return [];
    return [
        {
            name: 'categories',
            head: ['### Categories', '', '| category | reached | target | |', '|---|---|---|---|'],
            rows: lines.map(line => {
                const reached = !line.judged ? '\u2013' : line.reached === null ? 'none' : (0,format/* name */.UU)(line.reached);
                const met = !line.judged ? '\u2796' : line.met ? '\u2705' : '\u274c';
                return `| ${(0,format/* name */.UU)(line.category)} | ${reached} | ${(0,format/* name */.UU)(line.target)} | ${met} |`;
            }),
            tail: []
        }
    ];
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/report/practice-docs-url.ts
var practice_docs_url = __webpack_require__(9201);
;// CONCATENATED MODULE: ./src/report/summary/context.ts





function summaryContext(report, options, detail) {
    const cellMax = detail.shortEvidence ? 160 : 400;
    const docsUrl = options.docsUrl ?? version/* DOCS_URL */.a;
    return {
        report,
        options,
        detail,
        cell: value => (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(value, cellMax)),
        prose: (value, where) => (0,format/* prose */.CS)(value, cellMax, where),
        location: (at, where = 'inline') => {
            const label = (0,format/* locationLabel */.GE)(at);
            const base = options.sourceUrl;
            if (!base)
                return (0,report_escape/* codeSpan */.SS)(label, where);
            return `[${(0,report_escape/* escapeMarkdown */.FV)(label)}](${base}/${(0,report_escape/* encodeLinkPath */.Er)(at.file)}#L${at.line})`;
        },
        docsLink: practice => {
            const url = (0,practice_docs_url/* practiceDocsUrl */.c)(docsUrl, practice);
            return url ? `[docs](${url})` : '';
        },
        capRows: rows => (0,format/* capped */.uo)(rows, detail.shortEvidence ? 300 : Infinity, count => moreRow(count))
    };
}

;// CONCATENATED MODULE: ./src/report/summary/cut-blocks.ts


/** The last resort: whole blocks while they fit in `budget` bytes, then as many rows of the next one as fit. */
function cutBlocks(blocks, budget) {
    const kept = [];
    let used = 0;
    for (const [index, block] of blocks.entries()) {
        const size = byteLength(joinBlocks([block])) + 2;
        if (used + size <= budget) {
            kept.push(block);
            used += size;
            continue;
        }
        const partial = partialBlock(block, budget - used);
        if (partial)
            kept.push(partial);
        const lost = blocks.slice(index + (partial ? 1 : 0)).map(b => b.name);
        if (partial)
            lost.unshift(`${block.name} (last ${(0,format/* plural */.LS)(block.rows.length - partial.rows.length + 1, 'row', 'rows')})`);
        return { kept, cut: lost.join(', ') };
    }
    return { kept };
}
function partialBlock(block, room) {
    const frame = byteLength(joinBlocks([{ ...block, rows: [] }])) + 64;
    if (block.rows.length === 0 || frame > room)
        return undefined;
    const rows = [];
    let used = frame;
    for (const row of block.rows) {
        const size = byteLength(row) + 1;
        if (used + size > room)
            break;
        rows.push(row);
        used += size;
    }
    const inTable = block.head.some(line => line.startsWith('|'));
    return { ...block, rows: [...rows, moreRow(block.rows.length - rows.length, inTable)] };
}
function byteLength(value) {
    return Buffer.byteLength(value, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/summary/footer.ts



/** Which policy was applied and what evidence the verdict rests on. */
function footer({ report }) {
    const evidence = report.evidence.offline
        ? 'offline: workflow files only'
        : report.evidence.run
            ? 'this run read through the API'
            : 'no run evidence';
    return textBlock('footer', `<sub>policy ${(0,report_escape/* escapeHtml */.ZD)((0,report_escape/* truncate */.xv)(report.policy.path, format/* NAME_MAX */.fo))} (${report.policy.source}) \u00b7 ` +
        `${(0,format/* plural */.LS)(report.evidence.workflows, 'workflow file', 'workflow files')} \u00b7 ${evidence}</sub>`);
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts

/** Fill colour by what a job does; the first group a job's stages fall in wins, deploys first. */
const STAGE_GROUPS = [
    {
        className: 'deploy',
        stages: ['deploy', 'rollout', 'iac-apply', 'db-migration', 'model-deploy', 'pipeline-deploy'],
        style: 'fill:#fbefff'
    },
    {
        className: 'verify',
        stages: ['acceptance-test', 'smoke-test', 'performance-test', 'model-evaluation'],
        style: 'fill:#fff8c5'
    },
    {
        className: 'test',
        stages: [
            'unit-test',
            'integration-test',
            'static-analysis',
            'security-scan',
            'coverage',
            'test-report',
            'data-validation'
        ],
        style: 'fill:#ddf4ff'
    },
    {
        className: 'build',
        stages: ['build', 'artifact-store', 'training', 'experiment-tracking'],
        style: 'fill:#f6f8fa'
    }
];
/** Border by this run's outcome, so stage and status show at once. */
const STATUS_STYLES = {
    ok: 'stroke:#1a7f37,stroke-width:2px',
    bad: 'stroke:#cf222e,stroke-width:3px',
    skip: 'stroke:#8c959f,stroke-dasharray:4 3',
    running: 'stroke:#9a6700,stroke-width:2px'
};
const STATUS_ICON = { ok: '\u2705', bad: '\u274c', skip: '\u23ed skipped', running: '\u23f3' };
/** Longest job name or environment drawn in a node; the table beside the graph has the full text. */
const LABEL_MAX = 60;
/**
 * The pipeline as a Mermaid flowchart: one node per job (a subgraph per workflow when there are several),
 * `needs` as edges, environments in the label, classes for stage (fill) and run status (border).
 * Node ids are generated, never taken from the repository, so no job id can break the syntax.
 */
function renderMermaid(pipeline) {
    const ids = nodeIds(pipeline);
    const byWorkflow = groupBy(pipeline, job => job.workflow);
    const lines = ['flowchart LR'];
    const nested = byWorkflow.size > 1;
    let subgraph = 0;
    for (const [workflow, jobs] of byWorkflow) {
        if (nested)
            lines.push(`  subgraph w${subgraph++}["${(0,report_escape/* escapeMermaidLabel */.x2)((0,report_escape/* truncate */.xv)(workflow, LABEL_MAX))}"]`);
        const indent = nested ? '    ' : '  ';
        for (const job of jobs)
            lines.push(`${indent}${ids.get(job)}["${nodeLabel(job)}"]`);
        if (nested)
            lines.push('  end');
    }
    const needed = neededJob(pipeline);
    for (const job of pipeline) {
        for (const need of job.needs) {
            const from = needed(job, need);
            if (from)
                lines.push(`  ${ids.get(from)} --> ${ids.get(job)}`);
        }
    }
    lines.push(...classLines(ids));
    return `${lines.join('\n')}\n`;
}
/** Finds the job a `needs` entry names: job ids are unique only within their workflow. */
function neededJob(pipeline) {
    const key = (workflow, id) => JSON.stringify([workflow, id]);
    const byKey = new Map(pipeline.map(job => [key(job.workflow, job.id), job]));
    return (job, need) => byKey.get(key(job.workflow, need));
}
function nodeIds(pipeline) {
    return new Map(pipeline.map((job, index) => [job, `j${index}`]));
}
function nodeLabel(job) {
    const status = runStatus(job);
    const name = (0,report_escape/* escapeMermaidLabel */.x2)((0,report_escape/* truncate */.xv)(job.name, LABEL_MAX));
    const icon = status ? ` ${STATUS_ICON[status]}` : '';
    const environment = job.environment
        ? `<br/>env: ${(0,report_escape/* escapeMermaidLabel */.x2)((0,report_escape/* truncate */.xv)(job.environment, LABEL_MAX))}`
        : '';
    return `${name}${icon}${environment}`;
}
/** The API's conclusion as a colour; no run evidence draws no status at all. */
function runStatus(job) {
    if (!job.run)
        return undefined;
    const { conclusion } = job.run;
    if (conclusion === null)
        return 'running';
    if (conclusion === 'success')
        return 'ok';
    if (conclusion === 'skipped' || conclusion === 'neutral')
        return 'skip';
    return 'bad';
}
/** The group a job's stages colour it with, undefined for jobs the catalog could not place. */
function stageGroup(job) {
    return STAGE_GROUPS.find(group => group.stages.some(stage => job.stages.includes(stage)))?.className;
}
/** Only the classes in use are defined, in a fixed order so the output is stable. */
function classLines(ids) {
    const members = new Map();
    for (const [job, id] of ids) {
        for (const className of [stageGroup(job), runStatus(job)]) {
            if (className)
                groupAppend(members, className, id);
        }
    }
    const styles = [
        ...STAGE_GROUPS.map(group => [group.className, group.style]),
        ...Object.entries(STATUS_STYLES)
    ];
    const used = styles.flatMap(([className, style]) => {
        const names = members.get(className);
        return names ? [{ className, style, names }] : [];
    });
    return [
        ...used.map(({ className, style }) => `  classDef ${className} ${style};`),
        ...used.map(({ className, names }) => `  class ${names.join(',')} ${className};`)
    ];
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groupAppend(groups, key(item), item);
    return groups;
}
function groupAppend(groups, key, item) {
    const group = groups.get(key);
    if (group)
        group.push(item);
    else
        groups.set(key, [item]);
}

;// CONCATENATED MODULE: ./src/report/summary/graph-limit.ts

/** Mermaid's defaults on GitHub: larger diagrams show an error instead of a graph. */
const GRAPH_MAX_CHARS = 50_000;
const GRAPH_MAX_EDGES = 500;
/** Why the graph cannot be drawn on GitHub, undefined when it can. */
function graphLimit(jobs) {
    const edges = jobs.reduce((sum, job) => sum + job.needs.length, 0);
    if (edges > GRAPH_MAX_EDGES)
        return `pipeline graph (${edges} edges, more than GitHub draws)`;
    if (jobs.length > 0 && renderMermaid(jobs).length > GRAPH_MAX_CHARS) {
        return `pipeline graph (${jobs.length} jobs, more than GitHub draws)`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/summary/ladder.ts




/** Practices shown in one level's cell; a 5,000-practice policy must not make one row unreadable. */
const LADDER_ROW_MAX = 200;
const LEGEND = '<sub>\u2705 pass \u00b7 \u274c fail \u00b7 \u2754 unknown (never a pass) \u00b7 \u2796 not applicable \u00b7 \u23f8 waived \u00b7 \ud83c\udfaf target \u2014 ' +
    'evidence: <sup>run</sup> this run \u00b7 <sup>hist</sup> recent runs \u00b7 <sup>def</sup> workflow files \u00b7 ' +
    '<sup>att</sup> attested</sub>';
/** The level ladder: one row per level with its practices, whether it holds, and the target marked. */
function ladder({ report, detail }) {
    if (report.findings.length === 0)
        return [textBlock('ladder', '_No practices were evaluated._')];
    const rows = report.levels.map((level, index) => {
        const atLevel = report.findings.filter(f => f.level === level);
        const shown = detail.collapsePassing ? atLevel.filter(f => !(0,evaluate_levels/* countsAsPass */.oZ)(f.status)) : atLevel;
        const hidden = atLevel.length - shown.length;
        const items = (0,format/* capped */.uo)(shown.map(f => ladderItem(report, f)), LADDER_ROW_MAX, count => `\u2026 ${count} more`);
        if (hidden > 0)
            items.push(`\u2705 \u00d7${hidden}`);
        const holds = index <= report.levelIndex ? '\u2705' : '\u274c';
        const target = level === report.target ? ' \ud83c\udfaf' : '';
        return `| ${(0,format/* name */.UU)(level)}${target} | ${items.join(' \u00b7 ') || '\u2013'} | ${holds} |`;
    });
    const blocks = [
        { name: 'level ladder', head: ['| level | practices | holds |', '|---|---|---|'], rows, tail: [] },
        textBlock('legend', LEGEND)
    ];
    if (detail.collapsePassing)
        blocks.push(passingDetails(report));
    return blocks;
}
function ladderItem(report, finding) {
    const practice = (0,format/* name */.UU)(finding.practice);
    const shown = (0,annotations/* isRequired */.gx)(report, finding) && !(0,evaluate_levels/* countsAsPass */.oZ)(finding.status) ? `**${practice}**` : practice;
    const mark = format/* STRENGTH_MARK */.WS[finding.strength];
    return `${format/* STATUS_ICON */.tW[finding.status]} ${shown}${mark ? `<sup>${mark}</sup>` : ''}`;
}
/** The passing practices of a collapsed ladder, one compact line per level. */
function passingDetails(report) {
    const passing = report.findings.filter(f => (0,evaluate_levels/* countsAsPass */.oZ)(f.status));
    const rows = report.levels.flatMap(level => {
        const names = passing.filter(f => f.level === level).map(f => (0,format/* name */.UU)(f.practice));
        return names.length > 0 ? [`- ${(0,format/* name */.UU)(level)}: ${names.join(', ')}`] : [];
    });
    return {
        name: 'passing practices',
        head: [`<details><summary>${passing.length} practices that hold</summary>`, ''],
        rows,
        tail: ['', '</details>']
    };
}

;// CONCATENATED MODULE: ./src/report/summary/metrics.ts

/** Every model metric the findings compared, candidate against baseline. */
function metrics(context) {
    const rows = context.report.findings.flatMap(f => f.evidence.flatMap(item => item.kind === 'metric'
        ? [
            `| ${(0,format/* name */.UU)(f.practice)} | ${(0,format/* codeName */.Pg)(item.key, 'cell')} | ${(0,format/* num */.bu)(item.candidate)} | ` +
                `${(0,format/* num */.bu)(item.baseline)} | ${(0,format/* signed */.x8)(item.delta)} | ${(0,format/* percent */.KN)(item.relativeDelta)} | ` +
                `${context.cell(item.bound)} | ${format/* METRIC_VERDICT */.BT[item.verdict]} |`
        ]
        : []));
    if (rows.length === 0)
        return [];
    return [
        {
            name: 'model metrics',
            head: [
                '### Model metrics',
                '',
                '| practice | metric | candidate | baseline | \u0394 | \u0394 % | bound | verdict |',
                '|---|---|--:|--:|--:|--:|---|---|'
            ],
            rows: context.capRows(rows),
            tail: []
        }
    ];
}

;// CONCATENATED MODULE: ./src/report/summary/next-steps.ts



/**
 * "Why not <next level>" with each gap explained, then "To reach <target>" for the levels beyond, then the
 * gaps only a category target requires.
 */
function nextSteps(context) {
    const { report } = context;
    const next = report.levels[report.levelIndex + 1];
    if (next === undefined)
        return [];
    const gaps = (levels) => report.findings.filter(f => levels.includes(f.level) && !(0,evaluate_levels/* countsAsPass */.oZ)(f.status));
    const blocks = [];
    const nextGaps = gaps([next]);
    if (nextGaps.length > 0) {
        const required = report.levelIndex + 1 <= report.levels.indexOf(report.target);
        const title = required ? `Why not ${(0,format/* name */.UU)(next)}` : `To reach ${(0,format/* name */.UU)(next)}`;
        blocks.push({
            name: `why not ${next}`,
            head: [`### ${title}`],
            rows: nextGaps.map(f => `- ${gapItem(context, f)}`),
            tail: []
        });
    }
    const targetIndex = report.levels.indexOf(report.target);
    const beyond = report.levels.slice(report.levelIndex + 2, targetIndex + 1);
    const later = gaps(beyond).filter(f => !nextGaps.includes(f));
    if (later.length > 0) {
        blocks.push({
            name: `to reach ${report.target}`,
            head: [`### To reach ${(0,format/* name */.UU)(report.target)}`],
            rows: later.map((f, index) => `${index + 1}. ${gapItem(context, f)}`),
            tail: []
        });
    }
    const byCategory = categoryGaps(report).filter(f => !nextGaps.includes(f));
    if (byCategory.length > 0) {
        blocks.push({
            name: 'to meet category targets',
            head: ['### To meet the category targets'],
            rows: byCategory.map((f, index) => `${index + 1}. ${(0,format/* name */.UU)(f.category)} \u2192 ${(0,format/* name */.UU)(report.targets[f.category] ?? '')}: ${gapItem(context, f)}`),
            tail: []
        });
    }
    return blocks;
}
/** Gaps above the target that a category target makes required. */
function categoryGaps(report) {
    const target = report.levels.indexOf(report.target);
    return report.findings.filter(f => report.levels.indexOf(f.level) > target && (0,annotations/* isRequired */.gx)(report, f) && !(0,evaluate_levels/* countsAsPass */.oZ)(f.status));
}
/** One gap: what fails, where, how to fix it and where the practice is documented. */
function gapItem(context, finding) {
    const where = finding.locations[0] ? ` (${context.location(finding.locations[0])})` : '';
    const fix = finding.remediation ? ` ${context.prose((0,format/* capitalise */.sK)(finding.remediation))}` : '';
    return (`${format/* STATUS_ICON */.tW[finding.status]} **${(0,format/* name */.UU)(finding.practice)}** \u2014 ${context.prose(finding.message)}` +
        `${where}.${fix} ${context.docsLink(finding.practice)}`);
}

;// CONCATENATED MODULE: ./src/report/summary/pipeline.ts





/** The pipeline: the Mermaid graph while detail and GitHub allow, then a table of every job. */
function pipeline(context) {
    const jobs = context.report.pipeline;
    if (jobs.length === 0)
        return [];
    const blocks = [textBlock('pipeline heading', '### Pipeline')];
    if (context.detail.graph && graphLimit(jobs) === undefined) {
        blocks.push(textBlock('pipeline graph', '```mermaid', renderMermaid(jobs).trimEnd(), '```'));
    }
    const several = new Set(jobs.map(job => job.workflow)).size > 1;
    const needed = neededJob(jobs);
    const rows = jobs.map(job => {
        const needs = job.needs.map(need => needed(job, need)?.name ?? need);
        const cells = [
            `${context.cell(job.name)} (${context.location(job.location, 'cell')})`,
            ...(several ? [(0,format/* codeName */.Pg)(job.workflow, 'cell')] : []),
            job.stages.length > 0 ? (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncate */.xv)(job.stages.join(', '), format/* NAME_MAX */.fo)) : '\u2013',
            job.environment ? `${context.cell(job.environment)}${environmentClass(job)}` : '\u2013',
            runCell(job),
            needs.length > 0 ? context.cell(needs.join(', ')) : '\u2013'
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const columns = ['job', ...(several ? ['workflow'] : []), 'stage', 'environment', 'this run', 'needs'];
    blocks.push({
        name: 'pipeline table',
        head: [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---|').join('')}`],
        rows: context.capRows(rows),
        tail: []
    });
    return blocks;
}
function environmentClass(job) {
    return job.environmentClass === 'production' || job.environmentClass === 'preproduction'
        ? ` (${job.environmentClass})`
        : '';
}
function runCell(job) {
    const status = runStatus(job);
    if (!job.run || !status)
        return '\u2013';
    const duration = formatDuration(job.run.durationSeconds);
    const label = {
        ok: '\u2705',
        bad: `\u274c ${(0,report_escape/* escapeMarkdown */.FV)(job.run.conclusion ?? '')}`,
        skip: '\u23ed skipped',
        running: '\u23f3 running'
    };
    return duration ? `${label[status]} ${duration}` : label[status];
}
function formatDuration(seconds) {
    if (seconds === null)
        return '';
    if (seconds < 60)
        return `${Math.round(seconds)}s`;
    if (seconds < 3600)
        return `${Math.round(seconds / 60)}m`;
    return `${Math.floor(seconds / 3600)}h ${Math.round((seconds % 3600) / 60)}m`;
}

;// CONCATENATED MODULE: ./src/report/summary/dora-checks.ts
const ICON = { pass: '\u2705', unknown: '\u2754', error: '\u274c', warning: '\u26a0\ufe0f' };
/** The policy's DORA thresholds, each with its verdict and where the policy sets it. */
function doraChecks(context) {
    const { dora } = context.report;
    if (dora === undefined)
        return [];
    const { metrics, checks } = dora;
    return [
        {
            name: 'DORA thresholds',
            head: [`### DORA thresholds (${metrics.windowDays} days, from ${context.prose(metrics.source)})`],
            rows: checks.map(check => {
                const icon = check.status === 'broken' ? ICON[check.severity] : ICON[check.status];
                return `- ${icon} ${context.prose(check.message)} (${context.location(check.location)})`;
            }),
            tail: []
        }
    ];
}

;// CONCATENATED MODULE: ./src/report/summary/policy-changes.ts

/** How this change weakens or strengthens the policy, against the base commit's policy. */
function policyChanges(context) {
    const { report } = context;
    if (report.policyChanges.length === 0)
        return [];
    return [
        {
            name: 'policy changes',
            head: ['### Policy changes'],
            rows: report.policyChanges.map(c => `- ${(0,format/* policyChangeItem */.eW)(c, context.prose(c.message))} (${context.location(c.location)})`),
            tail: []
        }
    ];
}

;// CONCATENATED MODULE: ./src/report/summary/regressions.ts


/** What held at the base commit and no longer holds, each where it happened. */
function regressions(context) {
    const { report } = context;
    if (report.regressions.length === 0)
        return [];
    return [
        {
            name: 'regressions',
            head: [`### Regressions against the base commit${(0,format/* shortSha */.Fu)(report.base.sha)}`],
            rows: report.regressions.map(r => {
                const head = r.head[0];
                const base = r.base[0];
                // A base location is a line of the base commit: no link, since links point into the head commit.
                const where = head
                    ? ` (${context.location(head)})`
                    : base
                        ? ` (at the base commit: ${(0,report_escape/* codeSpan */.SS)((0,format/* locationLabel */.GE)(base))})`
                        : '';
                return `- ${(0,format/* regressionItem */.hH)(r, context.prose(r.message))}${where}`;
            }),
            tail: []
        }
    ];
}

// EXTERNAL MODULE: ./src/report/practice-changes.ts
var practice_changes = __webpack_require__(6641);
// EXTERNAL MODULE: ./src/report/trend-text.ts
var trend_text = __webpack_require__(5537);
;// CONCATENATED MODULE: ./src/report/summary/trend.ts




/**
 * The trend over the history store's last records (policy `history:`): % of target practices held as a
 * Mermaid line, the levels reached, and every practice that changed status within the records. Records come
 * from a branch anyone with write access can edit, so each value is checked or escaped before it is drawn.
 */
function trend(context) {
    const records = context.options.history ?? [];
    const first = records[0];
    const last = records.at(-1);
    if (first === undefined || last === undefined)
        return [];
    const labels = records.map(r => `"${(0,report_escape/* escapeMermaidLabel */.x2)(r.commit.slice(0, 7))}"`);
    const held = records.map(r => (Number.isFinite(r.held) ? Math.min(100, Math.max(0, r.held)) : 0));
    const moved = (0,practice_changes/* practiceChanges */.N)(records).filter(c => c.changed || c.lostIn);
    const runs = `${records.length} default-branch run${records.length === 1 ? '' : 's'}`;
    return [
        {
            name: 'trend',
            head: [
                '### Trend',
                '',
                `<sub>The last ${runs}, ${date(first.date)} to ${date(last.date)}, from the history store.</sub>`,
                '',
                '```mermaid',
                'xychart-beta',
                '  title "Target practices held (%)"',
                `  x-axis [${labels.join(', ')}]`,
                '  y-axis "held %" 0 --> 100',
                `  line [${held.join(', ')}]`,
                '```',
                '',
                `Level: ${(0,format/* name */.UU)((0,trend_text.levelPath)(records))}`,
                ...(moved.length === 0
                    ? ['', 'No practice changed status over these runs.']
                    : ['', '| practice | status | since |', '|---|---|---|'])
            ],
            rows: context.capRows(moved.map(c => `| ${(0,format/* name */.UU)(c.practice)} | ${(0,format/* name */.UU)(c.status)} | ${context.cell((0,trend_text.changeText)(c))} |`)),
            tail: []
        }
    ];
}
function date(iso) {
    return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : 'an unknown date';
}

// EXTERNAL MODULE: ./src/evidence/permission-hint.ts
var permission_hint = __webpack_require__(3542);
;// CONCATENATED MODULE: ./src/report/summary/warnings.ts




/**
 * Evidence that could not be read (broken or missing workflow files): placed under the headline, since every
 * verdict below rests on it.
 */
function evidenceWarnings(context) {
    const { report } = context;
    if (report.warnings.length === 0)
        return [];
    return [
        {
            name: 'unreadable evidence',
            head: ['### \u26a0\ufe0f Evidence that could not be read'],
            rows: report.warnings.map(w => {
                const where = w.location ? ` (${context.location(w.location)})` : '';
                const title = w.title ? `**${(0,report_escape/* escapeMarkdown */.FV)(w.title)}**: ` : '';
                return `- \u26a0\ufe0f ${title}${context.prose(w.message)}${where}`;
            }),
            tail: []
        }
    ];
}
/** What the token could not read, waivers running out and what the policy turned off. */
function warnings(context) {
    const { report } = context;
    const blocks = [];
    if (report.gaps.length > 0) {
        blocks.push({
            name: 'permission gaps',
            head: ['### Run evidence the token could not read'],
            rows: report.gaps.map(gap => {
                const status = gap.status === undefined ? '' : ` (HTTP ${gap.status})`;
                return `- \u2754 ${(0,report_escape/* escapeMarkdown */.FV)(gap.what)}: ${context.prose(gap.reason)}${status}. ${(0,report_escape/* inlineMarkdown */.x)((0,permission_hint/* permissionHint */.f)(gap))}`;
            }),
            tail: []
        });
    }
    if (report.expiries.length > 0) {
        blocks.push({
            name: 'expiries',
            head: ['### Waivers and attestations running out'],
            rows: report.expiries.map(expiry => {
                const where = expiry.location ? ` (${context.location(expiry.location)})` : '';
                return `- ${expiry.state === 'lapsed' ? '\u231b' : '\u23f3'} ${context.prose(expiry.message)}${where}`;
            }),
            tail: []
        });
    }
    if (report.disabled.length > 0) {
        blocks.push(textBlock('disabled', `Turned off by the policy: ${(0,format/* nameList */.OD)(report.disabled, 50)}.`));
    }
    return blocks;
}

;// CONCATENATED MODULE: ./src/report/summary-headline.ts

/** The verdict as a Markdown heading, shared by the job summary and the PR comment. */
function summaryHeadline(report, depth = 2) {
    // Short only of what the API would show: not the pipeline's shortfall, so not a red cross.
    const icon = report.passed ? '\u2705' : report.evidence.onlyApiMissing ? '\u2754' : '\u274c';
    const reached = report.level === null ? 'no level' : `**${(0,format/* name */.UU)(report.level)}**`;
    return (`${'#'.repeat(depth)} ${icon} Maturity gate: ${reached} reached \u2014 target **${(0,format/* name */.UU)(report.target)}** ` +
        `(${(0,format/* name */.UU)(report.model)}, ${report.mode})`);
}

;// CONCATENATED MODULE: ./src/report/summary.ts





















const MIB = 1_048_576;
/** Room kept for the closing note about what was cut. */
const NOTE_RESERVE = 2048;
/** Cheapest first: each step gives up more detail than the one before. */
const STEPS = [
    { detail: { collapsePassing: false, graph: true, shortEvidence: false } },
    {
        detail: { collapsePassing: true, graph: true, shortEvidence: false },
        drops: 'passing practices collapsed into a details block'
    },
    { detail: { collapsePassing: true, graph: false, shortEvidence: false }, drops: 'pipeline graph' },
    {
        detail: { collapsePassing: true, graph: false, shortEvidence: true },
        drops: 'evidence and long tables shortened'
    }
];
/**
 * The job summary (design \u00a76, mockups/job-summary.md): the verdict, the level ladder, what to do next, the
 * regressions and policy changes, categories, model metrics, the pipeline and every finding. Stays under
 * `maxBytes` for any report by giving up detail step by step, then cutting whole blocks and table rows.
 */
function renderSummary(report, options = {}) {
    const maxBytes = options.maxBytes ?? MIB;
    const dropped = [];
    const graphTooLarge = graphLimit(report.pipeline);
    if (graphTooLarge)
        dropped.push(graphTooLarge);
    for (const [index, step] of STEPS.entries()) {
        // A graph too large to draw is already reported with its reason.
        const { drops } = step;
        if (drops && !dropped.some(reason => reason.startsWith(drops)))
            dropped.push(drops);
        const blocks = sections(report, options, step.detail);
        const markdown = joinBlocks([...blocks, noteBlock(dropped, options)]);
        if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
            return { markdown, dropped };
        if (index === STEPS.length - 1)
            return cut(blocks, dropped, options, maxBytes);
    }
    throw new Error('unreachable: the last step always returns');
}
/** What the verdict rests on: the workflow files read, and whether the API was. */
function evidenceRead(report) {
    return `<sub>${(0,format/* capitalise */.sK)((0,format/* workflowsRead */.tO)(report))}${report.evidence.offline ? ' \u00b7 offline (workflow files only)' : ''}.</sub>`;
}
/** The summary's blocks in reading order, at one level of detail. */
function sections(report, options, detail) {
    const context = summaryContext(report, options, detail);
    return [
        textBlock('headline', summaryHeadline(report), '', `${explanation(report)} ${evidenceRead(report)}`),
        ...evidenceWarnings(context),
        ...ladder(context),
        ...annotationNote(context),
        ...nextSteps(context),
        ...regressions(context),
        ...policyChanges(context),
        ...doraChecks(context),
        ...categories(context),
        ...trend(context),
        ...metrics(context),
        ...pipeline(context),
        ...warnings(context),
        ...allFindings(context),
        footer(context)
    ];
}
/** Even the shortest detail is too large: cut blocks and rows, keeping room for the note that says so. */
function cut(blocks, dropped, options, maxBytes) {
    const reserve = Math.min(NOTE_RESERVE, Math.floor(maxBytes / 4));
    const { kept, cut: lost } = cutBlocks(blocks, maxBytes - reserve);
    if (lost)
        dropped.push(`cut: ${lost}`);
    const markdown = (0,report_escape/* truncateBytes */.QY)(joinBlocks([...kept, noteBlock(dropped, options, reserve)]), maxBytes);
    return { markdown, dropped };
}
function noteBlock(dropped, options, maxBytes = NOTE_RESERVE) {
    if (dropped.length === 0)
        return textBlock('note');
    const file = (0,report_escape/* escapeMarkdown */.FV)(options.reportFile ?? 'maturity-report.json');
    return textBlock('note', (0,report_escape/* truncateBytes */.QY)(`> [!NOTE]\n> Shortened to fit GitHub's summary limit: ${(0,report_escape/* escapeMarkdown */.FV)(dropped.join('; '))}. ` +
        `The JSON report (${file}) has everything.`, maxBytes));
}


/***/ }),

/***/ 5537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeText: () => (/* binding */ changeText),
/* harmony export */   levelPath: () => (/* binding */ levelPath),
/* harmony export */   trendText: () => (/* binding */ trendText)
/* harmony export */ });
/* harmony import */ var _practice_changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6641);

const BARS = '\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588';
/** `held` % as a bar of eight heights, one per record. */
function sparkline(records) {
    return records.map(r => BARS[Math.round((Math.min(100, Math.max(0, r.held)) / 100) * 7)] ?? '').join('');
}
/** "held for 9 days", "lost on 2026-12-03 in a1b2c3d", or since when it has had its status. */
function changeText(change) {
    if (change.heldDays !== undefined) {
        const days = `${change.heldDays} day${change.heldDays === 1 ? '' : 's'}`;
        return `held for ${change.changed ? '' : 'at least '}${days} (since ${day(change.since.date)})`;
    }
    if (change.lostIn)
        return `lost on ${day(change.lostIn.date)} in ${short(change.lostIn.commit)}`;
    return `${change.status} since ${change.changed ? '' : 'at least '}${day(change.since.date)}`;
}
const day = (iso) => iso.slice(0, 10);
const short = (commit) => commit.slice(0, 7);
/**
 * The trend as plain text for the CLI: level and % held over the records (a sparkline), and each practice
 * that changed status within them.
 */
function trendText(records) {
    const first = records[0];
    const last = records.at(-1);
    if (first === undefined || last === undefined)
        return 'Trend: no history records yet\n';
    const changes = (0,_practice_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .practiceChanges */ .N)(records);
    const moved = changes.filter(c => c.changed || c.lostIn);
    const lines = [
        `Trend over the last ${records.length} run${records.length === 1 ? '' : 's'} (${day(first.date)} to ${day(last.date)})`,
        `  held   ${sparkline(records)} ${first.held}% \u2192 ${last.held}%`,
        `  level  ${levelPath(records)}`,
        ...moved.map(c => `  ${c.practice.padEnd(28)} ${c.status.padEnd(8)} ${changeText(c)}`),
        ...(changes.length > moved.length
            ? [`  ${changes.length - moved.length} other practices kept their status over these runs`]
            : [])
    ];
    return `${lines.join('\n')}\n`;
}
/** The levels in order, each once per run of it: `beginner \u2192 intermediate`. */
function levelPath(records) {
    const levels = records
        .map(r => r.level ?? 'none')
        .filter((level, i, all) => i === 0 || all[i - 1] !== level);
    return levels.join(' \u2192 ');
}


/***/ })

};
