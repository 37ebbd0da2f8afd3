import { expectNoCodeGenerated } from './helpers/code-generation.js'
import { it } from '@jest/globals'

it('the action entry generates no code while loading and parsing a policy', async () => {
  await expectNoCodeGenerated(() => import('../src/main.js'))
})
