// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityPointSizeBase`] and the types nested in it, from `#/components/schemas/QualityPointSizeBase`.

use crate::runtime::{self, string_enum};

/// * `image_size` - IMAGE_SIZE
/// * `group_bbox_size` - GROUP_BBOX_SIZE
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityPointSizeBase {
    /// `image_size`
    ImageSize,
    /// `group_bbox_size`
    GroupBboxSize,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, QualityPointSizeBase, Unknown, ImageSize = "image_size", GroupBboxSize = "group_bbox_size");
