// The files beside the loader: the checker (the wasm-bindgen glue and its
// .wasm) and the widget's stylesheet. Paths are relative to the shipped
// knee-triage.js (import.meta.url), which this part is joined into.

// The standalone page defines window.__kneeTriageStandalone with the wasm
// inlined; a served page loads the files next to this script.
export function loadCore() {
  const standalone = globalThis.__kneeTriageStandalone;
  if (standalone) return standalone.core();
  loadCore.promise ??= import(new URL('core/knee-triage.js', import.meta.url)).then(async (core) => {
    await core.default({ module_or_path: new URL('core/knee-triage_bg.wasm', import.meta.url) });
    return core;
  });
  return loadCore.promise;
}

// The stylesheet is joined into this script by the build (scripts/postbuild.mjs
// defines WIDGET_CSS before the parts): on a slow network that is one round
// trip fewer before the first screen, and the screen never shows unstyled.
// One sheet serves every element on the page.
let sharedSheet = null;

/**
 * Styles a shadow root. Where a shadow root cannot adopt a constructed
 * sheet (Safari before 16.4), it links knee-triage.css instead; the link
 * is returned for the caller to place and wait for.
 */
export function styleFor(root) {
  if (typeof WIDGET_CSS === 'string' && 'adoptedStyleSheets' in ShadowRoot.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(WIDGET_CSS);
    }
    root.adoptedStyleSheets = [sharedSheet];
    return null;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('knee-triage.css', import.meta.url).href;
  return link;
}
