export const id = 170;
export const ids = [170];
export const modules = {

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doraCommand: () => (/* binding */ doraCommand)
});

;// CONCATENATED MODULE: ./src/evidence/deploy-outcome.ts
/**
 * A deployment's outcome from its statuses. Statuses arrive in any order, and `inactive` (set when a later
 * deploy replaces this one) moves `updated_at` without saying anything about this deploy's success, so only
 * the earliest success and failure statuses count.
 */
function deployOutcome(statuses) {
    const earliest = (states) => {
        const times = statuses.filter(s => states.includes(s.state)).map(s => Date.parse(s.createdAt));
        return times.length === 0 ? undefined : Math.min(...times);
    };
    const succeededAt = earliest(['success']);
    const failedAt = earliest(['failure', 'error']);
    const terminal = [succeededAt, failedAt].filter((time) => time !== undefined);
    return {
        ...(succeededAt === undefined ? {} : { succeededAt }),
        ...(failedAt === undefined ? {} : { failedAt }),
        ...(terminal.length === 0 ? {} : { completedAt: Math.min(...terminal) })
    };
}

;// CONCATENATED MODULE: ./src/evaluate/dora-bucket.ts
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FREQUENCY = [
    [1 / 182, 'fewer than once every six months'],
    [1 / 30, 'between once per month and once every six months'],
    [1 / 7, 'between once per week and once per month'],
    // Once a day exactly is not yet "multiple deploys per day".
    [1 + 1e-9, 'between once per day and once per week'],
    [Infinity, 'on demand (multiple deploys per day)']
];
const DURATION = [
    [HOUR, 'less than one hour'],
    [DAY, 'between one hour and one day'],
    [7 * DAY, 'between one day and one week'],
    [30 * DAY, 'between one week and one month'],
    [182 * DAY, 'between one month and six months'],
    [Infinity, 'more than six months']
];
const RATE = [
    [16, '0\u201315%'],
    [31, '16\u201330%'],
    [46, '31\u201345%'],
    [61, '46\u201360%'],
    [Infinity, 'more than 60%']
];
const SCALES = { frequency: FREQUENCY, duration: DURATION, rate: RATE };
/**
 * The DORA survey's answer a measured value falls in: deploys per day (`frequency`), milliseconds
 * (`duration`) or a percentage, rounded to a whole number first (`rate`).
 */
function doraBucket(scale, value) {
    const measured = scale === 'rate' ? Math.round(value) : value;
    const found = SCALES[scale].find(([upper]) => measured < upper);
    return found ? found[1] : 'more than the scale';
}

;// CONCATENATED MODULE: ./src/evaluate/dora.ts


const dora_HOUR = 3_600_000;
const dora_DAY = 24 * dora_HOUR;
const REVERT = /^Revert "/;
const HOTFIX = /hotfix/i;
/**
 * DORA's five metrics for each production environment over the window (docs/history.md has the method and
 * its limits). Pure: it reads deployments already collected, each with its statuses and compare range.
 */
