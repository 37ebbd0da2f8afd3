#!/usr/bin/env node
import module from 'node:module'

// Node 22.1 and later keep V8's compiled code of the modules loaded after this call in a cache on disk (the
// temporary folder, or NODE_COMPILE_CACHE), so a second run on the same machine does not compile the
// bundle again. The command is therefore loaded only afterwards. Older Node has no such function.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { runCli } = await import('./command.js')

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  // Off a terminal isTTY is undefined, whatever its type says.
  isTTY: (process.stdout.isTTY as boolean | undefined) === true,
  noColor: Boolean(process.env.NO_COLOR),
  env: process.env
})
