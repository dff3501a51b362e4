"""The pydantic v2 models. Their JSON Schema is what FastAPI writes into the
OpenAPI 3.1 document:
  Optional[X]              anyOf: [X, {type: null}]
  Field(gt=0)              exclusiveMinimum: 0 (a number, as in JSON Schema 2020-12)
  tuple[float, float]      prefixItems with minItems/maxItems 2
  Field(discriminator=...) oneOf + discriminator {propertyName, mapping}
  datetime, UUID           format: date-time, format: uuid
"""
from datetime import datetime
from enum import Enum
from typing import Annotated, Literal, Optional, Union
from uuid import UUID

from pydantic import BaseModel, Field


class PetStatus(str, Enum):
    available = "available"
    pending = "pending"
    adopted = "adopted"


class CatDetails(BaseModel):
    kind: Literal["cat"]
    indoor: bool = True
    lives_left: int = Field(9, gt=0, le=9)


class DogDetails(BaseModel):
    kind: Literal["dog"]
    breed: Optional[str] = None
    good_boy: bool = True


PetDetails = Annotated[Union[CatDetails, DogDetails], Field(discriminator="kind")]


class PetCreate(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    status: PetStatus = PetStatus.available
    tags: list[str] = Field(default_factory=list, max_length=10)
    age_months: int = Field(gt=0)
    nickname: Optional[str] = None
    weight_grams: Optional[int] = Field(None, gt=0)
    location: Optional[tuple[float, float]] = Field(None, description="(latitude, longitude)")
    owner_id: Optional[UUID] = None
    details: PetDetails


class Pet(PetCreate):
    id: UUID
    created_at: datetime
    updated_at: datetime


class PetUpdate(BaseModel):
    """A PATCH body: a missing field is left alone (`model_dump(exclude_unset=True)`).
    `null` clears the Optional fields; the others may be absent but not null
    (their default None is never validated, so only an explicit null meets the
    type check and gets a 422)."""

    name: str = Field(None, min_length=1, max_length=64)
    status: PetStatus = None
    tags: list[str] = Field(None, max_length=10)
    age_months: int = Field(None, gt=0)
    nickname: Optional[str] = None
    weight_grams: Optional[int] = Field(None, gt=0)
    location: Optional[tuple[float, float]] = Field(None, description="(latitude, longitude)")
    owner_id: Optional[UUID] = None
    details: PetDetails = None


class PetPage(BaseModel):
    """One page of `GET /pets`: ask for the next with offset + limit until offset >= total_count."""

    entries: list[Pet]
    total_count: int
    offset: int
    limit: int


class OwnerCreate(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    phone: Optional[str] = None


class Owner(OwnerCreate):
    id: UUID
    created_at: datetime


class PhotoInfo(BaseModel):
    pet_id: UUID
    filename: str
    caption: str
    content_type: str
    size: int


class Error(BaseModel):
    """The body of every HTTPException this app raises (FastAPI's `{"detail": ...}`)."""

    detail: str


class Health(BaseModel):
    status: Literal["ok"]


class AdoptionEvent(BaseModel):
    """What a `pet_adopted` webhook would carry (documented only: nothing is sent)."""

    pet: Pet
    owner: Owner
    adopted_at: datetime
