//! Random ids and tokens, and timestamps as Polar stores them.

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::defaults;

/// Fresh randomness for ids and tokens; not cryptographic, which a local test server does not need.
pub(crate) fn random_uuid() -> Uuid {
    let mut bytes = [0u8; 16];
    fastrand::fill(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// `prefix` followed by 43 random alphanumerics, the shape of Polar's tokens.
pub(crate) fn random_token(prefix: &str) -> String {
    let mut token = String::with_capacity(prefix.len() + 43);
    token.push_str(prefix);
    token.extend(std::iter::repeat_with(fastrand::alphanumeric).take(43));
    token
}

/// The current time, truncated to microseconds as Polar's database stores it.
pub(crate) fn now() -> DateTime<Utc> {
    let now = DateTime::<Utc>::from(SystemTime::now());
    let micros = now.timestamp_micros();
    DateTime::from_timestamp_micros(micros).unwrap_or(now)
}

pub(crate) fn default_created_at() -> DateTime<Utc> {
    DateTime::from_timestamp(defaults::CREATED_AT_UNIX, 0).unwrap_or_default()
}
