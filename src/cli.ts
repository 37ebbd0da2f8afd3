#!/usr/bin/env node
import { runCli } from './command.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  noColor: Boolean(process.env.NO_COLOR),
  env: process.env
})
