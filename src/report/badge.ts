import { truncate } from './escape.js'
import type { Report } from '../evaluate/report.js'

export interface Badge {
  schemaVersion: 1
  label: 'maturity'
  message: string
  color: 'brightgreen' | 'yellow' | 'orange' | 'red'
}

/** A shields.io endpoint badge: the level reached, coloured by how far it is from the target. */
export function renderBadge(report: Report): Badge {
  const target = report.levels.indexOf(report.target)
  const distance = target - report.levelIndex
  const color =
    report.level === null ? 'red' : distance <= 0 ? 'brightgreen' : distance === 1 ? 'yellow' : 'orange'
  return { schemaVersion: 1, label: 'maturity', message: truncate(report.level ?? 'none', 60), color }
}
