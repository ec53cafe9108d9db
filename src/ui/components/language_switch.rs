//! The visible switch between languages on the start page.
//!
//! Each language is named in itself ("Español"), and carries its own `lang`
//! so a screen reader pronounces it correctly. The names come with the
//! wasm (`Lang::name`), so a language is offered before its text is
//! downloaded; `on_switch` fetches it first when needed.

use yew::prelude::*;

use crate::knowledge::catalog::Lang;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub on_switch: Callback<Lang>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let w = use_words();
    let items = Lang::all().map(|lang| {
        let name = lang.name();
        if lang == w.lang {
            html! { <li><span class="kt-language-switch__current" aria-current="true" lang={lang.tag()}>{ name }</span></li> }
        } else {
            let onclick = props.on_switch.reform(move |_: MouseEvent| lang);
            html! { <li><button type="button" class="kt-link-button" lang={lang.tag()} {onclick}>{ name }</button></li> }
        }
    });
    html! {
        <nav class="kt-language-switch" aria-label={w.get("ui.language.label")}>
            <ul class="kt-language-switch__list">{ for items }</ul>
        </nav>
    }
}
