//! Hostile input for every reader a person can feed (issue 16): the answers
//! file, the device record, the diary and the element's attributes. Each
//! input is read inside `catch_unwind` and counted as read, refused (with a
//! clear message) or panicked; accepted documents are written again and read
//! back for a sample.
//!
//! This is the ONE copy of the generators and the runner. It lives with the
//! native tests, which run a short pass (`readers_fuzz.rs`), and the
//! benchmark `benches/fuzz.rs` takes the same file with
//! `#[path = "../tests/native/fuzz/mod.rs"]` for a million inputs per
//! reader, so the two cannot drift apart. It takes the answer and JSON
//! generators of the property tests (`common/strategies.rs`, driven here by
//! a seeded proptest runner) the same way, and adds a small inline PRNG
//! (splitmix64) for everything else, so a run is reproducible from its seed.
#![allow(dead_code)]

// The benchmark has no `common` module, so the strategies file is taken
// here by path; in the test binary it is then compiled twice, on purpose.
#[allow(clippy::duplicate_mod)]
#[path = "../common/strategies.rs"]
mod strategies;

#[path = "rng.rs"]
mod rng;
pub use rng::Rng;

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::time::{Duration, Instant};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config as PropConfig, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value as Json};

use knee_triage::engine::{triage, Answers};
use knee_triage::formats::diary::{Diary, Episode, LocalDateTime, Side, Trigger};
use knee_triage::formats::json::Value;
use knee_triage::formats::record::DeviceRecord;
use knee_triage::knowledge::QUESTIONS;
use knee_triage::shell::config::{is_https_url, is_phone_number, Config, RawConfig};

/// Every reader a person can feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// `Answers::from_json`: a file the person loads.
    Answers,
    /// `DeviceRecord::from_json`: what the browser kept.
    Record,
    /// `Value::parse` then `Diary::from_json_value`: a diary as stored or exported.
    Diary,
    /// `Config::from_raw`: the element's attributes and the loader's early clicks.
    Attributes,
}

impl Reader {
    pub const ALL: [Reader; 4] = [
        Reader::Answers,
        Reader::Record,
        Reader::Diary,
        Reader::Attributes,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Reader::Answers => "answers file",
            Reader::Record => "device record",
            Reader::Diary => "diary",
            Reader::Attributes => "attributes",
        }
    }
}

/// One input that went wrong, kept for the report.
#[derive(Clone, Debug)]
pub struct Failure {
    /// "panic", "wrong read" (round trip or a broken promise) or "unclear message".
    pub kind: &'static str,
    /// The input, escaped (Rust debug form) and cut to 2,000 characters.
    pub input: String,
    /// The panic's message and place, or what was wrong.
    pub message: String,
}

/// The counts of one reader's run.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub inputs: u64,
    /// Read (for the attributes: read with no warning).
    pub read: u64,
    /// Refused with a clear message (for the attributes: a value ignored
    /// with a warning).
    pub refused: u64,
    pub panics: u64,
    /// Accepted but wrong: the sampled round trip differed, or a promise of
    /// the reader broke (an emergency number that is not a phone number).
    pub wrong: u64,
    /// Refused with an empty, debug-looking or huge message.
    pub unclear: u64,
    /// Round trips checked.
    pub round_trips: u64,
    /// The longest refusal message, in characters.
    pub longest_message: usize,
    /// The first few failures.
    pub failures: Vec<Failure>,
    pub elapsed: Duration,
}

impl Tally {
    pub fn per_second(&self) -> f64 {
        self.inputs as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    fn fail(&mut self, kind: &'static str, input: &str, message: String) {
        if self.failures.len() < 8 {
            self.failures.push(Failure {
                kind,
                input: escaped(input),
                message,
            });
        }
    }
}

/// Round trips are checked for every `ROUND_TRIP_EVERY`th accepted input.
pub const ROUND_TRIP_EVERY: u64 = 100;
/// A refusal longer than this is not a clear message.
pub const MAX_MESSAGE_CHARS: usize = 500;

fn escaped(input: &str) -> String {
    let mut s = format!("{input:?}");
    if s.chars().count() > 2_000 {
        s = s.chars().take(2_000).collect::<String>() + "…";
    }
    s
}

// ---------------------------------------------------------------------------
// Catching panics quietly.

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// While it lives, panics on this thread are recorded (message and place)
/// instead of printed; dropping it puts the previous hook back.
struct QuietPanics {
    previous: Arc<dyn Fn(&panic::PanicHookInfo<'_>) + Sync + Send>,
}

impl QuietPanics {
    fn new() -> QuietPanics {
        let previous: Arc<dyn Fn(&panic::PanicHookInfo<'_>) + Sync + Send> =
            Arc::from(panic::take_hook());
        let inner = previous.clone();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let place = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                LAST_PANIC
                    .with(|p| *p.borrow_mut() = format!("{}{place}", payload(info.payload())));
            } else {
                inner(info);
            }
        }));
        QUIET.with(|q| q.set(true));
        QuietPanics { previous }
    }
}

