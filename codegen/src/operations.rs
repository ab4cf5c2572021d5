//! The operations: one `static Operation`, one typed method and, where the operation has
//! optional query parameters, one builder marker with a setter per parameter.
//!
//! Naming rule (applied to every operation; exceptions only through the overlay):
//! - The group path is the operation id's segments but the last, each once
//!   (`oauth2:clients:oauth2:create_client` → `oauth2`, `clients`). Its handle type is the
//!   segments in CamelCase (`OAuth2Clients`), reached by one accessor per segment in snake case
//!   (`polar.oauth2().clients()`); `customer_portal` is reached through
//!   `polar.customer_portal(token)`.
//! - The method is the operation id's last segment, without the group's last word (or its
//!   singular) when it ends or starts with it: `list_members` in `members` is `list`,
//!   `create_client` in `clients` is `create`.
//! - The marker of a builder with optional parameters is the method and the handle in
//!   CamelCase: `ListCustomers`, `ListCustomerPortalOrders`.
//! - A model is named after its schema, with characters that cannot be in an identifier
//!   dropped and each word capitalised; `ListResource_X_` is `Page<X>`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::OnceLock;

use serde_json::Value;

/// The hand-written types the overlay puts in place of schemas (`handwritten`).
static HANDWRITTEN: OnceLock<BTreeMap<String, String>> = OnceLock::new();

fn remember_handwritten(overlay: &Value) {
    HANDWRITTEN.get_or_init(|| {
        overlay["handwritten"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(schema, v)| {
                (
                    schema.clone(),
                    v["type"].as_str().unwrap_or(schema).to_owned(),
                )
            })
            .collect()
    });
}

/// The text as a `#[doc]` attribute.
fn doc_attr(text: &str) -> String {
    format!("#[doc = {:?}]\n", text.trim())
}

/// The spec's Markdown, safe for rustdoc (the models' rules).
fn sanitize(text: &str) -> String {
    crate::doc_lines(text).join("\n")
}

/// A group word as a type name part: `customer_portal` → `CustomerPortal`, `oauth2` → `OAuth2`.
fn camel(name: &str) -> String {
    if name == "oauth2" {
        return "OAuth2".to_owned();
    }
    crate::pascal(name)
}

/// A group word or parameter as an identifier.
fn snake(name: &str) -> String {
    crate::field_ident(name)
}

/// The singular of a group word: `members` → `member`, `categories` → `category`.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    word.strip_suffix('s').unwrap_or(word).to_owned()
}

/// The Rust type of a schema, as a path into `crate::models` (the models' naming rule, and the
/// overlay's hand-written types).
fn rust_type_name(schema: &str) -> String {
    let name = HANDWRITTEN
        .get()
        .and_then(|h| h.get(schema).cloned())
        .unwrap_or_else(|| crate::schema_type_name(schema));
    format!("crate::models::{name}")
}

/// One operation, as the generator reads it from the spec and the overlay.
struct Op {
    id: String,
    method: String,
    path: String,
    group: Vec<String>,
    name: String,
    summary: String,
    description: String,
    credential: &'static str,
    scopes: Vec<String>,
    safe: bool,
    hint: Option<String>,
    path_params: Vec<Param>,
    query_params: Vec<Param>,
    body: Option<(String, bool)>,
    output: Output,
    paginated: bool,
}

struct Param {
    name: String,
    required: bool,
    kind: ParamKind,
    description: String,
}

enum ParamKind {
    /// One value; `repeatable`: several values are sent as repeated keys, one per call.
    Scalar { ty: Scalar, repeatable: bool },
    /// An array set at once (`sorting`).
    List(Scalar),
    /// `metadata[key]=value`.
    Metadata,
}

#[derive(Clone)]
enum Scalar {
    Str,
    Uuid,
    Bool,
    Int,
    Float,
    DateTime,
    Date,
    Enum(String),
}

enum Output {
    Json(String),
    Empty,
    Text,
    Receipt(String),
    Page(String),
}

impl Output {
    fn rust(&self) -> String {
        match self {
            Output::Json(ty) => ty.clone(),
            Output::Empty => "()".to_owned(),
            Output::Text => "String".to_owned(),
            Output::Receipt(ty) => format!("Receipt<{ty}>"),
            Output::Page(ty) => format!("Page<{ty}>"),
        }
    }

