//! Episodes per day as a small inline SVG bar chart (no chart library).
//!
//! The chart is an image with the same text summary as its name, so a
//! screen reader hears "12 episodes in the last 14 days, rising", and a
//! caption with what the picture shows besides: the days it covers and
//! its scale. Seen, it has a scale (0 and the most in a day, with a line
//! at the most), each bar's count, and today's bar marked and labelled,
//! so a person can tell where "now" is without counting bars.
//!
//! The days under it are HTML `<time>`s in the locale's short date
//! ("Nov 18", "18 nov"): month names, so no one reads 1/12 as 12 January.

use yew::prelude::*;

use crate::ui::dates::{use_dates, with_date};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct DiaryChartProps {
    /// Counts per day, oldest first, ending today.
    pub per_day: Vec<u32>,
    pub today: i32,
    pub label: AttrValue,
}

/// Drawing width in the chart's own units, whatever the number of days, so
/// the chart keeps one shape and its text one size relative to the bars.
/// The scale's numbers take the left `LEFT` units (6.25 %, which
/// `.kt-chart__dates` in diary_chart.css indents by to line up with it).
/// All in tenths of a unit, as integers: formatting floats added 8.6 KB
/// of gzipped wasm (measured) for nothing the drawing needs.
const WIDTH: i64 = 3200;
const LEFT: i64 = 200;
/// The plot's right end, short of the edge so today's dashed outline and
/// its label are not cut off.
const RIGHT: i64 = WIDTH - 20;
/// The baseline, and the top of the tallest bar: room above it for its
/// count, and above that for the "Today" label.
const BASE: i64 = 800;
const TOP: i64 = 280;

/// A coordinate in tenths, written in units ("123.4").
fn at(tenths: i64) -> String {
    format!("{}.{}", tenths.div_euclid(10), tenths.rem_euclid(10))
}

#[component]
pub fn DiaryChart(props: &DiaryChartProps) -> Html {
    let w = use_words();
    let dates = use_dates();
    let n = props.per_day.len().max(1);
    let days = i64::try_from(n).unwrap_or(1);
    // Where day `i`'s slot starts; the last one ends exactly at `RIGHT`.
    let slot_at = |i: i64| LEFT + i * (RIGHT - LEFT) / days;
    let top = props.per_day.iter().copied().max().unwrap_or(0).max(1);
    let bars = (0..days).zip(&props.per_day).filter(|(_, c)| **c > 0).map(|(i, count)| {
        let h = (i64::from(*count) * (BASE - TOP) / i64::from(top)).max(20);
        let (x, width) = (slot_at(i) + 10, slot_at(i + 1) - slot_at(i) - 20);
        html! {
            <>
                <rect class="kt-chart__bar" x={at(x)} y={at(BASE - h)} width={at(width)} height={at(h)} />
                <text class="kt-chart__count" x={at(x + width / 2)} y={at(BASE - h - 30)} text-anchor="middle">{ dates.number(*count) }</text>
            </>
        }
    });
    let first = props.today - i32::try_from(days).unwrap_or(1) + 1;
    let (today_x, today_width) = (slot_at(days - 1), RIGHT - slot_at(days - 1));
    let max = dates.number(top);
    let caption = w.fill("ui.diary.chart_scale", &[("max", &max)]);
    let caption = {
        let (before, rest) = caption.split_once("{first}").unwrap_or((&caption, ""));
        html! {
            <>
                { before.to_string() }
                { dates.day(first) }
                { with_date(rest, "{today}", dates.day(props.today)) }
            </>
        }
    };
    // Scaled evenly (no `preserveAspectRatio="none"`), so the numbers and
    // dates are never stretched sideways on a wide screen.
    html! {
        <figure class="kt-chart">
            <svg class="kt-chart__svg" viewBox={format!("0 0 {} {}", at(WIDTH), at(BASE + 20))} role="img" aria-label={props.label.clone()}>
                <rect class="kt-chart__today" x={at(today_x)} y="14" width={at(today_width)} height={at(BASE - 140)} />
                <text class="kt-chart__today-label" x={at(RIGHT)} y="10" text-anchor="end">{ w.get("ui.diary.today") }</text>
                <line class="kt-chart__grid" x1={at(LEFT)} y1={at(TOP)} x2={at(RIGHT)} y2={at(TOP)} />
                <line class="kt-chart__axis" x1={at(LEFT)} y1={at(BASE)} x2={at(RIGHT)} y2={at(BASE)} />
                <text class="kt-chart__scale" x={at(LEFT - 40)} y={at(TOP + 40)} text-anchor="end">{ max.clone() }</text>
                <text class="kt-chart__scale" x={at(LEFT - 40)} y={at(BASE)} text-anchor="end">{ dates.number(0) }</text>
                { for bars }
            </svg>
            // Shown under the bars; the caption says the same to a screen reader.
            <div class="kt-chart__dates" aria-hidden="true">
                { dates.day(first) }
                { dates.day(props.today) }
            </div>
            <figcaption class="kt-visually-hidden">{ caption }</figcaption>
        </figure>
    }
}
