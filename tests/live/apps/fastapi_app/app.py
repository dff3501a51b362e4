"""Pets and owners: a small FastAPI app for the live-server tests of the Rust SDK
generator. Its OpenAPI 3.1 document is FastAPI's own `app.openapi()`, served at
/openapi.json; operationIds are FastAPI's defaults (`list_pets_pets_get`).

Start, from this folder:  python -m uvicorn app:app --host 127.0.0.1 --port PORT
Environment: LIVE_DB (SQLite file), LIVE_TOKEN (the bearer token, default "live-token").
"""
import os
import secrets
import uuid
from contextlib import asynccontextmanager
from typing import Annotated, Optional
from uuid import UUID

from fastapi import APIRouter, Cookie, Depends, FastAPI, Form, Header, HTTPException, Query, Response, UploadFile, status
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

import store
from models import (
    AdoptionEvent,
    Error,
    Health,
    Owner,
    OwnerCreate,
    Pet,
    PetCreate,
    PetPage,
    PetStatus,
    PetUpdate,
    PhotoInfo,
)

TOKEN = os.environ.get("LIVE_TOKEN") or "live-token"
bearer = HTTPBearer(description='The fixed token of this server ($LIVE_TOKEN, default "live-token").')


def require_token(credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> None:
    if not secrets.compare_digest(credentials.credentials.encode(), TOKEN.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid token", headers={"WWW-Authenticate": "Bearer"})


@asynccontextmanager
async def lifespan(app):
    store.init_and_seed()
    yield


app = FastAPI(
    title="Live FastAPI pets",
    version="1.0.0",
    description="Pets and owners, for the live-server tests of the Rust SDK generator.",
    lifespan=lifespan,
)
router = APIRouter(dependencies=[Depends(require_token)], responses={401: {"model": Error}})

NOT_FOUND = {404: {"model": Error, "description": "No such pet or owner"}}
REQUEST_ID_HEADER = {
    "X-Request-Id": {"description": "The X-Request-Id of the request, echoed", "schema": {"type": "string"}}
}


def pet_or_404(con, pet_id: UUID) -> Pet:
    pet = store.get_pet(con, pet_id)
    if pet is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"Pet {pet_id} not found")
    return pet


def check_owner(con, owner_id: Optional[UUID]) -> None:
    if owner_id is not None and store.get_owner(con, owner_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"Owner {owner_id} not found")


@app.get("/health", tags=["health"])
def health() -> Health:
    """Public: no token needed."""
    return Health(status="ok")


# ---------------------------------------------------------------- owners


@router.post("/owners", tags=["owners"], status_code=status.HTTP_201_CREATED)
def create_owner(body: OwnerCreate) -> Owner:
    owner = Owner(id=uuid.uuid4(), created_at=store.now(), **body.model_dump())
    with store.connect() as con:
        store.save_owner(con, owner)
    return owner


@router.get("/owners", tags=["owners"])
def list_owners() -> list[Owner]:
    """Every owner, as a plain array (no paging)."""
    with store.connect() as con:
        return store.list_owners(con)


@router.get("/owners/{owner_id}", tags=["owners"], responses=NOT_FOUND)
def get_owner(owner_id: UUID) -> Owner:
    with store.connect() as con:
        owner = store.get_owner(con, owner_id)
    if owner is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"Owner {owner_id} not found")
    return owner


# ---------------------------------------------------------------- pets


@router.post("/pets", tags=["pets"], status_code=status.HTTP_201_CREATED, responses=NOT_FOUND)
def create_pet(body: PetCreate) -> Pet:
    pet = Pet(id=uuid.uuid4(), created_at=store.now(), updated_at=store.now(), **body.model_dump())
    with store.connect() as con:
        check_owner(con, pet.owner_id)
        store.insert_pet(con, pet)
    return pet


@router.get("/pets", tags=["pets"], responses={200: {"headers": REQUEST_ID_HEADER}})
def list_pets(
    response: Response,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    tag: Annotated[list[str], Query(description="Only pets with every one of these tags: ?tag=a&tag=b")] = [],
    status: Annotated[Optional[PetStatus], Query()] = None,
    x_request_id: Annotated[Optional[str], Header()] = None,
    session_hint: Annotated[Optional[str], Cookie(description="Echoed in the X-Session-Hint header")] = None,
) -> PetPage:
    """Pets in creation order, `limit` from `offset`; `total_count` counts all that match."""
    with store.connect() as con:
        entries, total = store.page_pets(con, offset, limit, tag, status)
    if x_request_id is not None:
        response.headers["X-Request-Id"] = x_request_id
    if session_hint is not None:
        response.headers["X-Session-Hint"] = session_hint
    return PetPage(entries=entries, total_count=total, offset=offset, limit=limit)


