// A person clicking through the checker by its visible texts, written once
// for every engine of drivers.mjs. Elements are found inside the widget's
// shadow root by a function evaluated in the page; the click itself is the
// engine's own mouse at the element's centre (real input events).

import { strict as assert } from 'node:assert';
import { text, EN } from '../e2e/person.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Polls `probe` (evaluated in the page with `args`) until it returns something truthy. */
export async function until(d, what, probe, args = [], timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await d.evaluate(probe, ...args);
    if (value) return value;
    if (Date.now() > end) assert.fail(`${d.name}: timed out waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * In the page: the element of the `index`th widget that a person means by
 * `kind` and `label` ('button': a button or link with that text; 'label':
 * the label of a radio or checkbox; 'textbox'; 'css': a selector), scrolled
 * into view; returns the centre of its box, or null while it is not shown.
 */
function locate(kind, label, index) {
  const host = document.querySelectorAll('knee-triage')[index];
  const root = host && host.shadowRoot;
  if (!root) return null;
  const clean = (s) => s.replace(/\s+/g, ' ').trim();
  let el = null;
  if (kind === 'button') {
    el = [...root.querySelectorAll('button, a')].find((b) => clean(b.innerText) === label);
  } else if (kind === 'label') {
    el = [...root.querySelectorAll('label')].find((l) => clean(l.innerText) === label || clean(l.firstChild?.textContent || '') === label);
  } else if (kind === 'textbox') {
    el = root.querySelector('input[type="text"], input:not([type]), input[inputmode]');
  } else {
    el = root.querySelector(label);
  }
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
}

/** Clicks what `locate` finds, with the engine's mouse. */
export async function click(d, kind, label, index = 0) {
  const at = await until(d, `${kind} "${label}"`, locate, [kind, label, index]);
  await d.click(at.x, at.y);
}

/** The text of the `index`th widget's first element matching `selector`, or null. */
export const textOf = (d, selector, index = 0) =>
  d.evaluate(
    (sel, i) => {
      const el = document.querySelectorAll('knee-triage')[i]?.shadowRoot?.querySelector(sel);
      return el ? el.innerText.replace(/\s+/g, ' ').trim() : null;
    },
    selector,
    index,
  );

/** Waits for the checker's own start page (not the loader's early one). */
export const ready = (d, index = 0) =>
  until(d, 'the checker start page', (i) => !!document.querySelectorAll('knee-triage')[i]?.shadowRoot?.querySelector('.kt-widget:not(.kt-early) .kt-button--start'), [index]);

/** The care level on the result's care card, waiting for it. */
export const careLevel = (d, index = 0) =>
  until(d, 'the care card', (i) => {
    const card = document.querySelectorAll('knee-triage')[i]?.shadowRoot?.querySelector('.kt-care-card');
    return card && (card.className.match(/kt-care-card--(\w+)/) || [])[1];
  }, [index]);

/** Waits until the heading is no longer `before`, and returns it. */
const nextHeading = (d, before, index) =>
  until(d, `a heading other than "${before}"`, (b, i) => {
    const h = document.querySelectorAll('knee-triage')[i]?.shadowRoot?.querySelector('h1');
    const t = h && h.innerText.replace(/\s+/g, ' ').trim();
    return t && t !== b ? t : null;
  }, [before, index]);

/** Gives one answer on the page of question `id` and continues. */
export async function answerQuestion(d, id, answer, cat = EN, index = 0) {
  if (typeof answer === 'number') {
    await click(d, 'textbox', '', index);
    await d.type(String(answer));
  } else {
    for (const choice of Array.isArray(answer) ? answer : [answer]) await click(d, 'label', text(`question.${id}.choice.${choice}`, cat), index);
  }
  await click(d, 'button', text('ui.continue', cat), index);
}

/** Start to result with the answers of a vignette; returns the questions visited. */
export async function answerAll(d, answers, { cat = EN, index = 0 } = {}) {
  const startTitle = text('ui.start.title', cat);
  await click(d, 'button', text('ui.start.button', cat), index);
  let title = await nextHeading(d, startTitle, index);
  const visited = [];
  for (let step = 0; step < 40; step++) {
    if (title === text('ui.check.title', cat)) {
      await click(d, 'button', text('ui.check.submit', cat), index);
    } else if (title === text('ui.result.title', cat)) {
      return visited;
    } else {
      const question = [...cat.entries()].find(([k, v]) => /^question\.[a-z_]+\.title$/.test(k) && v === title);
      assert.ok(question, `${d.name}: unknown page heading: ${title}`);
      const id = question[0].split('.')[1];
      visited.push(id);
      assert.ok(answers[id] !== undefined, `the answers do not cover ${id}`);
      await answerQuestion(d, id, answers[id], cat, index);
    }
    title = await nextHeading(d, title, index);
  }
  assert.fail('the questionnaire did not end');
}
