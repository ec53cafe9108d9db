//! Rewrites the fallback guidance inside the element's loader from the catalogs.
//!
//!     cargo run --example fallback_text
//!
//! Run it after changing any catalog text the fallback uses; the test
//! `tests/fallback_text.rs` fails until then.

use knee_triage::shell::fallback::loader_block;

const LOADER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/shell/knee-triage.js");
const BEGIN: &str = "// BEGIN FALLBACK TEXT";
const END: &str = "// END FALLBACK TEXT";

fn main() -> std::process::ExitCode {
    let source = match std::fs::read_to_string(LOADER) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot read {LOADER}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let (Some(begin), Some(end)) = (source.find(BEGIN), source.find(END)) else {
        eprintln!("error: {LOADER} lacks the BEGIN/END FALLBACK TEXT lines");
        return std::process::ExitCode::FAILURE;
    };
    let header_end = begin + source[begin..].find('\n').unwrap_or(0) + 1;
    let updated = format!(
        "{}{}{}",
        &source[..header_end],
        loader_block(),
        &source[end..]
    );
    if let Err(e) = std::fs::write(LOADER, updated) {
        eprintln!("error: cannot write {LOADER}: {e}");
        return std::process::ExitCode::FAILURE;
    }
    println!("updated {LOADER}");
    std::process::ExitCode::SUCCESS
}
