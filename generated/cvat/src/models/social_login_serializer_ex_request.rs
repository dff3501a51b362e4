// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialLoginSerializerExRequest`] and the types nested in it, from `#/components/schemas/SocialLoginSerializerExRequest`.

use crate::runtime::{self, serialize_struct};

/// The `SocialLoginSerializerExRequest` schema, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SocialLoginSerializerExRequest {
    /// The `access_token` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/access_token`).
    pub access_token: Option<String>,
    /// The `code` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/code`).
    pub code: Option<String>,
    /// The `id_token` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/id_token`).
    pub id_token: Option<String>,
    /// The `auth_params` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/auth_params`).
    pub auth_params: Option<String>,
    /// The `process` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/process`).
    pub process: Option<String>,
    /// The `scope` property, which the spec does not describe (`#/components/schemas/SocialLoginSerializerExRequest/properties/scope`).
    pub scope: Option<String>,
}

serialize_struct!(
    runtime,
    SocialLoginSerializerExRequest {
        access_token: optional("access_token"),
        code: optional("code"),
        id_token: optional("id_token"),
        auth_params: optional("auth_params"),
        process: optional("process"),
        scope: optional("scope")
    }
);

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
