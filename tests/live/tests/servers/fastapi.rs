//! The FastAPI app through the checked-in `live-fastapi` crate (`specs/live/fastapi.json`,
//! OpenAPI 3.1, `tagged` style): owners, pets paged by offset, PATCH with null and absent
//! fields, the multipart upload, the streamed download, the form body, the query, header and
//! cookie parameters that the app echoes, and the typed 401, 404, 409 and 422 errors.

use bytes::Bytes;
use live_fastapi::models::{
    AdoptionEvent, BodyAdoptPet, BodyUploadPhoto, CatDetails, CatDetailsKind, DogDetails, DogDetailsKind, Error2,
    HealthStatus, HttpValidationError, OwnerCreate, PetCreate, PetDetails, PetStatus, PetUpdate, ValidationErrorLoc,
};
use live_fastapi::{Auth, Client, FilePart};
use live_tests::{Called, ClientError, Failure, Report, ensure, ensure_eq, expect_status};
use uuid::Uuid;

use crate::CALL_TIMEOUT;

/// A client of the server at `url` that notes every operation it sends in `called`.
fn client(url: &str, auth: Option<Auth>, called: &Called) -> Result<Client, Failure> {
    let called = called.clone();
    let mut builder =
        Client::builder(url).timeout(CALL_TIMEOUT).attempt_observer(move |attempt| called.insert(attempt.operation));
    if let Some(auth) = auth {
        builder = builder.auth(auth);
    }
    Ok(builder.build()?)
}

