// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ResourceScope`] and the types nested in it, from `#/components/schemas/ResourceScope`.

/// Resource scope
///
/// A relation between a resource (file or folder) and the scopes for which the resource can be accessed.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ResourceScope {
    /// The scopes for the resource access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<super::ResourceScopeScopeField>,
    /// The `object` property, which the spec does not describe (`#/components/schemas/ResourceScope/properties/object`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<super::Resource>,
}

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

impl ResourceScopeScopeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnnotationEdit => "annotation_edit",
            Self::AnnotationViewAll => "annotation_view_all",
            Self::AnnotationViewSelf => "annotation_view_self",
            Self::BaseExplorer => "base_explorer",
            Self::BasePicker => "base_picker",
            Self::BasePreview => "base_preview",
            Self::BaseUpload => "base_upload",
            Self::ItemDelete => "item_delete",
            Self::ItemDownload => "item_download",
            Self::ItemPreview => "item_preview",
            Self::ItemRename => "item_rename",
            Self::ItemShare => "item_share",
            Self::ItemUpload => "item_upload",
            Self::ItemRead => "item_read",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ResourceScopeScopeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "annotation_edit" => Self::AnnotationEdit,
            "annotation_view_all" => Self::AnnotationViewAll,
            "annotation_view_self" => Self::AnnotationViewSelf,
            "base_explorer" => Self::BaseExplorer,
            "base_picker" => Self::BasePicker,
            "base_preview" => Self::BasePreview,
            "base_upload" => Self::BaseUpload,
            "item_delete" => Self::ItemDelete,
            "item_download" => Self::ItemDownload,
            "item_preview" => Self::ItemPreview,
            "item_rename" => Self::ItemRename,
            "item_share" => Self::ItemShare,
            "item_upload" => Self::ItemUpload,
            "item_read" => Self::ItemRead,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ResourceScopeScopeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ResourceScopeScopeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ResourceScopeScopeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
