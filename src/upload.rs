//! Uploading a file to Polar: `POST /v1/files/` announces it and answers one pre-signed URL per
//! part, each part is `PUT` to its URL (with the headers Polar gives, and never the bearer
//! token), then `POST /v1/files/{id}/uploaded` completes it with the parts' ETags.

use std::fmt;

use base64::Engine as _;
use bytes::Bytes;
use reqwest::Method;
use reqwest::header::{ETAG, HeaderName, HeaderValue};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::api::Files;
use crate::error::Error;
use crate::models::{FileCreate, FileRead, S3FileUploadCompletedPart, S3FileUploadPart};
use crate::operation::{Credential, Operation, RetryClass};
use crate::transport::{CallContext, classify};

/// The `PUT` of one part to its pre-signed URL: not an operation of Polar's API, but named like
/// one in errors and logs. Repeating it is harmless (the same bytes to the same part).
static UPLOAD_PART: Operation = Operation::new(
    "files:upload_part",
    Method::PUT,
    "{pre-signed part URL}",
    Credential::None,
    RetryClass::Safe,
);

/// The size of a part unless set: S3's smallest part but the last is 5 MiB; Polar's own
/// uploader uses 10 MiB.
pub const DEFAULT_PART_SIZE: usize = 10 * 1024 * 1024;

/// A file to upload with [`Files::upload`]: its bytes, its name and type, and what it is for.
///
/// ```
/// use polarsh::UploadFile;
///
/// let file = UploadFile::downloadable("manual.pdf", "application/pdf", b"%PDF-1.7 ...".to_vec());
/// assert_eq!(file.len(), 12);
/// ```
#[derive(Clone)]
pub struct UploadFile {
    name: String,
    mime_type: String,
    bytes: Bytes,
    service: &'static str,
    organization_id: Option<Uuid>,
    part_size: usize,
}

impl fmt::Debug for UploadFile {
    /// The name, type, size and service; never the bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadFile")
            .field("name", &self.name)
            .field("mime_type", &self.mime_type)
            .field("size", &self.bytes.len())
            .field("service", &self.service)
            .field("organization_id", &self.organization_id)
            .field("part_size", &self.part_size)
            .finish()
    }
}

impl UploadFile {
    fn new(
        service: &'static str,
        name: impl Into<String>,
        mime_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        UploadFile {
            name: name.into(),
            mime_type: mime_type.into(),
            bytes: bytes.into(),
            service,
            organization_id: None,
            part_size: DEFAULT_PART_SIZE,
        }
    }

    /// A file that customers download (a downloadables benefit).
    ///
    /// ```
    /// let file = polarsh::UploadFile::downloadable("a.zip", "application/zip", vec![0u8; 3]);
    /// # let _ = file;
    /// ```
    pub fn downloadable(
        name: impl Into<String>,
        mime_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        UploadFile::new("downloadable", name, mime_type, bytes)
    }

    /// An image or video shown on a product.
    ///
    /// ```
    /// let file = polarsh::UploadFile::product_media("cover.png", "image/png", vec![0u8; 3]);
    /// # let _ = file;
    /// ```
    pub fn product_media(
        name: impl Into<String>,
        mime_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        UploadFile::new("product_media", name, mime_type, bytes)
    }

    /// The organization's avatar.
    ///
    /// ```
    /// let file = polarsh::UploadFile::organization_avatar("logo.png", "image/png", vec![0u8; 3]);
    /// # let _ = file;
    /// ```
    pub fn organization_avatar(
        name: impl Into<String>,
        mime_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        UploadFile::new("organization_avatar", name, mime_type, bytes)
    }

    /// The organization that owns the file (needed with a personal token).
    ///
    /// ```
    /// let file = polarsh::UploadFile::downloadable("a.zip", "application/zip", vec![1u8])
    ///     .with_organization_id(polarsh::Uuid::nil());
    /// # let _ = file;
    /// ```
    pub fn with_organization_id(mut self, id: Uuid) -> Self {
        self.organization_id = Some(id);
        self
    }

    /// The size of each part but the last ([`DEFAULT_PART_SIZE`] unless set; S3 refuses parts
    /// under 5 MiB but the last). A size of 0 counts as 1.
    ///
    /// ```
    /// let file = polarsh::UploadFile::downloadable("a.zip", "application/zip", vec![1u8; 100])
    ///     .with_part_size(64 * 1024 * 1024);
    /// # let _ = file;
    /// ```
    pub fn with_part_size(mut self, bytes: usize) -> Self {
        self.part_size = bytes.max(1);
        self
    }

    /// The size of the file in bytes.
    ///
    /// ```
    /// assert_eq!(polarsh::UploadFile::downloadable("a", "text/plain", "abc").len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether the file is empty.
    ///
    /// ```
    /// assert!(polarsh::UploadFile::downloadable("a", "text/plain", "").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The parts: `(number, start, end)`, the end excluded, numbered from 1.
    fn parts(&self) -> Vec<(i64, usize, usize)> {
        let mut parts = Vec::new();
        let mut start = 0;
        let mut number = 1;
        loop {
            let end = (start + self.part_size).min(self.bytes.len());
            parts.push((number, start, end));
            if end >= self.bytes.len() {
                return parts;
            }
            start = end;
            number += 1;
        }
    }