impl Drop for QuietPanics {
    fn drop(&mut self) {
        QUIET.with(|q| q.set(false));
        let _ = panic::take_hook();
        let previous = self.previous.clone();
        panic::set_hook(Box::new(move |info| previous(info)));
    }
}

fn payload(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(a panic with no message)".into())
}

/// What one reading came to.
enum Outcome {
    Read,
    Refused(Vec<String>),
    Wrong(String),
}

/// Runs `f`, turning a panic into its message.
fn guarded(f: impl FnOnce() -> Outcome) -> Result<Outcome, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
        let recorded = LAST_PANIC.with(|l| std::mem::take(&mut *l.borrow_mut()));
        if recorded.is_empty() {
            payload(&*p)
        } else {
            recorded
        }
    })
}

/// Checks that the panic catcher works in this build (a release profile
/// with `panic = "abort"` would end the run at the first panic instead).
pub fn catcher_works() -> bool {
    let _quiet = QuietPanics::new();
    matches!(guarded(|| panic!("deliberate")), Err(m) if m.contains("deliberate"))
}

/// A clear message: not empty, not huge, and free of the marks of a debug
/// dump or a panic (`Some(`, `{ field`) that the input did not bring in
/// itself.
fn unclear(message: &str, input: &str) -> Option<String> {
    if message.trim().is_empty() {
        return Some("an empty message".into());
    }
    if message.chars().count() > MAX_MESSAGE_CHARS {
        let start: String = message.chars().take(300).collect();
        return Some(format!(
            "a message of {} characters: {start}…",
            message.chars().count()
        ));
    }
    for mark in [
        "panicked",
        "{ field",
        "field: \"",
        "Some(",
        "Err(",
        "Ok(",
        "\\u{",
    ] {
        // Echoes drop control characters, which can join the input's
        // letters into a mark (`O\u{4}k(` is echoed `Ok(`).
        if message.contains(mark)
            && !input.contains(mark)
            && !(input.chars().filter(|c| !c.is_control()))
                .collect::<String>()
                .contains(mark)
        {
            return Some(format!("{mark:?} in the message: {message}"));
        }
    }
    None
}

// ---------------------------------------------------------------------------
// The readers, as a person's input meets them.

fn read_answers(text: &str, round_trip: bool) -> Outcome {
    match Answers::from_json(text) {
        Ok(answers) => {
            let _ = triage(&answers);
            if round_trip {
                let again = Answers::from_json(&answers.to_json());
                if again.as_ref() != Ok(&answers) {
                    return Outcome::Wrong(format!("written and read again: {again:?}"));
                }
            }
            Outcome::Read
        }
        Err(e) => Outcome::Refused(vec![e.to_string()]),
    }
}

fn read_record(text: &str, round_trip: bool) -> Outcome {
    match DeviceRecord::from_json(text) {
        Ok(record) => {
            if round_trip {
                // Outdated answers are left out, so they are not written back.
                let kept = DeviceRecord {
                    answers_outdated: false,
                    ..record
                };
                let again = DeviceRecord::from_json(&kept.to_json());
                if again.as_ref() != Ok(&kept) {
                    return Outcome::Wrong(format!("written and read again: {again:?}"));
                }
            }
            Outcome::Read
        }
        Err(e) => Outcome::Refused(vec![e.to_string()]),
    }
}

/// The diary as the widget reads one: JSON text, then the diary's checks.
pub fn diary_from_text(text: &str) -> Result<Diary, String> {
    let value = Value::parse(text).map_err(|e| format!("the diary is not valid JSON ({e})"))?;
    Diary::from_json_value(&value).map_err(|e| e.to_string())
}

