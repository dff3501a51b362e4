// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EventSourceResource`] and the types nested in it, from `#/components/schemas/EventSourceResource`.

/// Event source resource
///
/// The resource that triggered an event.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum EventSourceResource {
    /// [`User`]
    User(super::User),
    /// [`EventSource`]
    EventSource(super::EventSource),
    /// [`File`]
    File(super::File),
    /// [`Folder`]
    Folder(super::Folder),
    /// [`GenericSource`]
    GenericSource(super::GenericSource),
    /// [`AppItemEventSource`]
    AppItemEventSource(super::AppItemEventSource),
}
