// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Events`] and the types nested in it, from `#/components/schemas/Events`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Events {
    pub webhook_type: super::WebhookType,
    pub events: Vec<super::EventsEnum>,
}
