//! A minimal Yew app: one heading and a button, mounted on start.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[component]
fn App() -> Html {
    let clicks = use_state(|| 0u32);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_| clicks.set(*clicks + 1))
    };
    html! {
        <main>
            <h1>{ "Minimal Yew app" }</h1>
            <button {onclick}>{ format!("Start now ({})", *clicks) }</button>
        </main>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<App>::new().render();
}
