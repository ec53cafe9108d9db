// The cases on which other FHIR tools must compute the engine's level, and
// the published Questionnaire they compute it with (docs/fhir.md).
//
// The cases come from the widget itself (`cargo run --example fhir -- cases`):
// every answers file in tests/vignettes/ and RANDOM random answer sets from
// SEED, each with the engine's level and the QuestionnaireResponse the widget
// exports. The tools get the response without its `result` item, so the
// level they show is one they computed from the answers alone.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** At least 1,000 random answer sets, as the issue asks; more with RANDOM=N. */
export const RANDOM = Number(process.env.RANDOM_CASES ?? 1000);
export const SEED = Number(process.env.SEED ?? 17);

/** The Questionnaire as published (the file a clinic loads), not a fresh build. */
export function questionnaire() {
  return JSON.parse(readFileSync(join(ROOT, 'docs', 'fhir', 'questionnaire.json'), 'utf8'));
}

/** `[{ name, level, response, answersOnly }]`, vignettes first. */
export function cases({ random = RANDOM, seed = SEED } = {}) {
  const out = execFileSync(
    'cargo',
    ['run', '-q', '--example', 'fhir', '--', 'cases', '--random', String(random), '--seed', String(seed), 'tests/vignettes'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  return JSON.parse(out).map((c) => ({ ...c, answersOnly: withoutResult(c.response) }));
}

/** The response with its `result` item taken out. */
export function withoutResult(response) {
  const copy = structuredClone(response);
  copy.item = (copy.item ?? []).filter((i) => i.linkId !== 'result');
  if (copy.item.length === 0) delete copy.item;
  return copy;
}

/** Every item of a Questionnaire or response, depth first. */
export const allItems = (items) => (items ?? []).flatMap((i) => [i, ...allItems(i.item)]);

const VARIABLE = 'http://hl7.org/fhir/StructureDefinition/variable';
const CALCULATED = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

/** The root variables, in the order they are evaluated. */
export function variables(q) {
  return (q.extension ?? []).filter((e) => e.url === VARIABLE).map((e) => e.valueExpression);
}

/** The level item's calculatedExpression. */
export function levelExpression(q) {
  const level = allItems(q.item).find((i) => i.linkId === 'level');
  return level.extension.find((e) => e.url === CALCULATED).valueExpression;
}

/** Counts by key, for the printed summary: `{ urgent: 356, ... }`. */
export function countBy(list, key) {
  const counts = {};
  for (const x of list) counts[key(x)] = (counts[key(x)] ?? 0) + 1;
  return counts;
}
