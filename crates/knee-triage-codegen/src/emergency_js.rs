//! The emergency-number rule and its `tel:` address as JavaScript, for the loader and for the
//! guidance written into pages for browsers without JavaScript.
//!
//! Both must choose the number exactly as the checker does
//! (`knowledge::emergency`), and link it as the checker does, before the WebAssembly runs or when it never
//! does. The numbers and limits are written from the Rust constants into
//! one ES module, `src/shell/loader/emergency_numbers.generated.js`, which
//! the loader build joins in and `scripts/static-guidance.mjs` imports, so
//! there is one copy and no hand-kept one; `tests/cases/emergency-numbers.json`
//! is checked against the Rust rule and against this JavaScript.

use knee_triage_core::formats::json::{Map, Value};
use knee_triage_core::knowledge::emergency::{
    DEFAULT_EMERGENCY_NUMBER, EMERGENCY_NUMBERS, PHONE_MAX_CHARS, PHONE_MIN_DIGITS,
};

/// Where the module is written, from the repository root.
pub const PATH: &str = "src/shell/loader/emergency_numbers.generated.js";

/// The whole module: what it is, then the rule.
pub fn module() -> String {
    let numbers: Map = EMERGENCY_NUMBERS
        .iter()
        .map(|(r, n)| (r.to_string(), Value::from(*n)))
        .collect();
    let numbers = Value::Object(numbers).to_string();
    let default = Value::from(DEFAULT_EMERGENCY_NUMBER).to_string();
    let header = crate::header(
        "emergency_js.rs",
        "crates/knee-triage-core/src/knowledge/emergency.rs",
        &[
            "The emergency-number rule and its tel: address, as the checker applies",
            "them: joined into the loader (knee-triage.js) by scripts/postbuild.mjs,",
            "and imported by the guidance it writes into pages for browsers without",
            "JavaScript (scripts/static-guidance.mjs).",
        ],
    );
    format!(
        r#"{header}
const EMERGENCY_NUMBERS = {numbers};
const DEFAULT_EMERGENCY_NUMBER = {default};

/** A phone number: digits, spaces, dashes and brackets with an optional leading +, at least {PHONE_MIN_DIGITS} digits, at most {PHONE_MAX_CHARS} characters. */
function isPhoneNumber(s) {{
  const digits = (s.match(/[0-9]/g) || []).length;
  return s.length <= {PHONE_MAX_CHARS} && digits >= {PHONE_MIN_DIGITS} && /^\+?[0-9 ()-]*$/.test(s);
}}

/** The region of a language tag ("en-GB" gives "GB"), or null. */
export function regionOf(tag) {{
  const part = String(tag ?? '').trim().split(/[-_]/).slice(1).find((p) => /^[a-z]{{2}}$/i.test(p));
  return part ? part.toUpperCase() : null;
}}

/** The clinic's number if it is a phone number, else the number of the first region among the language tags, else the default. */
export function chooseEmergencyNumber(given, tags) {{
  const number = String(given ?? '').trim();
  if (isPhoneNumber(number)) return number;
  const region = tags.map(regionOf).find((r) => r);
  return (region && EMERGENCY_NUMBERS[region]) || DEFAULT_EMERGENCY_NUMBER;
}}

/** The tel: address of a shown number: its digits, after a leading + if it has one. */
export function telHref(number) {{
  const text = String(number ?? '');
  return `tel:${{text.trim().startsWith('+') ? '+' : ''}}${{text.replace(/[^0-9]/g, '')}}`;
}}
"#
    )
}
