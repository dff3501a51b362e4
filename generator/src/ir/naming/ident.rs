//! Case conversion and keyword escaping: the only place spec text becomes identifier text.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// The case of an identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Case {
    /// `PascalCase`: types and variants.
    Pascal,
    /// `snake_case`: fields, methods, parameters, modules.
    Snake,
}

/// Keywords that can be used as raw identifiers (`r#type`).
const RAW_OK: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else", "enum",
    "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move",
    "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a `_` suffix.
const NO_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Converts spec text to an identifier body in `case`: ASCII letters, digits and underscores, never
/// empty, never starting with a digit. Keywords are not escaped yet (see [`escape`]).
pub fn convert(text: &str, case: Case) -> String {
    // Non-ASCII characters become word breaks; identifiers stay ASCII.
    let ascii: String = text.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let mut out = match case {
        Case::Pascal => ascii.to_upper_camel_case(),
        Case::Snake => ascii.to_snake_case(),
    };
    if out.is_empty() {
        out = match case {
            Case::Pascal => "Value".to_owned(),
            Case::Snake => "value".to_owned(),
        };
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, if case == Case::Pascal { "N" } else { "n" });
    }
    out
}

/// Escapes keywords: a raw identifier where Rust allows one, a `_` suffix where it does not.
pub fn escape(ident: &str) -> String {
    if NO_RAW.contains(&ident) {
        format!("{ident}_")
    } else if RAW_OK.contains(&ident) {
        format!("r#{ident}")
    } else {
        ident.to_owned()
    }
}

/// Joins an identifier and a disambiguating suffix in `case`.
pub fn with_suffix(base: &str, suffix: &str, case: Case) -> String {
    let numeric = suffix.chars().all(|c| c.is_ascii_digit());
    match case {
        Case::Pascal if numeric => format!("{base}{suffix}"),
        Case::Pascal => format!("{base}{}", convert(suffix, Case::Pascal)),
        Case::Snake if numeric => format!("{base}_{suffix}"),
        Case::Snake => format!("{base}_{}", convert(suffix, Case::Snake)),
    }
}

/// The identifier text without a raw prefix, for comparisons with wire names.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        let cases = [
            ("File--Full", Case::Pascal, "FileFull"),
            ("PaginatedMetaUserList", Case::Pascal, "PaginatedMetaUserList"),
            ("X-Organization", Case::Snake, "x_organization"),
            ("$id", Case::Snake, "id"),
            ("1080p", Case::Pascal, "N1080p"),
            ("2fa", Case::Snake, "n2fa"),
            ("", Case::Pascal, "Value"),
            ("*", Case::Snake, "value"),
            ("naïve", Case::Snake, "na_ve"),
        ];
        for (text, case, want) in cases {
            assert_eq!(convert(text, case), want, "{text}");
        }
    }

    #[test]
    fn keywords() {
        assert_eq!(escape("type"), "r#type");
        assert_eq!(escape("self"), "self_");
        assert_eq!(escape("Self"), "Self_");
        assert_eq!(escape("gen"), "r#gen");
        assert_eq!(escape("user"), "user");
    }

    #[test]
    fn suffixes() {
        assert_eq!(with_suffix("User", "request", Case::Pascal), "UserRequest");
        assert_eq!(with_suffix("id", "query", Case::Snake), "id_query");
        assert_eq!(with_suffix("id", "2", Case::Snake), "id_2");
        assert_eq!(with_suffix("id", "name", Case::Snake), "id_name");
        assert_eq!(with_suffix("Role", "2", Case::Pascal), "Role2");
    }
}
