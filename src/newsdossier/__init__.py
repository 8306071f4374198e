"""NewsDossier: raw scraped news articles + YAML -> a curated, searchable dossier site."""

__version__ = "0.1.0"
