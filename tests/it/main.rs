//! The integration tests, as one test binary (each binary links the whole crate again): one
//! module per area.

mod common;
mod mock_support;
mod mock_whole_api;
mod spec_samples;

mod all_operations;
#[rustfmt::skip]
mod generated_calls;

mod operations;
mod pages;
mod retry_classes;
mod schemas;
mod upload;
#[rustfmt::skip]
mod schemas_generated;

mod concurrency;
mod config;
mod customer_sessions;
mod errors;
mod faults;
mod hardening;
mod logging;
mod member_sessions;
mod mock_api;
mod mock_behaviour;
mod mock_door;
mod mock_fixtures;
mod mock_flows;
mod mock_groups;
mod mock_hardening;
mod mock_licenses;
mod mock_sdk;
mod mock_state;
mod mock_webhooks;
mod public_api;
mod retries;
mod secrets;
mod webhooks;
