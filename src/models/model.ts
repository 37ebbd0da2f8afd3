/** A maturity model: ordered levels, categories, and where each practice sits (design §1, §3). */
export interface Model {
  id: string
  title: string
  /** Where the model comes from, shown in docs and the report. */
  source: string
  /** Lowest first. */
  levels: readonly string[]
  categories: readonly string[]
  practices: readonly PracticePlacement[]
}

export interface PracticePlacement {
  id: string
  level: string
  category: string
}
