// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TranscriptSkillCard`] and the types nested in it, from `#/components/schemas/TranscriptSkillCard`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Transcript Skill Card.
///
/// A Box Skill metadata card that adds a transcript to a file.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TranscriptSkillCard {
    /// The optional date and time this card was created at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The value will always be `skill_card`.
    pub r#type: super::TranscriptSkillCardTypeField,
    /// The value will always be `transcript`.
    pub skill_card_type: super::TranscriptSkillCardSkillCardTypeField,
    /// The title of the card.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// An list of entries for the card. This represents the individual entries of
    /// the transcription.
    pub entries: Vec<super::TranscriptSkillCardEntriesField>,
}

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
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TranscriptSkillCardSkillCardTitleField {
    /// An optional identifier for the title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The actual title to show in the UI.
    pub message: String,
}

deserialize_struct!(
    runtime,
    TranscriptSkillCardSkillCardTitleField {
        code: optional::<Option<String>>("code"),
        message: required::<String>("message")
    }
);

/// The service that applied this metadata.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TranscriptSkillCardSkillField {
    /// The value will always be `service`.
    pub r#type: super::TranscriptSkillCardSkillTypeField,
    /// A custom identifier that represent the service that
    /// applied this metadata.
    pub id: String,
}

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
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
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
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct TranscriptSkillCardEntriesField {
    /// The text of the entry. This would be the transcribed text assigned
    /// to the entry on the timeline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Defines when a transcribed bit of text appears. This only includes a
    /// start time and no end time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appears: Option<Vec<super::TranscriptSkillCardEntriesAppearsField>>,
}

deserialize_struct!(
    runtime,
    TranscriptSkillCardEntriesField {
        text: optional::<Option<String>>("text"),
        appears: optional::<Option<Vec<super::TranscriptSkillCardEntriesAppearsField>>>("appears")
    }
);

/// The timestamp for an entry.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct TranscriptSkillCardEntriesAppearsField {
    /// The time in seconds when an
    /// entry should start appearing on a timeline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<i64>,
}

deserialize_struct!(runtime, TranscriptSkillCardEntriesAppearsField { start: optional::<Option<i64>>("start") });
