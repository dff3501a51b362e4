// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CredentialsTypeEnum`] and the types nested in it, from `#/components/schemas/CredentialsTypeEnum`.

use crate::runtime::{self, string_enum};

/// * `KEY_SECRET_KEY_PAIR` - KEY_SECRET_KEY_PAIR
/// * `ACCOUNT_NAME_TOKEN_PAIR` - ACCOUNT_NAME_TOKEN_PAIR
/// * `KEY_FILE_PATH` - KEY_FILE_PATH
/// * `ANONYMOUS_ACCESS` - ANONYMOUS_ACCESS
/// * `CONNECTION_STRING` - CONNECTION_STRING
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CredentialsTypeEnum {
    /// `KEY_SECRET_KEY_PAIR`
    KeySecretKeyPair,
    /// `ACCOUNT_NAME_TOKEN_PAIR`
    AccountNameTokenPair,
    /// `KEY_FILE_PATH`
    KeyFilePath,
    /// `ANONYMOUS_ACCESS`
    AnonymousAccess,
    /// `CONNECTION_STRING`
    ConnectionString,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CredentialsTypeEnum,
    Unknown,
    KeySecretKeyPair = "KEY_SECRET_KEY_PAIR",
    AccountNameTokenPair = "ACCOUNT_NAME_TOKEN_PAIR",
    KeyFilePath = "KEY_FILE_PATH",
    AnonymousAccess = "ANONYMOUS_ACCESS",
    ConnectionString = "CONNECTION_STRING"
);
