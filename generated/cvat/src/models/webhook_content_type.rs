// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`WebhookContentType`] and the types nested in it, from `#/components/schemas/WebhookContentType`.

use crate::runtime::{self, string_enum};

/// * `application/json` - JSON
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookContentType {
    /// `application/json`
    ApplicationJson,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WebhookContentType, Unknown, ApplicationJson = "application/json");
