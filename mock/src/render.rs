//! Response bodies in the real server's key order and formats.

use std::fmt::Write as _;

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::pyjson::push_str_literal;
use crate::seed::{Address, Customer, Member, MetadataValue};

/// A timestamp as Polar writes it: UTC, `Z`, a 6-digit fraction only when it is not zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ts(pub(crate) DateTime<Utc>);

impl Ts {
    pub(crate) fn format(self) -> String {
        let t = self.0;
        let micros = t.nanosecond() / 1000 % 1_000_000;
        let mut out = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        );
        if micros != 0 {
            let _ = write!(out, ".{micros:06}");
        }
        out.push('Z');
        out
    }
}

impl Serialize for Ts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.format())
    }
}

/// `https://www.gravatar.com/avatar/{sha256(lower(trim(email)))}?d=404`, Polar's computed `avatar_url`.
pub(crate) fn gravatar_url(email: &str) -> String {
    let digest = Sha256::digest(email.trim().to_lowercase().as_bytes());
    let mut url = String::with_capacity(100);
    url.push_str("https://www.gravatar.com/avatar/");
    for byte in digest {
        url.push(char::from(HEX[usize::from(byte >> 4)]));
        url.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    url.push_str("?d=404");
    url
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Python's `urllib.parse.quote_plus`: unreserved characters kept, space as `+`, the rest `%XX`.
fn quote_plus(value: &str, out: &mut String) {
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'.' | b'-' | b'~' => {
                out.push(char::from(byte))
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX_UPPER[usize::from(byte >> 4)]));
                out.push(char::from(HEX_UPPER[usize::from(byte & 0xf)]));
            }
        }
    }
}

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// `{frontend}/{slug}/portal?{token_key}={token}&email={email}` (the email is left out when there is none).
pub(crate) fn portal_url(
    frontend: &str,
    slug: &str,
    token_key: &str,
    token: &str,
    email: Option<&str>,
) -> String {
    let mut url = String::with_capacity(frontend.len() + slug.len() + token.len() + 64);
    url.push_str(frontend);
    url.push('/');
    url.push_str(slug);
    url.push_str("/portal?");
    url.push_str(token_key);
    url.push('=');
    quote_plus(token, &mut url);
    if let Some(email) = email {
        url.push_str("&email=");
        quote_plus(email, &mut url);
    }
    url
}

/// Customer metadata as an object in insertion order.
struct Metadata<'a>(&'a [(String, MetadataValue)]);

impl Serialize for Metadata<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            match value {
                MetadataValue::String(s) => map.serialize_entry(key, s)?,
                MetadataValue::Integer(i) => map.serialize_entry(key, i)?,
                MetadataValue::Float(f) => map.serialize_entry(key, f)?,
                MetadataValue::Boolean(b) => map.serialize_entry(key, b)?,
            }
        }
        map.end()
    }
}

#[derive(Serialize)]
struct AddressOut<'a> {
    line1: Option<&'a str>,
    line2: Option<&'a str>,
    postal_code: Option<&'a str>,
    city: Option<&'a str>,
    state: Option<&'a str>,
    country: &'a str,
}

impl<'a> From<&'a Address> for AddressOut<'a> {
    fn from(a: &'a Address) -> Self {
        Self {
            line1: a.line1.as_deref(),
            line2: a.line2.as_deref(),
            postal_code: a.postal_code.as_deref(),
            city: a.city.as_deref(),
            state: a.state.as_deref(),
            country: &a.country,
        }
    }
}

/// A field that exists in one schema generation only.
enum Slot<T> {
    Absent,
    Present(T),
}

impl<T> Slot<T> {
    fn when(present: bool, value: T) -> Self {
        if present {
            Slot::Present(value)
        } else {
            Slot::Absent
        }
    }

    fn is_absent(&self) -> bool {
        matches!(self, Slot::Absent)
    }
}

impl<T: Serialize> Serialize for Slot<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Slot::Absent => serializer.serialize_none(),
            Slot::Present(value) => value.serialize(serializer),
        }
    }
}

