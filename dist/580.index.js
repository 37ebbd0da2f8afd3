export const id = 580;
export const ids = [580];
export const modules = {

/***/ 8580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** Output kept per command: the tail, which is where a failing tool says why. */
const MAX_OUTPUT = 16 * 1024;
/**
 * Runs one of the policy's own `command` checks with bash from the repository root. This is the only place
 * the gate executes anything the repository defines (design \u00a711).
 *
 * Why not @actions/exec: it has no timeout and cannot kill a hung command; a required check must end.
 * The command runs in its own process group so the timeout stops its children too.
 */
function runCommand(command, cwd, timeoutSeconds) {
    const started = Date.now();
    return new Promise(resolve => {
        let output = '';
        let timedOut = false;
        const keep = (chunk) => {
            output = (output + chunk.toString('utf8')).slice(-MAX_OUTPUT);
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['-c', command], {
            cwd,
            env: withoutCredentials(process.env),
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, timeoutSeconds * 1000);
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        const finish = (exitCode) => {
            clearTimeout(timer);
            resolve({
                command,
                exitCode: timedOut ? null : exitCode,
                output,
                timedOut,
                durationMs: Date.now() - started
            });
        };
        child.on('error', error => {
            output += error.message;
            finish(null);
        });
        child.on('close', code => {
            finish(code);
        });
    });
}
/**
 * The command runs repository code (a test script, a Makefile), so it gets the step's environment minus what
 * the runner hands the action alone: its inputs (`INPUT_TOKEN`) and the runtime, cache and OIDC tokens.
 */
function withoutCredentials(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_') && !name.startsWith('ACTIONS_')));
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone: nothing to stop.
    }
}


/***/ })

};
