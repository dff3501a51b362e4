// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SsoLoginUrl`] and the types nested in it, from `#/components/schemas/SSOLoginURL`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SsoLoginUrl {
    pub url: String,
}
