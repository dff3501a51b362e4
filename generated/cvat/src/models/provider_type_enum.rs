// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ProviderTypeEnum`] and the types nested in it, from `#/components/schemas/ProviderTypeEnum`.

/// * `AWS_S3_BUCKET` - Amazon S3
/// * `AZURE_CONTAINER` - Azure Blob Storage
/// * `GOOGLE_CLOUD_STORAGE` - Google Cloud Storage
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProviderTypeEnum {
    /// `AWS_S3_BUCKET`
    AwsS3Bucket,
    /// `AZURE_CONTAINER`
    AzureContainer,
    /// `GOOGLE_CLOUD_STORAGE`
    GoogleCloudStorage,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ProviderTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsS3Bucket => "AWS_S3_BUCKET",
            Self::AzureContainer => "AZURE_CONTAINER",
            Self::GoogleCloudStorage => "GOOGLE_CLOUD_STORAGE",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ProviderTypeEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "AWS_S3_BUCKET" => Self::AwsS3Bucket,
            "AZURE_CONTAINER" => Self::AzureContainer,
            "GOOGLE_CLOUD_STORAGE" => Self::GoogleCloudStorage,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ProviderTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ProviderTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ProviderTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
