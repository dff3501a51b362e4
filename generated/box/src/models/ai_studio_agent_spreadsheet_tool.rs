// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentSpreadsheetTool`] and the types nested in it, from `#/components/schemas/AiStudioAgentSpreadsheetTool`.

/// AI agent spreadsheet tool
///
/// The AI agent tool used to handle spreadsheets and tabular data.
pub type AiStudioAgentSpreadsheetTool = super::AiAgentSpreadsheetTool;
