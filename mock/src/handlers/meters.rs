//! Customer meters, kept up to date from the stored meters and ingested events: a customer has a meter
//! (a record of the stored collection `customer-meters`, with its own id) once one of its events
//! matches the meter's `filter` (clauses on `name`, `source`, `timestamp` or a metadata key, written
//! `key` or `metadata.key`; `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `like` and `not_like` (a substring);
//! `and`/`or`, nested). `consumed_units` is the meter's `aggregation` over those events (`count`; `sum`,
//! `max`, `min`, `avg` of a numeric property; `unique` values of a property), `balance` the
//! `credited_units` (0, or a seeded record's) less that. An event names its customer by `customer_id`,
//! or by `external_customer_id` once a customer has it. They are computed again when events are
//! ingested and when a meter is created or updated; their list and get are the store's, and the
//! customer portal's `meters` show a session's customer its own.

use std::collections::BTreeSet;

use uuid::Uuid;

use super::flows::{create, set, text, uuid};
use super::stored::spelled;
use crate::answer::copy;
use crate::pyjson::Json;
use crate::spec::api;
use crate::state::State;

/// A property of an event: a top-level field, or a metadata key.
fn property<'a>(event: &'a Json, name: &str) -> Option<&'a Json> {
    match name {
        "name" | "source" | "timestamp" => event.get(name),
        _ => event
            .get("metadata")?
            .get(name.strip_prefix("metadata.").unwrap_or(name)),
    }
}

/// A finite number (`"NaN"`, `"inf"` and out-of-range values are not numbers here).
fn number(value: &Json) -> Option<f64> {
    let n = match value {
        Json::Int(n) => n.parse().ok(),
        Json::Float(f) => Some(*f),
        Json::Str(s) => s.parse().ok(),
        Json::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    };
    n.filter(|n: &f64| n.is_finite())
}

/// A finite value for JSON: overflows are clamped to the largest finite number.
fn finite(n: f64) -> f64 {
    if n.is_nan() {
        0.0
    } else {
        n.clamp(f64::MIN, f64::MAX)
    }
}

fn clause_matches(event: &Json, clause: &Json) -> bool {
    let (Some(name), Some(operator), Some(wanted)) = (
        text(clause, "property"),
        text(clause, "operator"),
        clause.get("value"),
    ) else {
        return false;
    };
    let Some(value) = property(event, &name) else {
        return operator == "ne" || operator == "not_like";
    };
    let ordered = match (number(value), number(wanted)) {
        (Some(a), Some(b)) if !matches!(value, Json::Str(_)) || !matches!(wanted, Json::Str(_)) => {
            a.partial_cmp(&b)
        }
        _ => spelled(value).zip(spelled(wanted)).map(|(a, b)| a.cmp(&b)),
    };
    let contains = || {
        spelled(value)
            .zip(spelled(wanted))
            .is_some_and(|(a, b)| a.contains(&b))
    };
    use std::cmp::Ordering::{Equal, Greater, Less};
    match operator.as_str() {
        "eq" => ordered == Some(Equal),
        "ne" => ordered != Some(Equal),
        "gt" => ordered == Some(Greater),
        "gte" => matches!(ordered, Some(Greater | Equal)),
        "lt" => ordered == Some(Less),
        "lte" => matches!(ordered, Some(Less | Equal)),
        "like" => contains(),
        "not_like" => !contains(),
        _ => false,
    }
}

/// Whether an event passes a meter's filter.
fn filter_matches(event: &Json, filter: &Json, depth: usize) -> bool {
    let clauses: &[Json] = match filter.get("clauses") {
        Some(Json::Array(clauses)) => clauses,
        _ => &[],
    };
    if depth > 16 {
        return false;
    }
    let each = |clause: &Json| {
        if clause.get("clauses").is_some() {
            filter_matches(event, clause, depth + 1)
        } else {
            clause_matches(event, clause)
        }
    };
    match text(filter, "conjunction").as_deref() {
        Some("or") => clauses.is_empty() || clauses.iter().any(each),
        _ => clauses.iter().all(each),
    }
}

