// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentMemberMini`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentMember--Mini`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Shield information barrier segment member (Mini)
///
/// A mini representation of a
/// shield information barrier segment member object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShieldInformationBarrierSegmentMemberMini {
    /// The unique identifier for the
    /// shield information barrier segment member.
    pub id: Option<String>,
    /// The type of the shield information barrier segment member.
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember--Mini/allOf/1/properties/user`).
    pub user: Option<super::UserBase>,
}

serialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentMemberMini { id: optional("id"), r#type: optional("type"), user: optional("user") }
);

deserialize_struct!(
    runtime,
    ShieldInformationBarrierSegmentMemberMini {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>>("type"),
        user: optional::<Option<super::UserBase>>("user")
    }
);
