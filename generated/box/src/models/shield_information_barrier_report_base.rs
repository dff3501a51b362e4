// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReportBaseTypeField`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReport--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The type of the shield information barrier report.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierReportBaseTypeField {
    /// `shield_information_barrier_report`
    ShieldInformationBarrierReport,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ShieldInformationBarrierReportBaseTypeField,
    Unknown,
    ShieldInformationBarrierReport = "shield_information_barrier_report"
);

/// Shield information barrier report (Base)
///
/// A base representation of a
/// shield information barrier report object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierReportBase {
    /// The unique identifier for the shield information barrier report.
    pub id: Option<String>,
    /// The type of the shield information barrier report.
    pub r#type: Option<super::ShieldInformationBarrierReportBaseTypeField>,
}

serialize_struct!(runtime, ShieldInformationBarrierReportBase { id: optional("id"), r#type: optional("type") });

deserialize_struct!(
    runtime,
    ShieldInformationBarrierReportBase {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierReportBaseTypeField>>("type")
    }
);
