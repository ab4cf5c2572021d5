//! Path parameters, query strings and form bodies, encoded as Polar's server reads them.

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};
use uuid::Uuid;

/// Fills the `{name}` placeholders of `template` with `values`, in order, each percent-encoded as
/// one path segment, and returns the path without its leading `/` (it is joined to the base URL).
///
/// A value that is empty, `.` or `..` is refused: the URL parser would drop or resolve it and
/// send the request to another path (`/v1/customers/external/..` is the customer list).
pub(crate) fn fill_path(
    template: &'static str,
    values: &[&str],
) -> Result<Cow<'static, str>, String> {
    let relative = template.strip_prefix('/').unwrap_or(template);
    if values.is_empty() && !relative.contains('{') {
        return Ok(Cow::Borrowed(relative));
    }
    let mut out =
        String::with_capacity(template.len() + values.iter().map(|v| v.len()).sum::<usize>());
    let mut values = values.iter();
    let mut rest = template.strip_prefix('/').unwrap_or(template);
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map(|i| open + i)
            .ok_or_else(|| format!("malformed path template {template}"))?;
        let name = &rest[open + 1..close];
        let value = values
            .next()
            .ok_or_else(|| format!("no value for the path parameter `{name}`"))?;
        if value.is_empty() || *value == "." || *value == ".." {
            return Err(format!(
                "the path parameter `{name}` may not be empty, `.` or `..`: \
                 it would change which path is called"
            ));
        }
        encode_segment(value, &mut out);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode_segment(value: &str, out: &mut String) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

/// A value that can be sent as a query parameter.
///
/// Booleans are `true`/`false`, timestamps RFC 3339 in UTC, ids hyphenated; enums are sent as
/// Polar spells them.
pub(crate) trait QueryValue {
    /// Writes the value to `out`, which percent-encodes it.
    fn write_query(&self, out: &mut Encoder<'_>);
}

/// Percent-encodes what is written to it into a query string.
pub(crate) struct Encoder<'a>(&'a mut String);

impl Encoder<'_> {
    pub(crate) fn push_str(&mut self, text: &str) {
        encode_component(text, self.0, false);
    }
}

impl std::fmt::Write for Encoder<'_> {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.push_str(text);
        Ok(())
    }
}

impl QueryValue for str {
    fn write_query(&self, out: &mut Encoder<'_>) {
        out.push_str(self);
    }
}

impl QueryValue for String {
    fn write_query(&self, out: &mut Encoder<'_>) {
        out.push_str(self);
    }
}

