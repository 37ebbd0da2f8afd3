/** This version of maturity-gate, as in package.json (a test keeps the two equal); named in SARIF output. */
export const VERSION = '0.1.0'

/** This version's practice docs, for links from a summary or SARIF produced outside a workflow run. */
export const DOCS_URL = `https://github.com/maturity-gate/maturity-gate/blob/v${VERSION}/docs/practices.md`
