// A person clicks through the release build from start to result.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, recordRequests, collectErrors } from './harness.mjs';
import { answerAll, text, widget, ready, vignette } from './person.mjs';

const env = useBrowser();

async function openChecker() {
  const page = await env.browser.newPage({ locale: 'en-US' });
  const errors = collectErrors(page);
  const requests = recordRequests(page);
  await page.goto(env.server.url);
  await ready(widget(page));
  return { page, errors, requests };
}

async function careCard(page) {
  const card = widget(page).locator('.kt-care-card');
  await card.waitFor();
  const level = (await card.getAttribute('class')).match(/kt-care-card--(\w+)/)[1];
  return { level, text: await card.innerText() };
}

for (const [id, level] of [['V01', 'self_care'], ['V05', 'urgent'], ['V07', 'emergency'], ['V12', 'routine']]) {
  test(`${id} reaches the ${level} result by clicking`, async () => {
    const { page, errors, requests } = await openChecker();
    const loaded = requests.length;
    const visited = await answerAll(page, vignette(id));
    const card = await careCard(page);
    assert.equal(card.level, level);
    const title = text(`level.${level}.title`).replace('{emergency_number}', '911');
    assert.ok(card.text.includes(title), `care card says: ${card.text}`);
    if (level === 'emergency') {
      assert.deepEqual(visited, ['emergency'], 'an emergency stops after the first question');
    } else {
      assert.ok(visited.length > 10, `only ${visited.length} questions were asked`);
    }
    assert.deepEqual(requests.slice(loaded).map((r) => r.url), [], 'no network request after load');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the start page says what a person needs before starting', async () => {
  const { page } = await openChecker();
  const content = await widget(page).locator('.kt-widget').innerText();
  for (const key of ['ui.start.privacy', 'ui.start.not_diagnosis', 'ui.start.time', 'ui.banner.not_diagnosis']) {
    assert.ok(content.includes(text(key)), `start page lacks ${key}`);
  }
  assert.ok(content.includes(text('ui.banner.emergency').replace('{emergency_number}', '911')));
  await page.close();
});

test('an emergency result says what to do now, without causes, self-care or record keeping', async () => {
  const { page } = await openChecker();
  await answerAll(page, vignette('V07'));
  const content = await widget(page).locator('.kt-page').innerText();
  for (const key of ['ui.result.causes_title', 'ui.result.no_causes', 'ui.records.title', 'ui.diary.open']) {
    assert.ok(!content.includes(text(key)), `an emergency result shows ${key}`);
  }
  assert.ok(content.includes(text('ui.result.watch_title')) || content.includes(text('ui.result.why_title')), content);
  await page.close();
});

test('with a sign that needs a doctor, the result never says it goes away on its own', async () => {
  const { page } = await openChecker();
  await answerAll(page, vignette('V05'));
  const content = await widget(page).locator('.kt-page').innerText();
  assert.equal((await careCard(page)).level, 'urgent');
  assert.ok(!content.includes(text('ui.result.no_causes')), 'reassurance on an urgent result');
  assert.ok(content.includes(text('ui.result.no_causes_doctor')) || content.includes(text('ui.result.causes_intro')));
  await page.close();
});

test('each failed "Continue" takes focus back to the error summary', async () => {
  const { page } = await openChecker();
  const w = widget(page);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  const active = () => page.evaluate(() => document.querySelector('knee-triage').shadowRoot.activeElement?.className ?? '');
  for (let attempt = 1; attempt <= 2; attempt++) {
    await w.getByRole('button', { name: text('ui.continue') }).click();
    await w.locator('.kt-error-summary').waitFor();
    await page.waitForFunction(() => document.querySelector('knee-triage').shadowRoot.activeElement?.classList.contains('kt-error-summary'), null, { timeout: 2000 })
      .catch(() => {});
    assert.ok((await active()).includes('kt-error-summary'), `attempt ${attempt}: focus is on ${await active()}`);
  }
  await page.close();
});

test('one cup is written in the singular', async () => {
  const { page } = await openChecker();
  assert.equal(vignette('V01').caffeine_cups, 1);
  await answerAll(page, vignette('V01'));
  const w = widget(page);
  await w.getByRole('button', { name: text('ui.back') }).click();
  await w.locator('h1').getByText(text('ui.check.title')).waitFor();
  const rows = await w.locator('.kt-summary-list').innerText();
  assert.ok(rows.includes(`1 ${text('question.caffeine_cups.unit_one')}`), rows);
  assert.ok(!rows.includes(`1 ${text('question.caffeine_cups.unit')}`), rows);
  await page.close();
});
