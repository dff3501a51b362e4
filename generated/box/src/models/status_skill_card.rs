// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StatusSkillCard`] and the types nested in it, from `#/components/schemas/StatusSkillCard`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Status Skill Card
///
/// A Box Skill metadata card that puts a status message in the metadata sidebar.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusSkillCard {
    /// The optional date and time this card was created at.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The value will always be `skill_card`.
    pub r#type: super::StatusSkillCardTypeField,
    /// The value will always be `status`.
    pub skill_card_type: super::StatusSkillCardSkillCardTypeField,
    /// The title of the card.
    pub skill_card_title: Option<super::StatusSkillCardSkillCardTitleField>,
    /// Sets the status of the skill. This can be used to show a message to the user while the Skill is processing the data, or if it was not able to process the file.
    pub status: super::StatusSkillCardStatusField,
    /// The service that applied this metadata.
    pub skill: super::StatusSkillCardSkillField,
    /// The invocation of this service, used to track
    /// which instance of a service applied the metadata.
    pub invocation: super::StatusSkillCardInvocationField,
}

serialize_struct!(
    runtime,
    StatusSkillCard {
        created_at: optional("created_at"),
        r#type: required("type"),
        skill_card_type: required("skill_card_type"),
        skill_card_title: optional("skill_card_title"),
        status: required("status"),
        skill: required("skill"),
        invocation: required("invocation")
    }
);

deserialize_struct!(
    runtime,
    StatusSkillCard {
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        r#type: required::<super::StatusSkillCardTypeField>("type"),
        skill_card_type: required::<super::StatusSkillCardSkillCardTypeField>("skill_card_type"),
        skill_card_title: optional::<Option<super::StatusSkillCardSkillCardTitleField>>("skill_card_title"),
        status: required::<super::StatusSkillCardStatusField>("status"),
        skill: required::<super::StatusSkillCardSkillField>("skill"),
        invocation: required::<super::StatusSkillCardInvocationField>("invocation")
    }
);

/// The value will always be `skill_card`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusSkillCardTypeField {
    /// `skill_card`
    SkillCard,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StatusSkillCardTypeField, Unknown, SkillCard = "skill_card");

/// The value will always be `status`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusSkillCardSkillCardTypeField {
    /// `status`
    Status,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StatusSkillCardSkillCardTypeField, Unknown, Status = "status");

/// The title of the card.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusSkillCardSkillCardTitleField {
    /// An optional identifier for the title.
    pub code: Option<String>,
    /// The actual title to show in the UI.
    pub message: String,
}

serialize_struct!(runtime, StatusSkillCardSkillCardTitleField { code: optional("code"), message: required("message") });

deserialize_struct!(
    runtime,
    StatusSkillCardSkillCardTitleField {
        code: optional::<Option<String>>("code"),
        message: required::<String>("message")
    }
);

/// Sets the status of the skill. This can be used to show a message to the user while the Skill is processing the data, or if it was not able to process the file.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusSkillCardStatusField {
    /// A code for the status of this Skill invocation. By
    /// default each of these will have their own accompanied
    /// messages. These can be adjusted by setting the `message`
    /// value on this object.
    pub code: super::StatusSkillCardStatusCodeField,
    /// A custom message that can be provided with this status.
    /// This will be shown in the web app to the end user.
    pub message: Option<String>,
}

serialize_struct!(runtime, StatusSkillCardStatusField { code: required("code"), message: optional("message") });

deserialize_struct!(
    runtime,
    StatusSkillCardStatusField {
        code: required::<super::StatusSkillCardStatusCodeField>("code"),
        message: optional::<Option<String>>("message")
    }
);

/// A code for the status of this Skill invocation. By
/// default each of these will have their own accompanied
/// messages. These can be adjusted by setting the `message`
/// value on this object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusSkillCardStatusCodeField {
    /// `invoked`
    Invoked,
    /// `processing`
    Processing,
    /// `success`
    Success,
    /// `transient_failure`
    TransientFailure,
    /// `permanent_failure`
    PermanentFailure,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    StatusSkillCardStatusCodeField,
    Unknown,
    Invoked = "invoked",
    Processing = "processing",
    Success = "success",
    TransientFailure = "transient_failure",
    PermanentFailure = "permanent_failure"
);

/// The service that applied this metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusSkillCardSkillField {
    /// The value will always be `service`.
    pub r#type: super::StatusSkillCardSkillTypeField,
    /// A custom identifier that represent the service that
    /// applied this metadata.
    pub id: String,
}

serialize_struct!(runtime, StatusSkillCardSkillField { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    StatusSkillCardSkillField {
        r#type: required::<super::StatusSkillCardSkillTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `service`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusSkillCardSkillTypeField {
    /// `service`
    Service,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StatusSkillCardSkillTypeField, Unknown, Service = "service");

/// The invocation of this service, used to track
/// which instance of a service applied the metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusSkillCardInvocationField {
    /// The value will always be `skill_invocation`.
    pub r#type: super::StatusSkillCardInvocationTypeField,
    /// A custom identifier that represent the instance of
    /// the service that applied this metadata. For example,
    /// if your `image-recognition-service` runs on multiple
    /// nodes, this field can be used to identify the ID of
    /// the node that was used to apply the metadata.
    pub id: String,
}

serialize_struct!(runtime, StatusSkillCardInvocationField { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    StatusSkillCardInvocationField {
        r#type: required::<super::StatusSkillCardInvocationTypeField>("type"),
        id: required::<String>("id")
    }
);

/// The value will always be `skill_invocation`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusSkillCardInvocationTypeField {
    /// `skill_invocation`
    SkillInvocation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, StatusSkillCardInvocationTypeField, Unknown, SkillInvocation = "skill_invocation");
