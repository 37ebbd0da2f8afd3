import { z } from 'zod'
import { workspaceGlob } from '../../checks/workspace-glob.js'

/** Where test reports are looked for: JUnit-style file names that runners and reporters write by default. */
export const testReportGlobs = z
  .array(workspaceGlob)
  .min(1)
  .default(['**/junit*.xml', '**/TEST-*.xml', '**/test-results/**/*.xml'])
  .describe('globs of JUnit/xUnit test reports in the workspace')