/// Which `Customer` schema to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Generation {
    /// The member-session schema (2026-03), as the recorded responses show it.
    V2026_03,
    /// The customer-session schema (2026-10): adds `billing_name`, `default_payment_method_id` and
    /// `first_user_event_at`.
    V2026_10,
}

#[derive(Serialize)]
struct CustomerOut<'a> {
    id: Uuid,
    created_at: Ts,
    modified_at: Option<Ts>,
    metadata: Metadata<'a>,
    external_id: Option<&'a str>,
    email: Option<&'a str>,
    email_verified: bool,
    #[serde(rename = "type")]
    customer_type: &'static str,
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Slot::is_absent")]
    billing_name: Slot<Option<&'a str>>,
    billing_address: Option<AddressOut<'a>>,
    tax_id: Option<[&'a str; 2]>,
    locale: Option<&'a str>,
    organization_id: Uuid,
    #[serde(skip_serializing_if = "Slot::is_absent")]
    default_payment_method_id: Slot<Option<Uuid>>,
    deleted_at: Option<Ts>,
    #[serde(skip_serializing_if = "Slot::is_absent")]
    first_user_event_at: Slot<Option<Ts>>,
    avatar_url: Option<&'a str>,
}

impl<'a> CustomerOut<'a> {
    fn new(c: &'a Customer, avatar_url: Option<&'a str>, generation: Generation) -> Self {
        let newer = generation == Generation::V2026_10;
        Self {
            id: c.id,
            created_at: Ts(c.created_at),
            modified_at: c.modified_at.map(Ts),
            metadata: Metadata(&c.metadata),
            external_id: c.external_id.as_deref(),
            email: c.email.as_deref(),
            email_verified: c.email_verified,
            customer_type: c.customer_type.as_str(),
            name: c.name.as_deref(),
            billing_name: Slot::when(newer, c.billing_name.as_deref().or(c.name.as_deref())),
            billing_address: c.billing_address.as_ref().map(AddressOut::from),
            tax_id: c
                .tax_id
                .as_ref()
                .map(|(value, format)| [value.as_str(), format.as_str()]),
            locale: c.locale.as_deref(),
            organization_id: c.organization_id,
            default_payment_method_id: Slot::when(newer, c.default_payment_method_id),
            deleted_at: c.deleted_at.map(Ts),
            first_user_event_at: Slot::when(newer, c.first_user_event_at.map(Ts)),
            avatar_url,
        }
    }
}

#[derive(Serialize)]
struct MemberOut<'a> {
    id: Uuid,
    created_at: Ts,
    modified_at: Option<Ts>,
    customer_id: Uuid,
    email: &'a str,
    name: Option<&'a str>,
    external_id: Option<&'a str>,
    role: &'static str,
}

impl<'a> From<&'a Member> for MemberOut<'a> {
    fn from(m: &'a Member) -> Self {
        Self {
            id: m.id,
            created_at: Ts(m.created_at),
            modified_at: m.modified_at.map(Ts),
            customer_id: m.customer_id,
            email: &m.email,
            name: m.name.as_deref(),
            external_id: m.external_id.as_deref(),
            role: m.role.as_str(),
        }
    }
}

/// A customer's JSON in both schema generations, rendered once when the customer is stored.
#[derive(Debug, Clone)]
pub(crate) struct CustomerJson {
    /// The member-session schema (2026-03), as the recorded responses show it.
    pub(crate) v2026_03: String,
    /// The customer-session schema (2026-10).
    pub(crate) v2026_10: String,
}

pub(crate) fn customer_json(c: &Customer) -> CustomerJson {
    let avatar = c.email.as_deref().map(gravatar_url);
    let render = |generation| {
        let out = CustomerOut::new(c, avatar.as_deref(), generation);
        String::from_utf8(crate::pyjson::to_vec(&out)).unwrap_or_default()
    };
    CustomerJson {
        v2026_03: render(Generation::V2026_03),
        v2026_10: render(Generation::V2026_10),
    }
}

/// A member's JSON, rendered once when the member is stored.
pub(crate) fn member_json(m: &Member) -> String {
    String::from_utf8(crate::pyjson::to_vec(&MemberOut::from(m))).unwrap_or_default()
}

