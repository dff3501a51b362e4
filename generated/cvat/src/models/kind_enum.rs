// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`KindEnum`] and the types nested in it, from `#/components/schemas/KindEnum`.

use crate::runtime::{self, string_enum};

/// * `detector` - Detector
/// * `interactor` - Interactor
/// * `reid` - Reid
/// * `tracker` - Tracker
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KindEnum {
    /// `detector`
    Detector,
    /// `interactor`
    Interactor,
    /// `reid`
    Reid,
    /// `tracker`
    Tracker,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    KindEnum,
    Unknown,
    Detector = "detector",
    Interactor = "interactor",
    Reid = "reid",
    Tracker = "tracker"
);
