import { parseAttributes } from '../../parsers/xml-decode.js'
import { XmlError } from '../../parsers/xml-error.js'
import type { StartTag, XmlHandler } from '../../parsers/xml-handler.js'
import { XmlTokenizer } from '../../parsers/xml-tokenizer.js'
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

/** The targets of a build file, read with the report parsers' tokenizer (no DTD, no entity expansion). */
class BuildFile implements XmlHandler {
  wantText = false
  defaultTarget: string | undefined
  readonly targets = new Map<string, AntTarget>()
  private depth = 0
  private current: AntTarget | undefined
  /** The command of the `<exec>` being read: its executable, then each `<arg>`. */
  private exec: string[] | undefined

  /** Where the tag being read starts: set once the tokenizer that feeds this handler exists. */
  locate: () => { line: number } = () => ({ line: 0 })

  open(name: string, selfClosing: boolean, tag: StartTag): void {
    const depth = this.depth
    if (!selfClosing) this.depth++
    if (depth === 0) {
      if (name !== 'project') throw new XmlError(`<${name}> is not an Ant <project>`, 1, 1)
      this.defaultTarget = parseAttributes(tag.rawAttributes()).default
      return
    }
    if (depth === 1 && name === 'target') this.openTarget(tag, selfClosing)
    else if (this.current) this.task(this.current, name.slice(name.indexOf(':') + 1), selfClosing, tag)
  }

  close(name: string): void {
    this.depth--
    const local = name.slice(name.indexOf(':') + 1)
    if (local === 'exec') this.endExec()
    if (this.depth === 1 && name === 'target') this.current = undefined
  }

  text(): void {}

  private openTarget(tag: StartTag, selfClosing: boolean): void {
    const attrs = parseAttributes(tag.rawAttributes())
    const target: AntTarget = {
      deps: (attrs.depends ?? '').split(',').flatMap(dep => (dep.trim() ? [dep.trim()] : [])),
      script: [],
      purposes: new Set(),
      line: this.locate().line
    }
    if (attrs.name !== undefined) this.targets.set(attrs.name, target)
    if (!selfClosing) this.current = target
  }

  private task(target: AntTarget, task: string, selfClosing: boolean, tag: StartTag): void {
    const purpose = TASK_PURPOSES[task]
    if (purpose) target.purposes.add(purpose)
    if (task === 'antcall' || task === 'exec' || (task === 'arg' && this.exec)) {
      const attrs = parseAttributes(tag.rawAttributes())
      // Another target of the same file, run where the call stands: followed as the target's own.
      if (task === 'antcall' && attrs.target) target.deps.push(attrs.target)
      if (task === 'exec') this.exec = attrs.executable ? [attrs.executable] : undefined
      if (task === 'arg') this.exec?.push(attrs.line ?? attrs.value ?? '')
      if (task === 'exec' && selfClosing) this.endExec()
    }
  }

  private endExec(): void {
    if (this.exec && this.current) this.current.script.push(this.exec.filter(Boolean).join(' '))
    this.exec = undefined
  }
}

function antTargets(text: string, targets: string[]): Definition[] | undefined {
  const file = new BuildFile()
  const tokenizer = new XmlTokenizer(file)
  file.locate = () => tokenizer.location()
  try {
    tokenizer.write(text)
    tokenizer.end()
  } catch (error) {
    // Not a build file, or not well-formed: nothing is read from it, as from any file no runner understands.
    if (error instanceof XmlError) return undefined
    throw error
  }
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
