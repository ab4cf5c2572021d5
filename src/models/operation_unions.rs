//! The answer the spec declares inline in `oauth2:authorize` rather than as a named schema:
//! named here (`spec/overlay.json` names it under `operations.responses`). It dispatches on its
//! discriminator and keeps unknown forms.

use serde::{Deserialize, Deserializer, Serialize};

use super::{AuthorizeResponseOrganization, AuthorizeResponseUser};

/// The answer of `oauth2:authorize`: for a user or for an organization (`sub_type`), or a form
/// this crate does not know yet, kept as it came.
///
/// ```
/// let answer: polarsh::models::AuthorizeResponse =
///     serde_json::from_str(r#"{"sub_type":"robot","sub":null}"#).unwrap();
/// assert!(matches!(answer, polarsh::models::AuthorizeResponse::Unknown(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum AuthorizeResponse {
    /// `sub_type` is `user`.
    User(AuthorizeResponseUser),
    /// `sub_type` is `organization`.
    Organization(AuthorizeResponseOrganization),
    /// Another `sub_type`.
    Unknown(serde_json::Value),
}

impl<'de> Deserialize<'de> for AuthorizeResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let kind = value.get("sub_type").and_then(serde_json::Value::as_str);
        let decoded = match kind {
            Some("user") => serde_json::from_value(value).map(AuthorizeResponse::User),
            Some("organization") => {
                serde_json::from_value(value).map(AuthorizeResponse::Organization)
            }
            _ => return Ok(AuthorizeResponse::Unknown(value)),
        };
        decoded.map_err(serde::de::Error::custom)
    }
}
