import { builtInModels } from '../models/index.js'
import type { Practice } from '../practices/practice.js'

/** What a practice means: its title, and where its model places it and why. */
export function practiceMeaning(practice: Practice): string {
  const { id, title, model, rationale } = practice.meta
  const placement = builtInModels[model]?.practices.find(p => p.id === id)
  const place = placement ? ` · level ${placement.level} · category ${placement.category}` : ''
  return `${id} — ${title}\nmodel ${model}${place}\n\n${rationale}\n`
}
