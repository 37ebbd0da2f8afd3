import type { Definition, ScriptRunner } from './script-runner.js'
import { yamlDocument } from './yaml-document.js'
import type { YamlDocument } from './yaml-document.js'

/**
 * DVC pipelines: `dvc repro [stages]` and `dvc exp run [stages]` run `stages.<name>.cmd` of dvc.yaml, each
 * after the stages whose `outs` it `deps` on; without a stage, all of them.
 */
export const dvcStages: ScriptRunner = {
  tools: ['dvc'],
  // `-f` is `--force` to dvc: it names no file.
  fileFlags: [],
  valueFlags: ['-S', '--set-param', '-n', '--name', '-j', '--jobs', '--queue', '--temp'],
  invocation: ({ args, files }) => {
    const stages =
      args[0] === 'repro' ? args.slice(1) : args[0] === 'exp' && args[1] === 'run' ? args.slice(2) : undefined
    if (stages === undefined) return undefined
    return {
      files: files(['dvc.yaml']),
      targets: stages.map(stage => stage.replace(/^(?:.*\/)?dvc\.yaml:/, '')),
      definitions: dvcYaml,
      required: true
    }
  }
}

function dvcYaml(text: string, targets: string[]): Definition[] | undefined {
  const doc = yamlDocument(text)
  const stages = doc?.entries(['stages'])
  if (!doc || !stages || stages.length === 0) return undefined
  const producer = new Map(
    stages.flatMap(([name]) =>
      doc.list(['stages', name, 'outs']).flatMap(out => pathsOf(out).map(path => [path, name] as const))
    )
  )
  const order: string[] = []
  const visit = (name: string, seen: string[]): void => {
    if (order.includes(name) || seen.includes(name) || !stages.some(([stage]) => stage === name)) return
    for (const dep of doc.list(['stages', name, 'deps']).flatMap(pathsOf)) {
      const upstream = producer.get(dep)
      if (upstream !== undefined) visit(upstream, [...seen, name])
    }
    order.push(name)
  }
  for (const name of targets.length > 0 ? targets : stages.map(([stage]) => stage)) visit(name, [])
  return order.map(name => stage(doc, name))
}

/** A `deps`/`outs` item: a path, or `{ path: { cache: false } }`. */
function pathsOf(item: unknown): string[] {
  if (typeof item === 'string') return [item]
  return typeof item === 'object' && item !== null ? Object.keys(item) : []
}

function stage(doc: YamlDocument, name: string): Definition {
  const cmd = doc.get(['stages', name, 'cmd'])
  const script =
    typeof cmd === 'string' ? [cmd] : doc.list(['stages', name, 'cmd']).filter(c => typeof c === 'string')
  const wdir = doc.text(['stages', name, 'wdir'])
  return {
    key: name,
    label: `stages.${name}.cmd`,
    script,
    deps: [],
    perLine: true,
    ...(wdir === undefined ? {} : { dir: wdir }),
    ...doc.lineOf(['stages', name, 'cmd'])
  }
}
