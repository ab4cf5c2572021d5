//! The operations: the few Polar's server is reproduced for ([`sessions`]), and answers built from the
//! spec for every other ([`stub`]).

mod sessions;
mod stub;

use std::sync::Mutex;

use crate::pipeline::Call;
use crate::pipeline::reply::Reply;
use crate::state::State;

pub(crate) use stub::answer;

/// An operation's own handler, which validates the request itself (with Polar's exact messages).
pub(crate) type Handler = fn(&Mutex<State>, Call<'_>) -> Reply;

/// The handler of an operation the mock reproduces, if it is one.
pub(crate) fn faithful(id: &str) -> Option<Handler> {
    match id {
        "member-sessions:create" => Some(sessions::member_session),
        "customer-sessions:create" => Some(sessions::customer_session),
        _ => None,
    }
}
