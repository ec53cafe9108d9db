// The safety guidance written into pages at build time, for visitors whose
// browser runs no JavaScript. It follows the loader's rules for language and
// emergency number as far as a page can: written before any browser sees
// it, it cannot use the browser's languages, which the loader falls back
// on when the tag has no emergency-number and no region in lang (see
// docs/embedding.md). The rule and the guidance's text are the loader's own
// generated modules, imported here: one copy of each. The region in lang
// also picks the wording ("A&E" for en-GB, "emergency room" for en-US), as
// in the loader and the checker, while the number shown is that region's.

import { chooseEmergencyNumber, regionOf, telHref } from '../src/shell/loader/emergency_numbers.generated.js';
import { FALLBACK_TEXT, regionalText } from '../src/shell/loader/fallback_text.generated.js';

export { FALLBACK_TEXT, chooseEmergencyNumber, regionalText, telHref };

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The guidance as HTML, in the tag's language and region's words, with its emergency number. */
function staticGuidance(attributes) {
  const attribute = (name) => (attributes.match(new RegExp(`\\b${name}="([^"]*)"`, 'i')) || [])[1];
  const tag = (attribute('lang') || '').trim();
  // Only the tag's own lang: a page written at build time cannot know the browser's.
  const number = chooseEmergencyNumber(attribute('emergency-number'), [tag]);
  const lang = tag.split(/[-_]/)[0].trim().toLowerCase();
  const t = regionalText(lang, regionOf(tag), number);
  // The number as a tel: link, as the checker and the loader show it.
  const href = telHref(number);
  const link = `<a href="${escapeHtml(href)}">${escapeHtml(number)}</a>`;
  const fill = (s) => escapeHtml(s).split('{emergency_number}').join(link);
  // The title is the guidance's heading, one level above its groups. An h2,
  // never an h1: the checker's screens bring their own h1, and the tests and
  // the host page's own h1 must not meet a second one in the element.
  const [outer, inner] = ['h2', 'h3'];
  const groups = t.groups
    .map((g) => `<${inner}>${fill(g.heading)}</${inner}><ul>${g.items.map((i) => `<li>${fill(i)}</li>`).join('')}</ul>`)
    .join('');
  return `<div class="knee-triage-static"><${outer}>${fill(t.title)}</${outer}>${groups}<p>${fill(t.not_diagnosis)}</p></div>`;
}

/** Fills every `<knee-triage>` tag's fallback markers in a page with the guidance. */
export function withGuidance(html) {
  return html.replace(
    /(<knee-triage\b([^>]*)>)\s*<!-- knee-triage:fallback -->[\s\S]*?<!-- \/knee-triage:fallback -->/g,
    (_, open, attributes) =>
      `${open}<!-- knee-triage:fallback -->${staticGuidance(attributes)}<!-- /knee-triage:fallback -->`,
  );
}
