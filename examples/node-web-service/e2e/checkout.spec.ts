import { expect, test } from '@playwright/test'

test('the home page loads', async ({ page }) => {
  await page.goto(process.env.BASE_URL ?? 'http://localhost:3000')
  await expect(page.locator('body')).toContainText('ok')
})
