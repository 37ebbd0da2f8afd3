export const id = 962;
export const ids = [962];
export const modules = {

/***/ 962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkTrend: () => (/* binding */ checkTrend)
/* harmony export */ });
/* harmony import */ var _report_parse_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6100);
/* harmony import */ var _history_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4120);


/**
 * The records `check` shows the trend of (text and Markdown formats): only with `history:` in the policy,
 * and none when the store cannot be read \u2014 `check` judges this commit, the trend only accompanies it.
 */
async function checkTrend(root, policyPath, today, api) {
    const settings = await (0,_history_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .historySettings */ .Y)(root, policyPath, today, api);
    if (!settings.enabled)
        return undefined;
    // git and the API are loaded only for a policy that keeps a history: an offline check starts without them.
    const text = await (await __webpack_require__.e(/* import() */ 724).then(__webpack_require__.bind(__webpack_require__, 3724))).storedText(root, settings.store, api);
    return text.ok ? (0,_report_parse_history_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHistory */ .i)(text.text).records.slice(-settings.store.records) : undefined;
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
