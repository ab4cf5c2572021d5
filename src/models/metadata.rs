//! Customer metadata: string keys, values of four JSON types.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// Metadata of a customer: keys in order, values keeping their JSON type.
///
/// ```
/// use polarsh::models::{Metadata, MetadataValue};
///
/// let metadata: Metadata = serde_json::from_str(r#"{"plan":"pro","seats":3}"#).unwrap();
/// assert_eq!(metadata["seats"], MetadataValue::Integer(3));
/// ```
pub type Metadata = BTreeMap<String, MetadataValue>;

/// One metadata value: a string, an integer, a float or a boolean, as Polar stores them.
///
/// ```
/// use polarsh::models::MetadataValue;
///
/// let values: Vec<MetadataValue> = serde_json::from_str(r#"["pro", 3, 2.5, true]"#).unwrap();
/// assert_eq!(values, [
///     MetadataValue::String("pro".into()),
///     MetadataValue::Integer(3),
///     MetadataValue::Float(2.5),
///     MetadataValue::Boolean(true),
/// ]);
/// assert_eq!(values[1].as_i64(), Some(3));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum MetadataValue {
    /// A string.
    String(String),
    /// An integer.
    Integer(i64),
    /// A number with a fraction (or an integer too large for `i64`).
    Float(f64),
    /// A boolean.
    Boolean(bool),
}

impl MetadataValue {
    /// The string, if this is one.
    ///
    /// ```
    /// assert_eq!(polarsh::models::MetadataValue::String("pro".into()).as_str(), Some("pro"));
    /// ```
    pub fn as_str(&self) -> Option<&str> {
        match self {
            MetadataValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// The integer, if this is one.
    ///
    /// ```
    /// assert_eq!(polarsh::models::MetadataValue::Integer(3).as_i64(), Some(3));
    /// ```
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            MetadataValue::Integer(n) => Some(*n),
            _ => None,
        }
    }

    /// The number as a float, if this is an integer or a float.
    ///
    /// ```
    /// assert_eq!(polarsh::models::MetadataValue::Integer(3).as_f64(), Some(3.0));
    /// ```
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            MetadataValue::Integer(n) => Some(*n as f64),
            MetadataValue::Float(x) => Some(*x),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    ///
    /// ```
    /// assert_eq!(polarsh::models::MetadataValue::Boolean(true).as_bool(), Some(true));
    /// ```
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            MetadataValue::Boolean(b) => Some(*b),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for MetadataValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;

        impl Visitor<'_> for ValueVisitor {
            type Value = MetadataValue;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, an integer, a float or a boolean")
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<MetadataValue, E> {
                Ok(MetadataValue::Boolean(v))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<MetadataValue, E> {
                Ok(MetadataValue::Integer(v))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<MetadataValue, E> {
                Ok(i64::try_from(v).map_or(MetadataValue::Float(v as f64), MetadataValue::Integer))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<MetadataValue, E> {
                Ok(MetadataValue::Float(v))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<MetadataValue, E> {
                Ok(MetadataValue::String(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<MetadataValue, E> {
                Ok(MetadataValue::String(v))
            }
        }

        deserializer.deserialize_any(ValueVisitor)
    }
}

impl From<&str> for MetadataValue {
    fn from(value: &str) -> Self {
        MetadataValue::String(value.to_owned())
    }
}

impl From<String> for MetadataValue {
    fn from(value: String) -> Self {
        MetadataValue::String(value)
    }
}

impl From<i64> for MetadataValue {
    fn from(value: i64) -> Self {
        MetadataValue::Integer(value)
    }
}

impl From<i32> for MetadataValue {
    fn from(value: i32) -> Self {
        MetadataValue::Integer(i64::from(value))
    }
}

impl From<f64> for MetadataValue {
    fn from(value: f64) -> Self {
        MetadataValue::Float(value)
    }
}

impl From<bool> for MetadataValue {
    fn from(value: bool) -> Self {
        MetadataValue::Boolean(value)
    }
}
