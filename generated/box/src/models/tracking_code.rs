// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrackingCode`] and the types nested in it, from `#/components/schemas/TrackingCode`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Tracking code
///
/// Tracking codes allow an admin to generate reports from the admin console
/// and assign an attribute to a specific group of users.
/// This setting must be enabled for an enterprise before it can be used.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrackingCode {
    /// The value will always be `tracking_code`.
    pub r#type: Option<super::TrackingCodeTypeField>,
    /// The name of the tracking code, which must be preconfigured in
    /// the Admin Console.
    pub name: Option<String>,
    /// The value of the tracking code.
    pub value: Option<String>,
}

serialize_struct!(runtime, TrackingCode { r#type: optional("type"), name: optional("name"), value: optional("value") });

deserialize_struct!(
    runtime,
    TrackingCode {
        r#type: optional::<Option<super::TrackingCodeTypeField>>("type"),
        name: optional::<Option<String>>("name"),
        value: optional::<Option<String>>("value")
    }
);

/// The value will always be `tracking_code`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrackingCodeTypeField {
    /// `tracking_code`
    TrackingCode,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TrackingCodeTypeField, Unknown, TrackingCode = "tracking_code");
