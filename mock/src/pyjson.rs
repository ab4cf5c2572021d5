//! JSON as Polar's server reads and writes it.
//!
//! Polar's API is a FastAPI application: request bodies go through CPython's `json.loads` (3.13+ C scanner) and
//! responses through `json.dumps`. A malformed body is answered with the decoder's own message and *character*
//! offset (`loc[1]` of a `json_invalid` item), and the values a client sent are echoed back in 422 `input`
//! fields exactly as Python re-serialises them (dict order kept, duplicate keys collapsed, `-0` as `0`, floats
//! in `repr` form). This module reproduces both directions without recursion, so no body can overflow the stack.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;

use serde::Serialize;

/// Deepest nesting CPython 3.13 decodes before it gives up with `RecursionError`.
const MAX_DEPTH: usize = 9998;

/// Longest integer literal Python converts (`sys.get_int_max_str_digits()`).
const MAX_INT_DIGITS: usize = 4300;

/// A decoded JSON value, shaped like the Python object `json.loads` returns.
///
/// Dropping and rendering are iterative, so even the deepest body the decoder accepts is safe to handle.
#[derive(Debug)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    /// An integer, as Python prints it (arbitrary precision, `-0` normalised to `0`).
    Int(String),
    /// A float; may be infinite or NaN (Python accepts `NaN`, `Infinity`, `1e400`).
    Float(f64),
    Str(String),
    Array(Vec<Json>),
    /// Key order is first insertion; a repeated key keeps its place and takes the last value.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of `key` when `self` is an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Moves the children out, so they can be dropped one level at a time.
    fn take_children(&mut self, into: &mut Vec<Json>) {
        match self {
            Json::Array(items) => into.append(items),
            Json::Object(entries) => into.extend(entries.drain(..).map(|(_, v)| v)),
            _ => {}
        }
    }
}

impl Drop for Json {
    fn drop(&mut self) {
        let mut pending = Vec::new();
        self.take_children(&mut pending);
        while let Some(mut value) = pending.pop() {
            value.take_children(&mut pending);
        }
    }
}

