// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentMemberMini`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentMember--Mini`.

use crate::runtime::{self, deserialize_struct};

/// Shield information barrier segment member (Mini)
///
/// A mini representation of a
/// shield information barrier segment member object.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ShieldInformationBarrierSegmentMemberMini {
    /// The unique identifier for the
    /// shield information barrier segment member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier segment member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember--Mini/allOf/1/properties/user`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<super::UserBase>,
}

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentMemberMini {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>>("type"),
        user: optional::<Option<super::UserBase>>("user")
    }
);
