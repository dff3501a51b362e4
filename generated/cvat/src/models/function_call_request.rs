// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionCallRequest`] and the types nested in it, from `#/components/schemas/FunctionCallRequest`.

/// The `FunctionCallRequest` schema, which the spec does not describe (`#/components/schemas/FunctionCallRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FunctionCallRequest {
    /// The name of the function to execute
    pub function: String,
    /// The id of the task to be annotated
    pub task: i64,
    /// The id of the job to be annotated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    /// The `max_distance` property, which the spec does not describe (`#/components/schemas/FunctionCallRequest/properties/max_distance`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_distance: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/FunctionCallRequest/properties/threshold`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Whether existing annotations should be removed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cleanup: Option<bool>,
    /// Deprecated; use conv_mask_to_poly instead
    ///
    /// Write-only: sent, never returned.
    #[serde(rename = "convMaskToPoly", skip_serializing_if = "Option::is_none")]
    pub conv_mask_to_poly_field: Option<bool>,
    /// Convert mask shapes to polygons
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conv_mask_to_poly: Option<bool>,
    /// Label mapping from the model to the task labels
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntryRequest>>,
    /// Region of interest as \[xtl, ytl, xbr, ybr\]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roi: Option<Vec<i64>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FunctionCallRequest {
        function: required::<String>("function"),
        task: required::<i64>("task"),
        job: optional::<Option<i64>>("job"),
        max_distance: optional::<Option<i64>>("max_distance"),
        threshold: optional::<Option<f64>>("threshold"),
        cleanup: optional::<Option<bool>>("cleanup"),
        conv_mask_to_poly_field: optional::<Option<bool>>("convMaskToPoly"),
        conv_mask_to_poly: optional::<Option<bool>>("conv_mask_to_poly"),
        mapping: optional::<Option<std::collections::BTreeMap<String, super::LabelMappingEntryRequest>>>("mapping"),
        roi: optional::<Option<Vec<i64>>>("roi")
    }
);
