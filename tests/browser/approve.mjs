// Opens an approval link in Debian's headless Chromium and acts on the page like a user:
// enters the PIN (the link alone shows nothing of the payment), reads the payment, decides.
// Usage: node approve.mjs URL PIN approve|reject [--mandate CAP COUNT DAYS]
// Prints one JSON line: {"status": <HTTP status of the decision>, "before": <page text
// before the PIN>, "text": <page text after the decision>}.
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
  const before = await page.textContent('body');
  await page.fill('#pin', pin);
  await Promise.all([page.waitForNavigation(), page.click('button[name=unlock]')]);
  if (!(await page.$(`button[value=${action}]`))) {
    throw new Error(`no decision form after the PIN: ${await page.textContent('body')}`);
  }
  if (rest[0] === '--mandate') {
    await page.check('input[name=mandate]');
    await page.fill('input[name=cap]', rest[1]);
    await page.fill('input[name=count]', rest[2]);
    await page.fill('input[name=days]', rest[3]);
  }
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.click(`button[value=${action}]`),
  ]);
  await page.waitForLoadState('domcontentloaded');
  const text = await page.textContent('body');
  console.log(JSON.stringify({ status: resp.status(), before, text }));
} finally {
  await browser.close();
}
