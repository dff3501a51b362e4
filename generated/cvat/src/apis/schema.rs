// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `schema` operations: [`SchemaApi`] and one request builder per operation.

/// Reach it with [`Client::schema_api`](crate::Client::schema_api) or [`SchemaApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct SchemaApi<'a> {
    client: &'a crate::Client,
}

impl<'a> SchemaApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a crate::Client) -> Self {
        Self { client }
    }

    /// OpenApi3 schema for this API. Format can be selected via content negotiation.
    ///
    /// - YAML: application/vnd.oai.openapi
    /// - JSON: application/vnd.oai.openapi+json
    ///
    /// `GET /api/schema/`
    #[inline]
    pub fn retrieve(&self) -> Retrieve<'a> {
        Retrieve::new(self.client)
    }
}

/// Request builder for [`SchemaApi::retrieve`]: set options, then `.await` it (or call `send_with_response`).
#[derive(Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct Retrieve<'a> {
    call: crate::runtime::Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a crate::Client) -> Self {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "schema_retrieve",
            method: reqwest::Method::GET,
            path: "/api/schema/",
            security: &[
                &[&crate::SECURITY_SCHEMES[5]],
                &[&crate::SECURITY_SCHEMES[0]],
                &[&crate::SECURITY_SCHEMES[4], &crate::SECURITY_SCHEMES[2], &crate::SECURITY_SCHEMES[3]],
                &[&crate::SECURITY_SCHEMES[1]],
            ],
            accept: Some(
                "application/vnd.oai.openapi+json, application/json, application/vnd.oai.openapi, application/yaml",
            ),
            bodies: &[],
            errors: &[],
        };
        let call = crate::runtime::Call::new(client, &SPEC);
        Self { call }
    }

    /// The `lang` query parameter, which the spec does not describe (`#/paths/~1api~1schema~1/get/parameters/0`).
    #[inline]
    pub fn lang(mut self, lang: SchemaRetrieveLang) -> Self {
        self.call.query("lang", &lang);
        self
    }

    /// The `scheme` query parameter, which the spec does not describe (`#/paths/~1api~1schema~1/get/parameters/1`).
    #[inline]
    pub fn scheme(mut self, scheme: SchemaRetrieveScheme) -> Self {
        self.call.query("scheme", &scheme);
        self
    }

    /// Adds a header to this call only (tracing, idempotency keys, ...).
    #[inline]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.call.extra_header(name.into(), value.into());
        self
    }

    /// Overrides the client's timeout for this call.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.call.timeout(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }

    /// Sends the request; returns the decoded body with the status, headers and raw body.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> crate::runtime::ResponseWithRawFuture<'a, serde_json::Map<String, serde_json::Value>> {
        self.into_call()
            .send_decoded_with_response(crate::runtime::response::json::<serde_json::Map<String, serde_json::Value>>)
    }

    #[inline]
    fn into_call(self) -> crate::runtime::Call<'a> {
        self.call
    }
}

impl<'a> std::future::IntoFuture for Retrieve<'a> {
    type Output = Result<serde_json::Map<String, serde_json::Value>, crate::Error>;

