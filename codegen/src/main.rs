//! Generates polarsh's models and operations from Polar's pinned OpenAPI document.
//!
//! Reads `spec/polar-2026-10.openapi.json` and the hand-kept `spec/overlay.json`, and writes
//! `src/generated/models.rs` (the models), `src/generated/mod.rs`,
//! `tests/it/schemas_generated.rs` (the map from schema name to Rust type used by the schema
//! tests), `src/generated/api.rs` (the operations, see `operations.rs` for their naming rule),
//! `src/generated/error_kind.rs` (Polar's error classes) and `tests/it/generated_calls.rs` (a
//! call of every operation, for the tests). `cargo run -p polarsh-codegen` writes them; `-- --check` only compares and exits with
//! status 1 when a committed file differs from what would be written.
//!
//! # What is generated
//!
//! Every schema reachable from the operations (parameters, request bodies, responses) and from
//! the webhooks, following references through every schema, except:
//! - the schemas the overlay lists as `handwritten`: the generated code uses the named
//!   hand-written type of `crate::models` wherever the spec refers to them;
//! - `ListResource_X_` and `ListResourceWithCursorPagination_X_`: operations return
//!   `crate::Page<X>`.
//!
//! # Naming rule
//!
//! - A schema's type is its name with every character that cannot be in an identifier removed
//!   and the letter after it upper-cased: `CostMetadata-Input` is `CostMetadataInput`,
//!   `Body_email-update_verify_email_update` is `BodyEmailUpdateVerifyEmailUpdate`.
//! - An inline enum or union (one without a schema name) of field `field` of the schema (or
//!   inline type) `Parent` is `{Parent}{Field}`, the field's name in the same casing
//!   (`CustomerStateSubscription.status` gives `CustomerStateSubscriptionStatus`); the items of
//!   an array field and the values of a map field share the field's name. Inline types are
//!   never merged, even when two share a title. A top-level schema that is a map gives its
//!   values the name `{Schema}Value`.
//! - A request body written in the operation as a union of schemas (not a schema of its own) is
//!   named after its `title` in the same casing (`Subscription Create` is `SubscriptionCreate`),
//!   or, without one, after the operation id with `Body` (`oauth2:request_token` is
//!   `Oauth2RequestTokenBody`); a body whose members all map to one hand-written type is that
//!   type (`customer-sessions:create` takes `CustomerSessionCreate`).
//! - A field is the property name in snake case (characters that cannot be in an identifier
//!   become `_`, leading ones are dropped); a Rust keyword gets a trailing `_` (`type_`), with
//!   `#[serde(rename)]` to the wire name.
//! - An enum value `v` becomes a variant: split at every character that is not a letter or a
//!   digit, each part capitalised (an all-capital part is lower-cased first), a leading `-`
//!   (descending sort orders) is `Desc`, a leading digit gets a `V`; a clash gets a number.
//! - A union variant: for a discriminated union, the mapping value in the same casing
//!   (`order.paid` is `OrderPaid`); otherwise the variant type's name without the union's name
//!   as prefix (`Discount` + `DiscountFixedRepeatDuration` gives `FixedRepeatDuration`), and
//!   `String`, `Integer`, `Number`, `Boolean`, `DateTime`, `Date`, `Uuid`, `List`, `Map` for
//!   inline scalar and container members.
//!
//! # Types
//!
//! `integer` is `i64`, `number` `f64` (also `integer | number`), `date-time`
//! `DateTime<Utc>`, `date` `NaiveDate`, `uuid`/`uuid4` `Uuid`, other strings `String`, a `const`
//! its JSON type. `anyOf [T, null]` is `Option<T>`. A map of strings, integers, numbers and
//! booleans is `Metadata`; other maps `BTreeMap<String, T>`; a JSON value the spec leaves free
//! is `serde_json::Value`. The pair `[string, TaxIDFormat]` is `TaxId`. A non-required field is
//! an `Option` left out when `None`; in a request body whose schema name ends in `Update`, an
//! optional nullable field is a `Patch` (absent, `null`, or a value).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Map, Value};

mod mock_spec;
mod operations;

const SPEC: &str = "spec/polar-2026-10.openapi.json";
const OVERLAY: &str = "spec/overlay.json";
const OUT_MODELS: &str = "src/generated/models.rs";
const OUT_MOD: &str = "src/generated/mod.rs";
const OUT_TESTS: &str = "tests/it/schemas_generated.rs";
const OUT_API: &str = "src/generated/api.rs";
const OUT_ERROR_KINDS: &str = "src/generated/error_kind.rs";
const OUT_CALLS: &str = "tests/it/generated_calls.rs";
const OUT_MOCK_SPEC: &str = "mock/spec/operations.json";
/// Marks where an enum's body goes after formatting.
const ENUM_BODY: &str = "GENERATED_ENUM_BODY_";

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe",
    "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "typeof", "unsized", "virtual", "yield", "try",
];

fn main() -> ExitCode {
    let check = std::env::args().skip(1).any(|a| a == "--check");
    let root = workspace_root();
    let spec_text = std::fs::read_to_string(root.join(SPEC)).expect("read the spec");
    let overlay: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join(OVERLAY)).expect("read overlay"))
            .expect("parse overlay");
    let spec: Value = serde_json::from_str(&spec_text).expect("parse the spec");
    let sha = sha256_hex(spec_text.as_bytes());

    let mut generator = Generator::new(&spec, &overlay);
    generator.run();
    let mut files = generator.files(&sha);
    let header = |what: &str| {
        format!(
            "// {what}, generated from `{SPEC}` (sha256 `{sha}`) with `{OVERLAY}`.\n// Generated by `codegen/`: do not edit. Regenerate with `cargo run -p polarsh-codegen`.\n"
        )
    };
    files.push((
        OUT_API.to_owned(),
        header("Every operation of Polar's API") + &pretty(&operations::generate(&spec, &overlay)),
    ));
    files.push((
        OUT_ERROR_KINDS.to_owned(),
        header("Polar's error classes")
            + &pretty(&operations::generate_error_kinds(&spec, &overlay)),
    ));
    files.push((
        OUT_CALLS.to_owned(),
        header("A call of every operation, for the tests")
            + &pretty(&operations::generate_test_calls(&spec, &overlay)),
    ));

    files.push((OUT_MOCK_SPEC.to_owned(), mock_spec::generate(&spec, &sha)));

    let mut stale = false;
    for (path, text) in &files {
        let full = root.join(path);
        let current = std::fs::read_to_string(&full).unwrap_or_default();
        if current == *text {
            continue;
        }
        if check {
            eprintln!(
                "{path} is not what the generator writes: run `cargo run -p polarsh-codegen`"
            );
            stale = true;
        } else {
            std::fs::create_dir_all(full.parent().expect("a parent")).expect("mkdir");
            std::fs::write(&full, text).expect("write");
            eprintln!("wrote {path}");
        }
    }
    eprintln!("{}", generator.stats());
    if stale {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent()
        .expect("codegen/ lives in the workspace root")
        .to_path_buf()
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// A type's name in Rust casing (see the naming rule).
fn pascal(name: &str) -> String {
    let mut out = String::new();
    let mut rest = name;
    if let Some(stripped) = name.strip_prefix('-') {
        out.push_str("Desc");
        rest = stripped;
    }
    for part in rest
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        let lowered;
        let part = if part.chars().all(|c| !c.is_ascii_lowercase()) {
            lowered = part.to_ascii_lowercase();
            &lowered
        } else {
            part
        };
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(chars.as_str());
        }
    }
    if out.is_empty() {
        out.push_str("Empty");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// A schema's type name: non-identifier characters dropped, the next letter upper-cased.
fn schema_type_name(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(if upper { c.to_ascii_uppercase() } else { c });
            upper = false;
        } else {
            upper = true;
        }
    }
    out
}

