// Screenshots of the demo page through a flow, for looking at what we built.
// Usage: node scripts/screenshot.mjs [baseUrl] [outDir]   (start the demo first: npm start)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:8000/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const width = Number(process.env.WIDTH ?? 1280);
const page = await browser.newPage({ viewport: { width, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
const shot = async (name) => {
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
  console.log('shot', name);
};
const email = process.env.EMAIL ?? 'agent@demo.example';
await page.goto(base, { waitUntil: 'networkidle' });
await page.locator('agent-login input[name="username"]').waitFor();
await shot('1-email');
await page.locator('agent-login input[name="username"]').fill(email);
await page.keyboard.press('Enter');
await page.locator('agent-login input[name="password"]').waitFor();
await shot('2-password');
await page.locator('agent-login input[name="password"]').fill('demo1234');
await page.keyboard.press('Enter');
await page.waitForTimeout(1500);
await shot('3-after-password');
const skip = page.locator('agent-login .provider .secondary');
if (await skip.count()) {
  await skip.first().click();
  await page.waitForTimeout(800);
}
await shot('4-preferences');
const dn = page.locator('agent-login interaction-preferences input[value="AGENT_DN"]');
if (await dn.count()) {
  await dn.click();
  await page.waitForTimeout(800);
  await shot('5-dial-number');
}
await page.locator('agent-login team-picker [role="combobox"]').click();
await page.keyboard.type('niv');
await shot('6-team-search');
await page.keyboard.press('Enter');
await page.waitForTimeout(300);
await page.locator('agent-login button[type="submit"]').last().click();
await page.waitForTimeout(1500);
await shot('7-signed-in');
console.log(JSON.stringify({ errors }));
await browser.close();
