// The language of the guidance and of the early start page, chosen as the
// checker chooses it.

import { FALLBACK_TEXT } from './fallback_text.generated.js';

/**
 * The `lang` attribute, then the browser's languages. The attribute is
 * trimmed as shell/config.rs trims it, so `lang=" es "` picks the same
 * language and region here as in the checker; blank counts as absent.
 */
export function languageTags(el) {
  return [(el.getAttribute('lang') || '').trim(), ...(navigator.languages || [])];
}

/** The language whose fallback text to show: the attribute, the browser, then English. */
export function fallbackLanguage(el) {
  for (const tag of languageTags(el)) {
    // As Lang::from_tag: the part before the first - or _, trimmed, any case.
    const primary = tag.split(/[-_]/)[0].trim().toLowerCase();
    if (/^[a-z]{2,3}$/.test(primary) && FALLBACK_TEXT[primary]) return primary;
  }
  return 'en';
}
