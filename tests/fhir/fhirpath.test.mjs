// The fast cross-check, without a browser: the published Questionnaire's
// FHIRPath, run by npm `fhirpath` (the engine LHC-Forms is built on) over
// each case's exported answers, gives the engine's level on every case.
//
//     node --test tests/fhir/fhirpath.test.mjs

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';

import { cases, countBy, levelExpression, questionnaire, variables, withoutResult } from './cases.mjs';

const require = createRequire(import.meta.url);
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

/**
 * The level code FHIRPath computes, evaluating the variables in order as an
 * SDC form filler does, with %resource the response and %questionnaire the
 * form.
 */
export function computedLevel(q, response) {
  const env = { resource: response, questionnaire: q };
  for (const v of variables(q)) {
    env[v.name] = fhirpath.evaluate(response, v.expression, env, r4);
  }
  const coding = fhirpath.evaluate(response, levelExpression(q).expression, env, r4);
  assert.equal(coding.length, 1, `the level expression gave ${JSON.stringify(coding)}`);
  return { code: coding[0].code, env };
}

test('FHIRPath (npm fhirpath) computes the engine level on every vignette and random answer set', () => {
  const q = questionnaire();
  const all = cases();
  const disagreements = [];
  for (const c of all) {
    const { code, env } = computedLevel(q, c.answersOnly);
    if (code !== c.level) {
      const held = Object.keys(env).filter((k) => k.startsWith('rule') && env[k][0] === true);
      disagreements.push(`${c.name}: engine ${c.level}, FHIRPath ${code} (rules holding: ${held.join(' ')})`);
    }
  }
  const vignettes = all.filter((c) => !c.name.startsWith('random-')).length;
  console.log(`fhirpath: ${all.length - disagreements.length} of ${all.length} agree ` +
    `(${vignettes} vignettes, ${all.length - vignettes} random); engine levels ${JSON.stringify(countBy(all, (c) => c.level))}`);
  assert.deepEqual(disagreements.slice(0, 20), []);
  assert.ok(all.length - vignettes >= 1000, 'at least 1,000 random answer sets');
});

test('every rule variable is a boolean and never empty, whatever is answered', () => {
  const q = questionnaire();
  for (const c of cases({ random: 50, seed: 5 }).concat([{ name: 'nothing answered', answersOnly: withoutResult({ resourceType: 'QuestionnaireResponse', status: 'in-progress' }) }])) {
    const { env } = computedLevel(q, c.answersOnly);
    for (const [name, value] of Object.entries(env)) {
      if (name.startsWith('rule') || name.startsWith('asked') || name === 'noEmergencySign') {
        assert.ok(value.length === 1 && typeof value[0] === 'boolean', `${c.name}: ${name} = ${JSON.stringify(value)}`);
      }
    }
  }
});

test('the check can fail: a response with a weak leg added is no longer self-care', () => {
  const q = questionnaire();
  const calm = cases({ random: 200, seed: 3 }).find((c) => c.level === 'self_care' && c.name.startsWith('random-'));
  assert.ok(calm, 'a self-care case');
  const changed = structuredClone(calm.answersOnly);
  const signs = changed.item.find((i) => i.linkId === 'assessment').item.find((i) => i.linkId === 'nerve_muscle_signs');
  signs.answer = [{ valueCoding: { system: signs.answer[0].valueCoding.system, code: 'nerve_muscle_signs.weakness' } }];
  assert.equal(computedLevel(q, calm.answersOnly).code, 'self_care');
  assert.equal(computedLevel(q, changed).code, 'urgent');
});
