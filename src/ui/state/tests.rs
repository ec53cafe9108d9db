//! The reducer driven as a person would, natively: every step of the
//! questionnaire without a browser.

use super::*;

fn run(actions: Vec<Action>) -> State {
    let mut s = Rc::new(State::default());
    for a in actions {
        s = s.reduce(a);
    }
    (*s).clone()
}

#[test]
fn clicks_on_the_early_start_page_are_replayed_in_order() {
    let es = Lang::from_tag("es").expect("es catalog");
    let opening = Opening {
        lang: Some(es),
        start: true,
        ..Opening::default()
    };
    let s = run(opening.actions().collect());
    assert_eq!(s.lang, Some(es));
    assert_eq!(s.screen, Screen::Question(EMERGENCY_QUESTION));
    assert_eq!(Opening::default().actions().count(), 0);
}

/// The state after the early screens hand over `answers` and the ticks of
/// the page shown, once the person has pressed Start.
fn started_with(answers: Vec<Picked>, draft: Option<Picked>) -> State {
    let opening = Opening {
        start: true,
        answers,
        draft,
        ..Opening::default()
    };
    run(opening.actions().collect())
}

fn picked(question: &str, choices: &[&str]) -> Picked {
    let choices: Vec<String> = choices.iter().map(|c| c.to_string()).collect();
    Opening::picked(question, &choices).expect("a question with choices")
}

#[test]
fn answers_given_on_the_early_screens_carry_on_where_the_person_is() {
    let s = started_with(
        vec![
            picked("emergency", &["none"]),
            picked("duration", &["days_4_7"]),
        ],
        Some(picked("trend", &["worse"])),
    );
    assert_eq!(
        s.answers.get("emergency"),
        Some(&Answer::Many(vec!["none"]))
    );
    assert_eq!(s.answers.get("duration"), Some(&Answer::One("days_4_7")));
    assert_eq!(s.screen, Screen::Question("trend"));
    assert_eq!(s.draft, Draft::One("worse"));
    assert_eq!(s.progress(), Some(3));
}

#[test]
fn an_emergency_answered_early_opens_the_emergency_result() {
    let s = started_with(
        vec![picked("emergency", &["chest_pain", "breathing"])],
        None,
    );
    assert_eq!(s.screen, Screen::Result);
    assert!(crate::engine::has_emergency_sign(&s.answers));
}

#[test]
fn early_answers_out_of_order_or_unknown_change_nothing_they_should_not() {
    // The second question's answer before the emergency check's: it only
    // applies on its own page, so the person is still asked the emergency check.
    let s = started_with(
        vec![
            picked("duration", &["days_0_3"]),
            picked("emergency", &["none"]),
        ],
        None,
    );
    assert_eq!(s.screen, Screen::Question("duration"));
    assert_eq!(s.answers.get("duration"), None);
    // Unknown ids are dropped before they reach the state.
    assert_eq!(Opening::picked("no_such_question", &["x".into()]), None);
    assert_eq!(picked("emergency", &["made_up", "none"]).1, vec!["none"]);
    // "None of these" with a sign, which the early page never sends, is refused, not saved.
    let s = started_with(vec![picked("emergency", &["none", "chest_pain"])], None);
    assert_eq!(s.screen, Screen::Question("emergency"));
    assert_ne!(s.error, None);
}

#[test]
fn an_emergency_sign_goes_straight_to_the_result() {
    let s = run(vec![
        Action::Start,
        Action::Toggle("chest_pain"),
        Action::Continue,
    ]);
    assert_eq!(s.screen, Screen::Result);
}

#[test]
fn continue_without_an_answer_shows_an_error_and_stays() {
    let s = run(vec![Action::Start, Action::Continue]);
    assert_eq!(s.screen, Screen::Question("emergency"));
    assert_eq!(s.error, Some(PageError::NothingChosen));
}

#[test]
fn none_of_these_clears_other_boxes_and_the_reverse() {
    let s = run(vec![
        Action::Start,
        Action::Toggle("chest_pain"),
        Action::Toggle("none"),
    ]);
    assert_eq!(s.draft, Draft::Many(vec!["none"]));
    let s = run(vec![
        Action::Start,
        Action::Toggle("none"),
        Action::Toggle("breathing"),
    ]);
    assert_eq!(s.draft, Draft::Many(vec!["breathing"]));
}

#[test]
fn back_returns_to_the_previous_page_as_it_was_left() {
    let s = run(vec![
        Action::Start,
        Action::Toggle("none"),
        Action::Continue,
        Action::Choose("days_4_7"),
        Action::Continue,
        Action::Back,
    ]);
    assert_eq!(s.screen, Screen::Question("duration"));
    assert_eq!(s.draft, Draft::One("days_4_7"));
}