fn read_diary(text: &str, round_trip: bool) -> Outcome {
    match diary_from_text(text) {
        Ok(diary) => {
            let _ = diary.to_csv();
            let _ = diary.facts(diary.episodes().last().map_or(0, |e| e.at.day_number()));
            if round_trip {
                let again = diary_from_text(&diary.to_json_value().to_string());
                if again.as_ref() != Ok(&diary) {
                    return Outcome::Wrong(format!("written and read again: {again:?}"));
                }
            }
            Outcome::Read
        }
        Err(e) => Outcome::Refused(vec![e]),
    }
}

fn read_attributes(raw: RawConfig) -> Outcome {
    let (config, warnings) = Config::from_raw(raw);
    let _ = config.first_language();
    if !is_phone_number(&config.emergency_number) {
        return Outcome::Wrong(format!(
            "emergency number {:?} is not a phone number",
            config.emergency_number
        ));
    }
    if let Some(clinic) = &config.clinic {
        if clinic.phone.as_deref().is_some_and(|p| !is_phone_number(p))
            || clinic
                .booking_url
                .as_deref()
                .is_some_and(|u| !is_https_url(u))
            || clinic
                .name
                .as_deref()
                .is_some_and(|n| n.chars().count() > 100 || n.chars().any(char::is_control))
        {
            return Outcome::Wrong(format!("an unchecked clinic detail kept: {clinic:?}"));
        }
    }
    if warnings.is_empty() {
        Outcome::Read
    } else {
        Outcome::Refused(warnings)
    }
}

// ---------------------------------------------------------------------------
// The generators.

/// Text that breaks readers: control and invisible characters, surrogates
/// and escapes, huge and odd numbers, markup, deep nesting.
const NASTY: &[&str] = &[
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{202e}",
    "\u{feff}",
    "\u{200b}",
    "\u{fffd}",
    "\u{10ffff}",
    "é",
    "ß",
    "İ",
    "💥",
    "👩🏽‍⚕️",
    "\r\n",
    "\t",
    "\\",
    "\"",
    "\\u0000",
    "\\ud800",
    "\\udfff",
    "\\ud83d\\ude00",
    "\\uZZZZ",
    "\\x",
    "1e999999",
    "-0",
    "-1",
    "0.5",
    "1.0",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999999999999",
    "-9223372036854775809",
    "1E+2",
    "0x10",
    "NaN",
    "Infinity",
    "null",
    "true",
    "false",
    "[]",
    "{}",
    "[{}]",
    "\"\"",
    ",",
    ":",
    "<script>alert(1)</script>",
    "=HYPERLINK(\"x\")",
    "2026-02-29T10:00",
    "2024-02-29T24:00",
    "0000-00-00T00:00",
    "9999-12-31T23:59",
];

fn deep(rng: &mut Rng) -> String {
    let most = if rng.percent(5) { 5_000 } else { 300 };
    let n = 1 + rng.below(most);
    match rng.below(3) {
        0 => "[".repeat(n) + &"]".repeat(n),
        1 => "{\"a\":".repeat(n) + "1" + &"}".repeat(n),
        _ => "[".repeat(n),
    }
}

fn huge_string(rng: &mut Rng) -> String {
    let piece = rng.pick(&["a", "é", "💥", " ", "\\n", ","]);
    piece.repeat(1 + rng.below(20_000))
}

/// A short random string: letters, markup, unicode and control characters.
fn random_text(rng: &mut Rng, max: usize) -> String {
    let len = rng.below(max + 1);
    let mut s = String::new();
    for _ in 0..len {
        match rng.below(10) {
            0..=4 => s.push((b'a' + rng.below(26) as u8) as char),
            5 => s.push(rng.pick(&[' ', ',', '"', '\'', '<', '>', '&', ';', '-', '='])),
            6 => s.push(char::from_u32(rng.below(0x20) as u32).unwrap_or(' ')),
            7 => s.push((b'0' + rng.below(10) as u8) as char),
            _ => s.push(char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}')),
        }
    }
    s
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let most = if rng.percent(10) { 4_096 } else { 256 };
    let len = rng.below(most);
    (0..len).map(|_| rng.next() as u8).collect()
}