/// The meter's aggregation over the events.
fn aggregate(aggregation: Option<&Json>, events: &[&Json]) -> f64 {
    let func = aggregation.and_then(|a| text(a, "func"));
    let name = aggregation
        .and_then(|a| text(a, "property"))
        .unwrap_or_default();
    let values = || events.iter().filter_map(|e| property(e, &name));
    let numbers: Vec<f64> = values().filter_map(number).collect();
    let result = match func.as_deref() {
        Some("sum") => numbers.iter().sum(),
        Some("max") => numbers.iter().copied().reduce(f64::max).unwrap_or(0.0),
        Some("min") => numbers.iter().copied().reduce(f64::min).unwrap_or(0.0),
        Some("avg") if !numbers.is_empty() => numbers.iter().sum::<f64>() / numbers.len() as f64,
        Some("avg") => 0.0,
        Some("unique") => values().filter_map(spelled).collect::<BTreeSet<_>>().len() as f64,
        _ => events.len() as f64,
    };
    finite(result)
}

/// Brings the stored customer meters of an organization up to date with its meters and events: each
/// (meter, customer) pair with a matching event has a record (created with a fresh id the first time);
/// `consumed_units` is computed again, `credited_units` kept, `balance` their difference. Only `meter`
/// when given, only the `customers` given.
pub(crate) fn refresh(
    st: &mut State,
    organization_id: Uuid,
    meter: Option<Uuid>,
    customers: Option<&[Uuid]>,
) {
    let api = api();
    let (Some(meters), Some(events), Some(customer_records), Some(collection)) = (
        api.collection("meters"),
        api.collection("events"),
        api.collection("customers"),
        api.collection("customer-meters"),
    ) else {
        return;
    };
    // The customers, and their events (by id or by external id).
    let mut by_external = std::collections::HashMap::new();
    let mut groups: Vec<(Json, Vec<&Json>)> = Vec::new();
    for record in st.store.live(customer_records, organization_id) {
        let Some(id) = uuid(&record.json, "id") else {
            continue;
        };
        if customers.is_some_and(|wanted| !wanted.contains(&id)) {
            continue;
        }
        if let Some(external) = text(&record.json, "external_id") {
            by_external.insert(external, groups.len());
        }
        let Some(json) = copy(&record.json, 64) else {
            continue;
        };
        groups.push((json, Vec::new()));
    }
    let index: std::collections::HashMap<Uuid, usize> = groups
        .iter()
        .enumerate()
        .filter_map(|(i, (c, _))| Some((uuid(c, "id")?, i)))
        .collect();
    for event in st.store.live(events, organization_id) {
        let group = uuid(&event.json, "customer_id")
            .and_then(|id| index.get(&id))
            .or_else(|| {
                text(&event.json, "external_customer_id").and_then(|e| by_external.get(&e))
            });
        if let Some(&group) = group {
            groups[group].1.push(&event.json);
        }
    }
    // The stored customer meters, by (meter, customer): looked up once.
    let stored: std::collections::HashMap<(Uuid, Uuid), Uuid> = st
        .store
        .live(collection, organization_id)
        .filter_map(|r| {
            let key = (uuid(&r.json, "meter_id")?, uuid(&r.json, "customer_id")?);
            Some((key, uuid(&r.json, "id")?))
        })
        .collect();
    let mut computed = Vec::new();
    for meter_record in st.store.live(meters, organization_id) {
        let meter_json = &meter_record.json;
        let Some(meter_id) = uuid(meter_json, "id") else {
            continue;
        };
        if meter.is_some_and(|m| m != meter_id)
            || !matches!(meter_json.get("archived_at"), None | Some(Json::Null))
        {
            continue;
        }
        let filter = meter_json.get("filter");
        for (customer, events) in &groups {
            let mut matched: Vec<&Json> = events
                .iter()
                .copied()
                .filter(|e| filter.is_none_or(|f| filter_matches(e, f, 0)))
                .collect();
            let customer_id = uuid(customer, "id");
            if matched.is_empty() {
                // A customer meter that no longer matches anything consumes nothing.
                if let Some(customer_id) = customer_id
                    && stored.contains_key(&(meter_id, customer_id))
                {
                    computed.push((
                        meter_id,
                        Some(customer_id),
                        0.0,
                        None,
                        None,
                        None,
                        copy(meter_json, 64),
                    ));
                }
                continue;
            }
            matched.sort_by_key(|e| text(e, "timestamp"));
            let consumed = aggregate(meter_json.get("aggregation"), &matched);
            let last = matched
                .last()
                .and_then(|e| e.get("timestamp"))
                .and_then(|t| copy(t, 0));
            let first = matched
                .first()
                .and_then(|e| e.get("timestamp"))
                .and_then(|t| copy(t, 0));
            computed.push((
                meter_id,
                customer_id,
                consumed,
                first,
                last,
                copy(customer, 64),
                copy(meter_json, 64),
            ));
        }
    }
    for (meter_id, customer_id, consumed, first, last, customer, meter_json) in computed {
        let Some(customer_id) = customer_id else {
            continue;
        };
        match stored.get(&(meter_id, customer_id)).copied() {
            Some(id) => {
                let Some(record) = st.store.get_mut(collection, organization_id, id) else {
                    continue;
                };
                let credited = match record.json.get("credited_units") {
                    Some(value) => number(value).unwrap_or(0.0),
                    None => 0.0,
                };
                let consumed = finite(consumed);
                set(&mut record.json, "consumed_units", Json::Float(consumed));
                set(
                    &mut record.json,
                    "balance",
                    Json::Float(finite(credited - consumed)),
                );
                if let Some(last) = last {
                    set(&mut record.json, "modified_at", last);
                }
                // The meter as it now is.
                if let Some(meter_json) = meter_json {
                    set(&mut record.json, "meter", meter_json);
                }
            }
            None => {
                let fields = vec![
                    ("created_at", first.unwrap_or(Json::Null)),
                    ("modified_at", last.unwrap_or(Json::Null)),
                    ("customer_id", Json::Str(customer_id.to_string())),
                    ("meter_id", Json::Str(meter_id.to_string())),
                    ("consumed_units", Json::Float(consumed)),
                    ("credited_units", Json::Int("0".to_owned())),
                    ("balance", Json::Float(-consumed)),
                    ("customer", customer.unwrap_or(Json::Null)),
                    ("meter", meter_json.unwrap_or(Json::Null)),
                ];
                let fields =
                    Json::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
                create(st, "customer-meters", organization_id, fields);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pyjson::decode;

    fn events(json: &str) -> Vec<Json> {
        match decode(json.as_bytes()) {
            Ok(mut list) => match &mut list {
                Json::Array(events) => std::mem::take(events),
                _ => panic!("not a list"),
            },
            Err(_) => panic!("not JSON"),
        }
    }

    #[test]
    fn aggregates_stay_finite() {
        let all = events(
            r#"[{"metadata":{"n":1e308}},{"metadata":{"n":1e308}},{"metadata":{"n":"NaN"}},
                {"metadata":{"n":"inf"}},{"metadata":{"n":"2"}}]"#,
        );
        let refs: Vec<&Json> = all.iter().collect();
        let agg = |json: &str| aggregate(decode(json.as_bytes()).ok().as_ref(), &refs);
        assert_eq!(agg(r#"{"func":"sum","property":"n"}"#), f64::MAX);
        assert_eq!(agg(r#"{"func":"min","property":"n"}"#), 2.0);
        assert_eq!(agg(r#"{"func":"unique","property":"n"}"#), 4.0);
        assert_eq!(agg(r#"{"func":"count"}"#), 5.0);
        assert!(
            crate::pyjson::render(&Json::Float(agg(r#"{"func":"avg","property":"n"}"#))).is_some()
        );
    }

    #[test]
    fn filters_compare_numbers_and_text_and_nest() {
        let event =
            &events(r#"[{"name":"api_call","metadata":{"tokens":120,"model":"gpt-5"}}]"#)[0];
        let filter = |json: &str| filter_matches(event, &decode(json.as_bytes()).unwrap(), 0);
        assert!(filter(
            r#"{"conjunction":"and","clauses":[{"property":"tokens","operator":"gt","value":100}]}"#
        ));
        assert!(!filter(
            r#"{"conjunction":"and","clauses":[{"property":"metadata.tokens","operator":"lte","value":99}]}"#
        ));
        assert!(filter(
            r#"{"conjunction":"or","clauses":[{"property":"name","operator":"eq","value":"x"},
            {"conjunction":"and","clauses":[{"property":"model","operator":"like","value":"gpt"}]}]}"#
        ));
        assert!(filter(
            r#"{"conjunction":"and","clauses":[{"property":"missing","operator":"ne","value":"x"}]}"#
        ));
        assert!(!filter(
            r#"{"conjunction":"and","clauses":[{"property":"model","operator":"not_like","value":"gpt"}]}"#
        ));
    }
}
