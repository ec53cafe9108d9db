// The static safety guidance the element shows when the checker cannot
// start (`failed`) or has stopped (`crashed`).

import { fallbackLanguage } from './language.js';
import { element, numberNodes, textsFor } from './text.js';

/** Builds the guidance with textContent only: attribute values never become HTML. */
export function renderFallback(el, state) {
  const lang = fallbackLanguage(el);
  // In the words of the visitor's region, as the checker would say it.
  const t = textsFor(el, lang);
  const fill = numberNodes(el);
  const box = element('div', 'kt-fallback', undefined, { part: 'fallback', lang });
  const add = (parent, tag, text, className) => {
    const node = element(tag, className, text === undefined ? undefined : fill(text));
    parent.append(node);
    return node;
  };
  add(box, 'h2', t.title, 'kt-fallback__title');
  add(box, 'p', t[state], 'kt-fallback__notice').setAttribute('role', 'alert');
  for (const group of t.groups || []) {
    add(box, 'h3', group.heading);
    const list = add(box, 'ul', undefined, 'kt-list kt-list--bullet');
    for (const item of group.items) add(list, 'li', item);
  }
  add(box, 'p', t.not_diagnosis);
  return box;
}
