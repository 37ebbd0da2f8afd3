export const id = 643;
export const ids = [643];
export const modules = {

/***/ 9201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ practiceDocsUrl)
/* harmony export */ });
/* harmony import */ var _models_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9966);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);


const DOCUMENTED = new Set(Object.values(_models_index_js__WEBPACK_IMPORTED_MODULE_0__/* .builtInModels */ .K).flatMap(model => model.practices.map(p => p.id)));
/**
 * The practice's section on the practices page (`docsUrl`), shared by the summary's links and SARIF's
 * `helpUri`. Only built-in practices have one: undefined for a policy's own practices.
 */
function practiceDocsUrl(docsUrl, practice) {
    return DOCUMENTED.has(practice) ? `${docsUrl}#${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeLinkPath */ .Er)(practice)}` : undefined;
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _evaluate_levels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(312);
/* harmony import */ var _practice_docs_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9201);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(856);




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * The findings as a SARIF 2.1.0 log for code scanning: one rule per evaluated practice, one result per
 * practice that does not hold, at its locations (the policy file when it has none, as code scanning needs a
 * location). Fingerprints hash the practice, the file and the message id \u2014 not lines \u2014 so a result keeps its
 * identity when the workflow file moves lines around.
 */
function renderSarif(report, toolVersion, options = {}) {
    const { docsUrl } = options;
    const docs = (practice) => docsUrl && /^https?:\/\//.test(docsUrl) ? (0,_practice_docs_url_js__WEBPACK_IMPORTED_MODULE_2__/* .practiceDocsUrl */ .c)(docsUrl, practice) : undefined;
    const rules = report.findings.map(finding => rule(finding, docs(finding.practice)));
    const results = report.findings.flatMap((finding, ruleIndex) => (0,_evaluate_levels_js__WEBPACK_IMPORTED_MODULE_1__/* .countsAsPass */ .oZ)(finding.status) ? [] : [result(report, finding, ruleIndex)]);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'maturity-gate',
                        version: toolVersion,
                        semanticVersion: toolVersion,
                        rules
                    }
                },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}
function rule(finding, helpUri) {
    const fix = finding.remediation || finding.title;
    const seeAlso = helpUri ? `\n\nSee ${helpUri}` : '';
    return {
        id: finding.practice,
        name: pascalCase(finding.practice),
        shortDescription: { text: finding.title || finding.practice },
        fullDescription: { text: `${finding.title || finding.practice} (${finding.level}, ${finding.category})` },
        help: { text: `${fix}${seeAlso}` },
        ...(helpUri ? { helpUri } : {}),
        properties: { tags: ['maturity', finding.level, finding.category] }
    };
}
function result(report, finding, ruleIndex) {
    const [first = { file: report.policy.path, line: 1, column: 1 }, ...more] = finding.locations;
    const locations = [first, ...more];
    return {
        ruleId: finding.practice,
        ruleIndex,
        level: LEVEL[(0,_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .findingSeverity */ .HR)(report, finding) ?? 'notice'],
        message: { text: finding.message || finding.title || finding.practice },
        locations: locations.map(at => ({
            physicalLocation: {
                artifactLocation: { uri: relativeUri(at.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: at.line, startColumn: at.column }
            }
        })),
        partialFingerprints: {
            'maturityGate/v1': fingerprint(finding.practice, first.file, finding.messageId)
        },
        properties: { status: finding.status, strength: finding.strength, level: finding.level }
    };
}
function fingerprint(...parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
/** A relative URI reference: each path segment percent-encoded, no leading `./` or `/`. */
function relativeUri(file) {
    return file
        .replace(/^(\.\/|\/)+/, '')
        .split('/')
        .map(encodeURIComponent)
        .join('/');
}
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(word => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
}


/***/ })

};
