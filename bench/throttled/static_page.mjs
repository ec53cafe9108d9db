// The static comparison page for bench/throttled.mjs: the widget's own three
// screens (start page, emergency question, second question), captured from
// a normal load of the build being measured, in one HTML file with the same
// stylesheets and a few lines of inline script that swap the screens on
// click. It is the floor: what showing these screens costs with no loader,
// no wasm and no framework, over the same network and CPU.

import { serve } from '../../tests/e2e/harness.mjs';
import { text, widget, ready } from '../../tests/e2e/person.mjs';

const outer = (scope) => scope.locator('.kt-widget:not(.kt-early)').evaluate((el) => el.outerHTML);

/** Loads `root`'s demo page unthrottled and returns the outerHTML of the three screens. */
export async function captureScreens(browser, root) {
  const server = await serve({ root });
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    const w = widget(page);
    await ready(w);
    const start = await outer(w);
    await w.getByRole('button', { name: text('ui.start.button') }).click();
    await w.locator('h1', { hasText: text('question.emergency.title') }).waitFor();
    const emergency = await outer(w);
    await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
    await w.getByRole('button', { name: text('ui.continue') }).click();
    await w.locator('h1', { hasText: text('question.duration.title') }).waitFor();
    const duration = await outer(w);
    return { start, emergency, duration };
  } finally {
    await page.close();
    await server.close();
  }
}

/**
 * The page: the start screen in the markup, the two questions in templates
 * before it. The script is in the head and listens on the document, and the
 * templates are parsed before the start button, so the button works the
 * moment it is in the page (a page is drawn before it is fully parsed, and
 * the persona taps at once), as a plain HTML page's would.
 * "Start now" shows the emergency question; its Continue shows the second
 * question (without checking the answer: the floor does no work).
 */
export function staticPage({ start, emergency, duration }) {
  const script = `let at = 0;
document.addEventListener('click', (e) => {
  const b = e.target.closest('button');
  if (!b || !(at === 0 ? b.classList.contains('kt-button--start') : at === 1 && b.type === 'submit')) return;
  e.preventDefault();
  document.querySelector('main').replaceChildren(document.getElementById(at++ ? 'duration' : 'emergency').content.cloneNode(true));
  document.querySelector('main h1').focus();
});`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>static</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo.css"><link rel="stylesheet" href="/knee-triage.css"><script>${script}</script></head>
<body><template id="emergency">${emergency}</template><template id="duration">${duration}</template><main class="page">${start}</main></body></html>`;
}
