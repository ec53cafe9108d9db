//! An object's members, kept in the order they were written, because the
//! documents people open should read in a fixed, meaningful order.

use super::Value;

/// An object's members in the order they were written or inserted.
/// Inserting a key again replaces its value; the reader refuses a document
/// that repeats a key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    /// An empty object.
    pub fn new() -> Map {
        Map(Vec::new())
    }

    /// Sets a member; a key already there keeps its place and takes the new
    /// value.
    pub fn insert(&mut self, key: String, value: Value) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    /// The value of a member, if the object has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Takes a member out, keeping the others in order.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let at = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(at).1)
    }

    /// Whether the object has this member; the reader uses it to refuse a
    /// repeated key.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The member names, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The members, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// How many members there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (String, Value)>, MemberRef>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(member_ref)
    }
}

type MemberRef = for<'a> fn(&'a (String, Value)) -> (&'a String, &'a Value);

fn member_ref(member: &(String, Value)) -> (&String, &Value) {
    (&member.0, &member.1)
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(items: I) -> Map {
        let mut map = Map::new();
        items.into_iter().for_each(|(k, v)| map.insert(k, v));
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserting_a_key_again_replaces_its_value() {
        let mut map = Map::new();
        map.insert("a".into(), Value::from(1u64));
        map.insert("a".into(), Value::from(2u64));
        assert_eq!(map.get("a").and_then(Value::as_u64), Some(2));
        assert_eq!(map.len(), 1);
    }
}
