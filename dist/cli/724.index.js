export const id = 724;
export const ids = [724,637];
export const modules = {

/***/ 2637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFilesSince: () => (/* binding */ changedFilesSince),
/* harmony export */   openBaseCommit: () => (/* binding */ openBaseCommit),
/* harmony export */   originRepository: () => (/* binding */ originRepository),
/* harmony export */   readFileAtRef: () => (/* binding */ readFileAtRef)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _commit_sha_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3435);
/* harmony import */ var _core_message_of_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4344);




/** Read up front whatever the caller asks: the pipeline definition and the files its scripts resolve through. */
const ALWAYS_READ = [
    '.github/workflows/**',
    '.github/actions/**',
    '**/action.{yml,yaml}',
    '**/package.json',
    '**/{GNUmakefile,makefile,Makefile}',
    '**/{justfile,Justfile,.justfile}',
    '**/{Taskfile,taskfile}.{yml,yaml}'
];
const MAX_PREFETCH_FILE = 1024 * 1024;
const MAX_PREFETCH_TOTAL = 64 * 1024 * 1024;
/** The same bound as the checkout's `read` (src/evidence/files.ts). */
const MAX_READ_FILE = 10 * 1024 * 1024;
const ZERO_SHA = /^0+$/;
/** Branch, tag, sha or revision expression (`HEAD~1`, `origin/main`); never an option (leading `-`). */
const SAFE_REF = /^(?!-)[A-Za-z0-9._/@{}^~+-]{1,255}$/;
const SAFE_REMOTE = /^(?!-)[A-Za-z0-9._-]{1,100}$/;
/** Resolves `ref` (`auto`: the merge-base of HEAD with the default branch), fetching it when the clone lacks it. */
async function openBaseCommit(root, ref, options = {}) {
    const remote = options.remote ?? 'origin';
    if (!SAFE_REMOTE.test(remote))
        return { ok: false, reason: `refusing remote name '${remote}'` };
    const resolved = ref === 'auto' ? await mergeBaseWithDefault(root, remote) : await resolveRef(root, ref, remote);
    if (!resolved.ok)
        return resolved;
    const { sha } = resolved;
    const listed = await git(root, ['ls-tree', '-r', '-l', '-z', sha]);
    if (listed.exitCode !== 0)
        return { ok: false, reason: `cannot list the files of ${sha}: ${firstLine(listed)}` };
    const entries = parseTree(listed.stdout);
    const byPath = new Map(entries.map(entry => [entry.path, entry]));
    const wanted = picomatch__WEBPACK_IMPORTED_MODULE_1___default()([...ALWAYS_READ, ...(options.prefetch ?? [])], { dot: true });
    const policyPath = options.policyPath;
    const upFront = selectUpFront(entries, entry => entry.path === policyPath || wanted(entry.path));
    const contents = await readBlobs(root, upFront);
    if (contents === undefined)
        return { ok: false, reason: `cannot read the files of ${sha} (git cat-file failed)` };
    const workspace = {
        root,
        files: entries.map(entry => entry.path).sort(),
        read: file => contents.get(file)
    };
    const readFile = async (file) => {
        if (!isRelativeInside(file))
            return undefined;
        if (contents.has(file))
            return contents.get(file);
        const entry = byPath.get(file);
        if (!entry || entry.symlink || entry.size > MAX_READ_FILE)
            return undefined;
        return (await readBlobs(root, [entry]))?.get(file);
    };
    return { ok: true, sha, workspace, readFile };
}
/** `git merge-base HEAD <default branch>`: the remote's HEAD when known, else main/master, remote first. */
async function mergeBaseWithDefault(root, remote) {
    const symbolic = await git(root, ['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]);
    const remoteHead = symbolic.exitCode === 0 ? [symbolic.stdout.toString('utf8').trim()] : [];
    const candidates = [
        ...remoteHead,
        `refs/remotes/${remote}/main`,
        `refs/remotes/${remote}/master`,
        'refs/heads/main',
        'refs/heads/master'
    ];
    for (const candidate of candidates) {
        const exists = await git(root, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
        if (exists.exitCode !== 0)
            continue;
        const base = await git(root, ['merge-base', 'HEAD', candidate]);
        if (base.exitCode === 0)
            return { ok: true, sha: base.stdout.toString('utf8').trim() };
        return {
            ok: false,
            reason: `HEAD and ${shortRef(candidate)} have no merge-base in this clone (a shallow clone? fetch more history)`
        };
    }
    return {
        ok: false,
        reason: `--base auto: no default branch found (tried ${candidates.map(shortRef).join(', ')})`
    };
}
/** A sha or ref name to a commit sha; a commit the clone lacks is fetched with depth 1 (shallow checkouts). */
async function resolveRef(root, ref, remote) {
    if (!SAFE_REF.test(ref))
        return { ok: false, reason: `refusing base ref '${ref}'` };
    if (ZERO_SHA.test(ref))
        return { ok: false, reason: 'the base is the all-zero sha: there is no base commit' };
    const local = await commitOf(root, ref);
    if (local)
        return { ok: true, sha: local };
    const fetched = await git(root, ['fetch', '--no-tags', '--depth=1', remote, ref], {
        GIT_TERMINAL_PROMPT: '0'
    });
    if (fetched.exitCode !== 0) {
        return {
            ok: false,
            reason: `base commit ${ref} is not in this clone and \`git fetch --no-tags --depth=1 ${remote} ${ref}\` failed: ${firstLine(fetched)}`
        };
    }
    const sha = await commitOf(root, (0,_commit_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitSha */ ._)(ref) ? ref : 'FETCH_HEAD');
    if (sha)
        return { ok: true, sha };
    return { ok: false, reason: `base commit ${ref} was fetched from ${remote} but is not a commit` };
}
async function commitOf(root, ref) {
    if ((0,_commit_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitSha */ ._)(ref)) {
        const exists = await git(root, ['cat-file', '-e', `${ref}^{commit}`]);
        return exists.exitCode === 0 ? ref : undefined;
    }
    const parsed = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return parsed.exitCode === 0 ? parsed.stdout.toString('utf8').trim() : undefined;
}
/** `git ls-tree -r -l -z`: `<mode> <type> <oid> <size>\t<path>\0`; blobs and symlinks, paths relative to root. */
function parseTree(output) {
    const entries = [];
    for (const record of output.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
        const path = record.slice(tab + 1);
        if (type !== 'blob' || oid === undefined || path.split('/').includes('node_modules'))
            continue;
        entries.push({ path, oid, size: Number(size), symlink: mode === '120000' });
    }
    return entries;
}
function selectUpFront(entries, wanted) {
    let total = 0;
    const selected = [];
    for (const entry of entries) {
        if (entry.symlink || entry.size > MAX_PREFETCH_FILE || !wanted(entry))
            continue;
        if (total + entry.size > MAX_PREFETCH_TOTAL)
            continue;
        total += entry.size;
        selected.push(entry);
    }
    return selected;
}
/** Reads blobs by object id in one `git cat-file --batch`: `<oid> blob <size>\n<bytes>\n` per object. */
async function readBlobs(root, entries) {
    const contents = new Map();
    if (entries.length === 0)
        return contents;
    const input = Buffer.from(entries.map(entry => `${entry.oid}\n`).join(''), 'utf8');
    const result = await git(root, ['cat-file', '--batch'], {}, input);
    if (result.exitCode !== 0)
        return undefined;
    const output = result.stdout;
    let offset = 0;
    for (const entry of entries) {
        const newline = output.indexOf(0x0a, offset);
        if (newline < 0)
            return undefined;
        const header = output.subarray(offset, newline).toString('utf8').split(' ');
        offset = newline + 1;
        if (header[1] !== 'blob')
            continue;
        const size = Number(header[2]);
        contents.set(entry.path, output.subarray(offset, offset + size).toString('utf8'));
        offset += size + 1;
    }
    return contents;
}
/** A workspace-relative path that cannot leave the root: not absolute, no `..`, no backslashes or NULs. */
function isRelativeInside(file) {
    if (file === '' || file.startsWith('/') || /[\\\0\n]/.test(file) || /^[A-Za-z]:/.test(file))
        return false;
    return !file.split('/').some(segment => segment === '..' || segment === '.' || segment === '');
}
/** One git call: arguments as an array, output as bytes (file contents are counted in bytes), never throws. */
async function git(root, args, env = {}, input) {
    const chunks = [];
    try {
        const { exitCode, stderr } = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('git', args, {
            cwd: root,
            silent: true,
            ignoreReturnCode: true,
            input,
            env: { ...definedEnv(), ...env },
            listeners: { stdout: data => chunks.push(data) }
        });
        return { exitCode, stdout: Buffer.concat(chunks), stderr };
    }
    catch (error) {
        return { exitCode: -1, stdout: Buffer.alloc(0), stderr: (0,_core_message_of_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(error) };
    }
}
function definedEnv() {
    return Object.fromEntries(Object.entries(process.env).filter((pair) => pair[1] !== undefined));
}
function firstLine(result) {
    const line = result.stderr
        .split('\n')
        .map(text => text.trim())
        .find(text => text !== '');
    return line ?? `exit code ${result.exitCode}`;
}
function shortRef(ref) {
    return ref.replace(/^refs\/(remotes|heads)\//, '');
}
/**
 * One file at a named ref (a metrics baseline `ref: v1.2.0`), fetching the commit with depth 1 when the clone
 * lacks it. Missing at that ref is `found: false` without a reason \u2014 the first model has no baseline.
 */
async function readFileAtRef(root, ref, file, remote = 'origin') {
    if (!isRelativeInside(file))
        return { found: false, reason: `refusing path '${file}': it must stay inside the repository` };
    const resolved = await resolveRef(root, ref, remote);
    if (!resolved.ok)
        return { found: false, reason: resolved.reason };
    const size = await git(root, ['cat-file', '-s', `${resolved.sha}:${file}`]);
    if (size.exitCode !== 0)
        return { found: false };
    if (Number(size.stdout.toString('utf8').trim()) > MAX_READ_FILE) {
        return { found: false, reason: `${file} at ${ref} is larger than ${MAX_READ_FILE / 1024 / 1024} MB` };
    }
    const blob = await git(root, ['cat-file', 'blob', `${resolved.sha}:${file}`]);
    if (blob.exitCode !== 0)
        return { found: false, reason: `cannot read ${file} at ${ref}: ${firstLine(blob)}` };
    return { found: true, text: blob.stdout.toString('utf8') };
}
/** Files the change touched since the base commit (annotations on them rank first); empty when git cannot say. */
async function changedFilesSince(root, baseSha) {
    if (!(0,_commit_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitSha */ ._)(baseSha))
        return [];
    const diff = await git(root, ['diff', '--name-only', '-z', baseSha, 'HEAD']);
    if (diff.exitCode !== 0)
        return [];
    return diff.stdout
        .toString('utf8')
        .split('\0')
        .filter(file => file !== '');
}
/** The GitHub repository a clone comes from, read off its `origin` remote, for the CLI's API access. */
async function originRepository(root) {
    const url = await git(root, ['remote', 'get-url', 'origin']);
    if (url.exitCode !== 0)
        return undefined;
    const match = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.stdout.toString('utf8').trim());
    if (!match)
        return undefined;
    const head = await git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    const defaultBranch = head.exitCode === 0
        ? head.stdout
            .toString('utf8')
            .trim()
            .replace(/^origin\//, '')
        : undefined;
    return { owner: match[1], repo: match[2], ...(defaultBranch ? { defaultBranch } : {}) };
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


/***/ })

};
