//! The API the mock serves: every operation of Polar's OpenAPI document and the schemas they use.
//!
//! `spec/operations.json` (in this package) is written by the repository's generator from the pinned
//! document; it is embedded and read once per process. The router matches a request path against the
//! operations' path templates.

use std::sync::OnceLock;

use serde::Deserialize;

static SOURCE: &str = include_str!("../spec/operations.json");

/// A schema, reduced to what validation and answers need (see the generator's `mock_spec.rs`).
#[derive(Debug, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub(crate) enum Schema {
    Any,
    Null,
    Bool,
    Int(Bounds),
    Num(Bounds),
    Str {
        #[serde(default)]
        format: Option<String>,
        #[serde(default)]
        min_len: Option<usize>,
        #[serde(default)]
        max_len: Option<usize>,
        /// A value that matches the string's `pattern` (patterns themselves are not checked).
        #[serde(default)]
        sample: Option<String>,
    },
    Enum {
        values: Vec<serde_json::Value>,
    },
    Const {
        value: serde_json::Value,
    },
    Array {
        items: Box<Schema>,
        #[serde(default)]
        min_items: Option<usize>,
        #[serde(default)]
        max_items: Option<usize>,
    },
    Tuple {
        items: Vec<Schema>,
    },
    Object {
        #[serde(default)]
        title: Option<String>,
        props: Vec<Property>,
    },
    Dict {
        values: Box<Schema>,
        #[serde(default)]
        max_props: Option<usize>,
    },
    Union {
        members: Vec<Schema>,
        #[serde(default)]
        tag: Option<String>,
        #[serde(default)]
        mapping: Vec<(String, usize)>,
        /// The tag of a value without one, where Polar's discriminator has a default.
        #[serde(default)]
        default: Option<String>,
    },
    Ref {
        to: usize,
    },
}

/// Numeric bounds (`minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Bounds {
    #[serde(default)]
    pub(crate) min: Option<f64>,
    #[serde(default)]
    pub(crate) max: Option<f64>,
    #[serde(default)]
    pub(crate) xmin: Option<f64>,
    #[serde(default)]
    pub(crate) xmax: Option<f64>,
}

/// An object's property: name, schema, required.
#[derive(Debug, Deserialize)]
pub(crate) struct Property(pub(crate) String, pub(crate) Schema, pub(crate) bool);

#[derive(Debug, Deserialize)]
pub(crate) struct NamedSchema {
    pub(crate) name: String,
    pub(crate) schema: Schema,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum ParamIn {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Param {
    pub(crate) name: String,
    #[serde(rename = "in")]
    pub(crate) location: ParamIn,
    pub(crate) required: bool,
    pub(crate) schema: Schema,
}

/// A credential kind an operation accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Credential {
    /// Organization access tokens (`polar_oat_`).
    Organization,
    /// Personal access tokens and OAuth2 tokens of a user.
    User,
    /// Customer session tokens (`polar_cst_`).
    Customer,
    /// Member session tokens (`polar_mst_`).
    Member,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum BodyKind {
    Json,
    Form,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RequestBody {
    pub(crate) kind: BodyKind,
    pub(crate) required: bool,
    pub(crate) schema: Schema,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum AnswerKind {
    Json,
    Csv,
    None,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) kind: AnswerKind,
    pub(crate) schema: Option<Schema>,
}

/// One operation of the API.
#[derive(Debug, Deserialize)]
pub(crate) struct Operation {
    pub(crate) id: String,
    pub(crate) method: String,
    pub(crate) path: String,
    /// The credential kinds the operation accepts; empty: none needed.
    pub(crate) credentials: Vec<Credential>,
    /// Any one of these scopes grants the operation.
    pub(crate) scopes: Vec<String>,
    pub(crate) params: Vec<Param>,
    pub(crate) body: Option<RequestBody>,
    pub(crate) answer: Answer,
    /// What the operation does to a stored collection, if it is one of its create, list, get, update
    /// or delete operations.
    #[serde(skip)]
    pub(crate) crud: Option<(usize, Crud)>,
    /// The operation's own handler, if it has one, found once when the document is loaded.
    #[serde(skip)]
    pub(crate) own: Option<crate::handlers::Own>,
}

/// The five operations of a stored collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Crud {
    Create,
    /// A page of records (Polar's pagination).
    List,
    /// Every record, as a plain JSON array.
    ListAll,
    Get,
    Update,
    Delete,
}

/// A collection the mock stores: the records its create operation returns, which its list, get,
/// update and delete operations see.
#[derive(Debug)]
pub(crate) struct Collection {
    /// Its name: the path after `/v1/` (`products`, `webhooks/endpoints`).
    pub(crate) name: String,
    /// The schema of one record (the create operation's answer).
    pub(crate) record: usize,
    /// Whether a delete keeps the record with `deleted_at` set (hidden from the API), as Polar does
    /// for customers.
    pub(crate) soft_delete: bool,
}

impl Operation {
    /// Whether the operation only reads (every scope it takes is a read scope or it is a GET).
    pub(crate) fn is_read(&self) -> bool {
        self.method == "GET"
    }
}

#[derive(Debug, Deserialize)]
struct Document {
    operations: Vec<Operation>,
    schemas: Vec<NamedSchema>,
    events: Vec<String>,
}

/// The whole API: operations, schemas and the router over their paths.
#[derive(Debug)]
pub(crate) struct Api {
    pub(crate) operations: Vec<Operation>,
    /// The stored collections (see [`Collection`]).
    pub(crate) collections: Vec<Collection>,
    /// The webhook event types (`customer.created`, …).
    pub(crate) events: Vec<String>,
    pub(crate) schemas: Vec<NamedSchema>,
    routes: Vec<Route>,
    /// The routes of each segment count, in declaration order.
    by_length: Vec<Vec<usize>>,
}

/// One path template and the operation of each of its methods.
#[derive(Debug)]
struct Route {
    segments: Vec<Segment>,
    trailing_slash: bool,
    methods: Vec<(String, usize)>,
}

#[derive(Debug)]
enum Segment {
    Literal(String),
    Param(String),
}

/// What the router found for a path.
#[derive(Debug)]
pub(crate) enum Found<'a> {
    /// The operation and the path parameters, decoded.
    Operation(&'a Operation, Vec<(&'a str, String)>),
    /// The path exists, not with this method: the method of its first route, for `allow`.
    MethodNotAllowed(&'a str),
    /// The path exists in the other trailing-slash form: that form.
    Redirect(String),
    /// No route has the path.
    Unknown,
}

/// The API, parsed on first use.
pub(crate) fn api() -> &'static Api {
    static API: OnceLock<Api> = OnceLock::new();
    API.get_or_init(|| {
        let doc: Document = serde_json::from_str(SOURCE)
            .unwrap_or_else(|e| panic!("spec/operations.json does not parse: {e}"));
        Api::new(doc)
    })
}

