import type { Dora, DoraEnvironment, DoraValue } from '../evaluate/dora.js'

type Metric = Exclude<keyof DoraEnvironment, 'environment'>

/** The five metrics, in DORA's order, with how each value reads. */
const METRICS: ReadonlyArray<{
  key: Metric
  label: string
  value: (v: DoraValue & { status: 'known' }) => string
}> = [
  {
    key: 'deploymentFrequency',
    label: 'deployment frequency',
    value: v => `${fixed(v.value)} a day (${count(v.basis, 'deploy')})`
  },
  {
    key: 'leadTime',
    label: 'change lead time',
    value: v => `median ${hours(v.value)}${p90Of(v)} (${count(v.basis, 'commit')})`
  },
  {
    key: 'changeFailRate',
    label: 'change fail rate',
    value: v => `${Math.round(v.value)}% of ${count(v.basis, 'deploy')}`
  },
  {
    key: 'recoveryTime',
    label: 'recovery time',
    value: v => `median ${hours(v.value)} (${count(v.basis, 'failure')})`
  },
  {
    key: 'reworkRate',
    label: 'rework rate',
    value: v => `${Math.round(v.value)}% of ${count(v.basis, 'deploy')}`
  }
]

const WIDTH = 22

/**
 * DORA's five metrics as plain text, one block per production environment: each value with its DORA survey
 * answer, or `unknown` with the reason. Information only: nothing here passes or fails the gate.
 */
export function renderDoraText(dora: Dora): string {
  const head = `DORA metrics over ${dora.windowDays} days (${dora.since.slice(0, 10)} to ${dora.until.slice(0, 10)}), from ${dora.source}`
  if (dora.environments.length === 0) {
    const reason = dora.unknown ?? 'no production deployment'
    return `${head}\n${METRICS.map(m => `  ${m.label.padEnd(WIDTH)} unknown: ${reason}`).join('\n')}\n`
  }
  const blocks = dora.environments.map(
    env =>
      `${env.environment}\n${METRICS.map(m => `  ${m.label.padEnd(WIDTH)} ${line(env[m.key], m.value)}`).join('\n')}`
  )
  return `${head}\n\n${blocks.join('\n\n')}\n`
}

function line(value: DoraValue, show: (v: DoraValue & { status: 'known' }) => string): string {
  return value.status === 'known' ? `${show(value)}: ${value.bucket}` : `unknown: ${value.reason}`
}

function p90Of(value: DoraValue & { p90?: number }): string {
  return value.p90 === undefined ? '' : `, p90 ${hours(value.p90)}`
}

function hours(value: number): string {
  return value < 48 ? `${fixed(value)} h` : `${fixed(value / 24)} days`
}

function fixed(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Number(value.toFixed(2)))
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