/// JSON-looking soup: the right punctuation and words in a random order.
fn soup(rng: &mut Rng, words: &[&str]) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(60) {
        match rng.below(4) {
            0 => s.push_str(rng.pick(&["{", "}", "[", "]", ":", ",", "\"", " "])),
            1 => {
                s.push('"');
                s.push_str(rng.pick(words));
                s.push('"');
            }
            2 => s.push_str(rng.pick(NASTY)),
            _ => s.push_str(&rng.below(100).to_string()),
        }
    }
    s
}

/// One mutation of a document's bytes.
fn mutate_once(rng: &mut Rng, bytes: &mut Vec<u8>, words: &[&str]) {
    let len = bytes.len();
    let at = if len == 0 { 0 } else { rng.below(len + 1) };
    match rng.below(10) {
        // Flip a bit.
        0 if len > 0 => {
            let i = rng.below(len);
            bytes[i] ^= 1 << rng.below(8);
        }
        // A random byte, often one that is not UTF-8 on its own.
        1 if len > 0 => {
            let i = rng.below(len);
            bytes[i] = rng.next() as u8;
        }
        // Cut the end off.
        2 => bytes.truncate(at),
        // Cut a span out.
        3 if len > 0 => {
            let end = (at + 1 + rng.below(32)).min(len);
            bytes.drain(at.min(end)..end);
        }
        // Repeat a span.
        4 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(64)).min(len);
            let span = bytes[start..end].to_vec();
            let to = rng.below(bytes.len() + 1);
            bytes.splice(to..to, span);
        }
        // Insert nasty text or deep nesting.
        5 | 6 => {
            let text = if rng.percent(10) {
                deep(rng)
            } else if rng.percent(3) {
                huge_string(rng)
            } else {
                rng.pick(NASTY).to_string()
            };
            bytes.splice(at..at, text.into_bytes());
        }
        // Swap one known word (a key or a choice) for another.
        7 => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let from = rng.pick(words);
            if let Some(i) = text.find(&format!("\"{from}\"")) {
                let to = format!("\"{}\"", rng.pick(words));
                let mut t = text;
                t.replace_range(i..i + from.len() + 2, &to);
                *bytes = t.into_bytes();
            }
        }
        // Put a value of the wrong type after a colon or in a list.
        _ => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let marks: Vec<usize> = text
                .match_indices([':', '[', ','])
                .map(|(i, _)| i)
                .collect();
            if !marks.is_empty() {
                let i = rng.pick(&marks) + 1;
                let end = text[i..]
                    .find([',', ']', '}'])
                    .map_or(text.len(), |e| i + e);
                let value = match rng.below(3) {
                    0 => rng.pick(NASTY).to_string(),
                    1 => format!("\"{}\"", rng.pick(words)),
                    _ => rng
                        .pick(&["[]", "{}", "null", "0", "\"\"", "[\"none\"]", "true"])
                        .to_string(),
                };
                let mut t = text;
                t.replace_range(i..end, &value);
                *bytes = t.into_bytes();
            }
        }
    }
}

