//! Drives the real app the way a person does: mounting it, finding what is
//! on screen, clicking, ticking and typing, and answering a whole vignette.

use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, EventInit, HtmlElement, HtmlInputElement, InputEvent, InputEventInit};

use knee_triage::engine::{triage, Answer, Answers};
use knee_triage::knowledge::catalog::{text, Lang};
use knee_triage::knowledge::{keys, Level, Question, QUESTIONS};
use knee_triage::ui::{App, AppProps, Clinic, Opening};
use yew::Callback;

/// The emergency number the tests mount the app with.
pub(crate) const EMERGENCY_NUMBER: &str = "999";

/// The app mounted into a fresh `<div>` of its own; unmounted on drop.
pub(crate) struct Mounted {
    pub(crate) root: Element,
    pub(crate) handle: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

pub(crate) fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Renders the app and waits for its first render.
pub(crate) async fn mount() -> Mounted {
    mount_with(None, Callback::noop()).await
}

/// Renders the app with a clinic and a result callback.
pub(crate) async fn mount_with(clinic: Option<Clinic>, on_result: Callback<Level>) -> Mounted {
    mount_props(AppProps {
        lang: Lang::EN,
        emergency_number: EMERGENCY_NUMBER.into(),
        region: None,
        manage_title: false,
        clinic,
        on_result,
        storage_allowed: false,
        opening: Opening::default(),
        languages: Default::default(),
    })
    .await
}

pub(crate) async fn mount_props(props: AppProps) -> Mounted {
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
pub(crate) async fn settle() {
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
pub(crate) fn t(key: &str) -> String {
    text(Lang::EN, key).replace("{emergency_number}", EMERGENCY_NUMBER)
}

pub(crate) fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

pub(crate) fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("no element matches `{selector}`"))
}

pub(crate) fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

pub(crate) fn text_of(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

pub(crate) fn has_class(el: &Element, class: &str) -> bool {
    el.class_name().split_whitespace().any(|c| c == class)
}

pub(crate) fn heading(root: &Element) -> String {
    text_of(&get(root, "h1"))
}

pub(crate) fn is_focused(el: &Element) -> bool {
    document()
        .active_element()
        .is_some_and(|active| active.is_same_node(Some(el)))
}

pub(crate) fn input(root: &Element, id: &str) -> HtmlInputElement {
    get(root, &format!("#{id}")).dyn_into().unwrap()
}

pub(crate) fn choice_input(root: &Element, q: &str, c: &str) -> HtmlInputElement {
    input(root, &format!("kt-{q}-{c}"))
}

pub(crate) async fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
    settle().await;
}

pub(crate) async fn click_selector(root: &Element, selector: &str) {
    click(&get(root, selector)).await;
}

/// The button whose visible text is exactly this catalog text.
pub(crate) async fn click_button(root: &Element, label: &str) {
    let button = find_all(root, "button")
        .into_iter()
        .find(|b| text_of(b) == label)
        .unwrap_or_else(|| panic!("no button labelled {label:?}"));
    click(&button).await;
}

/// Sets a radio or checkbox the way a click does: flip it, then `change`.
pub(crate) async fn set_checked(root: &Element, q: &str, c: &str, on: bool) {
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

pub(crate) async fn tick(root: &Element, q: &str, c: &str) {
    set_checked(root, q, c, true).await;
    assert!(
        choice_input(root, q, c).checked(),
        "{q}.{c} did not stay ticked"
    );
}

/// Types into the number box: set the value, then an `input` event.
pub(crate) async fn type_number(root: &Element, q: &str, typed: &str) {
    let field = input(root, &format!("kt-{q}-value"));
    field.set_value(typed);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    init.set_data(Some(typed));
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&event).unwrap();
    settle().await;
}

pub(crate) async fn press_continue(root: &Element) {
    click_selector(root, "form button[type=submit]").await;
}

pub(crate) async fn press_start(root: &Element) {
    click_selector(root, ".kt-button--start").await;
}

/// The question whose catalog title is on screen, if any.
pub(crate) fn question_on_screen(root: &Element) -> Option<&'static Question> {
    let h1 = heading(root);
    QUESTIONS
        .iter()
        .find(|q| t(&keys::question_title(q.id)) == h1)
}

/// Fills the page of question `q` with `answer` (does not press Continue).
pub(crate) async fn fill(root: &Element, q: &Question, answer: &Answer) {
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
pub(crate) async fn answer_until(root: &Element, answers: &Answers, until: &str) {
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

pub(crate) fn vignette(json: &str) -> Answers {
    Answers::from_json(json).expect("vignette parses")
}

/// The one care card on screen and the level its class names.
pub(crate) fn care_card_level(root: &Element) -> String {
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
pub(crate) async fn run_vignette(json: &str) -> String {
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
pub(crate) fn summary_row(root: &Element, q: &str) -> Element {
    let key = t(&keys::question_short(q));
    find_all(root, "dl.kt-summary-list .kt-summary-list__row")
        .into_iter()
        .find(|row| text_of(&get(row, ".kt-summary-list__key")) == key)
        .unwrap_or_else(|| panic!("no check-answers row for `{q}`"))
}
