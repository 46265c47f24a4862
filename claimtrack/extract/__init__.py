"""Extraction: turn document text into attributed claims."""

__all__: list[str] = []
