// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReportDetails`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReportDetails`.

use crate::runtime::{self, deserialize_struct};

/// Shield information barrier report details
///
/// Indicates which folder the report
/// file is located and any errors when generating the report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierReportDetails {
    /// The `details` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReportDetails/properties/details`).
    pub details: Option<super::ShieldInformationBarrierReportDetailsDetailsField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierReportDetails { details: optional("details") }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierReportDetails {
        details: optional::<Option<super::ShieldInformationBarrierReportDetailsDetailsField>>("details")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReportDetails/properties/details`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierReportDetailsDetailsField {
    /// Folder ID for locating this report.
    pub folder_id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ShieldInformationBarrierReportDetailsDetailsField { folder_id: optional("folder_id") }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierReportDetailsDetailsField { folder_id: optional::<Option<String>>("folder_id") }
);
