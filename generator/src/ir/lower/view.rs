//! One flat view of an `openapiv3::Schema`, whichever of its shapes the parser chose
//! (`Type`, `AllOf`, ..., or the catch-all `Any`), so that lowering reads every keyword the same way.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaData, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use crate::ir::Bound;
use crate::pointer::JsonPointer;

/// A schema reference that is either a `$ref` or an inline schema (boxed or not).
#[derive(Clone, Copy, Debug)]
pub enum SchemaRef<'a> {
    /// `$ref: ...`
    Ref(&'a str),
    /// An inline schema.
    Item(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        }
    }
}

/// Every keyword lowering looks at.
pub struct View<'a> {
    pub data: &'a SchemaData,
    pub typ: Option<&'a str>,
    pub format: Option<&'a str>,
    pub properties: Option<&'a IndexMap<String, ReferenceOr<Box<Schema>>>>,
    pub required: &'a [String],
    pub additional: Option<&'a AdditionalProperties>,
    pub items: Option<&'a ReferenceOr<Box<Schema>>>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub enumeration: Vec<Value>,
    pub pattern: Option<&'a str>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub multiple_of: Option<f64>,
    pub one_of: &'a [ReferenceOr<Schema>],
    pub any_of: &'a [ReferenceOr<Schema>],
    pub all_of: &'a [ReferenceOr<Schema>],
    pub has_not: bool,
}

fn string_format(f: &VariantOrUnknownOrEmpty<StringFormat>) -> Option<&str> {
    match f {
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Password) => Some("password"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("byte"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Some("binary"),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn number_format(f: &VariantOrUnknownOrEmpty<NumberFormat>) -> Option<&str> {
    match f {
        VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Some("float"),
        VariantOrUnknownOrEmpty::Item(NumberFormat::Double) => Some("double"),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn integer_format(f: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Option<&str> {
    match f {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Some("int32"),
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Some("int64"),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn bound(value: Option<f64>, exclusive: bool) -> Option<Bound> {
    value.map(|value| Bound { value, exclusive })
}

fn values<T: serde::Serialize>(items: &[Option<T>]) -> Vec<Value> {
    items.iter().map(|v| v.as_ref().and_then(|v| serde_json::to_value(v).ok()).unwrap_or(Value::Null)).collect()
}

impl<'a> View<'a> {
    /// The view of `schema`.
    pub fn of(schema: &'a Schema) -> Self {
        let mut v = View {
            data: &schema.schema_data,
            typ: None,
            format: None,
            properties: None,
            required: &[],
            additional: None,
            items: None,
            min_items: None,
            max_items: None,
            enumeration: Vec::new(),
            pattern: None,
            min_length: None,
            max_length: None,
            minimum: None,
            maximum: None,
            multiple_of: None,
            one_of: &[],
            any_of: &[],
            all_of: &[],
            has_not: false,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(t)) => {
                v.typ = Some("string");
                v.format = string_format(&t.format);
                v.enumeration = values(&t.enumeration);
                v.pattern = t.pattern.as_deref();
                v.min_length = t.min_length;
                v.max_length = t.max_length;
            }
            SchemaKind::Type(Type::Number(t)) => {
                v.typ = Some("number");
                v.format = number_format(&t.format);
                v.enumeration = values(&t.enumeration);
                v.minimum = bound(t.minimum, t.exclusive_minimum);
                v.maximum = bound(t.maximum, t.exclusive_maximum);
                v.multiple_of = t.multiple_of;
            }
            SchemaKind::Type(Type::Integer(t)) => {
                v.typ = Some("integer");
                v.format = integer_format(&t.format);
                v.enumeration = values(&t.enumeration);
                // Integer bounds are exact in an f64 up to 2^53, far beyond any a spec states.
                v.minimum = bound(t.minimum.map(|m| m as f64), t.exclusive_minimum);
                v.maximum = bound(t.maximum.map(|m| m as f64), t.exclusive_maximum);
                v.multiple_of = t.multiple_of.map(|m| m as f64);
            }
            SchemaKind::Type(Type::Boolean(t)) => {
                v.typ = Some("boolean");
                v.enumeration = values(&t.enumeration);
            }
            SchemaKind::Type(Type::Object(t)) => {
                v.typ = Some("object");
                v.properties = Some(&t.properties);
                v.required = &t.required;
                v.additional = t.additional_properties.as_ref();
            }
            SchemaKind::Type(Type::Array(t)) => {
                v.typ = Some("array");
                v.items = t.items.as_ref();
                v.min_items = t.min_items;
                v.max_items = t.max_items;
            }
            SchemaKind::OneOf { one_of } => v.one_of = one_of,
            SchemaKind::AnyOf { any_of } => v.any_of = any_of,
            SchemaKind::AllOf { all_of } => v.all_of = all_of,
            SchemaKind::Not { .. } => v.has_not = true,
            SchemaKind::Any(any) => {
                v.typ = any.typ.as_deref();
                v.format = any.format.as_deref();
                v.properties = (!any.properties.is_empty()).then_some(&any.properties);
                v.required = &any.required;
                v.additional = any.additional_properties.as_ref();
                v.items = any.items.as_ref();
                v.min_items = any.min_items;
                v.max_items = any.max_items;
                v.enumeration = any.enumeration.clone();
                v.pattern = any.pattern.as_deref();
                v.min_length = any.min_length;
                v.max_length = any.max_length;
                v.minimum = bound(any.minimum, any.exclusive_minimum.unwrap_or(false));
                v.maximum = bound(any.maximum, any.exclusive_maximum.unwrap_or(false));
                v.multiple_of = any.multiple_of;
                v.one_of = &any.one_of;
                v.any_of = &any.any_of;
                v.all_of = &any.all_of;
                v.has_not = any.not.is_some();
            }
        }
        v
    }

    /// Whether the schema only annotates (description, nullable, readOnly, ...) and says nothing
    /// about the shape of the value: an `allOf` part like `{description: ...}`.
    pub fn is_annotation_only(&self) -> bool {
        self.typ.is_none()
            && self.format.is_none()
            && self.properties.is_none_or(|p| p.is_empty())
            && self.additional.is_none()
            && self.items.is_none()
            && self.enumeration.is_empty()
            && self.one_of.is_empty()
            && self.any_of.is_empty()
            && self.all_of.is_empty()
            && !self.has_not
    }

    /// Whether the schema only allows `null` (DRF's `NullEnum`: `enum: [null]`).
    pub fn is_null_only(&self) -> bool {
        (!self.enumeration.is_empty() && self.enumeration.iter().all(Value::is_null)) || self.typ == Some("null")
    }

    /// The `oneOf` then `anyOf` alternatives, each with its pointer (the schema stands at `at`).
    pub fn alternatives(&self, at: &JsonPointer) -> Vec<(JsonPointer, SchemaRef<'a>)> {
        let one_of = self.one_of.iter().enumerate().map(|(i, b)| (at.join("oneOf").join(i.to_string()), b.into()));
        let any_of = self.any_of.iter().enumerate().map(|(i, b)| (at.join("anyOf").join(i.to_string()), b.into()));
        one_of.chain(any_of).collect()
    }

    /// Whether the schema describes an object with properties or additional properties.
    pub fn is_object_like(&self) -> bool {
        self.typ == Some("object") || self.properties.is_some_and(|p| !p.is_empty()) || self.additional.is_some()
    }
}
