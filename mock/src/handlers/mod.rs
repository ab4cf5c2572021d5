//! The operations: the few Polar's server is reproduced for ([`sessions`]), the stored collections'
//! create, list, get, update and delete ([`stored`]), and answers built from the spec for every other
//! ([`stub`]).

mod events;
mod flows;
mod licenses;
mod members;
mod meters;
mod organizations;
mod portal;
mod sessions;
mod stored;
mod stub;

use std::sync::Mutex;

use crate::pipeline::Call;
use crate::pipeline::reply::Reply;
use crate::state::State;

/// An operation's own handler, which validates the request itself (with Polar's exact messages).
pub(crate) type Handler = fn(&Mutex<State>, Call<'_>) -> Reply;

/// Runs an operation whose request passed validation: a simulated flow ([`flows`]), a stored
/// collection's, or a stub.
pub(crate) fn answer(state: &Mutex<State>, call: Call<'_>) -> Reply {
    if let Some(flow) = flows::flow(&call.op.id) {
        return flow(state, call);
    }
    match call.op.crud {
        Some((collection, crud)) => stored::handle(state, call, collection, crud),
        None => stub::answer(state, call),
    }
}

/// The handler of an operation the mock reproduces, if it is one.
pub(crate) fn faithful(id: &str) -> Option<Handler> {
    match id {
        "member-sessions:create" => Some(sessions::member_session),
        "customer-sessions:create" => Some(sessions::customer_session),
        _ => None,
    }
}
