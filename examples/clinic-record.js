// What the clinic's record system receives: a patient's FHIR file
// (QuestionnaireResponse, docs/fhir.md) shown as a clinic system would show
// it, the result first. The file is read in this browser only; nothing is
// uploaded. Every medical text shown comes from the file itself (the
// displays the widget wrote), so this page holds no medical wording of its own.

const QUESTIONNAIRE = 'http://knee-triage.example/fhir/Questionnaire/knee-twitching';

const input = document.getElementById('record-file');
const out = document.getElementById('record-view');
const problem = document.getElementById('record-problem');
/** The name of the file shown, so a refused file can say what stays shown. */
let shownName = null;

/** Every item of the response, depth first. */
const walk = (items) => (items ?? []).flatMap((i) => [i, ...walk(i.item)]);

/** An element with text, built without parsing any HTML from the file. */
function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** What an answer says: a coding's display (or code), or the plain value. */
function said(answer) {
  if (answer.valueCoding) return answer.valueCoding.display || answer.valueCoding.code || '';
  if ('valueBoolean' in answer) return answer.valueBoolean ? 'Yes' : 'No';
  if ('valueInteger' in answer) return String(answer.valueInteger);
  return answer.valueDateTime ?? answer.valueString ?? '';
}

/** A FHIR dateTime in the reader's local time, the exact value in its tooltip. */
function when(iso) {
  const t = el('time', iso);
  t.dateTime = iso;
  const date = new Date(iso);
  if (!Number.isNaN(date.getTime())) {
    t.textContent = date.toLocaleString();
    t.title = iso;
  }
  return t;
}

/** The response in a file: the file itself, or the one response in a Bundle a system exported. */
function responseIn(resource) {
  if (resource?.resourceType === 'Bundle') {
    const found = (resource.entry ?? []).map((e) => e?.resource).filter((r) => r?.resourceType === 'QuestionnaireResponse');
    return found.length === 1 ? found[0] : resource;
  }
  return resource;
}

/** Why the file cannot be shown, or null when it can. */
function refusal(resource) {
  if (resource?.resourceType === 'Bundle') return 'This Bundle does not hold exactly one QuestionnaireResponse.';
  if (resource?.resourceType !== 'QuestionnaireResponse') return 'This file is not a FHIR QuestionnaireResponse.';
  if (String(resource.questionnaire ?? '').split('|')[0] !== QUESTIONNAIRE) return 'This response is not from the knee twitching checker.';
  if (!walk(resource.item).some((i) => i.linkId === 'result')) return 'This response has no result. It comes from an older version of the checker: ask the patient to download it again.';
  return null;
}

/** A heading and a list of the codings of one result item, or nothing when it is empty. */
function causeList(parts, linkId, heading) {
  const causes = parts.find((i) => i.linkId === linkId)?.answer ?? [];
  if (causes.length === 0) return [];
  const list = el(linkId === 'cause' ? 'ol' : 'ul');
  for (const c of causes) list.append(el('li', `${said(c)} (${c.valueCoding?.code})`));
  return [el('h4', heading), list];
}

function show(resource, name) {
  out.replaceChildren();
  const title = el('h3', `Opened: ${name}`);
  title.id = 'record-view-title';
  title.tabIndex = -1;
  out.append(title);
  if (resource.authored) {
    const p = el('p', 'Answered ', 'record-meta');
    p.append(when(resource.authored));
    out.append(p);
  }
  if (resource.status !== 'completed') {
    out.append(el('p', 'Incomplete: the patient left some questions unanswered.', 'record-incomplete'));
  }
  const result = walk(resource.item).find((i) => i.linkId === 'result');
  const parts = result.item ?? [];
  const level = parts.find((i) => i.linkId === 'level')?.answer?.[0]?.valueCoding;
  const card = el('div', undefined, `record-level record-level--${level?.code ?? 'unknown'}`);
  card.append(el('h4', 'Level of care advised', 'record-label'), el('p', level?.display ?? 'Not given in this file', 'record-level-text'));
  out.append(card);

  const reasons = parts.filter((i) => i.linkId === 'reason');
  if (reasons.length > 0) {
    out.append(el('h4', 'Why'));
    const list = el('ul');
    for (const reason of reasons) {
      const get = (link) => reason.item?.find((i) => i.linkId === link)?.answer ?? [];
      const [rule] = get('reason-rule');
      const [ruleLevel] = get('reason-level');
      // The level's care-card name, the part of its display before the colon.
      const calls = (ruleLevel?.valueCoding?.display ?? ruleLevel?.valueCoding?.code ?? '?').split(':')[0];
      const li = el('li');
      li.append(el('span', said(rule ?? {})),
        el('span', `Rule ${rule?.valueCoding?.code ?? '?'} · ${calls} · articles ${get('reason-article').map((a) => a.valueCoding?.code).join(', ')}`, 'record-meta'));
      list.append(li);
    }
    out.append(list);
  }
  // The result page's three blocks, under its own headings.
  out.append(...causeList(parts, 'cause', 'Likely causes, most likely first'),
    ...causeList(parts, 'cause-rare', 'Less common causes a doctor may want to rule out (rare)'),
    ...causeList(parts, 'cause-also', 'Other things that may add to the twitching'));
  const computed = parts.find((i) => i.linkId === 'computed')?.answer?.[0]?.valueDateTime;
  if (computed) {
    const p = el('p', 'Result computed ', 'record-meta');
    p.append(when(computed));
    out.append(p);
  }

  out.append(el('h4', 'Answers'));
  const answers = el('dl');
  const inResult = new Set(walk(result.item));
  for (const item of walk(resource.item).filter((i) => i.answer && !inResult.has(i))) {
    answers.append(el('dt', item.text ?? item.linkId), el('dd', item.answer.map(said).join('; ')));
  }
  out.append(answers);
  out.hidden = false;
  shownName = name;
  // The top of the record in view, however tall it is, then focus on its title.
  title.focus({ preventScroll: true });
  out.scrollIntoView({ block: 'start' });
}

input?.addEventListener('change', async () => {
  const [file] = input.files;
  if (!file) return;
  problem.hidden = true;
  let parsed;
  let isJson = true;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    isJson = false;
  }
  const resource = isJson ? responseIn(parsed) : null;
  const why = isJson ? refusal(resource) : 'This file is not JSON, so it is not a FHIR file from the checker.';
  if (why) {
    // What was shown before stays, and the message says which file that is.
    problem.textContent = `${file.name}: ${why}` + (shownName ? ` The record below is still the one from ${shownName}.` : '');
    problem.hidden = false;
    problem.focus();
    return;
  }
  show(resource, file.name);
});
