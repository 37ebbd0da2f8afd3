import { access } from 'node:fs/promises'

/** Whether a file is there, for commands that act differently on a repository with a policy (init, explain). */
export async function fileExists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}
