import { spawn } from 'node:child_process'

export interface SpawnResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a command to completion with a clean, explicit environment (the runner's way of starting an action). */
export function spawnNode(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => {
      resolve({ code, stdout, stderr })
    })
  })
}

/** The environment a runner gives a node action: PATH and HOME, nothing from this test process. */
export function runnerEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra }
}
