// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EventSourceResource`] and the types nested in it, from `#/components/schemas/EventSourceResource`.

/// Event source resource
///
/// The resource that triggered an event.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum EventSourceResource {
    /// The `User` alternative (`#/components/schemas/EventSourceResource/oneOf/0`).
    User(super::User),
    /// The `EventSource` alternative (`#/components/schemas/EventSourceResource/oneOf/1`).
    EventSource(super::EventSource),
    /// The `File` alternative (`#/components/schemas/EventSourceResource/oneOf/2`).
    File(super::File),
    /// The `Folder` alternative (`#/components/schemas/EventSourceResource/oneOf/3`).
    Folder(super::Folder),
    /// The `GenericSource` alternative (`#/components/schemas/EventSourceResource/oneOf/4`).
    GenericSource(super::GenericSource),
    /// The `AppItemEventSource` alternative (`#/components/schemas/EventSourceResource/oneOf/5`).
    AppItemEventSource(super::AppItemEventSource),
}

impl From<super::User> for EventSourceResource {
    fn from(value: super::User) -> Self {
        Self::User(value)
    }
}

impl From<super::EventSource> for EventSourceResource {
    fn from(value: super::EventSource) -> Self {
        Self::EventSource(value)
    }
}

impl From<super::File> for EventSourceResource {
    fn from(value: super::File) -> Self {
        Self::File(value)
    }
}

impl From<super::Folder> for EventSourceResource {
    fn from(value: super::Folder) -> Self {
        Self::Folder(value)
    }
}

impl From<super::GenericSource> for EventSourceResource {
    fn from(value: super::GenericSource) -> Self {
        Self::GenericSource(value)
    }
}

impl From<super::AppItemEventSource> for EventSourceResource {
    fn from(value: super::AppItemEventSource) -> Self {
        Self::AppItemEventSource(value)
    }
}
