//! What the generated unions' `Deserialize` impls share: reading a discriminator without
//! consuming it, and recognising a union member by its fields.

use serde::de::{DeserializeOwned, Error};
use serde_json::Value;

/// The discriminator's value, left in place so the variant struct reads it too.
pub(crate) fn tag<'a>(value: &'a Value, property: &str) -> Option<&'a str> {
    value.get(property)?.as_str()
}

/// Decodes a variant from the whole value; its errors become the outer deserializer's.
///
/// Every union member decodes from `&Value` (here and in [`attempt`]): one instantiation of
/// each member's `Deserialize`, not one per deserializer type.
pub(crate) fn decode<T: DeserializeOwned, E: Error>(value: &Value) -> Result<T, E> {
    T::deserialize(value).map_err(E::custom)
}

/// Decodes a member of an untagged union, if the value is one.
pub(crate) fn attempt<T: DeserializeOwned>(value: &Value) -> Option<T> {
    T::deserialize(value).ok()
}

/// Whether `value` is an object with every `required` key, every constant (given as JSON
/// text; the key `outer/inner` is a key of the object under `outer`) equal when present, and, for a closed schema, no key outside `only`.
pub(crate) fn object(
    value: &Value,
    required: &[&str],
    constants: &[(&str, &str)],
    only: Option<&[&str]>,
) -> bool {
    let Some(map) = value.as_object() else {
        return false;
    };
    required.iter().all(|key| map.contains_key(*key))
        && constants.iter().all(|(key, json)| {
            let found = match key.split_once('/') {
                Some((outer, inner)) => map.get(outer).and_then(|v| v.get(inner)),
                None => map.get(*key),
            };
            found.is_none_or(|found| serde_json::from_str::<Value>(json).is_ok_and(|c| c == *found))
        })
        && only.is_none_or(|keys| map.keys().all(|key| keys.contains(&key.as_str())))
}

/// The member an untagged union decodes to: the first that decodes and knows every key of the
/// value, else the one that leaves the fewest keys unknown (the earliest on a tie).
pub(crate) struct Best<T> {
    found: Option<(usize, T)>,
}

impl<T> Best<T> {
    pub(crate) fn new() -> Self {
        Best { found: None }
    }

    /// Offers a member whose object keys are `keys` (`None` for a member that is no object).
    pub(crate) fn offer<M: DeserializeOwned>(
        &mut self,
        value: &Value,
        keys: Option<&[&str]>,
        wrap: impl FnOnce(M) -> T,
    ) {
        if matches!(self.found, Some((0, _))) {
            return;
        }
        let unknown = match (keys, value.as_object()) {
            (Some(keys), Some(map)) => map.keys().filter(|k| !keys.contains(&k.as_str())).count(),
            _ => 0,
        };
        if self
            .found
            .as_ref()
            .is_some_and(|(best, _)| *best <= unknown)
        {
            return;
        }
        if let Some(member) = attempt::<M>(value) {
            self.found = Some((unknown, wrap(member)));
        }
    }

    pub(crate) fn take(self) -> Option<T> {
        self.found.map(|(_, member)| member)
    }
}
