"""The MkDocs plugin: a thin shell that runs the pipeline and hands MkDocs the generated files."""
