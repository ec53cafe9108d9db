//! The early screens as the loader builds them: the checker's own pages,
//! drawn natively by Yew's server renderer (`knee_triage::shell::prerender`),
//! turned into trees the loader makes into elements with `createElement`
//! and `textContent` only, so no attribute value or text is ever parsed as
//! markup in the page.
//!
//! Written to `src/shell/loader/early_screens.generated.js`. A tree is
//! `[tag, {attributes}, ...children]`, a child a tree, a text, or the index
//! of a part several screens share (`share`). In texts
//! and attributes "\u0001" stands for the emergency number the element
//! shows; an `href` of "\u0002" is that number's `tel:` link. The screens of
//! a regional wording ("en-GB") are kept only where they differ from its
//! language's.

use knee_triage::shell::prerender::{early_screens, question_after_none, NUMBER_STAND_IN};
use knee_triage_core::formats::json::{Map, Value};
use knee_triage_core::knowledge::{question, EMERGENCY_QUESTION};

/// Where the module is written, from the repository root.
pub const PATH: &str = "src/shell/loader/early_screens.generated.js";

/// Elements that never have content or an end tag.
const VOID: &[&str] = &["input", "br", "img", "hr", "meta", "link"];

/// What the loader leaves out of the early start page: the returning
/// visitor's section (open the diary, load saved answers) needs the checker
/// itself, and appears below "Start now" once it is ready.
const LEFT_OUT: &[(&str, &str)] = &[("section", "kt-section")];

#[derive(Debug, PartialEq)]
enum Node {
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
        children: Vec<Node>,
    },
    Text(String),
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Reads the server renderer's output: well-formed elements, quoted
/// attributes and escaped text, as Yew writes them. Anything else is an
/// error, so a change in Yew's output fails the generation, not a visitor.
fn parse(html: &str) -> Result<Vec<Node>, String> {
    let mut stack: Vec<Node> = vec![Node::Element {
        tag: String::new(),
        attrs: Vec::new(),
        children: Vec::new(),
    }];
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').ok_or("an end tag that does not close")?;
            let tag = &after[..end];
            rest = &after[end + 1..];
            let done = stack.pop().ok_or("more end tags than elements")?;
            match (&done, stack.last_mut()) {
                (Node::Element { tag: open, .. }, Some(Node::Element { children, .. }))
                    if open == tag =>
                {
                    children.push(done)
                }
                _ => return Err(format!("</{tag}> does not close the open element")),
            }
        } else if let Some(after) = rest.strip_prefix('<') {
            if after.starts_with("!--") {
                return Err("a comment: render with hydratable(false)".into());
            }
            let end = after.find('>').ok_or("a start tag that does not close")?;
            let inside = &after[..end];
            rest = &after[end + 1..];
            let (tag, mut attrs_text) = inside.split_once(' ').unwrap_or((inside, ""));
            let mut attrs = Vec::new();
            while !attrs_text.trim().is_empty() {
                let text = attrs_text.trim_start();
                let (name, after_name) = text
                    .split_once("=\"")
                    .ok_or("an attribute without a quoted value")?;
                let close = after_name
                    .find('"')
                    .ok_or("an attribute value that does not close")?;
                attrs.push((name.to_string(), unescape(&after_name[..close])));
                attrs_text = &after_name[close + 1..];
            }
            let node = Node::Element {
                tag: tag.to_string(),
                attrs,
                children: Vec::new(),
            };
            if VOID.contains(&tag) {
                if let Some(Node::Element { children, .. }) = stack.last_mut() {
                    children.push(node);
                }
            } else {
                stack.push(node);
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            if let Some(Node::Element { children, .. }) = stack.last_mut() {
                children.push(Node::Text(unescape(&rest[..end])));
            }
            rest = &rest[end..];
        }
    }
    match (stack.pop(), stack.is_empty()) {
        (Some(Node::Element { children, .. }), true) => Ok(children),
        _ => Err("an element left open".into()),
    }
}

fn class_of(attrs: &[(String, String)]) -> &str {
    attrs
        .iter()
        .find(|(n, _)| n == "class")
        .map_or("", |(_, v)| v.as_str())
}

