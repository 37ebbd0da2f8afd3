import { posix } from 'node:path'
import type { Purpose } from '../catalog/purpose.js'
import { stepNamePurposes } from './step-name-purposes.js'
import type { Definition, DefinitionSource, Invocation, RunnerCall, ScriptRunner } from './script-runner.js'
import { inDir } from './workspace-path.js'
import { indentOf } from '../../core/indent-of.js'

/** Runners of a project's environment whose `run` starts the command after it (`uv run python x.py`). */
const ENV_RUNNERS = ['uv', 'poetry', 'pipenv', 'pdm', 'hatch', 'rye']
const PYTHON = /^python(?:3(?:\.\d+)?)?$/
/** A dotted module name a flag passes to a driver (`--module-name pipelines.abalone.pipeline`). */
const MODULE_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/

/**
 * Python pipeline definitions, read as text by line rules and never run: `python path.py`, `python -m
 * pkg.mod` and console scripts (setup.py `entry_points`, pyproject `[project.scripts]`) are read with the
 * repository modules they import, one hop further, for SageMaker, Kubeflow/Vertex and ZenML pipeline
 * constructs and tracking calls (real-world patterns §4.3, §4.4, §9).
 */
export const pythonModules: ScriptRunner = {
  tools: [...ENV_RUNNERS],
  // Any other command may be a console script the project declares.
  matches: tool => PYTHON.test(tool) || /^[A-Za-z][\w.-]*$/.test(tool),
  valueFlags: ['-m', '-c', '-W', '-X'],
  fileFlags: [],
  invocation: call => {
    const { tool, args } = call
    if (ENV_RUNNERS.includes(tool)) {
      const [run, inner, ...rest] = args
      return run === 'run' && inner !== undefined
        ? pythonInvocation({ ...call, tool: inner, args: rest })
        : undefined
    }
    return pythonInvocation(call)
  }
}

function pythonInvocation({ tool, args, flags, words, dir }: RunnerCall): Invocation | undefined {
  const modules = [...flags.values(), ...args].filter(
    value =>
      MODULE_NAME.test(value) && !/\.(?:py|ya?ml|json|toml|cfg)$/.test(value) && value !== flags.get('-m')
  )
  const definitions = (text: string, _targets: string[], source: DefinitionSource): Definition[] =>
    pythonDefinitions(text, source, modules, words)
  if (PYTHON.test(tool)) {
    const module = flags.get('-m')
    const [script] = args
    if (module !== undefined) return { files: moduleFiles(dir, module), targets: [], definitions }
    return script?.endsWith('.py')
      ? { files: [posix.join(dir, script)], targets: [], definitions }
      : undefined
  }
  return {
    files: ['pyproject.toml', 'setup.py', 'setup.cfg'].map(name => inDir(dir, name)),
    targets: [tool],
    definitions: (text, targets) => consoleScript(text, targets, words)
  }
}

/** Where `python -m pkg.mod` finds the module: the working directory, or a `src/` layout. */
function moduleFiles(dir: string, module: string): string[] {
  const path = module.replace(/\./g, '/')
  return ['', 'src/'].flatMap(root => [
    inDir(dir, `${root}${path}.py`),
    inDir(dir, `${root}${path}/__main__.py`)
  ])
}

/** A console script as the `python -m module` it runs, with the command's arguments. */
function consoleScript(text: string, targets: string[], words: string[]): Definition[] | undefined {
  const [name = ''] = targets
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const entry = new RegExp(`(?:^|["'\\s])${escaped}["']?\\s*=\\s*["']?([A-Za-z_][\\w.]*):\\w+`, 'm').exec(
    text
  )
  if (!entry) return []
  const line = text.slice(0, entry.index).split('\n').length + (text[entry.index] === '\n' ? 1 : 0)
  return [
    {
      key: name,
      label: `console script ${name}`,
      script: [['python', '-m', entry[1], ...words].join(' ')],
      deps: [],
      perLine: false,
      line
    }
  ]
}

interface Construct {
  line: number
  text: string
  purposes: Purpose[]
  /** A pipeline step whose output no later step takes: the engine may run it beside them (§4.4). */
  unordered?: true
}

