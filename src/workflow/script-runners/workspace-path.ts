import { posix } from 'node:path'

/** Inside the workspace or unknown: a path that climbs out of the root is never read. */
export function normaliseDir(dir: string): string | undefined {
  const normal = posix.normalize(dir.replace(/\\/g, '/')).replace(/\/$/, '')
  return normal === '..' || normal.startsWith('../') || normal.startsWith('/') ? undefined : normal
}

/** A file of a directory relative to the workspace root, `.` being the root itself. */
export function inDir(cwd: string, file: string): string {
  return cwd === '.' ? file : `${cwd}/${file}`
}
