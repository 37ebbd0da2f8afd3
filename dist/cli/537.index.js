export const id = 537;
export const ids = [537];
export const modules = {

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
