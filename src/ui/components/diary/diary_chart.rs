//! Episodes per day as a small inline SVG bar chart (no chart library).
//!
//! The chart is an image with the same text summary as its name, so a
//! screen reader hears "12 episodes in the last 14 days, rising".

use yew::prelude::*;

use crate::formats::diary::date_of_day_number;

#[derive(Properties, PartialEq)]
pub struct DiaryChartProps {
    /// Counts per day, oldest first, ending today.
    pub per_day: Vec<u32>,
    pub today: i32,
    pub label: AttrValue,
}

fn short_date(day: i32) -> String {
    date_of_day_number(day).map_or_else(String::new, |(_, m, d)| format!("{d}/{m}"))
}

/// Drawing width in the chart's own units, whatever the number of days, so
/// the chart keeps one shape and its text one size relative to the bars.
const WIDTH: u32 = 300;
const HEIGHT: u32 = 60;

#[component]
pub fn DiaryChart(props: &DiaryChartProps) -> Html {
    let n = props.per_day.len() as u32;
    let bar = WIDTH / n.max(1);
    let width = n.max(1) * bar;
    let top = props.per_day.iter().copied().max().unwrap_or(0).max(1);
    let bars = props.per_day.iter().enumerate().filter(|(_, c)| **c > 0).map(|(i, count)| {
        let h = (count * (HEIGHT - 12)).div_ceil(top).max(2);
        let x = i as u32 * bar + 1;
        html! {
            <>
                <rect class="kt-chart__bar" x={x.to_string()} y={(HEIGHT - h).to_string()} width={(bar - 2).to_string()} height={h.to_string()} />
                <text class="kt-chart__count" x={(x + (bar - 2) / 2).to_string()} y={(HEIGHT - h - 2).to_string()} text-anchor="middle">{ count }</text>
            </>
        }
    });
    let first = props.today - n as i32 + 1;
    // Scaled evenly (no `preserveAspectRatio="none"`), so the numbers and
    // dates are never stretched sideways on a wide screen.
    html! {
        <figure class="kt-chart">
            <svg class="kt-chart__svg" viewBox={format!("0 0 {width} {}", HEIGHT + 14)} role="img" aria-label={props.label.clone()}>
                <line class="kt-chart__axis" x1="0" y1={HEIGHT.to_string()} x2={width.to_string()} y2={HEIGHT.to_string()} />
                { for bars }
                <text class="kt-chart__date" x="0" y={(HEIGHT + 12).to_string()}>{ short_date(first) }</text>
                <text class="kt-chart__date" x={width.to_string()} y={(HEIGHT + 12).to_string()} text-anchor="end">{ short_date(props.today) }</text>
            </svg>
        </figure>
    }
}