impl Api {
    fn new(doc: Document) -> Self {
        let mut routes: Vec<Route> = Vec::new();
        for (index, op) in doc.operations.iter().enumerate() {
            if let Some(route) = routes.iter_mut().find(|r| r.template_eq(&op.path)) {
                route.methods.push((op.method.clone(), index));
                continue;
            }
            let trimmed = op.path.trim_end_matches('/');
            routes.push(Route {
                segments: trimmed
                    .split('/')
                    .skip(1)
                    .map(
                        |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                            Some(name) => Segment::Param(name.to_owned()),
                            None => Segment::Literal(s.to_owned()),
                        },
                    )
                    .collect(),
                trailing_slash: op.path.ends_with('/'),
                methods: vec![(op.method.clone(), index)],
            });
        }
        let mut by_length: Vec<Vec<usize>> = Vec::new();
        for (index, route) in routes.iter().enumerate() {
            let length = route.segments.len();
            if by_length.len() <= length {
                by_length.resize(length + 1, Vec::new());
            }
            by_length[length].push(index);
        }
        let mut operations = doc.operations;
        let collections = collections(&mut operations, &doc.schemas);
        for op in &mut operations {
            op.own = crate::handlers::own(&op.id);
        }
        Api {
            operations,
            collections,
            events: doc.events,
            schemas: doc.schemas,
            routes,
            by_length,
        }
    }

    /// The stored collection of this name (`products`, `webhooks/endpoints`).
    pub(crate) fn collection(&self, name: &str) -> Option<usize> {
        self.collections.iter().position(|c| c.name == name)
    }

    /// The schema a `ref` points to.
    pub(crate) fn schema(&self, index: usize) -> &NamedSchema {
        &self.schemas[index]
    }

    /// Starlette's routing: the first route whose template matches the decoded path exactly (literal
    /// segments before parameters, as Polar declares them), then the other trailing-slash form.
    pub(crate) fn find(&self, method: &str, path: &str) -> Found<'_> {
        let slash = path.ends_with('/') && path.len() > 1;
        let trimmed = path.trim_end_matches('/');
        let parts: Vec<&str> = trimmed.split('/').skip(1).collect();
        // Starlette tries every route: a full match (path and method) wins, else the first partial one
        // answers 405. A literal segment beats a parameter, as Polar declares its routes in that order.
        type Full<'r> = (&'r Route, usize, Vec<(&'r str, String)>);
        let mut full: Option<Full<'_>> = None;
        let mut partial: Option<&Route> = None;
        let mut toggled = None;
        let candidates = self
            .by_length
            .get(parts.len())
            .map_or(&[][..], Vec::as_slice);
        for route in candidates.iter().map(|&i| &self.routes[i]) {
            let Some(params) = route.matches(&parts) else {
                continue;
            };
            if route.trailing_slash != slash {
                toggled.get_or_insert(route);
                continue;
            }
            match route.methods.iter().find(|(m, _)| m == method) {
                Some(&(_, index)) => {
                    if full
                        .as_ref()
                        .is_none_or(|(f, _, _)| route.literals() > f.literals())
                    {
                        full = Some((route, index, params));
                    }
                }
                None => {
                    if partial.is_none_or(|p| route.literals() > p.literals()) {
                        partial = Some(route);
                    }
                }
            }
        }
        if let Some((_, index, params)) = full {
            return Found::Operation(&self.operations[index], params);
        }
        if let Some(route) = partial {
            // FastAPI declares one route per method: `allow` names the first one's.
            return Found::MethodNotAllowed(route.methods[0].0.as_str());
        }
        match toggled {
            Some(route) if route.trailing_slash => Found::Redirect(format!("{trimmed}/")),
            Some(_) => Found::Redirect(trimmed.to_owned()),
            None => Found::Unknown,
        }
    }
}

