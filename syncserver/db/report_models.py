"""Saved custom report definitions (the report builder's "Guardar")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class SavedReport(Base):
    """A report definition saved under a unique name; `definition` is ReportDefinition.as_json()."""

    __tablename__ = "saved_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    definition: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
