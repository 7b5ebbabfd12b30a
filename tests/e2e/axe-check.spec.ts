import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';

// The axe check every spec relies on must fail where a person would be failed: a button with no name inside
// a widget's shadow root, and grey text too faint to read, are both caught; a clean page passes.
test('the axe check finds a nameless button in a shadow root and faint text, and passes a clean page', async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="zh-CN"><title>测试</title><body><main><h1>测试</h1>
    <p style="color:#ccc;background:#fff">看不清的字</p><div id="host"></div></main></body></html>`);
  await page.evaluate(() => {
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<button></button>';
  });
  const failure = await expectNoAxeViolations(page).then(
    () => '',
    (error: Error) => error.message,
  );
  expect(failure).toContain('button-name');
  expect(failure).toContain('color-contrast');

  await page.setContent(
    '<!doctype html><html lang="zh-CN"><title>测试</title><body><main><h1>测试</h1><p>看得清的字</p></main></body></html>',
  );
  await expectNoAxeViolations(page);
});
