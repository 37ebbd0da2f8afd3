/** Setup, install and cache steps name a tool without running it (`Install linters`, `Restore cache - playwright`). */
export const NAME_IGNORED =
  /^(?:set ?up|install|restore|cache|save|download|checkout|login|log in|configure|prepare|clean ?up|delete|remove)\b/

/** Installing a tool is not running it (`pip install pytest`, `go install .../goimports@latest`). */
export const INSTALL_COMMAND =
  /^(?:pip[3x]?|python3?\s+-m\s+pip|uv\s+(?:pip|tool)|npm|pnpm|yarn|bun|gem|go|cargo|apt(?:-get)?|brew|choco|apk|dnf|yum|conda|mamba|micromamba|poetry|composer|dotnet\s+tool|helm\s+(?:plugin|repo)|(?:npx|bunx|pnpm(?:\s+(?:exec|dlx))?|yarn(?:\s+dlx)?)\s+playwright|playwright)\s+(?:install|i|add|ci|update|upgrade|require|sync)(?![\w.:-])/

/** Commands that only print, wait or move files: their words are never evidence (`echo deploy`). */
export const TRIVIAL_COMMAND =
  /^(?:echo|printf|true|false|:|exit|sleep|cat|ls|pwd|touch|mkdir|rm|cp|mv|ln|chmod|cd|export|set|unset|test|\[\[?|df|du|date|whoami|env|tee|grep|jq|yq|wc|head|tail|sort|uniq|tr|cut|sed|awk|read|shift|return|local|declare|source|\.(?=\s)|git\s+(?:diff|status|log|rev-parse|config|fetch|checkout))(?![\w.:-])/
