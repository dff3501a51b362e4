// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Watermark`] and the types nested in it, from `#/components/schemas/Watermark`.

use crate::runtime::{self, deserialize_struct};

/// Watermark
///
/// A watermark is a semi-transparent overlay on an embedded file
/// preview that displays a viewer's email address or user ID
/// and the time of access over a file's content.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Watermark {
    /// The `watermark` property, which the spec does not describe (`#/components/schemas/Watermark/properties/watermark`).
    pub watermark: Option<super::WatermarkWatermarkField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Watermark { watermark: optional("watermark") });

deserialize_struct!(runtime, Watermark { watermark: optional::<Option<super::WatermarkWatermarkField>>("watermark") });

/// An inline schema, which the spec does not describe (`#/components/schemas/Watermark/properties/watermark`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WatermarkWatermarkField {
    /// When this watermark was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this task was modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WatermarkWatermarkField { created_at: optional("created_at"), modified_at: optional("modified_at") }
);

deserialize_struct!(
    runtime,
    WatermarkWatermarkField {
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);
