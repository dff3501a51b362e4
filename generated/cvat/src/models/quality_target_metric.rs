// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityTargetMetric`] and the types nested in it, from `#/components/schemas/QualityTargetMetric`.

use crate::runtime::{self, string_enum};

/// * `accuracy` - ACCURACY
/// * `precision` - PRECISION
/// * `recall` - RECALL
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityTargetMetric {
    /// `accuracy`
    Accuracy,
    /// `precision`
    Precision,
    /// `recall`
    Recall,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, QualityTargetMetric, Unknown, Accuracy = "accuracy", Precision = "precision", Recall = "recall");
