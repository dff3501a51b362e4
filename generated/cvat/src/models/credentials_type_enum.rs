// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CredentialsTypeEnum`] and the types nested in it, from `#/components/schemas/CredentialsTypeEnum`.

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

impl CredentialsTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeySecretKeyPair => "KEY_SECRET_KEY_PAIR",
            Self::AccountNameTokenPair => "ACCOUNT_NAME_TOKEN_PAIR",
            Self::KeyFilePath => "KEY_FILE_PATH",
            Self::AnonymousAccess => "ANONYMOUS_ACCESS",
            Self::ConnectionString => "CONNECTION_STRING",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CredentialsTypeEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "KEY_SECRET_KEY_PAIR" => Self::KeySecretKeyPair,
            "ACCOUNT_NAME_TOKEN_PAIR" => Self::AccountNameTokenPair,
            "KEY_FILE_PATH" => Self::KeyFilePath,
            "ANONYMOUS_ACCESS" => Self::AnonymousAccess,
            "CONNECTION_STRING" => Self::ConnectionString,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CredentialsTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CredentialsTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CredentialsTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
