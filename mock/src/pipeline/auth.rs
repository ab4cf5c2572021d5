//! Credentials: the bearer token, the subject kinds an operation accepts, and its scopes.

use hyper::body::Bytes;
use hyper::http::StatusCode;
use hyper::http::header::{self, HeaderMap, HeaderValue};

use super::credential_of;
use super::reply::{
    APPLICATION_JSON, INSUFFICIENT_SCOPE_BODY, INVALID_TOKEN_BODY, INVALID_TOKEN_CHALLENGE, Reply,
};
use crate::spec::Operation;
use crate::state::Caller;

/// The bearer credential the way Polar's middleware extracts it: scheme compared case-insensitively, the rest
/// of the value after the first space taken as is; a non-ASCII credential counts as none.
pub(crate) fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.as_bytes();
    let (scheme, credential) = match value.iter().position(|b| *b == b' ') {
        Some(space) => (&value[..space], &value[space + 1..]),
        None => (value, &value[value.len()..]),
    };
    if credential.is_empty() || !scheme.eq_ignore_ascii_case(b"bearer") || !credential.is_ascii() {
        return None;
    }
    std::str::from_utf8(credential).ok()
}

/// The middleware's answer to a token that matches nothing.
pub(crate) fn invalid_token() -> Reply {
    Reply::oauth2(
        StatusCode::UNAUTHORIZED,
        INVALID_TOKEN_BODY,
        INVALID_TOKEN_CHALLENGE,
    )
}

/// The authenticator of an operation: the token's kind must be one the operation takes (401), and hold one
/// of its scopes (403, naming them in `www-authenticate`). Operations that take no credential take anyone.
pub(crate) fn authorize(op: &Operation, caller: Option<&Caller>) -> Result<(), Reply> {
    if op.credentials.is_empty() {
        return Ok(());
    }
    let Some(caller) = caller.filter(|c| op.credentials.contains(&credential_of(c))) else {
        return Err(unauthorized());
    };
    if caller.has_any_scope(&op.scopes, op.is_read()) {
        return Ok(());
    }
    let web = if op.is_read() {
        "web:read web:write"
    } else {
        "web:write"
    };
    let mut scopes = String::from(web);
    for scope in &op.scopes {
        scopes.push(' ');
        scopes.push_str(scope);
    }
    let challenge = format!(
        "Bearer realm=\"polar\", scope=\"{scopes}\", error=\"insufficient_scope\", \
         error_description=\"The request requires higher privileges than provided by the access token.\""
    );
    let challenge = HeaderValue::from_str(&challenge)
        .unwrap_or(HeaderValue::from_static("Bearer realm=\"polar\""));
    Err(Reply::oauth2_with(
        StatusCode::FORBIDDEN,
        INSUFFICIENT_SCOPE_BODY,
        challenge,
    ))
}

/// No token, or a token of a kind the operation does not take.
pub(crate) fn unauthorized() -> Reply {
    let body = Bytes::from_static(b"{\"error\":\"Unauthorized\",\"detail\":\"Unauthorized\"}");
    let headers = vec![
        (
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"polar\""),
        ),
        (header::CONTENT_LENGTH, Reply::content_length(&body)),
        (header::CONTENT_TYPE, APPLICATION_JSON),
    ];
    Reply {
        status: StatusCode::UNAUTHORIZED,
        headers,
        body,
        chunked: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens() {
        let get = |v: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::AUTHORIZATION, HeaderValue::from_static(v));
            bearer_token(&h).map(str::to_owned)
        };
        assert_eq!(get("Bearer abc"), Some("abc".to_owned()));
        assert_eq!(get("bEaReR abc"), Some("abc".to_owned()));
        assert_eq!(get("Bearer a b"), Some("a b".to_owned()));
        assert_eq!(get("Bearer"), None);
        assert_eq!(get("Basic abc"), None);
        assert_eq!(get("abc"), None);
    }
}
