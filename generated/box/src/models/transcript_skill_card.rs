// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TranscriptSkillCard`] and the types nested in it, from `#/components/schemas/TranscriptSkillCard`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Transcript Skill Card.
///
/// A Box Skill metadata card that adds a transcript to a file.
#[derive(Clone, Debug, PartialEq)]
pub struct TranscriptSkillCard {
    /// The optional date and time this card was created at.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The value will always be `skill_card`.
    pub r#type: super::TranscriptSkillCardTypeField,
    /// The value will always be `transcript`.
    pub skill_card_type: super::TranscriptSkillCardSkillCardTypeField,
    /// The title of the card.
    pub skill_card_title: Option<super::TranscriptSkillCardSkillCardTitleField>,
    /// The service that applied this metadata.
    pub skill: super::TranscriptSkillCardSkillField,
    /// The invocation of this service, used to track
    /// which instance of a service applied the metadata.
    pub invocation: super::TranscriptSkillCardInvocationField,
    /// An optional total duration in seconds.
    ///
    /// Used with a `skill_card_type` of `transcript` or
    /// `timeline`.
    pub duration: Option<i64>,
    /// An list of entries for the card. This represents the individual entries of
    /// the transcription.
    pub entries: Vec<super::TranscriptSkillCardEntriesField>,
}

serialize_struct!(
    runtime,
    TranscriptSkillCard {
        created_at: optional("created_at"),
        r#type: required("type"),
        skill_card_type: required("skill_card_type"),
        skill_card_title: optional("skill_card_title"),
        skill: required("skill"),
        invocation: required("invocation"),
        duration: optional("duration"),
        entries: required("entries")
    }
);

deserialize_struct!(
    runtime,
    TranscriptSkillCard {
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        r#type: required::<super::TranscriptSkillCardTypeField>("type"),
        skill_card_type: required::<super::TranscriptSkillCardSkillCardTypeField>("skill_card_type"),
        skill_card_title: optional::<Option<super::TranscriptSkillCardSkillCardTitleField>>("skill_card_title"),
        skill: required::<super::TranscriptSkillCardSkillField>("skill"),
        invocation: required::<super::TranscriptSkillCardInvocationField>("invocation"),
        duration: optional::<Option<i64>>("duration"),
        entries: required::<Vec<super::TranscriptSkillCardEntriesField>>("entries")
    }
);

/// The value will always be `skill_card`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranscriptSkillCardTypeField {
    /// `skill_card`
    SkillCard,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TranscriptSkillCardTypeField, Unknown, SkillCard = "skill_card");

/// The value will always be `transcript`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranscriptSkillCardSkillCardTypeField {
    /// `transcript`
    Transcript,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TranscriptSkillCardSkillCardTypeField, Unknown, Transcript = "transcript");

/// The title of the card.
#[derive(Clone, Debug, PartialEq)]
pub struct TranscriptSkillCardSkillCardTitleField {
    /// An optional identifier for the title.
    pub code: Option<String>,
    /// The actual title to show in the UI.
    pub message: String,
}

serialize_struct!(
    runtime,
    TranscriptSkillCardSkillCardTitleField { code: optional("code"), message: required("message") }
);

deserialize_struct!(
    runtime,
    TranscriptSkillCardSkillCardTitleField {
        code: optional::<Option<String>>("code"),
        message: required::<String>("message")
    }
);

/// The service that applied this metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct TranscriptSkillCardSkillField {
    /// The value will always be `service`.
    pub r#type: super::TranscriptSkillCardSkillTypeField,
    /// A custom identifier that represent the service that
    /// applied this metadata.
    pub id: String,
}

serialize_struct!(runtime, TranscriptSkillCardSkillField { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    TranscriptSkillCardSkillField {
        r#type: required::<super::TranscriptSkillCardSkillTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `service`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranscriptSkillCardSkillTypeField {
    /// `service`
    Service,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TranscriptSkillCardSkillTypeField, Unknown, Service = "service");

/// The invocation of this service, used to track
/// which instance of a service applied the metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct TranscriptSkillCardInvocationField {
    /// The value will always be `skill_invocation`.
    pub r#type: super::TranscriptSkillCardInvocationTypeField,
    /// A custom identifier that represent the instance of
    /// the service that applied this metadata. For example,
    /// if your `image-recognition-service` runs on multiple
    /// nodes, this field can be used to identify the ID of
    /// the node that was used to apply the metadata.
    pub id: String,
}

serialize_struct!(runtime, TranscriptSkillCardInvocationField { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    TranscriptSkillCardInvocationField {
        r#type: required::<super::TranscriptSkillCardInvocationTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `skill_invocation`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranscriptSkillCardInvocationTypeField {
    /// `skill_invocation`
    SkillInvocation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TranscriptSkillCardInvocationTypeField, Unknown, SkillInvocation = "skill_invocation");

/// An entry in the `entries` attribute of a metadata card.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TranscriptSkillCardEntriesField {
    /// The text of the entry. This would be the transcribed text assigned
    /// to the entry on the timeline.
    pub text: Option<String>,
    /// Defines when a transcribed bit of text appears. This only includes a
    /// start time and no end time.
    pub appears: Option<Vec<super::TranscriptSkillCardEntriesAppearsField>>,
}

serialize_struct!(runtime, TranscriptSkillCardEntriesField { text: optional("text"), appears: optional("appears") });

deserialize_struct!(
    runtime,
    TranscriptSkillCardEntriesField {
        text: optional::<Option<String>>("text"),
        appears: optional::<Option<Vec<super::TranscriptSkillCardEntriesAppearsField>>>("appears")
    }
);

/// The timestamp for an entry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TranscriptSkillCardEntriesAppearsField {
    /// The time in seconds when an
    /// entry should start appearing on a timeline.
    pub start: Option<i64>,
}

serialize_struct!(runtime, TranscriptSkillCardEntriesAppearsField { start: optional("start") });

deserialize_struct!(runtime, TranscriptSkillCardEntriesAppearsField { start: optional::<Option<i64>>("start") });