/// The declared error body of a failed call, typed.
fn typed<'e, T: 'static>(error: &'e live_fastapi::Error, name: &str) -> Result<&'e T, Failure> {
    error.error_body::<T>().ok_or_else(|| Failure {
        status: error.status_code(),
        body: String::from_utf8_lossy(error.raw_body().unwrap_or_default()).into_owned(),
        message: format!("the error body was not decoded as the declared `{name}`"),
    })
}

/// The `loc` of the first entry of a 422 body, as text (`query.limit`).
fn first_location(error: &HttpValidationError) -> String {
    let first = error.detail.as_deref().unwrap_or_default().first();
    let parts = first.map(|e| e.loc.as_slice()).unwrap_or_default();
    let parts: Vec<String> = parts
        .iter()
        .map(|part| match part {
            ValidationErrorLoc::String(s) => s.clone(),
            ValidationErrorLoc::Integer(i) => i.to_string(),
        })
        .collect();
    parts.join(".")
}

/// Content that is not all one byte, for the photo.
fn photo_bytes(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

pub async fn scenario(url: String, mut report: Report) -> Report {
    let called = report.called();
    let clients = (
        client(&url, None, &called),
        client(&url, Some(Auth::bearer(live_tests::TOKEN)), &called),
        client(&url, Some(Auth::bearer("not-the-token")), &called),
    );
    let (Some(anonymous), Some(api), Some(wrong_token)) = (
        report.record("build a client without credentials", clients.0),
        report.record("build a client with the bearer token", clients.1),
        report.record("build a client with a wrong bearer token", clients.2),
    ) else {
        return report;
    };

    report
        .check("health_health_get without credentials", async {
            let health = anonymous.health_api().health().await?;
            ensure_eq("status", &health.status, &HealthStatus::Ok)
        })
        .await;
    report
        .check("list_pets_pets_get without credentials: 401, typed `Error`", async {
            let error = expect_status(anonymous.pets_api().list_pets().await, 401)?;
            ensure_eq("detail", typed::<Error2>(&error, "Error")?.detail.as_str(), "Not authenticated")?;
            ensure_eq("WWW-Authenticate", &error.header("www-authenticate"), &Some("Bearer".to_owned()))
        })
        .await;
    report
        .check("list_owners_owners_get with a wrong token: 401, typed `Error`", async {
            let error = expect_status(wrong_token.owners_api().list_owners().await, 401)?;
            ensure_eq("detail", typed::<Error2>(&error, "Error")?.detail.as_str(), "Invalid token")
        })
        .await;

    // Owners.
    let new_owner = || OwnerCreate {
        name: "Carol".to_owned(),
        email: "carol@example.com".to_owned(),
        phone: Some(Some("+49 89 123456".to_owned())),
    };
    let owner = report
        .check("create_owner_owners_post", async {
            let (owner, raw) = api.owners_api().create_owner(new_owner()).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &201)?;
            ensure_eq("name", owner.name.as_str(), "Carol")?;
            ensure_eq("email", owner.email.as_str(), "carol@example.com")?;
            ensure_eq("phone", &owner.phone, &Some(Some("+49 89 123456".to_owned())))?;
            Ok((owner, raw.body))
        })
        .await;
    report
        .check("create_owner_owners_post with a bad email: 422, typed `HTTPValidationError`", async {
            let body = OwnerCreate { email: "no-at-sign".to_owned(), ..new_owner() };
            let error = expect_status(api.owners_api().create_owner(body).await, 422)?;
            ensure_eq("loc", first_location(typed(&error, "HTTPValidationError")?).as_str(), "body.email")
        })
        .await;
    report
        .check("create_owner_owners_post without the optional phone", async {
            let owner = api.owners_api().create_owner(OwnerCreate { phone: None, ..new_owner() }).await?;
            ensure_eq("phone", &owner.phone, &Some(None))
        })
        .await;
    let Some((owner, owner_json)) = owner else { return report };
    report
        .check("list_owners_owners_get", async {
            let owners = api.owners_api().list_owners().await?;
            let names: Vec<&str> = owners.iter().map(|o| o.name.as_str()).collect();
            ensure_eq("names", names.as_slice(), &["Alice", "Bob", "Carol", "Carol"])?;
            ensure(owners.contains(&owner), "the created owner in the list, as created")
        })
        .await;
    report
        .check("get_owner_owners__owner_id__get", async {
            let got = api.owners_api().get_owner(owner.id).await?;
            ensure_eq("owner", &got, &owner)
        })
        .await;
    report
        .check("get_owner_owners__owner_id__get of a missing id: 404, typed `Error`", async {
            let error = expect_status(api.owners_api().get_owner(Uuid::nil()).await, 404)?;
            let detail = &typed::<Error2>(&error, "Error")?.detail;
            ensure(detail.ends_with("not found"), format!("a `not found` detail, got {detail:?}"))
        })
        .await;

    // Pets: pages by offset, filters, and the parameters the app echoes.
    let total = report
        .check("list_pets_pets_get, first page", async {
            let page = api.pets_api().list_pets().limit(10).await?;
            ensure_eq("total_count", &page.total_count, &25)?;
            ensure_eq("entries", &page.entries.len(), &10)?;
            Ok(page.total_count)
        })
        .await;
    report
        .check("list_pets_pets_get, every page with into_stream() (limit 7)", async {
            let pets = api.pets_api().list_pets().limit(7).into_stream().collect_all().await?;
            ensure_eq("items", &(pets.len() as i64), &total.unwrap_or(25))?;
            let names: Vec<String> = pets.iter().map(|p| p.name.clone()).collect();
            let want: Vec<String> = (1..=25).map(|i| format!("pet{i:02}")).collect();
            ensure_eq("names in creation order", &names, &want)
        })
        .await;
    report
        .check("list_pets_pets_get with .offset(20)", async {
            let page = api.pets_api().list_pets().offset(20).limit(10).await?;
            ensure_eq("offset", &page.offset, &20)?;
            ensure_eq("entries", &page.entries.len(), &5)?;
            ensure_eq("first", page.entries[0].name.as_str(), "pet21")
        })
        .await;
    report
        .check("list_pets_pets_get with tags, status, X-Request-Id header and session_hint cookie", async {
            let (page, raw) = api
                .pets_api()
                .list_pets()
                .tag(["seeded", "odd"])
                .status(PetStatus::Available)
                .limit(100)
                .x_request_id("live-request-1")
                .session_hint("live-hint-1")
                .send_with_response()
                .await?;
            ensure_eq("total_count", &page.total_count, &10)?;
            for pet in &page.entries {
                let tags = pet.tags.as_deref().unwrap_or_default();
                ensure(tags.iter().any(|t| t == "seeded") && tags.iter().any(|t| t == "odd"), "tags seeded and odd")?;
                ensure_eq("status", &pet.status, &Some(PetStatus::Available))?;
            }
            let header = |name: &str| raw.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
            ensure_eq("X-Request-Id echoed", &header("x-request-id"), &Some("live-request-1".to_owned()))?;
            ensure_eq("X-Session-Hint (the cookie) echoed", &header("x-session-hint"), &Some("live-hint-1".to_owned()))
        })
        .await;
    report
        .check("list_pets_pets_get with limit 0: 422, typed `HTTPValidationError`", async {
            let error = expect_status(api.pets_api().list_pets().limit(0).await, 422)?;
            ensure_eq("loc", first_location(typed(&error, "HTTPValidationError")?).as_str(), "query.limit")
        })
        .await;

    // One pet through its whole life.
    let cat = CatDetails { kind: CatDetailsKind::Cat, indoor: Some(false), lives_left: Some(7) };
    let new_pet = || PetCreate {
        name: "Tom".to_owned(),
        status: Some(PetStatus::Pending),
        tags: Some(vec!["live".to_owned(), "cat".to_owned()]),
        age_months: 4,
        nickname: Some(Some("tommy".to_owned())),
        weight_grams: Some(Some(3100)),
        location: Some(Some((48.1, 11.6))),
        owner_id: None,
        details: cat.clone().into(),
    };
    let pet = report
        .check("create_pet_pets_post", async {
            let pet = api.pets_api().create_pet(new_pet()).await?;
            ensure_eq("name", pet.name.as_str(), "Tom")?;
            ensure_eq("status", &pet.status, &Some(PetStatus::Pending))?;
            ensure_eq("tags", &pet.tags, &Some(vec!["live".to_owned(), "cat".to_owned()]))?;
            ensure_eq("age_months", &pet.age_months, &4)?;
            ensure_eq("nickname", &pet.nickname, &Some(Some("tommy".to_owned())))?;
            ensure_eq("weight_grams", &pet.weight_grams, &Some(Some(3100)))?;
            ensure_eq("location", &pet.location, &Some(Some((48.1, 11.6))))?;
            ensure_eq("owner_id", &pet.owner_id, &Some(None))?;
            ensure_eq("details", &pet.details, &PetDetails::CatDetails(cat.clone()))?;
            Ok(pet)
        })
        .await;
    report
        .check("create_pet_pets_post with age_months 0: 422, typed `HTTPValidationError`", async {
            let body = PetCreate { age_months: 0, ..new_pet() };
            let error = expect_status(api.pets_api().create_pet(body).await, 422)?;
            ensure_eq("loc", first_location(typed(&error, "HTTPValidationError")?).as_str(), "body.age_months")
        })
        .await;
    let Some(pet) = pet else { return report };
    let id = pet.id;
    report
        .check("get_pet_pets__pet_id__get with the X-Request-Id header", async {
            let (got, raw) = api.pets_api().get_pet(id).x_request_id("live-request-2").send_with_response().await?;
            ensure_eq("pet", &got, &pet)?;
            let echoed = raw.headers.get("x-request-id").and_then(|v| v.to_str().ok());
            ensure_eq("X-Request-Id echoed", &echoed, &Some("live-request-2"))
        })
        .await;
    report
        .check("get_pet_pets__pet_id__get of a missing id: 404, typed `Error`", async {
            let error = expect_status(api.pets_api().get_pet(Uuid::nil()).await, 404)?;
            let detail = &typed::<Error2>(&error, "Error")?.detail;
            ensure_eq("detail", detail, &format!("Pet {} not found", Uuid::nil()))
        })
        .await;
    report
        .check("update_pet_pets__pet_id__patch without nickname: it stays", async {
            let body = PetUpdate { name: Some("Tom II".to_owned()), ..PetUpdate::default() };
            let patched = api.pets_api().update_pet(id, body).await?;
            ensure_eq("name", patched.name.as_str(), "Tom II")?;
            ensure_eq("nickname", &patched.nickname, &Some(Some("tommy".to_owned())))?;
            let read = api.pets_api().get_pet(id).await?;
            ensure_eq("nickname read back", &read.nickname, &Some(Some("tommy".to_owned())))
        })
        .await;
    report
        .check("update_pet_pets__pet_id__patch with nickname and location null: cleared", async {
            let body = PetUpdate { nickname: Some(None), location: Some(None), ..PetUpdate::default() };
            let patched = api.pets_api().update_pet(id, body).await?;
            ensure_eq("nickname", &patched.nickname, &Some(None))?;
            ensure_eq("location", &patched.location, &Some(None))?;
            let read = api.pets_api().get_pet(id).await?;
            ensure_eq("nickname read back", &read.nickname, &Some(None))?;
            ensure_eq("location read back", &read.location, &Some(None))?;
            ensure_eq("weight_grams (absent) read back", &read.weight_grams, &Some(Some(3100)))?;
            ensure_eq("name (absent) read back", read.name.as_str(), "Tom II")
        })
        .await;
    report
        .check("update_pet_pets__pet_id__patch replacing the details union (cat to dog)", async {
            let dog =
                DogDetails { kind: DogDetailsKind::Dog, breed: Some(Some("mixed".to_owned())), good_boy: Some(true) };
            let body = PetUpdate { details: Some(dog.clone().into()), ..PetUpdate::default() };
            let patched = api.pets_api().update_pet(id, body).await?;
            ensure_eq("details", &patched.details, &PetDetails::DogDetails(dog))
        })
        .await;
    report
        .check("update_pet_pets__pet_id__patch with age_months 0: 422, typed `HTTPValidationError`", async {
            let body = PetUpdate { age_months: Some(0), ..PetUpdate::default() };
            let error = expect_status(api.pets_api().update_pet(id, body).await, 422)?;
            ensure(typed::<HttpValidationError>(&error, "HTTPValidationError")?.detail.is_some(), "a `detail` list")
        })
        .await;

    // The photo: multipart up, bytes and a stream down.
    let photo = photo_bytes(100_000);
    report
        .check("upload_photo_pets__pet_id__photo_post (multipart)", async {
            let file = FilePart::from_bytes(photo.clone()).file_name("tom.jpg").content_type("image/jpeg");
            let body = BodyUploadPhoto { file, caption: "portrait".to_owned() };
            let (info, raw) = api.pets_api().upload_photo(id, body).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &201)?;
            ensure_eq("pet_id", &info.pet_id, &id)?;
            ensure_eq("filename", info.filename.as_str(), "tom.jpg")?;
            ensure_eq("caption", info.caption.as_str(), "portrait")?;
            ensure_eq("content_type", info.content_type.as_str(), "image/jpeg")?;
            ensure_eq("size", &info.size, &100_000)
        })
        .await;
    report
        .check("download_photo_pets__pet_id__photo_get as bytes", async {
            let bytes = api.pets_api().download_photo(id).await?;
            ensure(bytes.as_ref() == photo.as_slice(), format!("the uploaded 100000 bytes, got {}", bytes.len()))
        })
        .await;
    report
        .check("download_photo_pets__pet_id__photo_get with send_streaming()", async {
            let mut download = api.pets_api().download_photo(id).send_streaming().await?;
            ensure_eq("status", &download.status().as_u16(), &200)?;
            let content_type = download.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
            ensure_eq("content type", &content_type, &Some("application/octet-stream".to_owned()))?;
            let mut received = Vec::new();
            while let Some(chunk) = download.chunk().await? {
                received.extend_from_slice(&chunk);
            }
            ensure(received == photo, format!("the uploaded 100000 bytes, got {}", received.len()))
        })
        .await;
    report
        .check("upload_photo_pets__pet_id__photo_post from a stream (chunked), replacing the photo", async {
            let second: Vec<u8> = photo_bytes(50_000).into_iter().rev().collect();
            let chunks: Vec<Result<Bytes, std::io::Error>> =
                second.chunks(8192).map(|chunk| Ok(Bytes::copy_from_slice(chunk))).collect();
            let file = FilePart::from_stream(futures_util::stream::iter(chunks)).file_name("tom-2.jpg");
            let body = BodyUploadPhoto { file, caption: "second portrait".to_owned() };
            let info = api.pets_api().upload_photo(id, body).await?;
            ensure_eq("filename", info.filename.as_str(), "tom-2.jpg")?;
            ensure_eq("content_type (the default)", info.content_type.as_str(), "application/octet-stream")?;
            ensure_eq("size", &info.size, &50_000)?;
            let bytes = api.pets_api().download_photo(id).await?;
            ensure(bytes.as_ref() == second.as_slice(), format!("the new 50000 bytes, got {}", bytes.len()))
        })
        .await;
    report
        .check("download_photo_pets__pet_id__photo_get of a pet without one: 404, typed `Error`", async {
            let first = api.pets_api().list_pets().limit(1).await?.entries.into_iter().next();
            let seeded = first.ok_or_else(|| Failure::new("a seeded pet"))?;
            let error = expect_status(api.pets_api().download_photo(seeded.id).await, 404)?;
            ensure_eq("detail", &typed::<Error2>(&error, "Error")?.detail, &format!("Pet {} has no photo", seeded.id))
        })
        .await;

    // Adoption: a url-encoded form, then the conflict.
    let adopted = report
        .check("adopt_pet_pets__pet_id__adopt_post (form)", async {
            let body = BodyAdoptPet { owner_id: owner.id, note: Some(Some("welcome home".to_owned())) };
            let (pet, raw) = api.pets_api().adopt_pet(id, body).send_with_response().await?;
            ensure_eq("status", &pet.status, &Some(PetStatus::Adopted))?;
            ensure_eq("owner_id", &pet.owner_id, &Some(Some(owner.id)))?;
            Ok((pet, raw.body))
        })
        .await;
    report
        .check("adopt_pet_pets__pet_id__adopt_post again: 409, typed `Error`", async {
            let body = BodyAdoptPet { owner_id: owner.id, note: None };
            let error = expect_status(api.pets_api().adopt_pet(id, body).await, 409)?;
            ensure_eq("detail", &typed::<Error2>(&error, "Error")?.detail, &format!("Pet {id} is already adopted"))
        })
        .await;
    if let Some((adopted, pet_json)) = adopted {
        // The webhook is a request the API would send, not one a client makes: its payload type
        // must read what the server says about the pet and the owner.
        report.record("webhook pet_adopted: the payload decodes into `AdoptionEvent`", {
            let event = format!(
                r#"{{"pet": {}, "owner": {}, "adopted_at": "2025-01-02T03:04:05Z"}}"#,
                String::from_utf8_lossy(&pet_json),
                String::from_utf8_lossy(&owner_json)
            );
            serde_json::from_str::<AdoptionEvent>(&event)
                .map_err(|e| Failure::new(format!("AdoptionEvent does not decode: {e}")))
                .and_then(|event| ensure_eq("pet", &event.pet, &adopted).and(ensure_eq("owner", &event.owner, &owner)))
        });
    }

    report
        .check("delete_pet_pets__pet_id__delete: 204, then 404", async {
            let ((), raw) = api.pets_api().delete_pet(id).send_with_response().await?;
            ensure_eq("status", &raw.status.as_u16(), &204)?;
            ensure(raw.body.is_empty(), "no body")?;
            let error = expect_status(api.pets_api().get_pet(id).await, 404)?;
            typed::<Error2>(&error, "Error")?;
            let error = expect_status(api.pets_api().delete_pet(id).await, 404)?;
            typed::<Error2>(&error, "Error").map(drop)
        })
        .await;

    report
}
