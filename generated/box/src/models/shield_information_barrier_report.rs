// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReport`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReport`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Shield information barrier report
///
/// A standard representation
/// of a shield information barrier report object.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierReport {
    /// The unique identifier for the shield information barrier report.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The type of the shield information barrier report.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::ShieldInformationBarrierReportBaseTypeField>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/shield_information_barrier`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierReference>,
    /// Status of the shield information report.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<super::ShieldInformationBarrierReportStatusField>,
    /// The `details` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/details`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub details: Option<super::ShieldInformationBarrierReportDetails>,
    /// ISO date time string when this
    /// shield information barrier report object was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/created_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier report was updated.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

deserialize_struct!(
    runtime,
    ShieldInformationBarrierReport {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierReportBaseTypeField>>("type"),
        shield_information_barrier: optional::<Option<super::ShieldInformationBarrierReference>>(
            "shield_information_barrier"
        ),
        status: optional::<Option<super::ShieldInformationBarrierReportStatusField>>("status"),
        details: optional::<Option<super::ShieldInformationBarrierReportDetails>>("details"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        created_by: optional::<Option<super::UserBase>>("created_by"),
        updated_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_at")
    }
);

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
