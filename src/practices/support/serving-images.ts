import { posix } from 'node:path'
import type { Job, Step } from '../../workflow/model.js'
import type { ReadFile } from '../../workflow/script-resolution.js'
import { splitCommands } from '../../workflow/split-commands.js'
import { shellWords } from '../../workflow/script-runners/shell-words.js'

/**
 * The Dockerfiles of the images a job builds, when every one of them is read and starts a prediction service
 * (`CMD ["uvicorn", "app:app"]`, `gunicorn`, `bentoml serve`, `tritonserver`…): such images deliver a model,
 * they are not pipeline components (patterns §9.7). Undefined when the job builds no image the gate can
 * name, or one whose Dockerfile it cannot read or that starts anything else (a training entrypoint): then
 * nothing is known against the push. Pure: files are read through `read`.
 */
export function servingImages(job: Job, read: ReadFile): string[] | undefined {
  const dockerfiles = job.steps.flatMap(step => dockerfilesOf(step, job))
  if (dockerfiles.length === 0 || dockerfiles.includes(undefined)) return undefined
  const files = [...new Set(dockerfiles as string[])]
  return files.every(file => startsServer(read(file))) ? files : undefined
}

/** A web or model server in the command an image starts with. */
const SERVER =
  /\b(?:uvicorn|gunicorn|hypercorn|waitress-serve|daphne|streamlit\s+run|flask\s+run|bentoml\s+serve|mlflow\s+models\s+serve|torchserve|tritonserver|tensorflow_model_server|seldon-core-microservice)\b/

/** The last CMD or ENTRYPOINT of the Dockerfile (the final stage's), when it starts a server. */
function startsServer(text: string | undefined): boolean {
  if (text === undefined) return false
  const starts = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .filter(line => /^\s*(?:CMD|ENTRYPOINT)\b/i.test(line))
  const last = starts[starts.length - 1]
  return last !== undefined && SERVER.test(last)
}

const BUILD_PUSH_ACTION = /^docker\/build-push-action@/i
const DOCKER_BUILD = /^(?:docker\s+(?:buildx\s+)?build|podman\s+build)\s/

/**
 * The Dockerfile of each image a step builds, one path per value of the matrix it names; undefined for one
 * the gate cannot name (an expression it cannot expand, a build whose arguments it cannot read).
 */
function dockerfilesOf(step: Step, job: Job): Array<string | undefined> {
  if (step.uses !== undefined && BUILD_PUSH_ACTION.test(step.uses)) {
    const context = step.with.context ?? '.'
    return expand(step.with.file ?? posix.join(context, 'Dockerfile'), job)
  }
  return splitCommands(step.run ?? '')
    .filter(command => DOCKER_BUILD.test(command))
    .flatMap(command => {
      const file = dockerfileOfCommand(command, step.workingDirectory)
      return file === undefined ? [undefined] : expand(file, job)
    })
}

/** `docker build -f path ctx` or `docker build ctx` (its Dockerfile); undefined when neither can be read. */
function dockerfileOfCommand(command: string, cwd: string | undefined): string | undefined {
  const words = shellWords(command)
  const flag = words.findIndex(word => word === '-f' || word === '--file' || word.startsWith('--file='))
  const file = flag < 0 ? undefined : (words[flag]?.split('=')[1] ?? words[flag + 1])
  // The build context is the first word after the command that is no option or an option's value.
  const context = words
    .slice(words.indexOf('build') + 1)
    .find((word, i, rest) => !word.startsWith('-') && !(rest[i - 1] ?? '').match(/^-[\w-]+$/))
  const path = file ?? (context === undefined ? undefined : posix.join(context, 'Dockerfile'))
  return path === undefined ? undefined : posix.join(cwd ?? '.', path)
}

/** A path for each value of the matrix keys it names; undefined when another expression is left in it. */
function expand(path: string, job: Job): Array<string | undefined> {
  let paths = [path]
  for (const [, key] of path.matchAll(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g)) {
    const values = job.matrix?.[key ?? '']
    if (!Array.isArray(values) || !values.every(value => typeof value === 'string')) return [undefined]
    const reference = new RegExp(`\\$\\{\\{\\s*matrix\\.${key ?? ''}\\s*\\}\\}`, 'g')
    paths = paths.flatMap(p => values.map(value => p.replace(reference, value)))
  }
  return paths.map(p => (p.includes('${{') ? undefined : posix.normalize(p)))
}
