// The text of each language: a file beside the wasm, core/text/<tag>.txt,
// of which a visitor downloads only the language shown (issue 15). The
// file of the language the element will show starts downloading with the
// wasm; the checker installs it before it mounts (src/shell/language_files.rs
// checks that it is this build's), and asks for another through the
// settings' loadLanguage(tag) when the person picks one. From the same
// origin as the wasm, so the documented `connect-src 'self'` covers it.
// The standalone page has every file inline and fetches nothing.
import { loadCore } from './load_core.js';
import { fallbackLanguage } from './language.js';

// Per tag, the promise of its file's text, shared by every element.
const texts = new Map();
// The checker once loaded, for attribute changes (updateWithText).
let loadedCore = null;

async function fetchText(tag) {
  const url = new URL(`core/text/${tag}.txt`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/**
 * The text of a language's file: fetched once per page, or the standalone
 * page's own copy. A failed download is forgotten, so asking again tries
 * again. Tags come from the checker or the generated start-page text.
 */
export function languageText(tag) {
  let text = texts.get(tag);
  if (!text) {
    const standalone = globalThis.__kneeTriageStandalone;
    if (!/^[a-z]{2,3}$/.test(tag)) text = Promise.reject(new Error(`no language ${tag}`));
    else text = standalone ? standalone.text(tag) : fetchText(tag);
    texts.set(tag, text);
    text.catch(() => texts.delete(tag));
  }
  return text;
}

/**
 * Installs the text of the language the checker asks for, until none is
 * missing. The checker says which (language_to_load, from the same
 * settings and rule as mount), so this never mirrors shell/config.rs; a
 * language picked on the early start page meanwhile is asked for next.
 * Rejects when a file cannot be fetched or is refused.
 */
async function installText(core, read, running) {
  for (let tag; (tag = core.language_to_load(read(), running)); ) {
    core.install_language(await languageText(tag), tag);
  }
}

/**
 * The checker, once the text of the language this element shows first is
 * installed. The loader's own guess (the language of its early screens)
 * starts downloading at once, beside the wasm.
 */
export async function coreWithText(el, read) {
  languageText((el.early && el.early.chosenLang) || fallbackLanguage(el));
  const core = await loadCore();
  await installText(core, read, false);
  loadedCore = core;
  return core;
}

/**
 * Applies changed attributes to a running checker: at once, or once the
 * text of a newly asked `lang` is in. If that text cannot be had, the
 * checker keeps the language it shows (src/shell/mount.rs).
 */
export function updateWithText(el, read) {
  const widget = el.widget;
  const apply = () => {
    if (el.widget === widget) widget.update(read());
  };
  if (!loadedCore.language_to_load(read(), true)) return apply();
  installText(loadedCore, read, true)
    .catch((error) => console.error('knee-triage: the text of the language asked for could not be loaded', error))
    .then(apply);
}
