export const id = 415;
export const ids = [415];
export const modules = {

/***/ 3415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openBaseViaApi: () => (/* binding */ openBaseViaApi)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_message_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4344);


/** The definition files a base evaluation needs, read one request each: bounded so the fallback stays cheap. */
const WANTED = [
    '.github/workflows/**',
    '.github/actions/**',
    'package.json',
    '{GNUmakefile,makefile,Makefile}',
    '{justfile,Justfile,.justfile}',
    '{Taskfile,taskfile}.{yml,yaml}'
];
const MAX_FILES = 40;
const MAX_FILE_BYTES = 1024 * 1024;
/**
 * The base commit through the REST API, for when git cannot reach it (design \u00a77's fallback): the tree in one
 * request, then the workflow definitions and the policy as blobs. Never throws; a failure is the reason the
 * regressions stay unknown.
 */
async function openBaseViaApi(client, target) {
    const { owner, repo, sha } = target;
    try {
        const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            owner,
            repo,
            tree_sha: sha,
            recursive: '1'
        });
        const entries = tree.data.tree.filter(entry => entry.type === 'blob');
        const bySha = new Map(entries.map(entry => [entry.path, entry.sha]));
        const wanted = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(WANTED, { dot: true });
        const upFront = entries
            .filter(entry => entry.path === target.policyPath || wanted(entry.path))
            .filter(entry => (entry.size ?? 0) <= MAX_FILE_BYTES)
            .slice(0, MAX_FILES);
        const readBlob = async (blobSha) => {
            const blob = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
                owner,
                repo,
                file_sha: blobSha
            });
            return Buffer.from(blob.data.content, 'base64').toString('utf8');
        };
        const contents = new Map();
        for (const entry of upFront)
            contents.set(entry.path, await readBlob(entry.sha));
        const workspace = {
            root: target.root,
            files: entries.map(entry => entry.path).sort(),
            read: file => contents.get(file)
        };
        const readFile = async (file) => {
            if (contents.has(file))
                return contents.get(file);
            const blobSha = bySha.get(file);
            return blobSha === undefined ? undefined : readBlob(blobSha).catch(() => undefined);
        };
        return { ok: true, sha, workspace, readFile };
    }
    catch (error) {
        const status = error.status;
        return {
            ok: false,
            reason: `the API could not read commit ${sha} either (${status ?? (0,_core_message_of_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error)})`
        };
    }
}


/***/ })

};
