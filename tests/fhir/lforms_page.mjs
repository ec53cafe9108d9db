// LHC-Forms in a page of its own, as its README loads it, and the helpers
// the tests run inside that page (tests/fhir/lforms.test.mjs).

import { join } from 'node:path';

import { ROOT } from './cases.mjs';

/** Where scripts/setup.sh unpacks the lforms package (checked against its sha512). */
export const LFORMS = join(ROOT, 'target', 'lforms', 'package', 'dist', 'lforms');

/** LHC-Forms' own way to load it: styles, zone, the web component, then the FHIR R4 support. */
export const FORM_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Knee twitching checker in LHC-Forms</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="webcomponent/styles.css"></head>
<body><div id="form"></div>
<script src="webcomponent/assets/lib/zone.min.js"></script>
<script type="module" src="webcomponent/runtime.js"></script>
<script type="module" src="webcomponent/polyfills.js"></script>
<script type="module" src="webcomponent/main.js"></script>
<script defer src="fhir/R4/lformsFHIR.min.js"></script>
</body></html>`;

/**
 * Helpers inside the page: load the form (optionally with a response), let
 * its FHIRPath calculations settle, and read what LHC-Forms would send
 * back as a QuestionnaireResponse through its public API.
 */
export function installHelpers() {
  const form = () => document.getElementById('form');
  // Defined in here: this function runs inside the page, apart from Node's modules.
  const walk = (items) => (items ?? []).flatMap((i) => [i, ...walk(i.item)]);
  window.kt = {
    async load(q, response) {
      let def = q;
      if (response) def = LForms.Util.mergeFHIRDataIntoLForms('QuestionnaireResponse', response, LForms.Util.convertFHIRQuestionnaireToLForms(q, 'R4'), 'R4');
      await LForms.Util.addFormToPage(def, form());
      await window.kt.settle();
    },
    /**
     * The form with a response's answers as its starting answers, the FHIR
     * way: `answerOption.initialSelected` for a choice (R4 que-11 keeps
     * `initial` off items with options), `initial` for the rest. LHC-Forms
     * then fills, enables and computes as for a person's answers.
     */
    prefilled(q, response) {
      const given = new Map(walk(response.item).filter((i) => i.answer).map((i) => [i.linkId, i.answer]));
      const copy = structuredClone(q);
      for (const item of walk(copy.item)) {
        const answers = given.get(item.linkId);
        if (!answers) continue;
        if (item.answerOption) {
          for (const o of item.answerOption) {
            if (answers.some((a) => a.valueCoding?.code === o.valueCoding.code)) o.initialSelected = true;
          }
        } else item.initial = answers.map((a) => ({ ...a }));
      }
      return copy;
    },
    /** Waits until no calculation run is active or queued (LHC-Forms runs them after a timer). */
    async settle() {
      const processor = form().querySelector('wc-lhc-form')?.lhcFormData?._expressionProcessor;
      for (let quiet = 0; quiet < 2;) {
        await new Promise((ok) => setTimeout(ok, 0));
        if (processor?._currentRunPromise) {
          quiet = 0;
          await processor._currentRunPromise.catch(() => {});
        } else quiet += 1;
      }
    },
    response() {
      return LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', form());
    },
    level() {
      const level = walk(window.kt.response().item).find((i) => i.linkId === 'level');
      return level?.answer?.map((a) => a.valueCoding?.code).join(' ') ?? '(none)';
    },
  };
}

/** The Playwright selector of one answer's control: what a person clicks. */
export function selector(linkId, a) {
  if ('valueCoding' in a) return `label[id^="${linkId}/"][id$="|${a.valueCoding.system}|${a.valueCoding.code}"]`;
  if ('valueBoolean' in a) return `label[id^="${linkId}/"][id$="|${a.valueBoolean}"]`;
  return `input[id^="${linkId}/"]`;
}
