import { ant } from './ant.js'
import { anyscale } from './anyscale.js'
import { azureMl } from './azure-ml.js'
import { databricksJobs } from './databricks-jobs.js'
import { dvcStages } from './dvc-stages.js'
import { gcloud } from './gcloud.js'
import { just } from './just.js'
import { make } from './make.js'
import { miseTasks } from './mise-tasks.js'
import { mlflowProjects } from './mlflow-projects.js'
import { packageScripts } from './package-scripts.js'
import { preCommitHooks } from './pre-commit-hooks.js'
import { pythonModules } from './python-modules.js'
import type { ScriptRunner } from './script-runner.js'
import { shellScripts } from './shell-scripts.js'
import { skypilot } from './skypilot.js'
import { task } from './task.js'
import { tfxCli } from './tfx-cli.js'

/** Every runner whose targets scripts are followed into: a new runner is its file and one line here. */
export const SCRIPT_RUNNERS: readonly ScriptRunner[] = [
  packageScripts,
  make,
  ant,
  just,
  task,
  miseTasks,
  shellScripts,
  azureMl,
  anyscale,
  dvcStages,
  mlflowProjects,
  databricksJobs,
  gcloud,
  skypilot,
  tfxCli,
  preCommitHooks,
  // Last: it matches any command that may be a console script.
  pythonModules
]