/// The tree as the loader reads it, with the number's links marked.
fn to_value(node: &Node) -> Option<Value> {
    match node {
        Node::Text(text) => Some(Value::String(text.clone())),
        Node::Element {
            tag,
            attrs,
            children,
        } => {
            let class = class_of(attrs);
            if LEFT_OUT
                .iter()
                .any(|(t, c)| t == tag && class.split(' ').any(|x| x == *c))
            {
                return None;
            }
            let mut map = Map::new();
            for (name, value) in attrs {
                // Every tel: link the components draw is the number's own.
                let value = if name == "href" && value == "tel:" {
                    "\u{2}".to_string()
                } else {
                    value.clone()
                };
                map.insert(name.clone(), Value::String(value));
            }
            let mut items = vec![Value::String(tag.clone()), Value::Object(map)];
            items.extend(children.iter().filter_map(to_value));
            Some(Value::Array(items))
        }
    }
}

/// Every screen of every wording, keyed by wording then by screen, and
/// their titles the same way.
pub fn screens() -> (Value, Value) {
    let mut all: Vec<(&'static str, Map, Map)> = Vec::new();
    for screen in early_screens() {
        let nodes = parse(&screen.html)
            .unwrap_or_else(|e| panic!("{} {}: {e}", screen.wording, screen.name));
        let [root] = nodes.as_slice() else {
            panic!(
                "{} {}: one root element expected",
                screen.wording, screen.name
            );
        };
        let tree = to_value(root).expect("the root is never left out");
        let title = Value::String(screen.title);
        let base = screen.wording.split('-').next().unwrap_or(screen.wording);
        let in_base = all.iter().find(|(tag, _, _)| *tag == base);
        let same_tree = in_base.and_then(|(_, trees, _)| trees.get(&screen.name)) == Some(&tree);
        let same_title =
            in_base.and_then(|(_, _, titles)| titles.get(&screen.name)) == Some(&title);
        let regional = base != screen.wording;
        let at = match all.iter().position(|(tag, _, _)| *tag == screen.wording) {
            Some(at) => at,
            None => {
                all.push((screen.wording, Map::new(), Map::new()));
                all.len() - 1
            }
        };
        let (_, trees, titles) = &mut all[at];
        if !(regional && same_tree) {
            trees.insert(screen.name.clone(), tree);
        }
        if !(regional && same_title) {
            titles.insert(screen.name, title);
        }
    }
    let keep = |maps: Vec<(&str, &Map)>| {
        Value::Object(
            maps.into_iter()
                .filter(|(_, map)| !map.is_empty())
                .map(|(tag, map)| (tag.to_string(), Value::Object(map.clone())))
                .collect(),
        )
    };
    (
        keep(all.iter().map(|(tag, trees, _)| (*tag, trees)).collect()),
        keep(all.iter().map(|(tag, _, titles)| (*tag, titles)).collect()),
    )
}

/// Parts shared between screens (the banner, a question's choices, the
/// language switch...), each written once: a tree that occurs twice or more
/// and is not tiny becomes an index into the returned list, which the
/// loader builds as that tree. The standalone file carries the screens
/// uncompressed, so every repeat saved there is a byte saved on disk.
fn share(screens: &Value) -> (Value, Vec<Value>) {
    fn count(v: &Value, seen: &mut Vec<(String, usize)>) {
        if let Value::Array(items) = v {
            let key = v.to_string();
            match seen.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => *n += 1,
                None => seen.push((key, 1)),
            }
            items.iter().skip(2).for_each(|c| count(c, seen));
        }
    }
    fn rewrite(v: &Value, seen: &[(String, usize)], shared: &mut Vec<(String, Value)>) -> Value {
        let Value::Array(items) = v else {
            return v.clone();
        };
        let key = v.to_string();
        let repeated = seen.iter().any(|(k, n)| *k == key && *n > 1) && key.len() >= 40;
        if repeated {
            if let Some(at) = shared.iter().position(|(k, _)| *k == key) {
                return Value::from(at as u64);
            }
        }
        let mut out = items[..2.min(items.len())].to_vec();
        out.extend(items.iter().skip(2).map(|c| rewrite(c, seen, shared)));
        let out = Value::Array(out);
        if repeated {
            shared.push((key, out));
            return Value::from((shared.len() - 1) as u64);
        }
        out
    }
    let mut seen = Vec::new();
    let all = || screens.as_object().into_iter().flat_map(|w| w.iter());
    for (_, by_name) in all() {
        by_name
            .as_object()
            .into_iter()
            .flat_map(|m| m.iter())
            .for_each(|(_, tree)| count(tree, &mut seen));
    }
    let mut shared = Vec::new();
    let rewritten = all()
        .map(|(wording, by_name)| {
            let screens = by_name
                .as_object()
                .into_iter()
                .flat_map(|m| m.iter())
                .map(|(name, tree)| (name.clone(), rewrite(tree, &seen, &mut shared)))
                .collect();
            (wording.clone(), Value::Object(screens))
        })
        .collect();
    (
        Value::Object(rewritten),
        shared.into_iter().map(|(_, v)| v).collect(),
    )
}

