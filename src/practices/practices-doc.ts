import { builtInModels } from '../models/index.js'
import { whatPasses } from './docs/what-passes.js'
import { practicesById } from './index.js'

/** Clear hand labels of one model and how many verdicts agree with them, overall and on `pass` labels. */
export interface AgreementFigures {
  clear: number
  agree: number
  pass: number
  passAgree: number
}

/** The corpus figures, as `__tests__/corpus-labels.test.ts` measures them now and as they stood before. */
export interface CorpusAgreement {
  rounds: Array<{ when: string; figures: Record<string, AgreementFigures> }>
  current: Record<string, AgreementFigures>
  /** What the project aims for, as fractions of clear labels and of `pass` labels. */
  target: { clear: number; pass: number }
  /** Per model, the fractions the corpus test holds agreement to: raised as the rules improve, never lowered. */
  floor: Record<string, { clear: number; pass: number }>
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${part}/${whole} (${((100 * part) / whole).toFixed(1)}%)`
}

function agreementSection(agreement: CorpusAgreement): string[] {
  const rounds = [...agreement.rounds, { when: 'now', figures: agreement.current }]
  const { target, floor } = agreement
  const reached = (model: string, f: AgreementFigures): string =>
    f.agree / f.clear >= target.clear && f.passAgree / f.pass >= target.pass
      ? 'reached'
      : `not yet (the test holds ${model} to ${fraction(floor[model]?.clear)} and ${fraction(floor[model]?.pass)})`
  return [
    '## Agreement with hand-labelled real pipelines',
    '',
    'Each repository under `__tests__/fixtures/corpus` (unmodified copies of its workflow and definition files,',
    'with provenance) was labelled by hand from the definitions above before the tool was run on it: a status',
    'and a one-line reason with file:line per practice. `ambiguous` labels are left out; every other label is',
    '"clear". `npm test -- corpus-labels` runs every practice on every repository, compares, and fails when a',
    'disagreement is not explained below or when agreement falls under the floor recorded in',
    '`__tests__/fixtures/corpus/agreement.json`, which is raised as the rules improve and never lowered.',
    `The target is ${fraction(target.clear)} of clear labels and ${fraction(target.pass)} of \`pass\` labels for each model.`,
    '',
    '| when | model | clear labels agreeing | `pass` labels agreeing |',
    '| --- | --- | --- | --- |',
    ...rounds.flatMap(({ when, figures }) =>
      Object.entries(figures).map(
        ([model, f]) =>
          `| ${when} | ${model} | ${percent(f.agree, f.clear)} | ${percent(f.passAgree, f.pass)} |`
      )
    ),
    '',
    ...Object.entries(agreement.current).map(([model, f]) => `- Target for ${model}: ${reached(model, f)}.`),
    ''
  ]
}

function fraction(value: number | undefined): string {
  return value === undefined ? '–' : `${(100 * value).toFixed(1)}%`
}

/**
 * docs/practices.md, generated from the models and each practice's meta so the docs cannot drift from the
 * code (a test regenerates it and fails when the committed file differs). Pure: the caller writes the file.
 */
export function renderPracticesDoc(
  disagreements: Readonly<Record<string, string>>,
  agreement: CorpusAgreement
): string {
  const lines = [
    '# Practices',
    '',
    '<!-- Generated from src/models and src/practices by `UPDATE_GOLDEN=1 npm test -- practices/registry`. Do not edit. -->',
    '',
    'Each practice is judged by a pure check over the evidence (design §3). Every entry below gives where the',
    'practice sits in its model, why, the message ids its findings carry, and what evidence passes it: the',
    'catalog rules (with their own examples) that read a job as each purpose the practice looks at, the files',
    'and API answers it reads, and the options a policy may set under `practices.<id>` (besides `enabled`,',
    '`level` and `category`, which every practice accepts). `maturity-gate explain <id> [dir]` prints the same',
    'block, and what the practice matched in a repository and why.',
    ''
  ]
  for (const model of Object.values(builtInModels)) {
    lines.push(`## \`${model.id}\` — ${model.title}`, '', `Source: ${model.source}.`, '')
    lines.push('| level | practice | category |', '| --- | --- | --- |')
    for (const placement of model.practices) {
      lines.push(`| ${placement.level} | [\`${placement.id}\`](#${placement.id}) | ${placement.category} |`)
    }
    lines.push('')
    for (const placement of model.practices)
      lines.push(...practiceSection(placement.id, placement.level, placement.category))
  }
  lines.push(...agreementSection(agreement))
  lines.push('## Where the verdicts differ from the corpus labels', '')
  lines.push(
    'The practices are tried on real pipelines (`__tests__/fixtures/corpus`, hand-labelled). Where a verdict and a',
    'label differ, this is why:',
    ''
  )
  const keys = Object.keys(disagreements).sort()
  if (keys.length === 0) lines.push('None: every clear label agrees.', '')
  for (const key of keys) lines.push(`- **${key}** — ${disagreements[key]}`)
  return `${lines.join('\n').trimEnd()}\n`
}

function practiceSection(id: string, level: string, category: string): string[] {
  const practice = practicesById.get(id)
  const lines = [`### ${id}`, '']
  if (!practice) {
    return [...lines, `*${level} · ${category}* — not judged by this version yet: reported \`unknown\`.`, '']
  }
  lines.push(`**${practice.meta.title}** — *${level} · ${category}*`, '', practice.meta.rationale, '')
  lines.push(
    'Messages: ' +
      Object.keys(practice.meta.messages)
        .map(m => `\`${m}\``)
        .join(', '),
    ''
  )
  lines.push(whatPasses(practice))
  return lines
}
