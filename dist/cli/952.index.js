export const id = 952;
export const ids = [952];
export const modules = {

/***/ 952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _github_gave_up_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(201);


const DEFAULTS = {
    maxTotalWaitMs: 60_000,
    requestTimeoutMs: 30_000,
    maxRetries: 3,
    retryDelayMs: 1_000
};
/** GitHub asks clients hit by a secondary limit without `retry-after` to wait at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
/**
 * An Octokit from `@actions/github` whose every request is time-limited and retried within bounds: 5xx and
 * timeouts with doubling back-off, rate limits after `retry-after` or `x-ratelimit-reset`. All waiting shares
 * one budget so a gate never hangs on GitHub; past it the request fails with GitHubGaveUpError.
 */
function createGitHubClient(settings) {
    // Settings the caller left undefined keep their defaults rather than overriding them with undefined.
    const defined = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
    const options = { ...DEFAULTS, ...defined };
    const sleep = settings.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    const now = settings.now ?? Date.now;
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(settings.token, {
        baseUrl: settings.apiUrl.replace(/\/+$/, ''),
        // Octokit's default logger writes 4xx/deprecation notes to the console; the gate reports gaps itself.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } }
    });
    let waitedMs = 0;
    client.hook.wrap('request', async (request, endpoint) => {
        for (let attempt = 0;; attempt++) {
            try {
                // before-after-hook hands inner hooks the options object it was called with, so the signal has to be
                // set on that object: options passed to `request(\u2026)` here would be ignored.
                endpoint.request = { ...endpoint.request, signal: AbortSignal.timeout(options.requestTimeoutMs) };
                await settings.backoff?.ready();
                const response = await request(endpoint);
                pauseWhenSpent(settings.backoff, response.headers);
                return response;
            }
            catch (error) {
                const failure = error;
                // Nothing listens there, or the name does not resolve: waiting will not change that.
                if (isUnreachable(failure))
                    throw giveUp(describeFailure(failure, options.requestTimeoutMs), failure, settings.token);
                const wait = retryWait(failure, attempt, options.retryDelayMs, now());
                if (wait === undefined)
                    throw redacted(error, settings.token);
                const problem = describeFailure(failure, options.requestTimeoutMs);
                if (attempt >= options.maxRetries) {
                    throw giveUp(`${problem}; gave up after ${attempt + 1} attempts`, failure, settings.token);
                }
                if (waitedMs + wait > options.maxTotalWaitMs) {
                    const budget = seconds(options.maxTotalWaitMs);
                    throw giveUp(`${problem}; retrying needs a ${seconds(wait)} wait, beyond the ${budget} budget`, failure, settings.token);
                }
                waitedMs += wait;
                if (isRateLimit(failure))
                    settings.backoff?.pauseUntil(now() + wait);
                await sleep(wait);
            }
        }
    });
    return client;
}
/** The last request of the quota was just spent: the others wait for its reset rather than be refused. */
function pauseWhenSpent(backoff, headers) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (backoff && String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset)) {
        backoff.pauseUntil(reset * 1000);
    }
}
/** How long to wait before retrying, or undefined when the failure is final (4xx other than rate limits). */
function retryWait(failure, attempt, retryDelayMs, nowMs) {
    const headers = failure.response?.headers ?? {};
    if (isRateLimit(failure)) {
        const retryAfter = Number(headers['retry-after']);
        if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
            return Math.max(0, retryAfter * 1000);
        const reset = Number(headers['x-ratelimit-reset']);
        if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset)) {
            return Math.max(0, reset * 1000 - nowMs);
        }
        return SECONDARY_LIMIT_WAIT_MS;
    }
    // Octokit reports timeouts and network failures as status 500.
    if (failure.status === undefined || failure.status >= 500)
        return retryDelayMs * 2 ** attempt;
    return undefined;
}
function isRateLimit(failure) {
    if (failure.status === 429)
        return true;
    if (failure.status !== 403)
        return false;
    const headers = failure.response?.headers ?? {};
    return (String(headers['x-ratelimit-remaining']) === '0' ||
        headers['retry-after'] !== undefined ||
        /secondary rate limit/i.test(failure.message));
}
function describeFailure(failure, timeoutMs) {
    if (isRateLimit(failure))
        return `rate limited (${failure.status})`;
    if (isTimeout(failure))
        return `no answer within ${seconds(timeoutMs)}`;
    return answeredStatus(failure) === undefined
        ? `request failed: ${failure.message}`
        : `GitHub answered ${failure.status}`;
}
/** No response because the connection was refused or the host name does not exist (a wrong API URL). */
function isUnreachable(failure) {
    return failure.response === undefined && /\b(ECONNREFUSED|ENOTFOUND)\b|bad port/.test(failure.message);
}
function isTimeout(failure) {
    const cause = failure.cause;
    return cause?.name === 'TimeoutError' || cause?.name === 'AbortError';
}
/**
 * The status GitHub answered with. Octokit gives timeouts and network failures (no response at all) status 500:
 * the gap should not claim GitHub answered.
 */
function answeredStatus(failure) {
    return isTimeout(failure) || failure.response === undefined ? undefined : failure.status;
}
function seconds(ms) {
    return `${Math.ceil(ms / 100) / 10} s`;
}
function giveUp(message, failure, token) {
    return redacted(new _github_gave_up_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubGaveUpError */ .e(message, answeredStatus(failure)), token);
}
/** A misbehaving server or proxy may echo the credentials into an error body: never let them travel on. */
function redacted(error, token) {
    if (token !== '' && error instanceof Error && error.message.includes(token)) {
        error.message = error.message.split(token).join('***');
    }
    return error;
}


/***/ })

};
