import { BUILD } from './build.js'
import { DEPLOY } from './deploy.js'
import type { CatalogEntry } from './entry.js'
import { ML } from './ml.js'
import { OBJECT_STORAGE } from './object-storage.js'
import { QUALITY } from './quality.js'
import { RELEASE } from './release.js'
import { TESTS } from './tests.js'

/** Every entry, whatever its purpose: classification reads them by kind, so the order of the groups carries no meaning. */
export const CATALOG: readonly CatalogEntry[] = [
  ...BUILD,
  ...TESTS,
  ...QUALITY,
  ...DEPLOY,
  ...RELEASE,
  ...OBJECT_STORAGE,
  ...ML
]
