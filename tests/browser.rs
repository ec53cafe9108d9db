//! In-browser component tests: the real Yew app, rendered into a real DOM
//! and driven the way a person would, by clicking and typing.
//!
//! Run with:
//!   CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser
//!
//! Expected text is always read from the English catalog and expected levels
//! are always computed by the native engine, so a wording change or a new
//! rule never needs this file to change.
#![cfg(target_arch = "wasm32")]

use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, EventInit, HtmlElement, HtmlInputElement, InputEvent, InputEventInit};

use knee_triage::engine::{triage, Answer, Answers};
use knee_triage::knowledge::catalog::{text, Lang};
use knee_triage::knowledge::{keys, question, Level, Question, QUESTIONS};
use knee_triage::ui::{App, AppProps, Clinic, Opening};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

const EMERGENCY_NUMBER: &str = "999";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The app mounted into a fresh `<div>` of its own; unmounted on drop.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Renders the app and waits for its first render.
async fn mount() -> Mounted {
    mount_with(None, Callback::noop()).await
}

/// Renders the app with a clinic and a result callback.
async fn mount_with(clinic: Option<Clinic>, on_result: Callback<Level>) -> Mounted {
    mount_props(AppProps {
        lang: Lang::EN,
        emergency_number: EMERGENCY_NUMBER.into(),
        manage_title: false,
        clinic,
        on_result,
        storage_allowed: false,
        opening: Opening::default(),
    })
    .await
}

async fn mount_props(props: AppProps) -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Mounted {
        root,
        handle: Some(handle),
    }
}

/// Lets Yew run its scheduled renders and effects (a few macrotask turns).
async fn settle() {
    for _ in 0..3 {
        let tick = Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        JsFuture::from(tick).await.unwrap();
    }
}

/// Catalog text as the app shows it (with the emergency number filled in).
fn t(key: &str) -> String {
    text(Lang::EN, key).replace("{emergency_number}", EMERGENCY_NUMBER)
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("no element matches `{selector}`"))
}

fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn text_of(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

fn has_class(el: &Element, class: &str) -> bool {
    el.class_name().split_whitespace().any(|c| c == class)
}

fn heading(root: &Element) -> String {
    text_of(&get(root, "h1"))
}

fn is_focused(el: &Element) -> bool {
    document()
        .active_element()
        .is_some_and(|active| active.is_same_node(Some(el)))
}

fn input(root: &Element, id: &str) -> HtmlInputElement {
    get(root, &format!("#{id}")).dyn_into().unwrap()
}

fn choice_input(root: &Element, q: &str, c: &str) -> HtmlInputElement {
    input(root, &format!("kt-{q}-{c}"))
}

async fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
    settle().await;
}

async fn click_selector(root: &Element, selector: &str) {
    click(&get(root, selector)).await;
}

/// The button whose visible text is exactly this catalog text.
async fn click_button(root: &Element, label: &str) {
    let button = find_all(root, "button")
        .into_iter()
        .find(|b| text_of(b) == label)
        .unwrap_or_else(|| panic!("no button labelled {label:?}"));
    click(&button).await;
}

/// Sets a radio or checkbox the way a click does: flip it, then `change`.
async fn set_checked(root: &Element, q: &str, c: &str, on: bool) {
    let box_ = choice_input(root, q, c);
    if box_.checked() == on {
        return;
    }
    box_.set_checked(on);
    let init = EventInit::new();
    init.set_bubbles(true);
    let change = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    box_.dispatch_event(&change).unwrap();
    settle().await;
}

async fn tick(root: &Element, q: &str, c: &str) {
    set_checked(root, q, c, true).await;
    assert!(
        choice_input(root, q, c).checked(),
        "{q}.{c} did not stay ticked"
    );
}

/// Types into the number box: set the value, then an `input` event.
async fn type_number(root: &Element, q: &str, typed: &str) {
    let field = input(root, &format!("kt-{q}-value"));
    field.set_value(typed);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    init.set_data(Some(typed));
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&event).unwrap();
    settle().await;
}

async fn press_continue(root: &Element) {
    click_selector(root, "form button[type=submit]").await;
}

async fn press_start(root: &Element) {
    click_selector(root, ".kt-button--start").await;
}

/// The question whose catalog title is on screen, if any.
fn question_on_screen(root: &Element) -> Option<&'static Question> {
    let h1 = heading(root);
    QUESTIONS
        .iter()
        .find(|q| t(&keys::question_title(q.id)) == h1)
}