/** The constructs of the file, with those of the repository modules it imports (and a driver's module flags) in place. */
function pythonDefinitions(
  text: string,
  source: DefinitionSource,
  modules: string[],
  words: string[]
): Definition[] {
  const hops = modules.flatMap(module => imported(source, module))
  const lines = text.split(/\r?\n/)
  const runs = (index: number): boolean => guardsHold(lines, index, text, words)
  // Starting a pipeline is training (§9.1) unless every pipeline the driver imports on this path serves or monitors.
  const pipelines = lines.filter((line, index) => runs(index) && IMPORT_OF_PIPELINE.test(line))
  const servingOnly = pipelines.length > 0 && pipelines.every(line => NOT_TRAINING.test(line))
  const own = constructs(text)
    .filter(c => runs(c.line - 1) && !(servingOnly && isRun(c.text, text)))
    .map(c => definition(c, source.file))
  // A driver that deploys its pipeline without starting it runs none of the steps the pipeline defines.
  const deployOnly = own.some(d => DEPLOY_CALL.test(d.label)) && !own.some(d => isRun(d.label, text))
  if (deployOnly) return own
  const imports = lines.flatMap((line, index) =>
    runs(index)
      ? importedModules(line).flatMap(module => imported(source, module).map(d => ({ index, d })))
      : []
  )
  // Imported constructs sit where the import is, so the definition keeps its own order.
  const placed = [...own.map(d => ({ index: (d.line ?? 1) - 1, d })), ...imports].sort(
    (a, b) => a.index - b.index
  )
  return [...hops, ...placed.map(p => p.d)]
}

/** An import of a pipeline by name (`from src.pipelines.batch_inference import batch_inference_pipeline`). */
const IMPORT_OF_PIPELINE = /^\s*from\s+\S+\s+import\s+.*pipeline/
/** Pipelines named for serving or monitoring a model, whose runs train nothing. */
const NOT_TRAINING = /inferen|predict|scor(?:e|ing)|serv(?:e|ing)|monitor|drift/i

function isRun(line: string, text: string): boolean {
  return RUN_CALL.test(line) || (/\bPipelineJob\s*\(/.test(text) && VERTEX_RUN.test(line))
}

/**
 * Whether the `if` blocks around a line can run for the command's words: a driver's branch on one of its own
 * options (`if args.run_execution:`, `if pipeline == "training":`) runs only when the command passes it. A
 * condition on anything else is not decided, so the line counts.
 */
function guardsHold(lines: string[], index: number, text: string, words: string[]): boolean {
  let indent = indentOf(lines[index] ?? '')
  for (let i = index - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i] ?? ''
    if (line.trim() === '' || indentOf(line) >= indent) continue
    indent = indentOf(line)
    if (guard(line, text, words) === false) return false
  }
  return true
}

/** A block header's condition on an option the file declares: true or false for the words, else undefined. */
function guard(line: string, text: string, words: string[]): boolean | undefined {
  const test = /^\s*(?:el)?if\s+(not\s+)?(?:args\.)?(\w+)\s*(?:==\s*["']([^"']+)["']\s*)?:/.exec(line)
  if (!test) return undefined
  const option = `--${(test[2] ?? '').replace(/_/g, '-')}`
  if (!new RegExp(`["']${option}["']`).test(text)) return undefined
  const given = words.findIndex(word => word === option || word.startsWith(`${option}=`))
  const value = test[3]
  if (value === undefined) return (given !== -1) !== (test[1] !== undefined)
  // An option left out takes its default, which the text does not say for sure.
  if (given === -1) return undefined
  const word = words[given] ?? ''
  const passed = word.includes('=') ? word.split('=')[1] : words[given + 1]
  return passed === value
}

/**
 * `import a.b`, `from a.b import c`, `from .c import d`: module names, relative ones with their dots. The names
 * a `from` line imports may be submodules of the package (`from pipeline import configs, pipeline`), so each is
 * tried as one too.
 */
function importedModules(line: string): string[] {
  const from =
    /^\s*from\s+(\.*[\w.]*)\s+import\s+([\w\s,]+)$/.exec(line) ??
    /^\s*from\s+(\.*[\w.]*)\s+import\b/.exec(line)
  if (from) {
    const base = from[1] ?? ''
    if (base === '') return []
    const names = (from[2] ?? '')
      .split(',')
      .map(name => name.trim().split(/\s+as\s+/)[0] ?? '')
      .filter(name => /^[A-Za-z_]\w*$/.test(name))
    return [base, ...names.map(name => `${base}${base.endsWith('.') ? '' : '.'}${name}`)]
  }
  const plain = /^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)/.exec(line)
  return plain ? (plain[1] ?? '').split(/\s*,\s*/) : []
}

