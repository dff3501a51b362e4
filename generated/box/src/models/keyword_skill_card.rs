// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`KeywordSkillCard`] and the types nested in it, from `#/components/schemas/KeywordSkillCard`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Keyword Skill Card
///
/// A skill card that contains a set of keywords.
#[derive(Clone, Debug, PartialEq)]
pub struct KeywordSkillCard {
    /// The optional date and time this card was created at.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The value will always be `skill_card`.
    pub r#type: super::KeywordSkillCardTypeField,
    /// The value will always be `keyword`.
    pub skill_card_type: super::KeywordSkillCardSkillCardTypeField,
    /// The title of the card.
    pub skill_card_title: Option<super::KeywordSkillCardSkillCardTitleField>,
    /// The service that applied this metadata.
    pub skill: super::KeywordSkillCardSkillField,
    /// The invocation of this service, used to track
    /// which instance of a service applied the metadata.
    pub invocation: super::KeywordSkillCardInvocationField,
    /// An list of entries in the metadata card.
    pub entries: Vec<super::KeywordSkillCardEntriesField>,
}

serialize_struct!(
    runtime,
    KeywordSkillCard {
        created_at: optional("created_at"),
        r#type: required("type"),
        skill_card_type: required("skill_card_type"),
        skill_card_title: optional("skill_card_title"),
        skill: required("skill"),
        invocation: required("invocation"),
        entries: required("entries")
    }
);

deserialize_struct!(
    runtime,
    KeywordSkillCard {
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        r#type: required::<super::KeywordSkillCardTypeField>("type"),
        skill_card_type: required::<super::KeywordSkillCardSkillCardTypeField>("skill_card_type"),
        skill_card_title: optional::<Option<super::KeywordSkillCardSkillCardTitleField>>("skill_card_title"),
        skill: required::<super::KeywordSkillCardSkillField>("skill"),
        invocation: required::<super::KeywordSkillCardInvocationField>("invocation"),
        entries: required::<Vec<super::KeywordSkillCardEntriesField>>("entries")
    }
);

/// The value will always be `skill_card`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeywordSkillCardTypeField {
    /// `skill_card`
    SkillCard,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, KeywordSkillCardTypeField, Unknown, SkillCard = "skill_card");

/// The value will always be `keyword`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeywordSkillCardSkillCardTypeField {
    /// `keyword`
    Keyword,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, KeywordSkillCardSkillCardTypeField, Unknown, Keyword = "keyword");

/// The title of the card.
#[derive(Clone, Debug, PartialEq)]
pub struct KeywordSkillCardSkillCardTitleField {
    /// An optional identifier for the title.
    pub code: Option<String>,
    /// The actual title to show in the UI.
    pub message: String,
}

serialize_struct!(
    runtime,
    KeywordSkillCardSkillCardTitleField { code: optional("code"), message: required("message") }
);

deserialize_struct!(
    runtime,
    KeywordSkillCardSkillCardTitleField {
        code: optional::<Option<String>>("code"),
        message: required::<String>("message")
    }
);

/// The service that applied this metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct KeywordSkillCardSkillField {
    /// The value will always be `service`.
    pub r#type: super::KeywordSkillCardSkillTypeField,
    /// A custom identifier that represent the service that
    /// applied this metadata.
    pub id: String,
}

serialize_struct!(runtime, KeywordSkillCardSkillField { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    KeywordSkillCardSkillField {
        r#type: required::<super::KeywordSkillCardSkillTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `service`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeywordSkillCardSkillTypeField {
    /// `service`
    Service,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, KeywordSkillCardSkillTypeField, Unknown, Service = "service");

/// The invocation of this service, used to track
/// which instance of a service applied the metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct KeywordSkillCardInvocationField {
    /// The value will always be `skill_invocation`.
    pub r#type: super::KeywordSkillCardInvocationTypeField,
    /// A custom identifier that represent the instance of
    /// the service that applied this metadata. For example,
    /// if your `image-recognition-service` runs on multiple
    /// nodes, this field can be used to identify the ID of
    /// the node that was used to apply the metadata.
    pub id: String,
}

serialize_struct!(runtime, KeywordSkillCardInvocationField { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    KeywordSkillCardInvocationField {
        r#type: required::<super::KeywordSkillCardInvocationTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `skill_invocation`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeywordSkillCardInvocationTypeField {
    /// `skill_invocation`
    SkillInvocation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, KeywordSkillCardInvocationTypeField, Unknown, SkillInvocation = "skill_invocation");

/// An entry in the `entries` attribute of a metadata card.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeywordSkillCardEntriesField {
    /// The text of the keyword.
    pub text: Option<String>,
}

serialize_struct!(runtime, KeywordSkillCardEntriesField { text: optional("text") });

deserialize_struct!(runtime, KeywordSkillCardEntriesField { text: optional::<Option<String>>("text") });
