import type { Purpose } from '../catalog/purpose.js'
import type { Definition, ScriptRunner } from './script-runner.js'

/**
 * Apache Ant: `ant [-buildfile build.xml] [target…]` runs the targets of build.xml (its project's `default`
 * when none is named), each after the targets it `depends` on. A target is a list of tasks rather than shell
 * lines, so what it does is read from them: the tasks below state their purpose outright, and `<exec>` runs a
 * command that is classified like a `run:` line.
 */
export const ant: ScriptRunner = {
  tools: ['ant'],
  // The launcher of a distribution or a bootstrap (`bootstrap/bin/ant`, `$ANT_HOME/bin/ant`).
  matches: tool => /\/ant$/.test(tool),
  fileFlags: ['-buildfile', '-file', '-f'],
  valueFlags: [
    '-logfile',
    '-l',
    '-lib',
    '-propertyfile',
    '-inputhandler',
    '-listener',
    '-logger',
    '-main',
    '-nice'
  ],
  invocation: ({ args, files }) => {
    // A word left to the shell (`"$ANT_OPTS"`, `$TARGETS`) may be a target or not: the literal ones are the
    // targets, and when there are none the targets are unknown, never the default.
    const targets = args.filter(arg => !arg.includes('$'))
    if (targets.length === 0 && args.length > 0) return undefined
    return { files: files(['build.xml']), targets, definitions: antTargets }
  }
}

/**
 * Core and common optional tasks whose work a practice asks about, by local name (an antlib prefix such as
 * `jacoco:` or `sb:` is dropped): test runners, compilers and packagers, analysers.
 */
const TASK_PURPOSES: Readonly<Record<string, Purpose>> = {
  junit: 'unit-test',
  junitlauncher: 'unit-test',
  testng: 'unit-test',
  javac: 'build',
  jar: 'build',
  war: 'build',
  ear: 'build',
  checkstyle: 'static-analysis',
  pmd: 'static-analysis',
  spotbugs: 'static-analysis',
  findbugs: 'static-analysis'
}

interface AntTarget {
  deps: string[]
  script: string[]
  purposes: Set<Purpose>
  line: number
}

/** Comments and CDATA sections hold no tasks, and may hold `<` and `>`: blanked, line breaks kept. */
const NOT_MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g
/** A start, end or empty tag, its attributes in group 3. */
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/**
 * The targets of a build file, read tag by tag. The report parsers' tokenizer sits in a layer above this one
 * (docs/architecture.md), and a build file needs less: its tags and attributes, never its text. Nothing is
 * expanded — a file that declares entities is not read at all — and attribute values are taken as written.
 */
function readBuildFile(
  text: string
): { defaultTarget?: string; targets: Map<string, AntTarget> } | undefined {
  if (text.includes('<!ENTITY')) return undefined
  const source = text.replace(NOT_MARKUP, skipped => skipped.replace(/[^\n]/g, ' '))
  const targets = new Map<string, AntTarget>()
  let defaultTarget: string | undefined
  let depth = 0
  let current: AntTarget | undefined
  let exec: string[] | undefined
  const endExec = (): void => {
    if (exec && current) current.script.push(exec.join(' '))
    exec = undefined
  }
  for (const tag of source.matchAll(TAG)) {
    const [, slash, name = '', rawAttributes = '', empty] = tag
    const local = name.slice(name.indexOf(':') + 1)
    if (slash) {
      depth--
      if (local === 'exec') endExec()
      if (depth === 1 && name === 'target') current = undefined
      continue
    }
    const attrs = attributesOf(rawAttributes)
    if (depth === 0 && name !== 'project') return undefined
    if (depth === 0) defaultTarget = attrs.default
    else if (depth === 1 && name === 'target') {
      const target: AntTarget = {
        deps: (attrs.depends ?? '').split(',').flatMap(dep => (dep.trim() ? [dep.trim()] : [])),
        script: [],
        purposes: new Set(),
        line: lineBreaks(source, tag.index) + 1
      }
      if (attrs.name !== undefined) targets.set(attrs.name, target)
      if (!empty) current = target
    } else if (current) {
      const purpose = TASK_PURPOSES[local]
      if (purpose) current.purposes.add(purpose)
      // Another target of the same file, run where the call stands: followed as the target's own.
      if (local === 'antcall' && attrs.target) current.deps.push(attrs.target)
      if (local === 'exec') exec = attrs.executable ? [attrs.executable] : undefined
      if (local === 'arg') exec?.push(attrs.line ?? attrs.value ?? '')
      if (local === 'exec' && empty) endExec()
    }
    if (!empty) depth++
  }
  return { defaultTarget, targets }
}

function attributesOf(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const [, key = '', double, single] of raw.matchAll(ATTRIBUTE)) attrs[key] = double ?? single ?? ''
  return attrs
}

/** Line breaks before `to`: a target's line is worked out where it starts (build files hold tens of targets). */
function lineBreaks(text: string, to: number): number {
  let breaks = 0
  for (let at = text.indexOf('\n'); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) breaks++
  return breaks
}

function antTargets(text: string, targets: string[]): Definition[] | undefined {
  const file = readBuildFile(text)
  if (!file) return undefined
  const goals = targets.length > 0 ? targets : file.defaultTarget ? [file.defaultTarget] : []
  return goals.flatMap(name => {
    const target = file.targets.get(name)
    if (!target) return []
    return [
      {
        key: name,
        label: `ant ${name}`,
        script: target.script,
        deps: target.deps,
        // Each <exec> is a process of its own, and a failing task stops the build (failonerror aside).
        perLine: true,
        line: target.line,
        ...(target.purposes.size > 0 ? { purposes: [...target.purposes] } : {})
      }
    ]
  })
}
