// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`PostOAuth2TokenRefreshAccessToken`] and the types nested in it, from `#/components/schemas/PostOAuth2Token--RefreshAccessToken`.

/// Refresh access token
///
/// A request to refresh an Access Token. Use this API to refresh an expired
/// Access Token using a valid Refresh Token.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PostOAuth2TokenRefreshAccessToken {
    /// The type of request being made, in this case a refresh request.
    pub grant_type: super::PostOAuth2TokenRefreshAccessTokenGrantTypeField,
    /// The client ID of the application requesting to refresh the token.
    pub client_id: String,
    /// The client secret of the application requesting to refresh the token.
    pub client_secret: String,
    /// The refresh token to refresh.
    pub refresh_token: String,
}

/// The type of request being made, in this case a refresh request.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostOAuth2TokenRefreshAccessTokenGrantTypeField {
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl PostOAuth2TokenRefreshAccessTokenGrantTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RefreshToken => "refresh_token",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for PostOAuth2TokenRefreshAccessTokenGrantTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "refresh_token" => Self::RefreshToken,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PostOAuth2TokenRefreshAccessTokenGrantTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PostOAuth2TokenRefreshAccessTokenGrantTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for PostOAuth2TokenRefreshAccessTokenGrantTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