/// Collections with no create operation, which the simulated flows fill: license keys and benefit grants,
/// granted when a checkout is confirmed, events, ingested, and the customer meters they add up to. Their
/// records are what their list shows.
const GRANTED: &[&str] = &[
    "license-keys",
    "benefit-grants",
    "events",
    "customer-meters",
];

/// Collections the operations' paths describe: a create (`POST /v1/{name}/`) answering one schema, with
/// the list, get (`/v1/{name}/{id}`), update and delete (204) beside it; and the [`GRANTED`] ones, from
/// their list. Organizations (created by users, outside any organization) and sessions are not among them.
/// A customer-portal list or get (`/v1/customer-portal/{name}/…`) answering the same records shows a
/// session's customer its own.
fn collections(operations: &mut [Operation], schemas: &[NamedSchema]) -> Vec<Collection> {
    let mut out = Vec::new();
    let granted = GRANTED.iter().filter_map(|name| {
        let list = operations.iter().find(|op| {
            op.method == "GET" && op.path.trim_end_matches('/') == format!("/v1/{name}")
        })?;
        match list_shape(schemas, list.answer.schema.as_ref())? {
            ListShape::Page(Schema::Ref { to }) => Some((None, (*name).to_owned(), *to)),
            _ => None,
        }
    });
    let granted: Vec<(Option<usize>, String, usize)> = granted.collect();
    let creates: Vec<(Option<usize>, String, usize)> = operations
        .iter()
        .enumerate()
        .filter(|(_, op)| op.method == "POST" && !op.path.contains('{'))
        .filter_map(|(i, op)| {
            let name = op
                .path
                .strip_prefix("/v1/")?
                .trim_end_matches('/')
                .to_owned();
            let record = match &op.answer.schema {
                Some(Schema::Ref { to }) if op.answer.status == 201 => *to,
                _ => return None,
            };
            let excluded = ["organizations", "customer-sessions", "member-sessions"];
            (!excluded.contains(&name.as_str()) && !name.contains('/')
                || name == "webhooks/endpoints"
                || name == "metrics/dashboards")
                .then_some((Some(i), name, record))
        })
        .chain(granted)
        .collect();
    'collections: for (create, name, record) in creates {
        let index = out.len();
        let base = format!("/v1/{name}");
        let portal = format!("/v1/customer-portal/{name}");
        let is_record = |schema: &Schema| matches!(schema, Schema::Ref { to } if *to == record);
        let mut found: Vec<(usize, Crud)> = create.map(|i| (i, Crud::Create)).into_iter().collect();
        for (i, op) in operations.iter().enumerate() {
            let answers_record = op.answer.schema.as_ref().is_some_and(is_record);
            let crud = if op.method == "GET" && op.path.trim_end_matches('/') == portal {
                match list_shape(schemas, op.answer.schema.as_ref()) {
                    Some(ListShape::Page(items)) if is_record(items) => Crud::List,
                    _ => continue,
                }
            } else if op.method == "GET" && op.path == format!("{portal}/{{id}}") {
                if !answers_record {
                    continue;
                }
                Crud::Get
            } else if op.path.trim_end_matches('/') == base && op.method == "GET" {
                match list_shape(schemas, op.answer.schema.as_ref()) {
                    Some(ListShape::Page(items)) if is_record(items) => Crud::List,
                    Some(ListShape::Array(items)) if is_record(items) => Crud::ListAll,
                    // A list of another schema than the create answers: not a collection the mock can keep.
                    _ => continue 'collections,
                }
            } else if op.path == format!("{base}/{{id}}") {
                match op.method.as_str() {
                    "GET" if answers_record => Crud::Get,
                    "PATCH" if answers_record => Crud::Update,
                    "DELETE" if op.answer.kind == AnswerKind::None => Crud::Delete,
                    _ => continue,
                }
            } else {
                continue;
            };
            found.push((i, crud));
        }
        for (i, crud) in found {
            operations[i].crud = Some((index, crud));
        }
        out.push(Collection {
            soft_delete: name == "customers",
            name,
            record,
        });
    }
    out
}

