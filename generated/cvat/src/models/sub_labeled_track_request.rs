// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SubLabeledTrackRequest`] and the types nested in it, from `#/components/schemas/SubLabeledTrackRequest`.

/// The `SubLabeledTrackRequest` schema, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SubLabeledTrackRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub id: Option<Option<i64>>,
    /// The `label_id` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/label_id`).
    pub label_id: i64,
    /// The `group` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/group`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub group: Option<Option<i64>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/source`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/frame`).
    pub frame: i64,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/attributes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::AttributeValRequest>>,
    /// The `shapes` property, which the spec does not describe (`#/components/schemas/SubLabeledTrackRequest/properties/shapes`).
    pub shapes: Vec<super::TrackedShapeRequest>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SubLabeledTrackRequest {
        id: nullable::<Option<i64>>("id"),
        label_id: required::<i64>("label_id"),
        group: nullable::<Option<i64>>("group"),
        source: optional::<Option<String>>("source"),
        frame: required::<i64>("frame"),
        attributes: optional::<Option<Vec<super::AttributeValRequest>>>("attributes"),
        shapes: required::<Vec<super::TrackedShapeRequest>>("shapes")
    }
);
