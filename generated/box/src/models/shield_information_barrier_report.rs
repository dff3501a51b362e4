// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReport`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReport`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Shield information barrier report
///
/// A standard representation
/// of a shield information barrier report object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierReport {
    /// The unique identifier for the shield information barrier report.
    pub id: Option<String>,
    /// The type of the shield information barrier report.
    pub r#type: Option<super::ShieldInformationBarrierReportBaseTypeField>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/shield_information_barrier`).
    pub shield_information_barrier: Option<super::ShieldInformationBarrierReference>,
    /// Status of the shield information report.
    pub status: Option<super::ShieldInformationBarrierReportStatusField>,
    /// The `details` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/details`).
    pub details: Option<super::ShieldInformationBarrierReportDetails>,
    /// ISO date time string when this
    /// shield information barrier report object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier report was updated.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierReport {
        id: optional("id"),
        r#type: optional("type"),
        shield_information_barrier: optional("shield_information_barrier"),
        status: optional("status"),
        details: optional("details"),
        created_at: optional("created_at"),
        created_by: optional("created_by"),
        updated_at: optional("updated_at")
    }
);

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
