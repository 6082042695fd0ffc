"""Domain errors: each carries one sentence a dispatcher understands, as a translatable `Text`
(`ValidationError("The user name {username} is taken.", username=name)`); `str()` is English."""

from __future__ import annotations

from pathlib import Path

from app.texts import Text


class DomainError(Exception):
    """Base of the errors shown to the user as one clear sentence."""

    def __init__(self, template: str | Text, /, **fields: object) -> None:
        self.text = template if isinstance(template, Text) else Text(template, fields)
        super().__init__(self.text.render())


class ValidationError(DomainError):
    """Input that cannot be accepted (a missing field, a bad phone, an end before a start)."""


class NotFoundError(DomainError):
    """The record asked for does not exist (or was deleted)."""


class TransitionError(DomainError):
    """A job status change the status machine does not allow."""


class PermissionDenied(DomainError):
    """The signed-in user's role may not do this."""


class AuthError(DomainError):
    """Wrong user name or password."""


class SyncError(DomainError):
    """The central server cannot be reached, refuses this station, or speaks another schema."""


class StorageError(DomainError):
    """The local database file cannot be used as it is (written by a newer FieldDesk, say)."""


class DamagedDatabase(StorageError):
    """The database file is damaged, empty or no database at all: FieldDesk writes nothing into
    it, and offers the newest backup instead. The sentence names the file as `path`."""

    @property
    def path(self) -> Path:
        return Path(str(self.text.fields["path"]))

