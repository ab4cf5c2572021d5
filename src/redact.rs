//! Redaction of Polar credentials in text that is shown to people.

use std::borrow::Cow;
use std::fmt;

use reqwest::header::HeaderMap;

/// What a redacted secret is replaced with.
pub(crate) const REDACTED: &str = "[REDACTED]";

/// Replaces the secret part of every Polar token in `text` (`polar_oat_…`, `polar_pat_…`,
/// `polar_mst_…`, `polar_cst_…` and any other `polar_<kind>_…`) with [`REDACTED`].
///
/// The prefix (`polar_mst_`) is kept so that a reader still sees which kind of token was there.
/// Text without a token is returned as it is, without a copy.
pub(crate) fn redact_tokens(text: &str) -> Cow<'_, str> {
    // JSON may spell a token with escapes (`polar\u005foat_…`): read those back first.
    if text.contains("\\u") {
        let plain = unescape_ascii(text);
        return Cow::Owned(redact_plain(&plain).into_owned());
    }
    redact_plain(text)
}

/// Replaces JSON's `\uXXXX` escapes of ASCII letters, digits and `_` with the character.
fn unescape_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\\u") {
        out.push_str(&rest[..at]);
        let escape = rest.get(at + 2..at + 6);
        let decoded = escape
            .and_then(|hex| u8::from_str_radix(hex, 16).ok().filter(|_| hex.len() == 4))
            .map(char::from)
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_');
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 6..];
            }
            None => {
                out.push_str("\\u");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn redact_plain(text: &str) -> Cow<'_, str> {
    const MARK: &str = "polar_";
    if !text.contains(MARK) {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut search = 0;
    while let Some(found) = text[search..].find(MARK) {
        let start = search + found;
        let mut i = start + MARK.len();
        let kind_start = i;
        while i < bytes.len() && bytes[i].is_ascii_lowercase() {
            i += 1;
        }
        let is_token_prefix = i > kind_start && i < bytes.len() && bytes[i] == b'_';
        if !is_token_prefix {
            search = start + MARK.len();
            continue;
        }
        i += 1;
        let secret_start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            i += 1;
        }
        if i > secret_start {
            out.push_str(&text[copied..secret_start]);
            out.push_str(REDACTED);
            copied = i;
        }
        search = i;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Headers for `Debug`: credentials (`authorization`, `proxy-authorization`, `cookie`,
/// `set-cookie` and values marked sensitive) are hidden, tokens in other values redacted.
pub(crate) struct RedactedHeaders<'a>(pub(crate) &'a HeaderMap);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            let secret = value.is_sensitive()
                || matches!(
                    name.as_str(),
                    "authorization" | "proxy-authorization" | "cookie" | "set-cookie"
                );
            if secret {
                map.entry(&name.as_str(), &REDACTED);
            } else {
                let text = String::from_utf8_lossy(value.as_bytes());
                map.entry(&name.as_str(), &redact_tokens(&text));
            }
        }
        map.finish()
    }
}

/// Shortens `text` to at most `max` characters for a one-line message, on a character boundary,
/// and flattens line breaks.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    let mut out: String = text
        .chars()
        .take(max)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_every_token_kind_and_keeps_the_prefix() {
        let text =
            "url?member_session_token=polar_mst_HTbAMCsYli9x&email=a and polar_oat_abc_DEF1 end";
        assert_eq!(
            redact_tokens(text),
            "url?member_session_token=polar_mst_[REDACTED]&email=a and polar_oat_[REDACTED] end"
        );
        assert_eq!(
            redact_tokens("\"token\":\"polar_cst_5XZ2\""),
            "\"token\":\"polar_cst_[REDACTED]\""
        );
    }

    #[test]
    fn redacts_json_escaped_tokens() {
        assert_eq!(
            redact_tokens(r#"{"t":"polar\u005foat\u005Fsecret123"}"#),
            r#"{"t":"polar_oat_[REDACTED]"}"#
        );
        assert_eq!(redact_tokens(r"a\u00zz \u"), r"a\u00zz \u");
    }

    #[test]
    fn headers_hide_credentials_and_tokens() {
        let mut headers = HeaderMap::new();
        headers.insert("authorization", "Bearer polar_oat_x1".parse().unwrap());
        headers.insert(
            "location",
            "/p?customer_session_token=polar_cst_abc".parse().unwrap(),
        );
        headers.insert("x-plain", "ok".parse().unwrap());
        let shown = format!("{:?}", RedactedHeaders(&headers));
        assert!(!shown.contains("x1") && !shown.contains("abc"), "{shown}");
        assert!(
            shown.contains("polar_cst_[REDACTED]") && shown.contains("ok"),
            "{shown}"
        );
    }

    #[test]
    fn leaves_text_without_tokens_alone() {
        assert!(matches!(redact_tokens("no secrets"), Cow::Borrowed(_)));
        assert!(matches!(
            redact_tokens("polar_ polar_x polar_mst_ polarsh"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn one_line_cuts_on_char_boundaries() {
        assert_eq!(one_line("héllo\nworld", 7), "héllo w…");
        assert_eq!(one_line("short", 10), "short");
    }
}
