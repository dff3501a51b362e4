// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ClientEvents`] and the types nested in it, from `#/components/schemas/ClientEvents`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ClientEvents {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<super::Event>>,
    pub timestamp: chrono::DateTime<chrono::Utc>,
}
