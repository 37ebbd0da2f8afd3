export const id = 724;
export const ids = [724];
export const modules = {

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
