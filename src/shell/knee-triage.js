// <knee-triage>: the knee twitching checker as a custom element.
//
// A clinic adds this one module script and the tag. The element draws static
// safety guidance into its shadow root at once, so a person sees what to do
// in an emergency even if the WebAssembly never runs (blocked, too old a
// browser, load error); the interactive checker replaces it once ready.
// Files are found next to this script (import.meta.url), so the widget works
// under any path or domain. Nothing here sends data anywhere.

// BEGIN FALLBACK TEXT (generated from the catalogs: cargo run --example fallback_text)
const FALLBACK_TEXT = {
  "default_number": "112",
  "en": {
    "crashed": "Sorry, the checker stopped working. The advice below still applies. Reload the page to try again.",
    "failed": "The interactive checker could not start on this device. The advice below still applies.",
    "groups": [
      {
        "heading": "Call {emergency_number} or go to the emergency department now if you have:",
        "items": [
          "Sudden weakness, numbness or drooping of your face, arm or leg",
          "Sudden trouble speaking or swallowing",
          "Chest pain or pressure",
          "Trouble breathing",
          "A racing or uneven heartbeat, shaking, confusion or feeling very unwell after taking a lot of caffeine or other stimulants"
        ]
      },
      {
        "heading": "See a doctor today or tomorrow if:",
        "items": [
          "Your leg feels weak or gives way",
          "You find it hard to keep your balance or move steadily",
          "You find it hard to swallow or speak",
          "A muscle looks thinner or smaller than before",
          "Severe pain or swelling, or your knee is hard to bend or move",
          "You hurt your knee and it is very painful or swollen, or you find it hard to walk"
        ]
      },
      {
        "heading": "Book an appointment with a doctor if:",
        "items": [
          "The twitching lasts more than 2 weeks",
          "The twitching lasts more than a week without getting better",
          "The twitching happens more often or gets stronger",
          "The twitching spreads to other parts of your body",
          "You lose feeling (numbness) in your leg, hands or feet",
          "You feel tingling or burning in your leg, hands or feet",
          "You have pain that is more than a mild ache",
          "You get strong or frequent muscle cramps",
          "You feel very tired for no clear reason",
          "The twitching gets in the way of your sleep, work, walking or everyday tasks",
          "The twitching starts after you begin a new medicine or change the dose",
          "You hurt your knee, for example in a fall, knock or twist",
          "The twitching keeps going after you have tried the self-care advice",
          "You get a strong urge to move your legs when you rest"
        ]
      }
    ],
    "loading": "The interactive checker is loading. The advice below applies in the meantime.",
    "not_diagnosis": "This checker gives advice, not a diagnosis.",
    "title": "Knee twitching: when to get help"
  },
  "es": {
    "crashed": "Lo sentimos, la herramienta ha dejado de funcionar. Los consejos de abajo siguen siendo válidos. Vuelva a cargar la página para intentarlo de nuevo.",
    "failed": "La herramienta interactiva no ha podido iniciarse en este dispositivo. Los consejos de abajo siguen siendo válidos.",
    "groups": [
      {
        "heading": "Llame al {emergency_number} o vaya ahora al servicio de urgencias si tiene:",
        "items": [
          "Debilidad, entumecimiento o caída de la cara, un brazo o una pierna que aparecen de repente",
          "Dificultad repentina para hablar o tragar",
          "Dolor o presión en el pecho",
          "Dificultad para respirar",
          "Latidos del corazón muy rápidos o irregulares, temblores, confusión o un gran malestar después de tomar mucha cafeína u otros estimulantes"
        ]
      },
      {
        "heading": "Consulte a un médico hoy o mañana si:",
        "items": [
          "Nota la pierna débil o le falla",
          "Le cuesta mantener el equilibrio o moverse con estabilidad",
          "Le cuesta tragar o hablar",
          "Un músculo se ve más delgado o más pequeño que antes",
          "Tiene dolor fuerte o hinchazón, o le cuesta doblar o mover la rodilla",
          "Se ha hecho daño en la rodilla y le duele mucho o está hinchada, o le cuesta caminar"
        ]
      },
      {
        "heading": "Pida cita con un médico si:",
        "items": [
          "Los espasmos duran más de 2 semanas",
          "Los espasmos duran más de una semana sin mejorar",
          "Los espasmos aparecen más a menudo o son más fuertes",
          "Los espasmos se extienden a otras partes del cuerpo",
          "Pierde la sensibilidad (entumecimiento) en la pierna, las manos o los pies",
          "Nota hormigueo o ardor en la pierna, las manos o los pies",
          "Tiene un dolor que es más que una molestia leve",
          "Tiene calambres musculares fuertes o frecuentes",
          "Siente mucho cansancio sin un motivo claro",
          "Los espasmos le dificultan dormir, trabajar, caminar o hacer las tareas del día a día",
          "Los espasmos empiezan después de comenzar un medicamento nuevo o de cambiar la dosis",
          "Se hace daño en la rodilla, por ejemplo en una caída, un golpe o una torcedura",
          "Los espasmos continúan después de haber probado los consejos de autocuidado",
          "Siente unas ganas muy fuertes de mover las piernas cuando descansa"
        ]
      }
    ],
    "loading": "La herramienta interactiva se está cargando. Mientras tanto, siga los consejos de abajo.",
    "not_diagnosis": "Esta herramienta da consejos, no un diagnóstico.",
    "title": "Espasmos en la rodilla: cuándo pedir ayuda"
  },
  "numbers": {
    "AR": "911",
    "AU": "000",
    "BO": "911",
    "CA": "911",
    "CL": "131",
    "CO": "123",
    "CR": "911",
    "DO": "911",
    "EC": "911",
    "GB": "999",
    "GT": "911",
    "HN": "911",
    "MX": "911",
    "NI": "911",
    "NZ": "111",
    "PA": "911",
    "PE": "911",
    "PR": "911",
    "PY": "911",
    "SV": "911",
    "US": "911",
    "UY": "911",
    "VE": "911"
  }
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

function languageTags(el) {
  return [el.getAttribute('lang') || '', ...(navigator.languages || [])];
}

/** The language whose fallback text to show: the attribute, the browser, then English. */
function fallbackLanguage(el) {
  for (const tag of languageTags(el)) {
    const primary = tag.split(/[-_]/)[0].toLowerCase();
    if (/^[a-z]{2,3}$/.test(primary) && FALLBACK_TEXT[primary]) return primary;
  }
  return 'en';
}

/** The clinic's number if valid, else the one of the visitor's region, as the checker does. */
function emergencyNumber(el) {
  const given = (el.getAttribute('emergency-number') || '').trim();
  if (/^\+?[0-9 ()-]{3,20}$/.test(given) && /[0-9].*[0-9].*[0-9]/.test(given)) return given;
  for (const tag of languageTags(el)) {
    const region = tag.split(/[-_]/).slice(1).find((part) => /^[a-z]{2}$/i.test(part));
    if (region) return FALLBACK_TEXT.numbers[region.toUpperCase()] || FALLBACK_TEXT.default_number;
  }
  return FALLBACK_TEXT.default_number;
}

/** Builds the guidance with textContent only: attribute values never become HTML. */
function renderFallback(el, state) {
  const lang = fallbackLanguage(el);
  const t = FALLBACK_TEXT[lang] || {};
  const number = emergencyNumber(el);
  const fill = (s) => String(s || '').split('{emergency_number}').join(number);
  const box = document.createElement('div');
  box.className = 'kt-fallback';
  box.setAttribute('part', 'fallback');
  box.lang = lang;
  const add = (parent, tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = fill(text);
    if (className) node.className = className;
    parent.append(node);
    return node;
  };
  add(box, 'h2', t.title, 'kt-fallback__title');
  add(box, 'p', t[state], 'kt-fallback__notice').setAttribute('role', state === 'loading' ? 'status' : 'alert');
  for (const group of t.groups || []) {
    add(box, 'h3', group.heading);
    const list = add(box, 'ul', undefined, 'kt-list kt-list--bullet');
    for (const item of group.items) add(list, 'li', item);
  }
  add(box, 'p', t.not_diagnosis);
  return box;
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
  };
}

