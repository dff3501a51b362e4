// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EventSourceResource`] and the types nested in it, from `#/components/schemas/EventSourceResource`.

/// Event source resource
///
/// The resource that triggered an event.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum EventSourceResource {
    User(super::User),
    EventSource(super::EventSource),
    File(super::File),
    Folder(super::Folder),
    GenericSource(super::GenericSource),
    AppItemEventSource(super::AppItemEventSource),
}
