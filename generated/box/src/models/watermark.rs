// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Watermark`] and the types nested in it, from `#/components/schemas/Watermark`.

use crate::runtime::{self, deserialize_struct};

/// Watermark
///
/// A watermark is a semi-transparent overlay on an embedded file
/// preview that displays a viewer's email address or user ID
/// and the time of access over a file's content.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Watermark {
    /// The `watermark` property, which the spec does not describe (`#/components/schemas/Watermark/properties/watermark`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub watermark: Option<super::WatermarkWatermarkField>,
}

deserialize_struct!(runtime, Watermark { watermark: optional::<Option<super::WatermarkWatermarkField>>("watermark") });

/// An inline schema, which the spec does not describe (`#/components/schemas/Watermark/properties/watermark`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WatermarkWatermarkField {
    /// When this watermark was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When this task was modified.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

deserialize_struct!(
    runtime,
    WatermarkWatermarkField {
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);
