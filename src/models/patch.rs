//! The three states of a field in an update body.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A field of an update (`PATCH`) body: left unchanged, cleared, or set.
///
/// Polar tells "leave it" (the field is absent) from "clear it" (`null`): an `Option` cannot,
/// so update bodies use this type. Fields start [`Patch::Unchanged`] and are not serialised.
///
/// ```
/// use polarsh::models::{CustomerUpdate, Patch};
///
/// let update = CustomerUpdate::new().with_email("a@example.com").clear_name();
/// assert_eq!(update.email, Patch::Set("a@example.com".to_owned()));
/// assert_eq!(update.name, Patch::Clear);
/// assert_eq!(
///     serde_json::to_string(&update).unwrap(),
///     r#"{"email":"a@example.com","name":null}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Patch<T> {
    /// Absent from the body: Polar leaves the field as it is.
    #[default]
    Unchanged,
    /// `null`: Polar clears the field.
    Clear,
    /// This value.
    Set(T),
}

impl<T> Patch<T> {
    /// Whether the field is left out of the body.
    ///
    /// ```
    /// assert!(polarsh::models::Patch::<String>::Unchanged.is_unchanged());
    /// ```
    pub fn is_unchanged(&self) -> bool {
        matches!(self, Patch::Unchanged)
    }
}

impl<T: Serialize> Serialize for Patch<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // Skipped by the field's `skip_serializing_if`; `null` if serialised anyway.
            Patch::Unchanged | Patch::Clear => serializer.serialize_none(),
            Patch::Set(value) => value.serialize(serializer),
        }
    }
}

/// Reads `null` as [`Patch::Clear`] and a value as [`Patch::Set`]; with `#[serde(default)]`, an
/// absent field is [`Patch::Unchanged`].
///
/// ```
/// use polarsh::models::{MemberUpdate, Patch};
///
/// let update: MemberUpdate = serde_json::from_str(r#"{"name":null,"email":"a@example.com"}"#).unwrap();
/// assert_eq!(update.name, Patch::Clear);
/// assert_eq!(update.email, Patch::Set("a@example.com".to_owned()));
/// assert_eq!(update.role, Patch::Unchanged);
/// ```
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            None => Patch::Clear,
            Some(value) => Patch::Set(value),
        })
    }
}
