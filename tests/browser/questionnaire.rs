//! Moving through the questionnaire: start, continue, back, errors, change.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::driver::*;
use knee_triage::engine::{triage, Answer};
use knee_triage::knowledge::catalog::{text, Lang};
use knee_triage::knowledge::{keys, question, Level};
use knee_triage::ui::{AppProps, Opening};
use yew::Callback;

#[wasm_bindgen_test]
async fn start_page_shows_its_title_and_the_emergency_number_from_props() {
    let app = mount().await;
    assert_eq!(heading(&app.root), t("ui.start.title"));
    let banner = text_of(&get(&app.root, ".kt-banner__emergency"));
    assert_eq!(banner, t("ui.banner.emergency"));
    assert!(banner.contains(EMERGENCY_NUMBER), "banner: {banner:?}");
    let callout = text_of(&get(&app.root, ".kt-warning h2"));
    assert!(callout.contains(EMERGENCY_NUMBER), "callout: {callout:?}");
    let all = text_of(&app.root);
    assert!(!all.contains("{emergency_number}"));
}

#[wasm_bindgen_test]
async fn clicks_made_before_the_checker_was_ready_are_carried_out() {
    let es = Lang::from_tag("es").unwrap();
    let app = mount_props(AppProps {
        lang: Lang::EN,
        emergency_number: EMERGENCY_NUMBER.into(),
        region: None,
        manage_title: false,
        clinic: None,
        on_result: Callback::noop(),
        storage_allowed: false,
        opening: Opening {
            lang: Some(es),
            start: true,
            ..Opening::default()
        },
        languages: Default::default(),
    })
    .await;
    let key = keys::question_title("emergency");
    let expected = text(es, &key);
    assert_eq!(heading(&app.root), expected);
    assert!(
        is_focused(&get(&app.root, "h1")),
        "the first question's heading has focus, as after a click"
    );
}

#[wasm_bindgen_test]
async fn continue_moves_to_the_next_question_and_focuses_its_heading() {
    let app = mount().await;
    press_start(&app.root).await;
    assert_eq!(heading(&app.root), t(&keys::question_title("emergency")));
    tick(&app.root, "emergency", "none").await;
    press_continue(&app.root).await;
    assert_eq!(heading(&app.root), t(&keys::question_title("duration")));
    assert!(
        is_focused(&get(&app.root, "h1")),
        "the new page's h1 should have focus"
    );
}

#[wasm_bindgen_test]
async fn back_returns_to_the_previous_page_with_its_answer_kept() {
    let app = mount().await;
    press_start(&app.root).await;
    tick(&app.root, "emergency", "none").await;
    press_continue(&app.root).await;
    let duration = t(&keys::question_title("duration"));
    assert_eq!(heading(&app.root), duration);
    tick(&app.root, "duration", "days_4_7").await;
    press_continue(&app.root).await;
    assert_ne!(
        heading(&app.root),
        duration,
        "Continue did not leave duration"
    );
    click_selector(&app.root, ".kt-back-link").await;
    assert_eq!(heading(&app.root), duration);
    let q = question("duration").unwrap();
    for ch in q.choices {
        assert_eq!(
            choice_input(&app.root, "duration", ch.id).checked(),
            ch.id == "days_4_7",
            "duration.{} after going back",
            ch.id
        );
    }
}

#[wasm_bindgen_test]
async fn continue_with_nothing_ticked_shows_a_focused_error_summary() {
    let app = mount().await;
    press_start(&app.root).await;
    let title = t(&keys::question_title("emergency"));
    press_continue(&app.root).await;
    assert_eq!(heading(&app.root), title, "an empty page must not be saved");
    let summary = get(&app.root, ".kt-error-summary");
    assert!(is_focused(&summary), "the error summary should have focus");
    assert!(text_of(&summary).contains(&t("ui.error.choose_many")));
    let group = get(&app.root, ".kt-form-group");
    assert!(
        has_class(&group, "kt-form-group--error"),
        "form group classes: {}",
        group.class_name()
    );

    tick(&app.root, "emergency", "none").await;
    press_continue(&app.root).await;
    assert_eq!(heading(&app.root), t(&keys::question_title("duration")));
    assert!(find(&app.root, ".kt-error-summary").is_none());
    assert!(find(&app.root, ".kt-form-group--error").is_none());
}

#[wasm_bindgen_test]
async fn a_number_that_is_not_a_number_is_refused_and_kept() {
    let answers = vignette(include_str!("../vignettes/V13.json"));
    let app = mount().await;
    let title = t(&keys::question_title("caffeine_cups"));
    answer_until(&app.root, &answers, &title).await;
    type_number(&app.root, "caffeine_cups", "abc").await;
    press_continue(&app.root).await;
    assert_eq!(heading(&app.root), title, "a bad number must not be saved");
    let message = t("ui.error.number_invalid");
    assert!(text_of(&get(&app.root, ".kt-error-summary")).contains(&message));
    assert!(text_of(&get(&app.root, ".kt-error-message")).contains(&message));
    assert_eq!(input(&app.root, "kt-caffeine_cups-value").value(), "abc");
}

#[wasm_bindgen_test]
async fn changing_an_answer_asks_new_questions_then_returns_to_check_answers() {
    let mut answers = vignette(include_str!("../vignettes/V13.json"));
    let app = mount().await;
    let check = t("ui.check.title");
    answer_until(&app.root, &answers, &check).await;

    let row = summary_row(&app.root, "medicines");
    click(&get(&row, ".kt-link-button")).await;
    assert_eq!(heading(&app.root), t(&keys::question_title("medicines")));
    assert!(
        choice_input(&app.root, "medicines", "none").checked(),
        "the saved answer should be shown"
    );
    tick(&app.root, "medicines", "diuretic").await;
    assert!(
        !choice_input(&app.root, "medicines", "none").checked(),
        "ticking a medicine should clear \"None of these\""
    );
    press_continue(&app.root).await;

    assert_eq!(
        heading(&app.root),
        t(&keys::question_title("medicine_change"))
    );
    tick(&app.root, "medicine_change", "yes").await;
    press_continue(&app.root).await;

    assert_eq!(heading(&app.root), check);
    let value = text_of(&get(
        &summary_row(&app.root, "medicines"),
        ".kt-summary-list__value",
    ));
    assert!(
        value.contains(&t(&keys::choice("medicines", "diuretic"))),
        "medicines row: {value:?}"
    );

    click_button(&app.root, &t("ui.check.submit")).await;
    answers
        .set("medicines", Answer::Many(vec!["diuretic"]))
        .unwrap();
    answers.set("medicine_change", Answer::One("yes")).unwrap();
    let level = triage(&answers).level;
    let shown = care_card_level(&app.root);
    assert_eq!(shown, level.id());
    assert_eq!(shown, Level::Routine.id());
}
