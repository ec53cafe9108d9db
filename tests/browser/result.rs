//! What the result page shows for whole cases, checked against the native engine.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::driver::*;
use knee_triage::knowledge::Level;
use knee_triage::ui::Clinic;
use yew::Callback;

#[wasm_bindgen_test]
async fn vignette_v13_gets_self_care() {
    let level = run_vignette(include_str!("../vignettes/V13.json")).await;
    assert_eq!(level, Level::SelfCare.id());
}

#[wasm_bindgen_test]
async fn vignette_v05_gets_urgent() {
    let level = run_vignette(include_str!("../vignettes/V05.json")).await;
    assert_eq!(level, Level::Urgent.id());
}

#[wasm_bindgen_test]
async fn vignette_v12_gets_routine() {
    let level = run_vignette(include_str!("../vignettes/V12.json")).await;
    assert_eq!(level, Level::Routine.id());
}

#[wasm_bindgen_test]
async fn an_emergency_sign_goes_straight_to_the_emergency_result() {
    let app = mount().await;
    press_start(&app.root).await;
    tick(&app.root, "emergency", "chest_pain").await;
    press_continue(&app.root).await;
    assert_eq!(heading(&app.root), t("ui.result.title"));
    assert_eq!(care_card_level(&app.root), Level::Emergency.id());
    let card = text_of(&get(&app.root, ".kt-care-card"));
    assert!(card.contains(EMERGENCY_NUMBER), "care card: {card:?}");
}

#[wasm_bindgen_test]
async fn the_result_reports_its_level_and_shows_the_clinic() {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let on_result = {
        let seen = seen.clone();
        Callback::from(move |level: Level| seen.borrow_mut().push(level))
    };
    let clinic = Clinic {
        name: Some("<b>Riverside</b> Clinic".into()),
        phone: Some("+1 555 0100".into()),
        booking_url: Some("https://clinic.example/book".into()),
    };
    let app = mount_with(Some(clinic), on_result).await;
    assert!(seen.borrow().is_empty(), "no result before the questions");
    let answers = vignette(include_str!("../vignettes/V12.json"));
    answer_until(&app.root, &answers, &t("ui.check.title")).await;
    click_button(&app.root, &t("ui.check.submit")).await;
    assert_eq!(*seen.borrow(), vec![Level::Routine]);
    let card = text_of(&get(&app.root, ".kt-clinic"));
    // The name is text, never markup.
    assert!(
        card.contains("<b>Riverside</b> Clinic"),
        "clinic card: {card:?}"
    );
    assert!(find(&app.root, ".kt-clinic b").is_none());
    let booking = get(&app.root, ".kt-clinic a[href^='https://']");
    assert_eq!(
        booking.get_attribute("href").as_deref(),
        Some("https://clinic.example/book")
    );
    assert!(find(&app.root, ".kt-clinic a[href='tel:+15550100']").is_some());
}
