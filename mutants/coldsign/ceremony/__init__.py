"""Scripted, witnessed ceremonies (issue 7): definitions, the runner, transcripts and runbooks.

The shipped definitions live in the repository's top-level ``ceremonies/`` folder and are
installed as package data in ``coldsign/ceremonies/`` (see ``coldsign.cli.ceremony.shipped_dir``).
"""
