// <knee-triage>: the knee twitching checker as a custom element.
//
// A clinic adds this one module script and the tag. The element draws the
// start page into its shadow root at once, with the emergency advice, while
// the WebAssembly downloads and compiles: a person can read it and press
// "Start now" straight away, and the click is carried out as soon as the
// checker is ready. If the WebAssembly never runs (blocked, too old a
// browser, load error) the page is replaced by the static safety guidance.
// Files are found next to this script (import.meta.url), so the widget works
// under any path or domain. Nothing here sends data anywhere.

// BEGIN FALLBACK TEXT (generated from the catalogs: cargo run --example fallback_text)
const FALLBACK_TEXT = {
  "en": {
    "title": "Knee twitching: when to get help",
    "failed": "The interactive checker could not start on this device. The advice below still applies.",
    "crashed": "Sorry, the checker stopped working. The advice below still applies. Reload the page to try again.",
    "not_diagnosis": "This checker gives advice, not a diagnosis.",
    "groups": [
      {
        "heading": "Call {emergency_number} or go to the emergency department now if you have:",
        "items": [
          "Sudden weakness, numbness or drooping of your face, arm or leg, even if it goes away",
          "Sudden trouble speaking or swallowing, even if it goes away",
          "Chest pain or pressure",
          "Trouble breathing",
          "You think you took far too much caffeine or another stimulant, even if you feel fine"
        ]
      },
      {
        "heading": "See a doctor today or tomorrow if:",
        "items": [
          "Your leg, arm or hand feels weak, or your leg gives way",
          "You find it hard to keep your balance or move steadily",
          "You find it hard to swallow or speak",
          "A muscle looks thinner or smaller than before",
          "You have pain that is more than a mild ache",
          "Severe pain or swelling, or your knee is hard to bend or move",
          "You hurt your knee and it is very painful or swollen, or you find it hard to walk"
        ]
      },
      {
        "heading": "Book an appointment with a doctor if:",
        "items": [
          "The twitching lasts more than 2 weeks",
          "The twitching lasts more than a week without getting better",
          "The twitching goes on for 4 days or more without getting better. You cannot link it to exercise, heat, caffeine, stress or poor sleep.",
          "The twitching happens more often or gets stronger",
          "The twitching spreads to other parts of your body",
          "You lose feeling (numbness) in your leg, hands or feet",
          "You feel tingling or burning in your leg, hands or feet",
          "You get strong or frequent muscle cramps",
          "The twitching happens many times a day or almost all the time",
          "You feel very tired for no clear reason",
          "The twitching gets in the way of your sleep, work, walking or everyday tasks",
          "The twitching starts after you begin a new medicine or change the dose",
          "You hurt your knee, for example in a fall, knock or twist",
          "The twitching keeps going after you have tried the self-care advice",
          "You have back pain that spreads down your leg",
          "You get a strong urge to move your legs when you rest"
        ]
      }
    ],
    "start": [
      [
        "ui.banner.label",
        "Safety information"
      ],
      [
        "ui.banner.emergency",
        "In an emergency, call {emergency_number} now."
      ],
      [
        "ui.banner.not_diagnosis",
        "This checker gives advice, not a diagnosis."
      ],
      [
        "ui.language.label",
        "Language"
      ],
      [
        "ui.language.name",
        "English"
      ],
      [
        "ui.start.title",
        "Check your knee twitching"
      ],
      [
        "ui.start.lead",
        "Answer some short questions about your knee twitching to find out what to do next."
      ],
      [
        "ui.start.what_you_get",
        "You will find out:"
      ],
      [
        "ui.start.get.urgency",
        "whether you need to see a doctor, and how soon"
      ],
      [
        "ui.start.get.causes",
        "what may be causing the twitching"
      ],
      [
        "ui.start.get.self_care",
        "what you can do at home to help"
      ],
      [
        "ui.start.get.doctor",
        "what a doctor may do if you need to see one"
      ],
      [
        "ui.start.time",
        "It takes about 3 minutes."
      ],
      [
        "ui.start.privacy",
        "Your answers stay on this device. They are never sent anywhere."
      ],
      [
        "ui.start.not_diagnosis",
        "This checker does not give a diagnosis. If you are worried, talk to a doctor."
      ],
      [
        "ui.start.emergency_title",
        "In an emergency, call {emergency_number} now"
      ],
      [
        "ui.start.emergency_intro",
        "Do not use this checker. Call {emergency_number} straight away if you or someone else has:"
      ],
      [
        "question.emergency.choice.sudden_weakness_numbness_droop",
        "Sudden weakness, numbness or drooping of the face, arm or leg, often on one side, now or earlier today"
      ],
      [
        "question.emergency.choice.sudden_speech_swallow",
        "Sudden trouble speaking or swallowing, now or earlier today (slurred speech, or the words will not come)"
      ],
      [
        "question.emergency.choice.chest_pain",
        "Chest pain or pressure"
      ],
      [
        "question.emergency.choice.breathing",
        "Trouble breathing"
      ],
      [
        "question.emergency.choice.stimulant_overdose",
        "You think you took far too much of a stimulant, even if you feel fine. This means caffeine, energy drinks, pre-workout or drugs such as amphetamines."
      ],
      [
        "ui.start.button",
        "Start now"
      ],
      [
        "ui.start.starting",
        "Starting the checker. This can take a few seconds on a slow connection."
      ]
    ]
  },
  "es": {
    "title": "Espasmos en la rodilla: cuándo pedir ayuda",
    "failed": "La herramienta interactiva no ha podido iniciarse en este dispositivo. Los consejos de abajo siguen siendo válidos.",
    "crashed": "Lo sentimos, la herramienta ha dejado de funcionar. Los consejos de abajo siguen siendo válidos. Vuelva a cargar la página para intentarlo de nuevo.",
    "not_diagnosis": "Esta herramienta da consejos, no un diagnóstico.",
    "groups": [
      {
        "heading": "Llame al {emergency_number} o vaya ahora al servicio de urgencias si tiene:",
        "items": [
          "Debilidad, entumecimiento o caída de la cara, un brazo o una pierna que aparecen de repente, aunque luego se pasen",
          "Dificultad repentina para hablar o tragar, aunque luego se pase",
          "Dolor o presión en el pecho",
          "Dificultad para respirar",
          "Cree que ha tomado demasiada cafeína o demasiado de otro estimulante, aunque se encuentre bien"
        ]
      },
      {
        "heading": "Consulte a un médico hoy o mañana si:",
        "items": [
          "Nota débil la pierna, el brazo o la mano, o la pierna le falla",
          "Le cuesta mantener el equilibrio o moverse con estabilidad",
          "Le cuesta tragar o hablar",
          "Un músculo se ve más delgado o más pequeño que antes",
          "Tiene un dolor que es más que una molestia leve",
          "Tiene dolor fuerte o hinchazón, o le cuesta doblar o mover la rodilla",
          "Se ha hecho daño en la rodilla y le duele mucho o está hinchada, o le cuesta caminar"
        ]
      },
      {
        "heading": "Pida cita con un médico si:",
        "items": [
          "Los espasmos duran más de 2 semanas",
          "Los espasmos duran más de una semana sin mejorar",
          "Los espasmos duran 4 días o más sin mejorar. No puede relacionarlos con el ejercicio, el calor, la cafeína, el estrés o dormir mal.",
          "Los espasmos aparecen más a menudo o son más fuertes",
          "Los espasmos se extienden a otras partes del cuerpo",
          "Pierde la sensibilidad (entumecimiento) en la pierna, las manos o los pies",
          "Nota hormigueo o ardor en la pierna, las manos o los pies",
          "Tiene calambres musculares fuertes o frecuentes",
          "Los espasmos aparecen muchas veces al día o casi todo el tiempo",
          "Siente mucho cansancio sin un motivo claro",
          "Los espasmos le dificultan dormir, trabajar, caminar o hacer las tareas del día a día",
          "Los espasmos empiezan después de comenzar un medicamento nuevo o de cambiar la dosis",
          "Se hace daño en la rodilla, por ejemplo en una caída, un golpe o una torcedura",
          "Los espasmos continúan después de haber probado los consejos de autocuidado",
          "Tiene dolor de espalda que baja por la pierna",
          "Siente unas ganas muy fuertes de mover las piernas cuando descansa"
        ]
      }
    ],
    "start": [
      [
        "ui.banner.label",
        "Información de seguridad"
      ],
      [
        "ui.banner.emergency",
        "En caso de emergencia, llame al {emergency_number} ahora."
      ],
      [
        "ui.banner.not_diagnosis",
        "Esta herramienta da consejos, no un diagnóstico."
      ],
      [
        "ui.language.label",
        "Idioma"
      ],
      [
        "ui.language.name",
        "Español"
      ],
      [
        "ui.start.title",
        "Compruebe sus espasmos en la rodilla"
      ],
      [
        "ui.start.lead",
        "Responda a unas preguntas cortas sobre sus espasmos en la rodilla para saber qué hacer a continuación."
      ],
      [
        "ui.start.what_you_get",
        "Sabrá:"
      ],
      [
        "ui.start.get.urgency",
        "si necesita ver a un médico, y con qué urgencia"
      ],
      [
        "ui.start.get.causes",
        "qué puede estar causando los espasmos"
      ],
      [
        "ui.start.get.self_care",
        "qué puede hacer en casa para aliviarlos"
      ],
      [
        "ui.start.get.doctor",
        "qué puede hacer un médico si necesita ir a consulta"
      ],
      [
        "ui.start.time",
        "Se tarda unos 3 minutos."
      ],
      [
        "ui.start.privacy",
        "Sus respuestas se quedan en este dispositivo. Nunca se envían a ningún sitio."
      ],
      [
        "ui.start.not_diagnosis",
        "Esta herramienta no da un diagnóstico. Si le preocupa algo, hable con un médico."
      ],
      [
        "ui.start.emergency_title",
        "En caso de emergencia, llame al {emergency_number} ahora"
      ],
      [
        "ui.start.emergency_intro",
        "No use esta herramienta. Llame al {emergency_number} de inmediato si usted u otra persona tiene:"
      ],
      [
        "question.emergency.choice.sudden_weakness_numbness_droop",
        "Debilidad, entumecimiento o caída de la cara, un brazo o una pierna que aparecen de repente, a menudo en un solo lado, ahora o antes en el día de hoy"
      ],
      [
        "question.emergency.choice.sudden_speech_swallow",
        "Dificultad repentina para hablar o tragar, ahora o antes en el día de hoy (arrastra las palabras, o no le salen)"
      ],
      [
        "question.emergency.choice.chest_pain",
        "Dolor o presión en el pecho"
      ],
      [
        "question.emergency.choice.breathing",
        "Dificultad para respirar"
      ],
      [
        "question.emergency.choice.stimulant_overdose",
        "Cree que ha tomado demasiada cantidad de algún estimulante, aunque se encuentre bien. Esto incluye la cafeína, las bebidas energéticas, el preentreno (pre-workout) y drogas como las anfetaminas."
      ],
      [
        "ui.start.button",
        "Empezar ahora"
      ],
      [
        "ui.start.starting",
        "Iniciando la herramienta. Puede tardar unos segundos si la conexión es lenta."
      ]
    ]
  },
  "numbers": {
    "US": "911",
    "CA": "911",
    "MX": "911",
    "PR": "911",
    "AR": "911",
    "CO": "123",
    "PE": "911",
    "VE": "911",
    "PA": "911",
    "SV": "911",
    "GT": "911",
    "HN": "911",
    "DO": "911",
    "UY": "911",
    "PY": "911",
    "EC": "911",
    "CR": "911",
    "NI": "911",
    "BO": "911",
    "CL": "131",
    "GB": "999",
    "AU": "000",
    "NZ": "111"
  },
  "default_number": "112"
};
// END FALLBACK TEXT

