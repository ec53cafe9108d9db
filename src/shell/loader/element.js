// <knee-triage>: the knee twitching checker as a custom element.
//
// A clinic adds this one module script and the tag. The element draws the
// start page into its shadow root at once, with the emergency advice, while
// the WebAssembly downloads and compiles: a person can read it and press
// "Start now" straight away, and the click is carried out as soon as the
// checker is ready. If the WebAssembly never runs (blocked, too old a
// browser, load error, its language's text missing or refused:
// language_file.js) the page is replaced by the static safety guidance.
// Files are found next to this script (import.meta.url), so the widget works
// under any path or domain. Nothing here sends data anywhere.
//
// The shipped knee-triage.js is the ES modules of this folder joined into
// one by scripts/postbuild.mjs, in the order of LOADER_PARTS
// (scripts/parts.mjs); this part defines the element itself.

import { styleFor } from './load_core.js';
import { fallbackLanguage } from './language.js';
import { coreWithText, languageText, updateWithText } from './language_file.js';
import { renderFallback } from './fallback.js';
import { renderStart } from './early_start.js';

function settings(el) {
  return {
    lang: el.getAttribute('lang'),
    emergencyNumber: el.getAttribute('emergency-number'),
    clinicName: el.getAttribute('clinic-name'),
    clinicPhone: el.getAttribute('clinic-phone'),
    bookingUrl: el.getAttribute('booking-url'),
    storage: el.getAttribute('storage'),
    manageTitle: el.hasAttribute('manage-title'),
    browserLanguages: Array.from(navigator.languages || []),
    chosenLang: el.chosenLang || null,
    startNow: Boolean(el.startNow),
    loadLanguage: languageText,
  };
}

// The attributes the checker reads (settings above); a change to one applies at once.
const ATTRIBUTES = ['lang', 'emergency-number', 'clinic-name', 'clinic-phone', 'booking-url', 'storage'];
// The elements on the page that show the checker or its start page, for the
// crash handler below. An element leaves the set when it leaves the page.
const live = new Set();
// Set by a panic: the wasm can run no widget any more, not even a new one.
let coreCrashed = false;

class KneeTriageElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  // `session` is one stay of the element on the page, from begin() to
  // end(), which unmounts the Yew app; a load that finishes after its
  // session ended mounts nothing. `placeholder` is what stands in for the
  // checker: the early start page until it is ready, or the guidance when it
  // cannot run.
  connectedCallback() {
    // Moved within the page: the same app, with the person's answers and
    // screen, goes on running in the shadow root that moved with it.
    clearTimeout(this.leaving);
    if (!this.session) this.begin();
  }

  // A page that moves the element takes it off and puts it back in one go,
  // so the app is kept until the task that removed the element is over; if
  // the element is still off the page then, it has left.
  disconnectedCallback() {
    clearTimeout(this.leaving);
    this.leaving = setTimeout(() => {
      if (!this.isConnected) this.end();
    });
  }

  begin() {
    const session = {};
    this.session = session;
    live.add(this);
    let root = this.shadowRoot;
    if (!root) {
      root = this.attachShadow({ mode: 'open' });
      const link = styleFor(root);
      if (link) root.append(link);
    }
    this.crashed = coreCrashed;
    this.failed = false;
    this.placeholder = this.crashed ? renderFallback(this, 'crashed') : this.earlyStart();
    this.mountPoint = document.createElement('div');
    root.append(this.placeholder, this.mountPoint);
    if (this.crashed) return;
    coreWithText(this, () => settings(this))
      .then(async (core) => {
        if (this.session !== session || this.crashed) return;
        const focused = this.placeholder.contains(root.activeElement) ? root.activeElement : null;
        this.widget = core.mount(this.mountPoint, settings(this));
        await this.drawn(session);
        // A panic during the first render has already put up the guidance.
        if (this.session !== session || this.crashed) return;
        this.placeholder.remove();
        // Keep a keyboard user's place when the live page takes over.
        if (focused && !this.startNow) {
          const same = focused.classList.contains('kt-button--start')
            ? this.mountPoint.querySelector('.kt-button--start')
            : this.mountPoint.querySelector(`.kt-language-switch button[lang="${focused.lang}"]`);
          if (same) same.focus();
        }
      })
      .catch((error) => {
        if (this.session !== session) return;
        console.error('knee-triage: the interactive checker could not start', error);
        this.showFallback('failed');
      });
  }

  /**
   * Unmounts the Yew app and forgets the session, so nothing keeps the
   * element alive once the page drops it. Put back later, the element
   * starts afresh from the start page, like a new one.
   */
  end() {
    if (!this.session) return;
    this.session = null;
    live.delete(this);
    const widget = this.widget;
    this.widget = null;
    if (widget) widget.unmount();
    this.placeholder.remove();
    this.mountPoint.remove();
    this.placeholder = null;
    this.mountPoint = null;
    this.startNow = false;
    this.chosenLang = null;
  }

  /** Resolves once Yew has drawn its first page (it renders in a microtask), has crashed, or the session ended. */
  drawn(session) {
    return new Promise((resolve) => {
      const check = () =>
        this.session !== session || this.mountPoint.firstElementChild || this.crashed ? resolve() : requestAnimationFrame(check);
      queueMicrotask(check);
    });
  }

  /** The start page drawn by this script, until the checker is ready. */
  earlyStart() {
    return renderStart(this, this.chosenLang || fallbackLanguage(this), {
      start: () => {
        this.startNow = true;
      },
      chooseLanguage: (lang) => {
        this.chosenLang = lang;
        languageText(lang);
        const fresh = this.earlyStart();
        this.placeholder.replaceWith(fresh);
        this.placeholder = fresh;
        fresh.querySelector('h1').focus();
      },
    });
  }

  attributeChangedCallback() {
    if (this.widget) {
      updateWithText(this, () => settings(this));
    } else if (this.placeholder && this.placeholder.parentNode) {
      const fresh = this.crashed || this.failed ? renderFallback(this, this.crashed ? 'crashed' : 'failed') : this.earlyStart();
      this.placeholder.replaceWith(fresh);
      this.placeholder = fresh;
    }
  }

  /** Replaces whatever is shown with the static guidance and a notice. */
  showFallback(state) {
    if (!this.session) return;
    this.failed = state === 'failed';
    this.mountPoint.replaceChildren();
    const fresh = renderFallback(this, state);
    if (this.placeholder && this.placeholder.parentNode) this.placeholder.replaceWith(fresh);
    else this.shadowRoot.insertBefore(fresh, this.mountPoint);
    this.placeholder = fresh;
  }
}

// A panic leaves the wasm unusable for every widget on the page.
window.addEventListener('knee-triage-crash', () => {
  coreCrashed = true;
  for (const el of live) {
    el.crashed = true;
    el.widget = null;
    el.showFallback('crashed');
  }
});

if (!customElements.get('knee-triage')) {
  customElements.define('knee-triage', KneeTriageElement);
}
