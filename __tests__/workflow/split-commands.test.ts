import { describe, expect, it } from '@jest/globals'
import { splitCommands } from '../../src/workflow/split-commands.js'

describe('splitCommands', () => {
  const table: Array<[string, string, string[]]> = [
    ['one command', 'npm test', ['npm test']],
    ['lines', 'npm ci\nnpm test\n', ['npm ci', 'npm test']],
    [
      '&& || ; chains',
      'make build && make test || echo failed; ls',
      ['make build', 'make test', 'echo failed', 'ls']
    ],
    [
      'pipes and background',
      'helm template . | flux-schema validate\n./bin/server &',
      ['helm template .', 'flux-schema validate', './bin/server']
    ],
    [
      'line continuations',
      'terraform init \\\n  -backend-config=a \\\n  -input=false',
      ['terraform init    -backend-config=a    -input=false']
    ],
    ['env prefixes and sudo', 'CI=true FOO="a b" sudo -E make test', ['make test']],
    ['env command', 'env NODE_ENV=test npm test', ['npm test']],
    ['quotes keep operators', `bash -c 'pytest && coverage xml'`, [`bash -c 'pytest && coverage xml'`]],
    [
      'expressions keep operators',
      "echo ${{ github.event.number || 'manual' }}",
      ["echo ${{ github.event.number || 'manual' }}"]
    ],
    ['comments', '# deploy it\nmake test # and deploy', ['make test']],
    ['hash inside a word', 'echo ${#ARR[@]}', ['echo ${#ARR[@]}']],
    [
      'if/then/fi',
      'if ! python manage.py makemigrations --check; then\n  echo missing\n  exit 1\nfi',
      ['python manage.py makemigrations --check', 'echo missing', 'exit 1']
    ],
    ['for loops', 'for f in a b; do\n  cp "$f" out/\ndone', ['cp "$f" out/']],
    ['test brackets', '[[ -z "$s" ]] || {\n  git diff\n}', ['git diff']],
    ['assignments alone are no command', 'VERSION=sha-${GITHUB_SHA::8}\nX=$((1 + 2))', []],
    ['command substitutions run', 'report=$(dvc exp diff main --md)', ['dvc exp diff main --md']],
    [
      'nested substitutions inside a command',
      'echo "sha=$(git rev-parse $(git merge-base HEAD main))"',
      [
        'git merge-base HEAD main',
        'git rev-parse $(git merge-base HEAD main)',
        'echo "sha=$(git rev-parse $(git merge-base HEAD main))"'
      ]
    ],
    ['single quotes keep $( ) as text', "echo '$(not run)'", ["echo '$(not run)'"]],
    [
      'heredoc bodies are text',
      'cat <<EOF > report.md\n# Deploy\nkubectl apply -f x\nEOF\ncml comment create report.md',
      ['cat', 'cml comment create report.md'].map((c, i) => (i === 0 ? 'cat <<EOF > report.md' : c))
    ],
    ['here-strings are no heredoc', 'grep x <<< "$v"\nmake test', ['grep x <<< "$v"', 'make test']],
    ['redirections are not background', 'make test 2>&1 | tee log', ['make test 2>&1', 'tee log']],
    ['subshells', '(cd web && npm run build)', ['cd web', 'npm run build']],
    [
      'first word starting like a keyword',
      'firebase deploy\ndone_marker.sh',
      ['firebase deploy', 'done_marker.sh']
    ]
  ]
  it.each(table)('%s', (_name, script, expected) => {
    expect(splitCommands(script)).toEqual(expected)
  })
})