fn mutated(rng: &mut Rng, doc: String, words: &[&str]) -> String {
    let mut bytes = doc.into_bytes();
    for _ in 0..1 + rng.below(4) {
        mutate_once(rng, &mut bytes, words);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The generators' state for one reader: the seeded PRNG, and a proptest
/// runner seeded from it for the property tests' strategies.
pub struct Generator {
    rng: Rng,
    runner: TestRunner,
    answers: proptest::strategy::BoxedStrategy<Answers>,
    json: proptest::strategy::BoxedStrategy<Json>,
    words: Vec<&'static str>,
    reader: Reader,
}

impl Generator {
    pub fn new(reader: Reader, seed: u64) -> Generator {
        let mut rng = Rng::new(seed ^ (reader as u64).wrapping_mul(0xA24B_AED4_963E_E407));
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&rng.next().to_le_bytes());
        bytes[8..].copy_from_slice(&rng.next().to_le_bytes());
        let runner = TestRunner::new_with_rng(
            PropConfig::default(),
            TestRng::from_seed(RngAlgorithm::XorShift, &bytes),
        );
        let mut words: Vec<&'static str> = vec![
            "format",
            "version",
            "answers",
            "diary",
            "knee-triage-answers",
            "knee-triage-device",
            "at",
            "minutes",
            "strength",
            "side",
            "notes",
            "triggers",
            "x",
        ];
        words.extend(Side::ALL.iter().map(|s| s.id()));
        words.extend(Trigger::ALL.iter().map(|t| t.id()));
        for q in QUESTIONS {
            words.push(q.id);
            words.extend(q.choices.iter().map(|c| c.id));
        }
        let keys: Vec<&'static str> = words
            .iter()
            .copied()
            .take(13)
            .chain(["emergency", "duration"])
            .collect();
        Generator {
            rng,
            runner,
            answers: strategies::any_answers().boxed(),
            json: strategies::json_like(words.clone(), keys).boxed(),
            words,
            reader,
        }
    }

    fn answers(&mut self) -> Answers {
        match self.answers.new_tree(&mut self.runner) {
            Ok(tree) => tree.current(),
            Err(_) => Answers::new(),
        }
    }

    fn json(&mut self) -> Json {
        match self.json.new_tree(&mut self.runner) {
            Ok(tree) => tree.current(),
            Err(_) => Json::Null,
        }
    }

    fn diary(&mut self) -> Diary {
        let rng = &mut self.rng;
        let mut diary = Diary::new();
        let n = if rng.percent(5) {
            rng.below(300)
        } else {
            rng.below(8)
        };
        for _ in 0..n {
            let at = LocalDateTime::new(
                1900 + rng.below(300) as u16,
                1 + rng.below(12) as u8,
                1 + rng.below(31) as u8,
                rng.below(24) as u8,
                rng.below(60) as u8,
            );
            let Some(at) = at else { continue };
            let notes = if rng.percent(20) {
                random_text(rng, 600)
            } else {
                random_text(rng, 30)
            };
            let triggers: Vec<Trigger> = Trigger::ALL
                .into_iter()
                .filter(|_| rng.percent(30))
                .collect();
            if let Ok(e) = Episode::new(
                at,
                rng.below(1441) as u16,
                1 + rng.below(5) as u8,
                rng.pick(&Side::ALL),
                &notes,
                &triggers,
            ) {
                let _ = diary.add(e);
            }
        }
        diary
    }

    /// A valid document of this reader's kind, from the format's own writer.
    fn valid(&mut self) -> String {
        match self.reader {
            Reader::Answers => {
                let a = self.answers();
                if self.rng.percent(50) {
                    a.to_json()
                } else {
                    a.to_value().to_string()
                }
            }
            Reader::Diary => {
                let d = self.diary().to_json_value();
                if self.rng.percent(50) {
                    d.to_pretty_string()
                } else {
                    d.to_string()
                }
            }
            Reader::Record => DeviceRecord {
                answers: self.answers(),
                diary: self.diary(),
                answers_outdated: false,
            }
            .to_json(),
            Reader::Attributes => unreachable!("the attributes are not text"),
        }
    }

    /// Random JSON in the shape the reader expects, from the property tests' generator.
    fn shaped(&mut self) -> String {
        let v = self.json();
        match self.reader {
            Reader::Answers => json!({"format": "knee-triage-answers", "version": 2, "answers": v}),
            Reader::Record => {
                let w = self.json();
                json!({"format": "knee-triage-device", "version": 1, "answers": v, "diary": w})
            }
            Reader::Diary => json!([v]),
            Reader::Attributes => v,
        }
        .to_string()
    }

    /// The next text input: valid, mutated or random.
    pub fn text(&mut self) -> String {
        match self.rng.below(100) {
            0..=19 => self.valid(),
            20..=64 => {
                let doc = self.valid();
                mutated(&mut self.rng, doc, &self.words)
            }
            65..=74 => self.shaped(),
            75..=79 => self.json().to_string(),
            80..=89 => String::from_utf8_lossy(&random_bytes(&mut self.rng)).into_owned(),
            90..=94 => soup(&mut self.rng, &self.words),
            _ => {
                let doc = self.shaped();
                mutated(&mut self.rng, doc, &self.words)
            }
        }
    }

    /// An attribute value, or none.
    fn attribute(&mut self, good: &[&str]) -> Option<String> {
        let rng = &mut self.rng;
        Some(match rng.below(20) {
            0..=3 => return None,
            4..=8 => rng.pick(good).to_string(),
            9 => {
                let g = rng.pick(good).to_string();
                mutated(rng, g, &self.words)
            }
            10 => format!("  {}\t", rng.pick(good)),
            11 => String::new(),
            12 => rng.pick(&[" ", "\t\n", "\u{a0}", "\u{3000}"]).to_string(),
            13 if rng.percent(10) => huge_string(rng),
            14 => rng.pick(NASTY).to_string(),
            15 => format!(
                "{}{}",
                rng.below(1_000),
                rng.pick(&["a", "x", "e5", "😀", "-"])
            ),
            16 => "9".repeat(1 + rng.below(400)),
            17 => String::from_utf8_lossy(&random_bytes(rng)).into_owned(),
            _ => random_text(rng, 40),
        })
    }

    fn early(&mut self) -> (String, Vec<String>) {
        let q = if self.rng.percent(80) {
            self.rng.pick_ref(QUESTIONS)
        } else {
            return (
                random_text(&mut self.rng, 20),
                vec![random_text(&mut self.rng, 10)],
            );
        };
        let mut choices: Vec<String> = q
            .choices
            .iter()
            .filter(|_| self.rng.percent(30))
            .map(|c| c.id.to_string())
            .collect();
        if self.rng.percent(20) {
            choices.push(self.attribute(&["none", "", "NONE"]).unwrap_or_default());
        }
        if self.rng.percent(5) {
            choices = vec!["none".into(); self.rng.below(2_000)];
        }
        (q.id.to_string(), choices)
    }

    /// The next set of attributes.
    pub fn attributes(&mut self) -> RawConfig {
        const LANGS: &[&str] = &[
            "en",
            "es",
            "en-AU",
            "en-US",
            "en-GB",
            "de-DE",
            "fr",
            "es-MX",
            "pt-BR",
            "zh-Hant-TW",
            "EN",
            "en_us",
            "x-klingon",
            "i-default",
            "und",
            "*",
            "es-419",
            "en-",
        ];
        const PHONES: &[&str] = &[
            "112",
            "911",
            "+44 20 7946 0000",
            "(555) 010-0199",
            "000",
            "1+1",
        ];
        let browser = (0..self.rng.below(5))
            .map(|_| self.attribute(LANGS).unwrap_or_default())
            .collect();
        let early_answers = (0..self.rng.below(6)).map(|_| self.early()).collect();
        let early_draft = self.rng.percent(50).then(|| self.early());
        RawConfig {
            lang: self.attribute(LANGS),
            emergency_number: self.attribute(PHONES),
            browser_languages: browser,
            manage_title: self.rng.percent(50).then(|| self.rng.percent(50)),
            clinic_name: self.attribute(&["Riverside Clinic", "<b>Riverside</b>", "Clínica Ñ"]),
            clinic_phone: self.attribute(PHONES),
            booking_url: self.attribute(&[
                "https://clinic.example/book",
                "HTTPS://clinic.example:8443/b#x",
                "http://clinic.example",
                "javascript:alert(1)",
                "https://",
            ]),
            storage: self.attribute(&["none", "local", "LOCAL", "cookies"]),
            chosen_lang: self.attribute(LANGS),
            start_now: self.rng.percent(50).then(|| self.rng.percent(50)),
            early_answers,
            early_draft,
        }
    }
}

