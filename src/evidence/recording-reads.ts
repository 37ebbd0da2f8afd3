import type { Workspace } from './evidence.js'

/** A workspace that notes every file its `read` is asked for, in `asked`, and answers as `workspace` does. */
export function recordingReads(workspace: Workspace): { workspace: Workspace; asked: Set<string> } {
  const asked = new Set<string>()
  return {
    workspace: {
      ...workspace,
      read: file => {
        asked.add(file)
        return workspace.read(file)
      }
    },
    asked
  }
}
