import { cmd } from './command-pattern.js'
import type { Purpose } from './purpose.js'

/** Throwaway targets started inside a job (design §3, corpus labels rule 4): deploys into them are test fixtures. */
export type FixtureEntry =
  { kind: 'run'; id: string; pattern: RegExp } | { kind: 'uses'; id: string; pattern: string }

export const FIXTURES: readonly FixtureEntry[] = [
  {
    kind: 'run',
    id: 'kind-cluster',
    pattern: cmd(
      'kind\\s+create\\s+cluster|k3d\\s+cluster\\s+create|minikube\\s+start|microk8s|ctlptl\\s+create'
    )
  },
  {
    kind: 'run',
    id: 'compose-up',
    pattern: cmd('docker(?:\\s+|-)compose(?:\\s+-\\S+(?:\\s+[^-\\s]\\S*)?)*\\s+up')
  },
  {
    kind: 'uses',
    id: 'kind-action',
    pattern:
      '{helm/kind-action,engineerd/setup-kind,container-tools/kind-action,medyagh/setup-minikube,AbsaOSS/k3d-action,nolar/setup-k3d-k3s,debianmaster/actions-k3s}'
  }
]

/** Purposes that a fixture in the same job turns into test scaffolding (migrating a compose database is test setup). */
export const FIXTURE_PURPOSES: readonly Purpose[] = ['deploy', 'rollout', 'iac-apply', 'db-migration']
