import type { Dora } from '../evaluate/dora.js'
import type { RecordedDora } from './history-record.js'

/** DORA values as a history record keeps them: environment → metric → number or `unknown`. */
export function recordedDora(dora: Dora): RecordedDora {
  return Object.fromEntries(
    dora.environments.map(({ environment, ...metrics }) => [
      environment,
      Object.fromEntries(
        Object.entries(metrics).map(([metric, value]) => [
          metric,
          value.status === 'known' ? Math.round(value.value * 1000) / 1000 : 'unknown'
        ])
      )
    ])
  )
}
