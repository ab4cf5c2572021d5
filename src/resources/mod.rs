//! One handle per API resource; each borrows the client.

mod customer_sessions;
mod member_sessions;

pub use customer_sessions::CustomerSessions;
pub use member_sessions::MemberSessions;
