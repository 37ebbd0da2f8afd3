const DAY = 86_400_000

/** The ISO bounds of the `days` before `until`, as every reading of deploy history states its window. */
export function deployWindow(window: { until: Date; days: number }): { since: string; until: string } {
  return {
    since: new Date(window.until.getTime() - window.days * DAY).toISOString(),
    until: window.until.toISOString()
  }
}
