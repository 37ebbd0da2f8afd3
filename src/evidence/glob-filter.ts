import picomatch from 'picomatch'

/**
 * A picomatch matcher for filtering many workspace paths. picomatch's `**` regexes scan every path they are
 * tried on, and on a cold start compiling them and their first runs cost more than the rest of a small gate.
 * A glob whose last segment ends in literal text (`*.xml`, `lcov.info`, `*.{tf,tfvars}`) can only match
 * paths ending in that text, so `endsWith` rules out nearly every file first, and picomatch compiles the
 * globs only once some path gets past it.
 */
export function globFilter(
  globs: readonly string[],
  options: picomatch.PicomatchOptions = {}
): (file: string) => boolean {
  // `!glob` excludes (as in .gitignore and actions/upload-artifact); picomatch alone would read a list with a
  // negation as "anything not matching it", so the negations become its `ignore` list.
  const includes = globs.filter(glob => !glob.startsWith('!'))
  const excludes = globs.filter(glob => glob.startsWith('!')).map(glob => glob.slice(1))
  const ignore = [...excludes, ...toArray(options.ignore)]
  let compiled: ((file: string) => boolean) | undefined
  const isMatch = (file: string): boolean =>
    (compiled ??= picomatch(includes, { ...options, ignore: ignore.length > 0 ? ignore : undefined }))(file)
  const tails = includes.map(literalTails)
  // Case-folding defeats endsWith.
  if (tails.includes(undefined) || options.nocase) return isMatch
  const suffixes = tails.flat() as string[]
  return file => suffixes.some(suffix => file.endsWith(suffix)) && isMatch(file)
}

function toArray(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return []
  return typeof value === 'string' ? [value] : [...value]
}

const GLOB_CHARS = '*?[]{}()!+@\\|'

/**
 * The texts one of which a match must end with: the final segment's literal tail, or for a final brace
 * group of plain alternatives (`helmfile.{yaml,yml}`) each alternative after the literal text before it.
 * Undefined when the glob ends in a wildcard or anything more complex.
 */
function literalTails(glob: string): string[] | undefined {
  const segment = glob.slice(glob.lastIndexOf('/') + 1)
  const brace = segment.endsWith('}') ? segment.lastIndexOf('{') : -1
  const alternatives = brace === -1 ? [''] : segment.slice(brace + 1, -1).split(',')
  const plain = (a: string): boolean => !GLOB_CHARS.split('').some(c => a.includes(c)) && !a.includes('..')
  // `{1..3}` is a range, `{a}` and `\{a,b}` are literal text: only `{a,b,…}` of plain words is expanded here.
  if (brace !== -1 && (alternatives.length < 2 || segment[brace - 1] === '\\')) return undefined
  if (!alternatives.every(plain)) return undefined
  const before = brace === -1 ? segment : segment.slice(0, brace)
  let start = 0
  for (let i = before.length - 1; i >= 0; i--) {
    if (GLOB_CHARS.includes(before[i] as string)) {
      start = i + 1
      break
    }
  }
  const tails = alternatives.map(a => before.slice(start) + a)
  return tails.includes('') ? undefined : tails
}
