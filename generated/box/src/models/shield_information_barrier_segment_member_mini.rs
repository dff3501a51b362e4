// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentMemberMini`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentMember--Mini`.

/// Shield information barrier segment member (Mini)
///
/// A mini representation of a
/// shield information barrier segment member object.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShieldInformationBarrierSegmentMemberMini {
    /// The unique identifier for the
    /// shield information barrier segment member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier segment member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentMemberBaseTypeField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierSegmentMember--Mini/allOf/1/properties/user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<super::UserBase>,
}
