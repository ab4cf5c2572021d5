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

/// The handler of an operation.
pub(crate) type Handler = fn(&Mutex<State>, Call<'_>) -> Reply;

/// An operation's own handler.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Own {
    /// Reproduced: it validates the request itself (with Polar's exact messages).
    Faithful(Handler),
    /// A simulated flow ([`flows`]), run once the request passed validation.
    Flow(Handler),
}

/// Runs an operation whose request passed validation: its simulated flow, a stored collection's
/// handler, or a stub.
pub(crate) fn answer(state: &Mutex<State>, call: Call<'_>) -> Reply {
    if let Some(Own::Flow(flow)) = call.op.own {
        return flow(state, call);
    }
    match call.op.crud {
        Some((collection, crud)) => stored::handle(state, call, collection, crud),
        None => stub::answer(state, call),
    }
}

/// The handler of an operation, if it has its own (looked up once, when the spec is loaded).
pub(crate) fn own(id: &str) -> Option<Own> {
    match id {
        "member-sessions:create" => Some(Own::Faithful(sessions::member_session)),
        "customer-sessions:create" => Some(Own::Faithful(sessions::customer_session)),
        _ => flows::flow(id).map(Own::Flow),
    }
}
