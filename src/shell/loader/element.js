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
import { EarlyScreens } from './early_screens.js';

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
    // What the person did on the early screens: the checker carries on from there.
    ...(el.early ? el.early.opening() : {}),
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
  // checker: the early screens until it is ready (`early`), or the guidance
  // when it has stopped.
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
      this.styled = !link;
      if (link) {
        // Only where the stylesheet has to be linked (see styleFor): until
        // it is in, the page's own copy of the guidance (the element's
        // children, through the slot) stays on screen, since an unstyled
        // screen would jump under a finger about to tap it.
        const slot = document.createElement('slot');
        root.append(link, slot);
        let timer = 0;
        const shown = () => {
          clearTimeout(timer);
          if (this.styled) return;
          this.styled = true;
          slot.remove();
          for (const node of [this.placeholder, this.mountPoint]) if (node) node.hidden = false;
        };
        link.addEventListener('load', shown);
        link.addEventListener('error', shown);
        // A stylesheet that never answers must not hide the checker for good.
        timer = setTimeout(shown, 4000);
      }
    }
    this.crashed = coreCrashed;
    this.mountPoint = document.createElement('div');
    this.mountPoint.hidden = !this.styled;
    root.append(this.mountPoint);
    if (this.crashed) {
      this.showFallback('crashed');
      return;
    }
    this.early = new EarlyScreens(this, fallbackLanguage(this), (node) => this.showPlaceholder(node));
    this.early.draw();
    coreWithText(this, () => settings(this))
      .then(async (core) => {
        if (this.session !== session || this.crashed) return;
        const focused = this.placeholder.contains(root.activeElement) ? root.activeElement : null;
        // Past the start page, the checker replays the steps and then, as
        // after any change of step, moves focus to its heading: listen for
        // that before it can happen.
        const moved = focused && this.early?.started ? this.focusMoved() : null;
        this.widget = core.mount(this.mountPoint, settings(this));
        await this.drawn(session);
        // A panic during the first render has already put up the guidance.
        if (this.session !== session || this.crashed) return;
        this.placeholder.remove();
        this.early = null;
        // Keep a keyboard user's place when the live page takes over: the
        // checker draws the same page, with the same ids, once it has
        // carried out what was done on the early screens.
        if (focused) {
          // However long a busy phone takes to get there.
          if (moved) await moved;
          await new Promise((done) => requestAnimationFrame(done));
          const same = focused.id
            ? this.mountPoint.querySelector(`[id="${focused.id}"]`)
            : focused.matches('.kt-language-switch button')
              ? this.mountPoint.querySelector(`.kt-language-switch button[lang="${focused.lang}"]`)
              : null;
          if (same && this.session === session) same.focus();
        }
      })
      .catch((error) => {
        if (this.session !== session) return;
        console.error('knee-triage: the interactive checker could not start', error);
        // The emergency check goes on without it; the rest is the guidance.
        if (this.early) this.early.fail();
        else this.showFallback('failed');
      });
  }

  /** Puts a screen of the early screens, or the guidance, where the checker will be. */
  showPlaceholder(node) {
    node.hidden = !this.styled;
    if (this.placeholder && this.placeholder.parentNode) this.placeholder.replaceWith(node);
    else this.shadowRoot.insertBefore(node, this.mountPoint);
    this.placeholder = node;
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
    this.placeholder?.remove();
    this.mountPoint.remove();
    this.placeholder = null;
    this.mountPoint = null;
    this.early = null;
  }

  /** Resolves once Yew has drawn its first page (it renders in a microtask), has crashed, or the session ended. */
  /** Resolves when focus first moves into the checker, or after 5 s at the most. */
  focusMoved() {
    return new Promise((resolve) => {
      const done = () => {
        this.mountPoint.removeEventListener('focusin', done);
        resolve();
      };
      this.mountPoint.addEventListener('focusin', done);
      setTimeout(done, 5000);
    });
  }

  drawn(session) {
    return new Promise((resolve) => {
      const check = () =>
        this.session !== session || this.mountPoint.firstElementChild || this.crashed ? resolve() : requestAnimationFrame(check);
      queueMicrotask(check);
    });
  }

  attributeChangedCallback() {
    if (this.widget) {
      updateWithText(this, () => settings(this));
    } else if (this.early) {
      // A new number or language shows at once, on the same screen.
      if (!this.early.chosenLang) this.early.lang = fallbackLanguage(this);
      if (this.early.screen === 'guidance') this.early.guidance();
      else this.early.draw();
    } else if (this.crashed && this.placeholder) {
      this.showFallback('crashed');
    }
  }

  /** Replaces whatever is shown with the static guidance and a notice. */
  showFallback(state) {
    if (!this.session) return;
    this.early = null;
    this.mountPoint.replaceChildren();
    this.showPlaceholder(renderFallback(this, state));
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
