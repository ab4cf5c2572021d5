//! Redaction of Polar credentials in text that is shown to people.

use std::borrow::Cow;

/// What a redacted secret is replaced with.
pub(crate) const REDACTED: &str = "[REDACTED]";

/// Replaces the secret part of every Polar token in `text` (`polar_oat_…`, `polar_pat_…`,
/// `polar_mst_…`, `polar_cst_…` and any other `polar_<kind>_…`) with [`REDACTED`].
///
/// The prefix (`polar_mst_`) is kept so that a reader still sees which kind of token was there.
/// Text without a token is returned as it is, without a copy.
pub(crate) fn redact_tokens(text: &str) -> Cow<'_, str> {
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
