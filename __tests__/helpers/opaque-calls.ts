/** A remote reusable workflow called for a job, with its `with:` inputs (YAML lines under `with:`). */
export const remoteCall = (id: string, callee: string, inputs: string): string =>
  `  ${id}:\n    uses: acme/platform/.github/workflows/${callee}@main\n    with:\n${inputs}`

/** A job running one remote action with a step name and inputs (written as for a job's `with:`, re-indented). */
export const actionCall = (id: string, name: string, uses: string, inputs: string): string =>
  `  ${id}:\n    runs-on: x\n    steps:\n      - name: ${name}\n        uses: ${uses}\n        with:\n${inputs.replace(/^(?=.)/gm, '    ')}`
