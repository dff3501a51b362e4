// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionCallRequest`] and the types nested in it, from `#/components/schemas/FunctionCallRequest`.

use crate::runtime::{self, serialize_struct};

/// The `FunctionCallRequest` schema, which the spec does not describe (`#/components/schemas/FunctionCallRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionCallRequest {
    /// The name of the function to execute
    pub function: String,
    /// The id of the task to be annotated
    pub task: i64,
    /// The id of the job to be annotated
    pub job: Option<i64>,
    /// The `max_distance` property, which the spec does not describe (`#/components/schemas/FunctionCallRequest/properties/max_distance`).
    pub max_distance: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/FunctionCallRequest/properties/threshold`).
    pub threshold: Option<f64>,
    /// Whether existing annotations should be removed
    pub cleanup: Option<bool>,
    /// Deprecated; use conv_mask_to_poly instead
    ///
    /// Write-only: sent, never returned.
    pub conv_mask_to_poly_field: Option<bool>,
    /// Convert mask shapes to polygons
    pub conv_mask_to_poly: Option<bool>,
    /// Label mapping from the model to the task labels
    pub mapping: Option<std::collections::BTreeMap<String, super::LabelMappingEntryRequest>>,
    /// Region of interest as \[xtl, ytl, xbr, ybr\]
    pub roi: Option<Vec<i64>>,
}

serialize_struct!(
    runtime,
    FunctionCallRequest {
        function: required("function"),
        task: required("task"),
        job: optional("job"),
        max_distance: optional("max_distance"),
        threshold: optional("threshold"),
        cleanup: optional("cleanup"),
        conv_mask_to_poly_field: optional("convMaskToPoly"),
        conv_mask_to_poly: optional("conv_mask_to_poly"),
        mapping: optional("mapping"),
        roi: optional("roi")
    }
);

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