#[test]
fn a_typed_number_is_checked_and_kept_on_error() {
    let mut s = State {
        screen: Screen::Question("caffeine_cups"),
        ..State::default()
    };
    for (typed, error) in [
        ("lots", PageError::NotANumber),
        ("99", PageError::OutOfRange),
        ("-2", PageError::OutOfRange),
        ("", PageError::NothingChosen),
    ] {
        s.apply(Action::TypeNumber(typed.into()));
        s.apply(Action::Continue);
        assert_eq!(s.error, Some(error), "{typed}");
        assert_eq!(s.draft, Draft::Number(typed.into()));
    }
    s.apply(Action::TypeNumber(" 4 ".into()));
    s.apply(Action::Continue);
    assert_eq!(s.answers.get("caffeine_cups"), Some(&Answer::Number(4)));
}

#[test]
fn changing_an_answer_returns_to_check_answers_via_new_questions() {
    let mut s = State {
        answers: Answers::from_json(include_str!("../../../tests/vignettes/V13.json")).unwrap(),
        screen: Screen::CheckAnswers,
        ..State::default()
    };
    s.apply(Action::Change("medicines"));
    s.apply(Action::Toggle("none"));
    s.apply(Action::Toggle("diuretic"));
    s.apply(Action::Continue);
    // A newly relevant question is asked before going back.
    assert_eq!(s.screen, Screen::Question("medicine_change"));
    s.apply(Action::Choose("yes"));
    s.apply(Action::Continue);
    assert_eq!(s.screen, Screen::CheckAnswers);
    s.apply(Action::ShowResult);
    assert_eq!(s.screen, Screen::Result);
}

#[test]
fn the_result_is_not_shown_while_questions_are_open() {
    let s = run(vec![
        Action::Start,
        Action::Toggle("none"),
        Action::Continue,
        Action::ShowResult,
    ]);
    assert_ne!(s.screen, Screen::Result);
}

#[test]
fn a_chosen_language_survives_starting_again() {
    let s = run(vec![
        Action::SetLang(Lang::from_tag("es").expect("es catalog")),
        Action::Start,
        Action::StartAgain,
    ]);
    assert_eq!(s.lang, Some(Lang::from_tag("es").expect("es catalog")));
    assert_eq!(s.screen, Screen::Start);
}

#[test]
fn a_language_that_could_not_load_is_told_until_one_is_shown() {
    let es = Lang::from_tag("es").expect("es catalog");
    let s = run(vec![Action::Notify(Notice::LanguageUnavailable(es))]);
    assert_eq!(s.lang, None, "the language shown stays");
    assert_eq!(s.notice, Some(Notice::LanguageUnavailable(es)));
    // Tried again and loaded: the notice, in the language left, goes.
    let s = run(vec![
        Action::Notify(Notice::LanguageUnavailable(es)),
        Action::SetLang(es),
    ]);
    assert_eq!((s.lang, s.notice), (Some(es), None));
    // Any other notice stays.
    let s = run(vec![Action::Notify(Notice::Erased), Action::SetLang(es)]);
    assert_eq!(s.notice, Some(Notice::Erased));
}

#[test]
fn loaded_answers_open_where_the_person_can_carry_on() {
    let full = Answers::from_json(include_str!("../../../tests/vignettes/V13.json")).unwrap();
    let s = run(vec![Action::LoadAnswers(full)]);
    assert_eq!(s.screen, Screen::CheckAnswers);
    assert_eq!(s.notice, Some(Notice::Imported));
    let mut part = Answers::new();
    part.set("emergency", Answer::Many(vec!["none"])).unwrap();
    let s = run(vec![Action::LoadAnswers(part)]);
    assert_eq!(s.screen, Screen::Question("duration"));
}

#[test]
fn a_refused_file_leaves_the_answers_untouched() {
    let before = run(vec![
        Action::Start,
        Action::Toggle("none"),
        Action::Continue,
    ]);
    let problem = ImportProblem::from(Answers::from_json("{").unwrap_err());
    assert_eq!(problem.kind, ImportKind::NotJson);
    let after = Rc::new(before.clone()).reduce(Action::ImportRefused(problem));
    assert_eq!(after.answers, before.answers);
    assert_eq!(after.screen, before.screen);
    assert!(matches!(after.notice, Some(Notice::ImportRefused(_))));
}

#[test]
fn progress_counts_the_pages_reached_without_a_total() {
    let s = run(vec![Action::Start]);
    assert_eq!(s.progress(), Some(1));
    let s = run(vec![
        Action::Start,
        Action::Toggle("none"),
        Action::Continue,
    ]);
    assert!(matches!(s.screen, Screen::Question(_)));
    assert_eq!(s.progress(), Some(2));
    assert_eq!(run(vec![]).progress(), None);
}