/** The constructs of one repository module, one hop from the file that imports it (found beside it or above it). */
function imported(source: DefinitionSource, module: string): Definition[] {
  const dots = /^\.*/.exec(module)?.[0].length ?? 0
  const path = module.slice(dots).replace(/\./g, '/')
  const here = posix.dirname(source.file)
  const roots = dots > 0 ? [posix.join(here, ...Array<string>(dots - 1).fill('..'))] : ancestors(here)
  for (const root of roots) {
    for (const candidate of [`${path}.py`, `${path}/__init__.py`]) {
      const file = root === '.' ? candidate : `${root}/${candidate}`
      if (file === source.file || file.startsWith('../')) continue
      const text = source.read(file)
      if (text !== undefined) return constructs(text).map(c => definition(c, file))
    }
  }
  return []
}

function ancestors(dir: string): string[] {
  const out = [dir]
  while (out.at(-1) !== '.') out.push(posix.dirname(out.at(-1) ?? '.'))
  return out
}

function definition(construct: Construct, file: string): Definition {
  return {
    key: String(construct.line),
    label: construct.text,
    script: [],
    deps: [],
    perLine: false,
    line: construct.line,
    file,
    purposes: construct.purposes,
    ...(construct.unordered ? { unordered: true as const } : {})
  }
}