    fn decoder(&self) -> &'static str {
        match self {
            Output::Json(_) => "decode::json()",
            Output::Empty => "decode::empty()",
            Output::Text => "decode::text()",
            Output::Receipt(_) => "decode::receipt()",
            Output::Page(_) => "decode::page()",
        }
    }
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// Writes the operations module.
pub fn generate(spec: &Value, overlay: &Value) -> String {
    remember_handwritten(overlay);
    let ops = read_operations(spec, overlay);
    let mut out = String::new();
    out.push_str(&inner_doc(&operation_table(&ops)));
    out.push_str(
        "use chrono::{DateTime, NaiveDate, Utc};\nuse reqwest::Method;\nuse uuid::Uuid;\n\n\
         use crate::client::Polar;\n\
         use crate::operation::{Credential, Operation, RetryClass};\nuse crate::pages::Page;\n\
         use crate::request::RequestBuilder;\nuse crate::resources::customer_portal::CustomerPortal;\n\
         use crate::transport::decode::{self, Receipt};\n\n",
    );

    // The statics, in the spec's order.
    for op in &ops {
        let mut line = format!(
            "/// `{}`: `{} {}`.\npub(crate) static {}: Operation = Operation::new({:?}, Method::{}, {:?}, Credential::{}, RetryClass::{})",
            op.id,
            op.method,
            op.path,
            static_name(op),
            op.id,
            op.method,
            op.path,
            op.credential,
            if op.safe { "Safe" } else { "Unsafe" }
        );
        if let Some(hint) = &op.hint {
            let _ = write!(line, ".with_not_found_hint({hint:?})");
        }
        line.push_str(";\n");
        out.push_str(&line);
    }

    // The handles, grouped by group path.
    let mut groups: BTreeMap<Vec<String>, Vec<&Op>> = BTreeMap::new();
    for op in &ops {
        groups.entry(op.group.clone()).or_default().push(op);
        // Parents exist even without operations of their own (`customer_portal`).
        for depth in 1..op.group.len() {
            groups.entry(op.group[..depth].to_vec()).or_default();
        }
    }
    for (group, group_ops) in &groups {
        if group.len() == 1 && group[0] == "customer_portal" {
            // The portal client itself is hand-written: only its accessors are generated.
            let children = child_groups(&groups, group);
            if !children.is_empty() {
                out.push_str("impl CustomerPortal {\n");
                for child in children {
                    write_accessor(&mut out, &child, "CustomerPortal");
                }
                out.push_str("}\n");
            }
            continue;
        }
        write_group(&mut out, &groups, group, group_ops);
    }

    // The accessors on the client, for the top-level groups.
    out.push_str("impl Polar {\n");
    for group in groups
        .keys()
        .filter(|g| g.len() == 1 && g[0] != "customer_portal")
    {
        write_accessor(&mut out, group, "Polar");
    }
    out.push_str("}\n");
    out
}

fn child_groups(groups: &BTreeMap<Vec<String>, Vec<&Op>>, parent: &[String]) -> Vec<Vec<String>> {
    groups
        .keys()
        .filter(|g| g.len() == parent.len() + 1 && g.starts_with(parent))
        .cloned()
        .collect()
}

fn handle_name(group: &[String]) -> String {
    group.iter().map(|s| camel(s)).collect()
}

fn static_name(op: &Op) -> String {
    op.id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn is_portal(group: &[String]) -> bool {
    group.first().is_some_and(|g| g == "customer_portal")
}

fn write_accessor(out: &mut String, group: &[String], parent: &str) {
    let handle = handle_name(group);
    let accessor = snake(group.last().unwrap());
    let field = if parent == "CustomerPortal" {
        "portal: self"
    } else if parent == "Polar" {
        "polar: self"
    } else if is_portal(group) {
        "portal: self.portal"
    } else {
        "polar: self.polar"
    };
    let _ = writeln!(
        out,
        "/// The `{}` operations.\npub fn {accessor}(&self) -> {handle}<'_> {{ {handle} {{ {field} }} }}",
        group.join("/")
    );
}

fn write_group(
    out: &mut String,
    groups: &BTreeMap<Vec<String>, Vec<&Op>>,
    group: &[String],
    ops: &[&Op],
) {
    let handle = handle_name(group);
    let portal = is_portal(group);
    let (field, field_ty) = if portal {
        ("portal", "&'a CustomerPortal")
    } else {
        ("polar", "&'a Polar")
    };
    let mut doc = format!("The `{}` operations of the Polar API.", group.join("/"));
    let _ = write!(doc, "\n\n{}", group_example(group, ops));
    out.push_str(&doc_attr(&doc));
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, Copy)]\npub struct {handle}<'a> {{ pub(crate) {field}: {field_ty} }}"
    );
    let _ = writeln!(out, "impl<'a> {handle}<'a> {{");
    for child in child_groups(groups, group) {
        let child_handle = handle_name(&child);
        let accessor = snake(child.last().unwrap());
        let _ = writeln!(
            out,
            "/// The `{}` operations.\npub fn {accessor}(&self) -> {child_handle}<'a> {{ {child_handle} {{ {field}: self.{field} }} }}",
            child.join("/")
        );
    }
    for op in ops {
        write_method(out, op, field);
    }
    out.push_str("}\n");
    for op in ops {
        write_marker(out, op, &handle);
    }
}

