// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FileInfoTypeEnum`] and the types nested in it, from `#/components/schemas/FileInfoTypeEnum`.

use crate::runtime::{self, string_enum};

/// * `REG` - REG
/// * `DIR` - DIR
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileInfoTypeEnum {
    /// `REG`
    Reg,
    /// `DIR`
    Dir,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileInfoTypeEnum, Unknown, Reg = "REG", Dir = "DIR");
