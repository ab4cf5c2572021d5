//! Creates a member session and prints the portal URL.
//!
//! ```sh
//! cargo run --example create_member_session                  # against the built-in mock
//! POLAR_ACCESS_TOKEN=polar_oat_... POLAR_SERVER=sandbox \
//!     cargo run --example create_member_session -- MEMBER_ID [CUSTOMER_ID]
//! ```
//!
//! With `POLAR_ACCESS_TOKEN` set it calls the configured server (`POLAR_SERVER`,
//! `POLAR_SERVER_URL`); with a customer id too, it also creates the member's session through
//! today's route, customer sessions. Without a token it starts the mock server in-process.

use std::process::ExitCode;

use polarsh::models::{CustomerSessionCreate, MemberSessionCreate};
use polarsh::{Error, Polar, Url, Uuid};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if std::env::var_os("POLAR_ACCESS_TOKEN").is_none() {
        return against_the_mock().await;
    }
    let polar = Polar::from_env()?;
    let Some(member_id) = args.first() else {
        return Err("usage: create_member_session MEMBER_ID [CUSTOMER_ID]".into());
    };
    let member_id = Uuid::parse_str(member_id).map_err(|e| format!("MEMBER_ID: {e}"))?;
    let customer_id = match args.get(1) {
        Some(id) => Some(Uuid::parse_str(id).map_err(|e| format!("CUSTOMER_ID: {e}"))?),
        None => None,
    };
    let return_url = Url::parse("https://example.com/account")?;

    // The retired route first: today's servers answer 404 with a hint.
    match polar
        .member_sessions()
        .create(MemberSessionCreate::new(member_id).with_return_url(return_url.clone()))
        .await
    {
        Ok(session) => println!("member portal: {}", session.member_portal_url),
        Err(Error::Api(e)) if e.status == 404 && customer_id.is_some() => {
            println!("member sessions: {e}");
        }
        Err(e) => return Err(e.into()),
    }
    if let Some(customer_id) = customer_id {
        let session = polar
            .customer_sessions()
            .create(
                CustomerSessionCreate::for_customer(customer_id)
                    .with_member_id(member_id)
                    .with_return_url(return_url),
            )
            .await?;
        println!("customer portal: {}", session.customer_portal_url);
    }
    Ok(())
}

async fn against_the_mock() -> Result<(), Box<dyn std::error::Error>> {
    let mock = polarsh_mock::MockServer::start().await;
    println!(
        "POLAR_ACCESS_TOKEN is not set: using the built-in mock server at {}",
        mock.url()
    );
    let polar = Polar::builder()
        .access_token(mock.default_token())
        .server_url(mock.url())
        .build()?;
    let return_url = Url::parse("https://example.com/account")?;

    let session = polar
        .member_sessions()
        .create(
            MemberSessionCreate::new(mock.default_member_id()).with_return_url(return_url.clone()),
        )
        .await?;
    println!("member portal: {}", session.member_portal_url);

    // Today's route to the same portal: a customer session for the member.
    let session = polar
        .customer_sessions()
        .create(
            CustomerSessionCreate::for_customer(mock.default_customer_id())
                .with_member_id(mock.default_member_id())
                .with_return_url(return_url),
        )
        .await?;
    println!("customer portal: {}", session.customer_portal_url);

    // What a typed error looks like: a member that does not exist.
    match polar
        .member_sessions()
        .create(MemberSessionCreate::new(Uuid::new_v4()))
        .await
    {
        Err(Error::Validation(e)) => println!("an unknown member: {e}"),
        other => return Err(format!("expected a validation error, got {other:?}").into()),
    }
    Ok(())
}
