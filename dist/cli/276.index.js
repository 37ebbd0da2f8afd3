export const id = 276;
export const ids = [276,537,724];
export const modules = {

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyCommand: () => (/* binding */ historyCommand)
/* harmony export */ });
/* harmony import */ var _report_parse_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6100);
/* harmony import */ var _report_trend_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5537);
/* harmony import */ var _history_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4120);
/* harmony import */ var _stored_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3724);




/**
 * `maturity-gate history`: the trend from the store the action keeps (policy `history:`). Read from the
 * local clone (the branch, or fetched from origin), else through the API with a token; `unknown`, saying
 * why, when neither has it.
 */
async function historyCommand(options, api, io) {
    const { store } = await (0,_history_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .historySettings */ .Y)(options.root, options.policyPath, io.today, api);
    const text = await (0,_stored_text_js__WEBPACK_IMPORTED_MODULE_2__.storedText)(options.root, store, api);
    const parsed = text.ok ? (0,_report_parse_history_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHistory */ .i)(text.text) : { records: [], skipped: [] };
    const records = parsed.records.slice(-store.records);
    if (options.format === 'json') {
        const source = text.ok ? { source: text.via } : { unknown: text.reason };
        io.stdout(`${JSON.stringify({ ...source, records, skipped: parsed.skipped }, null, 2)}\n`);
        return;
    }
    const skipped = parsed.skipped.map(s => `  line ${s.line} skipped: ${s.reason}\n`).join('');
    if (!text.ok)
        io.stdout(`Trend: unknown: ${text.reason}\n`);
    else if (records.length === 0)
        io.stdout(`Trend: unknown: no records yet in ${text.via}\n${skipped}`);
    else
        io.stdout(`${(0,_report_trend_text_js__WEBPACK_IMPORTED_MODULE_3__.trendText)(records)}${skipped}Read from ${text.via}.\n`);
}


/***/ }),

/***/ 4120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ historySettings)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _evidence_remote_workflow_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(489);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3666);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4795);
/* harmony import */ var _policy_load_policy_chain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3343);
/* harmony import */ var _workflow_environment_class_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3233);







const DEFAULT_STORE = { branch: 'maturity-history', path: 'maturity-history.jsonl', records: 30 };
/**
 * What `history` and `dora` take from the policy, its `extends:` chain read as the gate reads it. Without a
 * policy file they use the defaults, since both only inform; a policy that exists but is invalid is refused
 * like `check` refuses it.
 */
async function historySettings(root, policyPath, today, api) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, policyPath);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        return {
            environments: _workflow_environment_class_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_ENVIRONMENT_PATTERNS */ .I,
            windowDays: 30,
            store: DEFAULT_STORE,
            enabled: false
        };
    }
    // The bases as the gate reads them: `./PATH` from the workspace, a `github>` base through the contents API
    // with the token (its cached copy in the checkout when there is no token or GitHub refuses).
    const fromCheckout = (file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, file), 'utf8').catch(() => undefined);
    const remote = api === undefined ? undefined : (0,_evidence_remote_workflow_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteWorkflowReader */ .b)(api.client);
    const loaded = await (0,_policy_load_policy_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicyChain */ .S)(text, policyPath, (0,_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .policyReader */ .C)({ read: fromCheckout }, remote), {
        today
    });
    if (!loaded.ok)
        throw new _policy_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InvalidPolicyError */ .OQ(loaded.errors);
    const { policy } = loaded.loaded;
    return {
        environments: policy.environments,
        windowDays: policy.dora['window-days'],
        store: policy.history ?? DEFAULT_STORE,
        enabled: policy.history !== undefined
    };
}


/***/ }),

/***/ 3724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  storedText: () => (/* binding */ storedText)
});

// EXTERNAL MODULE: ./src/evidence/git.ts
var git = __webpack_require__(2637);
// EXTERNAL MODULE: ./src/evidence/github-message.ts
var github_message = __webpack_require__(2272);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(6843);
;// CONCATENATED MODULE: ./src/evidence/store-text.ts

const CONTENT = schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), encoding: schemas/* string */.YjP(), content: schemas/* string */.YjP() });
const BLOB = schemas/* object */.Ikc({ content: schemas/* string */.YjP(), encoding: schemas/* string */.YjP() });
/**
 * The store file's text at `ref` through the contents API (one request), and through its blob when the file is
 * over the contents API's 1 MB (one more). Throws the API's error: a 404 is a branch or file not there yet.
 */
async function storeText(client, store, ref) {
    const params = { owner: store.owner, repo: store.repo };
    const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...params,
        path: store.path,
        ref
    });
    const file = CONTENT.parse(response.data);
    if (file.encoding === 'base64')
        return Buffer.from(file.content, 'base64').toString('utf8');
    const blob = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        ...params,
        file_sha: file.sha
    });
    const data = BLOB.parse(blob.data);
    return data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content;
}

;// CONCATENATED MODULE: ./src/evidence/read-history-store.ts


/** The store at the tip of its data branch through the API; a branch or file not there yet is an empty store. */
async function readHistoryStore(client, store) {
    const via = `${store.branch}:${store.path} through the API`;
    try {
        return { ok: true, text: await storeText(client, store, store.branch), via };
    }
    catch (error) {
        const { status } = error;
        if (status === 404)
            return { ok: true, text: '', via };
        const hint = status === 403 ? ' (the token needs `permissions: contents: read`)' : '';
        const answer = status === undefined ? (0,github_message/* githubMessage */.h)(error) : `${status} ${(0,github_message/* githubMessage */.h)(error)}`;
        return { ok: false, reason: `cannot read ${store.branch}:${store.path}: ${answer}${hint}` };
    }
}

;// CONCATENATED MODULE: ./src/history/stored-text.ts


/** The history store's text from the local clone (the branch, or fetched from origin), else through the API. */
async function storedText(root, store, api) {
    const local = await (0,git.readFileAtRef)(root, store.branch, store.path);
    if (local.found)
        return { ok: true, text: local.text, via: `${store.branch}:${store.path} in the local clone` };
    if (api)
        return readHistoryStore(api.client, { owner: api.context.owner, repo: api.context.repo, ...store });
    const why = local.reason ?? `${store.path} is not on the branch`;
    return {
        ok: false,
        reason: `no history at ${store.branch}:${store.path} in the local clone (${why}); with a token (GITHUB_TOKEN or GH_TOKEN) it is read through the API`
    };
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


/***/ }),

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
