// The guidance the build writes into pages for browsers that run no
// JavaScript: the right language, and the number the loader would use.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';

import { chooseEmergencyNumber, telHref, withGuidance } from '../../scripts/static-guidance.mjs';
import { catalog, text } from './person.mjs';

const ES = catalog(new URL('../../crates/knee-triage-core/src/knowledge/locales/es.txt', import.meta.url));

/** The guidance written into one tag with these attributes, as plain text. */
const guidance = (attributes) =>
  withGuidance(`<knee-triage ${attributes}><!-- knee-triage:fallback --><!-- /knee-triage:fallback --></knee-triage>`)
    .replace(/<[^>]+>/g, ' ');

test('the tag\'s own emergency number is used when it is a phone number', () => {
  assert.match(guidance('lang="en" emergency-number="999"'), /\b999\b/);
  assert.match(guidance('emergency-number=" +44 (0) 20-7946 "'), /\+44 \(0\) 20-7946/);
});

test('without a usable number, the region in lang decides, as in the loader', () => {
  assert.match(guidance('lang="en-US"'), /\b911\b/);
  assert.match(guidance('lang="en-GB"'), /\b999\b/);
  assert.match(guidance('lang="en-US" emergency-number="12"'), /\b911\b/, 'two digits is not a number to call');
  assert.match(guidance('lang="en-US" emergency-number="call us"'), /\b911\b/);
  assert.match(guidance('lang="de"'), /\b112\b/);
});

test('the guidance is in the tag\'s language, and attribute text never becomes markup', () => {
  const es = guidance('lang="es-MX"');
  assert.ok(es.includes(text('fallback.title', ES)), es);
  assert.match(es, /\b911\b/);
  assert.ok(guidance('lang="fr"').includes(text('fallback.title')), 'English when the language is not offered');
  const spaced = guidance('lang=" es-CL "');
  assert.ok(spaced.includes(text('fallback.title', ES)), 'lang is trimmed, as in the loader and the checker');
  assert.match(spaced, /\b131\b/);
  const written = withGuidance('<knee-triage emergency-number="911<script"><!-- knee-triage:fallback --><!-- /knee-triage:fallback --></knee-triage>');
  const inside = written.split('<!-- knee-triage:fallback -->')[1];
  assert.ok(!inside.includes('<script'), 'no markup from an attribute');
  assert.match(inside, /\b112\b/, 'an unusable number gives way to the default');
});

test('a number longer than 20 characters is refused, as the checker refuses it', () => {
  // 21 characters with the leading +: shell/config.rs allows at most 20.
  assert.match(guidance('lang="en-US" emergency-number="+12345678901234567890"'), /\b911\b/);
  assert.match(guidance('lang="en-US" emergency-number="+1234567890123456789"'), /\+1234567890123456789/);
});

test('every emergency number in the guidance is a tel: link, in both languages', () => {
  for (const attributes of ['lang="en-US"', 'lang="es-MX"', 'lang="en" emergency-number=" +44 (0) 20-7946 "']) {
    const html = withGuidance(`<knee-triage ${attributes}><!-- knee-triage:fallback --><!-- /knee-triage:fallback --></knee-triage>`);
    const links = html.match(/<a href="tel:[^"]*">[^<]*<\/a>/g) || [];
    assert.ok(links.length >= 1, `${attributes}: a tel: link`);
    for (const link of links) assert.match(link, /href="tel:\+?[0-9]{3,}"/, link);
    const shown = html.replace(/<a href="tel:[^"]*">[^<]*<\/a>/g, '').replace(/<[^>]+>/g, ' ');
    assert.doesNotMatch(shown, /\b(911|112|999)\b/, `${attributes}: no number outside a link`);
  }
});

test('the generated rule gives the same number as the checker for every shared case', () => {
  const { cases } = JSON.parse(readFileSync(new URL('../cases/emergency-numbers.json', import.meta.url), 'utf8'));
  assert.ok(cases.length >= 20);
  for (const { given, tags, expected, tel } of cases) {
    assert.equal(chooseEmergencyNumber(given, tags), expected, JSON.stringify({ given, tags }));
    assert.equal(telHref(expected), tel, expected);
  }
});

test('the guidance\'s title is its heading, an h2 above its h3 groups, on any page', () => {
  const heads = (attributes) =>
    [...withGuidance(`<knee-triage ${attributes}><!-- knee-triage:fallback --><!-- /knee-triage:fallback --></knee-triage>`).matchAll(/<(h\d)>([^<]*)</g)].map((m) => [m[1], m[2]]);
  for (const attributes of ['manage-title lang="en-US"', 'lang="en-US"']) {
    const found = heads(attributes);
    assert.deepEqual(found[0], ['h2', text('fallback.title')]);
    assert.ok(found.length > 1 && found.slice(1).every(([h]) => h === 'h3'), JSON.stringify(found));
  }
});