enum ListShape<'a> {
    Page(&'a Schema),
    Array(&'a Schema),
}

/// The item schema of a list answer: a page's `items`, or a plain array's.
fn list_shape<'a>(schemas: &'a [NamedSchema], schema: Option<&'a Schema>) -> Option<ListShape<'a>> {
    let resolve = |s: &'a Schema| match s {
        Schema::Ref { to } => &schemas[*to].schema,
        other => other,
    };
    match resolve(schema?) {
        Schema::Array { items, .. } => Some(ListShape::Array(items)),
        // Pages of two kinds (Polar's events): the first that is a page.
        Schema::Union { members, .. } => members
            .iter()
            .find_map(|member| list_shape(schemas, Some(member))),
        Schema::Object { props, .. } => {
            let items = props.iter().find(|p| p.0 == "items")?;
            match resolve(&items.1) {
                Schema::Array { items, .. } => Some(ListShape::Page(items)),
                _ => None,
            }
        }
        _ => None,
    }
}

impl Route {
    fn template_eq(&self, path: &str) -> bool {
        let trimmed = path.trim_end_matches('/');
        self.trailing_slash == path.ends_with('/')
            && trimmed.split('/').skip(1).count() == self.segments.len()
            && trimmed
                .split('/')
                .skip(1)
                .zip(&self.segments)
                .all(|(s, seg)| match seg {
                    Segment::Literal(l) => l == s,
                    Segment::Param(p) => {
                        s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) == Some(p)
                    }
                })
    }

    fn literals(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count()
    }

    fn matches<'r>(&'r self, parts: &[&str]) -> Option<Vec<(&'r str, String)>> {
        if parts.len() != self.segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (part, segment) in parts.iter().zip(&self.segments) {
            match segment {
                Segment::Literal(l) if l == part => {}
                Segment::Literal(_) => return None,
                // Starlette's `{name}` matches one non-empty segment.
                Segment::Param(_) if part.is_empty() => return None,
                Segment::Param(name) => params.push((name.as_str(), (*part).to_owned())),
            }
        }
        Some(params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_document_is_loaded() {
        let api = api();
        assert_eq!(api.operations.len(), 186);
        assert!(api.operations.iter().any(|op| op.id == "customers:get"));
        assert_eq!(
            api.schemas.iter().filter(|s| s.name == "Customer").count(),
            1
        );
    }

    #[test]
    fn stored_collections() {
        let api = api();
        let names: Vec<&str> = api.collections.iter().map(|c| c.name.as_str()).collect();
        for name in [
            "products",
            "customers",
            "discounts",
            "webhooks/endpoints",
            "checkout-links",
        ] {
            assert!(names.contains(&name), "{names:?}");
        }
        assert!(!names.contains(&"organizations"));
        let crud = |id: &str| {
            api.operations
                .iter()
                .find(|op| op.id == id)
                .and_then(|op| op.crud)
        };
        let products = names.iter().position(|n| *n == "products").unwrap();
        assert_eq!(crud("products:create"), Some((products, Crud::Create)));
        assert_eq!(crud("products:list"), Some((products, Crud::List)));
        assert_eq!(crud("products:get"), Some((products, Crud::Get)));
        assert_eq!(crud("products:update"), Some((products, Crud::Update)));
        assert_eq!(crud("customers:delete").map(|c| c.1), Some(Crud::Delete));
        assert_eq!(crud("products:update_benefits"), None);
    }

    #[test]
    fn routing() {
        let api = api();
        let Found::Operation(op, params) = api.find("GET", "/v1/customers/abc") else {
            panic!("no route");
        };
        assert_eq!(op.id, "customers:get");
        assert_eq!(params, [("id", "abc".to_owned())]);
        // A literal segment wins over a parameter.
        let Found::Operation(op, _) = api.find("GET", "/v1/customers/export") else {
            panic!("no route");
        };
        assert_eq!(op.id, "customers:export");
        assert!(
            matches!(api.find("GET", "/v1/customers"), Found::Redirect(p) if p == "/v1/customers/")
        );
        assert!(
            matches!(api.find("GET", "/v1/webhooks/endpoints/"), Found::Redirect(p) if p == "/v1/webhooks/endpoints")
        );
        assert!(matches!(
            api.find("PUT", "/v1/customers/"),
            Found::MethodNotAllowed("GET")
        ));
        assert!(matches!(api.find("GET", "/v1/nothing/"), Found::Unknown));
    }
}
