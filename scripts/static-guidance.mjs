// The safety guidance written into pages at build time, for visitors whose
// browser runs no JavaScript. It follows the loader's rules for language and
// emergency number as far as a page can: written before any browser sees
// it, it cannot use the browser's languages, which the loader falls back
// on when the tag has no emergency-number and no region in lang (see
// docs/embedding.md).

/** The loader's generated guidance data (JSON text), or null. */
export function fallbackBlock(loaderSource) {
  return (loaderSource.match(/const FALLBACK_TEXT = (\{[\s\S]*?\});\n\/\/ END FALLBACK TEXT/) || [])[1] ?? null;
}

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * The number to call: the tag's own if it is a phone number (the same test
 * as the loader's and shell/config.rs: at most 20 characters of digits and
 * phone punctuation, at least 3 digits), else the one of the region in its
 * `lang` ("en-US" → 911), else the default.
 */
function emergencyNumber(given, tag, fallback) {
  const number = (given ?? '').trim();
  if (number.length <= 20 && /^\+?[0-9 ()-]+$/.test(number) && /[0-9].*[0-9].*[0-9]/.test(number)) return number;
  const region = tag.split(/[-_]/).slice(1).find((part) => /^[a-z]{2}$/i.test(part));
  return (region && fallback.numbers[region.toUpperCase()]) || fallback.default_number;
}

/** The guidance as HTML, in the tag's language, with its emergency number. */
function staticGuidance(attributes, fallback) {
  const attribute = (name) => (attributes.match(new RegExp(`\\b${name}="([^"]*)"`, 'i')) || [])[1];
  const tag = (attribute('lang') || '').trim();
  const t = fallback[tag.split(/[-_]/)[0].trim().toLowerCase()] || fallback.en;
  const number = emergencyNumber(attribute('emergency-number'), tag, fallback);
  // The number as a tel: link, as the checker and the loader show it.
  const href = `tel:${number.startsWith('+') ? '+' : ''}${number.replace(/[^0-9]/g, '')}`;
  const link = `<a href="${escapeHtml(href)}">${escapeHtml(number)}</a>`;
  const fill = (s) => escapeHtml(s).split('{emergency_number}').join(link);
  const groups = t.groups
    .map((g) => `<h2>${fill(g.heading)}</h2><ul>${g.items.map((i) => `<li>${fill(i)}</li>`).join('')}</ul>`)
    .join('');
  return `<div class="knee-triage-static"><p><strong>${fill(t.title)}</strong></p>${groups}<p>${fill(t.not_diagnosis)}</p></div>`;
}

/** Fills every `<knee-triage>` tag's fallback markers in a page with the guidance. */
export function withGuidance(html, fallback) {
  return html.replace(
    /(<knee-triage\b([^>]*)>)\s*<!-- knee-triage:fallback -->[\s\S]*?<!-- \/knee-triage:fallback -->/g,
    (_, open, attributes) =>
      `${open}<!-- knee-triage:fallback -->${staticGuidance(attributes, fallback)}<!-- /knee-triage:fallback -->`,
  );
}
