//! The request and response models, following Polar's OpenAPI schemas.
//!
//! Response models are `#[non_exhaustive]` with public fields: Polar may add fields without
//! breaking your code, unknown fields are ignored, and enums keep values they do not know in an
//! `Unknown` variant instead of failing.
//!
//! Most types are generated from Polar's OpenAPI document for API version 2026-10, each named
//! after its schema (`Benefit`, `Subscription`, `WebhookOrderPaidPayload`, …); an inline enum or
//! union is named after the schema and field that hold it (`CustomerStateSubscription.status` is
//! `CustomerStateSubscriptionStatus`). The customer, sessions, license-key validation and a few
//! more are written by hand. Request bodies are built with `new(required…)` and `with_*`
//! setters; in update bodies a [`Patch`] field tells "leave" from "clear" from "set". Unions
//! keep a variant they do not know, with its JSON, in `Unknown`.

/// Defines a string enum of the API that keeps unknown values: `Variant => "wire_value",`.
///
/// Generated enums start with `@generated`: they have no example of their own (one doctest per
/// enum would be hundreds).
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($variant:ident => $value:literal,)*
        }
    ) => {
        string_enum! {
            @define [
                /// ```
                #[doc = concat!("let value: polarsh::models::", stringify!($name), " = \"new_value\".parse().unwrap();")]
                /// assert_eq!(value.as_str(), "new_value");
                /// ```
            ]
            $(#[$meta])*
            pub enum $name { $($variant => $value,)* }
        }
    };
    (
        @generated
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($variant:ident => $value:literal,)*
        }
    ) => {
        string_enum! { @define [] $(#[$meta])* pub enum $name { $($variant => $value,)* } }
    };
    (
        @define [$(#[$example:meta])*]
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($variant:ident => $value:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("`", $value, "`")]
                $variant,
            )*
            /// A value this crate does not know yet, kept as the server sent it.
            Unknown(String),
        }

        impl $name {
            /// The value as Polar spells it.
            $(#[$example])*
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $value,)*
                    $name::Unknown(other) => other,
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(match s {
                    $($value => $name::$variant,)*
                    other => $name::Unknown(other.to_owned()),
                })
            }
        }

        impl crate::transport::encode::QueryValue for $name {
            fn write_query(&self, out: &mut crate::transport::encode::Encoder<'_>) {
                out.push_str(self.as_str());
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct ValueVisitor;

                impl serde::de::Visitor<'_> for ValueVisitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " string"))
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<$name, E> {
                        let Ok(parsed) = value.parse();
                        Ok(parsed)
                    }
                }

                deserializer.deserialize_str(ValueVisitor)
            }
        }
    };
}

mod customer;
mod customer_session;
mod customer_write;
mod license_key;
mod member_session;
mod metadata;
mod misc;
mod operation_unions;
mod patch;
mod portal;
mod tax_id;
pub(crate) mod union;

pub use customer::{Address, Customer, CustomerType};
pub use customer_session::{CustomerRef, CustomerSession, CustomerSessionCreate};
pub use customer_write::{CustomerCreate, CustomerUpdate};
pub use license_key::{LicenseKeyStatus, LicenseKeyValidate, ValidatedLicenseKey};
pub use member_session::{Member, MemberRole, MemberSession, MemberSessionCreate};
pub use metadata::{Metadata, MetadataValue};
pub use misc::{OrderReceipt, RevokeTokenRequest, RevokeTokenResponse, UserInfo};
pub use operation_unions::AuthorizeResponse;
pub use patch::Patch;
pub use portal::{CustomerPortalCustomer, CustomerPortalOAuthAccount};
pub use tax_id::{TaxId, TaxIdFormat};

// Every generated model; the hand-written names above win over the glob.
pub use crate::generated::models::*;