/// A runnable-looking example for the group's docs: its first operation without arguments, or
/// its first one.
fn group_example(group: &[String], ops: &[&Op]) -> String {
    let chain: String = if is_portal(group) {
        let rest: String = group[1..]
            .iter()
            .map(|g| format!(".{}()", snake(g)))
            .collect();
        format!("polar.customer_portal(\"polar_cst_...\"){rest}")
    } else {
        group
            .iter()
            .map(|g| format!(".{}()", snake(g)))
            .collect::<String>()
            .replacen('.', "polar.", 1)
    };
    let Some(op) = ops.iter().find(|op| {
        op.path_params.is_empty()
            && op.body.is_none()
            && op.query_params.iter().all(|p| !p.required)
    }) else {
        // A handle borrows its client: keep the portal client in a variable.
        let (setup, chain) = match chain.strip_prefix("polar.customer_portal(\"polar_cst_...\")") {
            Some(rest) => (
                "let portal = polar.customer_portal(\"polar_cst_...\");\n".to_owned(),
                format!("portal{rest}"),
            ),
            None => (String::new(), chain),
        };
        return format!(
            "```no_run\n# fn run(polar: polarsh::Polar) {{\n{setup}let handle = {chain};\n# let _ = handle;\n# }}\n```"
        );
    };
    format!(
        "```no_run\n# async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {{\nlet answer = {chain}.{}().await?;\n# let _ = answer;\n# Ok(()) }}\n```",
        op.name
    )
}

fn write_method(out: &mut String, op: &Op, field: &str) {
    let mut doc = String::new();
    if !op.summary.is_empty() {
        let _ = write!(doc, "{}.", op.summary.trim_end_matches('.'));
    }
    if !op.description.is_empty() && op.description.trim() != op.summary.trim() {
        let _ = write!(doc, "\n\n{}", op.description);
    }
    let credential = match op.credential {
        "Organization" => "an organization, personal or OAuth2 token",
        "User" => "a personal or OAuth2 user token",
        "CustomerSession" => "a customer or member session token",
        _ => "no credential (no `Authorization` is sent)",
    };
    let _ = write!(
        doc,
        "\n\n`{}`: `{} {}`, {credential}",
        op.id, op.method, op.path
    );
    if !op.scopes.is_empty() {
        let scopes: Vec<String> = op.scopes.iter().map(|s| format!("`{s}`")).collect();
        let _ = write!(doc, ", scope {}", scopes.join(" or "));
    }
    doc.push('.');
    if !op.safe {
        doc.push_str(" Not repeated by a retry once it may have reached Polar.");
    }
    out.push_str(&doc_attr(&doc));

    let mut args = Vec::new();
    let mut path_values = Vec::new();
    let mut prelude = String::new();
    for p in &op.path_params {
        let arg = snake(&p.name);
        match &p.kind {
            ParamKind::Scalar {
                ty: Scalar::Uuid, ..
            } => {
                args.push(format!("{arg}: Uuid"));
                let _ = writeln!(prelude, "let {arg} = {arg}.to_string();");
                path_values.push(format!("&{arg}"));
            }
            _ => {
                args.push(format!("{arg}: impl AsRef<str>"));
                path_values.push(format!("{arg}.as_ref()"));
            }
        }
    }
    let mut chain = String::new();
    for p in op.query_params.iter().filter(|p| p.required) {
        let arg = snake(&p.name);
        let (ty, value) = scalar_arg(match &p.kind {
            ParamKind::Scalar { ty, .. } | ParamKind::List(ty) => ty,
            ParamKind::Metadata => &Scalar::Str,
        });
        args.push(format!("{arg}: {ty}"));
        let _ = write!(
            chain,
            ".set_query({:?}, {})",
            p.name,
            value.replace("VALUE", &arg)
        );
    }
    if let Some((body, form)) = &op.body {
        args.push(format!("body: {body}"));
        let _ = write!(
            chain,
            ".{}(&body)",
            if *form { "form_body" } else { "json_body" }
        );
    }
    let output = op.output.rust();
    let marker = marker_name(op);
    let ret = match &marker {
        Some(marker) => format!("RequestBuilder<{output}, {marker}>"),
        None => format!("RequestBuilder<{output}>"),
    };
    let builder = if field == "portal" {
        format!(
            "self.portal.request(&{}, &[{}], {})",
            static_name(op),
            path_values.join(", "),
            op.output.decoder()
        )
    } else {
        format!(
            "RequestBuilder::new(self.polar, &{}, &[{}], {})",
            static_name(op),
            path_values.join(", "),
            op.output.decoder()
        )
    };
    let _ = writeln!(
        out,
        "pub fn {}(&self, {}) -> {ret} {{ {prelude} {builder}{chain} }}",
        op.name,
        args.join(", ")
    );
}

