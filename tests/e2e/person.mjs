// Clicks through the checker as a person would: by visible labels and
// button names, read from the English catalog so the tests follow the text.

import { readFileSync } from 'node:fs';
import { strict as assert } from 'node:assert';

const CATALOG = new URL('../../crates/knee-triage-core/src/knowledge/locales/en.txt', import.meta.url);

export function catalog(url = CATALOG) {
  const entries = new Map();
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const at = trimmed.indexOf(' = ');
    if (at > 0) entries.set(trimmed.slice(0, at), trimmed.slice(at + 3).trim());
  }
  return entries;
}

export const EN = catalog();

/** The answers of a vignette, `tests/vignettes/<id>.json`. */
export function vignette(id) {
  return JSON.parse(readFileSync(new URL(`../vignettes/${id}.json`, import.meta.url), 'utf8')).answers;
}

export function text(key, cat = EN) {
  const value = cat.get(key);
  assert.ok(value, `catalog has no ${key}`);
  return value;
}

/**
 * With the checker unable to start: "Start now", then "None of these" on
 * the emergency check, which the loader still asks; then the static
 * guidance shows, with the notice that the checker could not start.
 */
export async function earlyToGuidance(w, cat = EN) {
  await w.locator('.kt-early .kt-notice').getByText(text('ui.early.failed', cat)).waitFor();
  await w.getByRole('button', { name: text('ui.start.button', cat) }).click();
  await w.getByLabel(text('question.emergency.choice.none', cat), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue', cat) }).click();
  await w.locator('.kt-fallback').getByText(text('fallback.failed', cat)).waitFor();
  return w.locator('.kt-fallback');
}

/** The widget's shadow root content, as a locator scope. */
export function widget(page, index = 0) {
  return page.locator('knee-triage').nth(index);
}

/**
 * Waits until the checker itself shows its start page. The loader draws the
 * early screens (`.kt-early`) the moment its script runs; a test that
 * clicks through the checker waits for the checker's own page.
 */
export async function ready(scope) {
  await scope.locator('.kt-widget:not(.kt-early) .kt-button--start').waitFor();
}

/**
 * Answers every question of an answers document, page by page, choosing
 * labels by their catalog text, then opens the result.
 * Returns the ids of the question pages visited, in order.
 */
export async function answerAll(page, answers, { cat = EN, scope = widget(page) } = {}) {
  await scope.getByRole('button', { name: text('ui.start.button', cat) }).click();
  // A click on the early start page is carried out once the checker is ready.
  await scope.locator('h1').filter({ hasNotText: text('ui.start.title', cat) }).waitFor();
  const visited = [];
  for (let step = 0; step < 40; step++) {
    const heading = scope.locator('h1');
    await heading.waitFor();
    // Which question is this? Match the heading to a catalog title.
    const title = (await heading.innerText()).trim();
    const checkTitle = text('ui.check.title', cat);
    const resultTitle = text('ui.result.title', cat);
    if (title === checkTitle) {
      await scope.getByRole('button', { name: text('ui.check.submit', cat) }).click();
      continue;
    }
    if (title === resultTitle) return visited;
    const question = [...cat.entries()].find(([k, v]) => /^question\.[a-z_]+\.title$/.test(k) && v === title);
    assert.ok(question, `unknown page heading: ${title}`);
    const id = question[0].split('.')[1];
    visited.push(id);
    const answer = answers[id];
    assert.ok(answer !== undefined, `the answers do not cover ${id}`);
    await answerQuestion(scope, id, answer, cat);
  }
  assert.fail('the questionnaire did not end');
}

/** Gives one answer on the question page of `id` (a number, a choice or a list of choices) and continues. */
export async function answerQuestion(scope, id, answer, cat = EN) {
  if (typeof answer === 'number') {
    await scope.getByRole('textbox').fill(String(answer));
  } else {
    for (const choice of Array.isArray(answer) ? answer : [answer]) {
      await scope.getByLabel(text(`question.${id}.choice.${choice}`, cat), { exact: true }).check();
    }
  }
  await scope.getByRole('button', { name: text('ui.continue', cat) }).click();
}
