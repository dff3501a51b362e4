// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialLoginSerializerExRequest`] and the types nested in it, from `#/components/schemas/SocialLoginSerializerExRequest`.

/// The `SocialLoginSerializerExRequest` schema, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct SocialLoginSerializerExRequest {
    /// The `access_token` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/access_token`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// The `code` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/code`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The `id_token` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/id_token`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The `auth_params` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/auth_params`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_params: Option<String>,
    /// The `process` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/process`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    /// The `scope` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/scope`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SocialLoginSerializerExRequest {
        access_token: optional::<Option<String>>("access_token"),
        code: optional::<Option<String>>("code"),
        id_token: optional::<Option<String>>("id_token"),
        auth_params: optional::<Option<String>>("auth_params"),
        process: optional::<Option<String>>("process"),
        scope: optional::<Option<String>>("scope")
    }
);
