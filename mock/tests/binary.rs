//! The `polar-mock` binary: serves a seed file and prints what it serves.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

const BINARY: &str = env!("CARGO_BIN_EXE_polar-mock");

/// Kills the server when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn serves_a_seed_file() {
    let binary = BINARY;
    let seed = r#"{
      "frontend_url": "http://localhost:3000",
      "organizations": [{
        "slug": "plainorg",
        "customers": [{ "id": "22222222-2222-4222-8222-222222222222", "email": "bob@example.com", "external_id": "usr_bob" }],
        "tokens": [{ "token": "polar_oat_from_file" }]
      }]
    }"#;
    let path = std::env::temp_dir().join(format!("polar-mock-seed-{}.json", std::process::id()));
    std::fs::write(&path, seed).expect("write seed");
    let child = Command::new(binary)
        .args(["--port", "0", "--seed"])
        .arg(&path)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start polar-mock");
    let mut server = Server(child);
    let stdout = server.0.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines().map(|l| l.expect("line"));
    let banner: Vec<String> = lines
        .by_ref()
        .take_while(|l| !l.starts_with("Press Ctrl-C"))
        .collect();
    let text = banner.join("\n");
    let url = text
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .expect("url");
    assert!(text.contains("polar_oat_from_file"), "{text}");
    assert!(
        text.contains(
            "22222222-2222-4222-8222-222222222222 bob@example.com (individual, external id usr_bob)"
        ),
        "{text}"
    );

    let response = reqwest::Client::new()
        .post(format!("{url}/v1/customer-sessions/"))
        .bearer_auth("polar_oat_from_file")
        .header("content-type", "application/json")
        .body(r#"{"external_customer_id":"usr_bob"}"#)
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 201);
    let body: serde_json::Value =
        serde_json::from_str(&response.text().await.expect("body")).expect("json");
    let portal = body
        .get("customer_portal_url")
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned);
    assert!(portal.is_some_and(|p| {
        p.starts_with("http://localhost:3000/plainorg/portal?customer_session_token=polar_cst_")
    }));
    let _ = std::fs::remove_file(path);
}

#[test]
fn bad_arguments_exit_with_usage() {
    let binary = BINARY;
    let output = Command::new(binary).arg("--nope").output().expect("run");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: polar-mock"));
    let output = Command::new(binary)
        .args(["--seed", "/nonexistent.json"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read the seed file"));
    let output = Command::new(binary)
        .args(["--port", "0", "--default-version", "2020-01"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown API version \"2020-01\""));
}