/** Line rules: a construct whose call or decorator states what it does. */
/** Starting a pipeline run (training, §9.1): SageMaker `pipeline.start()`, Kubeflow runs, ZenML triggers. */
const RUN_CALL =
  /\bpipeline\w*\.start\s*\(|\.create_run_from_pipeline_(?:func|package)\s*\(|\.run_pipeline\s*\(|\bPipelineJob\s*\([^)]*\)\s*\.(?:submit|run)\s*\(|\.trigger_pipeline\s*\(/i
/** Deploying a pipeline definition without running it: SageMaker upsert, Kubeflow upload, schedules, ZenML snapshots. */
const DEPLOY_CALL =
  /\.upsert\s*\(|\.upload_pipeline(?:_version)?\s*\(|\.create_schedule\s*\(|\.create_snapshot\s*\(|\.create_run_template\s*\(/
const CALLS: ReadonlyArray<[RegExp, Purpose[]]> = [
  // SageMaker pipelines
  [/\b(?:TrainingStep|TuningStep)\s*\(/, ['training']],
  [/\b(?:ModelMetrics|ConditionStep)\s*\(/, ['model-evaluation']],
  [/\bRegisterModel\s*\(|\.register\s*\(\s*$|\.register\s*\(\s*\w+\s*=/, ['model-deploy']],
  [DEPLOY_CALL, ['pipeline-deploy']],
  [RUN_CALL, ['training']],
  // A CloudFormation stack created or updated through boto3 (`cfn.create_stack(TemplateBody=…)`) applies its template.
  [/\.(?:create|update)_stack\s*\(|\.execute_change_set\s*\(/, ['iac-apply']],
  // TFX pipelines (§4.4): trainers, the Evaluator that blesses a model against thresholds and the baseline,
  // and the pushers that deploy or publish a model (Vertex, Hugging Face) once it is blessed.
  [/\b(?:ExampleValidator)\s*\(/, ['data-validation']],
  [/\b\w*Trainer\s*\(/, ['training']],
  [/\bEvaluator\s*\(/, ['model-evaluation']],
  [/\b\w*Pusher\s*\(/, ['model-deploy']],
  // Tracking and data validation in training code (§9.4, §9.5)
  [
    /\bmlflow\.(?:autolog|start_run|\w+\.autolog)\s*\(|\bwandb\.init\s*\(|\bMLflowLoggerCallback\b|\bWandbLoggerCallback\b/,
    ['experiment-tracking']
  ],
  // A TFX orchestrator records every component's artifacts and executions in ML Metadata.
  [/^\s*(?:import|from)\s+(?:ml_metadata|tfx\.orchestration)\b/, ['experiment-tracking']],
  [
    /^\s*(?:import|from)\s+(?:great_expectations|deepchecks|tensorflow_data_validation|evidently|pandera)\b/,
    ['data-validation']
  ]
]
/** Decorators of a pipeline step or component, whose function's name says what it does. */
const STEP_DECORATOR = /^\s*@(?:dsl\.)?(?:component|container_component|step)\b/
/** Decorators of a pipeline, whose body calls its steps in order. */
const PIPELINE_DECORATOR = /^\s*@(?:dsl\.)?pipeline\b/
/** A Vertex `PipelineJob` built earlier and submitted: `job.submit()`, `pipeline_job.run()`. */
const VERTEX_RUN = /\b\w*job\w*\.(?:submit|run)\s*\(/i
const PROPERTY_FILE = /\bPropertyFile\s*\(/
const METRICS_PATH = /\bpath\s*=\s*["'][^"']*(?:eval|metric|score)[^"']*\.json["']/i
/** Lines a multi-line call's arguments are looked for in. */
const CALL_LINES = 6

function constructs(text: string): Construct[] {
  const lines = text.split(/\r?\n/)
  const vertex = /\bPipelineJob\s*\(/.test(text)
  const found: Construct[] = []
  const add = (index: number, purposes: Purpose[], detail = '', unordered = false): void => {
    if (purposes.length > 0)
      found.push({
        line: index + 1,
        text: (lines[index] ?? '').trim() + detail,
        purposes,
        ...(unordered ? { unordered: true as const } : {})
      })
  }
  lines.forEach((line, index) => {
    if (/^\s*#/.test(line)) return
    const call = lines.slice(index, index + CALL_LINES).join(' ')
    const rule = CALLS.find(([pattern]) => pattern.test(line))
    if (rule) add(index, rule[1])
    else if (vertex && VERTEX_RUN.test(line)) add(index, ['training'])
    else if (PROPERTY_FILE.test(line) && METRICS_PATH.test(call))
      // The file it names joins the construct's text: it is the metrics record the pipeline writes (§4.4).
      add(index, ['model-evaluation'], ` … ${METRICS_PATH.exec(call)?.[0] ?? ''})`)
    else if (/\b(?:ProcessingStep|ModelStep)\s*\(/.test(line)) add(index, stepPurposes(call))
    else if (STEP_DECORATOR.test(line)) add(index, stepNamePurposes(nextDef(lines, index)))
    else if (PIPELINE_DECORATOR.test(line)) {
      const calls = pipelineCalls(lines, index)
      calls.forEach((i, n) => {
        add(i, stepNamePurposes(calledName(lines[i])), '', parallel(lines, calls, n))
      })
    }
  })
  return found
}

/** A processing or model step by its `name=` or variable: evaluation, or registration. */
function stepPurposes(call: string): Purpose[] {
  const name = /\bname\s*=\s*["']([^"']+)["']/.exec(call)?.[1] ?? /^\s*(\w+)\s*=/.exec(call)?.[1] ?? ''
  if (/eval/i.test(name)) return ['model-evaluation']
  return /regist/i.test(name) || /\.register\s*\(/.test(call) ? ['model-deploy'] : []
}

function nextDef(lines: string[], index: number): string {
  for (const line of lines.slice(index + 1, index + CALL_LINES * 3)) {
    const def = /^\s*(?:async\s+)?def\s+(\w+)/.exec(line)
    if (def) return def[1] ?? ''
  }
  return ''
}

/** Line indexes of the step calls in a pipeline function's body, in order (its docstring skipped). */
function pipelineCalls(lines: string[], decorator: number): number[] {
  const defIndex = lines.findIndex((line, i) => i > decorator && /^\s*(?:async\s+)?def\s/.test(line))
  if (defIndex === -1) return []
  const indent = /^\s*/.exec(lines[defIndex] ?? '')?.[0].length ?? 0
  const calls: number[] = []
  let body = false
  let docstring = false
  for (let i = defIndex; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (!body) {
      body = /\)\s*(?:->[^:]*)?:\s*(?:#.*)?$/.test(line)
      continue
    }
    if (line.trim() === '') continue
    if ((/^\s*/.exec(line)?.[0].length ?? 0) <= indent) break
    const quotes = (line.match(/"""|'''/g) ?? []).length
    if (docstring || quotes > 0) {
      if (quotes % 2 === 1) docstring = !docstring
      continue
    }
    if (calledName(line) !== '') calls.push(i)
  }
  return calls
}

/**
 * Whether the `n`th step call of a pipeline body runs beside the steps after it: the engine orders steps by
 * the data they pass (and `.after()`), so a call whose result no later line names comes before nothing.
 */
function parallel(lines: string[], calls: number[], n: number): boolean {
  const at = calls[n] ?? 0
  const last = calls.at(-1) ?? at
  if (at === last) return false
  const names = (/^\s*([\w, ]+?)\s*=[^=]/.exec(lines[at] ?? '')?.[1] ?? '')
    .split(',')
    .map(name => name.trim())
    .filter(name => /^[A-Za-z_]\w*$/.test(name))
  const later = lines.slice(at + 1, last + CALL_LINES).join('\n')
  return !names.some(name => new RegExp(`\\b${name}\\b`).test(later))
}

/** The function a statement calls: `train_model(...)`, `model = train_model(...)`. */
function calledName(line: string | undefined): string {
  return /^\s*(?:[\w, ]+=\s*)?([A-Za-z_]\w*)\s*\(/.exec(line ?? '')?.[1] ?? ''
}
