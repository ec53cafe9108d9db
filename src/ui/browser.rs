//! The browser's own facilities: device storage, downloads, files, printing.
//!
//! Every call here can fail (storage blocked in a private window, a full
//! quota, a file that cannot be read); each failure is returned, never
//! thrown, so the checker keeps working and says what happened.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::formats::diary::LocalDateTime;

/// The versioned key of the one entry the widget keeps in localStorage.
pub const STORAGE_KEY: &str = "knee-triage:v1";
/// Where an unreadable entry is moved, so nothing a person saved is destroyed.
/// A later one goes under the same key with ":2", ":3" and so on.
pub const SET_ASIDE_KEY: &str = "knee-triage:v1:set-aside";
/// How many unreadable entries are kept aside at most; past that, a new one
/// stays where it is rather than replacing an older copy.
const SET_ASIDE_SLOTS: usize = 9;
/// Every key the widget has ever written starts with this, so "erase
/// everything" can find them all.
const KEY_PREFIX: &str = "knee-triage:";

/// Why saving on this device did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser does not allow storage here (private mode, settings, file://).
    Unavailable,
    /// The quota is full.
    Full,
}

fn local_storage() -> Result<web_sys::Storage, StorageProblem> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageProblem::Unavailable)
}

/// Reads the saved entry, if any.
pub fn load() -> Result<Option<String>, StorageProblem> {
    local_storage()?
        .get_item(STORAGE_KEY)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Writes the entry; only called after the person has opted in.
pub fn save(value: &str) -> Result<(), StorageProblem> {
    local_storage()?
        .set_item(STORAGE_KEY, value)
        .map_err(|e| quota_or_unavailable(&e))
}

/// Moves an unreadable entry aside instead of deleting it. If the copy
/// cannot be made (a full quota), the entry stays where it is: removing it
/// then would destroy the only copy.
pub fn set_aside(value: &str) -> Result<(), StorageProblem> {
    let storage = local_storage()?;
    let free = (1..=SET_ASIDE_SLOTS)
        .map(|n| match n {
            1 => SET_ASIDE_KEY.to_string(),
            n => format!("{SET_ASIDE_KEY}:{n}"),
        })
        .find(|key| storage.get_item(key).ok().flatten().is_none())
        .ok_or(StorageProblem::Full)?;
    storage
        .set_item(&free, value)
        .map_err(|e| quota_or_unavailable(&e))?;
    storage
        .remove_item(STORAGE_KEY)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Removes the kept answers and diary when the person stops remembering,
/// so nothing restores them, or turns remembering back on, next time.
pub fn forget() -> Result<(), StorageProblem> {
    local_storage()?
        .remove_item(STORAGE_KEY)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Whether anything of the widget's is on this device, kept or set aside,
/// so the way to erase it can be offered before any question is answered.
pub fn has_saved() -> bool {
    local_storage().is_ok_and(|storage| !keys_of_ours(&storage).is_empty())
}

/// The widget's keys in this origin's storage.
fn keys_of_ours(storage: &web_sys::Storage) -> Vec<String> {
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(KEY_PREFIX))
        .collect()
}

/// Removes everything the widget ever stored on this device.
pub fn erase() -> Result<(), StorageProblem> {
    let storage = local_storage()?;
    for key in keys_of_ours(&storage) {
        storage
            .remove_item(&key)
            .map_err(|_| StorageProblem::Unavailable)?;
    }
    Ok(())
}

fn quota_or_unavailable(error: &JsValue) -> StorageProblem {
    let name = js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name.contains("Quota") {
        StorageProblem::Full
    } else {
        StorageProblem::Unavailable
    }
}

/// Offers `content` as a file to save, made in the page: nothing is uploaded.
///
/// The blob's type and the link's `href` and `download` are set through
/// `Reflect::set` and `setAttribute`, which the widget imports anyway,
/// rather than `BlobPropertyBag` and `HtmlAnchorElement`, whose setters
/// and type check are an import and a JavaScript glue function each.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &JsValue::from_str(mime))?;
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, options.unchecked_ref())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlElement = document.create_element("a")?.dyn_into()?;
    link.set_attribute("href", &url)?;
    link.set_attribute("download", file_name)?;
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Opens the browser's print dialog (which also offers "Save as PDF").
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Why a chosen file could not be read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    TooBig,
    Unreadable,
}

/// Reads a small text file chosen by the person; larger than `max_bytes` is
/// refused before reading.
pub async fn read_text(file: web_sys::File, max_bytes: f64) -> Result<String, FileProblem> {
    if file.size() > max_bytes {
        return Err(FileProblem::TooBig);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileProblem::Unreadable)?;
    text.as_string().ok_or(FileProblem::Unreadable)
}

/// The device's local date and time, to the minute: the diary's clock and
/// the date on the printed summary.
pub fn local_now() -> Option<LocalDateTime> {
    let d = js_sys::Date::new_0();
    LocalDateTime::new(
        u16::try_from(d.get_full_year()).ok()?,
        u8::try_from(d.get_month() + 1).ok()?,
        u8::try_from(d.get_date()).ok()?,
        u8::try_from(d.get_hours()).ok()?,
        u8::try_from(d.get_minutes()).ok()?,
    )
}

/// This moment as a FHIR dateTime (UTC), for exports.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