    type IntoFuture = crate::runtime::ResponseFuture<'a, serde_json::Map<String, serde_json::Value>>;

    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.into_call().send_decoded(crate::runtime::response::json::<serde_json::Map<String, serde_json::Value>>)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1schema~1/get/parameters/0/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SchemaRetrieveLang {
    /// `af`
    Af,
    /// `ar`
    Ar,
    /// `ar-dz`
    ArDz,
    /// `ast`
    Ast,
    /// `az`
    Az,
    /// `be`
    Be,
    /// `bg`
    Bg,
    /// `bn`
    Bn,
    /// `br`
    Br,
    /// `bs`
    Bs,
    /// `ca`
    Ca,
    /// `ckb`
    Ckb,
    /// `cs`
    Cs,
    /// `cy`
    Cy,
    /// `da`
    Da,
    /// `de`
    De,
    /// `dsb`
    Dsb,
    /// `el`
    El,
    /// `en`
    En,
    /// `en-au`
    EnAu,
    /// `en-gb`
    EnGb,
    /// `eo`
    Eo,
    /// `es`
    Es,
    /// `es-ar`
    EsAr,
    /// `es-co`
    EsCo,
    /// `es-mx`
    EsMx,
    /// `es-ni`
    EsNi,
    /// `es-ve`
    EsVe,
    /// `et`
    Et,
    /// `eu`
    Eu,
    /// `fa`
    Fa,
    /// `fi`
    Fi,
    /// `fr`
    Fr,
    /// `fy`
    Fy,
    /// `ga`
    Ga,
    /// `gd`
    Gd,
    /// `gl`
    Gl,
    /// `he`
    He,
    /// `hi`
    Hi,
    /// `hr`
    Hr,
    /// `hsb`
    Hsb,
    /// `hu`
    Hu,
    /// `hy`
    Hy,
    /// `ia`
    Ia,
    /// `id`
    Id,
    /// `ig`
    Ig,
    /// `io`
    Io,
    /// `is`
    Is,
    /// `it`
    It,
    /// `ja`
    Ja,
    /// `ka`
    Ka,
    /// `kab`
    Kab,
    /// `kk`
    Kk,
    /// `km`
    Km,
    /// `kn`
    Kn,
    /// `ko`
    Ko,
    /// `ky`
    Ky,
    /// `lb`
    Lb,
    /// `lt`
    Lt,
    /// `lv`
    Lv,
    /// `mk`
    Mk,
    /// `ml`
    Ml,
    /// `mn`
    Mn,
    /// `mr`
    Mr,
    /// `ms`
    Ms,
    /// `my`
    My,
    /// `nb`
    Nb,
    /// `ne`
    Ne,
    /// `nl`
    Nl,
    /// `nn`
    Nn,
    /// `os`
    Os,
    /// `pa`
    Pa,
    /// `pl`
    Pl,
    /// `pt`
    Pt,
    /// `pt-br`
    PtBr,
    /// `ro`
    Ro,
    /// `ru`
    Ru,
    /// `sk`
    Sk,
    /// `sl`
    Sl,
    /// `sq`
    Sq,
    /// `sr`
    Sr,
    /// `sr-latn`
    SrLatn,
    /// `sv`
    Sv,
    /// `sw`
    Sw,
    /// `ta`
    Ta,
    /// `te`
    Te,
    /// `tg`
    Tg,
    /// `th`
    Th,
    /// `tk`
    Tk,
    /// `tr`
    Tr,
    /// `tt`
    Tt,
    /// `udm`
    Udm,
    /// `ug`
    Ug,
    /// `uk`
    Uk,
    /// `ur`
    Ur,
    /// `uz`
    Uz,
    /// `vi`
    Vi,
    /// `zh-hans`
    ZhHans,
    /// `zh-hant`
    ZhHant,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SchemaRetrieveLang {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Af => "af",
            Self::Ar => "ar",
            Self::ArDz => "ar-dz",
            Self::Ast => "ast",
            Self::Az => "az",
            Self::Be => "be",
            Self::Bg => "bg",
            Self::Bn => "bn",
            Self::Br => "br",
            Self::Bs => "bs",
            Self::Ca => "ca",
            Self::Ckb => "ckb",
            Self::Cs => "cs",
            Self::Cy => "cy",
            Self::Da => "da",
            Self::De => "de",
            Self::Dsb => "dsb",
            Self::El => "el",
            Self::En => "en",
            Self::EnAu => "en-au",
            Self::EnGb => "en-gb",
            Self::Eo => "eo",
            Self::Es => "es",
            Self::EsAr => "es-ar",
            Self::EsCo => "es-co",
            Self::EsMx => "es-mx",
            Self::EsNi => "es-ni",
            Self::EsVe => "es-ve",
            Self::Et => "et",
            Self::Eu => "eu",
            Self::Fa => "fa",
            Self::Fi => "fi",
            Self::Fr => "fr",
            Self::Fy => "fy",
            Self::Ga => "ga",
            Self::Gd => "gd",
            Self::Gl => "gl",
            Self::He => "he",
            Self::Hi => "hi",
            Self::Hr => "hr",
            Self::Hsb => "hsb",
            Self::Hu => "hu",
            Self::Hy => "hy",
            Self::Ia => "ia",
            Self::Id => "id",
            Self::Ig => "ig",
            Self::Io => "io",
            Self::Is => "is",
            Self::It => "it",
            Self::Ja => "ja",
            Self::Ka => "ka",
            Self::Kab => "kab",
            Self::Kk => "kk",
            Self::Km => "km",
            Self::Kn => "kn",
            Self::Ko => "ko",
            Self::Ky => "ky",
            Self::Lb => "lb",
            Self::Lt => "lt",
            Self::Lv => "lv",
            Self::Mk => "mk",
            Self::Ml => "ml",
            Self::Mn => "mn",
            Self::Mr => "mr",
            Self::Ms => "ms",
            Self::My => "my",
            Self::Nb => "nb",
            Self::Ne => "ne",
            Self::Nl => "nl",
            Self::Nn => "nn",
            Self::Os => "os",
            Self::Pa => "pa",
            Self::Pl => "pl",
            Self::Pt => "pt",
            Self::PtBr => "pt-br",
            Self::Ro => "ro",
            Self::Ru => "ru",
            Self::Sk => "sk",
            Self::Sl => "sl",
            Self::Sq => "sq",
            Self::Sr => "sr",
            Self::SrLatn => "sr-latn",
            Self::Sv => "sv",
            Self::Sw => "sw",
            Self::Ta => "ta",
            Self::Te => "te",
            Self::Tg => "tg",
            Self::Th => "th",
            Self::Tk => "tk",
            Self::Tr => "tr",
            Self::Tt => "tt",
            Self::Udm => "udm",
            Self::Ug => "ug",
            Self::Uk => "uk",
            Self::Ur => "ur",
            Self::Uz => "uz",
            Self::Vi => "vi",
            Self::ZhHans => "zh-hans",
            Self::ZhHant => "zh-hant",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SchemaRetrieveLang {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "af" => Self::Af,
            "ar" => Self::Ar,
            "ar-dz" => Self::ArDz,
            "ast" => Self::Ast,
            "az" => Self::Az,
            "be" => Self::Be,
            "bg" => Self::Bg,
            "bn" => Self::Bn,
            "br" => Self::Br,
            "bs" => Self::Bs,
            "ca" => Self::Ca,
            "ckb" => Self::Ckb,
            "cs" => Self::Cs,
            "cy" => Self::Cy,
            "da" => Self::Da,
            "de" => Self::De,
            "dsb" => Self::Dsb,
            "el" => Self::El,
            "en" => Self::En,
            "en-au" => Self::EnAu,
            "en-gb" => Self::EnGb,
            "eo" => Self::Eo,
            "es" => Self::Es,
            "es-ar" => Self::EsAr,
            "es-co" => Self::EsCo,
            "es-mx" => Self::EsMx,
            "es-ni" => Self::EsNi,
            "es-ve" => Self::EsVe,
            "et" => Self::Et,
            "eu" => Self::Eu,
            "fa" => Self::Fa,
            "fi" => Self::Fi,
            "fr" => Self::Fr,
            "fy" => Self::Fy,
            "ga" => Self::Ga,
            "gd" => Self::Gd,
            "gl" => Self::Gl,
            "he" => Self::He,
            "hi" => Self::Hi,
            "hr" => Self::Hr,
            "hsb" => Self::Hsb,
            "hu" => Self::Hu,
            "hy" => Self::Hy,
            "ia" => Self::Ia,
            "id" => Self::Id,
            "ig" => Self::Ig,
            "io" => Self::Io,
            "is" => Self::Is,
            "it" => Self::It,
            "ja" => Self::Ja,
            "ka" => Self::Ka,
            "kab" => Self::Kab,
            "kk" => Self::Kk,
            "km" => Self::Km,
            "kn" => Self::Kn,
            "ko" => Self::Ko,
            "ky" => Self::Ky,
            "lb" => Self::Lb,
            "lt" => Self::Lt,
            "lv" => Self::Lv,
            "mk" => Self::Mk,
            "ml" => Self::Ml,
            "mn" => Self::Mn,
            "mr" => Self::Mr,
            "ms" => Self::Ms,
            "my" => Self::My,
            "nb" => Self::Nb,
            "ne" => Self::Ne,
            "nl" => Self::Nl,
            "nn" => Self::Nn,
            "os" => Self::Os,
            "pa" => Self::Pa,
            "pl" => Self::Pl,
            "pt" => Self::Pt,
            "pt-br" => Self::PtBr,
            "ro" => Self::Ro,
            "ru" => Self::Ru,
            "sk" => Self::Sk,
            "sl" => Self::Sl,
            "sq" => Self::Sq,
            "sr" => Self::Sr,
            "sr-latn" => Self::SrLatn,
            "sv" => Self::Sv,
            "sw" => Self::Sw,
            "ta" => Self::Ta,
            "te" => Self::Te,
            "tg" => Self::Tg,
            "th" => Self::Th,
            "tk" => Self::Tk,
            "tr" => Self::Tr,
            "tt" => Self::Tt,
            "udm" => Self::Udm,
            "ug" => Self::Ug,
            "uk" => Self::Uk,
            "ur" => Self::Ur,
            "uz" => Self::Uz,
            "vi" => Self::Vi,
            "zh-hans" => Self::ZhHans,
            "zh-hant" => Self::ZhHant,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SchemaRetrieveLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SchemaRetrieveLang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SchemaRetrieveLang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// An inline schema, which the spec does not describe (`#/paths/~1api~1schema~1/get/parameters/1/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SchemaRetrieveScheme {
    /// `json`
    Json,
    /// `yaml`
    Yaml,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SchemaRetrieveScheme {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Yaml => "yaml",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SchemaRetrieveScheme {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "json" => Self::Json,
            "yaml" => Self::Yaml,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SchemaRetrieveScheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SchemaRetrieveScheme {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SchemaRetrieveScheme {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
