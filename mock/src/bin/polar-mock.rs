//! `polar-mock`: serves [`polarsh_mock`] on a chosen port, for any Polar client.
//!
//! ```text
//! polar-mock [--port N] [--host IP] [--seed FILE] [--frontend-url URL] [--member-sessions-retired]
//! ```
//!
//! Prints the URL, tokens and ids it serves, then runs until interrupted (Ctrl-C).

use std::io::Write as _;
use std::net::IpAddr;
use std::process::ExitCode;

use polarsh_mock::{MockServer, Seed};

const USAGE: &str = "\
usage: polar-mock [options]

Serves a local mock of the Polar API: every operation of API version 2026-10.

options:
  --port N                   port to listen on (default 8000; 0 picks a free one)
  --host IP                  address to listen on (default 127.0.0.1)
  --seed FILE                JSON seed file (default: the built-in seed); format in the polarsh README
  --frontend-url URL         base URL of portal links (default https://polar.sh, or the seed's)
  --member-sessions-retired  answer POST /v1/member-sessions/ with 404, like today's servers
  --default-version V        API version of requests without Polar-Version (2026-04 or 2026-10, the default)
  -h, --help                 show this help";

#[derive(Debug)]
struct Options {
    port: u16,
    host: IpAddr,
    seed: Option<String>,
    frontend_url: Option<String>,
    member_sessions_retired: bool,
    default_version: Option<String>,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        port: 8000,
        host: IpAddr::from([127, 0, 0, 1]),
        seed: None,
        frontend_url: None,
        member_sessions_retired: false,
        default_version: None,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(format!("{name} needs a value"))
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(None),
            "--port" => options.port = value()?.parse().map_err(|e| format!("--port: {e}"))?,
            "--host" => options.host = value()?.parse().map_err(|e| format!("--host: {e}"))?,
            "--seed" => options.seed = Some(value()?),
            "--frontend-url" => options.frontend_url = Some(value()?),
            "--member-sessions-retired" => options.member_sessions_retired = true,
            "--default-version" => options.default_version = Some(value()?),
            _ => return Err(format!("unknown argument {arg:?}")),
        }
    }
    Ok(Some(options))
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("polar-mock: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let seed = match &options.seed {
        None => Seed::default(),
        Some(path) => match Seed::from_file(path) {
            Ok(seed) => seed,
            Err(e) => {
                eprintln!("polar-mock: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let mut builder = MockServer::builder()
        .seed(seed)
        .ip(options.host)
        .port(options.port)
        .member_sessions_retired(options.member_sessions_retired)
        // A long-running server: keep the log small.
        .request_log_limit(100);
    if let Some(url) = &options.frontend_url {
        builder = builder.frontend_url(url.as_str());
    }
    if let Some(version) = &options.default_version {
        builder = builder.default_version(version.as_str());
    }
    let mock = match builder.start().await {
        Ok(mock) => mock,
        Err(e) => {
            eprintln!("polar-mock: {e}");
            return ExitCode::FAILURE;
        }
    };
    // A closed stdout (piped into `head`) does not stop the server.
    let mut stdout = std::io::stdout();
    let _ = write!(
        stdout,
        "{}",
        describe(&mock, options.member_sessions_retired)
    );
    let _ = writeln!(stdout, "Press Ctrl-C to stop.");
    let _ = stdout.flush();
    std::future::pending::<()>().await;
    ExitCode::SUCCESS
}

/// What the server serves: its URL, routes, and every organization with its tokens, customers and members.
fn describe(mock: &MockServer, retired: bool) -> String {
    use std::fmt::Write as _;
    let seed = mock.snapshot();
    let mut out = String::new();
    let _ = writeln!(out, "polar-mock: serving the Polar API at {}", mock.url());
    let member_route = if retired { " (retired: 404)" } else { "" };
    let _ = writeln!(
        out,
        "  POST /v1/member-sessions/{member_route}\n  POST /v1/customer-sessions/"
    );
    let _ = writeln!(out, "  portal links: {}", seed.frontend_url());
    if let Some(limit) = seed.rate_limit() {
        let _ = writeln!(
            out,
            "  rate limit: {} requests per {:?} per organization",
            limit.requests(),
            limit.window()
        );
    }
    for org in seed.organizations() {
        let _ = writeln!(
            out,
            "organization {} {} (member_model_enabled: {}, seat_based_pricing_enabled: {})",
            org.slug(),
            org.id(),
            org.member_model_enabled(),
            org.seat_based_pricing_enabled()
        );
        for token in seed
            .tokens()
            .iter()
            .filter(|t| t.organization_id() == org.id())
        {
            let scopes = match token.scopes().len() {
                n if n == polarsh_mock::ALL_SCOPES.len() => "every scope".to_owned(),
                _ => token.scopes().join(" "),
            };
            let _ = writeln!(out, "  token    {} ({scopes})", token.token());
        }
        for customer in seed
            .customers()
            .iter()
            .filter(|c| c.organization_id() == org.id() && !c.is_deleted())
        {
            let _ = writeln!(
                out,
                "  customer {} {} ({}{})",
                customer.id(),
                customer.email().unwrap_or("no email"),
                customer.customer_type().as_str(),
                customer
                    .external_id()
                    .map(|e| format!(", external id {e}"))
                    .unwrap_or_default()
            );
            for member in seed
                .members()
                .iter()
                .filter(|m| m.customer_id() == customer.id() && !m.is_deleted())
            {
                let _ = writeln!(
                    out,
                    "    member {} {} ({}{})",
                    member.id(),
                    member.email(),
                    member.role().as_str(),
                    member
                        .external_id()
                        .map(|e| format!(", external id {e}"))
                        .unwrap_or_default()
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Option<Options>, String> {
        parse(list.iter().map(|s| (*s).to_owned()))
    }

    #[test]
    fn arguments() {
        let options = args(&[
            "--port",
            "0",
            "--seed=seed.json",
            "--member-sessions-retired",
        ])
        .expect("valid")
        .expect("options");
        assert_eq!(
            (
                options.port,
                options.seed.as_deref(),
                options.member_sessions_retired
            ),
            (0, Some("seed.json"), true)
        );
        assert!(args(&["--help"]).expect("valid").is_none());
        assert!(args(&["--port"]).is_err());
        assert!(args(&["--port", "x"]).is_err());
        assert!(args(&["--bogus"]).is_err());
    }

    #[tokio::test]
    async fn describes_the_default_seed() {
        let mock = MockServer::start().await;
        let text = describe(&mock, false);
        assert!(text.contains(&mock.url()));
        assert!(text.contains(polarsh_mock::defaults::TOKEN));
        assert!(text.contains(&polarsh_mock::defaults::MEMBER_ID.to_string()));
        assert!(text.contains("(every scope)"));
    }
}
