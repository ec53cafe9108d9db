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

export function styleFor(root) {
  const standalone = globalThis.__kneeTriageStandalone;
  if (standalone && standalone.css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(standalone.css);
    root.adoptedStyleSheets = [sheet];
    return null;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('knee-triage.css', import.meta.url).href;
  return link;
}