fn marker_name(op: &Op) -> Option<String> {
    let optional = op
        .query_params
        .iter()
        .any(|p| !p.required && !(op.paginated && (p.name == "page" || p.name == "limit")));
    optional.then(|| format!("{}{}", camel(&op.name), handle_name(&op.group)))
}

fn write_marker(out: &mut String, op: &Op, handle: &str) {
    let Some(marker) = marker_name(op) else {
        return;
    };
    let _ = handle;
    out.push_str(&doc_attr(&format!(
        "Marks the request builder of `{}`, which has its optional parameters as setters.",
        op.id
    )));
    let _ = writeln!(out, "#[derive(Debug, Clone, Copy)]\npub struct {marker};");
    let _ = writeln!(
        out,
        "impl RequestBuilder<{}, {marker}> {{",
        op.output.rust()
    );
    for p in &op.query_params {
        if p.required || (op.paginated && (p.name == "page" || p.name == "limit")) {
            continue;
        }
        let mut doc = if p.description.is_empty() {
            format!("Sets `{}`.", p.name)
        } else {
            p.description.clone()
        };
        let setter = snake(&p.name);
        match &p.kind {
            ParamKind::Metadata => {
                doc.push_str(
                    "\n\nSent as `metadata[key]=value`; call again for more keys or values.",
                );
                out.push_str(&doc_attr(&doc));
                let _ = writeln!(
                    out,
                    "pub fn {setter}(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {{ self.add_metadata_filter(key.as_ref(), value.as_ref()) }}"
                );
            }
            ParamKind::Scalar { ty, repeatable } => {
                if *repeatable {
                    doc.push_str("\n\nCall again to add more values (sent as repeated keys).");
                }
                out.push_str(&doc_attr(&doc));
                let (arg_ty, value) = scalar_arg(ty);
                let call = if *repeatable {
                    "append_query"
                } else {
                    "set_query"
                };
                let _ = writeln!(
                    out,
                    "pub fn {setter}(self, value: {arg_ty}) -> Self {{ self.{call}({:?}, {}) }}",
                    p.name,
                    value.replace("VALUE", "value")
                );
            }
            ParamKind::List(ty) => {
                out.push_str(&doc_attr(&doc));
                let (item_ty, _) = scalar_arg(ty);
                let values = match ty {
                    Scalar::Str => "values.into_iter().map(|v| v.as_ref().to_owned())",
                    _ => "values",
                };
                let item = match ty {
                    Scalar::Str => "impl AsRef<str>".to_owned(),
                    _ => item_ty,
                };
                let _ = writeln!(
                    out,
                    "pub fn {setter}<I: IntoIterator<Item = {item}>>(self, values: I) -> Self {{ self.set_query_all({:?}, {values}) }}",
                    p.name
                );
            }
        }
    }
    out.push_str("}\n");
}

/// The argument type of a parameter and how its value is passed (`VALUE` stands for it).
fn scalar_arg(ty: &Scalar) -> (String, &'static str) {
    match ty {
        Scalar::Str => ("impl AsRef<str>".to_owned(), "VALUE.as_ref()"),
        Scalar::Uuid => ("Uuid".to_owned(), "&VALUE"),
        Scalar::Bool => ("bool".to_owned(), "&VALUE"),
        Scalar::Int => ("i64".to_owned(), "&VALUE"),
        Scalar::Float => ("f64".to_owned(), "&VALUE"),
        Scalar::DateTime => ("DateTime<Utc>".to_owned(), "&VALUE"),
        Scalar::Date => ("NaiveDate".to_owned(), "&VALUE"),
        Scalar::Enum(name) => (name.clone(), "&VALUE"),
    }
}