const live = new Set();

class KneeTriageElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const link = styleFor(root);
    if (link) root.append(link);
    this.fallback = renderFallback(this, 'loading');
    this.mountPoint = document.createElement('div');
    root.append(this.fallback, this.mountPoint);
    live.add(this);
    loadCore()
      .then((core) => {
        if (this.crashed) return;
        this.widget = core.mount(this.mountPoint, settings(this));
        this.fallback.remove();
      })
      .catch((error) => {
        console.error('knee-triage: the interactive checker could not start', error);
        this.showFallback('failed');
      });
  }

  attributeChangedCallback() {
    if (this.widget) {
      this.widget.update(settings(this));
    } else if (this.fallback && this.fallback.isConnected) {
      const state = this.crashed ? 'crashed' : 'loading';
      const fresh = renderFallback(this, state);
      this.fallback.replaceWith(fresh);
      this.fallback = fresh;
    }
  }

  /** Replaces whatever is shown with the static guidance and a notice. */
  showFallback(state) {
    if (!this.shadowRoot) return;
    this.mountPoint.replaceChildren();
    const fresh = renderFallback(this, state);
    if (this.fallback && this.fallback.isConnected) this.fallback.replaceWith(fresh);
    else this.shadowRoot.insertBefore(fresh, this.mountPoint);
    this.fallback = fresh;
  }
}

// A panic leaves the wasm unusable for every widget on the page.
window.addEventListener('knee-triage-crash', () => {
  for (const el of live) {
    el.crashed = true;
    el.widget = null;
    el.showFallback('crashed');
  }
});

if (!customElements.get('knee-triage')) {
  customElements.define('knee-triage', KneeTriageElement);
}
