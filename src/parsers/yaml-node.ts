import type { LineCounter } from 'yaml'

/** The YAML tree the workflow parser reads: maps, sequences and scalars with their start offsets. */
export type YamlNode = YamlMap | YamlSeq | YamlScalar

export interface YamlScalar {
  kind: 'scalar'
  offset: number
  value: string | number | boolean | null
}

export interface YamlSeq {
  kind: 'seq'
  offset: number
  items: YamlNode[]
}

export interface YamlPair {
  key: YamlNode
  value: YamlNode
}

export interface YamlMap {
  kind: 'map'
  offset: number
  pairs: YamlPair[]
}

export interface YamlText {
  root?: YamlNode
  /** `unread`: the text was not parsed at all (too large to parse safely), so it is no YAML error. */
  errors: Array<{ offset: number; message: string; unread?: true }>
  lines: LineCounter
  /** Which front end read the text. */
  reader: 'fast' | 'yaml'
}