@router.get("/pets/{pet_id}", tags=["pets"], responses={**NOT_FOUND, 200: {"headers": REQUEST_ID_HEADER}})
def get_pet(pet_id: UUID, response: Response, x_request_id: Annotated[Optional[str], Header()] = None) -> Pet:
    with store.connect() as con:
        pet = pet_or_404(con, pet_id)
    if x_request_id is not None:
        response.headers["X-Request-Id"] = x_request_id
    return pet


@router.patch("/pets/{pet_id}", tags=["pets"], responses=NOT_FOUND)
def update_pet(pet_id: UUID, body: PetUpdate) -> Pet:
    """Only the fields present change; `null` clears an Optional field.
    `details` is replaced as a whole (its own missing fields take their defaults)."""
    changes = body.model_dump(exclude_unset=True)
    with store.connect() as con:
        pet = pet_or_404(con, pet_id)
        check_owner(con, changes.get("owner_id"))
        # Validate the result as a whole, like a create would.
        pet = Pet.model_validate({**pet.model_dump(), **changes, "updated_at": store.now()})
        store.update_pet(con, pet)
    return pet


@router.delete("/pets/{pet_id}", tags=["pets"], status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND)
def delete_pet(pet_id: UUID) -> None:
    with store.connect() as con:
        if not store.delete_pet(con, pet_id):
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"Pet {pet_id} not found")


@router.post(
    "/pets/{pet_id}/adopt",
    tags=["pets"],
    responses={**NOT_FOUND, 409: {"model": Error, "description": "Already adopted"}},
)
def adopt_pet(
    pet_id: UUID,
    owner_id: Annotated[UUID, Form()],
    note: Annotated[Optional[str], Form(max_length=200)] = None,
) -> Pet:
    """A form (application/x-www-form-urlencoded): the pet goes to `owner_id`.
    (The `pet_adopted` webhook documents what would be announced.)"""
    with store.connect() as con:
        pet = pet_or_404(con, pet_id)
        check_owner(con, owner_id)
        if pet.status == PetStatus.adopted:
            raise HTTPException(status.HTTP_409_CONFLICT, f"Pet {pet_id} is already adopted")
        pet = pet.model_copy(update={"status": PetStatus.adopted, "owner_id": owner_id, "updated_at": store.now()})
        store.update_pet(con, pet)
    return pet


@router.post("/pets/{pet_id}/photo", tags=["pets"], status_code=status.HTTP_201_CREATED, responses=NOT_FOUND)
def upload_photo(pet_id: UUID, file: UploadFile, caption: Annotated[str, Form(max_length=200)]) -> PhotoInfo:
    """A multipart form: the photo's bytes in `file`, and a `caption`."""
    content = file.file.read()
    content_type = file.content_type or "application/octet-stream"
    filename = file.filename or "photo"
    with store.connect() as con:
        pet_or_404(con, pet_id)
        store.save_photo(con, pet_id, filename, caption, content_type, content)
    return PhotoInfo(pet_id=pet_id, filename=filename, caption=caption, content_type=content_type, size=len(content))


@router.get(
    "/pets/{pet_id}/photo",
    tags=["pets"],
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The photo's bytes, streamed",
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        },
        **NOT_FOUND,
    },
)
def download_photo(pet_id: UUID) -> StreamingResponse:
    with store.connect() as con:
        pet_or_404(con, pet_id)
        photo = store.get_photo(con, pet_id)
    if photo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"Pet {pet_id} has no photo")
    filename, content = photo

    def chunks(size=16 * 1024):
        for start in range(0, len(content), size):
            yield content[start : start + size]

    return StreamingResponse(
        chunks(),
        media_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{filename.replace(chr(34), "")}"'},
    )


app.include_router(router)


@app.webhooks.post("pet_adopted")
def pet_adopted(body: AdoptionEvent) -> None:
    """Announced when a pet is adopted (documentation only: this app sends no webhooks)."""
