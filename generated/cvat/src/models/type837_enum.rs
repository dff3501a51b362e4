// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Type837Enum`] and the types nested in it, from `#/components/schemas/Type837Enum`.

use crate::runtime::{self, string_enum};

/// * `annotate_task` - annotate_task
/// * `annotate_frame` - annotate_frame
/// * `interact` - interact
/// * `init_tracking` - init_tracking
/// * `track` - track
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type837Enum {
    /// `annotate_task`
    AnnotateTask,
    /// `annotate_frame`
    AnnotateFrame,
    /// `interact`
    Interact,
    /// `init_tracking`
    InitTracking,
    /// `track`
    Track,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    Type837Enum,
    Unknown,
    AnnotateTask = "annotate_task",
    AnnotateFrame = "annotate_frame",
    Interact = "interact",
    InitTracking = "init_tracking",
    Track = "track"
);
