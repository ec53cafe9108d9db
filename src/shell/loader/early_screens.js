// The first screens, working before the WebAssembly is ready: the start
// page, the emergency check, the question after it and, for an emergency
// answer, the top of the emergency result. The build draws them from the
// checker's own components (early_screens.generated.js); this part builds
// them with createElement and textContent, fills in the emergency number
// and does what the checker would do on a click. What the person answered is
// handed to the checker once it is ready (`opening()`), so they carry on
// where they are; if it never starts, an emergency answer still shows what
// to do, and any other answer leads to the static guidance.

import { EARLY_SCREENS, EARLY_TITLES, EMERGENCY_QUESTION, EXCLUSIVE_CHOICES, SECOND_QUESTION, SHARED_PARTS } from './early_screens.generated.js';
import { FALLBACK_TEXT, wordingTag } from './fallback_text.generated.js';
import { emergencyNumber, regionOfVisitor, textsFor } from './text.js';
import { telHref } from './emergency_numbers.generated.js';
import { renderFallback } from './fallback.js';
import { languageText } from './language_file.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A tree of the generated module as nodes: "\u0001" is the number, an href
 * of "\u0002" its tel: link, a number the index of a shared part.
 */
function build(tree, number, href, inSvg = false) {
  if (typeof tree === 'number') return build(SHARED_PARTS[tree], number, href, inSvg);
  if (typeof tree === 'string') return document.createTextNode(tree.split('\u0001').join(number));
  const [tag, attrs, ...children] = tree;
  const svg = inSvg || tag === 'svg';
  const node = svg ? document.createElementNS(SVG, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value === '\u0002' ? href : value.split('\u0001').join(number));
  }
  node.append(...children.map((child) => build(child, number, href, svg)));
  return node;
}

/** The person's place and answers on the early screens of one element. */
export class EarlyScreens {
  /** `show(node)` puts a screen in the page, in place of the one before. */
  constructor(el, lang, show) {
    this.el = el;
    this.lang = FALLBACK_TEXT[lang] ? lang : 'en';
    this.show = show;
    this.screen = 'start';
    // Saved answers by question, in the order asked; the ticks of the page shown.
    this.answers = new Map();
    this.draft = [];
    this.error = false;
    this.started = false;
    this.waiting = false;
    this.failed = false;
  }

  /** What the checker is given to carry on from here (shell/config.rs reads it). */
  opening() {
    const onQuestion = this.screen === EMERGENCY_QUESTION || this.screen === SECOND_QUESTION;
    return {
      chosenLang: this.chosenLang || null,
      startNow: this.started,
      earlyAnswers: [...this.answers],
      earlyDraft: onQuestion && this.draft.length ? [this.screen, [...this.draft]] : null,
    };
  }

  /** The checker cannot start: the emergency check goes on, and the rest is the guidance. */
  fail() {
    this.failed = true;
    if (this.screen === 'guidance') return;
    if (this.waiting) this.guidance();
    else this.draw();
  }

  draw({ focus = null } = {}) {
    const el = this.el;
    const number = emergencyNumber(el);
    const tag = wordingTag(this.lang, regionOfVisitor(el), number);
    const name = this.error ? `${this.screen}-error` : this.screen;
    const tree = (EARLY_SCREENS[tag] && EARLY_SCREENS[tag][name]) || EARLY_SCREENS[this.lang][name];
    // Only a page of the checker's own names the step in the tab, as the checker does.
    if (el.hasAttribute('manage-title')) {
      document.title = (EARLY_TITLES[tag] && EARLY_TITLES[tag][name]) || EARLY_TITLES[this.lang][name];
    }
    const root = build(tree, number, telHref(number));
    root.classList.add('kt-early');
    const start = Object.fromEntries(textsFor(el, this.lang).start);
    if (this.failed) {
      const notice = root.querySelector('.kt-notice');
      notice.classList.remove('kt-notice--empty');
      notice.append(Object.assign(document.createElement('p'), { textContent: start['ui.early.failed'] }));
    }
    const form = root.querySelector('form');
    if (form) this.wireQuestion(root, form, start['ui.start.starting']);
    root.querySelector('.kt-button--start')?.addEventListener('click', () => {
      this.started = true;
      this.go(EMERGENCY_QUESTION);
    });
    for (const button of root.querySelectorAll('.kt-language-switch button[lang]')) {
      button.addEventListener('click', () => {
        this.lang = button.getAttribute('lang');
        this.chosenLang = this.lang;
        // The checker will need this language's text: it starts downloading now.
        languageText(this.lang).catch(() => {});
        this.draw({ focus: 'h1' });
      });
    }
    root.querySelector('.kt-back-link')?.addEventListener('click', () => this.back());
    this.show(root);
    const target = focus && root.querySelector(focus);
    if (target) target.focus();
  }

  go(screen) {
    this.screen = screen;
    this.error = false;
    this.waiting = false;
    this.draft = [...(this.answers.get(screen) || [])];
    this.draw({ focus: 'h1' });
  }

  back() {
    const order = ['start', EMERGENCY_QUESTION, SECOND_QUESTION];
    if (this.screen === 'emergency-result') this.go(EMERGENCY_QUESTION);
    else this.go(order[Math.max(0, order.indexOf(this.screen) - 1)]);
  }

  guidance() {
    this.screen = 'guidance';
    const box = renderFallback(this.el, 'failed');
    box.classList.add('kt-early');
    this.show(box);
  }

  /** Ticks, the exclusive "None of these", "Continue" and the error summary's links. */
  wireQuestion(root, form, startingText) {
    const question = this.screen;
    const exclusive = EXCLUSIVE_CHOICES[question] || [];
    const inputs = [...form.querySelectorAll('input')];
    for (const input of inputs) {
      input.checked = this.draft.includes(input.value);
      input.addEventListener('change', () => {
        if (input.type === 'checkbox' && input.checked) {
          for (const other of inputs) {
            if (other !== input && (exclusive.includes(other.value) || exclusive.includes(input.value))) other.checked = false;
          }
        }
        this.draft = inputs.filter((i) => i.checked).map((i) => i.value);
      });
    }
    for (const link of root.querySelectorAll('.kt-error-summary a')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        root.querySelector(`[id="${link.getAttribute('href').slice(1)}"]`)?.focus();
      });
    }
    const button = form.querySelector('button[type="submit"]');
    const status = Object.assign(document.createElement('p'), { className: 'kt-start-status' });
    status.setAttribute('role', 'status');
    button.after(status);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!this.draft.length) {
        this.error = true;
        this.draw({ focus: '.kt-error-summary' });
        return;
      }
      this.answers.set(question, [...this.draft]);
      if (question === EMERGENCY_QUESTION) {
        const sign = this.draft.some((choice) => !exclusive.includes(choice));
        // An emergency sign ends the questions, so the answer after it no
        // longer counts; with none, it still does, as in the checker.
        if (sign) this.answers.delete(SECOND_QUESTION);
        if (sign) this.go('emergency-result');
        else if (this.failed) this.guidance();
        else this.go(SECOND_QUESTION);
      } else if (this.failed) {
        this.guidance();
      } else {
        // The checker asks the rest: it takes over as soon as it is ready.
        this.waiting = true;
        button.setAttribute('aria-disabled', 'true');
        status.textContent = startingText;
      }
    });
  }
}
