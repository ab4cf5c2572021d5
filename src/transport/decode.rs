//! How a success answer becomes what the caller gets: a model, nothing, text, a receipt, a page.

use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::error::{DecodeError, Error};
use crate::pages::{Page, WirePage};
use crate::transport::{CallContext, bounded_text};

/// The largest JSON success body that is read: 4 MiB, some 3,000 times a member session and 40
/// times a page of 100 customers. A longer body is [`Error::Decode`].
pub(crate) const MAX_JSON_BODY: usize = 4 * 1024 * 1024;

/// The largest text answer (CSV exports) that is read: 256 MiB.
pub(crate) const MAX_TEXT_BODY: usize = 256 * 1024 * 1024;

/// A success answer, as read by the transport.
pub(crate) struct Success<'a> {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: &'a [u8],
    /// The body was longer than the decoder's cap.
    pub(crate) truncated: bool,
    pub(crate) context: &'a CallContext,
}

/// Turns a success answer into `T`; `cap` is the most of the body that is read.
pub(crate) struct Decoder<T> {
    pub(crate) read: fn(Success<'_>) -> Result<T, Error>,
    pub(crate) cap: usize,
}

impl<T> Clone for Decoder<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Decoder<T> {}

/// What an operation with two success shapes answered: the document, or that it is still being
/// made (`202 Accepted`: ask again later).
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, order_id: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// use polarsh::Receipt;
///
/// match polar.orders().receipt(order_id).await? {
///     Receipt::Ready(receipt) => println!("{}", receipt.url),
///     Receipt::Pending => println!("still being generated; ask again in a few seconds"),
///     _ => {}
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Receipt<T> {
    /// `200`: the document is ready.
    Ready(T),
    /// `202 Accepted`: it is being generated.
    Pending,
}

/// A JSON model.
pub(crate) fn json<T: DeserializeOwned>() -> Decoder<T> {
    Decoder {
        read: read_json::<T>,
        cap: MAX_JSON_BODY,
    }
}

/// Nothing (`204 No Content`, `202 Accepted`): whatever body came is ignored.
pub(crate) fn empty() -> Decoder<()> {
    Decoder {
        read: |_| Ok(()),
        cap: MAX_JSON_BODY,
    }
}

/// UTF-8 text, such as a CSV export.
pub(crate) fn text() -> Decoder<String> {
    Decoder {
        read: read_text,
        cap: MAX_TEXT_BODY,
    }
}

/// `200` with a model, or `202` with nothing yet.
pub(crate) fn receipt<T: DeserializeOwned>() -> Decoder<Receipt<T>> {
    Decoder {
        read: |success| {
            if success.status == 202 {
                Ok(Receipt::Pending)
            } else {
                read_json::<T>(success).map(Receipt::Ready)
            }
        },
        cap: MAX_JSON_BODY,
    }
}

/// One page of a list.
pub(crate) fn page<T: DeserializeOwned>() -> Decoder<Page<T>> {
    Decoder {
        read: |success| {
            let number = success.context.page.unwrap_or(1);
            read_json::<WirePage<T>>(success).map(|wire| wire.into_page(number))
        },
        cap: MAX_JSON_BODY,
    }
}

fn read_json<T: DeserializeOwned>(success: Success<'_>) -> Result<T, Error> {
    if success.truncated {
        let message =
            format!("the body is longer than the {MAX_JSON_BODY} bytes this client reads");
        return Err(failure::<T>(success, ".".to_owned(), message));
    }
    match serde_json::from_slice::<T>(success.body) {
        Ok(value) => Ok(value),
        Err(_) => {
            // Decode again, only on failure, to learn where it failed.
            let mut deserializer = serde_json::Deserializer::from_slice(success.body);
            match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
                Ok(_) => Err(failure::<T>(
                    success,
                    ".".to_owned(),
                    "trailing data".to_owned(),
                )),
                Err(error) => {
                    let path = error.path().to_string();
                    let message = error.inner().to_string();
                    Err(failure::<T>(success, path, message))
                }
            }
        }
    }
}

fn read_text(success: Success<'_>) -> Result<String, Error> {
    if success.truncated {
        let message =
            format!("the body is longer than the {MAX_TEXT_BODY} bytes this client reads");
        return Err(failure::<String>(success, ".".to_owned(), message));
    }
    match std::str::from_utf8(success.body) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let message = format!("the body is not UTF-8 text: {e}");
            Err(failure::<String>(success, ".".to_owned(), message))
        }
    }
}

fn failure<T>(success: Success<'_>, path: String, message: String) -> Error {
    Error::Decode(Box::new(DecodeError {
        status: success.status,
        headers: success.headers,
        body: bounded_text(success.body, MAX_JSON_BODY).0,
        model: short_type_name::<T>(),
        path,
        message,
        operation: success.context.op.id,
        path_template: success.context.op.path,
        page: success.context.page,
    }))
}

/// The type's name without module paths, also inside its parameters: `Page<Customer>`.
pub(crate) fn short_type_name<T>() -> String {
    let full = std::any::type_name::<T>();
    let mut out = String::with_capacity(full.len());
    let mut word = String::new();
    for c in full.chars() {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            word.push(c);
            continue;
        }
        out.push_str(last_segment(&word));
        word.clear();
        out.push(c);
    }
    out.push_str(last_segment(&word));
    out.replace("WirePage<", "Page<")
}

fn last_segment(path: &str) -> &str {
    path.rsplit("::").next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_are_short() {
        assert_eq!(
            short_type_name::<crate::models::MemberSession>(),
            "MemberSession"
        );
        assert_eq!(
            short_type_name::<WirePage<crate::models::Customer>>(),
            "Page<Customer>"
        );
        assert_eq!(short_type_name::<Vec<u8>>(), "Vec<u8>");
    }
}