/// The fields every session shares.
pub(crate) struct SessionCore<'a> {
    pub(crate) id: Uuid,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) expires_at: DateTime<Utc>,
    pub(crate) token: &'a str,
    pub(crate) return_url: Option<&'a str>,
    pub(crate) portal_url: &'a str,
}

fn push_uuid(out: &mut String, id: Uuid) {
    let mut buffer = Uuid::encode_buffer();
    out.push('"');
    out.push_str(id.hyphenated().encode_lower(&mut buffer));
    out.push('"');
}

/// `{"created_at":…,"modified_at":null,"id":…,"token":…,"expires_at":…,"return_url":…,"<portal_key>":…`
fn session_head(s: &SessionCore<'_>, portal_key: &str) -> String {
    let mut out = String::with_capacity(2048);
    out.push_str("{\"created_at\":\"");
    out.push_str(&Ts(s.created_at).format());
    out.push_str("\",\"modified_at\":null,\"id\":");
    push_uuid(&mut out, s.id);
    out.push_str(",\"token\":");
    push_str_literal(&mut out, s.token);
    out.push_str(",\"expires_at\":\"");
    out.push_str(&Ts(s.expires_at).format());
    out.push_str("\",\"return_url\":");
    match s.return_url {
        Some(url) => push_str_literal(&mut out, url),
        None => out.push_str("null"),
    }
    out.push_str(",\"");
    out.push_str(portal_key);
    out.push_str("\":");
    push_str_literal(&mut out, s.portal_url);
    out
}

/// The 201 body of `POST /v1/member-sessions/`, in the recorded key order.
pub(crate) fn member_session(
    s: &SessionCore<'_>,
    member: (Uuid, &str),
    customer: (Uuid, &CustomerJson),
) -> Vec<u8> {
    let mut out = session_head(s, "member_portal_url");
    out.push_str(",\"member_id\":");
    push_uuid(&mut out, member.0);
    out.push_str(",\"member\":");
    out.push_str(member.1);
    out.push_str(",\"customer_id\":");
    push_uuid(&mut out, customer.0);
    out.push_str(",\"customer\":");
    out.push_str(&customer.1.v2026_03);
    out.push('}');
    out.into_bytes()
}

/// The 201 body of `POST /v1/customer-sessions/`, in the recorded key order.
pub(crate) fn customer_session(s: &SessionCore<'_>, customer: (Uuid, &CustomerJson)) -> Vec<u8> {
    let mut out = session_head(s, "customer_portal_url");
    out.push_str(",\"customer_id\":");
    push_uuid(&mut out, customer.0);
    out.push_str(",\"customer\":");
    out.push_str(&customer.1.v2026_10);
    out.push('}');
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        let t = DateTime::from_timestamp(1_767_225_600, 0).expect("valid");
        assert_eq!(Ts(t).format(), "2026-01-01T00:00:00Z");
        let t = DateTime::from_timestamp(1_767_225_600, 59_272_000).expect("valid");
        assert_eq!(Ts(t).format(), "2026-01-01T00:00:00.059272Z");
    }

    #[test]
    fn gravatar_matches_the_recorded_example() {
        assert_eq!(
            gravatar_url("alice@example.com"),
            "https://www.gravatar.com/avatar/ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976?d=404"
        );
        assert_eq!(
            gravatar_url(" Alice@Example.com "),
            gravatar_url("alice@example.com")
        );
    }

    #[test]
    fn portal_urls() {
        assert_eq!(
            portal_url(
                "http://127.0.0.1:3000",
                "memberorg",
                "member_session_token",
                "polar_mst_x",
                Some("alice@example.com")
            ),
            "http://127.0.0.1:3000/memberorg/portal?member_session_token=polar_mst_x&email=alice%40example.com"
        );
        assert_eq!(
            portal_url(
                "https://polar.sh",
                "o",
                "customer_session_token",
                "t",
                Some("a b+c@é.com")
            ),
            "https://polar.sh/o/portal?customer_session_token=t&email=a+b%2Bc%40%C3%A9.com"
        );
        assert_eq!(
            portal_url("https://polar.sh", "o", "k", "t", None),
            "https://polar.sh/o/portal?k=t"
        );
    }
}