function dora(history) {
    const since = Date.parse(history.since);
    const until = Date.parse(history.until);
    const windowDays = Math.round((until - since) / dora_DAY);
    const base = { windowDays, since: history.since, until: history.until };
    if (history.gap !== undefined)
        return { ...base, environments: [], unknown: history.gap };
    const names = [...new Set(history.deployments.map(d => d.environment))].sort();
    if (names.length === 0) {
        return { ...base, environments: [], unknown: 'no deployment to a production environment' };
    }
    const environments = names.map(name => environment(name, history.deployments.filter(d => d.environment === name), since, until));
    return { ...base, environments };
}
function environment(name, records, since, until) {
    const judged = judge(records, since, until);
    const done = judged.filter(j => j.inWindow);
    const shipped = done.filter(j => j.outcome.succeededAt !== undefined);
    const days = (until - since) / dora_DAY;
    return {
        environment: name,
        deploymentFrequency: judged.length === 0
            ? unknown('no deployment completed (no success or failure status)')
            : frequency(shipped.length, days),
        leadTime: leadTime(judged),
        changeFailRate: rate(done, j => j.failed),
        recoveryTime: recoveryTime(judged),
        reworkRate: rate(done, j => j.rework)
    };
}
/** None in the window is a measurement, but only says "fewer than once in the window". */
function frequency(count, days) {
    const perDay = count / days;
    const bucket = count === 0 ? `none in the ${Math.round(days)}-day window` : doraBucket('frequency', perDay);
    return known(perDay, bucket, count);
}
/** Each deploy's outcome, and whether it was rework or failed, in order of completion. */
function judge(records, since, until) {
    const ordered = records
        .map(record => ({ record, outcome: deployOutcome(record.statuses) }))
        .filter(d => d.outcome.completedAt !== undefined)
        .sort((a, b) => (a.outcome.completedAt ?? 0) - (b.outcome.completedAt ?? 0) || a.record.id - b.record.id);
    const shippedShas = new Set();
    const rows = ordered.map(({ record, outcome }, index) => {
        const earlier = ordered.slice(0, index).filter(d => d.outcome.succeededAt !== undefined);
        const previous = earlier.at(-1);
        const redeploy = shippedShas.has(record.sha);
        if (outcome.succeededAt !== undefined)
            shippedShas.add(record.sha);
        const completedAt = outcome.completedAt ?? 0;
        return {
            record,
            outcome,
            inWindow: completedAt >= since && completedAt <= until,
            rework: redeploy || HOTFIX.test(`${record.ref} ${record.task} ${record.description}`),
            // A rollback (an earlier SHA shipped again) marks the deploy it replaced, not itself.
            rollback: redeploy && previous !== undefined && previous.record.sha !== record.sha,
            failed: outcome.failedAt !== undefined
        };
    });
    return rows.map((row, index) => {
        const next = rows.slice(index + 1).find(r => r.outcome.succeededAt !== undefined);
        const undone = row.outcome.succeededAt !== undefined &&
            next !== undefined &&
            (next.rollback || (next.record.commits ?? []).some(commit => REVERT.test(commit.subject)));
        return { ...row, failed: row.failed || undone };
    });
}
/** Commit time \u2192 completion of the first successful deploy that shipped the commit. */
function leadTime(judged) {
    const seen = new Set();
    const hours = [];
    for (const { record, outcome, inWindow } of judged) {
        if (outcome.succeededAt === undefined)
            continue;
        for (const commit of record.commits ?? []) {
            if (seen.has(commit.sha))
                continue;
            seen.add(commit.sha);
            if (inWindow)
                hours.push((outcome.succeededAt - Date.parse(commit.date)) / dora_HOUR);
        }
    }
    if (hours.length === 0) {
        return unknown('no commit range between two successful deploys in the window');
    }
    const median = quantile(hours, 0.5);
    return { ...known(median, doraBucket('duration', median * dora_HOUR), hours.length), p90: quantile(hours, 0.9) };
}
/** Failed deploy (its completion) \u2192 the next successful deploy that did not fail itself. */
function recoveryTime(judged) {
    const failed = judged.filter(j => j.inWindow && j.failed);
    if (failed.length === 0)
        return unknown('no failed deployment in the window');
    const hours = failed.flatMap(f => {
        const start = f.outcome.completedAt ?? 0;
        const good = judged.find(j => !j.failed && j.outcome.succeededAt !== undefined && j.outcome.succeededAt > start);
        return good?.outcome.succeededAt === undefined ? [] : [(good.outcome.succeededAt - start) / dora_HOUR];
    });
    if (hours.length === 0)
        return unknown('no good deployment followed a failed one yet');
    const median = quantile(hours, 0.5);
    return known(median, doraBucket('duration', median * dora_HOUR), hours.length);
}
function rate(done, counts) {
    if (done.length === 0)
        return unknown('no deployment completed in the window');
    const percent = (100 * done.filter(counts).length) / done.length;
    return known(percent, doraBucket('rate', percent), done.length);
}
/** Median for 0.5 (the mean of the two middle values when even), else the nearest-rank quantile. */
function quantile(values, q) {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    if (q === 0.5 && n % 2 === 0)
        return ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2;
    return sorted[Math.max(0, Math.ceil(q * n) - 1)] ?? 0;
}
function known(value, bucket, basis) {
    return { status: 'known', value, bucket, basis };
}
function unknown(reason) {
    return { status: 'unknown', reason };
}

;// CONCATENATED MODULE: ./src/report/dora-text.ts
/** The five metrics, in DORA's order, with how each value reads. */
const METRICS = [
    {
        key: 'deploymentFrequency',
        label: 'deployment frequency',
        value: v => `${fixed(v.value)} a day (${count(v.basis, 'deploy')})`
    },
    {
        key: 'leadTime',
        label: 'change lead time',
        value: v => `median ${hours(v.value)}${p90Of(v)} (${count(v.basis, 'commit')})`
    },
    {
        key: 'changeFailRate',
        label: 'change fail rate',
        value: v => `${Math.round(v.value)}% of ${count(v.basis, 'deploy')}`
    },
    {
        key: 'recoveryTime',
        label: 'recovery time',
        value: v => `median ${hours(v.value)} (${count(v.basis, 'failure')})`
    },
    {
        key: 'reworkRate',
        label: 'rework rate',
        value: v => `${Math.round(v.value)}% of ${count(v.basis, 'deploy')}`
    }
];
const WIDTH = 22;
/**
 * DORA's five metrics as plain text, one block per production environment: each value with its DORA survey
 * answer, or `unknown` with the reason. Information only: nothing here passes or fails the gate.
 */