impl QueryValue for bool {
    fn write_query(&self, out: &mut Encoder<'_>) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! display_query_value {
    ($($ty:ty),*) => {$(
        impl QueryValue for $ty {
            fn write_query(&self, out: &mut Encoder<'_>) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

display_query_value!(i32, i64, u32, u64, f64);

impl QueryValue for Uuid {
    fn write_query(&self, out: &mut Encoder<'_>) {
        let mut buffer = Uuid::encode_buffer();
        out.push_str(self.hyphenated().encode_lower(&mut buffer));
    }
}

impl QueryValue for DateTime<Utc> {
    fn write_query(&self, out: &mut Encoder<'_>) {
        out.push_str(&self.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }
}

impl QueryValue for chrono::NaiveDate {
    fn write_query(&self, out: &mut Encoder<'_>) {
        let _ = write!(out, "{}", self.format("%Y-%m-%d"));
    }
}

impl<T: QueryValue + ?Sized> QueryValue for &T {
    fn write_query(&self, out: &mut Encoder<'_>) {
        (**self).write_query(out);
    }
}

/// The query string of one request, kept encoded (`a=1&b=2`) in the order it was set: one
/// buffer, whatever the number of parameters.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Query {
    encoded: String,
}

impl Query {
    /// Sets `name` to one value, replacing any value it had.
    pub(crate) fn set(&mut self, name: &str, value: &(impl QueryValue + ?Sized)) {
        self.remove(name);
        self.append(name, value);
    }

    /// Sets `name` to several values, sent as repeated keys (`?id=a&id=b`).
    pub(crate) fn set_all<V: QueryValue>(
        &mut self,
        name: &str,
        values: impl IntoIterator<Item = V>,
    ) {
        self.remove(name);
        for value in values {
            self.append(name, &value);
        }
    }

    /// Adds one value of `name`, keeping the others.
    pub(crate) fn append(&mut self, name: &str, value: &(impl QueryValue + ?Sized)) {
        if !self.encoded.is_empty() {
            self.encoded.push('&');
        }
        if self.encoded.capacity() == 0 {
            self.encoded.reserve(96);
        }
        encode_component(name, &mut self.encoded, true);
        self.encoded.push('=');
        // The value is percent-encoded as it is written: no copy of it is made.
        let mut encoder = Encoder(&mut self.encoded);
        value.write_query(&mut encoder);
    }

    /// Polar's metadata filter: `metadata[key]=value`, repeatable.
    pub(crate) fn metadata(&mut self, key: &str, value: &(impl QueryValue + ?Sized)) {
        self.append(&format!("metadata[{key}]"), value);
    }

    /// Drops every value of `name`.
    fn remove(&mut self, name: &str) {
        let mut encoded_name = String::new();
        encode_component(name, &mut encoded_name, true);
        if !self.names().any(|n| n == encoded_name) {
            return;
        }
        let kept: Vec<&str> = self
            .encoded
            .split('&')
            .filter(|pair| pair.split('=').next() != Some(encoded_name.as_str()))
            .collect();
        self.encoded = kept.join("&");
    }

    /// The names set, in order, as encoded (values are never shown: they may be secrets).
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.encoded
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| pair.split('=').next().unwrap_or(pair))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.encoded.is_empty()
    }

    /// `a=1&b=2`, percent-encoded (`[` and `]` of metadata filters kept as they are).
    pub(crate) fn as_str(&self) -> &str {
        &self.encoded
    }
}

/// Percent-encodes a query name or value: unreserved characters stay, a space is `%20`.
fn encode_component(text: &str, out: &mut String, keep_brackets: bool) {
    for byte in text.bytes() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~')
            || (keep_brackets && matches!(byte, b'[' | b']'));
        if keep {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_parameters_stay_in_their_segment() {
        assert_eq!(
            fill_path("/v1/customers/{id}", &["a/b?c#d%e f"]).unwrap(),
            "v1/customers/a%2Fb%3Fc%23d%25e%20f"
        );
        assert_eq!(
            fill_path(
                "/v1/customers/external/{external_id}/members/{member_external_id}",
                &["é", "x"]
            )
            .unwrap(),
            "v1/customers/external/%C3%A9/members/x"
        );
        assert_eq!(fill_path("/v1/customers/", &[]).unwrap(), "v1/customers/");
        for bad in ["", ".", ".."] {
            assert!(fill_path("/v1/customers/{id}", &[bad]).is_err(), "{bad:?}");
        }
        assert_eq!(
            fill_path("/v1/customers/{id}", &["..."]).unwrap(),
            "v1/customers/..."
        );
    }

    #[test]
    fn query_strings_repeat_arrays_and_keep_metadata_brackets() {
        let mut query = Query::default();
        query.set_all("id", ["a", "b"]);
        query.set("active", &true);
        query.metadata("plan", "pro tier");
        query.set("email", "a+b@c.d");
        assert_eq!(
            query.as_str(),
            "id=a&id=b&active=true&metadata[plan]=pro%20tier&email=a%2Bb%40c.d"
        );
        query.set("active", &false);
        query.set_all("id", ["c"]);
        assert_eq!(
            query.as_str(),
            "metadata[plan]=pro%20tier&email=a%2Bb%40c.d&active=false&id=c"
        );
        assert_eq!(
            query.names().collect::<Vec<_>>(),
            ["metadata[plan]", "email", "active", "id"]
        );
    }
}