/// Renders `value` as Python's `json.dumps(value, ensure_ascii=False, separators=(",", ":"))` does; `None` when
/// it holds NaN or an infinity, which Starlette's `allow_nan=False` refuses (the real server then answers 500).
pub(crate) fn render(value: &Json) -> Option<String> {
    enum Step<'a> {
        Value(&'a Json),
        Key(&'a str),
        Text(&'static str),
    }
    let mut out = String::new();
    let mut steps = vec![Step::Value(value)];
    while let Some(step) = steps.pop() {
        match step {
            Step::Text(text) => out.push_str(text),
            Step::Key(key) => push_str_literal(&mut out, key),
            Step::Value(Json::Null) => out.push_str("null"),
            Step::Value(Json::Bool(b)) => out.push_str(if *b { "true" } else { "false" }),
            Step::Value(Json::Int(digits)) => out.push_str(digits),
            Step::Value(Json::Float(f)) if !f.is_finite() => return None,
            Step::Value(Json::Float(f)) => out.push_str(&python_float_repr(*f)),
            Step::Value(Json::Str(s)) => push_str_literal(&mut out, s),
            Step::Value(Json::Array(items)) => {
                out.push('[');
                steps.push(Step::Text("]"));
                for (i, item) in items.iter().enumerate().rev() {
                    steps.push(Step::Value(item));
                    if i > 0 {
                        steps.push(Step::Text(","));
                    }
                }
            }
            Step::Value(Json::Object(entries)) => {
                out.push('{');
                steps.push(Step::Text("}"));
                for (i, (key, item)) in entries.iter().enumerate().rev() {
                    steps.push(Step::Value(item));
                    steps.push(Step::Text(":"));
                    steps.push(Step::Key(key));
                    if i > 0 {
                        steps.push(Step::Text(","));
                    }
                }
            }
        }
    }
    Some(out)
}

/// Appends `s` as a JSON string literal, escaped as Python's `json.dumps(..., ensure_ascii=False)` does.
pub(crate) fn push_str_literal(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, byte) in s.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Why a body could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DecodeFailure {
    /// `json.JSONDecodeError`: FastAPI answers 422 `json_invalid` with this message and character offset.
    Syntax { msg: &'static str, pos: usize },
    /// Any other exception while decoding (bytes that are not UTF-8, nesting too deep, an integer too long):
    /// FastAPI answers 400 "There was an error parsing the body".
    Other,
}

/// Decodes a request body the way Starlette's `Request.json()` does (`json.loads(bytes)`).
pub(crate) fn decode(body: &[u8]) -> Result<Json, DecodeFailure> {
    // `json.loads` on bytes decodes with `utf-8-sig` when a UTF-8 BOM is present, so the BOM is dropped.
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let text = std::str::from_utf8(body).map_err(|_| DecodeFailure::Other)?;
    Parser {
        s: text,
        b: text.as_bytes(),
    }
    .parse_document()
}

/// What the parser is in the middle of, one entry per open container.
enum Frame {
    Array(Vec<Json>),
    /// An object and the key whose value is being parsed.
    Object(ObjectBuilder, String),
}

/// Object entries with Python dict semantics; large objects get a key index so repeated keys stay cheap.
#[derive(Default)]
struct ObjectBuilder {
    entries: Vec<(String, Json)>,
    index: Option<HashMap<String, usize>>,
}

impl ObjectBuilder {
    /// Python dict assignment: a repeated key keeps its position and takes the new value.
    fn insert(&mut self, key: String, value: Json) {
        const INDEX_FROM: usize = 16;
        let found = match &self.index {
            Some(index) => index.get(&key).copied(),
            None => self.entries.iter().position(|(k, _)| *k == key),
        };
        if let Some(i) = found {
            self.entries[i].1 = value;
            return;
        }
        if let Some(index) = &mut self.index {
            index.insert(key.clone(), self.entries.len());
        }
        self.entries.push((key, value));
        if self.index.is_none() && self.entries.len() >= INDEX_FROM {
            self.index = Some(
                self.entries
                    .iter()
                    .enumerate()
                    .map(|(i, (k, _))| (k.clone(), i))
                    .collect(),
            );
        }
    }
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
}

impl Parser<'_> {
    fn fail<T>(&self, msg: &'static str, byte_pos: usize) -> Result<T, DecodeFailure> {
        // Python reports offsets in characters, not bytes.
        let pos = self.s[..byte_pos].chars().count();
        Err(DecodeFailure::Syntax { msg, pos })
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn parse_document(&self) -> Result<Json, DecodeFailure> {
        let start = self.skip_ws(0);
        let (value, end) = self.parse_value(start)?;
        let end = self.skip_ws(end);
        if end != self.b.len() {
            return self.fail("Extra data", end);
        }
        Ok(value)
    }

    /// Parses one value starting at `i`; returns it and the index just past it.
    fn parse_value(&self, mut i: usize) -> Result<(Json, usize), DecodeFailure> {
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            // Parse a scalar, or open a container and continue with its first element.
            if matches!(self.b.get(i), Some(b'{' | b'[')) && stack.len() >= MAX_DEPTH {
                return Err(DecodeFailure::Other);
            }
            let (mut value, mut end) = match self.b.get(i) {
                Some(b'{') => {
                    let j = self.skip_ws(i + 1);
                    if self.b.get(j) == Some(&b'}') {
                        (Json::Object(Vec::new()), j + 1)
                    } else {
                        let (key, after_key) = self.parse_key(j)?;
                        stack.push(Frame::Object(ObjectBuilder::default(), key));
                        i = after_key;
                        continue;
                    }
                }
                Some(b'[') => {
                    let j = self.skip_ws(i + 1);
                    if self.b.get(j) == Some(&b']') {
                        (Json::Array(Vec::new()), j + 1)
                    } else {
                        stack.push(Frame::Array(Vec::new()));
                        i = j;
                        continue;
                    }
                }
                _ => self.parse_scalar(i)?,
            };
            // Close every container this value completes.
            loop {
                let Some(frame) = stack.last_mut() else {
                    return Ok((value, end));
                };
                let j = self.skip_ws(end);
                match frame {
                    Frame::Array(items) => {
                        items.push(value);
                        match self.b.get(j) {
                            Some(b']') => {
                                let Some(Frame::Array(items)) = stack.pop() else {
                                    unreachable!("the top frame is an array")
                                };
                                value = Json::Array(items);
                                end = j + 1;
                            }
                            Some(b',') => {
                                let k = self.skip_ws(j + 1);
                                if self.b.get(k) == Some(&b']') {
                                    return self
                                        .fail("Illegal trailing comma before end of array", j);
                                }
                                i = k;
                                break;
                            }
                            _ => return self.fail("Expecting ',' delimiter", j),
                        }
                    }
                    Frame::Object(entries, key) => {
                        let key = std::mem::take(key);
                        entries.insert(key, value);
                        match self.b.get(j) {
                            Some(b'}') => {
                                let Some(Frame::Object(entries, _)) = stack.pop() else {
                                    unreachable!("the top frame is an object")
                                };
                                value = Json::Object(entries.entries);
                                end = j + 1;
                            }
                            Some(b',') => {
                                let k = self.skip_ws(j + 1);
                                if self.b.get(k) == Some(&b'}') {
                                    return self
                                        .fail("Illegal trailing comma before end of object", j);
                                }
                                let (next_key, after_key) = self.parse_key(k)?;
                                *key_slot(&mut stack) = next_key;
                                i = after_key;
                                break;
                            }
                            _ => return self.fail("Expecting ',' delimiter", j),
                        }
                    }
                }
            }
        }
    }

    /// Parses `"key"` `:` at `i` and returns the key and the index of the value after the colon.
    fn parse_key(&self, i: usize) -> Result<(String, usize), DecodeFailure> {
        if self.b.get(i) != Some(&b'"') {
            return self.fail("Expecting property name enclosed in double quotes", i);
        }
        let (key, end) = self.parse_string(i + 1)?;
        let j = self.skip_ws(end);
        if self.b.get(j) != Some(&b':') {
            return self.fail("Expecting ':' delimiter", j);
        }
        Ok((key, self.skip_ws(j + 1)))
    }

    fn parse_scalar(&self, i: usize) -> Result<(Json, usize), DecodeFailure> {
        let rest = &self.b[i.min(self.b.len())..];
        let literal = |word: &str, value: Json| -> Option<(Json, usize)> {
            rest.starts_with(word.as_bytes())
                .then(|| (value, i + word.len()))
        };
        let found = match rest.first() {
            None => None,
            Some(b'"') => return self.parse_string(i + 1).map(|(s, end)| (Json::Str(s), end)),
            Some(b'n') => literal("null", Json::Null),
            Some(b't') => literal("true", Json::Bool(true)),
            Some(b'f') => literal("false", Json::Bool(false)),
            Some(b'N') => literal("NaN", Json::Float(f64::NAN)),
            Some(b'I') => literal("Infinity", Json::Float(f64::INFINITY)),
            Some(b'-') if rest.starts_with(b"-Infinity") => {
                literal("-Infinity", Json::Float(f64::NEG_INFINITY))
            }
            Some(_) => self.parse_number(i)?,
        };
        match found {
            Some(found) => Ok(found),
            None => self.fail("Expecting value", i),
        }
    }

    /// CPython's `_match_number_unicode`: `None` when no number starts at `i`.
    fn parse_number(&self, start: usize) -> Result<Option<(Json, usize)>, DecodeFailure> {
        let b = self.b;
        let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Ok(None),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let e_start = i;
            i += 1;
            if matches!(b.get(i), Some(b'-' | b'+')) {
                i += 1;
            }
            let digits_start = i;
            while digit(i) {
                i += 1;
            }
            if i > digits_start {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.s[start..i];
        if is_float {
            // Rust and Python both round correctly; overflow gives infinity in both.
            let value = text.parse::<f64>().map_err(|_| DecodeFailure::Other)?;
            return Ok(Some((Json::Float(value), i)));
        }
        let digits = text.trim_start_matches('-');
        if digits.len() > MAX_INT_DIGITS {
            return Err(DecodeFailure::Other);
        }
        let canonical = if digits == "0" {
            "0".to_owned()
        } else {
            text.to_owned()
        };
        Ok(Some((Json::Int(canonical), i)))
    }

    /// CPython's `scanstring_unicode` (strict mode); `begin` is the index just after the opening quote.
    fn parse_string(&self, begin: usize) -> Result<(String, usize), DecodeFailure> {
        let b = self.b;
        let quote = begin - 1;
        let mut out = String::new();
        let mut i = begin;
        loop {
            let chunk_start = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' {
                if b[i] <= 0x1f {
                    return self.fail("Invalid control character at", i);
                }
                i += 1;
            }
            out.push_str(&self.s[chunk_start..i]);
            match b.get(i) {
                None => return self.fail("Unterminated string starting at", quote),
                Some(b'"') => return Ok((out, i + 1)),
                Some(_) => {}
            }
            // A backslash.
            let Some(&esc) = b.get(i + 1) else {
                return self.fail("Unterminated string starting at", quote);
            };
            if esc != b'u' {
                let c = match esc {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return self.fail("Invalid \\escape", i),
                };
                out.push(c);
                i += 2;
                continue;
            }
            // `\uXXXX`, `i + 1` is the `u`; CPython reports both failures at the `u`.
            let hex_start = i + 2;
            if hex_start + 4 >= b.len() {
                return self.fail("Invalid \\uXXXX escape", i + 1);
            }
            let Some(unit) = hex4(&b[hex_start..hex_start + 4]) else {
                return self.fail("Invalid \\uXXXX escape", i + 1);
            };
            i = hex_start + 4;
            let mut code = u32::from(unit);
            if (0xD800..0xDC00).contains(&code)
                && i + 6 < b.len()
                && b[i] == b'\\'
                && b[i + 1] == b'u'
            {
                let Some(low) = hex4(&b[i + 2..i + 6]) else {
                    return self.fail("Invalid \\uXXXX escape", i + 1);
                };
                let low = u32::from(low);
                if (0xDC00..0xE000).contains(&low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            // Python keeps a lone surrogate; a Rust string cannot hold one, so it becomes U+FFFD.
            out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }
}

/// The key slot of the object on top of `stack`.
fn key_slot(stack: &mut [Frame]) -> &mut String {
    match stack.last_mut() {
        Some(Frame::Object(_, key)) => key,
        _ => unreachable!("called only while an object is on top"),
    }
}

fn hex4(digits: &[u8]) -> Option<u16> {
    let text = std::str::from_utf8(digits).ok()?;
    if !text.bytes().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    u16::from_str_radix(text, 16).ok()
}

/// Formats a finite float as Python's `repr(float)`: shortest round-trip digits, scientific notation when the
/// exponent is below -4 or at least 16, and always a `.0` or an exponent so it reads back as a float.
pub(crate) fn python_float_repr(value: f64) -> String {
    let sci = format!("{value:e}");
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let mut out = String::from(sign);
    if (-4..16).contains(&exponent) {
        if exponent >= 0 {
            let int_len = exponent as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exponent - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(
            out,
            "e{}{:02}",
            if exponent < 0 { '-' } else { '+' },
            exponent.unsigned_abs()
        );
    }
    out
}

/// serde_json's compact output with Python's float formatting, so responses read like `json.dumps`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PythonFormatter;

impl serde_json::ser::Formatter for PythonFormatter {
    fn write_f64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        writer.write_all(python_float_repr(value).as_bytes())
    }

    fn write_f32<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f32) -> io::Result<()> {
        self.write_f64(writer, f64::from(value))
    }
}

/// Serialises `value` compactly, with Python's float formatting.
pub(crate) fn to_vec<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(2048);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, PythonFormatter);
    // Serialising plain data into a Vec cannot fail: every map key here is a string.
    if value.serialize(&mut ser).is_err() {
        out.clear();
        out.extend_from_slice(b"null");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(s: &str) -> (String, usize) {
        match decode(s.as_bytes()) {
            Err(DecodeFailure::Syntax { msg, pos }) => (msg.to_owned(), pos),
            other => panic!("{s:?}: expected a syntax error, got {other:?}"),
        }
    }

    fn echo(s: &str) -> String {
        render(&decode(s.as_bytes()).expect("valid")).expect("finite")
    }

    /// Expected values were produced with CPython 3.13's `json.loads`.
    #[test]
    fn errors_match_cpython() {
        let cases: &[(&str, &str, usize)] = &[
            ("", "Expecting value", 0),
            ("  ", "Expecting value", 2),
            ("{\"member_id\":", "Expecting value", 13),
            ("{\"member_id\": }", "Expecting value", 14),
            ("[", "Expecting value", 1),
            ("{", "Expecting property name enclosed in double quotes", 1),
            ("{\"a\"", "Expecting ':' delimiter", 4),
            ("{\"a\" 1}", "Expecting ':' delimiter", 5),
            ("{\"a\":", "Expecting value", 5),
            ("{\"a\":1", "Expecting ',' delimiter", 6),
            ("[1", "Expecting ',' delimiter", 2),
            ("[1 2]", "Expecting ',' delimiter", 3),
            (
                "{\"a\":1,}",
                "Illegal trailing comma before end of object",
                6,
            ),
            (
                "{\"a\":1 , }",
                "Illegal trailing comma before end of object",
                7,
            ),
            ("[1,]", "Illegal trailing comma before end of array", 2),
            ("[1, ]", "Illegal trailing comma before end of array", 2),
            ("01", "Extra data", 1),
            ("1.", "Extra data", 1),
            ("1e5x", "Extra data", 3),
            ("-", "Expecting value", 0),
            ("-Inf", "Expecting value", 0),
            ("\"ab", "Unterminated string starting at", 0),
            ("\"a\\", "Unterminated string starting at", 0),
            ("\"a\u{1}\"", "Invalid control character at", 2),
            ("\"\\q\"", "Invalid \\escape", 1),
            ("\"\\u00zz\"", "Invalid \\uXXXX escape", 2),
            ("\"\\u0041", "Invalid \\uXXXX escape", 2),
            ("\"\\ud800\\uzzzz\"", "Invalid \\uXXXX escape", 8),
            ("{\"é\": \"\\u00e9x", "Unterminated string starting at", 6),
            ("é{", "Expecting value", 0),
            ("{\"a\":1}é", "Extra data", 7),
            (
                "{'a': 1}",
                "Expecting property name enclosed in double quotes",
                1,
            ),
            ("{\"a\": tru}", "Expecting value", 6),
        ];
        for (input, msg, pos) in cases {
            assert_eq!(err(input), ((*msg).to_owned(), *pos), "input {input:?}");
        }
    }

    #[test]
    fn values_echo_like_python() {
        assert_eq!(echo("{\"b\":1,\"a\":2,\"b\":3}"), "{\"b\":3,\"a\":2}");
        assert_eq!(echo("-0"), "0");
        assert_eq!(echo("-0.0"), "-0.0");
        assert_eq!(echo("1E+2"), "100.0");
        assert_eq!(echo("1e16"), "1e+16");
        assert_eq!(echo("0.00001"), "1e-05");
        assert_eq!(
            echo("123456789012345678901234567890"),
            "123456789012345678901234567890"
        );
        assert_eq!(echo("\"\\ud83d\\ude00\\u0041\\n\""), "\"😀A\\n\"");
        assert_eq!(echo(" [ {} , [ ] , null , true ] "), "[{},[],null,true]");
        assert_eq!(echo("\u{feff}{}"), "{}");
        assert_eq!(
            echo("\"\\u0001\\u001f\\\"\\\\é\\u2028\""),
            "\"\\u0001\\u001f\\\"\\\\é\u{2028}\""
        );
        assert_eq!(render(&decode(b"NaN").expect("python accepts NaN")), None);
        assert_eq!(
            render(&decode(b"{\"a\":[1e400]}").expect("overflow is infinity")),
            None
        );
        let many: Vec<String> = (0..100).map(|i| format!("\"k{}\":{i}", i % 40)).collect();
        let rendered = echo(&format!("{{{}}}", many.join(",")));
        assert!(rendered.starts_with("{\"k0\":80,\"k1\":81,"), "{rendered}");
    }

    #[test]
    fn other_failures() {
        assert_eq!(decode(b"\xff").err(), Some(DecodeFailure::Other));
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(decode(deep.as_bytes()).err(), Some(DecodeFailure::Other));
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        let deep = decode(ok.as_bytes()).expect("as deep as Python goes");
        assert_eq!(render(&deep).map(|r| r.len()), Some(ok.len()));
        drop(deep);
        assert_eq!(
            decode("1".repeat(4301).as_bytes()).err(),
            Some(DecodeFailure::Other)
        );
        assert!(decode("1".repeat(4300).as_bytes()).is_ok());
    }

    #[test]
    fn float_repr() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (-0.0, "-0.0"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (100.0, "100.0"),
            (1e15, "1000000000000000.0"),
            (12345.678, "12345.678"),
        ];
        for (value, repr) in cases {
            assert_eq!(python_float_repr(*value), *repr);
        }
    }
}
