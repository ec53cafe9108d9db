// Catalog text as DOM nodes, built with textContent only, and the emergency
// number filled into it (as a tel: link where it is shown).

import { chooseEmergencyNumber, telHref } from './emergency_numbers.generated.js';
import { languageTags } from './language.js';

/** The number this element shows: the checker's own rule (knowledge/emergency.rs). */
function emergencyNumber(el) {
  return chooseEmergencyNumber(el.getAttribute('emergency-number'), languageTags(el));
}

/** Fills `{emergency_number}` in catalog text with the number this element uses (for attributes). */
export function numberFiller(el) {
  const number = emergencyNumber(el);
  return (text) => String(text ?? '').split('{emergency_number}').join(number);
}

/**
 * Catalog text as nodes, each `{emergency_number}` a tel: link, as the
 * checker's Words::rich draws it: on a phone the number is one tap away.
 */
export function numberNodes(el) {
  const number = emergencyNumber(el);
  const href = telHref(number);
  return (text) =>
    String(text ?? '')
      .split('{emergency_number}')
      .flatMap((part, i) => (i === 0 ? [part] : [element('a', 'kt-tel', number, { href }), part]))
      .filter((node) => node !== '');
}

/** An element with a class, text (textContent or nodes, never HTML) and attributes. */
export function element(tag, className, text, attrs = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (Array.isArray(text)) node.append(...text);
  else if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}