function renderDoraText(dora) {
    const head = `DORA metrics over ${dora.windowDays} days (${dora.since.slice(0, 10)} to ${dora.until.slice(0, 10)})`;
    if (dora.environments.length === 0) {
        const reason = dora.unknown ?? 'no production deployment';
        return `${head}\n${METRICS.map(m => `  ${m.label.padEnd(WIDTH)} unknown: ${reason}`).join('\n')}\n`;
    }
    const blocks = dora.environments.map(env => `${env.environment}\n${METRICS.map(m => `  ${m.label.padEnd(WIDTH)} ${line(env[m.key], m.value)}`).join('\n')}`);
    return `${head}\n\n${blocks.join('\n\n')}\n`;
}
function line(value, show) {
    return value.status === 'known' ? `${show(value)}: ${value.bucket}` : `unknown: ${value.reason}`;
}
function p90Of(value) {
    return value.p90 === undefined ? '' : `, p90 ${hours(value.p90)}`;
}
function hours(value) {
    return value < 48 ? `${fixed(value)} h` : `${fixed(value / 24)} days`;
}
function fixed(value) {
    return value >= 10 ? String(Math.round(value)) : String(Number(value.toFixed(2)));
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(6843);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/errors.js
var errors = __webpack_require__(961);
// EXTERNAL MODULE: ./src/evidence/github-gave-up-error.ts
var github_gave_up_error = __webpack_require__(201);
// EXTERNAL MODULE: ./src/evidence/github-message.ts
var github_message = __webpack_require__(2272);
;// CONCATENATED MODULE: ./src/evidence/deploy-history.ts




/** The call budget the README states: 2 requests a deployment in the window, plus list pages and margin. */
const DEFAULT_MAX_REQUESTS = 600;
const PER_PAGE = 100;
/** 30 pages hold 3,000 deployments; a repository deploying more than that per window needs a shorter one. */
const MAX_LIST_PAGES = 30;
/** Older deploys read per environment to find the one before the window (the lead time of the first in it). */
const MAX_BASELINE = 3;
/** GitHub asks integrators not to make many requests at once (secondary rate limits). */
const CONCURRENCY = 8;
/** GitHub lists at most 250 commits in a comparison. */
const MAX_COMPARE_PAGES = 3;
const ID = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* bigint */.oad()]).transform(Number);
const DEPLOYMENTS = schemas/* array */.YOg(schemas/* object */.Ikc({
    id: ID,
    sha: schemas/* string */.YjP(),
    ref: schemas/* string */.YjP(),
    task: schemas/* string */.YjP(),
    description: schemas/* string */.YjP().nullish(),
    environment: schemas/* string */.YjP(),
    production_environment: schemas/* boolean */.zMY().optional(),
    created_at: schemas/* string */.YjP()
}));
const STATUSES = schemas/* array */.YOg(schemas/* object */.Ikc({ state: schemas/* string */.YjP(), created_at: schemas/* string */.YjP() }));
const COMPARISON = schemas/* object */.Ikc({
    total_commits: schemas/* number */.aig(),
    commits: schemas/* array */.YOg(schemas/* object */.Ikc({
        sha: schemas/* string */.YjP(),
        commit: schemas/* object */.Ikc({ message: schemas/* string */.YjP(), committer: schemas/* object */.Ikc({ date: schemas/* string */.YjP() }).nullable() })
    }))
});
class OverBudget extends Error {
}
/**
 * The production deployments of a window with their statuses and compare ranges (docs/history.md):
 * `\u2308listed/100\u2309` list pages, one statuses request per production deployment read, one comparison per pair of
 * consecutive successful deploys of different SHAs. Never throws for API failures: what could not be read
 * makes the whole history a gap, since a partial history would give wrong rates rather than unknown ones.
 */
