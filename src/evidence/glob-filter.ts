import picomatch from 'picomatch'

/**
 * A picomatch matcher for filtering many workspace paths. picomatch's `**` regexes scan every path they are
 * tried on, and on a cold start each first run is interpreted: matching every file of a checkout costs more
 * than the rest of a small gate. A glob whose last segment ends in literal text (`*.xml`, `lcov.info`) can
 * only match paths ending in that text, so `endsWith` rules out nearly every file before the regex runs.
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
  const isMatch = picomatch(includes, { ...options, ignore: ignore.length > 0 ? ignore : undefined })
  const suffixes = includes.map(literalTail)
  // Case-folding defeats endsWith.
  if (suffixes.includes('') || options.nocase) return isMatch
  return file => suffixes.some(suffix => file.endsWith(suffix)) && isMatch(file)
}

function toArray(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return []
  return typeof value === 'string' ? [value] : [...value]
}

/** The literal text a match must end with: the final segment after its last glob character (may be ''). */
function literalTail(glob: string): string {
  let start = glob.lastIndexOf('/') + 1
  for (let i = glob.length - 1; i >= start; i--) {
    if ('*?[]{}()!+@\\|'.includes(glob[i] as string)) {
      start = i + 1
      break
    }
  }
  return glob.slice(start)
}
