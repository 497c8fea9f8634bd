// Opens an approval link in Debian's headless Chromium and acts on the page like a user.
// Usage: node approve.mjs URL PIN approve|reject [--mandate CAP COUNT DAYS]
// Prints one JSON line: {"status": <HTTP status of the decision>, "text": <page text after it>}.
import { chromium } from 'playwright-core';

const [url, pin, action = 'approve', ...rest] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage();
  const shown = await page.goto(url);
  if (!shown.ok()) throw new Error(`approval page answered ${shown.status()}`);
  if (rest[0] === '--mandate') {
    await page.check('input[name=mandate]');
    await page.fill('input[name=cap]', rest[1]);
    await page.fill('input[name=count]', rest[2]);
    await page.fill('input[name=days]', rest[3]);
  }
  await page.fill('#pin', pin);
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.click(`button[value=${action}]`),
  ]);
  await page.waitForLoadState('domcontentloaded');
  const text = await page.textContent('body');
  console.log(JSON.stringify({ status: resp.status(), text }));
} finally {
  await browser.close();
}
