// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReportDetails`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReportDetails`.

/// Shield information barrier report details
///
/// Indicates which folder the report
/// file is located and any errors when generating the report.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierReportDetails {
    /// The `details` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReportDetails/properties/details`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<super::ShieldInformationBarrierReportDetailsDetailsField>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReportDetails/properties/details`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierReportDetailsDetailsField {
    /// Folder ID for locating this report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder_id: Option<String>,
}
