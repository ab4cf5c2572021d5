//! Uploading a file: create, one `PUT` per part to its pre-signed URL (never with the bearer
//! token), then complete with the parts' ETags.

use std::sync::{Arc, Mutex};

use base64::Engine as _;
use polarsh::{Error, RetryConfig, UploadFile};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::common::{Reply, TestServer};
use crate::spec_samples::{Fill, sample, spec};

const FILE_ID: &str = "0eba1e16-d835-4184-94f7-1c8c5a9b1b49";

fn sha(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
}

/// Polar and S3 in one local server: the create answers pre-signed URLs back to it.
async fn polar_and_storage(part_status: u16) -> TestServer {
    let base: Arc<Mutex<String>> = Arc::new(Mutex::new(String::new()));
    let url = base.clone();
    let server = TestServer::with_handler(move |request| {
        let base = url.lock().unwrap().clone();
        match (request.method.as_str(), request.path.as_str()) {
            ("POST", "/v1/files/") => {
                let body = request.json();
                let parts: Vec<Value> = body["upload"]["parts"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| {
                        let number = p["number"].as_i64().unwrap();
                        json!({
                            "number": number, "chunk_start": p["chunk_start"],
                            "chunk_end": p["chunk_end"],
                            "checksum_sha256_base64": p["checksum_sha256_base64"],
                            "url": format!("{base}/s3/part-{number}?X-Amz-Signature=PRESIGNEDSECRET"),
                            "expires_at": "2026-12-01T01:00:00Z",
                            "headers": {"Content-Type": body["mime_type"],
                                        "x-amz-checksum-sha256": p["checksum_sha256_base64"]}
                        })
                    })
                    .collect();
                let answer = json!({
                    "id": FILE_ID, "organization_id": "1dbfc517-0bbf-4301-9ba8-555ca42b9737",
                    "name": body["name"], "path": "org/manual.pdf", "mime_type": body["mime_type"],
                    "size": body["size"], "storage_version": null, "checksum_etag": null,
                    "checksum_sha256_base64": body["checksum_sha256_base64"],
                    "checksum_sha256_hex": null, "last_modified_at": null,
                    "upload": {"id": "upload_1", "path": "org/manual.pdf", "parts": parts},
                    "version": null, "is_uploaded": false, "service": "downloadable",
                    "size_readable": "10 B"
                });
                Reply::json(201, &answer.to_string())
            }
            ("PUT", path) if path.starts_with("/s3/part-") => {
                let number = path["/s3/part-".len()..].split('?').next().unwrap().to_owned();
                let etag = format!("\"etag-{number}\"");
                Reply::new(part_status, &[("etag", etag.as_str())], "")
            }
            ("POST", path) if path.ends_with("/uploaded") => {
                let schema = &spec()["components"]["schemas"]["DownloadableFileRead"];
                let mut file = sample(schema, Fill::All);
                file["id"] = json!(FILE_ID);
                file["is_uploaded"] = json!(true);
                Reply::json(200, &file.to_string())
            }
            _ => Reply::json(404, r#"{"detail":"Not Found"}"#),
        }
    })
    .await;
    *base.lock().unwrap() = server.url();
    server
}

#[tokio::test]
async fn a_file_goes_up_in_parts_without_the_token() {
    let server = polar_and_storage(200).await;
    let polar = server.client(RetryConfig::none());
    let bytes = b"0123456789".to_vec();
    let file =
        UploadFile::downloadable("manual.pdf", "application/pdf", bytes.clone()).with_part_size(4);
    let uploaded = polar.files().upload(file).await.unwrap();
    assert!(
        matches!(uploaded, polarsh::models::FileRead::Downloadable(_)),
        "{uploaded:?}"
    );

    let requests = server.requests();
    let methods: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| (r.method.as_str(), r.path.split('?').next().unwrap()))
        .collect();
    assert_eq!(
        methods,
        [
            ("POST", "/v1/files/"),
            ("PUT", "/s3/part-1"),
            ("PUT", "/s3/part-2"),
            ("PUT", "/s3/part-3"),
            ("POST", &*format!("/v1/files/{FILE_ID}/uploaded")),
        ]
    );
    let create = requests[0].json();
    assert_eq!(create["service"], "downloadable");
    assert_eq!(create["size"], 10);
    assert_eq!(create["checksum_sha256_base64"], sha(&bytes));
    let chunks = [&bytes[0..4], &bytes[4..8], &bytes[8..10]];
    for (i, chunk) in chunks.iter().enumerate() {
        let put = &requests[i + 1];
        assert_eq!(put.body, *chunk);
        assert_eq!(put.header("authorization"), None, "no token to storage");
        assert_eq!(
            put.header("x-amz-checksum-sha256"),
            Some(sha(chunk).as_str())
        );
        assert_eq!(put.header("content-type"), Some("application/pdf"));
        assert_eq!(create["upload"]["parts"][i]["chunk_start"], i * 4);
    }
    assert_eq!(
        requests[4].json(),
        json!({"id": "upload_1", "path": "org/manual.pdf", "parts": [
            {"number": 1, "checksum_etag": "\"etag-1\"", "checksum_sha256_base64": sha(chunks[0])},
            {"number": 2, "checksum_etag": "\"etag-2\"", "checksum_sha256_base64": sha(chunks[1])},
            {"number": 3, "checksum_etag": "\"etag-3\"", "checksum_sha256_base64": sha(chunks[2])},
        ]})
    );
    for post in [&requests[0], &requests[4]] {
        assert_eq!(
            post.header("authorization"),
            Some("Bearer polar_oat_test_token_123")
        );
    }
}

#[tokio::test]
async fn a_refused_part_ends_the_upload_without_showing_its_url() {
    let server = polar_and_storage(403).await;
    let polar = server.client(RetryConfig::none());
    let file = UploadFile::downloadable("a.bin", "application/octet-stream", vec![7u8; 5]);
    let error = polar.files().upload(file).await.unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Api, got {error:?}");
    };
    assert_eq!(api.status, 403);
    assert_eq!(api.operation, "files:upload_part");
    for shown in [format!("{error}"), format!("{error:?}")] {
        assert!(!shown.contains("PRESIGNEDSECRET"), "{shown}");
    }
    // Nothing is completed after a failed part.
    assert!(
        server
            .requests()
            .iter()
            .all(|r| !r.path.ends_with("/uploaded"))
    );
}
