export const id = 29;
export const ids = [29];
export const modules = {

/***/ 6029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SharedBackoff: () => (/* binding */ SharedBackoff)
/* harmony export */ });
/**
 * One pause shared by every request of a client (the org audit's many concurrent ones): when GitHub says to
 * wait (`retry-after`, or the quota spent until `x-ratelimit-reset`), no request of the process is sent before
 * then, instead of each concurrent request finding the limit for itself and deepening it.
 */
class SharedBackoff {
    now;
    sleep;
    until = 0;
    constructor(now = Date.now, sleep = ms => new Promise(resolve => setTimeout(resolve, ms))) {
        this.now = now;
        this.sleep = sleep;
    }
    /** No request goes out before `untilMs` (epoch ms); a later pause already set stays. */
    pauseUntil(untilMs) {
        this.until = Math.max(this.until, untilMs);
    }
    /** Resolves once the pause, if any, is over. */
    async ready() {
        for (let wait = this.until - this.now(); wait > 0; wait = this.until - this.now())
            await this.sleep(wait);
    }
}


/***/ })

};
