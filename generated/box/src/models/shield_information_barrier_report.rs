// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReport`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReport`.

use crate::runtime::{self, string_enum};

/// Shield information barrier report
///
/// A standard representation
/// of a shield information barrier report object.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierReport {
    /// The unique identifier for the shield information barrier report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierReportBaseTypeField>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/shield_information_barrier`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierReference>,
    /// Status of the shield information report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::ShieldInformationBarrierReportStatusField>,
    /// The `details` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/details`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<super::ShieldInformationBarrierReportDetails>,
    /// ISO date time string when this
    /// shield information barrier report object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier report was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Status of the shield information report.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierReportStatusField {
    /// `pending`
    Pending,
    /// `error`
    Error,
    /// `done`
    Done,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierReportStatusField,
    Unknown,
    Pending = "pending",
    Error = "error",
    Done = "done",
    Cancelled = "cancelled"
);