const ATTRIBUTES = ['lang', 'emergency-number', 'clinic-name', 'clinic-phone', 'booking-url', 'storage'];

// The standalone page defines window.__kneeTriageStandalone with the wasm
// inlined; a served page loads the files next to this script.
function loadCore() {
  const standalone = globalThis.__kneeTriageStandalone;
  if (standalone) return standalone.core();
  loadCore.promise ??= import(new URL('core/knee-triage.js', import.meta.url)).then(async (core) => {
    await core.default({ module_or_path: new URL('core/knee-triage_bg.wasm', import.meta.url) });
    return core;
  });
  return loadCore.promise;
}

function styleFor(root) {
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

/**
 * The `lang` attribute, then the browser's languages. The attribute is
 * trimmed as shell/config.rs trims it, so `lang=" es "` picks the same
 * language and region here as in the checker; blank counts as absent.
 */
function languageTags(el) {
  return [(el.getAttribute('lang') || '').trim(), ...(navigator.languages || [])];
}

/** The language whose fallback text to show: the attribute, the browser, then English. */
function fallbackLanguage(el) {
  for (const tag of languageTags(el)) {
    // As Lang::from_tag: the part before the first - or _, trimmed, any case.
    const primary = tag.split(/[-_]/)[0].trim().toLowerCase();
    if (/^[a-z]{2,3}$/.test(primary) && FALLBACK_TEXT[primary]) return primary;
  }
  return 'en';
}

/** The clinic's number if valid, else the one of the visitor's region, as the checker does. */
function emergencyNumber(el) {
  const given = (el.getAttribute('emergency-number') || '').trim();
  if (given.length <= 20 && /^\+?[0-9 ()-]+$/.test(given) && /[0-9].*[0-9].*[0-9]/.test(given)) return given;
  for (const tag of languageTags(el)) {
    const region = tag.split(/[-_]/).slice(1).find((part) => /^[a-z]{2}$/i.test(part));
    if (region) return FALLBACK_TEXT.numbers[region.toUpperCase()] || FALLBACK_TEXT.default_number;
  }
  return FALLBACK_TEXT.default_number;
}

/** Fills `{emergency_number}` in catalog text with the number this element uses (for attributes). */
function numberFiller(el) {
  const number = emergencyNumber(el);
  return (text) => String(text ?? '').split('{emergency_number}').join(number);
}

/**
 * Catalog text as nodes, each `{emergency_number}` a tel: link, as the
 * checker's Words::rich draws it: on a phone the number is one tap away.
 */
function numberNodes(el) {
  const number = emergencyNumber(el);
  const href = `tel:${number.trim().startsWith('+') ? '+' : ''}${number.replace(/[^0-9]/g, '')}`;
  return (text) =>
    String(text ?? '')
      .split('{emergency_number}')
      .flatMap((part, i) => (i === 0 ? [part] : [element('a', 'kt-tel', number, { href }), part]))
      .filter((node) => node !== '');
}

/** An element with a class, text (textContent or nodes, never HTML) and attributes. */
function element(tag, className, text, attrs = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (Array.isArray(text)) node.append(...text);
  else if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** Builds the guidance with textContent only: attribute values never become HTML. */
function renderFallback(el, state) {
  const lang = fallbackLanguage(el);
  const t = FALLBACK_TEXT[lang] || {};
  const fill = numberNodes(el);
  const box = element('div', 'kt-fallback', undefined, { part: 'fallback', lang });
  const add = (parent, tag, text, className) => {
    const node = element(tag, className, text === undefined ? undefined : fill(text));
    parent.append(node);
    return node;
  };
  add(box, 'h2', t.title, 'kt-fallback__title');
  add(box, 'p', t[state], 'kt-fallback__notice').setAttribute('role', 'alert');
  for (const group of t.groups || []) {
    add(box, 'h3', group.heading);
    const list = add(box, 'ul', undefined, 'kt-list kt-list--bullet');
    for (const item of group.items) add(list, 'li', item);
  }
  add(box, 'p', t.not_diagnosis);
  return box;
}

/**
 * The start page as the checker draws it (ui/start.rs, ui/safety_banner.rs,
 * ui/language_switch.rs: same elements, classes and text), shown until the
 * checker is ready. Built with textContent only.
 */
function renderStart(el, lang, actions) {
  const pairs = FALLBACK_TEXT[lang].start;
  const s = Object.fromEntries(pairs);
  const fillNumber = numberFiller(el);
  const fill = (key) => fillNumber(s[key]);
  const nodes = numberNodes(el);
  const make = (tag, className, key, attrs) => element(tag, className, key ? nodes(s[key]) : undefined, attrs);
  const list = (keys) => {
    const ul = make('ul', 'kt-list kt-list--bullet');
    ul.append(...keys.map((key) => make('li', null, key)));
    return ul;
  };
  const widget = make('div', 'kt-widget kt-early', null, { lang, part: 'widget' });
  const banner = make('aside', 'kt-banner', null, { part: 'banner', 'aria-label': fill('ui.banner.label') });
  const emergency = make('p', 'kt-banner__emergency');
  emergency.append(make('strong', null, 'ui.banner.emergency'));
  banner.append(emergency, make('p', 'kt-banner__note', 'ui.banner.not_diagnosis'));

  const nav = make('nav', 'kt-language-switch', null, { 'aria-label': fill('ui.language.label') });
  const languages = make('ul', 'kt-language-switch__list');
  for (const other of Object.keys(FALLBACK_TEXT).filter((k) => FALLBACK_TEXT[k].start)) {
    const name = Object.fromEntries(FALLBACK_TEXT[other].start)['ui.language.name'];
    const item = make('li');
    if (other === lang) {
      item.append(make('span', 'kt-language-switch__current', null, { 'aria-current': 'true', lang: other }));
    } else {
      const button = make('button', 'kt-link-button', null, { type: 'button', lang: other });
      button.addEventListener('click', () => actions.chooseLanguage(other));
      item.append(button);
    }
    item.firstChild.textContent = name;
    languages.append(item);
  }
  nav.append(languages);

  const inset = make('div', 'kt-inset');
  inset.append(make('p', null, 'ui.start.privacy'), make('p', null, 'ui.start.not_diagnosis'));
  const warning = make('div', 'kt-warning', null, { part: 'emergency-callout' });
  warning.append(
    make('h2', 'kt-heading-s', 'ui.start.emergency_title'),
    make('p', null, 'ui.start.emergency_intro'),
    list(pairs.map(([key]) => key).filter((key) => key.startsWith('question.emergency.choice.'))),
  );
  const start = make('button', 'kt-button kt-button--start', 'ui.start.button', { type: 'button', part: 'button' });
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [name, value] of Object.entries({ class: 'kt-button__arrow', width: '17.5', height: '19', viewBox: '0 0 33 40', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(name, value);
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M0 0h13l20 20-20 20H0l20-20z');
  svg.append(path);
  start.append(svg);
  const status = make('p', 'kt-start-status', null, { role: 'status' });
  start.addEventListener('click', () => {
    start.setAttribute('aria-disabled', 'true');
    status.textContent = fill('ui.start.starting');
    actions.start();
  });

  const page = make('div', 'kt-page');
  page.append(
    nav,
    make('h1', 'kt-heading-l', 'ui.start.title', { tabindex: '-1' }),
    make('p', 'kt-body-l', 'ui.start.lead'),
    make('p', null, 'ui.start.what_you_get'),
    list(['ui.start.get.urgency', 'ui.start.get.causes', 'ui.start.get.self_care', 'ui.start.get.doctor']),
    make('p', null, 'ui.start.time'),
    inset,
    warning,
    start,
    status,
  );
  widget.append(banner, page);
  return widget;
}

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
  };
}

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
    loadCore()
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
        const fresh = this.earlyStart();
        this.placeholder.replaceWith(fresh);
        this.placeholder = fresh;
        fresh.querySelector('h1').focus();
      },
    });
  }

  attributeChangedCallback() {
    if (this.widget) {
      this.widget.update(settings(this));
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
