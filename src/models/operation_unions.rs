//! Unions that the spec declares inline in an operation rather than as named schemas: named
//! here (`spec/overlay.json` names them under `operations`). Request bodies serialise as the
//! member they hold; the answer dispatches on its discriminator and keeps unknown forms.

use serde::{Deserialize, Deserializer, Serialize};

use super::{
    AuthorizationCodeTokenRequest, AuthorizeResponseOrganization, AuthorizeResponseUser,
    BenefitCustomUpdate, BenefitDiscordUpdate, BenefitDownloadablesUpdate,
    BenefitFeatureFlagUpdate, BenefitGitHubRepositoryUpdate, BenefitLicenseKeysUpdate,
    BenefitMeterCreditUpdate, BenefitSlackSharedChannelUpdate, RefreshTokenRequest,
    SubscriptionCreateCustomer, SubscriptionCreateExternalCustomer, WebTokenRequest,
};

macro_rules! body_union {
    (
        $(#[$meta:meta])*
        $name:ident { $($variant:ident($ty:ident),)* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("A [`", stringify!($ty), "`].")]
                $variant($ty),
            )*
        }

        $(
            impl From<$ty> for $name {
                fn from(body: $ty) -> Self {
                    $name::$variant(body)
                }
            }
        )*
    };
}

body_union! {
    /// The body of `subscriptions:create`: a subscription for a customer given by Polar id or
    /// by your id. Build it from either member with `.into()`.
    ///
    /// ```no_run
    /// # fn run(body: polarsh::models::SubscriptionCreateCustomer) {
    /// let body: polarsh::models::SubscriptionCreate = body.into();
    /// # let _ = body;
    /// # }
    /// ```
    SubscriptionCreate {
        Customer(SubscriptionCreateCustomer),
        ExternalCustomer(SubscriptionCreateExternalCustomer),
    }
}

body_union! {
    /// The form body of `oauth2:request_token`: an authorization code, a refresh token or a web
    /// token exchange. Build it from any member with `.into()`.
    ///
    /// ```no_run
    /// # fn run(body: polarsh::models::RefreshTokenRequest) {
    /// let body: polarsh::models::TokenRequest = body.into();
    /// # let _ = body;
    /// # }
    /// ```
    TokenRequest {
        AuthorizationCode(AuthorizationCodeTokenRequest),
        RefreshToken(RefreshTokenRequest),
        WebToken(WebTokenRequest),
    }
}

body_union! {
    /// The body of `benefits:update`: the update of one kind of benefit. Build it from any
    /// member with `.into()`.
    ///
    /// ```no_run
    /// # fn run(body: polarsh::models::BenefitCustomUpdate) {
    /// let body: polarsh::models::BenefitUpdate = body.into();
    /// # let _ = body;
    /// # }
    /// ```
    BenefitUpdate {
        Custom(BenefitCustomUpdate),
        Discord(BenefitDiscordUpdate),
        GitHubRepository(BenefitGitHubRepositoryUpdate),
        Downloadables(BenefitDownloadablesUpdate),
        LicenseKeys(BenefitLicenseKeysUpdate),
        MeterCredit(BenefitMeterCreditUpdate),
        FeatureFlag(BenefitFeatureFlagUpdate),
        SlackSharedChannel(BenefitSlackSharedChannelUpdate),
    }
}

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
