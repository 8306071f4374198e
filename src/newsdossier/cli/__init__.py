"""The `dossier` command: a thin shell over the pipeline's functions."""
