//! The names things ask for from where they stand in the spec: types made for an operation (its
//! body, responses and errors), types nested in other types, variants of unions, enums and
//! outcomes, arguments and their fallbacks. Lowering asks these functions and nothing else; the
//! [`super::Namer`] then turns the wanted words into identifiers and settles collisions.

use super::ident::{Case, convert};
use super::style::Naming;
use crate::ir::{ErrorStatus, ParamLocation, Scalar, TypeRef};

/// The suffix of an inline type nested in a named type: Box's SDK says `...Field`
/// (`FileFullPermissionsField`), the other styles nothing (`MembershipsListRole`).
pub fn nested_suffix(style: Naming) -> &'static str {
    match style {
        Naming::Box => "Field",
        Naming::Legacy | Naming::Tagged => "",
    }
}

/// The prefix of the types made for an operation: the method in the `box` style (as Box's SDK
/// does), the operationId's stem otherwise (unique across the crate).
pub fn operation_prefix(style: Naming, method: &str, stem: &str) -> String {
    match style {
        Naming::Box => convert(method, Case::Pascal),
        Naming::Legacy | Naming::Tagged => convert(stem, Case::Pascal),
    }
}

/// The request body type of an operation whose types start with `prefix`: Box's SDK says
/// `...RequestBody`, the other styles `...Request`.
pub fn body_type(style: Naming, prefix: &str) -> String {
    match style {
        Naming::Box => format!("{prefix}RequestBody"),
        Naming::Legacy | Naming::Tagged => format!("{prefix}Request"),
    }
}

/// The type of a success response: `{prefix}Response`, or with several success statuses one type
/// per status, `{prefix}Response201`. The enum of several outcomes is `{prefix}Response` too.
pub fn response_type(prefix: &str, status: Option<u16>) -> String {
    match status {
        Some(status) => format!("{prefix}Response{status}"),
        None => format!("{prefix}Response"),
    }
}

/// The type of a declared error body: `{prefix}Error404`, `{prefix}Error4xx`, `{prefix}Error`.
pub fn error_type(prefix: &str, status: ErrorStatus) -> String {
    match status {
        ErrorStatus::Code(code) => format!("{prefix}Error{code}"),
        ErrorStatus::Range(class) => format!("{prefix}Error{class}xx"),
        ErrorStatus::Default => format!("{prefix}Error"),
    }
}

/// The variant of a success status in an operation's outcomes enum: `Ok`, `Created`, `Status299`.
pub fn status_variant(status: u16) -> String {
    match status {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        208 => "AlreadyReported",
        226 => "ImUsed",
        other => return format!("Status{other}"),
    }
    .to_owned()
}

/// The suffix that tells a parameter from a namesake in another location: `id_query`.
pub fn param_suffix(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// The argument of a whole request body: named after its component schema (`membership_request`),
/// or `body` for an inline schema.
pub fn body_argument(component: Option<&str>) -> String {
    component.map_or_else(|| "body".to_owned(), |name| convert(name, Case::Snake))
}

/// The type nested at `part` (a property, `Item`, `Value`, `Variant2`) of a type whose nested
/// types start with `prefix`: `{prefix}{Part}{suffix}`.
pub fn nested_type(prefix: &str, part: &str, suffix: &str) -> String {
    format!("{prefix}{}{suffix}", convert(part, Case::Pascal))
}

/// What the types nested in a nested type start with: its name without the style's suffix
/// (`FileFullPermissionsField`'s nested types are `FileFullPermissions...Field`).
pub fn nested_prefix<'a>(name: &'a str, suffix: &str) -> &'a str {
    name.strip_suffix(suffix).unwrap_or(name)
}

/// The part of a nested type's name for the items of a list, the values of a map, the `n`th
/// position of a tuple and the `n`th alternative of a union (counted from 1).
pub const ITEM: &str = "Item";
/// See [`ITEM`].
pub const VALUE: &str = "Value";

/// See [`ITEM`].
pub fn tuple_item(n: usize) -> String {
    format!("Item{n}")
}

/// See [`ITEM`].
pub fn union_alternative(n: usize) -> String {
    format!("Variant{n}")
}

/// The type of a component schema from the tokens of its pointer: `#/components/schemas/Pet` is
/// `Pet`; an inline schema below one, `#/components/schemas/Pet/properties/owner`, is `PetOwner`
/// (structural keywords left out); a JSON Schema definition (`.../$defs/Vaccination`) is named
/// after its key. `component_name` maps a component's own name first (FastAPI's
/// `Body_{operationId}`, see [`super::style::component_name`]). The flag: a schema of its own
/// (a component or a definition), not a part of one.
pub fn schema_type(tokens: &[String], component_name: impl Fn(&str) -> &str) -> (String, bool) {
    if let [.., holder, name] = tokens
        && (holder == "$defs" || holder == "definitions")
    {
        return (convert(name, Case::Pascal), true);
    }
    match tokens.iter().rposition(|t| t == "schemas") {
        Some(i) if i > 0 && tokens[i - 1] == "components" => {
            let name = tokens[i + 1..]
                .iter()
                .map(|t| component_name(t))
                .filter(|t| {
                    !matches!(*t, "properties" | "items" | "allOf" | "oneOf" | "anyOf" | "additionalProperties")
                })
                .map(|t| convert(t, Case::Pascal))
                .collect();
            (name, tokens.len() == i + 2)
        }
        _ => (convert(tokens.last().map(String::as_str).unwrap_or("Schema"), Case::Pascal), false),
    }
}

