import type { Purpose } from '../catalog/purpose.js'

/**
 * A pipeline step's purpose from the name its author gave it, where the verb heads it or the agent noun ends
 * it: a Kubeflow component (`train_model`, `model_evaluator`) or a Databricks task (`Train`,
 * `ModelValidation`). A name is all a platform shows of a step whose code runs elsewhere.
 */
export function stepNamePurposes(name: string): Purpose[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\W]+/)
    .filter(Boolean)
  const [first = '', last = ''] = [words[0], words.at(-1)]
  const heads = (verbs: string[], nouns: string[]): boolean => verbs.includes(first) || nouns.includes(last)
  if (heads(['train', 'retrain', 'fit'], ['trainer', 'training'])) return ['training']
  if (heads(['evaluate', 'eval', 'evaluation'], ['evaluator', 'evaluation'])) return ['model-evaluation']
  if (heads(['validate', 'validation'], ['validator', 'validation']))
    return words.includes('model') ? ['model-evaluation'] : ['data-validation']
  if (
    heads(['register', 'promote', 'deploy'], ['registration', 'registrar', 'deployment']) &&
    words.includes('model')
  )
    return ['model-deploy']
  return []
}
