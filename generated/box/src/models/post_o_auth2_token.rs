// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`PostOAuth2Token`] and the types nested in it, from `#/components/schemas/PostOAuth2Token`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Token request
///
/// A request for a new OAuth 2.0 token.
#[derive(Clone, Debug, PartialEq)]
pub struct PostOAuth2Token {
    /// The type of request being made, either using a client-side obtained
    /// authorization code, a refresh token, a JWT assertion, client credentials
    /// grant or another access token for the purpose of downscoping a token.
    pub grant_type: super::PostOAuth2TokenGrantTypeField,
    /// The Client ID of the application requesting an access token.
    ///
    /// Used in combination with `authorization_code`, `client_credentials`, or
    /// `urn:ietf:params:oauth:grant-type:jwt-bearer` as the `grant_type`.
    pub client_id: Option<String>,
    /// The client secret of the application requesting an access token.
    ///
    /// Used in combination with `authorization_code`, `client_credentials`, or
    /// `urn:ietf:params:oauth:grant-type:jwt-bearer` as the `grant_type`.
    pub client_secret: Option<String>,
    /// The client-side authorization code passed to your application by
    /// Box in the browser redirect after the user has successfully
    /// granted your application permission to make API calls on their
    /// behalf.
    ///
    /// Used in combination with `authorization_code` as the `grant_type`.
    pub code: Option<String>,
    /// A refresh token used to get a new access token with.
    ///
    /// Used in combination with `refresh_token` as the `grant_type`.
    pub refresh_token: Option<String>,
    /// A JWT assertion for which to request a new access token.
    ///
    /// Used in combination with `urn:ietf:params:oauth:grant-type:jwt-bearer`
    /// as the `grant_type`.
    pub assertion: Option<String>,
    /// The token to exchange for a downscoped token. This can be a regular
    /// access token, a JWT assertion, or an app token.
    ///
    /// Used in combination with `urn:ietf:params:oauth:grant-type:token-exchange`
    /// as the `grant_type`.
    pub subject_token: Option<String>,
    /// The type of `subject_token` passed in.
    ///
    /// Used in combination with `urn:ietf:params:oauth:grant-type:token-exchange`
    /// as the `grant_type`.
    pub subject_token_type: Option<super::PostOAuth2TokenSubjectTokenTypeField>,
    /// The token used to create an annotator token.
    /// This is a JWT assertion.
    ///
    /// Used in combination with `urn:ietf:params:oauth:grant-type:token-exchange`
    /// as the `grant_type`.
    pub actor_token: Option<String>,
    /// The type of `actor_token` passed in.
    ///
    /// Used in combination with `urn:ietf:params:oauth:grant-type:token-exchange`
    /// as the `grant_type`.
    pub actor_token_type: Option<super::PostOAuth2TokenActorTokenTypeField>,
    /// The space-delimited list of scopes that you want apply to the
    /// new access token.
    ///
    /// The `subject_token` will need to have all of these scopes or
    /// the call will error with **401 Unauthorized**..
    pub scope: Option<String>,
    /// Full URL for the file that the token should be generated for.
    pub resource: Option<String>,
    /// Used in combination with `client_credentials` as the `grant_type`.
    pub box_subject_type: Option<super::PostOAuth2TokenBoxSubjectTypeField>,
    /// Used in combination with `client_credentials` as the `grant_type`.
    /// Value is determined by `box_subject_type`. If `user` use user ID and if
    /// `enterprise` use enterprise ID.
    pub box_subject_id: Option<String>,
    /// Full URL of the shared link on the file or folder
    /// that the token should be generated for.
    pub box_shared_link: Option<String>,
}

