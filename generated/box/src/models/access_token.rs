// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AccessToken`] and the types nested in it, from `#/components/schemas/AccessToken`.

/// Access token
///
/// A token that can be used to make authenticated API calls.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AccessToken {
    /// The requested access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// The time in seconds by which this token will expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// The type of access token returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type: Option<super::AccessTokenTokenTypeField>,
    /// The permissions that this access token permits,
    /// providing a list of resources (files, folders, etc)
    /// and the scopes permitted for each of those resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted_to: Option<Vec<super::ResourceScope>>,
    /// The refresh token for this access token, which can be used
    /// to request a new access token when the current one expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The type of downscoped access token returned. This is only
    /// returned if an access token has been downscoped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_token_type: Option<super::AccessTokenIssuedTokenTypeField>,
}

/// The type of access token returned.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessTokenTokenTypeField {
    /// `bearer`
    Bearer,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AccessTokenTokenTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bearer => "bearer",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AccessTokenTokenTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "bearer" => Self::Bearer,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AccessTokenTokenTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AccessTokenTokenTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AccessTokenTokenTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The type of downscoped access token returned. This is only
/// returned if an access token has been downscoped.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessTokenIssuedTokenTypeField {
    /// `urn:ietf:params:oauth:token-type:access_token`
    UrnIetfParamsOauthTokenTypeAccessToken,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AccessTokenIssuedTokenTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UrnIetfParamsOauthTokenTypeAccessToken => "urn:ietf:params:oauth:token-type:access_token",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AccessTokenIssuedTokenTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "urn:ietf:params:oauth:token-type:access_token" => Self::UrnIetfParamsOauthTokenTypeAccessToken,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AccessTokenIssuedTokenTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AccessTokenIssuedTokenTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AccessTokenIssuedTokenTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
