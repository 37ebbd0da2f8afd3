import { just } from './just.js'
import { make } from './make.js'
import { packageScripts } from './package-scripts.js'
import { shellScripts } from './shell-scripts.js'
import type { ScriptRunner } from './script-runner.js'
import { task } from './task.js'

/** Every runner whose targets scripts are followed into: a new runner is its file and one line here. */
export const SCRIPT_RUNNERS: readonly ScriptRunner[] = [packageScripts, make, just, task, shellScripts]
