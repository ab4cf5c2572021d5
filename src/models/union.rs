//! What the generated unions' `Deserialize` impls share: reading a discriminator without
//! consuming it, and recognising a union member by its fields.

use serde::de::{DeserializeOwned, Error};
use serde_json::Value;

/// The discriminator's value, left in place so the variant struct reads it too.
pub(crate) fn tag<'a>(value: &'a Value, property: &str) -> Option<&'a str> {
    value.get(property)?.as_str()
}

/// Decodes a variant from the whole value; its errors become the outer deserializer's.
pub(crate) fn decode<T: DeserializeOwned, E: Error>(value: Value) -> Result<T, E> {
    T::deserialize(value).map_err(E::custom)
}

/// Decodes a member of an untagged union, if the value is one.
pub(crate) fn attempt<T: DeserializeOwned>(value: &Value) -> Option<T> {
    T::deserialize(value).ok()
}

/// Whether `value` is an object with every `required` key, every constant (given as JSON
/// text) equal, and, for a closed schema, no key outside `only`.
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
        && constants.iter().all(|(key, json)| match map.get(*key) {
            Some(found) => serde_json::from_str::<Value>(json).is_ok_and(|c| c == *found),
            None => true,
        })
        && only.is_none_or(|keys| map.keys().all(|key| keys.contains(&key.as_str())))
}