    /// The body of `files:create`.
    fn create_body(&self) -> Result<FileCreate, Error> {
        let parts: Vec<serde_json::Value> = self
            .parts()
            .into_iter()
            .map(|(number, start, end)| {
                serde_json::json!({
                    "number": number,
                    "chunk_start": start,
                    "chunk_end": end,
                    "checksum_sha256_base64": sha256_base64(&self.bytes[start..end]),
                })
            })
            .collect();
        let mut body = serde_json::json!({
            "name": self.name,
            "mime_type": self.mime_type,
            "size": self.bytes.len(),
            "checksum_sha256_base64": sha256_base64(&self.bytes),
            "upload": { "parts": parts },
            "service": self.service,
        });
        if let Some(id) = self.organization_id {
            body["organization_id"] = serde_json::Value::String(id.to_string());
        }
        serde_json::from_value(body)
            .map_err(|e| Error::config(format!("files:create: the file cannot be described: {e}")))
    }
}

fn sha256_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
}

impl Files<'_> {
    /// Uploads a file: `files:create`, then each part `PUT` to the pre-signed URL Polar answers
    /// (with the headers Polar gives and the part's SHA-256; the bearer token is never sent
    /// there), then `files:uploaded` with the parts' ETags. Returns the uploaded file.
    ///
    /// The parts are sent one after the other, each within the client's timeout; a part that
    /// fails ends the upload with its error (named `files:upload_part`; the pre-signed URL,
    /// which is a credential, appears nowhere). A pre-signed URL must be `https`, or `http` to
    /// a loopback host.
    ///
    /// # Errors
    ///
    /// Those of the three steps, and [`Error::Config`] for a pre-signed URL that is not
    /// `https` or a part outside the file.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// use polarsh::UploadFile;
    ///
    /// let bytes = std::fs::read("manual.pdf").expect("the file");
    /// let file = polar
    ///     .files()
    ///     .upload(UploadFile::downloadable("manual.pdf", "application/pdf", bytes))
    ///     .await?;
    /// # let _ = file;
    /// # Ok(()) }
    /// ```
    pub async fn upload(&self, file: UploadFile) -> Result<FileRead, Error> {
        let created = self.create(file.create_body()?).await?;
        let http = self
            .polar
            .inner
            .http
            .as_ref()
            .map_err(|e| Error::config(e.clone()))?;
        let mut completed = Vec::with_capacity(created.upload.parts.len());
        for part in &created.upload.parts {
            let etag = put_part(http, self.polar.inner.timeout, part, &file.bytes).await?;
            completed.push(S3FileUploadCompletedPart::new(
                part.number,
                etag,
                part.checksum_sha256_base64.clone(),
            ));
        }
        let body = crate::models::FileUploadCompleted::new(
            created.upload.id.clone(),
            created.upload.path.clone(),
            completed,
        );
        self.uploaded(created.id, body).await
    }
}

/// `PUT`s one part to its pre-signed URL; answers its ETag.
async fn put_part(
    http: &reqwest::Client,
    timeout: std::time::Duration,
    part: &S3FileUploadPart,
    bytes: &Bytes,
) -> Result<String, Error> {
    let context = CallContext {
        op: &UPLOAD_PART,
        page: None,
        repeatable: true,
    };
    let url = url::Url::parse(&part.url)
        .ok()
        .filter(|url| {
            url.scheme() == "https" || (url.scheme() == "http" && crate::client::is_loopback(url))
        })
        .ok_or_else(|| {
            Error::config("files:upload_part: a pre-signed URL is not https: nothing was sent")
        })?;
    let (start, end) = (
        usize::try_from(part.chunk_start).ok(),
        usize::try_from(part.chunk_end).ok(),
    );
    let chunk = match (start, end) {
        (Some(start), Some(end)) if start <= end && end <= bytes.len() => bytes.slice(start..end),
        _ => {
            return Err(Error::config(format!(
                "files:upload_part: part {} is outside the file",
                part.number
            )));
        }
    };
    let mut request = reqwest::Request::new(Method::PUT, url);
    for (name, value) in part.headers.iter().flatten() {
        let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) else {
            continue;
        };
        request.headers_mut().insert(name, value);
    }
    *request.body_mut() = Some(chunk.into());
    let answer = tokio::time::timeout(timeout, async {
        let response = http
            .execute(request)
            .await
            .map_err(|e| Error::connection(e, &context))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|e| Error::connection(e, &context))?;
        Ok::<_, Error>((status, headers, body))
    })
    .await
    .map_err(|_| Error::timeout(timeout, &context))??;
    let (status, headers, body) = answer;
    if !(200..300).contains(&status) {
        let cut = body.len().min(crate::error::ApiError::MAX_BODY);
        return Err(classify::error(
            status,
            headers,
            &body[..cut],
            cut < body.len(),
            &context,
        ));
    }
    match headers.get(ETAG).and_then(|v| v.to_str().ok()) {
        Some(etag) => Ok(etag.to_owned()),
        None => Err(Error::Decode(Box::new(crate::error::DecodeError {
            status,
            body: String::from_utf8_lossy(&body[..body.len().min(4096)]).into_owned(),
            headers,
            model: "ETag".to_owned(),
            path: "etag".to_owned(),
            message: format!("the answer for part {} has no ETag header", part.number),
            operation: UPLOAD_PART.id,
            path_template: UPLOAD_PART.path,
            page: None,
        }))),
    }
}
