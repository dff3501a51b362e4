// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`DevicePinner`] and the types nested in it, from `#/components/schemas/DevicePinner`.

use crate::runtime::{self, string_enum};

/// Device pinner
///
/// Device pins allow enterprises to control what devices can
/// use native Box applications.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct DevicePinner {
    /// The unique identifier for this device pin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `device_pinner`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::DevicePinnerTypeField>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/DevicePinner/properties/owned_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<super::UserMini>,
    /// The type of device being pinned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
}

/// The value will always be `device_pinner`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DevicePinnerTypeField {
    /// `device_pinner`
    DevicePinner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DevicePinnerTypeField, Unknown, DevicePinner = "device_pinner");