async function readDeployHistory(client, target) {
    let requests = 0;
    const maxRequests = target.maxRequests ?? DEFAULT_MAX_REQUESTS;
    const get = async (route, params) => {
        if (requests >= maxRequests)
            throw new OverBudget(`reading the deployments needs more than ${maxRequests} requests`);
        requests++;
        return conditionalGet(client, target.etags, route, { owner: target.owner, repo: target.repo, ...params });
    };
    const result = { since: target.since, until: target.until };
    try {
        const listed = await listDeployments(get, target);
        const deployments = await withStatuses(get, listed, target);
        await addCommitRanges(get, deployments, Date.parse(target.since));
        return { ...result, deployments, requests };
    }
    catch (error) {
        return { ...result, deployments: [], requests, gap: gapReason(error) };
    }
}
/** Newest first, page by page (by number: the token never follows a `Link` URL), until one predates the window. */
async function listDeployments(get, target) {
    const since = Date.parse(target.since);
    const production = [];
    for (let page = 1; page <= MAX_LIST_PAGES; page++) {
        const response = await get('GET /repos/{owner}/{repo}/deployments', { per_page: PER_PAGE, page });
        const deployments = DEPLOYMENTS.parse(response.data);
        production.push(...deployments.filter(d => target.isProduction(d.environment, d.production_environment)));
        const reachedStart = deployments.some(d => Date.parse(d.created_at) < since);
        if (reachedStart || !/rel="next"/.test(response.link) || deployments.length === 0)
            return production;
    }
    throw new Error(`more than ${MAX_LIST_PAGES * PER_PAGE} deployments since the window began; shorten the window`);
}
/**
 * Statuses for every production deploy created in the window, and for older ones until each environment has
 * a successful deploy before the window (at most MAX_BASELINE tried each).
 */
async function withStatuses(get, listed, target) {
    const since = Date.parse(target.since);
    const read = async (d) => {
        const response = await get('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            deployment_id: d.id,
            per_page: PER_PAGE
        });
        const statuses = STATUSES.parse(response.data).map(s => ({ state: s.state, createdAt: s.created_at }));
        return {
            id: d.id,
            sha: d.sha,
            ref: d.ref,
            task: d.task,
            description: d.description ?? '',
            environment: d.environment,
            createdAt: d.created_at,
            statuses
        };
    };
    const inWindow = listed.filter(d => Date.parse(d.created_at) >= since);
    const records = await mapLimited(inWindow, read);
    for (const environment of new Set(listed.map(d => d.environment))) {
        const older = listed.filter(d => d.environment === environment && Date.parse(d.created_at) < since);
        for (const d of older.slice(0, MAX_BASELINE)) {
            const record = await read(d);
            records.push(record);
            if (deployOutcome(record.statuses).succeededAt !== undefined)
                break;
        }
    }
    return records;
}
/** The commits each successful deploy in the window shipped: the comparison with the environment's previous one. */
async function addCommitRanges(get, deployments, since) {
    const succeeded = deployments
        .map(record => ({ record, at: deployOutcome(record.statuses).succeededAt }))
        .filter((d) => d.at !== undefined)
        .sort((a, b) => a.at - b.at || a.record.id - b.record.id);
    await mapLimited(succeeded, async ({ record, at }) => {
        if (at < since)
            return;
        const previous = succeeded.filter(d => d.record.environment === record.environment && d.at < at).at(-1);
        if (previous === undefined)
            return;
        record.commits =
            previous.record.sha === record.sha ? [] : await compare(get, previous.record.sha, record.sha);
    });
}
/** `Promise.all` over `items`, CONCURRENCY at a time, results in order. */
async function mapLimited(items, map) {
    const results = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await map(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
    return results;
}
async function compare(get, base, head) {
    const commits = [];
    for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
        const response = await get('GET /repos/{owner}/{repo}/compare/{basehead}', {
            basehead: `${base}...${head}`,
            per_page: PER_PAGE,
            page
        });
        const data = COMPARISON.parse(response.data);
        commits.push(...data.commits.map(c => ({
            sha: c.sha,
            date: c.commit.committer?.date ?? '',
            subject: c.commit.message.split('\n')[0] ?? ''
        })));
        if (commits.length >= data.total_commits || data.commits.length === 0)
            break;
    }
    return commits.filter(c => c.date !== '');
}
/** A GET that sends the cached ETag and takes the cached answer on 304, which GitHub does not count against the rate limit. */
async function conditionalGet(client, etags, route, params) {
    const key = `${route} ${JSON.stringify(params)}`;
    const cached = etags?.get(key);
    try {
        const response = await client.request(route, {
            ...params,
            ...(cached ? { headers: { 'if-none-match': cached.etag } } : {})
        });
        const answer = { data: response.data, link: response.headers.link ?? '' };
        const etag = response.headers.etag;
        if (etags && etag)
            etags.set(key, { etag, ...answer });
        return answer;
    }
    catch (error) {
        if (cached && error.status === 304)
            return cached;
        throw error;
    }
}
function gapReason(error) {
    if (error instanceof OverBudget)
        return error.message;
    if (error instanceof errors/* ZodError */.G)
        return `unexpected response from GitHub (${error.issues[0]?.message ?? 'invalid'})`;
    if (error instanceof github_gave_up_error/* GitHubGaveUpError */.e)
        return error.message;
    const { status } = error;
    const said = (0,github_message/* githubMessage */.h)(error);
    if (status === 403 || status === 404) {
        return `${status} ${said}: the token needs \`permissions: deployments: read\` and \`contents: read\``;
    }
    return status ? `${status} ${said}` : said;
}

