import type { LoadedPolicy } from '../policy/load.js'
import type { Policy } from '../policy/schema.js'
import type { Dora, DoraEnvironment, DoraValue } from './dora.js'
import type { DoraCheck } from './report.js'

type Metric = keyof Policy['dora']['thresholds']

/** How each threshold reads its value: the field of the measurement, its words and unit, and its bound. */
const METRICS: Readonly<
  Record<
    Metric,
    {
      field: Exclude<keyof DoraEnvironment, 'environment'>
      label: string
      unit: string
      bound: 'min' | 'max'
    }
  >
> = {
  'deployment-frequency': {
    field: 'deploymentFrequency',
    label: 'deployment frequency',
    unit: ' a day',
    bound: 'min'
  },
  'lead-time': { field: 'leadTime', label: 'median change lead time', unit: ' h', bound: 'max' },
  'change-fail-rate': { field: 'changeFailRate', label: 'change fail rate', unit: '%', bound: 'max' },
  'recovery-time': { field: 'recoveryTime', label: 'median recovery time', unit: ' h', bound: 'max' },
  'rework-rate': { field: 'reworkRate', label: 'rework rate', unit: '%', bound: 'max' }
}

/**
 * The policy's DORA thresholds judged on what was measured, for each production environment: broken when the
 * value is past its bound (an error or a warning, as `dora.breach` says), unknown — never broken — when
 * there is no value to judge.
 */
export function doraChecks(metrics: Dora, loaded: Pick<LoadedPolicy, 'policy' | 'locate'>): DoraCheck[] {
  const { thresholds, breach } = loaded.policy.dora
  const severity: DoraCheck['severity'] = breach === 'fail' ? 'error' : 'warning'
  return (Object.keys(METRICS) as Metric[]).flatMap((metric): DoraCheck[] => {
    const threshold = thresholds[metric]
    if (threshold === undefined) return []
    const spec = METRICS[metric]
    const limit = 'min' in threshold ? threshold.min : threshold.max
    const check = { metric, severity, location: loaded.locate(['dora', 'thresholds', metric, spec.bound]) }
    const bound = `the threshold of ${number(limit)}${spec.unit}`
    if (metrics.environments.length === 0) {
      const why = metrics.unknown ?? 'no production deployment'
      const message = `${spec.label} unknown (${why}): ${bound} is not judged`
      return [{ ...check, environment: null, status: 'unknown', message }]
    }
    return metrics.environments.map((env): DoraCheck => {
      const value: DoraValue = env[spec.field]
      const where = `${env.environment}: ${spec.label}`
      if (value.status === 'unknown') {
        const message = `${where} unknown (${value.reason}): ${bound} is not judged`
        return { ...check, environment: env.environment, status: 'unknown', message }
      }
      const broken = spec.bound === 'min' ? value.value < limit : value.value > limit
      const side = spec.bound === 'min' ? 'below' : 'above'
      const measured = `${where} ${number(value.value)}${spec.unit}`
      return {
        ...check,
        environment: env.environment,
        status: broken ? 'broken' : 'pass',
        message: broken ? `${measured} is ${side} ${bound}` : `${measured} is within ${bound}`
      }
    })
  })
}

function number(value: number): string {
  return String(Number(value.toFixed(2)))
}