fn read_operations(spec: &Value, overlay: &Value) -> Vec<Op> {
    let ov = &overlay["operations"];
    let safe: BTreeSet<&str> = strings(&ov["retry_safe"]);
    let unsafe_: BTreeSet<&str> = strings(&ov["retry_unsafe"]);
    let mut ops = Vec::new();
    let mut sources: Vec<(String, String, Value)> = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                sources.push((path.clone(), method.to_uppercase(), op.clone()));
            }
        }
    }
    for extra in ov["added"].as_array().into_iter().flatten() {
        sources.push((
            extra["path"].as_str().unwrap().to_owned(),
            extra["method"].as_str().unwrap().to_owned(),
            extra["operation"].clone(),
        ));
    }
    for (path, method, op) in sources {
        let id = op["operationId"].as_str().expect("operationId").to_owned();
        let segments: Vec<&str> = id.split(':').collect();
        let mut group: Vec<String> = Vec::new();
        for s in &segments[..segments.len() - 1] {
            let s = s.replace('-', "_");
            if !group.contains(&s) {
                group.push(s);
            }
        }
        let last = segments[segments.len() - 1];
        let name = ov["names"][&id]
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| method_name(last, group.last().unwrap()));
        let security = op["security"].as_array().cloned().unwrap_or_default();
        let mut schemes = BTreeSet::new();
        let mut scopes = BTreeSet::new();
        for entry in &security {
            for (scheme, list) in entry.as_object().unwrap() {
                schemes.insert(scheme.clone());
                for scope in list.as_array().into_iter().flatten() {
                    scopes.insert(scope.as_str().unwrap().to_owned());
                }
            }
        }
        let credential = if schemes.is_empty() {
            "None"
        } else if schemes.contains("customer_session") || schemes.contains("member_session") {
            "CustomerSession"
        } else if schemes.contains("oat") {
            "Organization"
        } else {
            "User"
        };
        let default_safe = matches!(method.as_str(), "GET" | "PUT" | "DELETE" | "PATCH");
        let is_safe = if safe.contains(id.as_str()) {
            true
        } else if unsafe_.contains(id.as_str()) {
            false
        } else {
            default_safe
        };
        let mut path_params = Vec::new();
        let mut query_params = Vec::new();
        for p in op["parameters"].as_array().into_iter().flatten() {
            let param = read_param(p);
            match p["in"].as_str() {
                Some("path") => path_params.push(param),
                Some("query") => query_params.push(param),
                _ => {}
            }
        }
        // Path parameters in the order of the template.
        path_params.sort_by_key(|p| path.find(&format!("{{{}}}", p.name)).unwrap_or(usize::MAX));
        let body = read_body(&id, &op, ov);
        let paginated = op.get("x-polar-pagination").is_some()
            || query_params.iter().any(|p| p.name == "page")
                && query_params.iter().any(|p| p.name == "limit");
        let output = read_output(&id, &op, ov);
        let hint = ov["not_found_hints"][&id].as_str().map(str::to_owned);
        ops.push(Op {
            summary: sanitize(op["summary"].as_str().unwrap_or_default()),
            description: sanitize(op["description"].as_str().unwrap_or_default()),
            id,
            method,
            path,
            group,
            name,
            credential,
            scopes: scopes.into_iter().collect(),
            safe: is_safe,
            hint,
            path_params,
            query_params,
            body,
            output,
            paginated,
        });
    }
    ops
}

/// The operation ids of an overlay section: `{"id": "why", ...}`.
fn strings(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .into_iter()
        .flatten()
        .map(|(id, _why)| id.as_str())
        .collect()
}

/// The operation id's last segment without a repeated group word.
pub fn method_name(last: &str, group: &str) -> String {
    let group = group.replace('-', "_");
    for word in [group.clone(), singular(&group)] {
        if let Some(rest) = last.strip_suffix(&format!("_{word}")) {
            return rest.to_owned();
        }
        if let Some(rest) = last.strip_prefix(&format!("{word}_")) {
            return rest.to_owned();
        }
    }
    last.to_owned()
}

fn read_param(p: &Value) -> Param {
    let name = p["name"].as_str().unwrap().to_owned();
    let schema = &p["schema"];
    let description = sanitize(
        p["description"]
            .as_str()
            .or_else(|| schema["description"].as_str())
            .unwrap_or_default(),
    );
    let kind = if p["style"].as_str() == Some("deepObject") {
        ParamKind::Metadata
    } else {
        param_kind(schema)
    };
    Param {
        name,
        required: p["required"].as_bool().unwrap_or(false),
        kind,
        description,
    }
}

