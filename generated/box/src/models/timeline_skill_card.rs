// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TimelineSkillCard`] and the types nested in it, from `#/components/schemas/TimelineSkillCard`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Timeline Skill Card
///
/// A Box Skill metadata card that places a list of images on a
/// timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineSkillCard {
    /// The optional date and time this card was created at.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The value will always be `skill_card`.
    pub r#type: super::TimelineSkillCardTypeField,
    /// The value will always be `timeline`.
    pub skill_card_type: super::TimelineSkillCardSkillCardTypeField,
    /// The title of the card.
    pub skill_card_title: Option<super::TimelineSkillCardSkillCardTitleField>,
    /// The service that applied this metadata.
    pub skill: super::TimelineSkillCardSkillField,
    /// The invocation of this service, used to track
    /// which instance of a service applied the metadata.
    pub invocation: super::TimelineSkillCardInvocationField,
    /// An total duration in seconds of the timeline.
    pub duration: Option<i64>,
    /// A list of entries on the timeline.
    pub entries: Vec<super::TimelineSkillCardEntriesField>,
}

serialize_struct!(
    runtime,
    TimelineSkillCard {
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
    TimelineSkillCard {
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        r#type: required::<super::TimelineSkillCardTypeField>("type"),
        skill_card_type: required::<super::TimelineSkillCardSkillCardTypeField>("skill_card_type"),
        skill_card_title: optional::<Option<super::TimelineSkillCardSkillCardTitleField>>("skill_card_title"),
        skill: required::<super::TimelineSkillCardSkillField>("skill"),
        invocation: required::<super::TimelineSkillCardInvocationField>("invocation"),
        duration: optional::<Option<i64>>("duration"),
        entries: required::<Vec<super::TimelineSkillCardEntriesField>>("entries")
    }
);

/// The value will always be `skill_card`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimelineSkillCardTypeField {
    /// `skill_card`
    SkillCard,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TimelineSkillCardTypeField, Unknown, SkillCard = "skill_card");

/// The value will always be `timeline`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimelineSkillCardSkillCardTypeField {
    /// `timeline`
    Timeline,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TimelineSkillCardSkillCardTypeField, Unknown, Timeline = "timeline");

/// The title of the card.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineSkillCardSkillCardTitleField {
    /// An optional identifier for the title.
    pub code: Option<String>,
    /// The actual title to show in the UI.
    pub message: String,
}

serialize_struct!(
    runtime,
    TimelineSkillCardSkillCardTitleField { code: optional("code"), message: required("message") }
);

deserialize_struct!(
    runtime,
    TimelineSkillCardSkillCardTitleField {
        code: optional::<Option<String>>("code"),
        message: required::<String>("message")
    }
);

/// The service that applied this metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineSkillCardSkillField {
    /// The value will always be `service`.
    pub r#type: super::TimelineSkillCardSkillTypeField,
    /// A custom identifier that represent the service that
    /// applied this metadata.
    pub id: String,
}

serialize_struct!(runtime, TimelineSkillCardSkillField { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    TimelineSkillCardSkillField {
        r#type: required::<super::TimelineSkillCardSkillTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `service`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimelineSkillCardSkillTypeField {
    /// `service`
    Service,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TimelineSkillCardSkillTypeField, Unknown, Service = "service");

/// The invocation of this service, used to track
/// which instance of a service applied the metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineSkillCardInvocationField {
    /// The value will always be `skill_invocation`.
    pub r#type: super::TimelineSkillCardInvocationTypeField,
    /// A custom identifier that represent the instance of
    /// the service that applied this metadata. For example,
    /// if your `image-recognition-service` runs on multiple
    /// nodes, this field can be used to identify the ID of
    /// the node that was used to apply the metadata.
    pub id: String,
}

serialize_struct!(runtime, TimelineSkillCardInvocationField { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    TimelineSkillCardInvocationField {
        r#type: required::<super::TimelineSkillCardInvocationTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `skill_invocation`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimelineSkillCardInvocationTypeField {
    /// `skill_invocation`
    SkillInvocation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, TimelineSkillCardInvocationTypeField, Unknown, SkillInvocation = "skill_invocation");

/// An single item that's placed on multiple items on the timeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineSkillCardEntriesField {
    /// The text of the entry. This would be the display
    /// name for an item being placed on the timeline, for example the name
    /// of the person who was detected in a video.
    pub text: Option<String>,
    /// Defines a list of timestamps for when this item should appear on the
    /// timeline.
    pub appears: Option<Vec<super::TimelineSkillCardEntriesAppearsField>>,
    /// The image to show on a for an entry that appears
    /// on a timeline. This image URL is required for every entry.
    ///
    /// The image will be shown in a
    /// list of items (for example faces), and clicking
    /// the image will show the user where that entry
    /// appears during the duration of this entry.
    pub image_url: Option<String>,
}

serialize_struct!(
    runtime,
    TimelineSkillCardEntriesField {
        text: optional("text"),
        appears: optional("appears"),
        image_url: optional("image_url")
    }
);

deserialize_struct!(
    runtime,
    TimelineSkillCardEntriesField {
        text: optional::<Option<String>>("text"),
        appears: optional::<Option<Vec<super::TimelineSkillCardEntriesAppearsField>>>("appears"),
        image_url: optional::<Option<String>>("image_url")
    }
);

/// The timestamp for an entry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineSkillCardEntriesAppearsField {
    /// The time in seconds when an
    /// entry should start appearing on a timeline.
    pub start: Option<i64>,
    /// The time in seconds when an
    /// entry should stop appearing on a timeline.
    pub end: Option<i64>,
}

serialize_struct!(runtime, TimelineSkillCardEntriesAppearsField { start: optional("start"), end: optional("end") });

deserialize_struct!(
    runtime,
    TimelineSkillCardEntriesAppearsField {
        start: optional::<Option<i64>>("start"),
        end: optional::<Option<i64>>("end")
    }
);