fn field_ident(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    out = out.trim_start_matches('_').to_owned();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'f');
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

fn rust_str(s: &str) -> String {
    format!("{s:?}")
}

/// Doc lines from the spec's text: no doctests, no broken links, no HTML, URLs in `<…>`.
fn doc_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for raw in text.replace('\r', "").lines() {
        let line = raw.trim();
        if line.starts_with("```") {
            out.push(if in_fence {
                "```".to_owned()
            } else {
                "```text".to_owned()
            });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
        } else {
            out.push(escape_markdown(line));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

fn escape_markdown(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A code span, copied as it is.
        if c == '`' {
            if let Some(end) = chars[i + 1..].iter().position(|&d| d == '`') {
                out.extend(&chars[i..=i + 1 + end]);
                i += end + 2;
                continue;
            }
            out.push_str("\\`");
            i += 1;
            continue;
        }
        // A markdown link `[text](http…)`, copied as it is.
        if c == '[' {
            if let Some(close) = chars[i..].iter().position(|&d| d == ']') {
                let after = i + close + 1;
                let rest: String = chars[after..].iter().collect();
                if rest.starts_with("(http")
                    && let Some(paren) = rest.find(')')
                {
                    let text: String = chars[i + 1..i + close].iter().collect();
                    let _ = write!(out, "[{}]{}", escape_markdown(&text), &rest[..=paren]);
                    i = after + rest[..=paren].chars().count();
                    continue;
                }
            }
            out.push_str("\\[");
            i += 1;
            continue;
        }
        let rest: String = chars[i..].iter().collect();
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let mut url: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '<' && *c != '>')
                .collect();
            while url.ends_with(['.', ',', ';', ':', ')', '\'', '"']) {
                url.pop();
            }
            let _ = write!(out, "<{url}>");
            i += url.chars().count();
            continue;
        }
        match c {
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            // A quote at the start of a line stays one.
            '>' if out.is_empty() => out.push('>'),
            '>' => out.push_str("&gt;"),
            '\\' => out.push_str("\\\\"),
            '#' if out.is_empty() => out.push_str("\\#"),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

fn push_doc(out: &mut String, lines: &[String]) {
    for line in lines {
        if line.is_empty() {
            out.push_str("///\n");
        } else {
            let _ = writeln!(out, "/// {line}");
        }
    }
}

fn schema_doc(schema: &Value, fallback: &str) -> Vec<String> {
    let text = schema
        .get("description")
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .or_else(|| {
            schema
                .get("title")
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
        });
    match text {
        Some(text) => {
            let lines = doc_lines(text);
            if lines.is_empty() {
                vec![fallback.to_owned()]
            } else {
                lines
            }
        }
        None => vec![fallback.to_owned()],
    }
}

/// What a resolved field or member type is, with what it needs.
#[derive(Clone)]
struct Ty {
    rust: String,
    nullable: bool,
}

/// One member of a union, for its `Deserialize`.
struct Member {
    variant: String,
    rust: String,
    doc: String,
    /// Alternatives of conditions on `value` (any may hold).
    checks: Vec<String>,
    score: usize,
    /// The member's properties, when it is an object.
    keys: Option<Vec<String>>,
}

struct Field {
    wire: String,
    ident: String,
    ty: Ty,
    required: bool,
    patch: bool,
    secret: bool,
    constant: Option<Value>,
    doc: Vec<String>,
    /// The keys beyond the named properties (`#[serde(flatten)]`).
    flatten: bool,
}

struct Generator<'a> {
    schemas: &'a Map<String, Value>,
    spec: &'a Value,
    handwritten: BTreeMap<String, String>,
    field_types: BTreeMap<String, String>,
    optional: BTreeSet<String>,
    secrets: BTreeSet<String>,
    reachable: BTreeSet<String>,
    inputs: BTreeSet<String>,
    /// The schemas of PATCH bodies, and of the variants of a PATCH body that is a union: their nullable
    /// fields take three states (absent, `null`, a value).
    patch_bodies: BTreeSet<String>,
    /// Rust names taken, with what took them.
    taken: BTreeMap<String, String>,
    /// Generated items in order of their names.
    items: BTreeMap<String, String>,
    /// Schema name → Rust type, for the schema tests.
    tested: BTreeMap<String, String>,
    used_handwritten: BTreeSet<String>,
    /// Where a field or member is a free JSON value.
    free_json: Vec<String>,
    enums: usize,
    unions: usize,
    tagged_unions: usize,
    structs: usize,
    aliases: usize,
    used_overlay: BTreeSet<String>,
    /// Whether the schema being generated (and its inline types) is only sent.
    building_input: bool,
    /// Request bodies written inline as unions: operation id → Rust type.
    bodies: BTreeMap<String, String>,
    /// The laid-out bodies of `string_enum!` invocations, by placeholder.
    enum_bodies: BTreeMap<String, String>,
}

fn refs(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "$ref" {
                    if let Some(r) = v.as_str() {
                        out.insert(ref_name(r).to_owned());
                    }
                } else {
                    refs(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

fn ref_name(r: &str) -> &str {
    r.rsplit('/').next().expect("a ref")
}

fn is_list_resource(name: &str) -> bool {
    name.starts_with("ListResource_") || name.starts_with("ListResourceWithCursorPagination_")
}

impl<'a> Generator<'a> {
    fn new(spec: &'a Value, overlay: &'a Value) -> Self {
        let schemas = spec["components"]["schemas"].as_object().expect("schemas");
        let handwritten = overlay["handwritten"]
            .as_object()
            .expect("handwritten")
            .iter()
            .map(|(k, v)| (k.clone(), v["type"].as_str().expect("type").to_owned()))
            .collect();
        let field_types = overlay["field_types"]
            .as_object()
            .expect("field_types")
            .iter()
            .map(|(k, v)| (k.clone(), v["schema"].as_str().expect("schema").to_owned()))
            .collect();
        let keys = |key: &str| -> BTreeSet<String> {
            overlay[key]
                .as_object()
                .expect(key)
                .keys()
                .cloned()
                .collect()
        };
        let mut generator = Generator {
            schemas,
            spec,
            handwritten,
            field_types,
            optional: keys("optional"),
            secrets: keys("secrets"),
            reachable: BTreeSet::new(),
            inputs: BTreeSet::new(),
            patch_bodies: BTreeSet::new(),
            taken: BTreeMap::new(),
            items: BTreeMap::new(),
            tested: BTreeMap::new(),
            used_handwritten: BTreeSet::new(),
            free_json: Vec::new(),
            enums: 0,
            unions: 0,
            tagged_unions: 0,
            structs: 0,
            aliases: 0,
            used_overlay: BTreeSet::new(),
            building_input: false,
            enum_bodies: BTreeMap::new(),
            bodies: BTreeMap::new(),
        };
        generator.find_reachable();
        generator
    }

    fn closure(&self, roots: BTreeSet<String>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<String> = roots.into_iter().collect();
        while let Some(name) = stack.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            let mut next = BTreeSet::new();
            refs(&self.schemas[&name], &mut next);
            stack.extend(next);
        }
        seen
    }

    fn find_reachable(&mut self) {
        let mut all = BTreeSet::new();
        let mut bodies = BTreeSet::new();
        let mut outputs = BTreeSet::new();
        let mut patch_roots: Vec<Value> = Vec::new();
        refs(&self.spec["paths"], &mut all);
        refs(&self.spec["webhooks"], &mut all);
        refs(&self.spec["webhooks"], &mut outputs);
        // Named enums the overlay gives to fields that inline them.
        all.extend(self.field_types.values().cloned());
        outputs.extend(self.field_types.values().cloned());
        for item in self.spec["paths"].as_object().expect("paths").values() {
            for (key, op) in item.as_object().expect("path item") {
                if key == "parameters" {
                    refs(op, &mut outputs);
                    continue;
                }
                let Some(op) = op.as_object() else { continue };
                for (k, v) in op {
                    if k == "requestBody" {
                        refs(v, &mut bodies);
                        if key == "patch" {
                            for media in v["content"].as_object().into_iter().flatten() {
                                patch_roots.push(media.1["schema"].clone());
                            }
                        }
                    } else {
                        refs(v, &mut outputs);
                    }
                }
            }
        }
        self.reachable = self.closure(all);
        let outputs = self.closure(outputs);
        self.inputs = self.closure(bodies).difference(&outputs).cloned().collect();
        // A PATCH body, or a union of bodies (its variants, and theirs).
        while let Some(schema) = patch_roots.pop() {
            if let Some(name) = schema["$ref"].as_str().and_then(|r| r.rsplit('/').next()) {
                if self.patch_bodies.insert(name.to_owned()) {
                    patch_roots.push(self.schemas[name].clone());
                }
                continue;
            }
            for key in ["anyOf", "oneOf"] {
                patch_roots.extend(schema[key].as_array().into_iter().flatten().cloned());
            }
        }
        for (name, rust) in &self.handwritten {
            assert!(self.schemas.contains_key(name), "overlay: no schema {name}");
            self.taken
                .insert(rust.clone(), format!("hand-written {name}"));
        }
        for name in self.reachable.clone() {
            if is_list_resource(&name) || self.handwritten.contains_key(&name) {
                continue;
            }
            self.take(&schema_type_name(&name), &name);
        }
    }

    fn take(&mut self, rust: &str, what: &str) {
        if let Some(other) = self.taken.insert(rust.to_owned(), what.to_owned()) {
            panic!("the name {rust} is taken twice: by {other} and by {what}");
        }
    }

    fn resolve(&self, value: &'a Value) -> &'a Value {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => self.resolve(&self.schemas[ref_name(r)]),
            None => value,
        }
    }

    fn run(&mut self) {
        let names: Vec<String> = self.reachable.iter().cloned().collect();
        for name in names {
            if is_list_resource(&name) || self.handwritten.contains_key(&name) {
                continue;
            }
            let schema = &self.schemas[&name];
            let rust = schema_type_name(&name);
            self.tested.insert(name.clone(), rust.clone());
            self.named(&name, &rust, schema);
        }
        self.inline_bodies();
        let unused: Vec<&String> = self
            .optional
            .iter()
            .chain(&self.secrets)
            .chain(self.field_types.keys())
            .filter(|key| !self.used_overlay.contains(*key))
            .collect();
        assert!(
            unused.is_empty(),
            "overlay entries that match no generated field: {unused:?}"
        );
    }

    /// Request bodies that are unions written in the operation, not named schemas: named after
    /// their title, or after the operation id with `Body`, unless every member is the same
    /// hand-written type (which is then the body).
    fn inline_bodies(&mut self) {
        let paths = self.spec["paths"].as_object().expect("paths");
        for item in paths.values() {
            for op in item.as_object().expect("path item").values() {
                let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                    continue;
                };
                let contents = op
                    .pointer("/requestBody/content")
                    .and_then(Value::as_object);
                for content in contents.into_iter().flatten().map(|(_, c)| &c["schema"]) {
                    if content.get("$ref").is_some() || union_members(content).len() < 2 {
                        continue;
                    }
                    let mut targets = BTreeSet::new();
                    for member in union_members(content) {
                        let name = member.get("$ref").and_then(Value::as_str).map(ref_name);
                        targets.insert(name.and_then(|n| self.handwritten.get(n)).cloned());
                    }
                    if targets.len() == 1 && targets.first().is_some_and(Option::is_some) {
                        continue;
                    }
                    let rust = match content.get("title").and_then(Value::as_str) {
                        Some(title) => pascal(title),
                        None => format!("{}Body", pascal(id)),
                    };
                    self.take(&rust, &format!("the body of {id}"));
                    self.building_input = true;
                    let doc = schema_doc(
                        content,
                        &format!("The body of `{id}`, in one of its forms."),
                    );
                    self.untagged_union(&rust, content, doc, id);
                    self.bodies.insert(id.to_owned(), rust);
                }
            }
        }
    }

    fn named(&mut self, name: &str, rust: &str, schema: &'a Value) {
        self.building_input = self.inputs.contains(name);
        let doc = schema_doc(schema, &format!("The `{name}` schema."));
        if schema.get("properties").is_some() {
            self.structure(name, rust, schema, doc);
        } else if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            self.string_enum(rust, values, doc);
        } else if schema.get("oneOf").is_some() || schema.get("anyOf").is_some() {
            let members = union_members(schema);
            let nonnull: Vec<&Value> = members.iter().copied().filter(|m| !is_null(m)).collect();
            if schema.get("discriminator").is_some() {
                self.tagged_union(rust, schema, doc);
            } else if nonnull.len() == 1 {
                // `anyOf [T, null]` is `Option<T>`, named or not.
                let ty = self.ty(nonnull[0], rust, "Value", name);
                let target = if nonnull.len() < members.len() {
                    format!("Option<{}>", ty.rust)
                } else {
                    ty.rust
                };
                self.alias(rust, &target, doc);
            } else {
                self.untagged_union(rust, schema, doc, name);
            }
        } else if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let target = self.named_ref(ref_name(r));
            self.alias(rust, &target, doc);
        } else {
            let ty = self.ty(schema, rust, "Value", name);
            self.alias(rust, &ty.rust, doc);
        }
    }

    fn alias(&mut self, rust: &str, target: &str, doc: Vec<String>) {
        self.aliases += 1;
        let mut out = String::new();
        push_doc(&mut out, &doc);
        let _ = writeln!(out, "pub type {rust} = {target};");
        self.items.insert(rust.to_owned(), out);
    }

    fn named_ref(&mut self, name: &str) -> String {
        if let Some(rust) = self.handwritten.get(name) {
            self.used_handwritten.insert(rust.clone());
            return rust.clone();
        }
        assert!(
            !is_list_resource(name),
            "a list resource inside a model: {name}"
        );
        schema_type_name(name)
    }

    /// The Rust type of a schema in field position, generating inline types on the way.
    fn ty(&mut self, schema: &'a Value, owner: &str, field: &str, place: &str) -> Ty {
        let plain = |rust: &str| Ty {
            rust: rust.to_owned(),
            nullable: false,
        };
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            return plain(&self.named_ref(ref_name(r)));
        }
        if schema.get("oneOf").is_some() || schema.get("anyOf").is_some() {
            let members = union_members(schema);
            let nullable = members.iter().any(|m| is_null(m));
            let nonnull: Vec<&'a Value> = members.into_iter().filter(|m| !is_null(m)).collect();
            let mut ty = if nonnull.len() == 1 {
                self.ty(nonnull[0], owner, field, place)
            } else if nonnull.len() == 2
                && nonnull
                    .iter()
                    .all(|m| matches!(type_of(m), Some("integer" | "number")))
            {
                plain("f64")
            } else {
                let name = format!("{owner}{field}");
                self.take(&name, place);
                let doc = vec![format!("One of the forms of `{place}`.")];
                // An inline discriminated union keeps its discriminator.
                let direct = schema.get("oneOf").or(schema.get("anyOf"));
                let tagged = direct
                    .and_then(Value::as_array)
                    .and_then(|d| d.iter().find(|m| m.get("discriminator").is_some()));
                match tagged {
                    Some(inner)
                        if nonnull.len() == inner["oneOf"].as_array().map_or(0, Vec::len) =>
                    {
                        self.tagged_union(&name, inner, doc)
                    }
                    _ if schema.get("discriminator").is_some() => {
                        self.tagged_union(&name, schema, doc)
                    }
                    _ => self.untagged_union(&name, schema, doc, place),
                }
                plain(&name)
            };
            ty.nullable |= nullable;
            return ty;
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let name = format!("{owner}{field}");
            self.take(&name, place);
            self.string_enum(&name, values, vec![format!("The values of `{place}`.")]);
            return plain(&name);
        }
        match type_of(schema) {
            Some("null") => Ty {
                rust: "()".to_owned(),
                nullable: true,
            },
            Some("string") => plain(match schema.get("format").and_then(Value::as_str) {
                Some("date-time") => "chrono::DateTime<chrono::Utc>",
                Some("date") => "chrono::NaiveDate",
                Some("uuid" | "uuid4") => "uuid::Uuid",
                _ => "String",
            }),
            Some("integer") => plain("i64"),
            Some("number") => plain("f64"),
            Some("boolean") => plain("bool"),
            Some("array") => {
                if let Some(prefix) = schema.get("prefixItems").and_then(Value::as_array) {
                    let tax = prefix.len() == 2
                        && type_of(&prefix[0]) == Some("string")
                        && prefix[1].get("$ref").and_then(Value::as_str).map(ref_name)
                            == Some("TaxIDFormat");
                    assert!(tax, "an unknown tuple at {place}");
                    self.used_handwritten.insert("TaxId".to_owned());
                    return plain("TaxId");
                }
                match schema.get("items") {
                    Some(items) if items.is_object() => {
                        let inner = self.ty(items, owner, field, place);
                        plain(&format!("Vec<{}>", wrap_option(&inner)))
                    }
                    _ => {
                        self.free_json.push(place.to_owned());
                        plain("Vec<serde_json::Value>")
                    }
                }
            }
            Some("object") => match schema.get("additionalProperties") {
                Some(values) if values.is_object() => self.map_type(values, owner, field, place),
                _ => {
                    self.free_json.push(place.to_owned());
                    plain("serde_json::Map<String, serde_json::Value>")
                }
            },
            _ => {
                self.free_json.push(place.to_owned());
                plain("serde_json::Value")
            }
        }
    }

    /// A map of string keys to `values`.
    fn map_type(&mut self, values: &'a Value, owner: &str, field: &str, place: &str) -> Ty {
        let rust = if let Some(with_null) = metadata_like(values) {
            if with_null {
                self.used_handwritten.insert("MetadataValue".to_owned());
                "std::collections::BTreeMap<String, Option<MetadataValue>>".to_owned()
            } else {
                self.used_handwritten.insert("Metadata".to_owned());
                "Metadata".to_owned()
            }
        } else {
            let inner = self.ty(values, owner, field, place);
            format!(
                "std::collections::BTreeMap<String, {}>",
                wrap_option(&inner)
            )
        };
        Ty {
            rust,
            nullable: false,
        }
    }

    fn string_enum(&mut self, rust: &str, values: &[Value], doc: Vec<String>) {
        self.enums += 1;
        // The body is laid out here, one variant a line, and put in after formatting
        // (prettyplease cannot lay out a macro's tokens).
        let mut body = String::from("    @generated\n");
        for line in &doc {
            let _ = writeln!(
                body,
                "    ///{}{line}",
                if line.is_empty() { "" } else { " " }
            );
        }
        let _ = writeln!(body, "    pub enum {rust} {{");
        let mut seen = BTreeSet::new();
        for value in values {
            let value = value.as_str().expect("string enums only");
            let mut variant = pascal(value);
            if variant == "Unknown" || variant == "Self" {
                variant.push_str("Value");
            }
            let base = variant.clone();
            let mut n = 2;
            while !seen.insert(variant.clone()) {
                variant = format!("{base}{n}");
                n += 1;
            }
            let _ = writeln!(body, "        {variant} => {},", rust_str(value));
        }
        body.push_str("    }\n");
        let placeholder = format!("{ENUM_BODY}{rust}");
        let out = format!("string_enum! {{ {placeholder} }}\n");
        self.enum_bodies.insert(placeholder, body);
        self.items.insert(rust.to_owned(), out);
    }

    fn structure(&mut self, name: &str, rust: &str, schema: &'a Value, doc: Vec<String>) {
        self.structs += 1;
        let input = self.inputs.contains(name);
        // Update bodies (by name, as before: also those of a PUT and the settings inside an update) and
        // every variant of a PATCH body.
        let update = input && (name.ends_with("Update") || self.patch_bodies.contains(name));
        let required: BTreeSet<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut fields = Vec::new();
        let properties = schema["properties"].as_object().expect("properties");
        for (wire, prop) in properties {
            let key = format!("{name}.{wire}");
            let place = key.clone();
            let mut ty = if let Some(target) = self.field_types.get(&key).cloned() {
                self.used_overlay.insert(key.clone());
                let nullable = union_members(prop).iter().any(|m| is_null(m));
                Ty {
                    rust: self.named_ref(&target),
                    nullable,
                }
            } else {
                self.ty(prop, rust, &pascal(wire), &place)
            };
            if self.boxed(prop, name) {
                ty.rust = format!("Box<{}>", ty.rust);
            }
            let mut is_required = required.contains(wire.as_str());
            if self.optional.contains(&key) {
                self.used_overlay.insert(key.clone());
                is_required = false;
            }
            let secret = self.secrets.contains(&key);
            if secret {
                self.used_overlay.insert(key.clone());
            }
            let ident = field_ident(wire);
            fields.push(Field {
                doc: schema_doc(prop, &format!("The `{wire}` field.")),
                patch: update && !is_required && ty.nullable,
                constant: prop.get("const").cloned(),
                wire: wire.clone(),
                ident,
                ty,
                required: is_required,
                secret,
                flatten: false,
            });
        }
        // An object with named properties and typed other keys keeps the others too.
        if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
            let ty = self.map_type(values, rust, "Extra", &format!("{name}.*"));
            fields.push(Field {
                doc: vec!["The keys beyond the named ones.".to_owned()],
                patch: false,
                constant: None,
                wire: String::new(),
                ident: "extra".to_owned(),
                ty,
                required: true,
                secret: false,
                flatten: true,
            });
        }
        let mut out = String::new();
        push_doc(&mut out, &doc);
        let has_secret = fields.iter().any(|f| f.secret);
        if has_secret {
            out.push_str("#[derive(Clone, PartialEq, Serialize, Deserialize)]\n");
        } else {
            out.push_str("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]\n");
        }
        out.push_str("#[non_exhaustive]\n");
        let _ = writeln!(out, "pub struct {rust} {{");
        for f in &fields {
            push_doc(&mut out, &f.doc);
            let mut attrs = Vec::new();
            if f.flatten {
                attrs.push("flatten".to_owned());
            } else if f.ident != f.wire {
                attrs.push(format!("rename = {}", rust_str(&f.wire)));
            }
            if f.patch {
                attrs.push("default, skip_serializing_if = \"Patch::is_unchanged\"".to_owned());
            } else if !f.required {
                attrs.push("default, skip_serializing_if = \"Option::is_none\"".to_owned());
            }
            if !attrs.is_empty() {
                let _ = writeln!(out, "#[serde({})]", attrs.join(", "));
            }
            let _ = writeln!(out, "pub {}: {},", f.ident, field_type(f));
        }
        out.push_str("}\n");
        if fields.iter().any(|f| f.patch) {
            self.used_handwritten.insert("Patch".to_owned());
        }
        if has_secret {
            let _ = writeln!(
                out,
                "impl std::fmt::Debug for {rust} {{ fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{ f.debug_struct({})",
                rust_str(rust)
            );
            for f in &fields {
                let shown = match (f.secret, f.required && !f.ty.nullable) {
                    (false, _) => format!("&self.{}", f.ident),
                    (true, true) => "&REDACTED".to_owned(),
                    (true, false) => format!("&self.{}.as_ref().map(|_| REDACTED)", f.ident),
                };
                let _ = write!(out, ".field({}, {shown})", rust_str(&f.ident));
            }
            out.push_str(".finish() } }\n");
        }
        if input {
            self.builder(rust, &fields, &mut out);
        }
        self.items.insert(rust.to_owned(), out);
    }

    /// Whether a field must be boxed: its type contains the struct itself without indirection.
    fn boxed(&self, prop: &Value, owner: &str) -> bool {
        let mut direct = BTreeSet::new();
        direct_refs(prop, &mut direct);
        direct
            .iter()
            .any(|r| r == owner || self.reaches_directly(r, owner, &mut BTreeSet::new()))
    }

    fn reaches_directly(&self, from: &str, to: &str, seen: &mut BTreeSet<String>) -> bool {
        if !seen.insert(from.to_owned()) || self.handwritten.contains_key(from) {
            return false;
        }
        let schema = &self.schemas[from];
        let mut direct = BTreeSet::new();
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            props.values().for_each(|p| direct_refs(p, &mut direct));
        } else {
            direct_refs(schema, &mut direct);
        }
        direct
            .iter()
            .any(|r| r == to || self.reaches_directly(r, to, seen))
    }

    fn builder(&mut self, rust: &str, fields: &[Field], out: &mut String) {
        let mut params = Vec::new();
        let mut inits = Vec::new();
        let mut setters = String::new();
        for f in fields {
            let ident = &f.ident;
            if f.flatten {
                inits.push(format!("{ident}: Default::default()"));
                continue;
            }
            match (&f.constant, f.required) {
                (Some(constant), true) => {
                    let literal = match constant {
                        Value::String(s) => format!("{}.to_owned()", rust_str(s)),
                        other => other.to_string(),
                    };
                    inits.push(format!("{ident}: {literal}"));
                    continue;
                }
                (_, true) => {
                    if f.ty.nullable {
                        params.push(format!("{ident}: Option<{}>", f.ty.rust));
                        inits.push(ident.clone());
                    } else {
                        params.push(format!("{ident}: impl Into<{}>", f.ty.rust));
                        inits.push(format!("{ident}: {ident}.into()"));
                    }
                    continue;
                }
                _ => {}
            }
            let setter = ident.trim_end_matches('_');
            if f.ty.rust == "()" {
                // A field that may only be `null` has nothing to set.
                inits.push(format!("{ident}: None"));
                continue;
            }
            if f.patch {
                inits.push(format!("{ident}: Patch::Unchanged"));
                let _ = writeln!(
                    setters,
                    "/// Sets `{}`.\npub fn with_{setter}(mut self, {ident}: impl Into<{}>) -> Self {{ self.{ident} = Patch::Set({ident}.into()); self }}",
                    f.wire, f.ty.rust
                );
                let _ = writeln!(
                    setters,
                    "/// Clears `{}` (sends `null`).\npub fn clear_{setter}(mut self) -> Self {{ self.{ident} = Patch::Clear; self }}",
                    f.wire
                );
            } else {
                inits.push(format!("{ident}: None"));
                let _ = writeln!(
                    setters,
                    "/// Sets `{}`.\npub fn with_{setter}(mut self, {ident}: impl Into<{}>) -> Self {{ self.{ident} = Some({ident}.into()); self }}",
                    f.wire, f.ty.rust
                );
            }
        }
        let _ = writeln!(
            out,
            "impl {rust} {{\n/// The body with its required fields; the others are left out until set.\npub fn new({}) -> Self {{ {rust} {{ {} }} }}\n{setters}}}",
            params.join(", "),
            inits.join(", ")
        );
    }

    fn tagged_union(&mut self, rust: &str, schema: &'a Value, doc: Vec<String>) {
        self.unions += 1;
        self.tagged_unions += 1;
        let discriminator = &schema["discriminator"];
        let property = discriminator["propertyName"]
            .as_str()
            .expect("propertyName");
        let mapping = discriminator["mapping"].as_object().expect("mapping");
        let mut out = String::new();
        push_doc(&mut out, &doc);
        out.push_str("#[derive(Debug, Clone, PartialEq, Serialize)]\n#[serde(untagged)]\n#[non_exhaustive]\n");
        let _ = writeln!(out, "pub enum {rust} {{");
        let mut arms = String::new();
        let mut seen = BTreeSet::new();
        let mut variants = Vec::new();
        for (tag, target) in mapping {
            let target = self.named_ref(ref_name(target.as_str().expect("a ref")));
            let mut variant = pascal(tag);
            if variant == "Unknown" {
                variant.push_str("Value");
            }
            assert!(
                seen.insert(variant.clone()),
                "variant {variant} twice in {rust}"
            );
            let _ = writeln!(out, "/// `{property}` is `{tag}`.\n{variant}({target}),");
            variants.push((variant.clone(), target.clone()));
            let _ = writeln!(
                arms,
                "Some({}) => Self::{variant}(union::decode(&value)?),",
                rust_str(tag)
            );
        }
        out.push_str("/// A variant this crate does not know yet, kept as the server sent it.\nUnknown(serde_json::Value),\n}\n");
        let _ = writeln!(
            out,
            "impl<'de> Deserialize<'de> for {rust} {{ fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {{ let value = serde_json::Value::deserialize(deserializer)?; Ok(match union::tag(&value, {}) {{ {arms} _ => Self::Unknown(value), }}) }} }}",
            rust_str(property)
        );
        self.conversions(rust, &variants, &mut out);
        self.items.insert(rust.to_owned(), out);
    }

    /// `From` each member's type, for unions that are sent (`impl Into<Union>` parameters).
    fn conversions(&self, rust: &str, variants: &[(String, String)], out: &mut String) {
        if !self.building_input {
            return;
        }
        for (variant, ty) in variants {
            let unique = variants.iter().filter(|(_, t)| t == ty).count() == 1;
            let named = self.taken.contains_key(ty) && !ty.contains('<');
            if unique && named {
                let _ = writeln!(
                    out,
                    "impl From<{ty}> for {rust} {{ fn from(value: {ty}) -> Self {{ Self::{variant}(value) }} }}"
                );
            }
        }
    }

    fn untagged_union(&mut self, rust: &str, schema: &'a Value, doc: Vec<String>, place: &str) {
        self.unions += 1;
        let members: Vec<&'a Value> = union_members(schema)
            .into_iter()
            .filter(|m| !is_null(m))
            .collect();
        // Keys and constants every member requires tell nothing apart: left out of the checks.
        let mut common: Option<BTreeSet<String>> = None;
        for member in &members {
            let keys: BTreeSet<String> = match self.resolve(member).get("properties") {
                Some(_) => object_checks(self.schemas, self.resolve(member))
                    .0
                    .into_iter()
                    .collect(),
                None => BTreeSet::new(),
            };
            common = Some(match common {
                None => keys,
                Some(c) => c.intersection(&keys).cloned().collect(),
            });
        }
        let common = common.unwrap_or_default();
        let mut built: Vec<Member> = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, member) in members.iter().enumerate() {
            let (mut variant, ty, doc) = if let Some(r) = member.get("$ref").and_then(Value::as_str)
            {
                let target = self.named_ref(ref_name(r));
                let short = target
                    .strip_prefix(rust)
                    .filter(|s| s.starts_with(|c: char| c.is_ascii_uppercase()));
                (
                    short.unwrap_or(&target).to_owned(),
                    target.clone(),
                    format!("A `{target}`."),
                )
            } else {
                let kind = member_kind(member);
                let ty = self.ty(member, rust, kind, place);
                (
                    kind.to_owned(),
                    ty.rust,
                    format!("A {} value.", kind.to_ascii_lowercase()),
                )
            };
            if variant == "Unknown" {
                variant.push_str("Value");
            }
            if !seen.insert(variant.clone()) {
                variant = format!("{variant}{}", index + 1);
                seen.insert(variant.clone());
            }
            let (checks, score) = self.checks(member, &common);
            let keys = self
                .resolve(member)
                .get("properties")
                .and_then(Value::as_object)
                .map(|props| props.keys().cloned().collect());
            built.push(Member {
                variant,
                rust: ty,
                doc,
                checks,
                score,
                keys,
            });
        }
        let mut out = String::new();
        push_doc(&mut out, &doc);
        out.push_str("#[derive(Debug, Clone, PartialEq, Serialize)]\n#[serde(untagged)]\n#[non_exhaustive]\n");
        let _ = writeln!(out, "pub enum {rust} {{");
        for m in &built {
            let _ = writeln!(out, "/// {}\n{}({}),", m.doc, m.variant, m.rust);
        }
        out.push_str("/// A form this crate does not know yet, kept as the server sent it.\nUnknown(serde_json::Value),\n}\n");
        let mut order: Vec<&Member> = built.iter().collect();
        order.sort_by_key(|m| std::cmp::Reverse(m.score));
        let mut tries = String::new();
        for m in order {
            let keys = match &m.keys {
                Some(keys) => format!(
                    "Some(&[{}])",
                    keys.iter()
                        .map(|k| rust_str(k))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                None => "None".to_owned(),
            };
            let _ = writeln!(
                tries,
                "if {} {{ best.offer(&value, {keys}, Self::{}); }}",
                m.checks.join(" || "),
                m.variant
            );
        }
        let _ = writeln!(
            out,
            "impl<'de> Deserialize<'de> for {rust} {{ fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {{ let value = serde_json::Value::deserialize(deserializer)?; let mut best = union::Best::new(); {tries} Ok(best.take().unwrap_or(Self::Unknown(value))) }} }}"
        );
        let variants: Vec<(String, String)> = built
            .iter()
            .map(|m| (m.variant.clone(), m.rust.clone()))
            .collect();
        self.conversions(rust, &variants, &mut out);
        self.items.insert(rust.to_owned(), out);
    }

    /// The conditions under which a JSON value may be this member, and how specific they are.
    fn checks(&self, member: &Value, common: &BTreeSet<String>) -> (Vec<String>, usize) {
        let schema = self.resolve(member);
        if schema.get("oneOf").is_some() || schema.get("anyOf").is_some() {
            let mut all = Vec::new();
            let mut best = 0;
            for m in union_members(schema).into_iter().filter(|m| !is_null(m)) {
                let (c, s) = self.checks(m, &BTreeSet::new());
                all.extend(c);
                best = best.max(s);
            }
            return (all, best);
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            let (keys, closed) = object_checks(self.schemas, schema);
            let score = 10
                + keys.len()
                + keys.iter().filter(|k| k.contains('=')).count()
                + usize::from(closed);
            let required: Vec<String> = keys
                .iter()
                .filter(|k| !k.contains('=') && !common.contains(*k))
                .map(|k| rust_str(k))
                .collect();
            let consts: Vec<String> = keys
                .iter()
                .filter(|k| k.contains('=') && !common.contains(*k))
                .map(|k| {
                    let (key, json) = k.split_once('=').expect("key=json");
                    format!("({}, {})", rust_str(key), rust_str(json))
                })
                .collect();
            let only = if closed {
                let keys: Vec<String> = props.keys().map(|k| rust_str(k)).collect();
                format!("Some(&[{}])", keys.join(", "))
            } else {
                "None".to_owned()
            };
            let check = format!(
                "union::object(&value, &[{}], &[{}], {only})",
                required.join(", "),
                consts.join(", ")
            );
            return (vec![check], score);
        }
        if let Some(c) = schema.get("const") {
            return (vec![format!("value == {}", const_expr(c))], 5);
        }
        let format = schema.get("format").and_then(Value::as_str);
        match type_of(schema) {
            Some("string") if format.is_some() => (vec!["value.is_string()".to_owned()], 3),
            Some("string") => (vec!["value.is_string()".to_owned()], 2),
            Some("integer") => (vec!["value.is_i64() || value.is_u64()".to_owned()], 3),
            Some("number") => (vec!["value.is_number()".to_owned()], 2),
            Some("boolean") => (vec!["value.is_boolean()".to_owned()], 2),
            Some("array") => (vec!["value.is_array()".to_owned()], 2),
            Some("object") => (vec!["value.is_object()".to_owned()], 1),
            _ => (vec!["true".to_owned()], 0),
        }
    }

    fn files(&self, sha: &str) -> Vec<(String, String)> {
        let header = format!(
            "//! Polar's API models, generated from `{SPEC}` (sha256 `{sha}`) with\n//! `{OVERLAY}`.\n//!\n//! Generated by `codegen/`: do not edit. Regenerate with `cargo run -p polarsh-codegen`.\n"
        );
        let mut models = header.clone();
        models.push_str(
            "#![allow(clippy::large_enum_variant, clippy::too_many_arguments, clippy::new_without_default, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]\n",
        );
        models.push_str("use serde::{Deserialize, Serialize};\n");
        let hand: Vec<&str> = self.used_handwritten.iter().map(String::as_str).collect();
        let _ = writeln!(models, "use crate::models::{{{}}};", hand.join(", "));
        models.push_str("use crate::models::union;\n");
        if self.items.values().any(|i| i.contains("REDACTED")) {
            models.push_str("use crate::redact::REDACTED;\n");
        }
        for item in self.items.values() {
            models.push_str(item);
            models.push('\n');
        }
        let mut tests = format!(
            "//! The Rust type of every generated schema, for the schema tests.\n//!\n//! Generated by `codegen/` from `{SPEC}` (sha256 `{sha}`): do not edit. Regenerate with\n//! `cargo run -p polarsh-codegen`.\n"
        );
        tests.push_str("use super::schemas::Samples;\n/// Runs the checks of `name` on its Rust type; `false` when no type is generated for it.\npub(super) fn check(name: &str, samples: &Samples<'_>) -> bool {\nmatch name {\n");
        for (name, rust) in &self.tested {
            let _ = writeln!(
                tests,
                "{} => samples.check::<polarsh::models::{rust}>(),",
                rust_str(name)
            );
        }
        tests.push_str("_ => return false,\n}\ntrue\n}\n");
        let module = format!("{header}\n#[rustfmt::skip]\npub(crate) mod models;\n");
        vec![
            (
                OUT_MODELS.to_owned(),
                self.with_enum_bodies(pretty(&models)),
            ),
            (OUT_MOD.to_owned(), pretty(&module)),
            (OUT_TESTS.to_owned(), pretty(&tests)),
        ]
    }

    /// Puts the enum bodies in place of their placeholders.
    fn with_enum_bodies(&self, formatted: String) -> String {
        let mut out = String::with_capacity(formatted.len() * 2);
        for line in formatted.lines() {
            match self.enum_bodies.get(line.trim()) {
                Some(body) => out.push_str(body),
                None => {
                    assert!(
                        !line.contains(ENUM_BODY),
                        "a placeholder shares a line: {line}"
                    );
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        out
    }

    fn stats(&self) -> String {
        let mut free: BTreeMap<&str, usize> = BTreeMap::new();
        for place in &self.free_json {
            *free.entry(place.as_str()).or_default() += 1;
        }
        format!(
            "inline request bodies: {:?}\nschemas generated: {} (structs {}, enums {}, unions {} of which {} discriminated, aliases {}); hand-written used: {}; free JSON at {}: {:?}",
            self.bodies,
            self.tested.len(),
            self.structs,
            self.enums,
            self.unions,
            self.tagged_unions,
            self.aliases,
            self.used_handwritten.len(),
            self.free_json.len(),
            free.keys().collect::<Vec<_>>()
        )
    }
}

fn pretty(source: &str) -> String {
    let file = syn::parse_file(source).unwrap_or_else(|e| {
        let dump = std::env::temp_dir().join("polarsh-codegen-unparsed.rs");
        let _ = std::fs::write(&dump, source);
        panic!(
            "generated code does not parse ({e}); it is in {}",
            dump.display()
        )
    });
    prettyplease::unparse(&file)
}

fn field_type(f: &Field) -> String {
    if f.patch {
        format!("Patch<{}>", f.ty.rust)
    } else if f.ty.nullable || !f.required {
        format!("Option<{}>", f.ty.rust)
    } else {
        f.ty.rust.clone()
    }
}

fn wrap_option(ty: &Ty) -> String {
    if ty.nullable {
        format!("Option<{}>", ty.rust)
    } else {
        ty.rust.clone()
    }
}

/// What tells an object member apart: its required keys (`key`) and constants (`key=json`),
/// and whether it is closed to other keys.
fn object_checks(schemas: &Map<String, Value>, schema: &Value) -> (Vec<String>, bool) {
    let mut keys: Vec<String> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (k, p) in props {
            if let Some(c) = p.get("const") {
                keys.push(format!("{k}={c}"));
            }
            // The constants of an object the member holds tell members apart too (the
            // `benefit.type` of a benefit grant), as a JSON pointer.
            let target = p
                .get("$ref")
                .and_then(Value::as_str)
                .map(|r| &schemas[ref_name(r)]);
            let nested = target
                .and_then(|t| t.get("properties"))
                .and_then(Value::as_object);
            for (inner, q) in nested.into_iter().flatten() {
                if let Some(c) = q.get("const") {
                    keys.push(format!("{k}/{inner}={c}"));
                }
            }
        }
    }
    let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
    (keys, closed)
}

fn const_expr(c: &Value) -> String {
    match c {
        Value::String(s) => rust_str(s),
        other => other.to_string(),
    }
}

fn type_of(schema: &Value) -> Option<&str> {
    schema.get("type").and_then(Value::as_str)
}

fn is_null(schema: &Value) -> bool {
    type_of(schema) == Some("null")
}

/// The members of a union, nested unions without a discriminator flattened into it.
fn union_members(schema: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    let list = schema
        .get("oneOf")
        .or(schema.get("anyOf"))
        .and_then(Value::as_array);
    match list {
        Some(list) => {
            for member in list {
                let nested = member.get("oneOf").is_some() || member.get("anyOf").is_some();
                if nested && member.get("$ref").is_none() {
                    out.extend(union_members(member));
                } else {
                    out.push(member);
                }
            }
        }
        None => out.push(schema),
    }
    out
}

/// The references a field holds without a `Vec` or map between (which would need a `Box`).
fn direct_refs(schema: &Value, out: &mut BTreeSet<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        out.insert(ref_name(r).to_owned());
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(list) = schema.get(key).and_then(Value::as_array) {
            list.iter().for_each(|m| direct_refs(m, out));
        }
    }
}

/// `Some(with_null)` when map values are scalars that `MetadataValue` holds.
fn metadata_like(values: &Value) -> Option<bool> {
    let members = union_members(values);
    let mut with_null = false;
    let mut any = false;
    for m in members {
        match type_of(m) {
            Some("null") => with_null = true,
            Some("string" | "integer" | "number" | "boolean") if m.get("enum").is_none() => {
                any = true
            }
            _ => return None,
        }
    }
    let scalar_union = values.get("anyOf").is_some() || values.get("oneOf").is_some();
    (any && scalar_union).then_some(with_null)
}

fn member_kind(member: &Value) -> &'static str {
    if member.get("const").is_some() {
        return "Constant";
    }
    match (
        type_of(member),
        member.get("format").and_then(Value::as_str),
    ) {
        (Some("string"), Some("date-time")) => "DateTime",
        (Some("string"), Some("date")) => "Date",
        (Some("string"), Some("uuid" | "uuid4")) => "Uuid",
        (Some("string"), _) => "String",
        (Some("integer"), _) => "Integer",
        (Some("number"), _) => "Number",
        (Some("boolean"), _) => "Boolean",
        (Some("array"), _) => "List",
        (Some("object"), _) => "Map",
        _ => "Json",
    }
}
