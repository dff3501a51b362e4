// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! The `schema` operations: [`SchemaApi`] and one request builder per operation.

use crate::runtime::{self, Call, OperationSpec, request_builder, string_enum};
use crate::{Client, SECURITY_REQUIREMENTS};

/// Reach it with [`Client::schema_api`](crate::Client::schema_api) or [`SchemaApi::new`].
#[derive(Clone, Copy, Debug)]
pub struct SchemaApi<'a> {
    client: &'a Client,
}

impl<'a> SchemaApi<'a> {
    /// The operations of this group, sent through `client`.
    pub fn new(client: &'a Client) -> Self {
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
    call: Call<'a>,
}

impl<'a> Retrieve<'a> {
    #[inline]
    fn new(client: &'a Client) -> Self {
        static SPEC: OperationSpec = OperationSpec {
            id: "schema_retrieve",
            method: reqwest::Method::GET,
            path: "/api/schema/",
            security: SECURITY_REQUIREMENTS[0],
            accept: Some(
                "application/vnd.oai.openapi+json, application/json, application/vnd.oai.openapi, application/yaml",
            ),
            bodies: &[],
            errors: &[],
        };
        let call = Call::new(client, &SPEC);
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
}

request_builder!(
    runtime, Retrieve => json serde_json::Map < String, serde_json::Value >
);

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

string_enum!(
    runtime,
    SchemaRetrieveLang,
    Unknown,
    Af = "af",
    Ar = "ar",
    ArDz = "ar-dz",
    Ast = "ast",
    Az = "az",
    Be = "be",
    Bg = "bg",
    Bn = "bn",
    Br = "br",
    Bs = "bs",
    Ca = "ca",
    Ckb = "ckb",
    Cs = "cs",
    Cy = "cy",
    Da = "da",
    De = "de",
    Dsb = "dsb",
    El = "el",
    En = "en",
    EnAu = "en-au",
    EnGb = "en-gb",
    Eo = "eo",
    Es = "es",
    EsAr = "es-ar",
    EsCo = "es-co",
    EsMx = "es-mx",
    EsNi = "es-ni",
    EsVe = "es-ve",
    Et = "et",
    Eu = "eu",
    Fa = "fa",
    Fi = "fi",
    Fr = "fr",
    Fy = "fy",
    Ga = "ga",
    Gd = "gd",
    Gl = "gl",
    He = "he",
    Hi = "hi",
    Hr = "hr",
    Hsb = "hsb",
    Hu = "hu",
    Hy = "hy",
    Ia = "ia",
    Id = "id",
    Ig = "ig",
    Io = "io",
    Is = "is",
    It = "it",
    Ja = "ja",
    Ka = "ka",
    Kab = "kab",
    Kk = "kk",
    Km = "km",
    Kn = "kn",
    Ko = "ko",
    Ky = "ky",
    Lb = "lb",
    Lt = "lt",
    Lv = "lv",
    Mk = "mk",
    Ml = "ml",
    Mn = "mn",
    Mr = "mr",
    Ms = "ms",
    My = "my",
    Nb = "nb",
    Ne = "ne",
    Nl = "nl",
    Nn = "nn",
    Os = "os",
    Pa = "pa",
    Pl = "pl",
    Pt = "pt",
    PtBr = "pt-br",
    Ro = "ro",
    Ru = "ru",
    Sk = "sk",
    Sl = "sl",
    Sq = "sq",
    Sr = "sr",
    SrLatn = "sr-latn",
    Sv = "sv",
    Sw = "sw",
    Ta = "ta",
    Te = "te",
    Tg = "tg",
    Th = "th",
    Tk = "tk",
    Tr = "tr",
    Tt = "tt",
    Udm = "udm",
    Ug = "ug",
    Uk = "uk",
    Ur = "ur",
    Uz = "uz",
    Vi = "vi",
    ZhHans = "zh-hans",
    ZhHant = "zh-hant"
);

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

string_enum!(runtime, SchemaRetrieveScheme, Unknown, Json = "json", Yaml = "yaml");
