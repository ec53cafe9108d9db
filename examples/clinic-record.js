// What the clinic's record system receives: a patient's FHIR file
// (QuestionnaireResponse, docs/fhir.md) shown as a clinic system would show
// it, the result first. The file is read in this browser only; nothing is
// uploaded. Every text shown comes from the file itself (the displays the
// widget wrote), so this page holds no medical wording of its own.

const QUESTIONNAIRE = 'http://knee-triage.example/fhir/Questionnaire/knee-twitching';

const input = document.getElementById('record-file');
const out = document.getElementById('record-view');
const problem = document.getElementById('record-problem');

/** Every item of the response, depth first. */
const walk = (items) => (items ?? []).flatMap((i) => [i, ...walk(i.item)]);

/** An element with text, built without parsing any HTML from the file. */
function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** What an answer says: a coding's display (and code), or the plain value. */
function said(answer) {
  if (answer.valueCoding) return answer.valueCoding.display || answer.valueCoding.code || '';
  if ('valueBoolean' in answer) return answer.valueBoolean ? 'Yes' : 'No';
  if ('valueInteger' in answer) return String(answer.valueInteger);
  return answer.valueDateTime ?? answer.valueString ?? '';
}

/** Why the file cannot be shown, or null when it can. */
function refusal(resource) {
  if (!resource || resource.resourceType !== 'QuestionnaireResponse') return 'This file is not a FHIR QuestionnaireResponse.';
  if (!String(resource.questionnaire ?? '').startsWith(QUESTIONNAIRE)) return 'This response is not from the knee twitching checker.';
  if (!walk(resource.item).some((i) => i.linkId === 'result')) return 'This response has no result. It comes from an older version of the checker: ask the patient to download it again.';
  return null;
}

function show(resource) {
  out.replaceChildren();
  const result = walk(resource.item).find((i) => i.linkId === 'result');
  const parts = result.item ?? [];
  const level = parts.find((i) => i.linkId === 'level')?.answer?.[0]?.valueCoding;
  const card = el('div', undefined, `record-level record-level--${level?.code ?? 'unknown'}`);
  card.append(el('p', 'Level of care advised', 'record-label'), el('p', level?.display ?? 'Not given', 'record-level-text'));
  out.append(card);

  const reasons = parts.filter((i) => i.linkId === 'reason');
  out.append(el('h3', 'Why'));
  const list = el('ul');
  for (const reason of reasons) {
    const get = (link) => reason.item?.find((i) => i.linkId === link)?.answer ?? [];
    const [rule] = get('reason-rule');
    const [ruleLevel] = get('reason-level');
    const li = el('li');
    li.append(el('span', said(rule ?? {})), el('span', ` Rule ${rule?.valueCoding?.code ?? '?'}, ${ruleLevel?.valueCoding?.code ?? '?'}; articles ${get('reason-article').map((a) => a.valueCoding?.code).join(', ')}.`, 'record-meta'));
    list.append(li);
  }
  out.append(list);

  const causes = parts.find((i) => i.linkId === 'cause')?.answer ?? [];
  if (causes.length > 0) {
    out.append(el('h3', 'Likely causes, most likely first'));
    const ol = el('ol');
    for (const c of causes) ol.append(el('li', `${said(c)} (${c.valueCoding?.code})`));
    out.append(ol);
  }
  const computed = parts.find((i) => i.linkId === 'computed')?.answer?.[0]?.valueDateTime;
  if (computed) out.append(el('p', `Result computed at ${computed}.`, 'record-meta'));

  out.append(el('h3', 'Answers'));
  const answers = el('dl');
  for (const item of walk(resource.item).filter((i) => i.answer && !walk(result.item).includes(i))) {
    answers.append(el('dt', item.text ?? item.linkId), el('dd', item.answer.map(said).join('; ')));
  }
  out.append(answers);
  out.hidden = false;
}

input?.addEventListener('change', async () => {
  const [file] = input.files;
  if (!file) return;
  problem.hidden = true;
  let resource = null;
  try {
    resource = JSON.parse(await file.text());
  } catch {
    resource = null;
  }
  const why = resource === null ? 'This file is not JSON, so it is not a FHIR file from the checker.' : refusal(resource);
  if (why) {
    // What was shown before stays: a wrong file loses nothing.
    problem.textContent = `${file.name}: ${why}`;
    problem.hidden = false;
    problem.focus();
    return;
  }
  show(resource);
  out.focus();
});
