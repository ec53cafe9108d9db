//! The CSV export a doctor opens: a header, CRLF lines, quoting, and no
//! formula a spreadsheet would run.

use knee_triage::formats::diary::Trigger;

use super::*;

#[test]
fn csv_has_a_header_and_crlf_lines() {
    assert_eq!(
        Diary::new().to_csv(),
        "date,time,minutes,strength,side,triggers,notes\r\n"
    );
    let mut d = Diary::new();
    d.add(
        Episode::new(
            at("2026-11-22T08:05"),
            0,
            4,
            Side::Both,
            "after coffee",
            &[Trigger::PoorSleep, Trigger::Caffeine],
        )
        .unwrap(),
    )
    .unwrap();
    d.add(episode("2026-11-21T21:00")).unwrap();
    assert_eq!(
        d.to_csv(),
        "date,time,minutes,strength,side,triggers,notes\r\n\
         2026-11-21,21:00,2,3,left,,\r\n\
         2026-11-22,08:05,0,4,both,caffeine;poor_sleep,after coffee\r\n"
    );
}

fn csv_notes(notes: &str) -> String {
    let mut d = Diary::new();
    d.add(Episode::new(at("2026-11-22T08:05"), 1, 1, Side::Left, notes, &[]).unwrap())
        .unwrap();
    let csv = d.to_csv();
    let row = csv.split("\r\n").nth(1).unwrap();
    row.strip_prefix("2026-11-22,08:05,1,1,left,,")
        .unwrap()
        .to_string()
}

#[test]
fn csv_quotes_commas_and_quotes() {
    assert_eq!(csv_notes("plain text"), "plain text");
    assert_eq!(csv_notes("left, then right"), "\"left, then right\"");
    assert_eq!(csv_notes("a \"jump\""), "\"a \"\"jump\"\"\"");
    assert_eq!(csv_notes("\"\""), "\"\"\"\"\"\"");
    // Line breaks never reach the CSV: notes lose them when checked.
    assert_eq!(csv_notes("one\r\ntwo"), "onetwo");
    assert_eq!(csv_notes("ñandú 🦵"), "ñandú 🦵");
}

#[test]
fn csv_defuses_formulas_in_notes() {
    assert_eq!(csv_notes("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv_notes("=1+1"), "'=1+1");
    assert_eq!(csv_notes("+1"), "'+1");
    assert_eq!(csv_notes("-2 cups"), "'-2 cups");
    assert_eq!(csv_notes("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_notes("=1,2"), "\"'=1,2\"");
    // Only a leading sign is a risk.
    assert_eq!(csv_notes("1+1=2"), "1+1=2");
    assert_eq!(csv_notes(" =1"), " =1");
    assert_eq!(csv_notes(""), "");
    // A leading tab or CR is removed with the other control characters,
    // so what remains is checked.
    assert_eq!(csv_notes("\t=1"), "'=1");
}
