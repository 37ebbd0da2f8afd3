import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Writes a throwaway repository from a path → content map; returns its root and a cleanup. */
export async function tempRepo(
  files: Record<string, string>
): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mg-repo-'))
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), content)
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) }
}
