//! OpenAPI 3.1 `webhooks`: requests the API sends rather than answers. They get no client method;
//! their payloads become types (both serde directions: a server decodes them, a test sends them).

use openapiv3::{ReferenceOr, RequestBody};

use super::Lowerer;
use super::operation::http_method;
use super::schema::{HomeCtx, NameCtx};
use super::view::SchemaRef;
use crate::ir::naming::style;
use crate::ir::{Docs, Webhook};
use crate::load::Spec;
use crate::media::is_json;
use crate::pointer::JsonPointer;

impl<'s> Lowerer<'s> {
    /// Every webhook operation, in spec order, with its payload lowered.
    pub(super) fn webhooks(&mut self) -> Vec<Webhook> {
        let spec: &'s Spec = self.spec;
        let mut webhooks = Vec::new();
        for (name, item) in &spec.webhooks {
            let item_at = JsonPointer::root().join("webhooks").join(name);
            let (item, item_at) = match spec.deref(item, &item_at) {
                Ok(found) => found,
                Err(e) => {
                    self.errors.push(e);
                    continue;
                }
            };
            let methods: Vec<_> = item.iter().collect();
            let several = methods.len() > 1;
            for (method, op) in methods {
                let at = item_at.join(method);
                let payload = op.request_body.as_ref().and_then(|body| {
                    let wanted = style::webhook_payload(name, several.then_some(method));
                    self.payload(body, &at.join("requestBody"), wanted)
                });
                webhooks.push(Webhook {
                    name: name.clone(),
                    method: http_method(method),
                    docs: Docs::from_parts([op.summary.as_deref(), op.description.as_deref()]),
                    payload,
                });
            }
        }
        webhooks
    }

    /// The type of a webhook's JSON body; an inline schema is named `wanted`, in a models file of
    /// its own.
    fn payload(
        &mut self,
        body: &ReferenceOr<RequestBody>,
        at: &JsonPointer,
        wanted: String,
    ) -> Option<crate::ir::TypeRef> {
        let spec: &'s Spec = self.spec;
        let (body, body_at) = match spec.deref(body, at) {
            Ok(found) => found,
            Err(e) => {
                self.errors.push(e);
                return None;
            }
        };
        let (media, content) = body.content.iter().find(|(media, c)| is_json(media) && c.schema.is_some())?;
        let schema = content.schema.as_ref()?;
        let schema_at = body_at.join("content").join(media).join("schema");
        let ctx = NameCtx {
            wanted: wanted.clone(),
            home: HomeCtx::Component(schema_at.clone(), wanted.clone()),
            rank: 2,
            child_prefix: wanted,
            child_suffix: self.nested_suffix(),
            nested_suffix: self.nested_suffix(),
            component: false,
        };
        let lowered = self.schema(SchemaRef::from(schema), &schema_at, &ctx);
        self.request_roots.push(lowered.ty.clone());
        self.response_roots.push(lowered.ty.clone());
        Some(lowered.ty)
    }
}
