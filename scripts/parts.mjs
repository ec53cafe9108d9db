// The two shipped files that are written in parts: the widget's stylesheet
// (styles/) and the element's loader (src/shell/loader/). Each part does one
// job; scripts/postbuild.mjs joins them, in the fixed orders below, into
// knee-triage.css and knee-triage.js, then minifies them.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

// The stylesheet's parts, in cascade order: the base (tokens, element
// defaults, typography, links, lists), the buttons and form layout that
// many screens share, one file per component and per page (the form
// controls first, the diary's last), the loader's guidance, then the media
// queries that override everything before them (wider screens, dark,
// reduced motion, forced colours, print). A part may rely on coming after
// the shared files (the back link builds on the link button, checkboxes on
// radios, the episode form on number_input); the media files rely on coming
// last. Every .css file under styles/ but the demo page's own is listed.
export const STYLE_PARTS = [
  'base.css',
  'buttons.css',
  'forms.css',
  // the form controls
  'components/radios.css',
  'components/checkboxes.css',
  'components/number_input.css',
  // around and above the screens
  'components/safety_banner.css',
  'components/language_switch.css',
  'components/back_link.css',
  'components/error_summary.css',
  'components/notification_banner.css',
  // the pages, then the result's and the diary's components
  'pages/start.css',
  'pages/check_answers.css',
  'components/care_card.css',
  'components/reasons.css',
  'components/causes.css',
  'components/self_care.css',
  'components/watch_for.css',
  'components/print_summary.css',
  'components/remember_on_device.css',
  'components/diary_chart.css',
  'components/episode_form.css',
  'components/episode_list.css',
  // the loader's guidance when the checker cannot run
  'fallback.css',
  // the media queries, last
  'layout.css',
  'dark.css',
  'reduced_motion.css',
  'forced_colours.css',
  'print.css',
];
const NOT_STYLE_PARTS = ['demo.css'];

// The loader's parts, each an ES module, listed after every part it
// imports from. Joined, they are one module again: the imports between
// parts are dropped and `export` taken off, so every part shares one scope
// (two parts must not declare the same top-level name). The two generated
// parts are written by `cargo run -p knee-triage-codegen`.
export const LOADER_PARTS = [
  'fallback_text.generated.js',
  'load_core.js',
  'language.js',
  'language_file.js',
  'emergency_numbers.generated.js',
  'text.js',
  'fallback.js',
  'early_screens.generated.js',
  'early_screens.js',
  'element.js',
];

/** The .css or .js files of `dir` (with sub-folders) against the list; throws on a difference. */
function listed(dir, ext, parts, others = []) {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(ext));
  const unlisted = files.filter((f) => !parts.includes(f) && !others.includes(f));
  const missing = parts.filter((f) => !files.includes(f));
  if (unlisted.length || missing.length) {
    throw new Error(`${dir}: the files and the list of parts differ (not listed: ${unlisted.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'})`);
  }
}

/** knee-triage.css before minifying: styles/ joined in STYLE_PARTS order. */
export function stylesheet() {
  const dir = join(root, 'styles');
  listed(dir, '.css', STYLE_PARTS, NOT_STYLE_PARTS);
  return STYLE_PARTS.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

/** knee-triage.js before minifying: src/shell/loader/ joined into one module in LOADER_PARTS order. */
export function loaderSource() {
  const dir = join(root, 'src/shell/loader');
  listed(dir, '.js', LOADER_PARTS);
  return LOADER_PARTS.map((name, at) => {
    const text = readFileSync(join(dir, name), 'utf8')
      .replace(/^import \{[^}]*\} from '\.\/([\w.]+)';\n/gm, (_, from) => {
        const source = LOADER_PARTS.indexOf(from);
        if (source < 0 || source >= at) throw new Error(`loader: ${name} imports ${from}, which is not a part listed before it`);
        return '';
      })
      .replace(/^export (const|let|async function|function|class) /gm, '$1 ');
    const left = text.match(/^(import|export)\b.*$/m);
    if (left) throw new Error(`loader: ${name} has an import or export the join does not understand: ${left[0]}`);
    return text;
  }).join('\n');
}