/// The module under `oauth2::` of an OAuth2 security scheme, after its key: `OAuth2Security` is
/// `oauth2_security`, the word `OAuth` kept whole rather than split into `o_auth`.
pub fn oauth2_module(scheme: &str) -> String {
    convert(&scheme.replace("OAuth", "Oauth"), Case::Snake)
}

/// The variant of an inline union alternative without a title, after what it holds.
pub fn alternative_variant(ty: &TypeRef) -> &'static str {
    match ty {
        TypeRef::Named(_) => "Object",
        TypeRef::Scalar(Scalar::String) => "String",
        TypeRef::Scalar(Scalar::Bool) => "Boolean",
        TypeRef::Scalar(Scalar::I32 | Scalar::I64) => "Integer",
        TypeRef::Scalar(Scalar::F32 | Scalar::F64) => "Number",
        TypeRef::Scalar(Scalar::DateTime) => "DateTime",
        TypeRef::Scalar(Scalar::Date) => "Date",
        TypeRef::Scalar(Scalar::Uuid) => "Uuid",
        TypeRef::Scalar(Scalar::Any) => "Value",
        TypeRef::Scalar(Scalar::Object) => "Object",
        TypeRef::Scalar(Scalar::Binary) => "File",
        TypeRef::List(_) => "List",
        TypeRef::Map(_) => "Map",
        TypeRef::Nullable(inner) => alternative_variant(inner),
        TypeRef::Tuple(_) => "Tuple",
    }
}

/// The variant of a union alternative that repeats the union's own name drops it:
/// `AiAgent`'s alternative `AiAgentAsk` is `AiAgent::Ask`. A name that would be empty or that
/// continues the word (`Itemize` in `Item`) stays whole.
pub fn union_variant(union: &str, alternative: &str) -> String {
    let alternative = convert(alternative, Case::Pascal);
    match alternative.strip_prefix(&convert(union, Case::Pascal)) {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_uppercase()) => rest.to_owned(),
        _ => alternative,
    }
}

/// The variant of a string enum value: the value itself, `Empty` for a blank one.
pub fn enum_variant(value: &str) -> &str {
    if value.trim().is_empty() { "Empty" } else { value }
}

/// The catch-all variant of an open enum, which keeps values the spec does not list.
pub const UNKNOWN_VARIANT: &str = "Unknown";

/// The field that collects `additionalProperties` beside the named ones.
pub const ADDITIONAL_FIELD: &str = "additional_properties";

/// The argument of a body that is raw content (a `FilePart`).
pub const CONTENT_ARGUMENT: &str = "content";

/// The crate's features that are not a group's (`Cargo.toml.in`'s, in the snake case a group's
/// feature is spelled in; `default`; the models no operation reaches): a group named like one
/// has a feature with a suffix (`tracing_group`), reported.
pub const RESERVED_FEATURES: &[&str] = &["default", "tracing", "serde_both_ways", "other_models", "oauth2"];

/// The suffixes a name tries, in order, when another name of its scope is spelled the same (a
/// number comes after them); the namer reports each rename.
pub mod collision {
    /// An API type (`UsersApi`) beside a model of that name: `UsersApiGroup`.
    pub const API_TYPE: &[&str] = &["Group"];
    /// A builder beside a type of its module: `ListRequest`, `ListBuilder`.
    pub const BUILDER: &[&str] = &["Request", "Builder"];
    /// A field beside another that converts to the same name: `id_field`.
    pub const FIELD: &[&str] = &["field"];
    /// A body argument beside a parameter: `name_body`.
    pub const BODY_ARGUMENT: &[&str] = &["body"];
    /// An operation's outcomes enum beside a type of that name: `GetResponseOutcome`.
    pub const OUTCOMES: &[&str] = &["Outcome"];
    /// The catch-all variant beside an enum value `Unknown`: `UnknownValue`.
    pub const UNKNOWN_VARIANT: &[&str] = &["Value", "Other"];
    /// The map of additional properties beside a property of that name.
    pub const ADDITIONAL_FIELD: &[&str] = &["extra"];
    /// An OAuth2 scheme's module named `oauth2`, like the module around it: `oauth2_scheme`.
    pub const OAUTH2_MODULE: &[&str] = &["scheme"];
    /// A group's Cargo feature named like one of the crate's own (`default`, `tracing`):
    /// `default_group`.
    pub const FEATURE: &[&str] = &["group"];

