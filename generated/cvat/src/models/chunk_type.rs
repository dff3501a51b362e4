// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ChunkType`] and the types nested in it, from `#/components/schemas/ChunkType`.

use crate::runtime::{self, string_enum};

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

string_enum!(runtime, ChunkType, Unknown, Video = "video", Imageset = "imageset", AudioMp3 = "audio_mp3");
