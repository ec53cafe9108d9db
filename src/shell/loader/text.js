// Catalog text as DOM nodes, built with textContent only, and the emergency
// number filled into it (as a tel: link where it is shown).

import { regionalText } from './fallback_text.generated.js';
import { chooseEmergencyNumber, regionOf, telHref } from './emergency_numbers.generated.js';
import { languageTags } from './language.js';

/** The number this element shows: the checker's own rule (knowledge/emergency.rs). */
export function emergencyNumber(el) {
  return chooseEmergencyNumber(el.getAttribute('emergency-number'), languageTags(el));
}

/**
 * The texts of `lang` as this element's visitor reads them: the wording of
 * their region (the first among the lang attribute and the browser's
 * languages, as shell/config.rs finds it) while the number shown is that
 * region's own, as Wording::for_visitor chooses in the checker.
 */
export function textsFor(el, lang) {
  return regionalText(lang, regionOfVisitor(el), emergencyNumber(el));
}

/** The visitor's region: the first named by the lang attribute or the browser's languages. */
export function regionOfVisitor(el) {
  return languageTags(el).map(regionOf).find((r) => r) || null;
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
