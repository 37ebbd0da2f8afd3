/** This version of maturity-gate, as in package.json (a test keeps the two equal); named in SARIF output. */
export const VERSION = '0.1.0'
