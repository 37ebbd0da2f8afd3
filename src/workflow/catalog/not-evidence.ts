/** Setup, install and cache steps name a tool without running it (`Install linters`, `Restore cache - playwright`). */
export const NAME_IGNORED =
  /^(?:set ?up|install|restore|cache|save|download|checkout|login|log in|configure|prepare|clean ?up|delete|remove)\b/

/** Installing a tool is not running it (`pip install pytest`, `go install .../goimports@latest`). */
export const INSTALL_COMMAND =
  /^(?:pip[3x]?|python3?\s+-m\s+pip|uv\s+(?:pip|tool)|npm|pnpm|yarn|bun|gem|go|cargo|apt(?:-get)?|brew|choco|apk|dnf|yum|conda|mamba|micromamba|poetry|composer|dotnet\s+tool|helm\s+(?:plugin|repo)|(?:npx|bunx|pnpm(?:\s+(?:exec|dlx))?|yarn(?:\s+dlx)?)\s+playwright|playwright)\s+(?:install|i|add|ci|update|upgrade|require|sync)(?![\w.:-])/

/**
 * Commands that only print, wait or move files: their words are never evidence (`echo deploy`, `pip cache dir`).
 * Checksums and encodings print what they read (`sha256sum $files | base64 -w0` for a provenance subject).
 */
export const TRIVIAL_COMMAND =
  /^(?:echo|printf|true|false|:|exit|sleep|cat|ls|sha\d*sum|shasum|md5sum|b2sum|cksum|base64|pwd|touch|mkdir|rm|cp|mv|ln|chmod|cd|export|set|unset|test|\[\[?|df|du|date|whoami|env|tee|grep|jq|yq|wc|head|tail|sort|uniq|tr|cut|sed|awk|read|shift|return|local|declare|source|\.(?=\s)|git\s+(?:diff|status|log|rev-parse|config|fetch|checkout)|(?:pip3?|python3?\s+-m\s+pip)\s+(?:cache|list|show|freeze|config)|(?:npm\s+config\s+get|yarn\s+cache\s+dir|yarn\s+config\s+get|pnpm\s+store\s+path))(?![\w.:-])/

/** Formatters that rewrite files fail nothing: only their check modes (`black --check`, catalog entries) verify. */
export const FORMAT_COMMAND =
  /^(?:(?:npx|bunx|pnpm(?:\s+(?:exec|dlx))?|yarn)\s+)?(?:isort|black|autopep8|yapf|ruff\s+format|prettier|gofmt|goimports|rustfmt|cargo\s+fmt|dotnet\s+format|terraform\s+fmt)(?![\w.:-])(?!.*\s(?:--?check|--check-only|--diff|-c|-l|-d|--list-different|--verify-no-changes)(?![\w-]))/

/**
 * Actions that check out, set up tools, log in or cache: they prepare a job's work and do none of it, so a
 * job of only these (and formatters) is not what its name says (`build` over `isort .`).
 */
export const SETUP_ACTIONS =
  '{actions/checkout,actions/cache{,/**},*/setup-*,*/*-setup,*/action-setup,docker/login-action,aws-actions/configure-aws-credentials,azure/login,google-github-actions/auth}'

/**
 * Actions that prepare a job or report on it without doing the pipeline's work: checkout, setting up or
 * caching a tool, logging in, reading changed files, notifying people. A job of only these (and printing) is a
 * marker, whatever its `environment:` says (real-world patterns §1.3).
 */
export const UTILITY_ACTION =
  /(?:^|\/)(?:checkout|[\w-]*setup[\w-]*|cache|upload-artifact|download-artifact|configure-[\w-]+|[\w-]*login[\w-]*|auth|paths-filter|changed-files|[\w-]*slack[\w-]*|[\w-]*notif[\w-]*|[\w-]*teams[\w-]*|[\w-]*discord[\w-]*|[\w-]*comment[\w-]*|labeler|add-label[\w-]*|upload-sarif|create-github-app-token|github-app-token|wait-on-check-action|[\w-]*deployment-status[\w-]*|deployment-action)$/i
