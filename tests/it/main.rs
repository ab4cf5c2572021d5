//! The integration tests, one binary.

mod webhooks;
