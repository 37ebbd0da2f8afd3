#!/usr/bin/env node
import { runCli } from './command.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  // Off a terminal isTTY is undefined, whatever its type says.
  isTTY: (process.stdout.isTTY as boolean | undefined) === true,
  noColor: Boolean(process.env.NO_COLOR),
  env: process.env
})