fn param_kind(schema: &Value) -> ParamKind {
    if let Some(any) = schema["anyOf"].as_array() {
        let options: Vec<&Value> = any.iter().filter(|s| s["type"] != "null").collect();
        let scalar = options.iter().find(|s| s["type"] != "array");
        let array = options.iter().find(|s| s["type"] == "array");
        return match (scalar, array) {
            (Some(s), Some(_)) => ParamKind::Scalar {
                ty: scalar_of(s),
                repeatable: true,
            },
            (Some(s), None) => ParamKind::Scalar {
                ty: scalar_of(s),
                repeatable: false,
            },
            (None, Some(a)) => ParamKind::List(scalar_of(&a["items"])),
            (None, None) => ParamKind::Scalar {
                ty: Scalar::Str,
                repeatable: false,
            },
        };
    }
    if schema["type"] == "array" {
        return ParamKind::List(scalar_of(&schema["items"]));
    }
    ParamKind::Scalar {
        ty: scalar_of(schema),
        repeatable: false,
    }
}

fn scalar_of(schema: &Value) -> Scalar {
    if let Some(reference) = schema["$ref"].as_str() {
        return Scalar::Enum(rust_type_name(reference.rsplit('/').next().unwrap()));
    }
    match (schema["type"].as_str(), schema["format"].as_str()) {
        (Some("string"), Some("uuid" | "uuid4")) => Scalar::Uuid,
        (Some("string"), Some("date-time")) => Scalar::DateTime,
        (Some("string"), Some("date")) => Scalar::Date,
        (Some("boolean"), _) => Scalar::Bool,
        (Some("integer"), _) => Scalar::Int,
        (Some("number"), _) => Scalar::Float,
        _ => Scalar::Str,
    }
}

fn ref_name(schema: &Value) -> Option<String> {
    schema["$ref"]
        .as_str()
        .map(|r| r.rsplit('/').next().unwrap().to_owned())
}

fn read_body(id: &str, op: &Value, ov: &Value) -> Option<(String, bool)> {
    let content = op["requestBody"]["content"].as_object()?;
    let (media, body) = content.iter().next()?;
    let form = media == "application/x-www-form-urlencoded";
    if let Some(name) = ov["bodies"][id].as_str() {
        return Some((name.to_owned(), form));
    }
    let schema = &body["schema"];
    let name = ref_name(schema)
        .unwrap_or_else(|| panic!("{id}: an inline request body needs a name in the overlay"));
    Some((rust_type_name(&name), form))
}

fn read_output(id: &str, op: &Value, ov: &Value) -> Output {
    if let Some(name) = ov["responses"][id].as_str() {
        return if name.starts_with("Page<") {
            Output::Page(name[5..name.len() - 1].to_owned())
        } else {
            Output::Json(name.to_owned())
        };
    }
    let responses = op["responses"].as_object().expect("responses");
    let success: Vec<(&String, &Value)> = responses
        .iter()
        .filter(|(status, _)| status.starts_with('2'))
        .collect();
    fn json_of(response: &Value) -> Option<&Value> {
        let schema = &response["content"]["application/json"]["schema"];
        schema.is_object().then_some(schema)
    }
    if success.len() == 2 {
        let (_, ok) = success
            .iter()
            .find(|(s, _)| s.as_str() == "200")
            .expect("a 200");
        let name = ref_name(json_of(ok).expect("a JSON 200")).expect("a named 200");
        return Output::Receipt(rust_type_name(&name));
    }
    let (status, response) = success[0];
    if status == "204" {
        return Output::Empty;
    }
    if response["content"].get("text/csv").is_some() {
        return Output::Text;
    }
    let Some(schema) = json_of(response) else {
        return Output::Empty;
    };
    if let Some(name) = ref_name(schema) {
        if let Some(item) = name
            .strip_prefix("ListResource_")
            .and_then(|n| n.strip_suffix('_'))
        {
            return Output::Page(rust_type_name(item));
        }
        return Output::Json(rust_type_name(&name));
    }
    if schema["type"] == "array" {
        let item = ref_name(&schema["items"]).expect("named array items");
        return Output::Json(format!("Vec<{}>", rust_type_name(&item)));
    }
    if schema
        .as_object()
        .is_some_and(|o| o.is_empty() || !o.contains_key("anyOf") && !o.contains_key("oneOf"))
    {
        // Any JSON: 202s acknowledge, a 200 is kept as it came.
        return if status == "202" {
            Output::Empty
        } else {
            Output::Json("serde_json::Value".to_owned())
        };
    }
    panic!("{id}: an inline response union needs a name in the overlay");
}

