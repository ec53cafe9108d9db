// The start page drawn the moment the script runs, before the WebAssembly
// is ready: a click on "Start now" or a language is kept for the checker.

import { FALLBACK_TEXT } from './fallback_text.generated.js';
import { element, numberFiller, numberNodes, textsFor } from './text.js';

/**
 * The start page as the checker draws it (ui/start.rs, ui/safety_banner.rs,
 * ui/language_switch.rs: same elements, classes and text), shown until the
 * checker is ready. Built with textContent only.
 */
export function renderStart(el, lang, actions) {
  const pairs = textsFor(el, lang).start;
  const s = Object.fromEntries(pairs);
  const fillNumber = numberFiller(el);
  const fill = (key) => fillNumber(s[key]);
  const nodes = numberNodes(el);
  const make = (tag, className, key, attrs) => element(tag, className, key ? nodes(s[key]) : undefined, attrs);
  const list = (keys) => {
    const ul = make('ul', 'kt-list kt-list--bullet');
    ul.append(...keys.map((key) => make('li', null, key)));
    return ul;
  };
  const widget = make('div', 'kt-widget kt-early', null, { lang, part: 'widget' });
  const banner = make('aside', 'kt-banner', null, { part: 'banner', 'aria-label': fill('ui.banner.label') });
  const emergency = make('p', 'kt-banner__emergency');
  emergency.append(make('strong', null, 'ui.banner.emergency'));
  banner.append(emergency, make('p', 'kt-banner__note', 'ui.banner.not_diagnosis'));

  const nav = make('nav', 'kt-language-switch', null, { 'aria-label': fill('ui.language.label') });
  const languages = make('ul', 'kt-language-switch__list');
  for (const other of Object.keys(FALLBACK_TEXT).filter((k) => FALLBACK_TEXT[k].start)) {
    const name = Object.fromEntries(FALLBACK_TEXT[other].start)['ui.language.name'];
    const item = make('li');
    if (other === lang) {
      item.append(make('span', 'kt-language-switch__current', null, { 'aria-current': 'true', lang: other }));
    } else {
      const button = make('button', 'kt-link-button', null, { type: 'button', lang: other });
      button.addEventListener('click', () => actions.chooseLanguage(other));
      item.append(button);
    }
    item.firstChild.textContent = name;
    languages.append(item);
  }
  nav.append(languages);

  const inset = make('div', 'kt-inset');
  inset.append(make('p', null, 'ui.start.privacy'), make('p', null, 'ui.start.not_diagnosis'));
  const warning = make('div', 'kt-warning', null, { part: 'emergency-callout' });
  warning.append(
    make('h2', 'kt-heading-s', 'ui.start.emergency_title'),
    make('p', null, 'ui.start.emergency_intro'),
    list(pairs.map(([key]) => key).filter((key) => key.startsWith('question.emergency.choice.'))),
  );
  const start = make('button', 'kt-button kt-button--start', 'ui.start.button', { type: 'button', part: 'button' });
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [name, value] of Object.entries({ class: 'kt-button__arrow', width: '17.5', height: '19', viewBox: '0 0 33 40', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(name, value);
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M0 0h13l20 20-20 20H0l20-20z');
  svg.append(path);
  start.append(svg);
  const status = make('p', 'kt-start-status', null, { role: 'status' });
  start.addEventListener('click', () => {
    start.setAttribute('aria-disabled', 'true');
    status.textContent = fill('ui.start.starting');
    actions.start();
  });

  const page = make('div', 'kt-page');
  page.append(
    nav,
    make('h1', 'kt-heading-l', 'ui.start.title', { tabindex: '-1' }),
    make('p', 'kt-body-l', 'ui.start.lead'),
    make('p', null, 'ui.start.what_you_get'),
    list(['ui.start.get.urgency', 'ui.start.get.causes', 'ui.start.get.self_care', 'ui.start.get.doctor']),
    make('p', null, 'ui.start.time'),
    inset,
    warning,
    start,
    status,
  );
  widget.append(banner, page);
  return widget;
}
