// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`InputTypeEnum`] and the types nested in it, from `#/components/schemas/InputTypeEnum`.

use crate::runtime::{self, string_enum};

/// * `checkbox` - CHECKBOX
/// * `radio` - RADIO
/// * `number` - NUMBER
/// * `text` - TEXT
/// * `select` - SELECT
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InputTypeEnum {
    /// `checkbox`
    Checkbox,
    /// `radio`
    Radio,
    /// `number`
    Number,
    /// `text`
    Text,
    /// `select`
    Select,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    InputTypeEnum,
    Unknown,
    Checkbox = "checkbox",
    Radio = "radio",
    Number = "number",
    Text = "text",
    Select = "select"
);