/// Fills the page of question `q` with `answer` (does not press Continue).
async fn fill(root: &Element, q: &Question, answer: &Answer) {
    match answer {
        Answer::One(c) => tick(root, q.id, c).await,
        Answer::Many(cs) => {
            for ch in q.choices {
                if !cs.contains(&ch.id) {
                    set_checked(root, q.id, ch.id, false).await;
                }
            }
            for c in cs {
                tick(root, q.id, c).await;
            }
        }
        Answer::Number(n) => type_number(root, q.id, &n.to_string()).await,
    }
}

/// From the start page, answers every page from `answers` until the heading
/// reads `until`; panics on a page that is not a question or on no progress.
async fn answer_until(root: &Element, answers: &Answers, until: &str) {
    if find(root, ".kt-button--start").is_some() {
        press_start(root).await;
    }
    for _ in 0..=QUESTIONS.len() {
        let h1 = heading(root);
        if h1 == until {
            return;
        }
        let q = question_on_screen(root)
            .unwrap_or_else(|| panic!("heading {h1:?} is not a question, nor {until:?}"));
        let answer = answers
            .get(q.id)
            .unwrap_or_else(|| panic!("the answers have nothing for `{}`", q.id));
        fill(root, q, answer).await;
        press_continue(root).await;
        assert!(
            find(root, ".kt-error-summary").is_none(),
            "answering `{}` with {answer:?} showed an error",
            q.id
        );
        assert_ne!(heading(root), h1, "Continue did not leave `{}`", q.id);
    }
    panic!("never reached {until:?}");
}

fn vignette(json: &str) -> Answers {
    Answers::from_json(json).expect("vignette parses")
}

/// The one care card on screen and the level its class names.
fn care_card_level(root: &Element) -> String {
    let cards = find_all(root, ".kt-care-card");
    assert_eq!(cards.len(), 1, "expected exactly one care card");
    let levels: Vec<&str> = Level::ALL
        .iter()
        .map(|l| l.id())
        .filter(|id| has_class(&cards[0], &format!("kt-care-card--{id}")))
        .collect();
    assert_eq!(
        levels.len(),
        1,
        "care card classes: {}",
        cards[0].class_name()
    );
    levels[0].to_string()
}

/// Answers every question of a vignette, asks for the result and checks the
/// care card against the native engine.
async fn run_vignette(json: &str) -> String {
    let answers = vignette(json);
    let app = mount().await;
    answer_until(&app.root, &answers, &t("ui.check.title")).await;
    click_button(&app.root, &t("ui.check.submit")).await;
    assert_eq!(heading(&app.root), t("ui.result.title"));
    let shown = care_card_level(&app.root);
    let level = triage(&answers).level;
    assert_eq!(shown, level.id());
    let card = get(&app.root, ".kt-care-card__heading");
    assert!(text_of(&card).contains(&t(&keys::level_title(level))));
    shown
}

/// The check-answers row for a question, found by its short name.
fn summary_row(root: &Element, q: &str) -> Element {
    let key = t(&keys::question_short(q));
    find_all(root, "dl.kt-summary-list .kt-summary-list__row")
        .into_iter()
        .find(|row| text_of(&get(row, ".kt-summary-list__key")) == key)
        .unwrap_or_else(|| panic!("no check-answers row for `{q}`"))
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

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
        manage_title: false,
        clinic: None,
        on_result: Callback::noop(),
        storage_allowed: false,
        opening: Opening {
            lang: Some(es),
            start: true,
        },
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
    let answers = vignette(include_str!("vignettes/V13.json"));
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
async fn vignette_v13_gets_self_care() {
    let level = run_vignette(include_str!("vignettes/V13.json")).await;
    assert_eq!(level, Level::SelfCare.id());
}

#[wasm_bindgen_test]
async fn vignette_v05_gets_urgent() {
    let level = run_vignette(include_str!("vignettes/V05.json")).await;
    assert_eq!(level, Level::Urgent.id());
}

#[wasm_bindgen_test]
async fn vignette_v12_gets_routine() {
    let level = run_vignette(include_str!("vignettes/V12.json")).await;
    assert_eq!(level, Level::Routine.id());
}

#[wasm_bindgen_test]
async fn changing_an_answer_asks_new_questions_then_returns_to_check_answers() {
    let mut answers = vignette(include_str!("vignettes/V13.json"));
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
    let answers = vignette(include_str!("vignettes/V12.json"));
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
