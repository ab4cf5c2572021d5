//! Pieces of the `sdk` bench: the counting allocator and clocks, the local server, statistics.

pub(crate) mod measure;
pub(crate) mod server;
pub(crate) mod stats;
