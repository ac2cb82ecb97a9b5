"""Bundled seed data: source documents and the curated records drawn from them.

Installed as the package ``bilat.seeds`` so the seeds travel with bilat; they
are loaded by the same code as ``bilat import``.
"""