/// The whole module.
pub fn module() -> String {
    assert_eq!(NUMBER_STAND_IN, "\u{1}", "the loader fills in \\u0001");
    let header = crate::header(
        "early_screens.rs",
        "the ui's components (src/ui), drawn by Yew's server renderer in src/shell/prerender.rs",
        &[
            "The screens the loader shows before the WebAssembly is ready: the start page,",
            "the emergency check and the question after it (each also as after \"Continue\"",
            "with nothing chosen), and the top of the emergency result. A tree is",
            "[tag, {attributes}, ...children]; \"\\u0001\" is the emergency number, an href",
            "of \"\\u0002\" its tel: link. A region's wording only where it differs.",
        ],
    );
    let second = question_after_none().unwrap_or_default();
    let questions: Map = [EMERGENCY_QUESTION, second]
        .into_iter()
        .filter_map(question)
        .map(|q| {
            let exclusive = q
                .choices
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| Value::String(c.id.to_string()))
                .collect();
            (q.id.to_string(), Value::Array(exclusive))
        })
        .collect();
    let (trees, titles) = screens();
    let (screens, shared) = share(&trees);
    format!(
        "{header}\nexport const EARLY_SCREENS = {};\n\n\
         /** The parts several screens share; a number in a tree is an index here. */\n\
         export const SHARED_PARTS = {};\n\n\
         /** Each screen's title for the browser tab, on a page of the checker's own (`manage-title`). */\n\
         export const EARLY_TITLES = {};\n\n\
         /** The emergency check, always asked first. */\n\
         export const EMERGENCY_QUESTION = {EMERGENCY_QUESTION:?};\n\n\
         /** The question after \"None of these\" in the emergency check. */\n\
         export const SECOND_QUESTION = {:?};\n\n\
         /** The early questions' exclusive choices (\"None of these\"): ticking one clears the others. */\n\
         export const EXCLUSIVE_CHOICES = {};\n",
        screens,
        Value::Array(shared),
        titles,
        second,
        Value::Object(questions)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yews_markup_is_read_back_whole() {
        let nodes = parse(r#"<div class="a"><input type="radio" id="x"><label for="x">A &amp; B &lt;</label></div>"#)
            .expect("reads");
        let [Node::Element { tag, children, .. }] = nodes.as_slice() else {
            panic!("one element: {nodes:?}");
        };
        assert_eq!(tag, "div");
        assert_eq!(children.len(), 2);
        assert!(
            matches!(&children[1], Node::Element { children, .. } if children == &[Node::Text("A & B <".into())])
        );
        assert!(parse("<div><p></div>").is_err());
        assert!(parse("<div>").is_err());
        assert!(parse("<!--<[x]>--><div></div>").is_err());
    }

    #[test]
    fn every_language_has_every_early_screen() {
        let (all, titles) = screens();
        assert!(titles.get("en").and_then(|t| t.get("emergency")).is_some());
        let all = all.as_object().expect("an object");
        for tag in ["en", "es"] {
            let screens = all.get(tag).and_then(Value::as_object).expect(tag);
            for name in ["start", "emergency", "emergency-error", "emergency-result"] {
                assert!(screens.get(name).is_some(), "{tag} {name}");
            }
        }
    }
}
