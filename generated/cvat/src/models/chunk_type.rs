// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ChunkType`] and the types nested in it, from `#/components/schemas/ChunkType`.

/// * `video` - VIDEO
/// * `imageset` - IMAGESET
/// * `audio_mp3` - AUDIO_MP3
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChunkType {
    /// `video`
    Video,
    /// `imageset`
    Imageset,
    /// `audio_mp3`
    AudioMp3,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ChunkType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Video => "video",
            Self::Imageset => "imageset",
            Self::AudioMp3 => "audio_mp3",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ChunkType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "video" => Self::Video,
            "imageset" => Self::Imageset,
            "audio_mp3" => Self::AudioMp3,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ChunkType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ChunkType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ChunkType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