/// The accessors that reach a group's handle, from `client` (or from `portal` for the customer
/// portal's groups): `polar.customers().members()`.
fn accessor_chain(group: &[String], client: &str, portal: &str) -> String {
    let (start, rest) = if is_portal(group) {
        (portal, &group[1..])
    } else {
        (client, group)
    };
    let accessors: String = rest.iter().map(|g| format!(".{}()", snake(g))).collect();
    format!("{start}{accessors}")
}

/// The text as an inner `#![doc]` attribute.
fn inner_doc(text: &str) -> String {
    format!("#![doc = {:?}]\n", text.trim())
}

/// Every operation id beside its Rust call, for the module's docs.
fn operation_table(ops: &[Op]) -> String {
    let mut out = String::from(
        "Every operation of the API: the spec's operation id, its method and path, and the call \
         that makes it. Optional query parameters are setters on the returned builder; lists also \
         have `.page(n)`, `.limit(n)` and `.stream()`.\n\n\
         | operation | method and path | call |\n| --- | --- | --- |\n",
    );
    for op in ops {
        let chain = accessor_chain(&op.group, "polar", "polar.customer_portal(token)");
        let mut args: Vec<String> = op.path_params.iter().map(|p| snake(&p.name)).collect();
        args.extend(
            op.query_params
                .iter()
                .filter(|p| p.required)
                .map(|p| snake(&p.name)),
        );
        if op.body.is_some() {
            args.push("body".to_owned());
        }
        let _ = writeln!(
            out,
            "| `{}` | `{} {}` | `{chain}.{}({})` |",
            op.id,
            op.method,
            op.path,
            op.name,
            args.join(", ")
        );
    }
    out
}

/// Writes the test table that calls every operation once with fixed arguments: the test reads
/// the spec itself to check what each call sent.
pub fn generate_test_calls(spec: &Value, overlay: &Value) -> String {
    remember_handwritten(overlay);
    let ops = read_operations(spec, overlay);
    let test_bodies = &overlay["operations"]["test_bodies"];
    let mut out = String::from(
        "#![allow(unreachable_pub)]\n\nuse polarsh::{CustomerPortal, Polar};\n\n\
         /// A call's future, its answer dropped, its error as text.\n\
         pub type Call = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), String>> + Send>>;\n\n\
         /// Every operation id the crate has, in the spec's order.\n",
    );
    let ids: Vec<String> = ops.iter().map(|op| format!("{:?}", op.id)).collect();
    let _ = writeln!(
        out,
        "pub const OPERATIONS: &[&str] = &[{}];",
        ids.join(", ")
    );
    out.push_str(
        "/// Calls operation `id` with the fixed arguments of `tests/it/all_operations.rs`, the \
         body decoded from `body`.\n\
         pub fn call(polar: &Polar, portal: &CustomerPortal, id: &str, body: serde_json::Value) -> Call {\n\
         let _ = &body;\nmatch id {\n",
    );
    for op in &ops {
        let mut chain = accessor_chain(&op.group, "polar", "portal");
        let mut args = Vec::new();
        let mut prelude_body: Option<String> = None;
        for p in &op.path_params {
            args.push(match &p.kind {
                ParamKind::Scalar {
                    ty: Scalar::Uuid, ..
                } => "crate::all_operations::ID".to_owned(),
                _ => format!("\"p-{}\"", p.name),
            });
        }
        for p in op.query_params.iter().filter(|p| p.required) {
            let ty = match &p.kind {
                ParamKind::Scalar { ty, .. } | ParamKind::List(ty) => ty.clone(),
                ParamKind::Metadata => Scalar::Str,
            };
            args.push(format!(
                "crate::all_operations::query_value({:?}, {:?})",
                op.id, p.name
            ));
            if let Scalar::Enum(name) = &ty {
                let last = args.pop().unwrap();
                args.push(format!("serde_json::from_value::<{}>(serde_json::Value::String({last}.to_owned())).unwrap()", name.replace("crate::", "polarsh::")));
            } else {
                let last = args.pop().unwrap();
                args.push(match ty {
                    Scalar::Str => last,
                    _ => format!("{last}.parse().unwrap()"),
                });
            }
        }
        if let Some((body, _)) = &op.body {
            match test_bodies[&op.id].as_str() {
                Some(expr) => args.push(expr.to_owned()),
                None => {
                    prelude_body = Some(format!(
                        "let body = match serde_json::from_value::<{}>(body) {{ Ok(body) => body, Err(e) => return Box::pin(async move {{ Err(format!(\"the sample body does not decode: {{e}}\")) }}) }};",
                        body.replace("crate::", "polarsh::")
                    ));
                    args.push("body".to_owned());
                }
            }
        }
        let _ = write!(chain, ".{}({})", op.name, args.join(", "));
        let _ = writeln!(
            out,
            "{:?} => {{ {} let call = {chain}; Box::pin(async move {{ call.await.map(drop).map_err(|e| e.to_string()) }}) }}",
            op.id,
            prelude_body.take().unwrap_or_default()
        );
    }
    out.push_str("other => panic!(\"no operation {other}\"),\n}\n}\n");
    out
}

