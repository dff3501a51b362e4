// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ProviderTypeEnum`] and the types nested in it, from `#/components/schemas/ProviderTypeEnum`.

use crate::runtime::{self, string_enum};

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

string_enum!(
    runtime,
    ProviderTypeEnum,
    Unknown,
    AwsS3Bucket = "AWS_S3_BUCKET",
    AzureContainer = "AZURE_CONTAINER",
    GoogleCloudStorage = "GOOGLE_CLOUD_STORAGE"
);