/// Counts what became of one input: `input` as the report shows it,
/// `plain` the text a message may echo (the attributes' values themselves).
fn count(
    tally: &mut Tally,
    plain: &str,
    input: impl Fn() -> String,
    result: Result<Outcome, String>,
) {
    tally.inputs += 1;
    match result {
        Ok(Outcome::Read) => tally.read += 1,
        Ok(Outcome::Refused(messages)) => {
            tally.refused += 1;
            for m in &messages {
                tally.longest_message = tally.longest_message.max(m.chars().count());
                if let Some(why) = unclear(m, plain) {
                    tally.unclear += 1;
                    tally.fail("unclear message", &input(), why);
                    break;
                }
            }
        }
        Ok(Outcome::Wrong(why)) => {
            tally.wrong += 1;
            tally.fail("wrong read", &input(), why);
        }
        Err(message) => {
            tally.panics += 1;
            tally.fail("panic", &input(), message);
        }
    }
}

/// The attributes' values, one per line with its name (`lang=en`), as the
/// report shows them and as a warning may echo them.
fn values(raw: &RawConfig) -> String {
    let mut lines: Vec<String> = [
        ("lang", &raw.lang),
        ("emergency-number", &raw.emergency_number),
        ("clinic-name", &raw.clinic_name),
        ("clinic-phone", &raw.clinic_phone),
        ("booking-url", &raw.booking_url),
        ("storage", &raw.storage),
        ("chosen-lang", &raw.chosen_lang),
    ]
    .into_iter()
    .filter_map(|(name, v)| Some(format!("{name}={}", v.as_deref()?)))
    .collect();
    lines.extend(
        raw.browser_languages
            .iter()
            .map(|l| format!("browser-language={l}")),
    );
    lines.extend(raw.manage_title.map(|b| format!("manage-title={b}")));
    lines.extend(raw.start_now.map(|b| format!("start-now={b}")));
    for (q, cs) in &raw.early_answers {
        lines.push(format!("early-answer={q}:{}", cs.join(",")));
    }
    if let Some((q, cs)) = &raw.early_draft {
        lines.push(format!("early-draft={q}:{}", cs.join(",")));
    }
    lines.join("\n")
}

