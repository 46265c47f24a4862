"""Extraction: turn document text into attributed claims."""
