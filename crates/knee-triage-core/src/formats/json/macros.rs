//! `json!`, for writing a document the way it reads, as with `serde_json`.

/// Builds a [`Value`](crate::formats::json::Value) from JSON-like syntax: `json!({ "a": [1, x], "b": null })`.
/// Keys are string literals; values are `null`, nested `{}`/`[]`, or any
/// expression that converts into a `Value`.
#[macro_export]
macro_rules! json {
    (null) => { $crate::formats::json::Value::Null };
    ([ $($items:tt)* ]) => {
        $crate::formats::json::Value::Array($crate::json_items!([] $($items)*))
    };
    ({ $($members:tt)* }) => {{
        #[allow(unused_mut)]
        let mut map = $crate::formats::json::Map::new();
        $crate::json_members!(map; $($members)*);
        $crate::formats::json::Value::Object(map)
    }};
    ($value:expr) => { $crate::formats::json::Value::from($value) };
}

/// The items of a `json!` array (an implementation detail of `json!`).
#[doc(hidden)]
#[macro_export]
macro_rules! json_items {
    ([$($done:expr,)*]) => { vec![$($done,)*] };
    ([$($done:expr,)*] null $(, $($rest:tt)*)?) => {
        $crate::json_items!([$($done,)* $crate::json!(null),] $($($rest)*)?)
    };
    ([$($done:expr,)*] [$($inner:tt)*] $(, $($rest:tt)*)?) => {
        $crate::json_items!([$($done,)* $crate::json!([$($inner)*]),] $($($rest)*)?)
    };
    ([$($done:expr,)*] {$($inner:tt)*} $(, $($rest:tt)*)?) => {
        $crate::json_items!([$($done,)* $crate::json!({$($inner)*}),] $($($rest)*)?)
    };
    ([$($done:expr,)*] $item:expr $(, $($rest:tt)*)?) => {
        $crate::json_items!([$($done,)* $crate::json!($item),] $($($rest)*)?)
    };
}

/// The members of a `json!` object (an implementation detail of `json!`).
#[doc(hidden)]
#[macro_export]
macro_rules! json_members {
    ($map:ident;) => {};
    ($map:ident; $key:literal : null $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!(null));
        $crate::json_members!($map; $($($rest)*)?);
    };
    ($map:ident; $key:literal : [$($inner:tt)*] $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!([$($inner)*]));
        $crate::json_members!($map; $($($rest)*)?);
    };
    ($map:ident; $key:literal : {$($inner:tt)*} $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!({$($inner)*}));
        $crate::json_members!($map; $($($rest)*)?);
    };
    ($map:ident; $key:literal : $value:expr $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!($value));
        $crate::json_members!($map; $($($rest)*)?);
    };
}