    /// A suffix list as the namer takes it.
    pub fn owned(suffixes: &[&str]) -> Vec<String> {
        suffixes.iter().map(|s| (*s).to_owned()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_made_for_operations() {
        assert_eq!(
            operation_prefix(Naming::Box, "create_group_membership", "post_group_memberships"),
            "CreateGroupMembership"
        );
        assert_eq!(operation_prefix(Naming::Tagged, "list", "memberships_list"), "MembershipsList");
        assert_eq!(body_type(Naming::Box, "CreateGroupMembership"), "CreateGroupMembershipRequestBody");
        assert_eq!(body_type(Naming::Legacy, "UsersPartialUpdate"), "UsersPartialUpdateRequest");
        assert_eq!(response_type("Get", None), "GetResponse");
        assert_eq!(response_type("Create", Some(202)), "CreateResponse202");
        let errors = [
            (ErrorStatus::Code(404), "GetError404"),
            (ErrorStatus::Range(4), "GetError4xx"),
            (ErrorStatus::Default, "GetError"),
        ];
        for (status, want) in errors {
            assert_eq!(error_type("Get", status), want);
        }
        assert_eq!(nested_suffix(Naming::Box), "Field");
        assert_eq!(nested_suffix(Naming::Tagged), "");
    }

    #[test]
    fn variants_of_statuses_and_values() {
        let statuses = [(200, "Ok"), (201, "Created"), (204, "NoContent"), (226, "ImUsed"), (299, "Status299")];
        for (status, want) in statuses {
            assert_eq!(status_variant(status), want);
        }
        assert_eq!(enum_variant("asc"), "asc");
        assert_eq!(enum_variant("  "), "Empty");
        let alternatives = [
            (TypeRef::Scalar(Scalar::I64), "Integer"),
            (TypeRef::List(Box::new(TypeRef::Scalar(Scalar::String))), "List"),
            (TypeRef::Nullable(Box::new(TypeRef::Scalar(Scalar::Uuid))), "Uuid"),
            (TypeRef::Tuple(vec![]), "Tuple"),
        ];
        for (ty, want) in alternatives {
            assert_eq!(alternative_variant(&ty), want);
        }
    }

    #[test]
    fn union_variants_drop_the_union_name() {
        let cases = [
            ("AiAgent", "AiAgentAsk", "Ask"),
            ("AiAgent", "AiAgentTextGen", "TextGen"),
            ("AiAgent", "AiAgent", "AiAgent"),
            ("Item", "Itemize", "Itemize"),
            ("Item", "File", "File"),
            ("PetDetails", "CatDetails", "CatDetails"),
            ("Event", "event_source", "Source"),
        ];
        for (union, alternative, want) in cases {
            assert_eq!(union_variant(union, alternative), want, "{union}::{alternative}");
        }
    }

    #[test]
    fn oauth2_modules() {
        let cases = [
            ("OAuth2Security", "oauth2_security"),
            ("oauth2", "oauth2"),
            ("petstore_auth", "petstore_auth"),
            ("myOAuthScheme", "my_oauth_scheme"),
            ("OAuth", "oauth"),
        ];
        for (scheme, want) in cases {
            assert_eq!(oauth2_module(scheme), want, "{scheme}");
        }
    }

    #[test]
    fn arguments() {
        assert_eq!(param_suffix(ParamLocation::Cookie), "cookie");
        assert_eq!(body_argument(Some("MembershipRequest")), "membership_request");
        assert_eq!(body_argument(None), "body");
    }

    #[test]
    fn nested_and_schema_types() {
        assert_eq!(nested_type("FileFull", "permissions", "Field"), "FileFullPermissionsField");
        assert_eq!(nested_type("MembershipsList", "role", ""), "MembershipsListRole");
        assert_eq!(nested_type("Pet", &tuple_item(2), ""), "PetItem2");
        assert_eq!(nested_prefix("FileFullPermissionsField", "Field"), "FileFullPermissions");
        assert_eq!(nested_prefix("MembershipsListRole", ""), "MembershipsListRole");
        let tokens = |p: &str| p.split('/').map(str::to_owned).collect::<Vec<_>>();
        fn same(t: &str) -> &str {
            t
        }
        let cases = [
            ("components/schemas/Pet", "Pet", true),
            ("components/schemas/Pet/properties/owner", "PetOwner", false),
            ("components/schemas/Pet/properties/tags/items", "PetTags", false),
            ("components/schemas/Pet/$defs/Vaccination", "Vaccination", true),
            ("paths/~1pets/get/responses/200", "N200", false),
        ];
        for (pointer, name, own) in cases {
            assert_eq!(schema_type(&tokens(pointer), same), (name.to_owned(), own), "{pointer}");
        }
        fn fastapi(t: &str) -> &str {
            if t == "Body_upload_photo_pets_post" { "Body_upload_photo" } else { t }
        }
        assert_eq!(
            schema_type(&tokens("components/schemas/Body_upload_photo_pets_post"), fastapi).0,
            "BodyUploadPhoto"
        );
    }
}