serialize_struct!(
    runtime,
    PostOAuth2Token {
        grant_type: required("grant_type"),
        client_id: optional("client_id"),
        client_secret: optional("client_secret"),
        code: optional("code"),
        refresh_token: optional("refresh_token"),
        assertion: optional("assertion"),
        subject_token: optional("subject_token"),
        subject_token_type: optional("subject_token_type"),
        actor_token: optional("actor_token"),
        actor_token_type: optional("actor_token_type"),
        scope: optional("scope"),
        resource: optional("resource"),
        box_subject_type: optional("box_subject_type"),
        box_subject_id: optional("box_subject_id"),
        box_shared_link: optional("box_shared_link")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PostOAuth2Token {
        grant_type: required::<super::PostOAuth2TokenGrantTypeField>("grant_type"),
        client_id: optional::<Option<String>>("client_id"),
        client_secret: optional::<Option<String>>("client_secret"),
        code: optional::<Option<String>>("code"),
        refresh_token: optional::<Option<String>>("refresh_token"),
        assertion: optional::<Option<String>>("assertion"),
        subject_token: optional::<Option<String>>("subject_token"),
        subject_token_type: optional::<Option<super::PostOAuth2TokenSubjectTokenTypeField>>("subject_token_type"),
        actor_token: optional::<Option<String>>("actor_token"),
        actor_token_type: optional::<Option<super::PostOAuth2TokenActorTokenTypeField>>("actor_token_type"),
        scope: optional::<Option<String>>("scope"),
        resource: optional::<Option<String>>("resource"),
        box_subject_type: optional::<Option<super::PostOAuth2TokenBoxSubjectTypeField>>("box_subject_type"),
        box_subject_id: optional::<Option<String>>("box_subject_id"),
        box_shared_link: optional::<Option<String>>("box_shared_link")
    }
);

/// The type of request being made, either using a client-side obtained
/// authorization code, a refresh token, a JWT assertion, client credentials
/// grant or another access token for the purpose of downscoping a token.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostOAuth2TokenGrantTypeField {
    /// `authorization_code`
    AuthorizationCode,
    /// `refresh_token`
    RefreshToken,
    /// `client_credentials`
    ClientCredentials,
    /// `urn:ietf:params:oauth:grant-type:jwt-bearer`
    UrnIetfParamsOauthGrantTypeJwtBearer,
    /// `urn:ietf:params:oauth:grant-type:token-exchange`
    UrnIetfParamsOauthGrantTypeTokenExchange,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    PostOAuth2TokenGrantTypeField,
    Unknown,
    AuthorizationCode = "authorization_code",
    RefreshToken = "refresh_token",
    ClientCredentials = "client_credentials",
    UrnIetfParamsOauthGrantTypeJwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer",
    UrnIetfParamsOauthGrantTypeTokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange"
);

/// The type of `subject_token` passed in.
///
/// Used in combination with `urn:ietf:params:oauth:grant-type:token-exchange`
/// as the `grant_type`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostOAuth2TokenSubjectTokenTypeField {
    /// `urn:ietf:params:oauth:token-type:access_token`
    UrnIetfParamsOauthTokenTypeAccessToken,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    PostOAuth2TokenSubjectTokenTypeField,
    Unknown,
    UrnIetfParamsOauthTokenTypeAccessToken = "urn:ietf:params:oauth:token-type:access_token"
);

/// The type of `actor_token` passed in.
///
/// Used in combination with `urn:ietf:params:oauth:grant-type:token-exchange`
/// as the `grant_type`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostOAuth2TokenActorTokenTypeField {
    /// `urn:ietf:params:oauth:token-type:id_token`
    UrnIetfParamsOauthTokenTypeIdToken,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    PostOAuth2TokenActorTokenTypeField,
    Unknown,
    UrnIetfParamsOauthTokenTypeIdToken = "urn:ietf:params:oauth:token-type:id_token"
);

/// Used in combination with `client_credentials` as the `grant_type`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostOAuth2TokenBoxSubjectTypeField {
    /// `enterprise`
    Enterprise,
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, PostOAuth2TokenBoxSubjectTypeField, Unknown, Enterprise = "enterprise", User = "user");
