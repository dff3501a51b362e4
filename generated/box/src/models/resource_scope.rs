// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ResourceScope`] and the types nested in it, from `#/components/schemas/ResourceScope`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Resource scope
///
/// A relation between a resource (file or folder) and the scopes for which the resource can be accessed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResourceScope {
    /// The scopes for the resource access.
    pub scope: Option<super::ResourceScopeScopeField>,
    /// The `object` property, which the spec does not describe (`#/components/schemas/ResourceScope/properties/object`).
    pub object: Option<super::Resource>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ResourceScope { scope: optional("scope"), object: optional("object") }
);

deserialize_struct!(
    runtime,
    ResourceScope {
        scope: optional::<Option<super::ResourceScopeScopeField>>("scope"),
        object: optional::<Option<super::Resource>>("object")
    }
);

/// The scopes for the resource access.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResourceScopeScopeField {
    /// `annotation_edit`
    AnnotationEdit,
    /// `annotation_view_all`
    AnnotationViewAll,
    /// `annotation_view_self`
    AnnotationViewSelf,
    /// `base_explorer`
    BaseExplorer,
    /// `base_picker`
    BasePicker,
    /// `base_preview`
    BasePreview,
    /// `base_upload`
    BaseUpload,
    /// `item_delete`
    ItemDelete,
    /// `item_download`
    ItemDownload,
    /// `item_preview`
    ItemPreview,
    /// `item_rename`
    ItemRename,
    /// `item_share`
    ItemShare,
    /// `item_upload`
    ItemUpload,
    /// `item_read`
    ItemRead,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ResourceScopeScopeField,
    Unknown,
    AnnotationEdit = "annotation_edit",
    AnnotationViewAll = "annotation_view_all",
    AnnotationViewSelf = "annotation_view_self",
    BaseExplorer = "base_explorer",
    BasePicker = "base_picker",
    BasePreview = "base_preview",
    BaseUpload = "base_upload",
    ItemDelete = "item_delete",
    ItemDownload = "item_download",
    ItemPreview = "item_preview",
    ItemRename = "item_rename",
    ItemShare = "item_share",
    ItemUpload = "item_upload",
    ItemRead = "item_read"
);
