/** Not a push to a store on this runner (a `services:` registry, localstack): such a push keeps nothing. */
export const NOT_LOCAL = '(?!.*(?:localhost|127\\.0\\.0\\.1|kind-registry))'

/** `s` as a whole command token: not glued to a word, a dot, a colon or a hyphen on either side. */
export function cmd(source: string): RegExp {
  return new RegExp(`(?<![\\w.:-])(?:${source})(?![\\w.:-])`)
}

/** A package-manager script (`npm run X`, `yarn X`, `pnpm X`, `bun run X`) whose name matches `names`. */
export function script(names: string): RegExp {
  return cmd(
    `(?:npm|pnpm|yarn|bun)(?:\\s+(?:--prefix|--cwd|--dir|-C|-w|--workspace|--filter|-F)[= ]\\S+|\\s+-\\S+)*\\s+(?:run(?:-script)?\\s+)?(?:${names})|${PACKAGE_MANAGER_EXPRESSION}\\s+run(?:-script)?\\s+(?:${names})`
  )
}

/**
 * A package manager chosen at run time (`${{ steps.detect-package-manager.outputs.manager }} run build`, as
 * in the Pages starter workflows): with an explicit `run`, what follows is a package script.
 */
const PACKAGE_MANAGER_EXPRESSION = '\\$\\{\\{[^}]*\\}\\}'

/** A task-runner target (`make X`, `just X`, `task X`, `mage X`, `rake X`) whose name matches `names`. */
export function target(names: string): RegExp {
  return cmd(
    `(?:make|\\$\\{MAKE\\}|just|task|mage|rake|invoke)(?:\\s+(?:-\\S+|\\w+=\\S*))*\\s+(?:\\S+\\s+)*?(?:${names})`
  )
}

/** A script file whose base name matches `names` (`./bin/ops/deploy.sh`, `scripts/smoke-test.sh`). */
export function scriptFile(names: string): RegExp {
  return new RegExp(`(?:^|[\\s/])(?:${names})(?:[-_.][\\w-]+)*\\.(?:sh|bash|ps1|py)(?![\\w.-])`)
}
