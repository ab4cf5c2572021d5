//! Calls as builders: every operation method returns a [`RequestBuilder`] that you configure and
//! then `.await`.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;

use bytes::Bytes;
use serde::Serialize;

use crate::client::Polar;
use crate::error::Error;
use crate::operation::Operation;
use crate::options::RequestOptions;
use crate::transport::decode::Decoder;
use crate::transport::encode::{Query, QueryValue, fill_path};

/// The future of a call: `Send`, `'static`, and safe to drop at any point.
pub type ResponseFuture<T> = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'static>>;

/// A call to one Polar operation, ready to be sent: `.await` it.
///
/// Every operation method returns one. Required parameters are the method's arguments; optional
/// query parameters are setters on the builder (the second type parameter names the operation,
/// so each builder has exactly the setters of its operation); [`with_options`] overrides the
/// client's retries, timeout, headers or token for this call. Nothing is sent until the builder
/// is awaited, and the future it becomes is `Send + 'static`.
///
/// [`with_options`]: RequestBuilder::with_options
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
/// use std::time::Duration;
/// use polarsh::RequestOptions;
///
/// let page = polar
///     .customers()
///     .list()
///     .email("alice@example.com")
///     .limit(50)
///     .with_options(RequestOptions::new().timeout(Duration::from_secs(3)))
///     .await?;
/// println!("{} of {}", page.items.len(), page.total_count.unwrap_or(0));
/// # Ok(()) }
/// ```
#[must_use = "a request does nothing until it is awaited"]
pub struct RequestBuilder<T, O = ()> {
    pub(crate) polar: Polar,
    pub(crate) op: &'static Operation,
    /// The filled-in path (it may hold a secret: never shown), or why it could not be filled.
    pub(crate) path: Result<std::borrow::Cow<'static, str>, String>,
    pub(crate) query: Query,
    pub(crate) body: Body,
    /// The customer or member session token of a portal client.
    pub(crate) session: Option<crate::client::SessionToken>,
    pub(crate) options: Option<Box<RequestOptions>>,
    /// The page this call asks for, for lists.
    pub(crate) page: Option<u32>,
    pub(crate) decoder: Decoder<T>,
    marker: PhantomData<fn() -> O>,
}

/// The body of a request, serialised once and reused by every attempt.
#[derive(Clone)]
pub(crate) enum Body {
    Empty,
    Json(Bytes),
    Form(Bytes),
    /// The body could not be serialised: the call fails with [`Error::Config`].
    Invalid(String),
}

impl<T, O> Clone for RequestBuilder<T, O> {
    fn clone(&self) -> Self {
        RequestBuilder {
            polar: self.polar.clone(),
            op: self.op,
            path: self.path.clone(),
            query: self.query.clone(),
            body: self.body.clone(),
            session: self.session.clone(),
            options: self.options.clone(),
            page: self.page,
            decoder: self.decoder,
            marker: PhantomData,
        }
    }
}

impl<T, O> fmt::Debug for RequestBuilder<T, O> {
    /// Shows the operation and its path template, never the filled-in path, the query values
    /// or the body: they may hold secrets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestBuilder")
            .field("operation", &self.op.id)
            .field("method", &self.op.method)
            .field("path_template", &self.op.path)
            .field("query", &self.query.names().collect::<Vec<_>>())
            .field("page", &self.page)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<T, O> RequestBuilder<T, O> {
    pub(crate) fn new(
        polar: &Polar,
        op: &'static Operation,
        path_params: &[&str],
        decoder: Decoder<T>,
    ) -> Self {
        RequestBuilder {
            polar: polar.clone(),
            op,
            path: fill_path(op.path, path_params).map_err(|e| format!("{}: {e}", op.id)),
            query: Query::default(),
            body: Body::Empty,
            session: None,
            options: None,
            page: None,
            decoder,
            marker: PhantomData,
        }
    }

    pub(crate) fn session(mut self, session: Option<crate::client::SessionToken>) -> Self {
        self.session = session;
        self
    }

    /// Sends `body` as JSON.
    pub(crate) fn json_body(mut self, body: &impl Serialize) -> Self {
        self.body = match serde_json::to_vec(body) {
            Ok(bytes) => Body::Json(bytes.into()),
            Err(e) => Body::Invalid(format!("the request body could not be serialised: {e}")),
        };
        self
    }

    /// Sends `body` as `application/x-www-form-urlencoded`.
    pub(crate) fn form_body(mut self, body: &impl Serialize) -> Self {
        self.body = match serde_urlencoded_body(body) {
            Ok(bytes) => Body::Form(bytes.into()),
            Err(e) => Body::Invalid(format!("the request body could not be serialised: {e}")),
        };
        self
    }

    /// Sets a query parameter (replacing an earlier value of the same name).
    pub(crate) fn set_query(mut self, name: &str, value: &(impl QueryValue + ?Sized)) -> Self {
        self.query.set(name, value);
        self
    }

    /// Adds one value of an array query parameter (sent as repeated keys).
    pub(crate) fn append_query(mut self, name: &str, value: &(impl QueryValue + ?Sized)) -> Self {
        self.query.append(name, value);
        self
    }

    /// Sets an array query parameter: repeated keys.
    pub(crate) fn set_query_all<V: QueryValue>(
        mut self,
        name: &str,
        values: impl IntoIterator<Item = V>,
    ) -> Self {
        self.query.set_all(name, values);
        self
    }

    /// Adds one `metadata[key]=value` filter.
    pub(crate) fn add_metadata_filter(
        mut self,
        key: &str,
        value: &(impl QueryValue + ?Sized),
    ) -> Self {
        self.query.metadata(key, value);
        self
    }

    /// Options for this call only: retries, timeout, extra headers, another token, or whether
    /// it may be repeated. They override the client's defaults.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::{RequestOptions, RetryConfig};
    ///
    /// let customer = polar
    ///     .customers()
    ///     .get(id)
    ///     .with_options(RequestOptions::new().retry_config(RetryConfig::none()))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn with_options(mut self, options: RequestOptions) -> Self {
        self.options = Some(Box::new(options));
        self
    }
}

impl<T: Send + 'static, O> IntoFuture for RequestBuilder<T, O> {
    type Output = Result<T, Error>;
    type IntoFuture = ResponseFuture<T>;

    fn into_future(self) -> Self::IntoFuture {
        let call = crate::transport::Call {
            polar: self.polar,
            op: self.op,
            path: self.path,
            query: self.query,
            body: self.body,
            session: self.session,
            options: self.options,
            page: self.page,
        };
        Box::pin(call.run(self.decoder))
    }
}

/// A struct serialised as a form body: each field `name=value`; `None` fields are left out.
fn serde_urlencoded_body(body: &impl Serialize) -> Result<Vec<u8>, String> {
    let value = serde_json::to_value(body).map_err(|e| e.to_string())?;
    let serde_json::Value::Object(fields) = value else {
        return Err("a form body must be a struct".to_owned());
    };
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::String(text) => {
                out.append_pair(&name, &text);
            }
            serde_json::Value::Bool(_) | serde_json::Value::Number(_) => {
                out.append_pair(&name, &value.to_string());
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    match item {
                        serde_json::Value::String(text) => out.append_pair(&name, &text),
                        other => out.append_pair(&name, &other.to_string()),
                    };
                }
            }
            serde_json::Value::Object(_) => {
                return Err(format!("the form field `{name}` is an object"));
            }
        }
    }
    Ok(out.finish().into_bytes())
}