// EXTERNAL MODULE: ./src/workflow/environment-class.ts
var environment_class = __webpack_require__(3233);
;// CONCATENATED MODULE: ./src/history/deploy-history-for.ts


const deploy_history_for_DAY = 86_400_000;
/**
 * The production deployments of the `days` before `until`: production as the policy's `environments` say,
 * or as the deployment itself says (`production_environment`).
 */
function deployHistoryFor(api, settings, until, days) {
    return readDeployHistory(api.client, {
        owner: api.context.owner,
        repo: api.context.repo,
        since: new Date(until.getTime() - days * deploy_history_for_DAY).toISOString(),
        until: until.toISOString(),
        isProduction: (name, flag) => flag === true || (0,environment_class/* classifyEnvironment */.m)(name, settings.environments) === 'production'
    });
}

// EXTERNAL MODULE: ./src/history/history-settings.ts
var history_settings = __webpack_require__(4120);
;// CONCATENATED MODULE: ./src/history/dora-command.ts




const dora_command_DAY = 86_400_000;
/**
 * `maturity-gate dora`: DORA's five metrics for the repository's production environments, read through the
 * Deployments API. Without API access every metric is `unknown`, saying why; information only, so it never
 * fails for what it measured.
 */
async function doraCommand(options, api, io) {
    const settings = await (0,history_settings/* historySettings */.Y)(options.root, options.policyPath, io.today);
    const until = (io.now ?? (() => new Date()))();
    const days = options.windowDays ?? settings.windowDays;
    const history = api
        ? await deployHistoryFor(api, settings, until, days)
        : {
            since: new Date(until.getTime() - days * dora_command_DAY).toISOString(),
            until: until.toISOString(),
            deployments: [],
            requests: 0,
            gap: 'offline: the Deployments API needs a token (GITHUB_TOKEN or GH_TOKEN)'
        };
    const metrics = dora(history);
    io.stdout(options.format === 'json'
        ? `${JSON.stringify({ ...metrics, requests: history.requests }, null, 2)}\n`
        : renderDoraText(metrics));
}


/***/ }),

/***/ 4120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ historySettings)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4017);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4795);
/* harmony import */ var _policy_load_policy_chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3343);
/* harmony import */ var _workflow_environment_class_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3233);






const DEFAULT_STORE = { branch: 'maturity-history', path: 'maturity-history.jsonl', records: 30 };
/**
 * What `history` and `dora` take from the policy. Without a policy file they use the defaults, since both
 * only inform; a policy that exists but is invalid is refused like `check` refuses it.
 */
async function historySettings(root, policyPath, today) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, policyPath);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        return {
            environments: _workflow_environment_class_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ENVIRONMENT_PATTERNS */ .I,
            windowDays: 30,
            store: DEFAULT_STORE,
            enabled: false
        };
    }
    // The bases as the checkout has them: `./PATH` from the workspace, a `github>` base from its cached copy (the
    // gate reads those through the API; these settings are read again after it, from files only).
    const fromCheckout = (file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file), 'utf8').catch(() => undefined);
    const loaded = await (0,_policy_load_policy_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicyChain */ .S)(text, policyPath, (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .policyReader */ .C)({ read: fromCheckout }, undefined), {
        today
    });
    if (!loaded.ok)
        throw new _policy_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidPolicyError */ .OQ(loaded.errors);
    const { policy } = loaded.loaded;
    return {
        environments: policy.environments,
        windowDays: policy.dora['window-days'],
        store: policy.history ?? DEFAULT_STORE,
        enabled: policy.history !== undefined
    };
}


/***/ })

};
