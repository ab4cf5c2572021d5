//! polarsh: an async Rust SDK for the Polar billing API.

#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
