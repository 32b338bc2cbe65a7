// Opens a "not so good" link in headless Chromium as a customer would, in English and in French:
// picks a reason, types a comment with an emoji, sends, and sees the thank-you page. Then checks
// through the API that the vote counts. Usage: node landing-page.mjs <base-url> <api-key> <screenshot-dir>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [baseUrl, apiKey, screenshotDir] = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CASES = [
  { locale: 'en', reasonLabel: 'The answer was slow', send: 'Send', thanks: 'Thank you!', comment: 'Took a while 🐢 but OK' },
  { locale: 'fr', reasonLabel: 'La réponse a tardé', send: 'Envoyer', thanks: 'Merci\u00a0!', comment: 'Un peu lent 🐢, réponse reçue' },
];
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : ` -- ${detail}`}`);
  ok ? passed++ : failed++;
}

async function createInvitation(locale) {
  const response = await fetch(`${baseUrl}/api/v1/invitations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      ticketId: `E2E-${locale}-${Date.now()}`,
      agent: { id: `agent-${locale}`, name: `Agent ${locale}` },
      locale,
    }),
  });
  if (response.status !== 201) throw new Error(`invitation: HTTP ${response.status}`);
  return response.json();
}

async function rateLikeACustomer(browser, testCase) {
  const invitation = await createInvitation(testCase.locale);
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    await page.goto(invitation.links.notGood);
    check(`${testCase.locale}: not_good is chosen`, await page.isChecked('input[value="not_good"]'));
    await page.getByLabel(testCase.reasonLabel).check();
    await page.locator('#comment').fill(testCase.comment);
    // A person reads the page before sending; a scanner does not.
    await page.screenshot({ path: join(screenshotDir, `form-${testCase.locale}.png`), fullPage: true });
    await page.waitForTimeout(2500);
    await page.getByRole('button', { name: testCase.send }).click();
    await page.waitForURL(/\/thanks$/);
    check(`${testCase.locale}: thank-you page`, (await page.textContent('h1'))?.trim() === testCase.thanks);
    await page.screenshot({ path: join(screenshotDir, `thanks-${testCase.locale}.png`), fullPage: true });
  } finally {
    await page.close();
  }
  return invitation;
}

async function reportedComments() {
  const report = await (await fetch(`${baseUrl}/api/v1/report?last=1000`)).json();
  return report.ratings.filter((rating) => rating.rating === 'not_good').map((rating) => rating.comment);
}

mkdirSync(screenshotDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const testCase of CASES) {
    try {
      await rateLikeACustomer(browser, testCase);
    } catch (error) {
      check(`${testCase.locale}: customer flow`, false, error.message);
    }
  }
} finally {
  await browser.close();
}

const comments = await reportedComments();
for (const testCase of CASES) {
  check(`${testCase.locale}: counted with the exact comment`, comments.includes(testCase.comment));
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
