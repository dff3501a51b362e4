// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`DevicePinner`] and the types nested in it, from `#/components/schemas/DevicePinner`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Device pinner
///
/// Device pins allow enterprises to control what devices can
/// use native Box applications.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DevicePinner {
    /// The unique identifier for this device pin.
    pub id: Option<String>,
    /// The value will always be `device_pinner`.
    pub r#type: Option<super::DevicePinnerTypeField>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/DevicePinner/properties/owned_by`).
    pub owned_by: Option<super::UserMini>,
    /// The type of device being pinned.
    pub product_name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    DevicePinner {
        id: optional("id"),
        r#type: optional("type"),
        owned_by: optional("owned_by"),
        product_name: optional("product_name")
    }
);

deserialize_struct!(
    runtime,
    DevicePinner {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::DevicePinnerTypeField>>("type"),
        owned_by: optional::<Option<super::UserMini>>("owned_by"),
        product_name: optional::<Option<String>>("product_name")
    }
);

/// The value will always be `device_pinner`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DevicePinnerTypeField {
    /// `device_pinner`
    DevicePinner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DevicePinnerTypeField, Unknown, DevicePinner = "device_pinner");
