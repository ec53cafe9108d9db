//! The top of the result page: back, the heading and the care card.

use yew::prelude::*;

use crate::knowledge::Level;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::result::care_card::CareCard;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct ResultHeadingProps {
    pub level: Level,
    pub heading: NodeRef,
    pub on_back: Callback<()>,
}

/// Its own part because it is also what the loader shows at once for an
/// emergency answer given before the checker is ready (drawn by the build
/// from this component): the live result page then grows below it.
#[component]
pub fn ResultHeading(props: &ResultHeadingProps) -> Html {
    let w = use_words();
    html! {
        <>
            <BackLink on_back={props.on_back.clone()} />
            <h1 class="kt-heading-l" tabindex="-1" ref={props.heading.clone()}>{ w.get("ui.result.title") }</h1>
            <CareCard level={props.level} />
        </>
    }
}