/// Feeds one reader a single text (a regression case, say) and says what became of it.
pub fn check_text(reader: Reader, text: &str) -> Tally {
    let _quiet = QuietPanics::new();
    let mut tally = Tally::default();
    let result = guarded(|| match reader {
        Reader::Answers => read_answers(text, true),
        Reader::Record => read_record(text, true),
        Reader::Diary => read_diary(text, true),
        Reader::Attributes => read_attributes(RawConfig {
            lang: Some(text.into()),
            emergency_number: Some(text.into()),
            browser_languages: vec![text.into()],
            clinic_name: Some(text.into()),
            clinic_phone: Some(text.into()),
            booking_url: Some(text.into()),
            storage: Some(text.into()),
            chosen_lang: Some(text.into()),
            early_answers: vec![(text.into(), vec![text.into()])],
            early_draft: Some((text.into(), vec![text.into()])),
            ..RawConfig::default()
        }),
    });
    count(&mut tally, text, || text.to_string(), result);
    tally
}

/// Feeds `inputs` generated inputs from `seed` to one reader.
pub fn run(reader: Reader, seed: u64, inputs: u64) -> Tally {
    let mut generator = Generator::new(reader, seed);
    let mut tally = Tally::default();
    let _quiet = QuietPanics::new();
    let start = Instant::now();
    for i in 0..inputs {
        let round_trip = i % ROUND_TRIP_EVERY == 0;
        if round_trip {
            tally.round_trips += 1;
        }
        if reader == Reader::Attributes {
            let raw = generator.attributes();
            let plain = values(&raw);
            let result = guarded(|| read_attributes(raw));
            count(&mut tally, &plain, || plain.clone(), result);
        } else {
            let text = generator.text();
            let result = guarded(|| match reader {
                Reader::Answers => read_answers(&text, round_trip),
                Reader::Record => read_record(&text, round_trip),
                _ => read_diary(&text, round_trip),
            });
            count(&mut tally, &text, || text.clone(), result);
        }
    }
    tally.elapsed = start.elapsed();
    tally
}

/// A table of the counts, one row per reader.
pub fn table(rows: &[(Reader, Tally)]) -> String {
    let mut s = format!(
        "{:<14} {:>10} {:>10} {:>10} {:>7} {:>6} {:>8} {:>11} {:>8} {:>9} {:>8}\n",
        "reader",
        "inputs",
        "read",
        "refused",
        "panics",
        "wrong",
        "unclear",
        "round trips",
        "longest",
        "inputs/s",
        "seconds"
    );
    for (reader, t) in rows {
        s.push_str(&format!(
            "{:<14} {:>10} {:>10} {:>10} {:>7} {:>6} {:>8} {:>11} {:>8} {:>9.0} {:>8.1}\n",
            reader.name(),
            t.inputs,
            t.read,
            t.refused,
            t.panics,
            t.wrong,
            t.unclear,
            t.round_trips,
            t.longest_message,
            t.per_second(),
            t.elapsed.as_secs_f64()
        ));
    }
    s
}
