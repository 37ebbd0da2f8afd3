const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Upper bounds, exclusive, and the DORA survey's answer for values below them; the last answer has no bound. */
type Scale = ReadonlyArray<readonly [number, string]>

const FREQUENCY: Scale = [
  [1 / 182, 'fewer than once every six months'],
  [1 / 30, 'between once per month and once every six months'],
  [1 / 7, 'between once per week and once per month'],
  // Once a day exactly is not yet "multiple deploys per day".
  [1 + 1e-9, 'between once per day and once per week'],
  [Infinity, 'on demand (multiple deploys per day)']
]

const DURATION: Scale = [
  [HOUR, 'less than one hour'],
  [DAY, 'between one hour and one day'],
  [7 * DAY, 'between one day and one week'],
  [30 * DAY, 'between one week and one month'],
  [182 * DAY, 'between one month and six months'],
  [Infinity, 'more than six months']
]

const RATE: Scale = [
  [16, '0–15%'],
  [31, '16–30%'],
  [46, '31–45%'],
  [61, '46–60%'],
  [Infinity, 'more than 60%']
]

const SCALES = { frequency: FREQUENCY, duration: DURATION, rate: RATE }

/**
 * The DORA survey's answer a measured value falls in: deploys per day (`frequency`), milliseconds
 * (`duration`) or a percentage, rounded to a whole number first (`rate`).
 */
export function doraBucket(scale: keyof typeof SCALES, value: number): string {
  const measured = scale === 'rate' ? Math.round(value) : value
  const found = SCALES[scale].find(([upper]) => measured < upper)
  return found ? found[1] : 'more than the scale'
}
