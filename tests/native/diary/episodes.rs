//! Each episode is checked field by field, and the diary keeps its
//! episodes in time order, at most 2000 of them.

use knee_triage::formats::diary::{Trigger, MAX_EPISODES};

use super::*;

#[test]
fn episodes_are_checked_field_by_field() {
    let t = at("2026-11-22T08:30");
    let err = Episode::new(t, 0, 0, Side::Left, "", &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "strength: expected a whole number from 1 to 5"
    );
    assert_eq!(
        Episode::new(t, 0, 6, Side::Left, "", &[])
            .unwrap_err()
            .field(),
        "strength"
    );
    assert_eq!(
        Episode::new(t, 1441, 3, Side::Left, "", &[])
            .unwrap_err()
            .field(),
        "minutes"
    );
    assert!(Episode::new(t, 1440, 5, Side::Both, "", &[]).is_ok());
    assert!(Episode::new(t, 0, 1, Side::Right, "", &[]).is_ok());
    let long = "x".repeat(501);
    assert_eq!(
        Episode::new(t, 0, 1, Side::Left, &long, &[])
            .unwrap_err()
            .field(),
        "notes"
    );
    let err =
        Episode::new(t, 0, 1, Side::Left, "", &[Trigger::Stress, Trigger::Stress]).unwrap_err();
    assert_eq!(err.field(), "triggers");
    assert!(err.to_string().contains("\"stress\" is given twice"));
}

#[test]
fn notes_lose_control_characters_and_count_characters_not_bytes() {
    let t = at("2026-11-22T08:30");
    let e = Episode::new(t, 0, 1, Side::Left, "left\nknee\t\u{7}ok", &[]).unwrap();
    assert_eq!(e.notes, "leftkneeok");
    // 500 accented letters are 1000 bytes but within the limit.
    let accented = "é".repeat(500);
    assert!(Episode::new(t, 0, 1, Side::Left, &accented, &[]).is_ok());
    // Control characters do not count toward the limit.
    let padded = format!("{}\n\n", "a".repeat(500));
    assert_eq!(
        Episode::new(t, 0, 1, Side::Left, &padded, &[])
            .unwrap()
            .notes
            .len(),
        500
    );
}

#[test]
fn triggers_are_kept_in_their_fixed_order() {
    let e = Episode::new(
        at("2026-11-22T08:30"),
        0,
        1,
        Side::Left,
        "",
        &[Trigger::PoorSleep, Trigger::Exercise, Trigger::Stress],
    )
    .unwrap();
    assert_eq!(
        e.triggers,
        [Trigger::Exercise, Trigger::Stress, Trigger::PoorSleep]
    );
}

#[test]
fn ids_are_stable_and_read_back() {
    let sides: Vec<&str> = Side::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(sides, ["left", "right", "both"]);
    let triggers: Vec<&str> = Trigger::ALL.iter().map(|t| t.id()).collect();
    assert_eq!(triggers, ["exercise", "caffeine", "stress", "poor_sleep"]);
    for s in Side::ALL {
        assert_eq!(Side::from_id(s.id()), Some(s));
    }
    for t in Trigger::ALL {
        assert_eq!(Trigger::from_id(t.id()), Some(t));
    }
    assert_eq!(Side::from_id("Left"), None);
    assert_eq!(Trigger::from_id("poor sleep"), None);
}

#[test]
fn the_diary_stays_in_time_order() {
    let mut d = Diary::new();
    assert_eq!(d.add(episode("2026-11-22T08:30")).unwrap(), 0);
    assert_eq!(d.add(episode("2026-11-20T08:30")).unwrap(), 0);
    assert_eq!(d.add(episode("2026-11-21T23:59")).unwrap(), 1);
    // Same minute: after the one already there.
    let mut same = episode("2026-11-21T23:59");
    same.notes = "second".into();
    assert_eq!(d.add(same).unwrap(), 2);
    let times: Vec<String> = d.episodes().iter().map(|e| e.at.to_string()).collect();
    assert_eq!(
        times,
        [
            "2026-11-20T08:30",
            "2026-11-21T23:59",
            "2026-11-21T23:59",
            "2026-11-22T08:30"
        ]
    );
    assert_eq!(d.episodes()[2].notes, "second");
    assert_eq!(d.remove(9), None);
    assert_eq!(d.remove(0).unwrap().at.to_string(), "2026-11-20T08:30");
    assert_eq!(d.episodes().len(), 3);
}

#[test]
fn add_checks_episodes_changed_by_hand() {
    let mut d = Diary::new();
    let mut e = episode("2026-11-22T08:30");
    e.strength = 9;
    assert_eq!(d.add(e).unwrap_err().field(), "strength");
    let mut e = episode("2026-11-22T08:30");
    e.triggers = vec![Trigger::Caffeine, Trigger::Exercise];
    e.notes = "a\r\nb".into();
    d.add(e).unwrap();
    assert_eq!(
        d.episodes()[0].triggers,
        [Trigger::Exercise, Trigger::Caffeine]
    );
    assert_eq!(d.episodes()[0].notes, "ab");
    assert!(d.episodes().len() == 1);
}

#[test]
fn a_diary_holds_at_most_2000_episodes() {
    let mut d = Diary::new();
    for _ in 0..MAX_EPISODES {
        d.add(episode("2026-11-22T08:30")).unwrap();
    }
    let err = d.add(episode("2026-11-22T08:31")).unwrap_err();
    assert_eq!(err.field(), "diary");
    assert_eq!(
        err.to_string(),
        "diary: a diary holds at most 2000 episodes"
    );
    assert_eq!(d.episodes().len(), MAX_EPISODES);
}
