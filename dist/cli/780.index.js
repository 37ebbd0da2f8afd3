export const id = 780;
export const ids = [780,671];
export const modules = {

/***/ 8671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployHistoryFor: () => (/* binding */ deployHistoryFor)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(6843);
// EXTERNAL MODULE: ./src/evidence/github-id.ts
var github_id = __webpack_require__(8294);
// EXTERNAL MODULE: ./src/evidence/deploy-outcome.ts
var deploy_outcome = __webpack_require__(6147);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/errors.js
var errors = __webpack_require__(961);
// EXTERNAL MODULE: ./src/evidence/github-gave-up-error.ts
var github_gave_up_error = __webpack_require__(201);
// EXTERNAL MODULE: ./src/evidence/github-message.ts
var github_message = __webpack_require__(2272);
;// CONCATENATED MODULE: ./src/evidence/deploy-reader.ts




/** The call budget the README states: 2 requests a deployment in the window, plus list pages and margin. */
const DEFAULT_MAX_REQUESTS = 600;
const PER_PAGE = 100;
/** GitHub asks integrators not to make many requests at once (secondary rate limits). */
const CONCURRENCY = 8;
/** GitHub lists at most 250 commits in a comparison. */
const MAX_COMPARE_PAGES = 3;
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
 * What the readers of a deploy history share (deployments, or deploy-job runs as the fallback): one request
 * budget, conditional GETs, bounded concurrency, the compare ranges between successful deploys and the reason a
 * failure gives. Pages go by number: the token never follows a `Link` URL.
 */
class DeployReader {
    client;
    target;
    requests = 0;
    constructor(client, target) {
        this.client = client;
        this.target = target;
    }
    async get(route, params) {
        const max = this.target.maxRequests ?? DEFAULT_MAX_REQUESTS;
        if (this.requests >= max)
            throw new OverBudget(`reading the deployments needs more than ${max} requests`);
        this.requests++;
        return this.conditionalGet(route, { owner: this.target.owner, repo: this.target.repo, ...params });
    }
    /** `Promise.all` over `items`, CONCURRENCY at a time, results in order. */
    async map(items, map) {
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
    /** The commits each successful deploy in the window shipped: the comparison with the environment's previous one. */
    async addCommitRanges(deployments, since) {
        const succeeded = deployments
            .map(record => ({ record, at: (0,deploy_outcome/* deployOutcome */.C)(record.statuses).succeededAt }))
            .filter((d) => d.at !== undefined)
            .sort((a, b) => a.at - b.at || a.record.id - b.record.id);
        await this.map(succeeded, async ({ record, at }) => {
            if (at < since)
                return;
            const previous = succeeded.filter(d => d.record.environment === record.environment && d.at < at).at(-1);
            if (previous === undefined)
                return;
            record.commits =
                previous.record.sha === record.sha ? [] : await this.compare(previous.record.sha, record.sha);
        });
    }
    /** Why reading failed, naming the permissions a 403 or 404 suggests are missing. */
    gapReason(error, permissions) {
        if (error instanceof OverBudget)
            return error.message;
        if (error instanceof errors/* ZodError */.G)
            return `unexpected response from GitHub (${error.issues[0]?.message ?? 'invalid'})`;
        if (error instanceof github_gave_up_error/* GitHubGaveUpError */.e)
            return error.message;
        const { status } = error;
        const said = (0,github_message/* githubMessage */.h)(error);
        if (status === 403 || status === 404)
            return `${status} ${said}: the token needs ${permissions}`;
        return status ? `${status} ${said}` : said;
    }
    async compare(base, head) {
        const commits = [];
        for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
            const response = await this.get('GET /repos/{owner}/{repo}/compare/{basehead}', {
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
    async conditionalGet(route, params) {
        const { etags } = this.target;
        const key = `${route} ${JSON.stringify(params)}`;
        const cached = etags?.get(key);
        try {
            const response = await this.client.request(route, {
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
}

// EXTERNAL MODULE: ./src/evidence/match-jobs.ts
var match_jobs = __webpack_require__(3489);
// EXTERNAL MODULE: ./src/evidence/run-jobs-page.ts
var run_jobs_page = __webpack_require__(8025);
;// CONCATENATED MODULE: ./src/evidence/deploy-job-runs.ts






/** 30 pages hold 3,000 runs of one workflow; a repository running more per window needs a shorter one. */
const MAX_RUN_PAGES = 30;
/** Older runs read per workflow to find a successful deploy before the window (the lead time of the first in it). */
const MAX_BASELINE = 3;
/** A run with more jobs than this is not read in full; its deploy job is looked for in the first pages. */
const MAX_JOB_PAGES = 3;
const RUNS = schemas/* object */.Ikc({
    workflow_runs: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: github_id/* GITHUB_ID */.g,
        head_sha: schemas/* string */.YjP(),
        head_branch: schemas/* string */.YjP().nullable(),
        display_title: schemas/* string */.YjP().optional(),
        created_at: schemas/* string */.YjP()
    }))
});
/**
 * The fallback when GitHub Deployments hold no production deployment (docs/history.md): each completed run of
 * a workflow with production deploy jobs, on the default branch, is one deploy per environment \u2014 succeeded
 * at its deploy job's `completed_at` when every leg succeeded, failed at it when a leg failed or timed out, and
 * no deploy at all when the job was skipped or cancelled. `\u2308runs/100\u2309` list pages per workflow and one jobs
 * request per run read; throws for API failures (the caller makes them a gap).
 */
async function readDeployJobRuns(reader, target) {
    const since = Date.parse(target.since);
    const records = [];
    for (const [file, jobs] of groupBy(target.jobs, job => job.workflow.file)) {
        const runs = await listRuns(reader, file, target.branch, since);
        const inWindow = runs.filter(run => Date.parse(run.created_at) >= since);
        records.push(...(await reader.map(inWindow, run => deploysOf(reader, run, jobs))).flat());
        for (const run of runs.filter(r => Date.parse(r.created_at) < since).slice(0, MAX_BASELINE)) {
            const found = await deploysOf(reader, run, jobs);
            records.push(...found);
            if (found.some(record => (0,deploy_outcome/* deployOutcome */.C)(record.statuses).succeededAt !== undefined))
                break;
        }
    }
    return records;
}
/** Completed runs of the default branch, newest first, until one predates the window. */
async function listRuns(reader, file, branch, since) {
    const runs = [];
    const workflowId = file.slice(file.lastIndexOf('/') + 1);
    for (let page = 1; page <= MAX_RUN_PAGES; page++) {
        const response = await reader.get('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            workflow_id: workflowId,
            branch,
            status: 'completed',
            per_page: PER_PAGE,
            page
        });
        const listed = RUNS.parse(response.data).workflow_runs;
        runs.push(...listed);
        const reachedStart = listed.some(run => Date.parse(run.created_at) < since);
        if (reachedStart || !/rel="next"/.test(response.link) || listed.length === 0)
            return runs;
    }
    throw new Error(`more than ${MAX_RUN_PAGES * PER_PAGE} runs of ${file} since the window began; shorten the window`);
}
/** The run's deploys: one per environment its deploy jobs target, from the jobs of its latest attempt. */
async function deploysOf(reader, run, jobs) {
    const runJobs = await jobsOf(reader, run.id);
    const workflow = jobs[0]?.workflow;
    if (workflow === undefined)
        return [];
    const matched = new Map((0,match_jobs/* matchJobs */.q)(workflow, runJobs).matched.map(m => [m.workflowJob.job, m.runJobs]));
    return [...groupBy(jobs, job => job.environment)].flatMap(([environment, deployJobs]) => {
        const legs = deployJobs.flatMap(job => matched.get(job.job) ?? []);
        const status = outcome(legs);
        if (status === undefined)
            return [];
        return [
            {
                id: legs[0]?.id ?? run.id,
                sha: run.head_sha,
                ref: run.head_branch ?? '',
                task: 'deploy',
                description: run.display_title ?? '',
                environment,
                createdAt: run.created_at,
                statuses: [status]
            }
        ];
    });
}
/**
 * A deploy job's legs (one, or one per matrix combination) as one status: failure at the first leg that
 * failed or timed out; success when every leg succeeded, at the last one's completion; none otherwise.
 */
function outcome(legs) {
    const failed = legs.filter(leg => leg.conclusion === 'failure' || leg.conclusion === 'timed_out');
    const at = (some) => some
        .map(leg => leg.completedAt ?? '')
        .filter(Boolean)
        .sort();
    if (failed.length > 0) {
        const first = at(failed)[0];
        return first === undefined ? undefined : { state: 'failure', createdAt: first };
    }
    if (legs.length === 0 || legs.some(leg => leg.conclusion !== 'success'))
        return undefined;
    const last = at(legs).at(-1);
    return last === undefined ? undefined : { state: 'success', createdAt: last };
}
async function jobsOf(reader, runId) {
    const jobs = [];
    for (let page = 1; page <= MAX_JOB_PAGES; page++) {
        const response = await reader.get('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
            run_id: runId,
            per_page: PER_PAGE,
            page
        });
        const data = (0,run_jobs_page/* parseRunJobsPage */.a)(response.data);
        jobs.push(...data.jobs);
        if (jobs.length >= data.total || data.jobs.length === 0)
            break;
    }
    return jobs;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return groups;
}

;// CONCATENATED MODULE: ./src/evidence/deploy-history.ts





/** 30 pages hold 3,000 deployments; a repository deploying more than that per window needs a shorter one. */
const MAX_LIST_PAGES = 30;
/** Older deploys read per environment to find the one before the window (the lead time of the first in it). */
const deploy_history_MAX_BASELINE = 3;
const DEPLOYMENTS_PERMISSIONS = '`permissions: deployments: read` and `contents: read`';
const RUNS_PERMISSIONS = '`permissions: actions: read` and `contents: read`';
const DEPLOYMENTS = schemas/* array */.YOg(schemas/* object */.Ikc({
    id: github_id/* GITHUB_ID */.g,
    sha: schemas/* string */.YjP(),
    ref: schemas/* string */.YjP(),
    task: schemas/* string */.YjP(),
    description: schemas/* string */.YjP().nullish(),
    environment: schemas/* string */.YjP(),
    production_environment: schemas/* boolean */.zMY().optional(),
    created_at: schemas/* string */.YjP()
}));
const STATUSES = schemas/* array */.YOg(schemas/* object */.Ikc({ state: schemas/* string */.YjP(), created_at: schemas/* string */.YjP() }));
/**
 * The production deployments of a window with their statuses and compare ranges (docs/history.md):
 * `\u2308listed/100\u2309` list pages, one statuses request per production deployment read, one comparison per pair of
 * consecutive successful deploys of different SHAs. Never throws for API failures: what could not be read
 * makes the whole history a gap, since a partial history would give wrong rates rather than unknown ones.
 */
async function readDeployHistory(client, target) {
    const reader = new DeployReader(client, target);
    const result = { since: target.since, until: target.until };
    const fallback = target.deployJobs;
    let source = 'Deployments';
    try {
        const listed = await listDeployments(reader, target);
        if (listed.length > 0 || fallback === undefined) {
            const deployments = await withStatuses(reader, listed, target);
            await reader.addCommitRanges(deployments, Date.parse(target.since));
            return { ...result, source, deployments, requests: reader.requests };
        }
        if (fallback.jobs.length === 0) {
            return { ...result, source, deployments: [], requests: reader.requests, none: NO_SIGNAL };
        }
        source = `deploy-job runs of ${[...new Set(fallback.jobs.map(job => job.workflow.file))].join(', ')}`;
        return {
            ...result,
            source,
            ...(await fromDeployJobs(reader, target.since, fallback)),
            requests: reader.requests
        };
    }
    catch (error) {
        const permissions = source === 'Deployments' ? DEPLOYMENTS_PERMISSIONS : RUNS_PERMISSIONS;
        return {
            ...result,
            source,
            deployments: [],
            requests: reader.requests,
            gap: reader.gapReason(error, permissions)
        };
    }
}
/** Why nothing can be measured when neither source has a signal. */
const NO_SIGNAL = 'no deployment to a production environment in the Deployments API, and no workflow job deploys to production';
/** The fallback's deploys, with their compare ranges, or why there is none. */
async function fromDeployJobs(reader, since, fallback) {
    const { jobs } = fallback;
    const branch = fallback.branch ?? (await defaultBranch(reader));
    const deployments = await readDeployJobRuns(reader, { since, branch, jobs });
    await reader.addCommitRanges(deployments, Date.parse(since));
    if (deployments.length > 0)
        return { deployments };
    return {
        deployments,
        none: `no completed run of ${jobs.map(job => `\`${job.job}\``).join(', ')} on ${branch}`
    };
}
/** The repository's default branch, when the caller does not know it (the CLI with `--repo`). */
async function defaultBranch(reader) {
    const repository = (await reader.get('GET /repos/{owner}/{repo}', {})).data;
    if (typeof repository.default_branch !== 'string')
        throw new Error('the repository has no default branch');
    return repository.default_branch;
}
/** Newest first, page by page (by number: the token never follows a `Link` URL), until one predates the window. */
async function listDeployments(reader, target) {
    const since = Date.parse(target.since);
    const production = [];
    for (let page = 1; page <= MAX_LIST_PAGES; page++) {
        const response = await reader.get('GET /repos/{owner}/{repo}/deployments', { per_page: PER_PAGE, page });
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
async function withStatuses(reader, listed, target) {
    const since = Date.parse(target.since);
    const read = async (d) => {
        const response = await reader.get('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
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
    const records = await reader.map(inWindow, read);
    for (const environment of new Set(listed.map(d => d.environment))) {
        const older = listed.filter(d => d.environment === environment && Date.parse(d.created_at) < since);
        for (const d of older.slice(0, deploy_history_MAX_BASELINE)) {
            const record = await read(d);
            records.push(record);
            if ((0,deploy_outcome/* deployOutcome */.C)(record.statuses).succeededAt !== undefined)
                break;
        }
    }
    return records;
}

// EXTERNAL MODULE: ./src/evidence/deploy-window.ts
var deploy_window = __webpack_require__(8683);
// EXTERNAL MODULE: ./src/workflow/environment-class.ts
var environment_class = __webpack_require__(3233);
;// CONCATENATED MODULE: ./src/evidence/deploy-history-for.ts



/**
 * The production deploys of the `days` before `until`: deployments in production as the policy's
 * `environments` say, or as the deployment itself says (`production_environment`); without any, the runs of
 * `deployJobs` (the production deploy jobs the workflow analysis found) on the default branch.
 */
function deployHistoryFor(api, environments, deployJobs, window) {
    return readDeployHistory(api.client, {
        owner: api.context.owner,
        repo: api.context.repo,
        ...(0,deploy_window/* deployWindow */.k)(window),
        isProduction: (name, flag) => flag === true || (0,environment_class/* classifyEnvironment */.m)(name, environments) === 'production',
        deployJobs: {
            jobs: deployJobs,
            ...(api.context.defaultBranch === undefined ? {} : { branch: api.context.defaultBranch })
        }
    });
}


/***/ }),

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doraCommand: () => (/* binding */ doraCommand)
});

// EXTERNAL MODULE: ./src/evaluate/dora.ts + 1 modules
var dora = __webpack_require__(2691);
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
    const head = `DORA metrics over ${dora.windowDays} days (${dora.since.slice(0, 10)} to ${dora.until.slice(0, 10)}), from ${dora.source}`;
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

// EXTERNAL MODULE: ./src/evidence/deploy-history-for.ts + 3 modules
var deploy_history_for = __webpack_require__(8671);
// EXTERNAL MODULE: ./src/evidence/offline-deploy-history.ts
var offline_deploy_history = __webpack_require__(9053);
// EXTERNAL MODULE: ./src/evidence/files.ts
var files = __webpack_require__(7850);
// EXTERNAL MODULE: ./src/evidence/no-reports.ts
var no_reports = __webpack_require__(2560);
// EXTERNAL MODULE: ./src/evidence/remote-workflow-reader.ts
var remote_workflow_reader = __webpack_require__(489);
// EXTERNAL MODULE: ./src/evidence/workflows.ts + 10 modules
var evidence_workflows = __webpack_require__(1510);
// EXTERNAL MODULE: ./src/evaluate/production-deploy-jobs.ts
var production_deploy_jobs = __webpack_require__(7815);
;// CONCATENATED MODULE: ./src/history/checkout-deploy-jobs.ts





/**
 * The production deploy jobs of the checkout's workflows (remote reusable workflows read with the token), for
 * the DORA fallback: only the workflow definitions are needed, so the rest of the evidence is empty.
 */
async function checkoutDeployJobs(root, environments, api) {
    const workspace = (0,files/* collectWorkspace */._R)(root);
    const { workflows, problems } = await (0,evidence_workflows/* collectWorkflows */.$)(workspace, {
        readRemote: (0,remote_workflow_reader/* remoteWorkflowReader */.b)(api.client)
    });
    const evidence = {
        workspace,
        workflows,
        workflowProblems: problems,
        offline: false,
        today: new Date().toISOString().slice(0, 10),
        reports: no_reports/* noReports */.Z,
        gaps: [],
        atRef: () => Promise.resolve({ found: false, reason: 'not read for the DORA fallback' }),
        commands: new Map()
    };
    return (0,production_deploy_jobs/* productionDeployJobs */.P)(evidence, environments);
}

// EXTERNAL MODULE: ./src/history/history-settings.ts
var history_settings = __webpack_require__(4120);
;// CONCATENATED MODULE: ./src/history/dora-command.ts






/**
 * `maturity-gate dora`: DORA's five metrics for the repository's production environments, read through the
 * Deployments API, else from the runs of the production deploy jobs. Without API access every metric is
 * `unknown`, saying why; information only, so it never fails for what it measured (`check` judges the
 * policy's thresholds).
 */
async function doraCommand(options, api, io) {
    const settings = await (0,history_settings/* historySettings */.Y)(options.root, options.policyPath, io.today, api);
    const until = (io.now ?? (() => new Date()))();
    const days = options.windowDays ?? settings.windowDays;
    const history = api
        ? await (0,deploy_history_for.deployHistoryFor)(api, settings.environments, await checkoutDeployJobs(options.root, settings.environments, api), { until, days })
        : (0,offline_deploy_history/* offlineDeployHistory */.N)({ until, days });
    const metrics = (0,dora/* dora */.H)(history);
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


/***/ })

};