/// Writes `ErrorKind`: the error classes Polar's error bodies name (`{"error": "NotPermitted"}`),
/// every one the spec declares for an operation plus the overlay's, and `Unknown`.
pub fn generate_error_kinds(spec: &Value, overlay: &Value) -> String {
    let mut kinds: BTreeMap<String, String> = BTreeMap::new();
    let schemas = &spec["components"]["schemas"];
    for item in spec["paths"].as_object().unwrap().values() {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            for (status, response) in op["responses"].as_object().unwrap() {
                if status.starts_with('2') {
                    continue;
                }
                let schema = &response["content"]["application/json"]["schema"];
                let mut refs: Vec<&Value> = vec![schema];
                for key in ["anyOf", "oneOf"] {
                    refs.extend(schema[key].as_array().into_iter().flatten());
                }
                for r in refs {
                    let Some(name) = ref_name(r) else { continue };
                    let error = &schemas[&name]["properties"]["error"];
                    let wire = error["const"]
                        .as_str()
                        .or_else(|| error["enum"][0].as_str())
                        .map(str::to_owned);
                    if let Some(wire) = wire {
                        let doc = schemas[&name]["description"].as_str().unwrap_or_default();
                        kinds.insert(wire, format!("`{status}`. {}", sanitize(doc)));
                    }
                }
            }
        }
    }
    for (wire, doc) in overlay["error_kinds"].as_object().into_iter().flatten() {
        kinds
            .entry(wire.clone())
            .or_insert_with(|| doc.as_str().unwrap_or_default().to_owned());
    }
    let mut out = String::new();
    out.push_str(&doc_attr(
        "The class of a Polar error, from the `error` field of its body: every class the spec \
         declares, and `Unknown` for the ones this crate does not know yet. Match on it instead \
         of on strings.\n\n```\nuse polarsh::ErrorKind;\n\nlet kind: ErrorKind = \"PaymentFailed\".parse().unwrap();\nassert_eq!(kind, ErrorKind::PaymentFailed);\nassert_eq!(ErrorKind::from(\"SomethingNew\").as_str(), \"SomethingNew\");\n```",
    ));
    out.push_str(
        "#[derive(Debug, Clone, PartialEq, Eq, Hash)]\n#[non_exhaustive]\npub enum ErrorKind {\n",
    );
    let variant = |wire: &str| -> String {
        wire.split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect()
    };
    for (wire, doc) in &kinds {
        let doc = if doc.trim().is_empty() {
            format!("`{wire}`.")
        } else {
            format!("`{wire}`: {doc}")
        };
        out.push_str(&doc_attr(&doc));
        let _ = writeln!(out, "{},", variant(wire));
    }
    out.push_str(
        "/// A class this crate does not know yet, as Polar spelled it.\nUnknown(String),\n}\n",
    );
    out.push_str("impl ErrorKind {\n/// The class as Polar spells it.\npub fn as_str(&self) -> &str { match self {\n");
    for wire in kinds.keys() {
        let _ = writeln!(out, "ErrorKind::{} => {wire:?},", variant(wire));
    }
    out.push_str("ErrorKind::Unknown(other) => other,\n} }\n}\n");
    out.push_str("impl From<&str> for ErrorKind {\nfn from(wire: &str) -> Self { match wire {\n");
    for wire in kinds.keys() {
        let _ = writeln!(out, "{wire:?} => ErrorKind::{},", variant(wire));
    }
    out.push_str("other => ErrorKind::Unknown(other.to_owned()),\n} }\n}\n");
    out.push_str("impl std::str::FromStr for ErrorKind {\ntype Err = std::convert::Infallible;\nfn from_str(wire: &str) -> Result<Self, Self::Err> { Ok(ErrorKind::from(wire)) }\n}\n");
    out.push_str("impl std::fmt::Display for ErrorKind {\nfn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }\n}\n");
    out
}
