// The page's own stopwatch for bench/throttled.mjs, installed with
// page.addInitScript so it runs before any of the page's scripts.
//
// Why in the page: under a 4x slower CPU every round trip between the
// benchmark and the page (playwright's waits, clicks, evaluations) takes
// tens of milliseconds, so a moment seen from outside would measure the
// benchmark. Here every moment is `performance.now()` of the page itself,
// milliseconds since the navigation started (the document's time origin).
//
// What is recorded, in `window.__bench`:
// - `clicks`: every click, from a capture-phase listener on the window (it
//   runs before any handler of the page, so before anything changes), as
//   `{ what, at, input }`: `what` 'start', 'none', 'continue' or 'other';
//   `at` the listener's `performance.now()`; `input` the event's own
//   timeStamp (when the browser made the input event; the difference is
//   how long the busy page kept the tap waiting); `swallowed` for a tap
//   that missed its aim (see `target`).
// - `aims`: when the persona looked for what to tap next (`target`), so a
//   reader can tell the benchmark's own delay from the page's.
// - `seen` and `shown`: for each moment, when a MutationObserver first saw
//   it in the DOM (`seen`) and the next animation frame after that
//   (`shown`: the frame that draws it; both the same when a frame's own
//   callback saw it first). The moments:
//   `startWorks`  a button reading "Start now" is in the page and enabled;
//   `startStyled` the same, and every stylesheet of its document or shadow
//                 root has loaded (the widget's stylesheet is inserted by
//                 script, so it does not hold the first paint back);
//   `emergency`   after a tap on Start, a visible h1 with the emergency
//                 question's catalog title;
//   `duration`    after a tap on Continue, a visible h1 with the second
//                 question's title;
//   `checker`     the checker itself is drawn: a `.kt-widget` that is not
//                 the loader's early copy (`.kt-early`), in a shadow root.
// Headings are found by their text in the document and in every shadow
// root (attachShadow is patched so each new root is watched too), not by
// the loader's or the checker's classes, so a loader that draws the
// questions itself is measured the same way as one that waits for the wasm.

/** Runs in the page. `texts` are catalog strings: start, cont (Continue), none, emergency, duration. */
export function probe(texts) {
  const state = { clicks: [], seen: {}, shown: {}, aims: [] };
  window.__bench = state;
  const roots = [document];
  const waiters = {};
  const trimmed = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  const all = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
  const visible = (el) => el.isConnected && (el.checkVisibility ? el.checkVisibility() : true);
  const startButton = () => all('button').find((b) => trimmed(b) === texts.start && !b.disabled);
  const clicked = (what) => state.clicks.some((c) => c.what === what && !c.swallowed);
  const heading = (title) => all('h1').find((h) => trimmed(h) === title && visible(h));
  const sheetsLoaded = (el) => {
    const root = el.getRootNode();
    const links = [...root.querySelectorAll('link[rel=stylesheet]'), ...document.querySelectorAll('link[rel=stylesheet]')];
    return links.every((link) => link.sheet);
  };

  const resolve = (name) => {
    for (const done of waiters[name] || []) done(state.shown[name]);
  };
  // Seen by the observer: shown in the next frame (one callback for all the
  // moments seen before it, so they share that frame). Seen in a frame's
  // own callback (the poll below): shown in that frame.
  let pending = null;
  const mark = (name, inFrame) => {
    if (state.seen[name] !== undefined) return;
    state.seen[name] = performance.now();
    if (inFrame) {
      state.shown[name] = state.seen[name];
      resolve(name);
      return;
    }
    if (!pending) {
      pending = [];
      requestAnimationFrame(() => {
        const now = performance.now();
        for (const n of pending) state.shown[n] = now;
        for (const n of pending) resolve(n);
        pending = null;
      });
    }
    pending.push(name);
  };
  const scan = (inFrame) => {
    const start = state.seen.startStyled === undefined ? startButton() : null;
    if (start) {
      mark('startWorks', inFrame);
      if (sheetsLoaded(start)) mark('startStyled', inFrame);
    }
    if (state.seen.emergency === undefined && clicked('start') && heading(texts.emergency)) mark('emergency', inFrame);
    if (state.seen.duration === undefined && clicked('continue') && heading(texts.duration)) mark('duration', inFrame);
    if (state.seen.checker === undefined && roots.some((r) => r !== document && r.querySelector('.kt-widget:not(.kt-early)'))) mark('checker', inFrame);
  };

  const observer = new MutationObserver(() => scan(false));
  const watch = (root) => {
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    // A stylesheet's load changes nothing in the DOM; load does not bubble, so listen in the capture phase.
    root.addEventListener('load', () => scan(false), true);
  };
  // A stylesheet applies before its load event is dispatched: until the
  // start page is styled (or tapped), look in every frame as well.
  const poll = () => {
    scan(true);
    if (state.seen.startStyled === undefined && !clicked('start')) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    watch(root);
    return root;
  };
  watch(document);

  const noneInput = () => all('input#kt-emergency-none').find(visible);
  state.ticked = () => Boolean(noneInput()?.checked);
  addEventListener(
    'click',
    (event) => {
      const path = event.composedPath().filter((n) => n instanceof Element);
      const button = path.find((n) => n.matches('button'));
      const label = button ? trimmed(button) : '';
      const none = path.some((n) => n.id === 'kt-emergency-none' || (n.matches('label') && trimmed(n) === texts.none));
      const what = label === texts.start ? 'start' : label === texts.cont ? 'continue' : none ? 'none' : 'other';
      const click = { what, at: performance.now(), input: event.timeStamp };
      if (what === 'continue') click.noneTicked = state.ticked();
      // A tap the persona aimed elsewhere (the page moved under it) must not
      // change the page, a language or a link, so it is swallowed here.
      if (state.expect && what !== state.expect) {
        click.swallowed = true;
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      state.clicks.push(click);
      // The page's handlers come next; a screen they show is caught by the observer.
      queueMicrotask(() => scan(false));
    },
    true,
  );

  /** Resolves with the `shown` moment of `name` once there is one. */
  state.when = (name) =>
    state.shown[name] !== undefined ? Promise.resolve(state.shown[name]) : new Promise((done) => (waiters[name] ??= []).push(done));

  /**
   * Where a person would tap `what` ('start', 'none', 'continue'): scrolls
   * it into the middle of the view and returns the centre of its box. Until
   * the next tap, a click on anything else is swallowed.
   */
  state.target = (what) => {
    let el;
    if (what === 'start') el = startButton();
    if (what === 'none') el = noneInput() ?? all('label').find((l) => trimmed(l) === texts.none && visible(l));
    if (what === 'continue') el = all('button').find((b) => trimmed(b) === texts.cont && visible(b));
    if (!el) return null;
    state.aims.push({ what, at: performance.now() });
    state.expect = what;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = el.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  /** Whether the last tap hit what it was aimed at. */
  state.hit = (what) => (what === 'none' ? state.ticked() : clicked(what));
}
