// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAsk`] and the types nested in it, from `#/components/schemas/AiAsk`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI ask request
///
/// AI ask request object.
#[derive(Clone, Debug, PartialEq)]
pub struct AiAsk {
    /// Box AI handles text documents with text representations up to 2MB in size, or a maximum of 25 files,
    /// whichever comes first. If the text file size exceeds 2MB, the first 2MB of text representation will be processed.
    /// Box AI handles image documents with a resolution of 1024 x 1024 pixels, with a maximum of 5 images or 5 pages
    /// for multi-page images. If the number of image or image pages exceeds 5, the first 5 images or pages will
    /// be processed. If you set mode parameter to `single_item_qa`, the items array can have one element only.
    /// Currently Box AI does not support multi-modal requests. If both images and text are sent Box AI will only
    /// process the text.
    pub mode: super::AiAskModeField,
    /// The prompt provided by the client to be answered by the LLM.
    /// The prompt's length is limited to 10000 characters.
    pub prompt: String,
    /// The items to be processed by the LLM, often files.
    /// To search across and ask questions about the contents of a Box Hub,
    /// pass a single item with `type` set to `hubs`. See the item `type`
    /// property for details.
    pub items: Vec<super::AiItemAsk>,
    /// The history of prompts and answers previously passed to the LLM. This provides additional context to the LLM in generating the response.
    pub dialogue_history: Option<Vec<super::AiDialogueHistory>>,
    /// A flag to indicate whether citations should be returned.
    pub include_citations: Option<bool>,
    /// The `ai_agent` property, which the spec does not describe (`#/components/schemas/AiAsk/properties/ai_agent`).
    pub ai_agent: Option<super::AiAskAgent>,
}

serialize_struct!(
    runtime,
    AiAsk {
        mode: required("mode"),
        prompt: required("prompt"),
        items: required("items"),
        dialogue_history: optional("dialogue_history"),
        include_citations: optional("include_citations"),
        ai_agent: optional("ai_agent")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiAsk {
        mode: required::<super::AiAskModeField>("mode"),
        prompt: required::<String>("prompt"),
        items: required::<Vec<super::AiItemAsk>>("items"),
        dialogue_history: optional::<Option<Vec<super::AiDialogueHistory>>>("dialogue_history"),
        include_citations: optional::<Option<bool>>("include_citations"),
        ai_agent: optional::<Option<super::AiAskAgent>>("ai_agent")
    }
);

/// Box AI handles text documents with text representations up to 2MB in size, or a maximum of 25 files,
/// whichever comes first. If the text file size exceeds 2MB, the first 2MB of text representation will be processed.
/// Box AI handles image documents with a resolution of 1024 x 1024 pixels, with a maximum of 5 images or 5 pages
/// for multi-page images. If the number of image or image pages exceeds 5, the first 5 images or pages will
/// be processed. If you set mode parameter to `single_item_qa`, the items array can have one element only.
/// Currently Box AI does not support multi-modal requests. If both images and text are sent Box AI will only
/// process the text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiAskModeField {
    /// `multiple_item_qa`
    MultipleItemQa,
    /// `single_item_qa`
    SingleItemQa,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiAskModeField, Unknown, MultipleItemQa = "multiple_item_qa", SingleItemQa = "single_item_qa");
